import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Organization } from '@/types/api';

export const getOrganization = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Organization>(`/organizations/${encodeURIComponent(id)}`, { signal });

export const getOrganizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['organizations', id],
    queryFn: ({ signal }) => getOrganization({ id, signal }),
  });

type UseOrganizationOptions = {
  id: string;
  queryConfig?: QueryConfig<typeof getOrganizationQueryOptions>;
};

export const useOrganization = ({ id, queryConfig }: UseOrganizationOptions) =>
  useQuery({ ...getOrganizationQueryOptions(id), ...queryConfig });
