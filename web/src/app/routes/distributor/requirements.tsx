import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { RequirementsForm } from '@/features/demands/components/requirements-form';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { useCurrentUser } from '@/lib/auth';

function Requirements({ organizationId }: { organizationId: string }) {
  const organization = useOrganization({ id: organizationId });
  if (organization.isPending) {
    return <LoadingState />;
  }
  if (organization.isError) {
    return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return <RequirementsForm organization={organization.data} onReload={organization.refetch} />;
}

/** The distributor's standing commercial terms, part of its organization profile. */
export default function RequirementsRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  return (
    <ContentLayout
      title={t('demands.requirements.title')}
      description={t('demands.requirements.subtitle')}
    >
      {user.organizationId ? (
        <Requirements organizationId={user.organizationId} />
      ) : (
        <EmptyState title={t('dashboard.noOrganization')} />
      )}
    </ContentLayout>
  );
}
