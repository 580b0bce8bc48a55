import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import type { Organization } from '@/types/api';
import type { DistributorRequirements } from '@/types/sourcing';
import { demandsQueryKey } from './get-demands';

/** The distributor's standing terms live on its organization: a versioned `PATCH` of that one field. */
export const updateRequirements = ({
  organizationId,
  version,
  requirements,
}: {
  organizationId: string;
  version: number;
  requirements: DistributorRequirements;
}) =>
  api.patch<Organization>(`/organizations/${encodeURIComponent(organizationId)}`, {
    version,
    requirements,
  });

export const useUpdateRequirements = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRequirements,
    onSuccess: (organization) => {
      // The organization's own cache entry (GET /organizations/:id), shared with the profile page.
      queryClient.setQueryData(['organizations', organization.id], organization);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
      // Demands show their effective requirements, which inherit these.
      void queryClient.invalidateQueries({ queryKey: demandsQueryKey });
    },
  });
};
