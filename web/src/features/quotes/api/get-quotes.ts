import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QuotePage } from '@/types/sourcing';

/** A match's quotes, newest first: the revisions and what they answered, in one list. */
export const getMatchQuotes = ({ matchId, signal }: { matchId: string; signal?: AbortSignal }) =>
  api.get<QuotePage>('/quotes', { params: { matchId, page: 1, limit: 50 }, signal });

export const quotesQueryKey = ['quotes'] as const;

export const getMatchQuotesQueryOptions = (matchId: string) =>
  queryOptions({
    queryKey: [...quotesQueryKey, 'match', matchId],
    queryFn: ({ signal }) => getMatchQuotes({ matchId, signal }),
    staleTime: 10_000,
  });

export const useMatchQuotes = (matchId: string) => useQuery(getMatchQuotesQueryOptions(matchId));
