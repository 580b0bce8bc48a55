import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useMarketGuide } from '@/features/market-guides/api/market-guides';
import { BackLink } from '@/features/market-guides/components/guide-detail';
import { GuideForm } from '@/features/market-guides/components/guide-form';

export default function MarketGuideEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { guideId = '' } = useParams();
  const guide = useMarketGuide(guideId);
  return (
    <ContentLayout
      title={t('marketGuides.editTitle')}
      actions={
        <BackLink
          to={paths.app.marketGuide.getHref(guideId)}
          label={t('marketGuides.backToGuide')}
        />
      }
    >
      {guide.isPending ? (
        <LoadingState />
      ) : guide.isError ? (
        <ErrorState error={guide.error} onRetry={() => void guide.refetch()} />
      ) : (
        <GuideForm
          key={`${guide.data.id}-${guide.data.version}`}
          mode="edit"
          guide={guide.data}
          onSaved={(saved) => void navigate(paths.app.marketGuide.getHref(saved.id))}
        />
      )}
    </ContentLayout>
  );
}
