import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Quote, QuoteStatus } from '@/types/sourcing';

const colors: Record<QuoteStatus, string> = {
  sent: 'blue',
  accepted: 'green',
  declined: 'red',
  revision_requested: 'orange',
  expired: 'gray',
  withdrawn: 'gray',
};

function Term({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

/** One quote's terms, its status and what the distributor answered. */
export function QuoteCard({ quote, actions }: { quote: Quote; actions?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const unit = labels.unit(quote.unit);
  const label = t('quotes.card.label', { date: format.dateTime(quote.createdAt) });
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} size="sm">
              {quote.revisionOf ? t('quotes.card.revision') : t('quotes.card.quote')}
            </Text>
            <Text size="xs" c="dimmed">
              {format.dateTime(quote.createdAt)}
            </Text>
          </Group>
          <Badge color={colors[quote.status]} variant="light">
            {t(`quotes.status.${quote.status}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" verticalSpacing={6}>
          <Term
            label={t('quotes.fields.pricePerUnit')}
            value={t('quotes.card.price', {
              price: format.money(quote.pricePerUnit, quote.currency),
              unit,
            })}
          />
          <Term label={t('quotes.fields.moq')} value={`${format.number(quote.moq)} ${unit}`} />
          <Term
            label={t('quotes.fields.leadTimeDays')}
            value={t('quotes.card.days', { count: quote.leadTimeDays })}
          />
          <Term
            label={t('quotes.fields.incoterm')}
            value={
              quote.incoterm
                ? `${quote.incoterm} ${quote.namedPlace ?? ''}`.trim()
                : t('common.none')
            }
          />
          <Term label={t('quotes.fields.paymentTerms')} value={quote.paymentTerms} />
          <Term label={t('quotes.fields.validUntil')} value={format.date(quote.validUntil)} />
        </SimpleGrid>
        {quote.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {t('quotes.card.note', { note: quote.note })}
          </Text>
        ) : null}
        {quote.responseNote ? (
          <Text
            size="sm"
            c={quote.status === 'declined' ? 'red.8' : 'orange.8'}
            style={{ whiteSpace: 'pre-line' }}
          >
            {t('quotes.card.response', { note: quote.responseNote })}
          </Text>
        ) : null}
        {actions ? <Group justify="flex-end">{actions}</Group> : null}
      </Stack>
    </Paper>
  );
}

export function QuoteActionButtons({
  quote,
  onAnswer,
}: {
  quote: Quote;
  onAnswer: (action: Quote['allowed'][number]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {quote.allowed.includes('decline') ? (
        <Button size="sm" variant="light" color="red" onClick={() => onAnswer('decline')}>
          {t('quotes.actions.decline')}
        </Button>
      ) : null}
      {quote.allowed.includes('request-revision') ? (
        <Button size="sm" variant="light" onClick={() => onAnswer('request-revision')}>
          {t('quotes.actions.requestRevision')}
        </Button>
      ) : null}
      {quote.allowed.includes('accept') ? (
        <Button size="sm" color="green" onClick={() => onAnswer('accept')}>
          {t('quotes.actions.accept')}
        </Button>
      ) : null}
    </Group>
  );
}
