import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { DemandsList } from '@/features/demands/components/demands-list';

export default function DemandsRoute() {
  const { t } = useTranslation();
  return (
    <ContentLayout
      title={t('demands.title')}
      description={t('demands.subtitle')}
      actions={
        <Button component={Link} to={paths.app.newDemand.getHref()}>
          {t('demands.createAction')}
        </Button>
      }
    >
      <DemandsList />
    </ContentLayout>
  );
}
