import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { DemandForm } from '@/features/demands/components/demand-form';
import { noRequirements } from '@/features/demands/components/demand-form-values';
import { useCurrentUser } from '@/lib/auth';

export default function NewDemandRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organization } = useCurrentUser();
  return (
    <ContentLayout
      title={t('demands.newTitle')}
      description={t('demands.newSubtitle')}
      actions={
        <Anchor component={Link} to={paths.app.demands.getHref()} size="sm">
          ← {t('demands.backToList')}
        </Anchor>
      }
    >
      <DemandForm
        mode="create"
        standing={organization?.requirements ?? noRequirements}
        onCreated={(demand) => {
          notifications.show({ color: 'green', message: t('demands.created') });
          void navigate(paths.app.demand.getHref(demand.id), { replace: true });
        }}
      />
    </ContentLayout>
  );
}
