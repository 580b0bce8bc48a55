import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { SampleEvaluation, SampleRequest } from '@/types/sourcing';
import { sampleRequestQueryKey, samplesQueryKey } from './get-sample-requests';

type Step = { id: string; version: number };

const step = (id: string, action: string, body: object) =>
  api.post<SampleRequest>(`/sample-requests/${encodeURIComponent(id)}/${action}`, body);

export const acceptSample = ({ id, version }: Step) => step(id, 'accept', { version });
export const declineSample = ({ id, version, reason }: Step & { reason: string }) =>
  step(id, 'decline', { version, reason });
export const shipSample = ({
  id,
  version,
  carrier,
  trackingNumber,
}: Step & { carrier: string; trackingNumber: string }) =>
  step(id, 'ship', { version, carrier, trackingNumber });
export const deliverSample = ({ id, version }: Step) => step(id, 'deliver', { version });
export const evaluateSample = ({
  id,
  version,
  evaluation,
}: Step & { evaluation: SampleEvaluation }) => step(id, 'evaluate', { ...evaluation, version });

/** Every step returns the request as it is now; lists refresh (its status filter may drop it). */
function useStep<V>(mutationFn: (variables: V) => Promise<SampleRequest>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (sample) => {
      queryClient.setQueryData(sampleRequestQueryKey(sample.id), sample);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: [...samplesQueryKey, 'list'] });
    },
  });
}

export const useAcceptSample = () => useStep(acceptSample);
export const useDeclineSample = () => useStep(declineSample);
export const useShipSample = () => useStep(shipSample);
export const useDeliverSample = () => useStep(deliverSample);
export const useEvaluateSample = () => useStep(evaluateSample);
