import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProductPage } from '@/types/api';

export type ReviewProductStatus = 'pending_review' | 'published' | 'rejected';

export type ReviewProductsParams = { status: ReviewProductStatus; page: number; limit?: number };

export const REVIEW_PRODUCTS_PAGE_SIZE = 10;

/** The coordinators' product queue; pending ones oldest submission first (the server's order). */
export const getReviewProducts = (
  { status, page, limit = REVIEW_PRODUCTS_PAGE_SIZE }: ReviewProductsParams,
  signal?: AbortSignal,
) => api.get<ProductPage>('/review/products', { params: { status, page, limit }, signal });

export const reviewProductsQueryKey = ['review', 'products'] as const;

export const getReviewProductsQueryOptions = (params: ReviewProductsParams) =>
  queryOptions({
    queryKey: [...reviewProductsQueryKey, params],
    queryFn: ({ signal }) => getReviewProducts(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export const useReviewProducts = (params: ReviewProductsParams) =>
  useQuery(getReviewProductsQueryOptions(params));
