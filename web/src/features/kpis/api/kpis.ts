import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { KpiReport, KpiTargetList, PutKpiTargetsBody } from '@ketnoi/shared';
import { api } from '@/lib/api-client';

export type {
  KpiMetricReport,
  KpiReport,
  KpiSlice,
  KpiTarget,
  KpiTargetList,
} from '@ketnoi/shared';

const kpisKey = ['kpis'] as const;

export const useKpiReport = (year: number) =>
  useQuery(
    queryOptions({
      queryKey: [...kpisKey, 'report', year],
      queryFn: ({ signal }) => api.get<KpiReport>('/reports/kpis', { params: { year }, signal }),
      staleTime: 30_000,
    }),
  );

export const useKpiTargets = (year: number, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: [...kpisKey, 'targets', year],
      queryFn: ({ signal }) => api.get<KpiTargetList>('/kpi-targets', { params: { year }, signal }),
      enabled,
    }),
  );

/** Sets the year's targets, all or none; a changed one carries the version it was read at. */
export const usePutKpiTargets = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: PutKpiTargetsBody }) =>
      api.put<KpiTargetList>('/kpi-targets', body, { params: { year } }),
    onSuccess: (list) => {
      queryClient.setQueryData([...kpisKey, 'targets', list.year], list);
      void queryClient.invalidateQueries({ queryKey: [...kpisKey, 'report', list.year] });
    },
  });
};

/** The workbook: a summary sheet and one sheet of records per metric. */
export const downloadKpiWorkbook = (year: number) =>
  api.download('/reports/kpis.xlsx', { params: { year } });
