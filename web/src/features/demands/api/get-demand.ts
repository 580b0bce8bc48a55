import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Demand } from '@/types/sourcing';
import { demandsQueryKey } from './get-demands';

export const getDemand = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Demand>(`/demands/${encodeURIComponent(id)}`, { signal });

export const demandQueryKey = (id: string) => [...demandsQueryKey, 'one', id] as const;

export const getDemandQueryOptions = (id: string) =>
  queryOptions({
    queryKey: demandQueryKey(id),
    queryFn: ({ signal }) => getDemand({ id, signal }),
  });

export const useDemand = (id: string) => useQuery(getDemandQueryOptions(id));
