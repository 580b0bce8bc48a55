import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreateSavedSearchBody, SavedSearch, SavedSearchList } from '@/types/api';

export const savedSearchesQueryKey = ['saved-searches'] as const;

export const getSavedSearchesQueryOptions = () =>
  queryOptions({
    queryKey: savedSearchesQueryKey,
    queryFn: ({ signal }) => api.get<SavedSearchList>('/saved-searches', { signal }),
  });

export const useSavedSearches = (enabled: boolean) =>
  useQuery({ ...getSavedSearchesQueryOptions(), enabled });

export const useSaveSearch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSavedSearchBody) => api.post<SavedSearch>('/saved-searches', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesQueryKey }),
  });
};

export const useDeleteSavedSearch = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/saved-searches/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedSearchesQueryKey }),
  });
};
