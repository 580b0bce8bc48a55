import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import type { Organization } from '@/types/api';
import { reviewOrganizationsQueryKey } from './get-review-organizations';

export const verifyOrganization = ({ id, note }: { id: string; note?: string }) =>
  api.post<Organization>(
    `/review/organizations/${encodeURIComponent(id)}/verify`,
    note ? { note } : {},
  );

export const useVerifyOrganization = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof verifyOrganization> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: verifyOrganization,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: reviewOrganizationsQueryKey });
      return onSuccess?.(...args);
    },
  });
};
