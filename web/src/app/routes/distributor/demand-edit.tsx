import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useDemand } from '@/features/demands/api/get-demand';
import { DemandForm } from '@/features/demands/components/demand-form';
import { noRequirements } from '@/features/demands/components/demand-form-values';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';

export default function EditDemandRoute() {
  const { t } = useTranslation();
  const { demandId = '' } = useParams();
  const { organization } = useCurrentUser();
  const demand = useDemand(demandId);
  const back = (
    <Anchor component={Link} to={paths.app.demand.getHref(demandId)} size="sm">
      ← {t('demands.backToDemand')}
    </Anchor>
  );
  if (demand.isPending) {
    return (
      <ContentLayout title={t('demands.editTitle')} actions={back}>
        <LoadingState />
      </ContentLayout>
    );
  }
  if (demand.isError) {
    const missing = isApiError(demand.error) && [400, 404].includes(demand.error.status);
    return (
      <ContentLayout title={t('demands.editTitle')} actions={back}>
        {missing ? (
          <EmptyState title={t('demands.notFound')} />
        ) : (
          <ErrorState error={demand.error} onRetry={() => void demand.refetch()} />
        )}
      </ContentLayout>
    );
  }
  return (
    <ContentLayout title={t('demands.editTitle')} description={demand.data.title} actions={back}>
      {demand.data.allowedActions.includes('edit') ? (
        <DemandForm
          key={demand.data.id}
          mode="edit"
          demand={demand.data}
          standing={organization?.requirements ?? noRequirements}
          onReload={demand.refetch}
        />
      ) : (
        <EmptyState title={t('demands.notEditable')} description={t('demands.notEditableHint')} />
      )}
    </ContentLayout>
  );
}
