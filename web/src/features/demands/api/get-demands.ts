import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DemandPage, DemandStatus } from '@/types/sourcing';

export type DemandsParams = { status: DemandStatus | null; page: number; limit?: number };

export const DEMANDS_PAGE_SIZE = 10;

/** The caller's demands (a distributor's own; coordinators see the open and closed ones). */
export const getDemands = (
  { status, page, limit = DEMANDS_PAGE_SIZE }: DemandsParams,
  signal?: AbortSignal,
) => api.get<DemandPage>('/demands', { params: { status, page, limit }, signal });

export const demandsQueryKey = ['demands'] as const;

export const getDemandsQueryOptions = (params: DemandsParams) =>
  queryOptions({
    queryKey: [...demandsQueryKey, 'list', params],
    queryFn: ({ signal }) => getDemands(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export const useDemands = (params: DemandsParams) => useQuery(getDemandsQueryOptions(params));
