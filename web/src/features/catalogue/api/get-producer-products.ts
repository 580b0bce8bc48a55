import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ProductPage } from '@/types/api';

export const PRODUCER_PRODUCTS_PAGE_SIZE = 12;

/**
 * A producer's published products. `status=published` matters for the producer itself: its own
 * listing would otherwise include drafts, and this page shows what buyers see.
 */
export const getProducerProducts = (
  { producerId, page }: { producerId: string; page: number },
  signal?: AbortSignal,
) =>
  api.get<ProductPage>('/products', {
    params: { producerId, status: 'published', page, limit: PRODUCER_PRODUCTS_PAGE_SIZE },
    signal,
  });

export const getProducerProductsQueryOptions = (producerId: string, page: number) =>
  queryOptions({
    queryKey: ['products', 'by-producer', producerId, page],
    queryFn: ({ signal }) => getProducerProducts({ producerId, page }, signal),
    placeholderData: keepPreviousData,
  });

export const useProducerProducts = (producerId: string, page: number) =>
  useQuery(getProducerProductsQueryOptions(producerId, page));
