import type {
  Campaign,
  CampaignPage,
  CampaignStatus,
  CreateCampaignBody,
  EligibleProductPage,
  EligibleProductsQuery,
  ListCampaignsQuery,
  ProductFacts,
  UpdateCampaignBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  fieldError,
  forbidden,
  invalidState,
  notFound,
  versionConflict,
} from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { invalidTransition } from '../market-guides/invalid-transition.ts';
import { findMarketGuideById } from '../market-guides/market-guides.repository.ts';
import { readinessFactsOf } from '../market-guides/market-guides.requirements.ts';
import { gapsOf, marketReadiness } from '../market-guides/market-readiness.ts';
import {
  findOrganizationById,
  type OrganizationRow,
} from '../organizations/organizations.repository.ts';
import { campaignRequirements, eligibilityCriteriaOf, toCampaignDto } from './campaigns.dto.ts';
import { toCampaignColumns } from './campaigns.input.ts';
import { campaignPolicy as policy, campaignTransitions } from './campaigns.policy.ts';
import {
  countEntriesByStatus,
  findCampaignById,
  insertCampaign,
  listCampaigns,
  listScreenedProducts,
  updateCampaignVersioned,
  type CampaignRow,
  type NewCampaignRow,
} from './campaigns.repository.ts';

type Deps = { db: Db };

const requireManager = (actor: Actor) => {
  if (!policy.canManage(actor)) {
    throw forbidden('Only coordinators run campaigns');
  }
};

export const requireBrowser = (actor: Actor) => {
  if (!policy.canBrowse(actor)) {
    throw forbidden('Campaigns are open to verified producers and distributors');
  }
};

/** A campaign the actor may see, or the 404 a stranger gets for a draft. */
export async function loadVisibleCampaign(
  db: DbOrTx,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean; forShare?: boolean } = {},
): Promise<CampaignRow> {
  requireBrowser(actor);
  const campaign = await findCampaignById(db, id, options);
  if (!campaign || !policy.canSee(actor, campaign)) {
    throw notFound('Campaign');
  }
  return campaign;
}

async function checkGuide(db: DbOrTx, guideId: string | null | undefined) {
  if (guideId && !(await findMarketGuideById(db, guideId))) {
    throw fieldError('VALIDATION_FAILED', '/marketGuideId', {
      vi: 'Không tìm thấy hướng dẫn thị trường này',
      en: 'There is no such market guide',
    });
  }
}

/**
 * The retailer's organization, when it is a member: a verified distributor (the retailer or its
 * importer), in whose name the sample step requests samples.
 */
async function requireRetailerOrg(db: DbOrTx, orgId: string): Promise<OrganizationRow> {
  const org = await findOrganizationById(db, orgId);
  if (!policy.isRetailerOrg(org)) {
    throw fieldError('VALIDATION_FAILED', '/retailerOrgId', {
      vi: 'Nhà bán lẻ phải là một doanh nghiệp phân phối đã được xác minh trên nền tảng',
      en: 'The retailer must be a verified distributor organization of the platform',
    });
  }
  return org;
}

const stamp: Partial<Record<CampaignStatus, keyof CampaignRow>> = {
  open: 'openedAt',
  closed: 'closedAt',
  completed: 'completedAt',
};

