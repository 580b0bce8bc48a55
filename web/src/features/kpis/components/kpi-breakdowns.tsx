import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import type { KpiMetricReport, KpiSlice } from '../api/kpis';
import { useKpiLabels } from './use-kpi-labels';
import classes from './kpi-dashboard.module.css';

const TOP = 10;

/** One breakdown: a bar chart of the largest slices and the same figures as a table. */
function SliceBreakdown({
  id,
  title,
  slices,
  dimension,
}: {
  id: string;
  title: string;
  slices: KpiSlice[] | null;
  dimension: 'province' | 'market' | 'ocopGroup';
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useKpiLabels();
  const rows = (slices ?? []).slice(0, TOP).map((slice) => ({
    name: labels.slice(slice, dimension),
    value: slice.value,
  }));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={id}
      className={classes.card}
    >
      <Stack gap="sm">
        <Title order={3} fz="h5" id={id}>
          {title}
        </Title>
        {slices === null ? (
          <Text size="sm" c="dimmed">
            {t('kpis.notApplicable')}
          </Text>
        ) : rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('kpis.noData')}
          </Text>
        ) : (
          <>
            <div aria-hidden="true">
              <BarChart
                h={Math.max(120, rows.length * 32)}
                data={rows}
                dataKey="name"
                orientation="vertical"
                yAxisProps={{ width: 110 }}
                gridAxis="none"
                withTooltip={false}
                withBarValueLabel
                series={[{ name: 'value', label: t('kpis.actual'), color: 'brand.6' }]}
              />
            </div>
            <Table fz="sm" verticalSpacing={2}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{title}</Table.Th>
                  <Table.Th ta="right">{t('kpis.actual')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.name}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.name}</Table.Td>
                    <Table.Td ta="right">{format.number(row.value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {(slices?.length ?? 0) > TOP ? (
              <Text size="xs" c="dimmed">
                {t('kpis.moreSlices', { count: (slices?.length ?? 0) - TOP })}
              </Text>
            ) : null}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** One metric in depth: by month (Vietnam's calendar), by province, by market, by OCOP group. */
export function KpiBreakdowns({ metric }: { metric: KpiMetricReport }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useKpiLabels();
  const months = metric.byMonth.map((m) => ({ month: labels.month(m.month), value: m.value }));
  return (
    <Stack gap="md">
      <Paper
        withBorder
        p="md"
        radius="md"
        component="section"
        aria-labelledby="kpi-by-month"
        className={classes.card}
      >
        <Stack gap="sm">
          <Title order={3} fz="h5" id="kpi-by-month">
            {t('kpis.byMonth')}
          </Title>
          <div aria-hidden="true">
            <BarChart
              h={240}
              data={months}
              dataKey="month"
              withTooltip={false}
              withBarValueLabel
              series={[{ name: 'value', label: t('kpis.actual'), color: 'brand.6' }]}
            />
          </div>
          <VisuallyHidden>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('kpis.month')}</Table.Th>
                  <Table.Th>{t('kpis.actual')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {metric.byMonth.map((m) => (
                  <Table.Tr key={m.month}>
                    <Table.Td>{format.month(m.month)}</Table.Td>
                    <Table.Td>{format.number(m.value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <SliceBreakdown
          id="kpi-by-province"
          title={t('kpis.byProvince')}
          slices={metric.byProvince}
          dimension="province"
        />
        <SliceBreakdown
          id="kpi-by-market"
          title={t('kpis.byMarket')}
          slices={metric.byMarket}
          dimension="market"
        />
        <SliceBreakdown
          id="kpi-by-ocop"
          title={t('kpis.byOcopGroup')}
          slices={metric.byOcopGroup}
          dimension="ocopGroup"
        />
      </SimpleGrid>
    </Stack>
  );
}
