import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  ApplyToCampaignBody,
  Campaign,
  CampaignEntry,
  CampaignEntryPage,
  CampaignEntryStatus,
  CampaignPage,
  CampaignStatus,
  CreateCampaignBody,
  EligibleProduct,
  EligibleProductPage,
  InvitationResult,
  InviteToCampaignBody,
  RecordReorderBody,
  UpdateCampaignBody,
  UpdateCampaignEntryBody,
} from '@ketnoi/shared';
import { api } from '@/lib/api-client';

export type { Campaign, CampaignEntry, CampaignEntryStatus, CampaignStatus, EligibleProduct };

/** The lists the screens iterate over, checked against the shared types. */
export const campaignStatuses = [
  'draft',
  'open',
  'closed',
  'completed',
] as const satisfies readonly CampaignStatus[];

export const campaignEntryStatuses = [
  'invited',
  'applied',
  'shortlisted',
  'selected',
  'sample_requested',
  'listed',
  'rejected',
  'withdrawn',
] as const satisfies readonly CampaignEntryStatus[];

export const CAMPAIGNS_PAGE_SIZE = 20;
export const ENTRIES_PAGE_SIZE = 20;

const campaignPath = (id: string) => `/campaigns/${encodeURIComponent(id)}`;
const entryPath = (campaignId: string, entryId: string) =>
  `${campaignPath(campaignId)}/entries/${encodeURIComponent(entryId)}`;

export const campaignsQueryKey = ['campaigns'] as const;

export type CampaignsParams = { status?: CampaignStatus | null; page?: number };

export const getCampaignsQueryOptions = ({ status = null, page = 1 }: CampaignsParams) =>
  queryOptions({
    queryKey: [...campaignsQueryKey, 'list', { status, page }],
    queryFn: ({ signal }) =>
      api.get<CampaignPage>('/campaigns', {
        params: { status, page, limit: CAMPAIGNS_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });

export const useCampaigns = (params: CampaignsParams) => useQuery(getCampaignsQueryOptions(params));

export const campaignQueryKey = (id: string) => [...campaignsQueryKey, 'one', id] as const;

export const useCampaign = (id: string) =>
  useQuery({
    queryKey: campaignQueryKey(id),
    queryFn: ({ signal }) => api.get<Campaign>(campaignPath(id), { signal }),
  });

/** Pre-screen (coordinators): the public catalogue against the criteria, each product's gaps. */
export const useEligibleProducts = (
  id: string,
  { filter, page }: { filter: 'eligible' | 'all'; page: number },
  enabled = true,
) =>
  useQuery({
    queryKey: [...campaignsQueryKey, 'eligible', id, { filter, page }],
    queryFn: ({ signal }) =>
      api.get<EligibleProductPage>(`${campaignPath(id)}/eligible`, {
        params: { filter, page, limit: ENTRIES_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** A campaign's entries (coordinators: all; a producer: its own). */
export const useCampaignEntries = (
  id: string,
  { status = null, page = 1 }: { status?: CampaignEntryStatus | null; page?: number },
) =>
  useQuery({
    queryKey: [...campaignsQueryKey, 'entries', id, { status, page }],
    queryFn: ({ signal }) =>
      api.get<CampaignEntryPage>(`${campaignPath(id)}/entries`, {
        params: { status, page, limit: ENTRIES_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The producer's own entries across campaigns. */
export const useMyCampaignEntries = (page = 1, enabled = true) =>
  useQuery({
    queryKey: [...campaignsQueryKey, 'entries', 'mine', { page }],
    queryFn: ({ signal }) =>
      api.get<CampaignEntryPage>('/campaigns/entries', {
        params: { page, limit: ENTRIES_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });

/** One entry with its reorders. */
export const useCampaignEntry = (campaignId: string, entryId: string, enabled = true) =>
  useQuery({
    queryKey: [...campaignsQueryKey, 'entry', campaignId, entryId],
    queryFn: ({ signal }) => api.get<CampaignEntry>(entryPath(campaignId, entryId), { signal }),
    enabled,
  });

/** Anything a campaign shows may change with one step: refetch the campaign's lists and counts. */
function useInvalidateCampaigns() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: campaignsQueryKey });
}

function useCampaignMutation<V, R>(mutationFn: (variables: V) => Promise<R>) {
  const invalidate = useInvalidateCampaigns();
  return useMutation({ mutationFn, onSuccess: invalidate });
}

export const useCreateCampaign = () =>
  useCampaignMutation((data: CreateCampaignBody) => api.post<Campaign>('/campaigns', data));

export const useUpdateCampaign = () =>
  useCampaignMutation(({ id, data }: { id: string; data: UpdateCampaignBody }) =>
    api.patch<Campaign>(campaignPath(id), data),
  );

/** draft → open → closed → completed, one step at a time. */
export const useCampaignTransition = () =>
  useCampaignMutation(
    ({
      id,
      action,
      version,
    }: {
      id: string;
      action: 'open' | 'close' | 'complete';
      version: number;
    }) => api.post<Campaign>(`${campaignPath(id)}/${action}`, { version }),
  );

export const useApplyToCampaign = () =>
  useCampaignMutation(({ id, data }: { id: string; data: ApplyToCampaignBody }) =>
    api.post<CampaignEntry>(`${campaignPath(id)}/entries`, data),
  );

export const useInviteToCampaign = () =>
  useCampaignMutation(({ id, data }: { id: string; data: InviteToCampaignBody }) =>
    api.post<InvitationResult>(`${campaignPath(id)}/invitations`, data),
  );

/**
 * One step of an entry, at the version it was read at. `sample` is the sample request the step
 * makes when the campaign has a retailer organization.
 */
export const useUpdateCampaignEntry = () =>
  useCampaignMutation(
    ({
      campaignId,
      entryId,
      version,
      status,
      note,
      sample,
    }: {
      campaignId: string;
      entryId: string;
      version: number;
      status: CampaignEntryStatus;
      note?: string | null;
      sample?: Pick<UpdateCampaignEntryBody, 'quantity' | 'unit' | 'deliveryAddress'>;
    }) =>
      api.patch<CampaignEntry>(entryPath(campaignId, entryId), {
        version,
        status,
        note,
        ...sample,
      }),
  );

export const useRecordReorder = () =>
  useCampaignMutation(
    ({
      campaignId,
      entryId,
      data,
    }: {
      campaignId: string;
      entryId: string;
      data: RecordReorderBody;
    }) => api.post<CampaignEntry>(`${entryPath(campaignId, entryId)}/reorders`, data),
  );

/**
 * Who may move an entry from each status to which (the server's `entryTransitions`): producers
 * answer invitations and may withdraw until listed; every other step is the coordinator's.
 */
export const entryTransitions: Record<
  CampaignEntryStatus,
  Partial<Record<Exclude<CampaignEntryStatus, 'invited'>, 'producer' | 'staff'>>
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

/** A status an entry can be moved to (nobody moves one back to `invited`). */
export type EntryStep = Exclude<CampaignEntryStatus, 'invited'>;

export const nextStatuses = (from: CampaignEntryStatus, party: 'producer' | 'staff') =>
  (Object.entries(entryTransitions[from]) as [EntryStep, 'producer' | 'staff'][])
    .filter(([, who]) => who === party)
    .map(([to]) => to);
