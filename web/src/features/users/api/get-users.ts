import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AdminUser, Page } from '@/types/api';

export const USERS_PAGE_SIZE = 20;

export const getUsers = (
  { page, limit = USERS_PAGE_SIZE }: { page: number; limit?: number },
  signal?: AbortSignal,
) => api.get<Page<AdminUser>>('/admin/users', { params: { page, limit }, signal });

export const usersQueryKey = ['admin', 'users'] as const;

export const getUsersQueryOptions = ({ page }: { page: number }) =>
  queryOptions({
    queryKey: [...usersQueryKey, { page }],
    queryFn: ({ signal }) => getUsers({ page }, signal),
    placeholderData: keepPreviousData,
  });

export const useUsers = ({ page }: { page: number }) => useQuery(getUsersQueryOptions({ page }));
