import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Import, ImportPage } from '@/types/api';

const importPath = (id: string) => `/imports/${encodeURIComponent(id)}`;

/** Uploads a filled template. The server answers at once (queued); a worker reads the file. */
export const uploadImport = (file: File) => api.upload<Import>('/imports/products', file);

export const getImport = ({ id, signal }: { id: string; signal?: AbortSignal }) =>
  api.get<Import>(importPath(id), { signal });

export const getImports = ({ page }: { page: number }, signal?: AbortSignal) =>
  api.get<ImportPage>('/imports', { params: { page, limit: 10 }, signal });

export const templateFile = (format: 'xlsx' | 'csv') =>
  api.download(`/imports/products/template.${format}`);

export const errorReportFile = (id: string, format: 'xlsx' | 'csv') =>
  api.download(`${importPath(id)}/errors.${format}`);

export const importsQueryKey = ['imports'] as const;

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000;

const running = (item: Pick<Import, 'status'> | undefined) =>
  item?.status === 'queued' || item?.status === 'running';

export const getImportQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...importsQueryKey, id],
    queryFn: ({ signal }) => getImport({ id, signal }),
    // Poll while the worker reads the file; stop once it is done or failed.
    refetchInterval: (query) => (running(query.state.data) ? POLL_MS : false),
    staleTime: 0,
  });

export const useImport = (id: string) => useQuery(getImportQueryOptions(id));

export const getImportsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...importsQueryKey, 'list', page],
    queryFn: ({ signal }) => getImports({ page }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(running) ? POLL_MS * 3 : false),
  });

export const useImports = (page: number) => useQuery(getImportsQueryOptions(page));

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadImport,
    onSuccess: (item) => {
      queryClient.setQueryData(getImportQueryOptions(item.id).queryKey, item);
      void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}