export function createCampaignsService({ db }: Deps) {
  return {
    async list(actor: Actor, query: ListCampaignsQuery): Promise<CampaignPage> {
      requireBrowser(actor);
      const scope = policy.canManage(actor) ? 'all' : 'visible';
      if (scope === 'visible' && query.status === 'draft') {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const { items, total } = await listCampaigns(db, { scope, ...query });
      return {
        items: items.map((c) => toCampaignDto(c)),
        total,
        page: query.page,
        limit: query.limit,
      };
    },

    async get(actor: Actor, id: string): Promise<Campaign> {
      const campaign = await loadVisibleCampaign(db, actor, id);
      return toCampaignDto(
        campaign,
        policy.canManage(actor) ? await countEntriesByStatus(db, id) : undefined,
      );
    },

    async create(actor: Actor, body: CreateCampaignBody, requestId?: string): Promise<Campaign> {
      requireManager(actor);
      const columns = toCampaignColumns(body);
      return db.transaction(async (tx) => {
        await checkGuide(tx, body.marketGuideId);
        if (body.retailerOrgId) {
          await requireRetailerOrg(tx, body.retailerOrgId);
        }
        const campaign = await insertCampaign(tx, {
          ...(columns as NewCampaignRow),
          status: 'draft',
          createdBy: actor.id,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'campaign.create',
          entityType: 'campaign',
          entityId: campaign.id,
          after: campaign,
          requestId,
        });
        return toCampaignDto(campaign);
      });
    },

    /** Criteria may change while open; entries keep the gaps recorded when they entered. */
    async update(
      actor: Actor,
      id: string,
      body: UpdateCampaignBody,
      requestId?: string,
    ): Promise<Campaign> {
      requireManager(actor);
      const { version, ...changes } = body;
      return db.transaction(async (tx) => {
        const campaign = await findCampaignById(tx, id, { forUpdate: true });
        if (!campaign) {
          throw notFound('Campaign');
        }
        if (campaign.version !== version) {
          throw versionConflict(campaign.version);
        }
        if (campaign.status === 'completed') {
          throw invalidState('A completed campaign can no longer be edited');
        }
        await checkGuide(tx, changes.marketGuideId);
        // Checked when it changes: an unchanged one does not block editing the rest.
        if (changes.retailerOrgId && changes.retailerOrgId !== campaign.retailerOrgId) {
          await requireRetailerOrg(tx, changes.retailerOrgId);
        }
        const updated = await updateCampaignVersioned(
          tx,
          id,
          version,
          toCampaignColumns(changes, campaign),
        );
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'campaign.update',
          entityType: 'campaign',
          entityId: id,
          before: campaign,
          after: updated,
          requestId,
        });
        return toCampaignDto(updated!);
      });
    },

    /** open, close, complete: one step forward at a time. */
    async transition(
      actor: Actor,
      id: string,
      version: number,
      to: CampaignStatus,
      requestId?: string,
    ): Promise<Campaign> {
      requireManager(actor);
      return db.transaction(async (tx) => {
        const campaign = await findCampaignById(tx, id, { forUpdate: true });
        if (!campaign) {
          throw notFound('Campaign');
        }
        if (campaign.version !== version) {
          throw versionConflict(campaign.version);
        }
        const allowed = campaignTransitions[campaign.status];
        if (!allowed.includes(to)) {
          throw invalidTransition(`A ${campaign.status} campaign cannot become ${to}`, allowed);
        }
        if (to === 'open' && campaign.applicationDeadline < todayInVietnam()) {
          throw invalidState('The application deadline has passed: move it before opening');
        }
        const updated = await updateCampaignVersioned(tx, id, version, {
          status: to,
          [stamp[to]!]: new Date(),
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: `campaign.${to}`,
          entityType: 'campaign',
          entityId: id,
          before: { status: campaign.status, version: campaign.version },
          after: { status: to, version: updated!.version },
          requestId,
        });
        return toCampaignDto(updated!);
      });
    },

    /**
     * The public catalogue screened against the campaign: SQL keeps (or orders) by the blocker
     * criteria over the whole catalogue, then only the page's products get their full checklist.
     */
    async eligible(
      actor: Actor,
      id: string,
      query: EligibleProductsQuery,
    ): Promise<EligibleProductPage> {
      requireManager(actor);
      const campaign = await findCampaignById(db, id);
      if (!campaign) {
        throw notFound('Campaign');
      }
      const today = todayInVietnam();
      const { items, total } = await listScreenedProducts(db, {
        campaignId: id,
        criteria: eligibilityCriteriaOf(campaign),
        today,
        onlyEligible: (query.filter ?? 'eligible') === 'eligible',
        page: query.page,
        limit: query.limit,
      });
      const facts = await readinessFactsOf(
        db,
        items.map((i) => ({
          productId: i.productId,
          organizationId: i.producerOrgId,
          facts: i.facts as ProductFacts,
        })),
        today,
      );
      const requirements = campaignRequirements(campaign);
      return {
        items: items.map((item) => {
          const found = facts.get(item.productId)!;
          const readiness = marketReadiness(requirements, found.facts);
          const f = item.facts!;
          return {
            product: {
              id: item.productId,
              nameVi: f.nameVi,
              nameEn: f.nameEn,
              ocopGroup: f.ocopGroup,
              category: f.category,
              ocopStars: f.ocopStars,
              unit: f.unit,
              moq: f.moq,
              shelfLifeDays: f.shelfLifeDays,
            },
            producer: {
              id: item.producerOrgId,
              name: item.producerName,
              province: item.producerProvince,
            },
            certifications: found.certifications,
            eligible: readiness.ready,
            gaps: gapsOf(readiness),
            entry:
              item.entryId && item.entryStatus
                ? { id: item.entryId, status: item.entryStatus }
                : null,
          };
        }),
        total,
        page: query.page,
        limit: query.limit,
      };
    },
  };
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
