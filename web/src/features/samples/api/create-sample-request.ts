import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateSampleRequestBody, SampleRequest } from '@/types/sourcing';
import { samplesQueryKey } from './get-sample-requests';

/** One `Idempotency-Key` per submission: a retried request creates nothing twice. */
export const createSampleRequest = ({
  data,
  idempotencyKey,
}: {
  data: CreateSampleRequestBody;
  idempotencyKey: string;
}) =>
  api.post<SampleRequest>('/sample-requests', data, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });

export const useCreateSampleRequest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSampleRequest,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: samplesQueryKey });
    },
  });
};
