import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MatchPage, MatchStatus } from '@/types/sourcing';
import { matchesQueryKey } from './get-matches';

export type DemandMatchesParams = { demandId: string; status?: MatchStatus | null; page: number };

/** One page holds a demand's proposals (the engine keeps the top 20) with their pools together. */
export const DEMAND_MATCHES_PAGE_SIZE = 50;

/**
 * A demand's matches: all of them for coordinators (proposals and pools included), the
 * introduced ones for the demand's distributor.
 */
export const getDemandMatches = (
  { demandId, status, page }: DemandMatchesParams,
  signal?: AbortSignal,
) =>
  api.get<MatchPage>(`/demands/${encodeURIComponent(demandId)}/matches`, {
    params: { status, page, limit: DEMAND_MATCHES_PAGE_SIZE },
    signal,
  });

export const getDemandMatchesQueryOptions = (params: DemandMatchesParams) =>
  queryOptions({
    queryKey: [...matchesQueryKey, 'demand', params],
    queryFn: ({ signal }) => getDemandMatches(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useDemandMatches = (params: DemandMatchesParams) =>
  useQuery(getDemandMatchesQueryOptions(params));
