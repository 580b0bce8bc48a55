import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { DemandsSummary } from '@/features/demands/components/demands-summary';
import { MatchesSummary } from '@/features/matches/components/matches-summary';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { OrganizationStatusCard } from '@/features/organizations/components/organization-status-card';
import { useMyProducts } from '@/features/products/api/get-products';
import { useReviewOrganizations } from '@/features/review/api/get-review-organizations';
import { useReviewProducts } from '@/features/review/api/get-review-products';
import { SamplesSummary } from '@/features/samples/components/samples-summary';
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

function ProductsSummary() {
  const { t } = useTranslation();
  const format = useFormatters();
  const all = useMyProducts({ status: null, page: 1, limit: 1 });
  const pending = useMyProducts({ status: 'pending_review', page: 1, limit: 1 });
  const rejected = useMyProducts({ status: 'rejected', page: 1, limit: 1 });
  const count = (query: typeof all) => format.number(query.data?.total ?? 0);
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('dashboard.producer.title')}
        </Title>
        {all.isPending ? (
          <LoadingState />
        ) : all.isError ? (
          <ErrorState error={all.error} onRetry={() => void all.refetch()} />
        ) : (
          <Text>
            {t('dashboard.producer.counts', {
              total: count(all),
              pending: count(pending),
              rejected: count(rejected),
            })}
          </Text>
        )}
        <Group gap="xs">
          <Button component={Link} to={paths.app.products.getHref()}>
            {t('dashboard.producer.open')}
          </Button>
          <Button component={Link} to={paths.app.newProduct.getHref()} variant="light">
            {t('products.createAction')}
          </Button>
          <Button component={Link} to={paths.app.importProducts.getHref()} variant="default">
            {t('products.importAction')}
          </Button>
          <Button component={Link} to={paths.app.certificates.getHref()} variant="subtle">
            {t('nav.certificates')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ProductReviewSummary() {
  const { t } = useTranslation();
  const format = useFormatters();
  const pending = useReviewProducts({ status: 'pending_review', page: 1, limit: 1 });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('dashboard.productReview.title')}
        </Title>
        {pending.isPending ? (
          <LoadingState />
        ) : pending.isError ? (
          <ErrorState error={pending.error} onRetry={() => void pending.refetch()} />
        ) : (
          <Text>
            {t('dashboard.productReview.pending', {
              count: pending.data.total,
              formatted: format.number(pending.data.total),
            })}
          </Text>
        )}
        <Group>
          <Button component={Link} to={paths.app.reviewProducts.getHref()}>
            {t('dashboard.productReview.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function CatalogueSummary() {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('dashboard.catalogue.title')}
        </Title>
        <Text size="sm">{t('dashboard.catalogue.text')}</Text>
        <Group>
          <Button component={Link} to={paths.catalogue.search.getHref()}>
            {t('dashboard.catalogue.open')}
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
      {user.role === 'producer' && user.organizationId ? <ProductsSummary /> : null}
      {user.role === 'distributor' ? <CatalogueSummary /> : null}
      {user.role === 'coordinator' ? (
        <>
          <ReviewQueueSummary />
          <ProductReviewSummary />
        </>
      ) : null}
      {/* Sourcing: demands (distributors), introductions and samples (both parties), the queue. */}
      {user.role === 'distributor' && user.organizationId ? <DemandsSummary /> : null}
      {(user.role === 'producer' || user.role === 'distributor') && user.organizationId ? (
        <>
          <MatchesSummary perspective={user.role} />
          <SamplesSummary perspective={user.role} organizationId={user.organizationId} />
        </>
      ) : null}
      {user.role === 'coordinator' ? <MatchesSummary perspective="coordinator" /> : null}
      {user.role === 'admin' ? <AdminSummary /> : null}
      <Paper withBorder p="lg" radius="md" bg="gray.0">
        <Text size="sm" c="dimmed">
          {t(`dashboard.next.${user.role}`)}
        </Text>
      </Paper>
    </ContentLayout>
  );
}
