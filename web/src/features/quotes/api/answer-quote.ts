import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Quote } from '@/types/sourcing';
import { quotesQueryKey } from './get-quotes';

export type QuoteAnswer =
  | { action: 'accept' }
  | { action: 'decline'; reason?: string }
  | { action: 'request-revision'; note: string };

/** The distributor's answer to a sent quote; a revision may be asked for once. */
export const answerQuote = ({ quote, answer }: { quote: Quote; answer: QuoteAnswer }) => {
  const { action, ...rest } = answer;
  return api.post<Quote>(`/quotes/${encodeURIComponent(quote.id)}/${action}`, {
    version: quote.version,
    ...rest,
  });
};

export const useAnswerQuote = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerQuote,
    // Whatever the outcome (a 409 QUOTE_EXPIRED included), show the quotes as they are now.
    onSettled: (_quote, _error, { quote }) => {
      void queryClient.invalidateQueries({ queryKey: [...quotesQueryKey, 'match', quote.matchId] });
    },
  });
};
