import type {
  ApplyToCampaignBody,
  CampaignEntry,
  InvitationResult,
  InviteToCampaignBody,
  ProductFacts,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { readinessFactsOf } from '../market-guides/market-guides.requirements.ts';
import { gapsOf, marketReadiness } from '../market-guides/market-readiness.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { productPolicy } from '../products/products.policy.ts';
import type { ProductRow } from '../products/products.repository.ts';
import {
  findEntriesByIds,
  findEntry,
  findEntryByProduct,
  insertEntries,
  updateEntryVersioned,
  type EntryWithProduct,
} from './campaign-entries.repository.ts';
import { campaignRequirements, toEntryDto } from './campaigns.dto.ts';
import { campaignMessages } from './campaigns.messages.ts';
import { notifyAboutEntry } from './campaigns.notify.ts';
import { campaignPolicy as policy } from './campaigns.policy.ts';
import {
  findCampaignById,
  findProductsForEntry,
  type CampaignRow,
} from './campaigns.repository.ts';
import { loadVisibleCampaign } from './campaigns.service.ts';

type Deps = {
  db: Db;
  publicUrl: string;
  /** Tells the coordinator running the campaign that a producer entered or left it. */
  notifyCoordinator: (
    tx: DbOrTx,
    campaign: CampaignRow,
    entry: EntryWithProduct,
    withdrew: boolean,
  ) => Promise<void>;
};

/** The gaps of public products against a campaign, as recorded on their entries. */
export async function screen(tx: DbOrTx, campaign: CampaignRow, rows: ProductRow[]) {
  const facts = await readinessFactsOf(
    tx,
    rows.map((p) => ({
      productId: p.id,
      organizationId: p.producerOrgId,
      facts: p.publicFacts as ProductFacts,
    })),
  );
  const requirements = campaignRequirements(campaign);
  return new Map(
    rows.map((p) => {
      const readiness = marketReadiness(requirements, facts.get(p.id)!.facts);
      return [p.id, { eligibleAtEntry: readiness.ready, gaps: gapsOf(readiness) }];
    }),
  );
}

/** How products get into a campaign: a producer applies, or a coordinator invites. */
export function createApplications({ db, publicUrl, notifyCoordinator }: Deps) {
  return {
    /** A producer enters one of its public products; a withdrawn entry may come back. */
    async apply(
      actor: Actor,
      campaignId: string,
      body: ApplyToCampaignBody,
      requestId?: string,
    ): Promise<CampaignEntry> {
      if (!policy.isProducer(actor)) {
        throw forbidden('Only producers apply with their products');
      }
      if (actor.organizationStatus !== 'verified') {
        throw new AppError(
          'ORGANIZATION_NOT_VERIFIED',
          'Your organization must be verified before it applies to campaigns',
        );
      }
      return db.transaction(async (tx) => {
        // A share lock: the campaign cannot close while the application is written.
        const campaign = await loadVisibleCampaign(tx, actor, campaignId, { forShare: true });
        if (!policy.acceptsApplications(campaign)) {
          throw invalidState('This campaign is not taking applications');
        }
        const [found] = await findProductsForEntry(tx, [body.productId]);
        const isPublic = found && productPolicy.isPublic(found.product, found.producerVerified);
        if (!found || (!isPublic && found.product.producerOrgId !== actor.organizationId)) {
          throw notFound('Product');
        }
        if (found.product.producerOrgId !== actor.organizationId) {
          throw forbidden('Only the producer that lists a product can enter it');
        }
        if (!isPublic) {
          throw invalidState('Only published products can be entered');
        }
        const screened = (await screen(tx, campaign, [found.product])).get(body.productId)!;
        const now = new Date();
        const existing = await findEntryByProduct(tx, campaignId, body.productId);
        let entryId: string;
        if (existing) {
          if (existing.status !== 'withdrawn') {
            throw invalidState(`This product is already in the campaign (${existing.status})`);
          }
          await updateEntryVersioned(tx, existing.id, existing.version, {
            ...screened,
            status: 'applied',
            note: body.note?.trim() || null,
            appliedAt: now,
            endedAt: null,
          });
          entryId = existing.id;
        } else {
          const [inserted] = await insertEntries(tx, [
            {
              ...screened,
              campaignId,
              productId: body.productId,
              producerOrgId: found.product.producerOrgId,
              origin: 'applied',
              status: 'applied',
              note: body.note?.trim() || null,
              appliedAt: now,
            },
          ]);
          if (!inserted) {
            throw invalidState('This product is already in the campaign');
          }
          entryId = inserted.id;
        }
        const row = await findEntry(tx, campaignId, entryId);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'campaign_entry.apply',
          entityType: 'campaign_entry',
          entityId: entryId,
          before: existing ? { status: existing.status } : undefined,
          after: { status: 'applied', productId: body.productId, gaps: screened.gaps.length },
          requestId,
        });
        await notifyCoordinator(tx, campaign, row!, false);
        return toEntryDto(row!);
      });
    },

    /** Coordinators invite public products; those already entered or not public are skipped. */
    async invite(
      actor: Actor,
      campaignId: string,
      body: InviteToCampaignBody,
      requestId?: string,
    ): Promise<InvitationResult> {
      if (!policy.canManage(actor)) {
        throw forbidden('Only coordinators invite products');
      }
      return db.transaction(async (tx) => {
        const campaign = await findCampaignById(tx, campaignId, { forShare: true });
        if (!campaign) {
          throw notFound('Campaign');
        }
        if (!policy.acceptsApplications(campaign)) {
          throw invalidState('Invitations are sent while the campaign takes applications');
        }
        const found = await findProductsForEntry(tx, body.productIds);
        const eligible = found
          .filter((f) => productPolicy.isPublic(f.product, f.producerVerified))
          .map((f) => f.product);
        const screened = await screen(tx, campaign, eligible);
        const now = new Date();
        const inserted = await insertEntries(
          tx,
          eligible.map((p) => ({
            ...screened.get(p.id)!,
            campaignId,
            productId: p.id,
            producerOrgId: p.producerOrgId,
            origin: 'invited' as const,
            status: 'invited' as const,
            note: body.note?.trim() || null,
            invitedBy: actor.id,
            invitedAt: now,
          })),
        );
        const rows = await findEntriesByIds(
          tx,
          inserted.map((e) => e.id),
        );
        for (const row of rows) {
          await writeAudit(tx, {
            actorId: actor.id,
            action: 'campaign_entry.invite',
            entityType: 'campaign_entry',
            entityId: row.entry.id,
            after: { status: 'invited', productId: row.product.id },
            requestId,
          });
          await notifyAboutEntry(
            tx,
            await findOrganizationRecipients(tx, row.entry.producerOrgId),
            campaignMessages.invited,
            { campaign, entry: row, publicUrl },
          );
        }
        const publicIds = new Set(eligible.map((p) => p.id));
        const invitedIds = new Set(inserted.map((e) => e.productId));
        return {
          invited: rows.map((r) => toEntryDto(r)),
          skipped: body.productIds
            .filter((id) => !invitedIds.has(id))
            .map((productId) => ({
              productId,
              reason: publicIds.has(productId)
                ? ('already_entered' as const)
                : ('not_public' as const),
            })),
        };
      });
    },
  };
}
