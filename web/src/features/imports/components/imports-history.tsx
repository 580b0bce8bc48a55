import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useImports } from '../api/imports';
import { ImportStatusBadge } from './import-progress';

/** Earlier imports, newest first, each a link to its result and error report. */
export function ImportsHistory({ currentId }: { currentId: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const query = useImports(page);
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.items.length === 0) {
    return null;
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="import-history">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="import-history">
          {t('imports.historyTitle')}
        </Title>
        {query.data.items.map((item) => (
          <Group key={item.id} justify="space-between" gap="xs" wrap="nowrap">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor
                component={Link}
                to={paths.app.importProducts.getHref(item.id)}
                aria-current={item.id === currentId ? 'true' : undefined}
                fw={item.id === currentId ? 700 : 500}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {item.fileName}
              </Anchor>
              <Text size="xs" c="dimmed">
                {format.dateTime(item.createdAt)} ·{' '}
                {t('imports.counts', { created: item.rowsCreated, failed: item.rowsFailed })}
              </Text>
            </Stack>
            <ImportStatusBadge status={item.status} />
          </Group>
        ))}
        <Paged page={page} total={query.data.total} limit={query.data.limit} onChange={setPage} />
      </Stack>
    </Paper>
  );
}
