import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { DownloadIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/loading-state';
import { saveBlob } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import { downloadKpiWorkbook, useKpiReport, type KpiMetricReport } from '../api/kpis';
import { KpiBreakdowns } from './kpi-breakdowns';
import classes from './kpi-dashboard.module.css';
import { KpiTargetsModal } from './kpi-targets-modal';
import { useKpiLabels } from './use-kpi-labels';

const progressColor = (progress: number | null) =>
  progress === null ? 'gray' : progress >= 100 ? 'green' : progress >= 50 ? 'brand' : 'orange';

function MetricCard({ metric }: { metric: KpiMetricReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useKpiLabels();
  const id = `kpi-${metric.metric}`;
  const label = labels.localized(metric.label);
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={id}
      className={classes.card}
    >
      <Stack gap={6}>
        <Text fw={600} id={id} size="sm">
          {label}
        </Text>
        <Group gap={6} align="baseline">
          <Text fz="h2" fw={700} lh={1}>
            {format.number(metric.actual)}
          </Text>
          <Text size="sm" c="dimmed">
            {metric.target === null
              ? labels.localized(metric.unit)
              : t('kpis.ofTarget', {
                  target: format.number(metric.target),
                  unit: labels.localized(metric.unit),
                })}
          </Text>
        </Group>
        <Progress
          value={Math.min(100, metric.progress ?? 0)}
          color={progressColor(metric.progress)}
          aria-label={t('kpis.progressOf', { name: label })}
        />
        <Text size="sm" c={progressColor(metric.progress) === 'gray' ? 'dimmed' : undefined}>
          {labels.progress(metric.progress)}
        </Text>
        <Text size="xs" c="dimmed">
          {labels.localized(metric.definition)}
        </Text>
      </Stack>
    </Paper>
  );
}

/** Axis labels stay on two lines: the table under the chart has the full names. */
const shorten = (label: string) => (label.length > 34 ? `${label.slice(0, 32).trimEnd()}…` : label);

/** Progress of every metric, as bars (capped at 150 % so one runaway does not flatten the rest). */
function ProgressChart({ metrics }: { metrics: KpiMetricReport[] }) {
  const { t } = useTranslation();
  const labels = useKpiLabels();
  const data = metrics.map((m) => ({
    name: labels.localized(m.label),
    progress: m.progress === null ? 0 : Math.min(150, m.progress),
  }));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="kpi-overview"
      className={classes.card}
    >
      <Stack gap="sm">
        <Title order={2} fz="h4" id="kpi-overview">
          {t('kpis.overview')}
        </Title>
        <div aria-hidden="true">
          <BarChart
            h={metrics.length * 56 + 40}
            data={data}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 170, tickFormatter: shorten }}
            xAxisProps={{ domain: [0, 150] }}
            valueFormatter={(value) => `${value} %`}
            withTooltip={false}
            withBarValueLabel
            referenceLines={[{ x: 100, color: 'red.6', label: t('kpis.targetLine') }]}
            series={[{ name: 'progress', label: t('kpis.progress'), color: 'brand.6' }]}
          />
        </div>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.metric')}</Table.Th>
              <Table.Th ta="right">{t('kpis.progress')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {metrics.map((m) => (
              <Table.Tr key={m.metric}>
                <Table.Td>{labels.localized(m.label)}</Table.Td>
                <Table.Td ta="right">{labels.progress(m.progress)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function ExportButton({ year }: { year: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      leftSection={<DownloadIcon size={16} />}
      loading={busy}
      onClick={() =>
        void (async () => {
          setBusy(true);
          try {
            saveBlob(await downloadKpiWorkbook(year), `ketnoi-kpi-${year}.xlsx`);
          } catch (error) {
            notifications.show({ color: 'red', message: errorMessage(t, error) });
          } finally {
            setBusy(false);
          }
        })()
      }
    >
      {t('kpis.export')}
    </Button>
  );
}

/** The years offered: from the platform's first programme year to next year's plan. */
export function kpiYears(current: number) {
  const years: number[] = [];
  for (let year = current + 1; year >= Math.min(2024, current); year -= 1) {
    years.push(year);
  }
  return years;
}

/**
 * The programme dashboard: each metric's actual (computed from the data) against the year's
 * target, the progress of all of them, and one metric by month, province, market and OCOP group.
 * Exports to Excel and prints.
 */
export function KpiDashboard({
  year,
  currentYear,
  onYearChange,
}: {
  year: number;
  currentYear: number;
  onYearChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useKpiLabels();
  const report = useKpiReport(year);
  const [editing, setEditing] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);

  const toolbar = (
    <Group gap="xs" align="flex-end" className={classes.noPrint}>
      <Select
        label={t('kpis.year')}
        w={120}
        allowDeselect={false}
        data={kpiYears(currentYear).map(String)}
        value={String(year)}
        onChange={(value) => value && onYearChange(Number(value))}
      />
      <Button variant="light" onClick={() => setEditing(true)}>
        {t('kpis.targets.edit')}
      </Button>
      <ExportButton year={year} />
      <Button variant="default" onClick={() => window.print()}>
        {t('kpis.print')}
      </Button>
    </Group>
  );

  if (report.isPending) {
    return (
      <Stack gap="md">
        {toolbar}
        <LoadingState />
      </Stack>
    );
  }
  if (report.isError) {
    return (
      <Stack gap="md">
        {toolbar}
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      </Stack>
    );
  }
  const metrics = report.data.metrics;
  const metric = metrics.find((m) => m.metric === selected) ?? metrics[0];
  const noTargets = metrics.every((m) => m.target === null);

  return (
    <Stack gap="lg">
      {toolbar}
      <Text size="xs" c="dimmed">
        {t('kpis.generatedAt', { date: format.dateTime(report.data.generatedAt) })}
      </Text>
      {noTargets ? (
        <EmptyState
          title={t('kpis.noTargetsTitle', { year })}
          description={t('kpis.noTargetsHint')}
          action={
            <Button onClick={() => setEditing(true)} className={classes.noPrint}>
              {t('kpis.targets.edit')}
            </Button>
          }
        />
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="kpi-metrics">
        <Title order={2} fz="h4" id="kpi-metrics">
          {t('kpis.metricsTitle', { year })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {metrics.map((m) => (
            <MetricCard key={m.metric} metric={m} />
          ))}
        </SimpleGrid>
      </Stack>
      <ProgressChart metrics={metrics} />
      {metric ? (
        <Stack
          gap="sm"
          component="section"
          aria-labelledby="kpi-detail"
          className={classes.section}
        >
          <Group justify="space-between" align="flex-end" gap="sm">
            <Title order={2} fz="h4" id="kpi-detail">
              {t('kpis.detailTitle', { name: labels.localized(metric.label) })}
            </Title>
            <Select
              label={t('kpis.chooseMetric')}
              w={{ base: '100%', sm: 340 }}
              allowDeselect={false}
              className={classes.noPrint}
              data={metrics.map((m) => ({ value: m.metric, label: labels.localized(m.label) }))}
              value={metric.metric}
              onChange={setSelected}
            />
          </Group>
          <KpiBreakdowns metric={metric} />
        </Stack>
      ) : null}
      <KpiTargetsModal year={year} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}
