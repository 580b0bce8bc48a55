import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useDemands } from '../api/get-demands';

/** The distributor's dashboard card: open demands and the way to post one. */
export function DemandsSummary() {
  const { t } = useTranslation();
  const format = useFormatters();
  const open = useDemands({ status: 'open', page: 1, limit: 1 });
  const drafts = useDemands({ status: 'draft', page: 1, limit: 1 });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('demands.summary.title')}
        </Title>
        {open.isPending ? (
          <LoadingState />
        ) : open.isError ? (
          <ErrorState error={open.error} onRetry={() => void open.refetch()} />
        ) : (
          <Text>
            {t('demands.summary.counts', {
              open: format.number(open.data.total),
              drafts: format.number(drafts.data?.total ?? 0),
            })}
          </Text>
        )}
        <Group gap="xs">
          <Button component={Link} to={paths.app.demands.getHref()}>
            {t('demands.summary.open')}
          </Button>
          <Button component={Link} to={paths.app.newDemand.getHref()} variant="light">
            {t('demands.createAction')}
          </Button>
          <Button component={Link} to={paths.app.requirements.getHref()} variant="subtle">
            {t('demands.requirements.navLabel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
