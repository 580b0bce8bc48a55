import type {
  CampaignEntry,
  CampaignEntryPage,
  CampaignEntryStatus,
  ListCampaignEntriesQuery,
  UpdateCampaignEntryBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx, Tx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  fieldError,
  forbidden,
  invalidState,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { invalidTransition } from '../market-guides/invalid-transition.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { findOrganizationById } from '../organizations/organizations.repository.ts';
import { productPolicy } from '../products/products.policy.ts';
import type { SamplesService } from '../samples/samples.service.ts';
import {
  findEntry,
  findUserRecipient,
  listEntries,
  listReorders,
  updateEntryVersioned,
  type EntryWithProduct,
  type NewCampaignEntryRow,
} from './campaign-entries.repository.ts';
import { createApplications, screen } from './campaign-applications.ts';
import { createReorders } from './campaign-reorders.ts';
import { toEntryDto } from './campaigns.dto.ts';
import { campaignMessages, producerMessageFor } from './campaigns.messages.ts';
import { notifyAboutEntry } from './campaigns.notify.ts';
import { campaignPolicy as policy } from './campaigns.policy.ts';
import {
  findCampaignById,
  findProductsForEntry,
  type CampaignRow,
} from './campaigns.repository.ts';
import { loadVisibleCampaign, requireBrowser } from './campaigns.service.ts';

type Deps = {
  db: Db;
  publicUrl: string;
  /** The samples module makes the sample step's real request (campaigns with a retailer org). */
  samples: Pick<SamplesService, 'createWithin'>;
};

const missing = (path: string, vi: string, en: string) =>
  fieldError('VALIDATION_FAILED', path, { vi, en });

const timestampFor: Partial<Record<CampaignEntryStatus, keyof NewCampaignEntryRow>> = {
  applied: 'appliedAt',
  shortlisted: 'shortlistedAt',
  selected: 'selectedAt',
  sample_requested: 'sampleRequestedAt',
  listed: 'listedAt',
  rejected: 'endedAt',
  withdrawn: 'endedAt',
};

export function createCampaignEntriesService({ db, publicUrl, samples }: Deps) {
  async function dto(tx: DbOrTx, campaignId: string, entryId: string, withReorders = false) {
    const row = await findEntry(tx, campaignId, entryId);
    return toEntryDto(row!, withReorders ? await listReorders(tx, entryId) : undefined);
  }

  /** An entry the actor may see (its producer or staff), or a 404 like a missing one. */
  async function loadEntry(tx: DbOrTx, actor: Actor, campaignId: string, entryId: string) {
    const row = await findEntry(tx, campaignId, entryId, { forUpdate: true });
    if (!row || !(policy.canManage(actor) || policy.ownsEntry(actor, row.entry))) {
      throw notFound('Campaign entry');
    }
    return row;
  }

  async function notifyCoordinator(
    tx: DbOrTx,
    campaign: CampaignRow,
    entry: EntryWithProduct,
    withdrew: boolean,
    note?: string | null,
  ) {
    await notifyAboutEntry(
      tx,
      await findUserRecipient(tx, campaign.createdBy),
      withdrew ? campaignMessages.producerWithdrew : campaignMessages.producerApplied,
      { campaign, entry, publicUrl, values: { note: note ?? '' } },
    );
  }

  /**
   * The sample step of a campaign whose retailer is a member: a real sample request of the
   * entry's product from its producer, in the retailer organization's name and asked by the
   * coordinator, through the samples module (its rules, audit and notification to the producer).
   * The producer then accepts and ships it, and the retailer evaluates it, on the samples pages.
   * Without a retailer organization the step only records that the centre asked for samples
   * offline.
   */
  async function requestSample(
    tx: Tx,
    actor: Actor,
    campaign: CampaignRow,
    retailerOrgId: string,
    row: EntryWithProduct,
    body: UpdateCampaignEntryBody,
    requestId: string | undefined,
  ): Promise<string> {
    if (body.quantity === undefined) {
      throw missing('/quantity', 'Hãy ghi số lượng mẫu', 'Give the sample quantity');
    }
    if (body.unit === undefined) {
      throw missing('/unit', 'Hãy chọn đơn vị', 'Give the unit');
    }
    const retailer = await findOrganizationById(tx, retailerOrgId);
    if (!policy.isRetailerOrg(retailer)) {
      throw invalidState(
        "The campaign's retailer organization is no longer a verified distributor: change it or clear it first",
      );
    }
    const deliveryAddress = body.deliveryAddress ?? retailer.address;
    if (!deliveryAddress) {
      throw missing(
        '/deliveryAddress',
        'Nhà bán lẻ chưa có địa chỉ: hãy ghi địa chỉ nhận mẫu',
        'The retailer has no address on file: give the delivery address',
      );
    }
    const note = body.note?.trim();
    const sample = await samples.createWithin(
      tx,
      { distributorOrgId: retailerOrgId, requestedBy: actor.id },
      {
        productId: row.entry.productId,
        quantity: body.quantity,
        unit: body.unit,
        deliveryAddress,
        note: note ? `${campaign.titleVi}\n${note}` : campaign.titleVi,
      },
      requestId,
    );
    return sample.id;
  }

  return {
    ...createApplications({ db, publicUrl, notifyCoordinator }),
    ...createReorders({ db, publicUrl, loadEntry }),

    /** Staff: every entry; producers: their organization's own; others: 403. */
    async list(actor: Actor, query: ListCampaignEntriesQuery): Promise<CampaignEntryPage> {
      requireBrowser(actor);
      if (!policy.canManage(actor) && !policy.isProducer(actor)) {
        throw forbidden('Entries are shown to their producer and the centre only');
      }
      if (query.campaignId) {
        await loadVisibleCampaign(db, actor, query.campaignId);
      }
      const { items, total } = await listEntries(db, {
        ...query,
        producerOrgId: policy.canManage(actor) ? undefined : actor.organizationId!,
      });
      return {
        items: items.map((r) => toEntryDto(r)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    async get(actor: Actor, campaignId: string, entryId: string): Promise<CampaignEntry> {
      const row = await findEntry(db, campaignId, entryId);
      if (!row || !(policy.canManage(actor) || policy.ownsEntry(actor, row.entry))) {
        throw notFound('Campaign entry');
      }
      return toEntryDto(row, await listReorders(db, entryId));
    },

    /**
     * One step of an entry. A status this party never sets is a 403; one it may set, but not
     * from the current status, is a 409 INVALID_TRANSITION listing what it may do now.
     */
    async update(
      actor: Actor,
      campaignId: string,
      entryId: string,
      body: UpdateCampaignEntryBody,
      requestId?: string,
    ): Promise<CampaignEntry> {
      const party = policy.party(actor);
      if (!party) {
        throw forbidden('Entries are moved by their producer and the centre only');
      }
      return db.transaction(async (tx) => {
        const campaign = await findCampaignById(tx, campaignId, { forShare: true });
        const row = campaign ? await loadEntry(tx, actor, campaignId, entryId) : undefined;
        if (!campaign || !row) {
          throw notFound('Campaign entry');
        }
        const { entry } = row;
        if (entry.version !== body.version) {
          throw versionConflict(entry.version);
        }
        const to = body.status;
        if (!policy.everSets(to, party)) {
          throw forbidden(
            `Only ${party === 'staff' ? 'the producer' : 'coordinators'} can do this`,
          );
        }
        const allowed = policy.nextStatuses(entry.status, party);
        if (!allowed.includes(to)) {
          throw invalidTransition(`An ${entry.status} entry cannot become ${to}`, allowed);
        }
        if (party === 'producer' && campaign.status === 'completed') {
          throw invalidState('The campaign is completed');
        }
        const changes: Partial<NewCampaignEntryRow> = { status: to };
        if (to === 'applied') {
          if (!policy.acceptsApplications(campaign)) {
            throw invalidState('This campaign is not taking applications any more');
          }
          const [found] = await findProductsForEntry(tx, [entry.productId]);
          if (!found || !productPolicy.isPublic(found.product, found.producerVerified)) {
            throw invalidState('Only published products can be entered');
          }
          Object.assign(
            changes,
            (await screen(tx, campaign, [found.product])).get(found.product.id),
          );
        }
        // With a retailer organization the sample step makes the real request (without one the
        // centre handles samples offline). Locked entry, checked version: a repeated or
        // concurrent step is a 409, so one request per entry.
        if (
          to === 'sample_requested' &&
          campaign.retailerOrgId !== null &&
          entry.sampleRequestId === null
        ) {
          changes.sampleRequestId = await requestSample(
            tx,
            actor,
            campaign,
            campaign.retailerOrgId,
            row,
            body,
            requestId,
          );
        }
        const note = body.note?.trim() || null;
        Object.assign(changes, {
          [timestampFor[to]!]: new Date(),
          ...(note ? (party === 'staff' ? { decisionNote: note } : { note }) : {}),
        });
        const updated = await updateEntryVersioned(tx, entryId, entry.version, changes);
        await writeAudit(tx, {
          actorId: actor.id,
          action: `campaign_entry.${to}`,
          entityType: 'campaign_entry',
          entityId: entryId,
          before: { status: entry.status, version: entry.version },
          after: {
            status: to,
            version: updated!.version,
            note,
            ...(changes.sampleRequestId ? { sampleRequestId: changes.sampleRequestId } : {}),
          },
          requestId,
        });
        const step = producerMessageFor[to];
        if (party === 'staff' && step) {
          await notifyAboutEntry(
            tx,
            await findOrganizationRecipients(tx, entry.producerOrgId),
            step.message,
            { campaign, entry: row, email: step.email, publicUrl, values: { note: note ?? '' } },
          );
        } else if (party === 'producer') {
          await notifyCoordinator(tx, campaign, row, to === 'withdrawn', note);
        }
        return dto(tx, campaignId, entryId);
      });
    },
  };
}

export type CampaignEntriesService = ReturnType<typeof createCampaignEntriesService>;
