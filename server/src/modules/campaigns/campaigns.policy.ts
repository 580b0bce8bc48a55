import type { CampaignEntryStatus, CampaignStatus } from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import type { CampaignRow } from './campaigns.repository.ts';

type Party = 'producer' | 'staff';

/**
 * Who may move an entry from each status to which. Producers answer invitations and may withdraw
 * until listed; every other step is the coordinator's. `listed`, `rejected` and `withdrawn` end it.
 */
export const entryTransitions: Record<
  CampaignEntryStatus,
  Partial<Record<CampaignEntryStatus, Party>>
> = {
  invited: { applied: 'producer', withdrawn: 'producer', rejected: 'staff' },
  applied: { shortlisted: 'staff', rejected: 'staff', withdrawn: 'producer' },
  shortlisted: { selected: 'staff', rejected: 'staff', withdrawn: 'producer' },
  selected: {
    sample_requested: 'staff',
    listed: 'staff',
    rejected: 'staff',
    withdrawn: 'producer',
  },
  sample_requested: { listed: 'staff', rejected: 'staff', withdrawn: 'producer' },
  listed: {},
  rejected: {},
  withdrawn: {},
};

/** draft → open → closed → completed, one step at a time. */
export const campaignTransitions: Record<CampaignStatus, CampaignStatus[]> = {
  draft: ['open'],
  open: ['closed'],
  closed: ['completed'],
  completed: [],
};

/** Every rule about who may see or change a campaign and its entries, in one place. */
export const campaignPolicy = {
  canManage: (actor: Actor | null) => isStaff(actor),

  /** Verified producers and distributors see campaigns that are not drafts; staff see all. */
  canBrowse: (actor: Actor) =>
    isStaff(actor) ||
    ((actor.role === 'producer' || actor.role === 'distributor') &&
      actor.organizationStatus === 'verified'),

  canSee: (actor: Actor, campaign: Pick<CampaignRow, 'status'>) =>
    isStaff(actor) || campaign.status !== 'draft',

  /** Producers of a verified organization enter their own products. */
  isProducer: (actor: Actor) => actor.role === 'producer' && actor.organizationId !== null,

  ownsEntry: (actor: Actor, entry: { producerOrgId: string }) =>
    actor.role === 'producer' && actor.organizationId === entry.producerOrgId,

  /** A campaign's retailer organization: a verified distributor (the retailer or its importer). */
  isRetailerOrg: <T extends { kind: string; verificationStatus: string }>(
    org: T | undefined,
  ): org is T => org?.kind === 'distributor' && org.verificationStatus === 'verified',

  /** Open and the deadline (inclusive, in Vietnam) not passed. */
  acceptsApplications: (
    campaign: Pick<CampaignRow, 'status' | 'applicationDeadline'>,
    today: string = todayInVietnam(),
  ) => campaign.status === 'open' && campaign.applicationDeadline >= today,

  party: (actor: Actor): Party | null =>
    isStaff(actor) ? 'staff' : actor.role === 'producer' ? 'producer' : null,

  /** The statuses this party may move an entry to from `from`. */
  nextStatuses: (from: CampaignEntryStatus, party: Party): CampaignEntryStatus[] =>
    (Object.entries(entryTransitions[from]) as [CampaignEntryStatus, Party][])
      .filter(([, who]) => who === party)
      .map(([to]) => to),

  /** Whether this party ever sets `to` (otherwise asking for it is a 403, not a 409). */
  everSets: (to: CampaignEntryStatus, party: Party) =>
    Object.values(entryTransitions).some((next) => next[to] === party),
};
