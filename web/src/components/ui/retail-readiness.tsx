import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckIcon, XIcon } from '@/components/ui/icons';
import type { RetailReadiness as Readiness } from '@/types/api';

/**
 * What the producer can offer a retailer: VAT invoices, GS1 barcodes, traceability stamps,
 * payment terms, consignment, promotion budget. Most OCOP products that fail in supermarkets fail
 * on these terms, so they are shown as plainly as the product's own facts.
 */
export function RetailReadiness({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation();
  const items: { key: string; ok: boolean; text: string }[] = [
    {
      key: 'vat',
      ok: readiness.canIssueVatInvoice,
      text: readiness.canIssueVatInvoice ? t('readiness.vatYes') : t('readiness.vatNo'),
    },
    {
      key: 'gs1',
      ok: readiness.hasGs1Barcode,
      text: readiness.hasGs1Barcode ? t('readiness.gs1Yes') : t('readiness.gs1No'),
    },
    {
      key: 'trace',
      ok: readiness.hasTraceabilityStamp,
      text: readiness.hasTraceabilityStamp ? t('readiness.traceYes') : t('readiness.traceNo'),
    },
    {
      key: 'payment',
      ok: readiness.maxPaymentDays > 0,
      text:
        readiness.maxPaymentDays > 0
          ? t('readiness.paymentDays', { count: readiness.maxPaymentDays })
          : t('readiness.paymentNone'),
    },
    {
      key: 'consignment',
      ok: readiness.acceptsConsignment,
      text: readiness.acceptsConsignment
        ? t('readiness.consignmentYes')
        : t('readiness.consignmentNo'),
    },
    {
      key: 'promotion',
      ok: readiness.promotionBudgetPercent > 0,
      text:
        readiness.promotionBudgetPercent > 0
          ? t('readiness.promotion', { percent: readiness.promotionBudgetPercent })
          : t('readiness.promotionNone'),
    },
  ];
  return (
    <List spacing={6} size="sm" listStyleType="none">
      {items.map((item) => (
        <List.Item key={item.key}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={20}
              radius="xl"
              variant="light"
              color={item.ok ? 'green' : 'gray'}
              aria-hidden="true"
            >
              {item.ok ? <CheckIcon size={14} /> : <XIcon size={14} />}
            </ThemeIcon>
            <Text size="sm" c={item.ok ? undefined : 'dimmed'}>
              {item.text}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
