import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Organization } from '@/types/api';

/**
 * A producer's answer rate and median response time come with its organization
 * (`GET /organizations/:id`). The same cache entry as the organization pages, so a profile
 * already loaded is not fetched again.
 */
export const useProducerResponsiveness = (producerId: string | null) =>
  useQuery({
    queryKey: ['organizations', producerId ?? ''],
    queryFn: ({ signal }) =>
      api.get<Organization>(`/organizations/${encodeURIComponent(producerId ?? '')}`, { signal }),
    enabled: producerId !== null,
    select: (organization) => organization.responsiveness ?? null,
  });
