import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Match, UpdateMatchBody } from '@/types/sourcing';
import { matchQueryKey } from './get-match';
import { matchesQueryKey } from './get-matches';

/**
 * A step of the deal pipeline. `lost` carries its reason, `won` may record the agreement; a step
 * the match cannot take now is a 409 INVALID_TRANSITION listing the allowed ones.
 */
export const moveMatch = ({ id, data }: { id: string; data: UpdateMatchBody }) =>
  api.patch<Match>(`/matches/${encodeURIComponent(id)}`, data);

export const useMoveMatch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveMatch,
    onSuccess: (match) => {
      queryClient.setQueryData(matchQueryKey(match.id), match);
      void queryClient.invalidateQueries({ queryKey: [...matchesQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...matchesQueryKey, 'demand'] });
      // A won match may have recorded an agreement.
      void queryClient.invalidateQueries({ queryKey: ['agreements'] });
    },
    // A 409 (stale version, a step taken by the other side): show the match as it is now.
    onError: (_error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: matchQueryKey(id) });
    },
  });
};
