import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import type { CreateProductBody, Product, UpdateProductBody } from '@/types/api';
import { getProductQueryOptions } from './get-product';
import { myProductsQueryKey } from './get-products';

export const createProduct = (data: CreateProductBody) => api.post<Product>('/products', data);

export const updateProduct = ({ id, data }: { id: string; data: UpdateProductBody }) =>
  api.patch<Product>(`/products/${encodeURIComponent(id)}`, data);

export const submitProduct = ({ id, version }: { id: string; version: number }) =>
  api.post<Product>(`/products/${encodeURIComponent(id)}/submit`, { version });

/** "Delete" archives: the product leaves the catalogue, its history stays. */
export const archiveProduct = ({ id, version }: { id: string; version: number }) =>
  api.delete<Product>(`/products/${encodeURIComponent(id)}`, { params: { version } });

/** Every write answers with the product: keep it, and let lists refetch. */
export function storeProduct(queryClient: QueryClient, product: Product) {
  queryClient.setQueryData(getProductQueryOptions(product.id).queryKey, product);
  void queryClient.invalidateQueries({ queryKey: myProductsQueryKey });
}

function useProductMutation<TVariables>(
  mutationFn: (variables: TVariables) => Promise<Product>,
  mutationConfig: Omit<MutationConfig<typeof mutationFn>, 'mutationFn'> = {},
) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig;
  return useMutation({
    ...restConfig,
    mutationFn,
    onSuccess: (...args) => {
      storeProduct(queryClient, args[0]);
      return onSuccess?.(...args);
    },
  });
}

type Config<F extends (variables: never) => Promise<Product>> = {
  mutationConfig?: MutationConfig<F>;
};

export const useCreateProduct = ({ mutationConfig }: Config<typeof createProduct> = {}) =>
  useProductMutation(createProduct, mutationConfig);

export const useUpdateProduct = ({ mutationConfig }: Config<typeof updateProduct> = {}) =>
  useProductMutation(updateProduct, mutationConfig);

export const useSubmitProduct = ({ mutationConfig }: Config<typeof submitProduct> = {}) =>
  useProductMutation(submitProduct, mutationConfig);

export const useArchiveProduct = ({ mutationConfig }: Config<typeof archiveProduct> = {}) =>
  useProductMutation(archiveProduct, mutationConfig);
