import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/query-client';
import type { AdminUser } from '@/types/api';
import { usersQueryKey } from './get-users';

export const updateUser = ({ id, data }: { id: string; data: { disabled?: boolean } }) =>
  api.patch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, data);

export const useUpdateUser = ({
  mutationConfig,
}: { mutationConfig?: MutationConfig<typeof updateUser> } = {}) => {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    ...restConfig,
    mutationFn: updateUser,
    onSuccess: (...args) => {
      void queryClient.invalidateQueries({ queryKey: usersQueryKey });
      return onSuccess?.(...args);
    },
  });
};
