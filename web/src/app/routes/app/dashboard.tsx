import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { OrganizationStatusCard } from '@/features/organizations/components/organization-status-card';
import { useReviewOrganizations } from '@/features/review/api/get-review-organizations';
import { useCurrentUser } from '@/lib/auth';
import { useFormatters } from '@/lib/format';

function OrganizationStatus({ organizationId }: { organizationId: string }) {
  const organization = useOrganization({ id: organizationId });
  if (organization.isPending) {
    return <LoadingState />;
  }
  if (organization.isError) {
    return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return <OrganizationStatusCard organization={organization.data} />;
}

function ReviewQueueSummary() {
  const { t } = useTranslation();
  const format = useFormatters();
  const pending = useReviewOrganizations({ status: 'pending', page: 1, limit: 1 });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('dashboard.coordinator.title')}
        </Title>
        {pending.isPending ? (
          <LoadingState />
        ) : pending.isError ? (
          <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
        ) : (
          <Text>
            {t('dashboard.coordinator.pending', {
              count: pending.data.total,
              formatted: format.number(pending.data.total),
            })}
          </Text>
        )}
        <Group>
          <Button component={Link} to={paths.app.reviewOrganizations.getHref()}>
            {t('dashboard.coordinator.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function AdminSummary() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('dashboard.admin.title')}
        </Title>
        <Text size="sm">{t('dashboard.admin.text')}</Text>
        <Group>
          <Button component={Link} to={paths.app.adminUsers.getHref()}>
            {t('dashboard.admin.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export default function DashboardRoute() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { user } = useCurrentUser();
  const withOrganization = user.role === 'producer' || user.role === 'distributor';

  return (
    <ContentLayout
      title={t('dashboard.greeting', { name: user.name })}
      description={t('dashboard.today', { date: format.date(new Date()) })}
    >
      {withOrganization ? (
        user.organizationId ? (
          <OrganizationStatus organizationId={user.organizationId} />
        ) : (
          <EmptyState title={t('dashboard.noOrganization')} />
        )
      ) : null}
      {user.role === 'coordinator' ? <ReviewQueueSummary /> : null}
      {user.role === 'admin' ? <AdminSummary /> : null}
      <Paper withBorder p="lg" radius="md" bg="gray.0">
        <Text size="sm" c="dimmed">
          {t(`dashboard.next.${user.role}`)}
        </Text>
      </Paper>
    </ContentLayout>
  );
}
