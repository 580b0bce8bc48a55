import { useTranslation } from 'react-i18next';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { OrganizationForm } from '@/features/organizations/components/organization-form';
import { useCurrentUser } from '@/lib/auth';

export default function OrganizationRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  return (
    <ContentLayout title={t('organization.title')} description={t('organization.subtitle')}>
      {user.organizationId ? (
        <OrganizationForm organizationId={user.organizationId} />
      ) : (
        <EmptyState title={t('dashboard.noOrganization')} />
      )}
    </ContentLayout>
  );
}
