import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Product } from '@/types/api';
import { reviewProductsQueryKey } from './get-review-products';

type Decision = { id: string; version: number };

export const approveProduct = ({ id, version, note }: Decision & { note?: string }) =>
  api.post<Product>(`/review/products/${encodeURIComponent(id)}/approve`, {
    version,
    ...(note ? { note } : {}),
  });

export const rejectProduct = ({ id, version, reason }: Decision & { reason: string }) =>
  api.post<Product>(`/review/products/${encodeURIComponent(id)}/reject`, { version, reason });

/**
 * A decision changes the queue whatever its outcome: a 409 means someone else decided first or
 * the producer edited meanwhile, and the refreshed queue shows the product as it is now.
 */
function useDecision<V>(mutationFn: (variables: V) => Promise<Product>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (product) => {
      queryClient.setQueryData(['products', product.id], product);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: reviewProductsQueryKey });
    },
  });
}

export const useApproveProduct = () => useDecision(approveProduct);
export const useRejectProduct = () => useDecision(rejectProduct);
