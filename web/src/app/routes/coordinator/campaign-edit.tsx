import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useCampaign } from '@/features/campaigns/api/campaigns';
import { CampaignForm } from '@/features/campaigns/components/campaign-form';
import { BackLink } from '@/features/market-guides/components/guide-detail';

export default function CampaignEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  return (
    <ContentLayout
      title={t('campaigns.editTitle')}
      actions={
        <BackLink
          to={paths.app.campaign.getHref(campaignId)}
          label={t('campaigns.backToCampaign')}
        />
      }
    >
      {campaign.isPending ? (
        <LoadingState />
      ) : campaign.isError ? (
        <ErrorState error={campaign.error} onRetry={() => void campaign.refetch()} />
      ) : (
        <CampaignForm
          key={`${campaign.data.id}-${campaign.data.version}`}
          mode="edit"
          campaign={campaign.data}
          onSaved={(saved) => void navigate(paths.app.campaign.getHref(saved.id))}
        />
      )}
    </ContentLayout>
  );
}
