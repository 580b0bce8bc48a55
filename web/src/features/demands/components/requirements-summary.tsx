import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/lib/format';
import type { DistributorRequirements } from '@/types/sourcing';

/** The terms in force, in words ("Cần hóa đơn VAT", "Thanh toán sau 30 ngày"); nothing asked → said so. */
export function RequirementsSummary({ requirements }: { requirements: DistributorRequirements }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.DisplayNames([intlLocale(i18n.resolvedLanguage ?? 'vi')], {
    type: 'language',
  });
  const lines = [
    requirements.requiresVatInvoice ? t('demands.requirements.summary.vat') : null,
    requirements.requiresGs1Barcode ? t('demands.requirements.summary.gs1') : null,
    requirements.requiresTraceabilityStamp ? t('demands.requirements.summary.trace') : null,
    requirements.paymentDays > 0
      ? t('demands.requirements.summary.payment', { count: requirements.paymentDays })
      : null,
    requirements.consignmentOnly ? t('demands.requirements.summary.consignment') : null,
    requirements.listingFee ? t('demands.requirements.summary.listingFee') : null,
    requirements.promotionContributionPercent > 0
      ? t('demands.requirements.summary.promotion', {
          percent: requirements.promotionContributionPercent,
        })
      : null,
    requirements.minRemainingShelfLifePercent > 0
      ? t('demands.requirements.summary.shelfLife', {
          percent: requirements.minRemainingShelfLifePercent,
        })
      : null,
    requirements.labelLanguages.length > 0
      ? t('demands.requirements.summary.labels', {
          languages: requirements.labelLanguages.map((code) => names.of(code) ?? code).join(', '),
        })
      : null,
  ].filter((line): line is string => line !== null);
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('demands.requirements.summary.none')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2}>
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
