import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { BulkApproveResult, Match } from '@/types/sourcing';
import { matchQueryKey } from './get-match';
import { matchesQueryKey } from './get-matches';

type Decision = { id: string; version: number };

/** Approval introduces the parties at once: both are notified and see each other's contacts. */
export const approveMatch = ({ id, version, note }: Decision & { note?: string }) =>
  api.post<Match>(`/matches/${encodeURIComponent(id)}/approve`, {
    version,
    ...(note ? { note } : {}),
  });

export const rejectMatch = ({ id, version, reason }: Decision & { reason: string }) =>
  api.post<Match>(`/matches/${encodeURIComponent(id)}/reject`, { version, reason });

/** Up to 200 at once, each in its own transaction: the result says how each one went. */
export const bulkApproveMatches = ({ ids, note }: { ids: string[]; note?: string }) =>
  api.post<BulkApproveResult>('/matches/approve', { ids, ...(note ? { note } : {}) });

/**
 * A decision changes the queue whatever its outcome: a 409 means another coordinator decided
 * first, and the refreshed queue shows the match as it is now.
 */
function useDecision<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      const match = result as Partial<Match>;
      if (typeof match.id === 'string' && typeof match.status === 'string') {
        queryClient.setQueryData(matchQueryKey(match.id), result);
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: matchesQueryKey });
    },
  });
}

export const useApproveMatch = () => useDecision(approveMatch);
export const useRejectMatch = () => useDecision(rejectMatch);
export const useBulkApproveMatches = () => useDecision(bulkApproveMatches);
