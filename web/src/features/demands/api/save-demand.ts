import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Demand, DemandInput, UpdateDemandBody } from '@/types/sourcing';
import { demandQueryKey } from './get-demand';
import { demandsQueryKey } from './get-demands';

/**
 * Creates a draft. The caller keeps one `Idempotency-Key` per form submission, so a retry after
 * a lost response replays the first answer instead of posting the demand twice.
 */
export const createDemand = ({
  data,
  idempotencyKey,
}: {
  data: DemandInput;
  idempotencyKey: string;
}) => api.post<Demand>('/demands', data, { headers: { 'Idempotency-Key': idempotencyKey } });

/** Only the changed fields and the version they were read at: a stale write gets 409. */
export const updateDemand = ({ id, data }: { id: string; data: UpdateDemandBody }) =>
  api.patch<Demand>(`/demands/${encodeURIComponent(id)}`, data);

/** `open` (draft | closed → open: the matching engine starts) and `close` (open → closed). */
export const changeDemandStatus = ({
  id,
  action,
  version,
}: {
  id: string;
  action: 'open' | 'close';
  version: number;
}) => api.post<Demand>(`/demands/${encodeURIComponent(id)}/${action}`, { version });

function useDemandMutation<V>(mutationFn: (variables: V) => Promise<Demand>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (demand) => {
      queryClient.setQueryData(demandQueryKey(demand.id), demand);
      void queryClient.invalidateQueries({ queryKey: [...demandsQueryKey, 'list'] });
    },
  });
}

export const useCreateDemand = () => useDemandMutation(createDemand);
export const useUpdateDemand = () => useDemandMutation(updateDemand);
export const useChangeDemandStatus = () => useDemandMutation(changeDemandStatus);
