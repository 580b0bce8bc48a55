import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { CampaignForm } from '@/features/campaigns/components/campaign-form';
import { BackLink } from '@/features/market-guides/components/guide-detail';

export default function CampaignNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <ContentLayout
      title={t('campaigns.newTitle')}
      description={t('campaigns.newSubtitle')}
      actions={<BackLink to={paths.app.campaigns.getHref()} label={t('campaigns.backToList')} />}
    >
      <CampaignForm
        mode="create"
        onSaved={(campaign) => void navigate(paths.app.campaign.getHref(campaign.id))}
      />
    </ContentLayout>
  );
}
