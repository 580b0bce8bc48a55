import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { BackLink } from '@/features/market-guides/components/guide-detail';
import { GuideForm } from '@/features/market-guides/components/guide-form';

export default function MarketGuideNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ContentLayout
      title={t('marketGuides.newTitle')}
      description={t('marketGuides.newSubtitle')}
      actions={
        <BackLink to={paths.app.marketGuides.getHref()} label={t('marketGuides.backToList')} />
      }
    >
      <GuideForm
        mode="create"
        onSaved={(guide) => void navigate(paths.app.marketGuide.getHref(guide.id))}
      />
    </ContentLayout>
  );
}
