import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Product } from '@/types/api';

/**
 * The product a sample is asked for (name, unit). The same cache entry as the product page
 * (`['products', id]`), so the page's own load is reused.
 */
export const useSampleProduct = (productId: string) =>
  useQuery({
    queryKey: ['products', productId],
    queryFn: ({ signal }) =>
      api.get<Product>(`/products/${encodeURIComponent(productId)}`, { signal }),
  });
