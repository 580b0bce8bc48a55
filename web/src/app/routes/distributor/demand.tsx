import { Anchor, Button, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useDemand } from '@/features/demands/api/get-demand';
import { DemandSummary } from '@/features/demands/components/demand-summary';
import { DemandMatches } from '@/features/matches/components/demand-matches';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';

/**
 * One demand: its facts and terms with the owner's actions, then its matches with their score
 * breakdowns (pooled proposals grouped). Coordinators see every proposal and reach the queue.
 */
export default function DemandRoute() {
  const { t } = useTranslation();
  const { demandId = '' } = useParams();
  const { user } = useCurrentUser();
  const coordinator = user.role === 'coordinator';
  const demand = useDemand(demandId);
  const back = coordinator ? (
    <Anchor component={Link} to={paths.app.reviewMatches.getHref()} size="sm">
      ← {t('matches.queue.back')}
    </Anchor>
  ) : (
    <Anchor component={Link} to={paths.app.demands.getHref()} size="sm">
      ← {t('demands.backToList')}
    </Anchor>
  );
  if (demand.isPending) {
    return (
      <ContentLayout title={t('demands.detailTitle')} actions={back}>
        <LoadingState />
      </ContentLayout>
    );
  }
  if (demand.isError) {
    const missing = isApiError(demand.error) && [400, 404].includes(demand.error.status);
    return (
      <ContentLayout title={t('demands.detailTitle')} actions={back}>
        {missing ? (
          <EmptyState title={t('demands.notFound')} />
        ) : (
          <ErrorState error={demand.error} onRetry={() => void demand.refetch()} />
        )}
      </ContentLayout>
    );
  }
  return (
    <ContentLayout
      title={demand.data.title}
      description={demand.data.distributor.name}
      actions={back}
    >
      <DemandSummary demand={demand.data} />
      <Stack gap="sm" component="section" aria-labelledby="demand-matches">
        <Title order={2} fz="h4" id="demand-matches">
          {coordinator ? t('matches.demandTitleCoordinator') : t('matches.demandTitle')}
        </Title>
        {coordinator ? (
          <Button
            component={Link}
            to={paths.app.reviewMatches.getHref({ demand: demand.data.id })}
            variant="light"
            w="fit-content"
          >
            {t('matches.queue.forDemand')}
          </Button>
        ) : null}
        <DemandMatches
          demandId={demand.data.id}
          perspective={coordinator ? 'coordinator' : 'distributor'}
        />
      </Stack>
    </ContentLayout>
  );
}
