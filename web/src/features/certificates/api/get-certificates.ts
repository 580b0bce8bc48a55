import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CertificatePage } from '@/types/api';

/**
 * With `productId`: the certificates that count for that product (its own and the producer's
 * producer-level ones). Without: every certificate of the caller's organization.
 */
export type CertificatesParams = { productId: string | null; page?: number };

export const CERTIFICATES_PAGE_SIZE = 100;

export const getCertificates = (
  { productId, page = 1 }: CertificatesParams,
  signal?: AbortSignal,
) =>
  api.get<CertificatePage>('/certificates', {
    params: { productId, page, limit: CERTIFICATES_PAGE_SIZE },
    signal,
  });

export const certificatesQueryKey = ['certificates'] as const;

export const getCertificatesQueryOptions = (params: CertificatesParams) =>
  queryOptions({
    queryKey: params.productId
      ? [...certificatesQueryKey, { productId: params.productId }]
      : [...certificatesQueryKey, 'mine', params.page ?? 1],
    queryFn: ({ signal }) => getCertificates(params, signal),
    placeholderData: keepPreviousData,
  });

export const useCertificates = (params: CertificatesParams) =>
  useQuery(getCertificatesQueryOptions(params));
