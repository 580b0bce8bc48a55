import { Alert, Button, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentLayout } from '@/components/layouts/content-layout';
import { paths } from '@/config/paths';
import { CampaignsList } from '@/features/campaigns/components/campaigns-list';
import { MyEntries } from '@/features/campaigns/components/my-entries';
import { useCurrentUser } from '@/lib/auth';

/**
 * Campaigns for every role concerned: coordinators run them (drafts included); verified producers
 * and distributors see the calls, and producers follow their own entries in a second tab.
 */
export default function CampaignsRoute() {
  const { t } = useTranslation();
  const { user, organization } = useCurrentUser();
  const manage = user.role === 'coordinator' || user.role === 'admin';
  const hrefOf = (id: string) => paths.app.campaign.getHref(id);
  const verified = manage || organization?.verificationStatus === 'verified';
  return (
    <ContentLayout
      title={t('campaigns.title')}
      description={t('campaigns.subtitle')}
      actions={
        manage ? (
          <Button component={Link} to={paths.app.newCampaign.getHref()}>
            {t('campaigns.createAction')}
          </Button>
        ) : undefined
      }
    >
      {!verified ? (
        <Alert color="yellow" variant="light">
          {t('campaigns.notVerified')}
        </Alert>
      ) : user.role === 'producer' ? (
        <Tabs defaultValue="calls" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="calls">{t('campaigns.callsTab')}</Tabs.Tab>
            <Tabs.Tab value="entries">{t('campaigns.entriesTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="calls" pt="md">
            <CampaignsList hrefOf={(c) => hrefOf(c.id)} />
          </Tabs.Panel>
          <Tabs.Panel value="entries" pt="md">
            <Stack gap="sm">
              <MyEntries campaignHref={hrefOf} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      ) : (
        <CampaignsList manage={manage} hrefOf={(c) => hrefOf(c.id)} />
      )}
    </ContentLayout>
  );
}
