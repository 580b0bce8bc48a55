import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import type { AdminUser, CreateStaffUserBody } from '@/types/api';
import { usersQueryKey } from './get-users';

/** Staff accounts only (coordinator, admin): producers and distributors register themselves. */
export const createUser = (body: CreateStaffUserBody) => api.post<AdminUser>('/admin/users', body);

export const useCreateUser = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof createUser> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: createUser,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      return onSuccess?.(...args);
    },
  });
};
