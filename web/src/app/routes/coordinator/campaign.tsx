import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useCampaign } from '@/features/campaigns/api/campaigns';
import { CampaignConsole } from '@/features/campaigns/components/campaign-console';
import { CampaignForParties } from '@/features/campaigns/components/campaign-for-parties';
import { BackLink } from '@/features/market-guides/components/guide-detail';
import { useBilingual } from '@/features/market-guides/components/market-fields';
import { isApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth';

/** One campaign: the coordinator's console, or the call and one's own entries for a producer. */
export default function CampaignRoute() {
  const { t } = useTranslation();
  const bilingual = useBilingual();
  const { campaignId = '' } = useParams();
  const { user } = useCurrentUser();
  const campaign = useCampaign(campaignId);
  const back = <BackLink to={paths.app.campaigns.getHref()} label={t('campaigns.backToList')} />;
  const guideHref = (id: string) => paths.app.marketGuide.getHref(id);

  if (campaign.isPending || campaign.isError) {
    const missing =
      campaign.isError && isApiError(campaign.error) && [400, 404].includes(campaign.error.status);
    return (
      <ContentLayout title={t('campaigns.detailTitle')} actions={back}>
        {campaign.isPending ? (
          <LoadingState />
        ) : missing ? (
          <EmptyState title={t('campaigns.notFound')} />
        ) : (
          <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
        )}
      </ContentLayout>
    );
  }
  const data = campaign.data;
  return (
    <ContentLayout title={bilingual(data.title)} description={data.retailerName} actions={back}>
      {user.role === 'coordinator' || user.role === 'admin' ? (
        <CampaignConsole
          campaign={data}
          editHref={paths.app.editCampaign.getHref(data.id)}
          guideHref={guideHref}
        />
      ) : (
        <CampaignForParties
          campaign={data}
          role={user.role === 'producer' ? 'producer' : 'distributor'}
          guideHref={guideHref}
        />
      )}
    </ContentLayout>
  );
}
