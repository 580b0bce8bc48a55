import type {
  CreateMarketGuideBody,
  ListMarketGuidesQuery,
  MarketChecklist,
  MarketGuide,
  MarketGuidePage,
  MarketGuideStatus,
  UpdateMarketGuideBody,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { productFacts } from '../products/products.input.ts';
import { productPolicy } from '../products/products.policy.ts';
import { findProductWithProducer } from '../products/products.repository.ts';
import { invalidTransition } from './invalid-transition.ts';
import { toMarketGuideDto } from './market-guides.dto.ts';
import { toMarketGuideColumns } from './market-guides.input.ts';
import { marketGuidePolicy as policy } from './market-guides.policy.ts';
import {
  findMarketGuideById,
  insertMarketGuide,
  listMarketGuides,
  updateMarketGuideVersioned,
  type NewMarketGuideRow,
} from './market-guides.repository.ts';
import { readinessFactsOf, readinessRequirementsOf } from './market-guides.requirements.ts';
import { marketReadiness } from './market-readiness.ts';

type Deps = { db: Db };

const requireManager = (actor: Actor) => {
  if (!policy.canManage(actor)) {
    throw forbidden('Only coordinators write market guides');
  }
};

export function createMarketGuidesService({ db }: Deps) {
  /** Publishes or unpublishes: draft ⇄ published, nothing else. */
  async function setStatus(
    actor: Actor,
    id: string,
    version: number,
    to: MarketGuideStatus,
    requestId?: string,
  ): Promise<MarketGuide> {
    requireManager(actor);
    return db.transaction(async (tx) => {
      const guide = await findMarketGuideById(tx, id, { forUpdate: true });
      if (!guide) {
        throw notFound('Market guide');
      }
      if (guide.version !== version) {
        throw versionConflict(guide.version);
      }
      if (guide.status === to) {
        throw invalidTransition(`The guide is already ${to}`, [
          to === 'published' ? 'draft' : 'published',
        ]);
      }
      const updated = await updateMarketGuideVersioned(tx, id, version, {
        status: to,
        ...(to === 'published' ? { publishedAt: new Date() } : {}),
      });
      await writeAudit(tx, {
        actorId: actor.id,
        action: to === 'published' ? 'market_guide.publish' : 'market_guide.unpublish',
        entityType: 'market_guide',
        entityId: id,
        before: { status: guide.status, version: guide.version },
        after: { status: updated!.status, version: updated!.version },
        requestId,
      });
      return toMarketGuideDto(updated!);
    });
  }

  return {
    async list(actor: Actor | null, query: ListMarketGuidesQuery): Promise<MarketGuidePage> {
      const scope = policy.canManage(actor) ? 'all' : 'published';
      // The public sees published guides only: asking for drafts finds nothing.
      if (scope === 'published' && query.status === 'draft') {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const { items, total } = await listMarketGuides(db, { scope, ...query });
      return { items: items.map(toMarketGuideDto), total, page: query.page, limit: query.limit };
    },

    async get(actor: Actor | null, id: string): Promise<MarketGuide> {
      const guide = await findMarketGuideById(db, id);
      // A draft is a 404 to the public, exactly like a guide that does not exist.
      if (!guide || !policy.canSee(actor, guide)) {
        throw notFound('Market guide');
      }
      return toMarketGuideDto(guide);
    },

    async create(
      actor: Actor,
      body: CreateMarketGuideBody,
      requestId?: string,
    ): Promise<MarketGuide> {
      requireManager(actor);
      const columns = toMarketGuideColumns(body);
      return db.transaction(async (tx) => {
        const guide = await insertMarketGuide(tx, {
          ...(columns as NewMarketGuideRow),
          status: 'draft',
          createdBy: actor.id,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'market_guide.create',
          entityType: 'market_guide',
          entityId: guide.id,
          after: guide,
          requestId,
        });
        return toMarketGuideDto(guide);
      });
    },

    /** Edits apply at once, published or not: guides are written by the centre's own staff. */
    async update(
      actor: Actor,
      id: string,
      body: UpdateMarketGuideBody,
      requestId?: string,
    ): Promise<MarketGuide> {
      requireManager(actor);
      const { version, ...changes } = body;
      return db.transaction(async (tx) => {
        const guide = await findMarketGuideById(tx, id, { forUpdate: true });
        if (!guide) {
          throw notFound('Market guide');
        }
        if (guide.version !== version) {
          throw versionConflict(guide.version);
        }
        const updated = await updateMarketGuideVersioned(
          tx,
          id,
          version,
          toMarketGuideColumns(changes, guide),
        );
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'market_guide.update',
          entityType: 'market_guide',
          entityId: id,
          before: guide,
          after: updated,
          requestId,
        });
        return toMarketGuideDto(updated!);
      });
    },

    publish: (actor: Actor, id: string, version: number, requestId?: string) =>
      setStatus(actor, id, version, 'published', requestId),
    unpublish: (actor: Actor, id: string, version: number, requestId?: string) =>
      setStatus(actor, id, version, 'draft', requestId),

    /**
     * A product against a guide. Anyone may check a public product against a published guide; the
     * owner checks its own drafts (their working copy), staff anything.
     */
    async checklist(actor: Actor | null, id: string, productId: string): Promise<MarketChecklist> {
      const guide = await findMarketGuideById(db, id);
      if (!guide || !policy.canSee(actor, guide)) {
        throw notFound('Market guide');
      }
      const row = await findProductWithProducer(db, productId);
      const workingCopy = row !== undefined && productPolicy.seesWorkingCopy(actor, row.product);
      if (
        !row ||
        !(
          workingCopy ||
          productPolicy.isPublic(row.product, row.producer.verificationStatus === 'verified')
        )
      ) {
        throw notFound('Product');
      }
      const facts = workingCopy ? productFacts(row.product) : row.product.publicFacts!;
      const found = await readinessFactsOf(db, [
        { productId, organizationId: row.product.producerOrgId, facts },
      ]);
      const readiness = marketReadiness(
        readinessRequirementsOf(guide),
        found.get(productId)!.facts,
      );
      return {
        guideId: guide.id,
        productId,
        country: guide.country,
        retailerName: guide.retailerName,
        ready: readiness.ready,
        metCount: readiness.items.filter((i) => i.met === true).length,
        gapCount: readiness.items.filter((i) => i.met === false).length,
        toConfirmCount: readiness.items.filter((i) => i.met === null).length,
        items: readiness.items,
      };
    },
  };
}

export type MarketGuidesService = ReturnType<typeof createMarketGuidesService>;
