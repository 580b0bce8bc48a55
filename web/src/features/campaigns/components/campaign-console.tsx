import { Badge, Button, Group, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import {
  campaignEntryStatuses,
  useCampaignTransition,
  type Campaign,
  type CampaignStatus,
} from '../api/campaigns';
import { CampaignStatusBadge } from './campaign-badges';
import { CampaignEntries } from './campaign-entries';
import { CampaignSummary } from './campaign-summary';
import { EligibleProducts } from './eligible-products';

const nextAction: Partial<Record<CampaignStatus, 'open' | 'close' | 'complete'>> = {
  draft: 'open',
  open: 'close',
  closed: 'complete',
};

/** Open, close, complete: one step forward at a time, each confirmed. */
function CampaignStatusActions({ campaign, editHref }: { campaign: Campaign; editHref: string }) {
  const { t } = useTranslation();
  const transition = useCampaignTransition();
  const [confirming, setConfirming] = useState(false);
  const action = nextAction[campaign.status];
  return (
    <Group gap="xs">
      <CampaignStatusBadge status={campaign.status} />
      {campaign.status === 'completed' ? null : (
        <Button component={Link} to={editHref} variant="default" size="sm">
          {t('campaigns.console.edit')}
        </Button>
      )}
      {action ? (
        <Button
          size="sm"
          onClick={() => {
            transition.reset();
            setConfirming(true);
          }}
        >
          {t(`campaigns.console.${action}`)}
        </Button>
      ) : null}
      {action ? (
        <ConfirmModal
          opened={confirming}
          title={t(`campaigns.console.${action}Title`)}
          message={t(`campaigns.console.${action}Message`)}
          confirmLabel={t(`campaigns.console.${action}`)}
          color={action === 'open' ? 'brand' : 'orange'}
          loading={transition.isPending}
          error={transition.error}
          onClose={() => setConfirming(false)}
          onConfirm={() =>
            transition.mutate(
              { id: campaign.id, action, version: campaign.version },
              {
                onSuccess: (updated) => {
                  setConfirming(false);
                  notifications.show({
                    color: 'green',
                    message: t('campaigns.console.moved', {
                      status: t(`campaigns.status.${updated.status}`),
                    }),
                  });
                },
              },
            )
          }
        />
      ) : null}
    </Group>
  );
}

/**
 * The coordinator's console for one campaign: the call and its status, the entries with each
 * step, and the catalogue pre-screened against the criteria to invite from.
 */
export function CampaignConsole({
  campaign,
  editHref,
  guideHref,
}: {
  campaign: Campaign;
  editHref: string;
  guideHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const counts = campaign.entryCounts ?? {};
  return (
    <Stack gap="md">
      <CampaignStatusActions campaign={campaign} editHref={editHref} />
      <Group gap={6} aria-label={t('campaigns.console.countsLabel')} role="group">
        {campaignEntryStatuses
          .filter((status) => (counts[status] ?? 0) > 0)
          .map((status) => (
            <Badge key={status} variant="outline" color="gray">
              {t(`campaigns.entryStatus.${status}`)}: {counts[status]}
            </Badge>
          ))}
      </Group>
      <CampaignSummary campaign={campaign} guideHref={guideHref} />
      <Tabs defaultValue="entries" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="entries">{t('campaigns.console.entriesTab')}</Tabs.Tab>
          <Tabs.Tab value="screen">{t('campaigns.console.screenTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="entries" pt="md">
          <CampaignEntries
            campaign={campaign}
            party="staff"
            emptyTitle={t('campaigns.entries.emptyStaff')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="screen" pt="md">
          <EligibleProducts campaign={campaign} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
