import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SampleRequest, SampleRequestPage, SampleStatus } from '@/types/sourcing';

export type SampleRequestsParams = {
  status?: SampleStatus | null;
  matchId?: string | null;
  productId?: string | null;
  page: number;
  limit?: number;
};

export const SAMPLES_PAGE_SIZE = 10;

/** A producer's incoming requests, a distributor's outgoing ones (newest first). */
export const getSampleRequests = (
  { limit = SAMPLES_PAGE_SIZE, ...params }: SampleRequestsParams,
  signal?: AbortSignal,
) => api.get<SampleRequestPage>('/sample-requests', { params: { ...params, limit }, signal });

export const samplesQueryKey = ['sample-requests'] as const;

export const getSampleRequestsQueryOptions = (params: SampleRequestsParams) =>
  queryOptions({
    queryKey: [...samplesQueryKey, 'list', params],
    queryFn: ({ signal }) => getSampleRequests(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useSampleRequests = (params: SampleRequestsParams) =>
  useQuery(getSampleRequestsQueryOptions(params));

export const getSampleRequest = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<SampleRequest>(`/sample-requests/${encodeURIComponent(id)}`, { signal });

export const sampleRequestQueryKey = (id: string) => [...samplesQueryKey, 'one', id] as const;

/** One request (a notification's link), when it is not on the page being shown. */
export const useSampleRequest = (id: string | null) =>
  useQuery({
    queryKey: sampleRequestQueryKey(id ?? ''),
    queryFn: ({ signal }) => getSampleRequest({ id: id ?? '', signal }),
    enabled: id !== null,
  });
