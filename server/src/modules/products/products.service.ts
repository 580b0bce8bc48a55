import type {
  CreateProductBody,
  ListProductsQuery,
  Product,
  ProductPage,
  ReviewProductsQuery,
  UpdateProductBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, invalidState, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { createTtlCache } from '../../lib/ttl-cache.ts';
import { queueSearchSync } from '../search/search-sync.ts';
import { listCountingSchemes } from '../certificates/certificates.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { messages } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { requireReason } from '../organizations/organizations.service.ts';
import { findProducerResponsiveness } from '../samples/responsiveness.repository.ts';
import { toProductDto } from './products.dto.ts';
import { productFacts, toProductColumns } from './products.input.ts';
import { productPolicy as policy } from './products.policy.ts';
import {
  findProductWithProducer,
  insertProduct,
  listImagesOf,
  listProducts,
  listProductsForReview,
  updateProductVersioned,
  type NewProductRow,
  type ProductWithProducer,
} from './products.repository.ts';

type Deps = { db: Db; publicUrl: string; publicViewCacheMs?: number };

/** Transitions a producer may ask for, from each status. Review decisions are the coordinators'. */
const submittable = new Set(['draft', 'rejected']);

export function createProductsService({ db, publicUrl, publicViewCacheMs = 0 }: Deps) {
  /**
   * Public product pages are read far more than they change: the public view of a product is
   * kept for a few seconds per API process (owners and staff always read the working copy).
   * A change reaches anonymous readers after at most `publicViewCacheMs`.
   */
  const publicViews = createTtlCache<Product>({ ttlMs: publicViewCacheMs, maxEntries: 20_000 });
  /** DTOs with their images and the certifications that count today (valid certificates only). */
  async function withImages(
    rows: ProductWithProducer[],
    actor: Actor | null,
    db_: DbOrTx = db,
  ): Promise<Product[]> {
    const [images, schemes] = await Promise.all([
      listImagesOf(
        db_,
        rows.map((r) => r.product.id),
      ),
      listCountingSchemes(
        db_,
        rows.map((r) => ({ productId: r.product.id, organizationId: r.product.producerOrgId })),
        todayInVietnam(),
      ),
    ]);
    return rows.map((row) =>
      toProductDto(
        row,
        images.filter((i) => i.productId === row.product.id),
        policy.seesWorkingCopy(actor, row.product),
        schemes.get(row.product.id) ?? [],
      ),
    );
  }

  /** Loads a product the actor owns, for change, or fails the way a stranger would see it. */
  async function loadOwned(
    tx: DbOrTx,
    actor: Actor,
    id: string,
    version: number,
  ): Promise<ProductWithProducer> {
    const row = await findProductWithProducer(tx, id, { forUpdate: true });
    if (
      !row ||
      !(
        policy.seesWorkingCopy(actor, row.product) ||
        policy.isPublic(row.product, row.producer.verificationStatus === 'verified')
      )
    ) {
      throw notFound('Product');
    }
    if (!policy.isOwner(actor, row.product)) {
      throw forbidden('Only the producer that lists this product can change it');
    }
    if (row.product.version !== version) {
      throw versionConflict(row.product.version);
    }
    return row;
  }

  async function decide(
    actor: Actor,
    id: string,
    version: number,
    decision: { approve: boolean; note: string | null },
    requestId?: string,
  ) {
    if (!policy.canReview(actor)) {
      throw forbidden('Only coordinators review products');
    }
    return db.transaction(async (tx) => {
      const row = await findProductWithProducer(tx, id, { forUpdate: true });
      if (!row) {
        throw notFound('Product');
      }
      const { product, producer } = row;
      if (product.version !== version) {
        throw versionConflict(product.version);
      }
      if (product.status !== 'pending_review') {
        throw invalidState(
          `Only products pending review can be decided; this one is ${product.status}`,
        );
      }
      if (decision.approve && producer.verificationStatus !== 'verified') {
        throw new AppError(
          'PRODUCER_NOT_VERIFIED',
          'The producer must be verified before its products can be published',
        );
      }
      const now = new Date();
      const changes: Partial<NewProductRow> = decision.approve
        ? {
            status: 'published',
            publicFacts: productFacts(product),
            publishedAt: product.publishedAt ?? now,
          }
        : { status: 'rejected' };
      const updated = await updateProductVersioned(tx, id, version, {
        ...changes,
        reviewNote: decision.note,
        reviewedBy: actor.id,
        reviewedAt: now,
      });
      await queueSearchSync(tx, [id]);
      await writeAudit(tx, {
        actorId: actor.id,
        action: decision.approve ? 'product.approve' : 'product.reject',
        entityType: 'product',
        entityId: id,
        before: { status: product.status, version: product.version },
        after: { status: updated!.status, version: updated!.version, note: decision.note },
        requestId,
      });
      await notify(
        tx,
        await findOrganizationRecipients(tx, product.producerOrgId),
        decision.approve ? messages.productApproved : messages.productRejected,
        {
          values: { name: product.nameVi, reason: decision.note ?? '', id },
          email: true,
          publicUrl,
        },
      );
      const [dto] = await withImages([{ product: updated!, producer }], actor, tx);
      return dto!;
    });
  }

  return {
    /** Drops cached public views (the search-sync worker announces changed products). */
    evictPublicViews(ids: string[]): void {
      ids.forEach((id) => publicViews.delete(id));
    },

    async create(actor: Actor, body: CreateProductBody, requestId?: string): Promise<Product> {
      if (!policy.canCreate(actor)) {
        throw forbidden('Only producers list products');
      }
      const columns = toProductColumns(body);
      return db.transaction(async (tx) => {
        const product = await insertProduct(tx, {
          ...(columns as NewProductRow),
          producerOrgId: actor.organizationId!,
          status: 'draft',
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.create',
          entityType: 'product',
          entityId: product.id,
          after: product,
          requestId,
        });
        const row = await findProductWithProducer(tx, product.id);
        const [dto] = await withImages([row!], actor, tx);
        return dto!;
      });
    },

    async get(actor: Actor | null, id: string): Promise<Product> {
      const cached = publicViews.get(id);
      if (cached && !policy.seesWorkingCopy(actor, { producerOrgId: cached.producer.id })) {
        return cached;
      }
      const row = await findProductWithProducer(db, id);
      // Someone else's draft is a 404, exactly like a product that does not exist.
      if (
        !row ||
        !(
          policy.seesWorkingCopy(actor, row.product) ||
          policy.isPublic(row.product, row.producer.verificationStatus === 'verified')
        )
      ) {
        throw notFound('Product');
      }
      const [dto] = await withImages([row], actor);
      // The product page shows how quickly its producer answers sample requests.
      dto!.producer.responsiveness = await findProducerResponsiveness(
        db,
        row.product.producerOrgId,
      );
      if (!policy.seesWorkingCopy(actor, row.product)) {
        publicViews.set(id, dto!);
      }
      return dto!;
    },

    async list(actor: Actor | null, query: ListProductsQuery): Promise<ProductPage> {
      const own =
        actor?.role === 'producer' &&
        (query.producerId === undefined || query.producerId === actor.organizationId);
      const scope = own
        ? 'own'
        : actor?.role === 'coordinator' || actor?.role === 'admin'
          ? 'all'
          : 'public';
      // The public sees every product as `published`: asking it for any other status finds nothing.
      if (scope === 'public' && query.status !== undefined && query.status !== 'published') {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const { items, total } = await listProducts(db, {
        scope,
        producerOrgId: own ? actor.organizationId! : query.producerId,
        status: scope === 'public' ? undefined : query.status,
        page: query.page,
        limit: query.limit,
      });
      return { items: await withImages(items, actor), total, page: query.page, limit: query.limit };
    },

    /**
     * Edits the working copy. Editing a published product sends it back to review; its last
     * approved version stays public meanwhile. Archived products are read-only.
     */
    async update(
      actor: Actor,
      id: string,
      body: UpdateProductBody,
      requestId?: string,
    ): Promise<Product> {
      return db.transaction(async (tx) => {
        const row = await loadOwned(tx, actor, id, body.version);
        const { version, ...changes } = body;
        if (row.product.status === 'archived') {
          throw invalidState('Archived products cannot be edited');
        }
        const columns = toProductColumns(changes, row.product);
        if (row.product.status === 'published') {
          Object.assign(columns, { status: 'pending_review', submittedAt: new Date() });
        }
        const updated = await updateProductVersioned(tx, id, version, columns);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.update',
          entityType: 'product',
          entityId: id,
          before: row.product,
          after: updated,
          requestId,
        });
        const [dto] = await withImages([{ product: updated!, producer: row.producer }], actor, tx);
        return dto!;
      });
    },

    async submit(actor: Actor, id: string, version: number, requestId?: string): Promise<Product> {
      return db.transaction(async (tx) => {
        const row = await loadOwned(tx, actor, id, version);
        if (!submittable.has(row.product.status)) {
          throw invalidState(
            `A ${row.product.status} product cannot be submitted`,
            row.product.status === 'archived' ? [] : ['edit'],
          );
        }
        const updated = await updateProductVersioned(tx, id, version, {
          status: 'pending_review',
          submittedAt: new Date(),
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.submit',
          entityType: 'product',
          entityId: id,
          before: { status: row.product.status },
          after: { status: 'pending_review' },
          requestId,
        });
        const [dto] = await withImages([{ product: updated!, producer: row.producer }], actor, tx);
        return dto!;
      });
    },

    /** Takes the product off the catalogue for good (its approved version stops being public). */
    async archive(actor: Actor, id: string, version: number, requestId?: string): Promise<Product> {
      return db.transaction(async (tx) => {
        const row = await loadOwned(tx, actor, id, version);
        if (row.product.status === 'archived') {
          throw invalidState('The product is already archived');
        }
        const updated = await updateProductVersioned(tx, id, version, {
          status: 'archived',
          publicFacts: null,
        });
        await queueSearchSync(tx, [id]);
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'product.archive',
          entityType: 'product',
          entityId: id,
          before: { status: row.product.status },
          after: { status: 'archived' },
          requestId,
        });
        const [dto] = await withImages([{ product: updated!, producer: row.producer }], actor, tx);
        return dto!;
      });
    },

    async listForReview(actor: Actor, query: ReviewProductsQuery): Promise<ProductPage> {
      if (!policy.canReview(actor)) {
        throw forbidden('Only coordinators review products');
      }
      const { items, total } = await listProductsForReview(db, query);
      return { items: await withImages(items, actor), total, page: query.page, limit: query.limit };
    },

    approve: (
      actor: Actor,
      id: string,
      body: { version: number; note?: string | undefined },
      requestId?: string,
    ) =>
      decide(
        actor,
        id,
        body.version,
        { approve: true, note: body.note?.trim() || null },
        requestId,
      ),

    async reject(
      actor: Actor,
      id: string,
      body: { version: number; reason: string },
      requestId?: string,
    ): Promise<Product> {
      // Who may decide comes before what they wrote: a producer gets 403, not a lesson in reasons.
      if (!policy.canReview(actor)) {
        throw forbidden('Only coordinators review products');
      }
      return decide(
        actor,
        id,
        body.version,
        { approve: false, note: requireReason(body.reason) },
        requestId,
      );
    },
  };
}

export type ProductsService = ReturnType<typeof createProductsService>;
