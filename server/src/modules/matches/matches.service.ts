import {
  introducedMatchStatuses,
  isIntroducedStatus,
  type ApproveMatchBody,
  type BulkApproveMatchesBody,
  type CreateMatchBody,
  type ListDemandMatchesQuery,
  type ListMatchesQuery,
  type Match,
  type MatchPage,
  type MatchStatus,
  type RejectMatchBody,
  type UpdateMatchBody,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import { isStaff, type Actor } from '../../lib/actor.ts';
import { AppError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { scoreOnePair } from '../matching/matching.service.ts';
import { resolveProvinceField } from '../organizations/organizations.input.ts';
import { requireReason } from '../organizations/organizations.service.ts';
import { productPolicy } from '../products/products.policy.ts';
import { findProductWithProducer } from '../products/products.repository.ts';
import { bulkApproveMatches, decideMatch } from './match-decisions.ts';
import { moveMatch } from './match-pipeline.ts';
import { toMatchDto } from './matches.dto.ts';
import { matchPolicy as policy } from './matches.policy.ts';
import {
  findDemandRef,
  findMatchIdByPair,
  findMatchView,
  insertMatchIfNew,
  listMatchViews,
  type MatchFilter,
  type MatchScope,
} from './matches.repository.ts';

type Deps = { db: Db; publicUrl: string };

const emptyPage = (query: { page: number; limit: number }): MatchPage => ({
  items: [],
  total: 0,
  page: query.page,
  limit: query.limit,
});

/**
 * Which statuses a list may hold for `actor`: staff any (the approval queue by default), a party
 * only those from `introduced` on. `null`: the asked status is one the actor never sees.
 */
function visibleStatuses(
  actor: Actor,
  asked: MatchStatus | undefined,
  staffDefault: readonly MatchStatus[] | undefined,
): readonly MatchStatus[] | undefined | null {
  if (isStaff(actor)) {
    return asked ? [asked] : staffDefault;
  }
  if (asked) {
    return isIntroducedStatus(asked) ? [asked] : null;
  }
  return introducedMatchStatuses;
}

/** A producer or distributor sees its own side's matches; staff every match; anyone else none. */
function scopeOf(actor: Actor): MatchScope | null {
  if (isStaff(actor)) {
    return { kind: 'all' };
  }
  if (
    actor.organizationId !== null &&
    (actor.role === 'producer' || actor.role === 'distributor')
  ) {
    return { kind: actor.role, organizationId: actor.organizationId };
  }
  return null;
}

export function createMatchesService(deps: Deps) {
  const { db } = deps;

  async function page(actor: Actor, filter: MatchFilter): Promise<MatchPage> {
    const { items, total } = await listMatchViews(db, filter);
    return {
      items: items.map((view) => toMatchDto(view, actor)),
      total,
      page: filter.page,
      limit: filter.limit,
    };
  }

  return {
    /** The coordinators' approval queue, or a party's own introduced matches. */
    async list(actor: Actor, query: ListMatchesQuery): Promise<MatchPage> {
      const scope = scopeOf(actor);
      const statuses = visibleStatuses(actor, query.status, ['proposed']);
      if (!scope || statuses === null) {
        return emptyPage(query);
      }
      return page(actor, {
        scope,
        statuses,
        minScore: query.minScore,
        demandId: query.demandId,
        provinceCode:
          query.province === undefined
            ? undefined
            : resolveProvinceField(query.province, '/query/province'),
        market: query.market?.toUpperCase(),
        page: query.page,
        limit: query.limit,
      });
    },

    /**
     * `GET /demands/:id/matches`: coordinators see every match of the demand (proposals, pools,
     * decisions); the demand's distributor those from `introduced` on. Producers never list a
     * demand's matches (403); another distributor gets the 404 of a missing demand.
     */
    async listForDemand(
      actor: Actor,
      demandId: string,
      query: ListDemandMatchesQuery,
    ): Promise<MatchPage> {
      if (!isStaff(actor) && actor.role !== 'distributor') {
        throw forbidden("Only coordinators and the demand's distributor list its matches");
      }
      const demand = await findDemandRef(db, demandId);
      if (!demand || (!isStaff(actor) && demand.distributorOrgId !== actor.organizationId)) {
        throw notFound('Demand');
      }
      const statuses = visibleStatuses(actor, query.status, undefined);
      if (statuses === null) {
        return emptyPage(query);
      }
      return page(actor, {
        scope: { kind: 'all' },
        statuses,
        demandId,
        page: query.page,
        limit: query.limit,
      });
    },

    async get(actor: Actor, id: string): Promise<Match> {
      const view = await findMatchView(db, id);
      if (!view || !policy.canView(actor, view.match)) {
        throw notFound('Match');
      }
      return toMatchDto(view, actor);
    },

    /**
     * A coordinator pairs a demand with a product by hand. The pair is scored like the engine's and
     * waits as `proposed` for approval (by this or another coordinator). Only an open demand and a
     * public product can be paired; an existing pair is a 409 MATCH_EXISTS naming it.
     */
    async propose(actor: Actor, body: CreateMatchBody, requestId?: string): Promise<Match> {
      if (!policy.canDecide(actor)) {
        throw forbidden('Only coordinators propose matches');
      }
      return db.transaction(async (tx) => {
        const demand = await findDemandRef(tx, body.demandId);
        if (!demand) {
          throw notFound('Demand');
        }
        if (demand.status !== 'open') {
          throw invalidState(`Matches are proposed for open demands; this one is ${demand.status}`);
        }
        const found = await findProductWithProducer(tx, body.productId);
        if (!found) {
          throw notFound('Product');
        }
        if (
          !productPolicy.isPublic(found.product, found.producer.verificationStatus === 'verified')
        ) {
          throw invalidState('Only published products of verified producers can be proposed');
        }
        const existing = await findMatchIdByPair(tx, body.demandId, body.productId);
        const exists = () =>
          new AppError('MATCH_EXISTS', 'This demand and product are already matched', {
            data: { matchId: existing?.id },
          });
        if (existing) {
          throw exists();
        }
        const scored = await scoreOnePair(tx, {
          demandId: body.demandId,
          productId: body.productId,
        });
        const inserted = await insertMatchIfNew(tx, {
          demandId: body.demandId,
          productId: body.productId,
          distributorOrgId: demand.distributorOrgId,
          producerOrgId: found.product.producerOrgId,
          origin: 'coordinator',
          status: 'proposed',
          score: scored.score,
          breakdown: scored.breakdown,
          decisionNote: body.note?.trim() || null,
        });
        if (!inserted) {
          throw exists();
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'match.propose',
          entityType: 'match',
          entityId: inserted.id,
          after: inserted,
          requestId,
        });
        return toMatchDto((await findMatchView(tx, inserted.id))!, actor);
      });
    },

    approve: (actor: Actor, id: string, body: ApproveMatchBody, requestId?: string) =>
      decideMatch(
        deps,
        actor,
        id,
        { approve: true, note: body.note?.trim() || null, version: body.version },
        requestId,
      ),

    reject(actor: Actor, id: string, body: RejectMatchBody, requestId?: string): Promise<Match> {
      // Who may decide comes before what they wrote: a producer gets 403, not a lesson in reasons.
      if (!policy.canDecide(actor)) {
        throw forbidden('Only coordinators reject matches');
      }
      return decideMatch(
        deps,
        actor,
        id,
        { approve: false, note: requireReason(body.reason), version: body.version },
        requestId,
      );
    },

    bulkApprove: (actor: Actor, body: BulkApproveMatchesBody, requestId?: string) =>
      bulkApproveMatches(deps, actor, body, requestId),

    move: (actor: Actor, id: string, body: UpdateMatchBody, requestId?: string) =>
      moveMatch(deps, actor, id, body, requestId),
  };
}

export type MatchesService = ReturnType<typeof createMatchesService>;
