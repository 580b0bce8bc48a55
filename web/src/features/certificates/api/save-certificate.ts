import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Certificate, CreateCertificateBody } from '@/types/api';
import { certificatesQueryKey } from './get-certificates';

const certificatePath = (id: string) => `/certificates/${encodeURIComponent(id)}`;

export const createCertificate = (data: CreateCertificateBody) =>
  api.post<Certificate>('/certificates', data);

export const uploadCertificateEvidence = ({ id, file }: { id: string; file: File }) =>
  api.upload<Certificate>(`${certificatePath(id)}/evidence`, file);

export const deleteCertificate = ({ id, version }: { id: string; version: number }) =>
  api.delete<void>(certificatePath(id), { params: { version } });

export const downloadCertificateEvidence = (id: string) =>
  api.download(`${certificatePath(id)}/evidence`);

/**
 * Certificates change what counts for products (their badges, search filters): lists of
 * certificates and the products they belong to are refetched.
 */
function useInvalidate() {
  const queryClient = useQueryClient();
  return (productId: string | null) => {
    void queryClient.invalidateQueries({ queryKey: certificatesQueryKey });
    if (productId) {
      void queryClient.invalidateQueries({ queryKey: ['products', productId] });
    }
  };
}

/**
 * Creates the certificate, then attaches the evidence file if one was chosen. A refused file does
 * not undo the certificate: it is reported with it (`evidenceError`), to upload again later.
 */
export function useCreateCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async ({
      data,
      evidence,
    }: {
      data: CreateCertificateBody;
      evidence: File | null;
    }) => {
      const created = await createCertificate(data);
      if (!evidence) {
        return { certificate: created, evidenceError: null };
      }
      try {
        return {
          certificate: await uploadCertificateEvidence({ id: created.id, file: evidence }),
          evidenceError: null,
        };
      } catch (error) {
        return { certificate: created, evidenceError: error };
      }
    },
    onSettled: (_result, _error, { data }) => invalidate(data.productId ?? null),
  });
}

export function useUploadCertificateEvidence() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: uploadCertificateEvidence,
    onSuccess: (certificate) => invalidate(certificate.productId),
  });
}

export function useDeleteCertificate() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (certificate: Certificate) =>
      deleteCertificate({ id: certificate.id, version: certificate.version }),
    onSuccess: (_result, certificate) => invalidate(certificate.productId),
  });
}
