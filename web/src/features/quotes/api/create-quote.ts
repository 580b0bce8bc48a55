import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateQuoteBody, Quote } from '@/types/sourcing';
import { quotesQueryKey } from './get-quotes';

/**
 * The producer's quote (or, with `revisionOf`, its revision). A new quote withdraws the one still
 * open on the match. One `Idempotency-Key` per submission makes a retry safe.
 */
export const createQuote = ({
  data,
  idempotencyKey,
}: {
  data: CreateQuoteBody;
  idempotencyKey: string;
}) => api.post<Quote>('/quotes', data, { headers: { 'Idempotency-Key': idempotencyKey } });

export const useCreateQuote = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createQuote,
    onSettled: (_quote, _error, { data }) => {
      void queryClient.invalidateQueries({ queryKey: [...quotesQueryKey, 'match', data.matchId] });
    },
  });
};
