import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Product, ProductImage } from '@/types/api';
import { getProductQueryOptions } from './get-product';
import { myProductsQueryKey } from './get-products';

const imagesPath = (productId: string) => `/products/${encodeURIComponent(productId)}/images`;

export const uploadProductImage = ({ productId, file }: { productId: string; file: File }) =>
  api.upload<ProductImage>(imagesPath(productId), file);

/** Every image id once, in the new order; the first becomes the cover. */
export const reorderProductImages = ({
  productId,
  imageIds,
}: {
  productId: string;
  imageIds: string[];
}) => api.put<ProductImage[]>(`${imagesPath(productId)}/order`, { imageIds });

export const deleteProductImage = ({
  productId,
  imageId,
}: {
  productId: string;
  imageId: string;
}) => api.delete<void>(`${imagesPath(productId)}/${encodeURIComponent(imageId)}`);

/**
 * Images change the product without changing its version: the cached product gets the new list
 * (so the editor's version stays the one the form started from) and lists refetch their covers.
 */
function useImagesCache(productId: string) {
  const queryClient = useQueryClient();
  const key = getProductQueryOptions(productId).queryKey;
  return {
    set: (update: (images: ProductImage[]) => ProductImage[]) => {
      queryClient.setQueryData<Product>(key, (product) =>
        product ? { ...product, images: update(product.images) } : product,
      );
      void queryClient.invalidateQueries({ queryKey: myProductsQueryKey });
    },
    get: () => queryClient.getQueryData<Product>(key)?.images ?? [],
  };
}

export function useUploadProductImage(productId: string) {
  const cache = useImagesCache(productId);
  return useMutation({
    mutationFn: (file: File) => uploadProductImage({ productId, file }),
    onSuccess: (image) => cache.set((images) => [...images, image]),
  });
}

/** Optimistic: the new order shows at once and is put back if the server refuses it. */
export function useReorderProductImages(productId: string) {
  const cache = useImagesCache(productId);
  return useMutation({
    mutationFn: (imageIds: string[]) => reorderProductImages({ productId, imageIds }),
    onMutate: (imageIds) => {
      const previous = cache.get();
      const byId = new Map(previous.map((image) => [image.id, image]));
      cache.set(() => imageIds.flatMap((id) => byId.get(id) ?? []));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context) {
        cache.set(() => context.previous);
      }
    },
    onSuccess: (images) => cache.set(() => images),
  });
}

export function useDeleteProductImage(productId: string) {
  const cache = useImagesCache(productId);
  return useMutation({
    mutationFn: (imageId: string) => deleteProductImage({ productId, imageId }),
    onSuccess: (_result, imageId) =>
      cache.set((images) =>
        images
          .filter((image) => image.id !== imageId)
          .map((image, position) => ({ ...image, position, isCover: position === 0 })),
      ),
  });
}
