import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import type { Organization } from '@/types/api';
import { reviewOrganizationsQueryKey } from './get-review-organizations';

export const rejectOrganization = ({ id, reason }: { id: string; reason: string }) =>
  api.post<Organization>(`/review/organizations/${encodeURIComponent(id)}/reject`, { reason });

export const useRejectOrganization = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof rejectOrganization> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: rejectOrganization,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: reviewOrganizationsQueryKey });
      return onSuccess?.(...args);
    },
  });
};
