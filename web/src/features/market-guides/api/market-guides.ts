import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  CreateMarketGuideBody,
  MarketChecklist,
  MarketGuide,
  MarketGuidePage,
  MarketGuideStatus,
  UpdateMarketGuideBody,
} from '@ketnoi/shared';
import { api } from '@/lib/api-client';

export type { MarketChecklist, MarketGuide, MarketGuideStatus };

export const MARKET_GUIDES_PAGE_SIZE = 20;

export type MarketGuidesParams = {
  status?: MarketGuideStatus | null;
  country?: string | null;
  page?: number;
  limit?: number;
};

const guidePath = (id: string) => `/market-guides/${encodeURIComponent(id)}`;

export const marketGuidesQueryKey = ['market-guides'] as const;

/** Published guides for everyone; coordinators see drafts too. */
export const getMarketGuidesQueryOptions = ({
  status = null,
  country = null,
  page = 1,
  limit = MARKET_GUIDES_PAGE_SIZE,
}: MarketGuidesParams) =>
  queryOptions({
    queryKey: [...marketGuidesQueryKey, 'list', { status, country, page, limit }],
    queryFn: ({ signal }) =>
      api.get<MarketGuidePage>('/market-guides', {
        params: { status, country, page, limit },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useMarketGuides = (params: MarketGuidesParams) =>
  useQuery(getMarketGuidesQueryOptions(params));

export const marketGuideQueryKey = (id: string) => [...marketGuidesQueryKey, 'one', id] as const;

export const useMarketGuide = (id: string) =>
  useQuery({
    queryKey: marketGuideQueryKey(id),
    queryFn: ({ signal }) => api.get<MarketGuide>(guidePath(id), { signal }),
  });

/** A product against a guide: the gap checklist ("has HACCP ✓, needs FDA registration ✗"). */
export const useMarketChecklist = (guideId: string | null, productId: string) =>
  useQuery({
    queryKey: [...marketGuidesQueryKey, 'checklist', guideId, productId],
    queryFn: ({ signal }) =>
      api.get<MarketChecklist>(`${guidePath(guideId!)}/checklist`, {
        params: { productId },
        signal,
      }),
    enabled: guideId !== null,
  });

function useGuideMutation<V>(mutationFn: (variables: V) => Promise<MarketGuide>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (guide) => {
      queryClient.setQueryData(marketGuideQueryKey(guide.id), guide);
      void queryClient.invalidateQueries({ queryKey: [...marketGuidesQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...marketGuidesQueryKey, 'checklist'] });
    },
  });
}

export const useCreateMarketGuide = () =>
  useGuideMutation((data: CreateMarketGuideBody) => api.post<MarketGuide>('/market-guides', data));

/** Only the changed fields and the version they were read at: a stale write gets 409. */
export const useUpdateMarketGuide = () =>
  useGuideMutation(({ id, data }: { id: string; data: UpdateMarketGuideBody }) =>
    api.patch<MarketGuide>(guidePath(id), data),
  );

export const useChangeMarketGuideStatus = () =>
  useGuideMutation(
    ({ id, action, version }: { id: string; action: 'publish' | 'unpublish'; version: number }) =>
      api.post<MarketGuide>(`${guidePath(id)}/${action}`, { version }),
  );
