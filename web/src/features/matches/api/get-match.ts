import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Match } from '@/types/sourcing';
import { matchesQueryKey } from './get-matches';

export const getMatch = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Match>(`/matches/${encodeURIComponent(id)}`, { signal });

export const matchQueryKey = (id: string) => [...matchesQueryKey, 'one', id] as const;

export const getMatchQueryOptions = (id: string) =>
  queryOptions({
    queryKey: matchQueryKey(id),
    queryFn: ({ signal }) => getMatch({ id, signal }),
  });

export const useMatch = (id: string) => useQuery(getMatchQueryOptions(id));
