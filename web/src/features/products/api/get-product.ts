import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Product } from '@/types/api';

/** The working copy, for its producer (drafts, review notes, the version to write against). */
export const getProduct = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Product>(`/products/${encodeURIComponent(id)}`, { signal });

export const getProductQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['products', id],
    queryFn: ({ signal }) => getProduct({ id, signal }),
    staleTime: 0,
  });

export const useProduct = (id: string) => useQuery(getProductQueryOptions(id));
