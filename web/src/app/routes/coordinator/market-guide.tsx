import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { paths } from '@/config/paths';
import { BackLink, GuideDetail } from '@/features/market-guides/components/guide-detail';
import { useCurrentUser } from '@/lib/auth';

/** One guide in the app: readable by every role; coordinators edit and publish it here. */
export default function MarketGuideRoute() {
  const { t } = useTranslation();
  const { guideId = '' } = useParams();
  const { user } = useCurrentUser();
  const manage = user.role === 'coordinator' || user.role === 'admin';
  return (
    <GuideDetail
      key={guideId}
      guideId={guideId}
      back={<BackLink to={paths.app.marketGuides.getHref()} label={t('marketGuides.backToList')} />}
      editHref={manage ? paths.app.editMarketGuide.getHref(guideId) : undefined}
    />
  );
}
