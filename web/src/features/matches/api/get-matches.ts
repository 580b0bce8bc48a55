import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MatchPage, MatchStatus } from '@/types/sourcing';

export type MatchesParams = {
  status?: MatchStatus | null;
  minScore?: number | null;
  demandId?: string | null;
  /** The product's province: a code or a name. */
  province?: string | null;
  /** The demand's destination country (ISO alpha-2). */
  market?: string | null;
  page: number;
  limit?: number;
};

export const MATCHES_PAGE_SIZE = 20;

/**
 * Coordinators: the approval queue (`proposed` unless `status` says otherwise). Parties: their
 * own matches from the introduction on. Best score first either way.
 */
export const getMatches = (
  { limit = MATCHES_PAGE_SIZE, ...params }: MatchesParams,
  signal?: AbortSignal,
) => api.get<MatchPage>('/matches', { params: { ...params, limit }, signal });

export const matchesQueryKey = ['matches'] as const;

export const getMatchesQueryOptions = (params: MatchesParams) =>
  queryOptions({
    queryKey: [...matchesQueryKey, 'list', params],
    queryFn: ({ signal }) => getMatches(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useMatches = (params: MatchesParams) => useQuery(getMatchesQueryOptions(params));
