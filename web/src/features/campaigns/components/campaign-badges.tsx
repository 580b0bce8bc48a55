import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CampaignEntryStatus, CampaignStatus } from '../api/campaigns';

const campaignColors: Record<CampaignStatus, string> = {
  draft: 'gray',
  open: 'green',
  closed: 'yellow',
  completed: 'dark',
};

const entryColors: Record<CampaignEntryStatus, string> = {
  invited: 'cyan',
  applied: 'blue',
  shortlisted: 'indigo',
  selected: 'grape',
  sample_requested: 'orange',
  listed: 'green',
  rejected: 'red',
  withdrawn: 'gray',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={campaignColors[status]} variant="light">
      {t(`campaigns.status.${status}`)}
    </Badge>
  );
}

export function EntryStatusBadge({ status }: { status: CampaignEntryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={entryColors[status]} variant="light">
      {t(`campaigns.entryStatus.${status}`)}
    </Badge>
  );
}
