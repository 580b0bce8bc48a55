import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Product } from '@/types/api';

/** The public version of a product (its owner and staff get the working copy). */
export const getPublicProduct = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Product>(`/products/${encodeURIComponent(id)}`, { signal });

export const getPublicProductQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['products', id],
    queryFn: ({ signal }) => getPublicProduct({ id, signal }),
  });

export const usePublicProduct = (id: string) => useQuery(getPublicProductQueryOptions(id));
