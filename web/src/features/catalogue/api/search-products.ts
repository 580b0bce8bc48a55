import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SearchResult, SearchSort, StorageMode } from '@/types/api';

/** What the catalogue asks for; every field comes from the page's URL (shareable, back button). */
export type SearchProductsParams = {
  q: string;
  group: string | null;
  category: string | null;
  province: string | null;
  region: string | null;
  minStars: number | null;
  certifications: string[];
  storage: StorageMode | null;
  exportedTo: string | null;
  sort: SearchSort;
  page: number;
};

export const SEARCH_PAGE_SIZE = 20;

export const searchProducts = (params: SearchProductsParams, signal?: AbortSignal) =>
  api.get<SearchResult>('/search/products', {
    params: { ...params, limit: SEARCH_PAGE_SIZE },
    signal,
  });

export const getSearchProductsQueryOptions = (params: SearchProductsParams) =>
  queryOptions({
    queryKey: ['search', 'products', params],
    queryFn: ({ signal }) => searchProducts(params, signal),
    // While the next keystroke's results load, the last ones stay on screen (dimmed).
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export const useSearchProducts = (params: SearchProductsParams) =>
  useQuery(getSearchProductsQueryOptions(params));
