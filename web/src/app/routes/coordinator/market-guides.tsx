import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { GuidesList } from '@/features/market-guides/components/guides-list';
import { useCurrentUser } from '@/lib/auth';

/** Market guides for every signed-in role: coordinators also see drafts and write new ones. */
export default function MarketGuidesRoute() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const manage = user.role === 'coordinator' || user.role === 'admin';
  return (
    <ContentLayout
      title={t('marketGuides.title')}
      description={t('marketGuides.subtitle')}
      actions={
        manage ? (
          <Button component={Link} to={paths.app.newMarketGuide.getHref()}>
            {t('marketGuides.createAction')}
          </Button>
        ) : undefined
      }
    >
      <GuidesList manage={manage} hrefOf={(guide) => paths.app.marketGuide.getHref(guide.id)} />
    </ContentLayout>
  );
}
