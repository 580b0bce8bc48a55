import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { DownloadIcon } from '@/components/ui/icons';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { saveBlob } from '@/lib/download';
import { useErrorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import type { Import, ImportStatus } from '@/types/api';
import { errorReportFile, useImport } from '../api/imports';

const statusColors: Record<ImportStatus, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t(`enums.importStatus.${status}`)}
    </Badge>
  );
}

/** Percent done: rows processed of rows in the file; unknown (null) while the file is read. */
function percent(item: Import) {
  if (item.status === 'done') {
    return 100;
  }
  if (!item.rowsTotal) {
    return null;
  }
  return Math.min(100, Math.round((item.rowsDone / item.rowsTotal) * 100));
}

function ErrorReport({ item }: { item: Import }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setError(null);
    try {
      saveBlob(await errorReportFile(item.id, format), `import-errors-${item.id}.${format}`);
    } catch (failure) {
      setError(message(failure));
    }
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs">
        <Title order={3} fz="h5">
          {t('imports.errorsTitle', { count: item.errorsTotal })}
        </Title>
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<DownloadIcon size={14} />}
            onClick={() => void download('xlsx')}
          >
            {t('imports.downloadErrorsXlsx')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<DownloadIcon size={14} />}
            onClick={() => void download('csv')}
          >
            {t('imports.downloadErrorsCsv')}
          </Button>
        </Group>
      </Group>
      {error ? (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={520}>
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.row')}</Table.Th>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.value')}</Table.Th>
              <Table.Th>{t('imports.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.errors.map((rowError, index) => (
              <Table.Tr key={`${rowError.row}-${rowError.column}-${index}`}>
                <Table.Td>{rowError.row}</Table.Td>
                <Table.Td>{rowError.column}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{rowError.value ?? '—'}</Table.Td>
                <Table.Td>{rowError.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {item.errorsTotal > item.errors.length ? (
        <Text size="xs" c="dimmed">
          {t('imports.moreErrors', { shown: item.errors.length, total: item.errorsTotal })}
        </Text>
      ) : null}
    </Stack>
  );
}

function ImportView({ item }: { item: Import }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const value = percent(item);
  const active = item.status === 'queued' || item.status === 'running';

  // New drafts exist once the import is done: the products list must show them.
  useEffect(() => {
    if (item.status === 'done') {
      void queryClient.invalidateQueries({ queryKey: ['products'] });
    }
  }, [item.status, queryClient]);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-current">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4" id="import-current" style={{ overflowWrap: 'anywhere' }}>
            {item.fileName}
          </Title>
          <ImportStatusBadge status={item.status} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('imports.uploadedAt', { date: format.dateTime(item.createdAt) })}
        </Text>
        <Progress.Root size="lg">
          {/* Mantine's own aria values say "100%" for an unknown total: these say what is known. */}
          <Progress.Section
            withAria={false}
            role="progressbar"
            aria-label={t('imports.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={value ?? undefined}
            aria-valuetext={
              value === null ? t('imports.readingRows', { count: item.rowsRead }) : `${value}%`
            }
            value={value ?? 100}
            animated={active}
            striped={active && value === null}
            color={
              item.status === 'failed' ? 'red' : item.rowsFailed > 0 && !active ? 'orange' : 'brand'
            }
          />
        </Progress.Root>
        <Text size="sm" role="status" aria-live="polite">
          {item.status === 'queued'
            ? t('imports.queued')
            : item.status === 'running'
              ? item.rowsTotal
                ? t('imports.running', { done: item.rowsDone, total: item.rowsTotal })
                : t('imports.readingRows', { count: item.rowsRead })
              : item.status === 'done'
                ? t('imports.done', { created: item.rowsCreated, failed: item.rowsFailed })
                : t('imports.failed')}
        </Text>
        {item.error ? (
          <Alert color="red" variant="light" role="alert">
            {item.error}
          </Alert>
        ) : null}
        {item.warnings.map((warning) => (
          <Alert key={`${warning.column}-${warning.message}`} color="yellow" variant="light">
            <Text size="sm">
              {warning.column}: {warning.message}
            </Text>
          </Alert>
        ))}
        {item.status === 'done' && item.rowsCreated > 0 ? (
          <Anchor component={Link} to={paths.app.products.getHref()} size="sm">
            {t('imports.openDrafts')}
          </Anchor>
        ) : null}
        {item.errorsTotal > 0 ? <ErrorReport item={item} /> : null}
      </Stack>
    </Paper>
  );
}

/** One import, polled while the worker reads it: a progress bar, then the result and errors. */
export function ImportProgress({ importId }: { importId: string }) {
  const query = useImport(importId);
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <ImportView item={query.data} />;
}
