import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import type { MutationConfig } from '@/lib/query-client';
import type { Organization, UpdateOrganizationBody } from '@/types/api';
import { getOrganizationQueryOptions } from './get-organization';

export const updateOrganization = ({ id, data }: { id: string; data: UpdateOrganizationBody }) =>
  api.patch<Organization>(`/organizations/${encodeURIComponent(id)}`, data);

type UseUpdateOrganizationOptions = {
  mutationConfig?: MutationConfig<typeof updateOrganization>;
};

export const useUpdateOrganization = ({ mutationConfig }: UseUpdateOrganizationOptions = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: updateOrganization,
    onSuccess: (...args) => {
      const [organization] = args;
      queryClient.setQueryData(getOrganizationQueryOptions(organization.id).queryKey, organization);
      // The session carries the organization too (dashboard badge).
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      return onSuccess?.(...args);
    },
  });
};
