import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Organization } from '@/types/api';

/** A producer's public profile (verified producers are public; contacts only for some viewers). */
export const getProducer = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Organization>(`/organizations/${encodeURIComponent(id)}`, { signal });

export const getProducerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organizations', id],
    queryFn: ({ signal }) => getProducer({ id, signal }),
  });

export const useProducer = (id: string) => useQuery(getProducerQueryOptions(id));
