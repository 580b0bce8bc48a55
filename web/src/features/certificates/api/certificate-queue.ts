import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Certificate, CertificatePage, Organization, Product } from '@/types/api';
import { certificatesQueryKey } from './get-certificates';

export const CERTIFICATE_QUEUE_PAGE_SIZE = 20;

/** Staff: every certificate not (or no longer) verified, the verification queue. */
export const getCertificateQueue = (page: number, signal?: AbortSignal) =>
  api.get<CertificatePage>('/certificates', {
    params: { verified: false, page, limit: CERTIFICATE_QUEUE_PAGE_SIZE },
    signal,
  });

export const getCertificateQueueQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...certificatesQueryKey, 'queue', page],
    queryFn: ({ signal }) => getCertificateQueue(page, signal),
    placeholderData: keepPreviousData,
  });

export const useCertificateQueue = (page: number) =>
  useQuery(getCertificateQueueQueryOptions(page));

export const verifyCertificate = ({ id, version }: { id: string; version: number }) =>
  api.post<Certificate>(`/certificates/${encodeURIComponent(id)}/verify`, { version });

/** Vouches for a certificate; the queue and the product it belongs to (its badges) are refetched. */
export const useVerifyCertificate = ({
  onSuccess,
}: { onSuccess?: (c: Certificate) => void } = {}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyCertificate,
    onSuccess: (certificate) => {
      void queryClient.invalidateQueries({ queryKey: certificatesQueryKey });
      if (certificate.productId) {
        void queryClient.invalidateQueries({ queryKey: ['products', certificate.productId] });
      }
      onSuccess?.(certificate);
    },
  });
};

/**
 * Who holds a certificate, for the queue: the organization and (for product-level ones) the
 * product, as staff read them. Same query keys as the organizations and products features, so
 * the cache is shared.
 */
export const useHolderOrganization = (id: string) =>
  useQuery({
    queryKey: ['organizations', id],
    queryFn: ({ signal }) =>
      api.get<Organization>(`/organizations/${encodeURIComponent(id)}`, { signal }),
  });

export const useHolderProduct = (id: string | null) =>
  useQuery({
    queryKey: ['products', id],
    queryFn: ({ signal }) =>
      api.get<Product>(`/products/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
