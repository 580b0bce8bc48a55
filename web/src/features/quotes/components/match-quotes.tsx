import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { Quote, QuoteAction } from '@/types/sourcing';
import { useMatchQuotes } from '../api/get-quotes';
import { QuoteAnswerModal } from './quote-answer-modal';
import { QuoteActionButtons, QuoteCard } from './quote-card';
import { QuoteFormModal } from './quote-form-modal';

/**
 * The quotes of an introduced match: the producer sends one (a new one withdraws the open one)
 * and answers a revision request once; the distributor accepts, declines or asks for a revision.
 */
export function MatchQuotes({
  matchId,
  perspective,
  defaultUnit,
  open,
}: {
  matchId: string;
  perspective: 'producer' | 'distributor' | 'coordinator';
  defaultUnit: string;
  /** The match is still in the pipeline (not won or lost). */
  open: boolean;
}) {
  const { t } = useTranslation();
  const quotes = useMatchQuotes(matchId);
  const [composing, setComposing] = useState<{ revising?: Quote } | null>(null);
  const [answering, setAnswering] = useState<{ quote: Quote; action: QuoteAction } | null>(null);
  const titleId = `quotes-${matchId}`;
  const items = quotes.data?.items ?? [];
  const revised = new Set(items.map((quote) => quote.revisionOf).filter(Boolean));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h5" id={titleId}>
            {t('quotes.title')}
          </Title>
          {perspective === 'producer' && open ? (
            <Button size="sm" onClick={() => setComposing({})}>
              {t('quotes.actions.send')}
            </Button>
          ) : null}
        </Group>
        {quotes.isPending ? (
          <LoadingState />
        ) : quotes.isError ? (
          <ErrorState error={quotes.error} onRetry={() => void quotes.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(perspective === 'producer' ? 'quotes.emptyProducer' : 'quotes.empty')}
          </Text>
        ) : (
          items.map((quote) => (
            <QuoteCard
              key={quote.id}
              quote={quote}
              actions={
                perspective === 'distributor' && quote.allowed.length > 0 ? (
                  <QuoteActionButtons
                    quote={quote}
                    onAnswer={(action) => setAnswering({ quote, action })}
                  />
                ) : perspective === 'producer' &&
                  open &&
                  quote.status === 'revision_requested' &&
                  !revised.has(quote.id) ? (
                  <Button size="sm" onClick={() => setComposing({ revising: quote })}>
                    {t('quotes.actions.revise')}
                  </Button>
                ) : null
              }
            />
          ))
        )}
      </Stack>
      {composing ? (
        <QuoteFormModal
          opened
          matchId={matchId}
          defaultUnit={defaultUnit}
          {...(composing.revising ? { revising: composing.revising } : {})}
          onClose={() => setComposing(null)}
        />
      ) : null}
      <QuoteAnswerModal
        quote={answering?.quote ?? null}
        action={answering?.action ?? 'accept'}
        onClose={() => setAnswering(null)}
      />
    </Paper>
  );
}
