import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProductPage, ProductStatus } from '@/types/api';

export type MyProductsParams = { status: ProductStatus | null; page: number; limit?: number };

export const PRODUCTS_PAGE_SIZE = 20;

/** A producer's own products, every status (the server scopes the list to the caller). */
export const getMyProducts = (
  { status, page, limit = PRODUCTS_PAGE_SIZE }: MyProductsParams,
  signal?: AbortSignal,
) => api.get<ProductPage>('/products', { params: { status, page, limit }, signal });

export const myProductsQueryKey = ['products', 'mine'] as const;

export const getMyProductsQueryOptions = (params: MyProductsParams) =>
  queryOptions({
    queryKey: [...myProductsQueryKey, params],
    queryFn: ({ signal }) => getMyProducts(params, signal),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useMyProducts = (params: MyProductsParams) =>
  useQuery(getMyProductsQueryOptions(params));
