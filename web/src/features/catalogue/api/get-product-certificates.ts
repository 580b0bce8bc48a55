import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CertificatePage } from '@/types/api';

/** The certificates that count for a product: its own and its producer's producer-level ones. */
export const getProductCertificates = ({
  productId,
  signal,
}: {
  productId: string;
  signal?: AbortSignal;
}) => api.get<CertificatePage>('/certificates', { params: { productId, limit: 100 }, signal });

export const getProductCertificatesQueryOptions = (productId: string) =>
  queryOptions({
    queryKey: ['certificates', { productId }],
    queryFn: ({ signal }) => getProductCertificates({ productId, signal }),
  });

export const useProductCertificates = (productId: string) =>
  useQuery(getProductCertificatesQueryOptions(productId));
