import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SampleStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { matches, organizations, products, sampleRequests } from '../../db/schema/index.ts';

export type SampleRequestRow = typeof sampleRequests.$inferSelect;
export type NewSampleRequestRow = typeof sampleRequests.$inferInsert;

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');

/** A sample request with the names shown beside it (product, both organizations). */
export type SampleRequestView = {
  sample: SampleRequestRow;
  product: { id: string; nameVi: string; nameEn: string | null };
  producer: { id: string; legalName: string; tradingName: string | null };
  distributor: { id: string; legalName: string; tradingName: string | null };
};

const viewColumns = {
  sample: sampleRequests,
  product: { id: products.id, nameVi: products.nameVi, nameEn: products.nameEn },
  producer: {
    id: producerOrg.id,
    legalName: producerOrg.legalName,
    tradingName: producerOrg.tradingName,
  },
  distributor: {
    id: distributorOrg.id,
    legalName: distributorOrg.legalName,
    tradingName: distributorOrg.tradingName,
  },
};

function selectViews(db: DbOrTx) {
  return db
    .select(viewColumns)
    .from(sampleRequests)
    .innerJoin(products, eq(products.id, sampleRequests.productId))
    .innerJoin(producerOrg, eq(producerOrg.id, sampleRequests.producerOrgId))
    .innerJoin(distributorOrg, eq(distributorOrg.id, sampleRequests.distributorOrgId));
}

export async function findSampleRequestView(
  db: DbOrTx,
  id: string,
): Promise<SampleRequestView | undefined> {
  const [row] = await selectViews(db).where(eq(sampleRequests.id, id));
  return row;
}

/** Locks the row for the rest of the transaction so concurrent steps serialize. */
export async function findSampleRequestForUpdate(
  db: DbOrTx,
  id: string,
): Promise<SampleRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(sampleRequests)
    .where(eq(sampleRequests.id, id))
    .for('update');
  return row;
}

export async function insertSampleRequest(
  db: DbOrTx,
  values: NewSampleRequestRow,
): Promise<SampleRequestRow> {
  const [row] = await db.insert(sampleRequests).values(values).returning();
  return row!;
}

/** Applies a step only if `version` is still current; nothing is returned when it was stale. */
export async function updateSampleRequestVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewSampleRequestRow>,
): Promise<SampleRequestRow | undefined> {
  const [row] = await db
    .update(sampleRequests)
    .set({ ...values, version: sql`${sampleRequests.version} + 1` })
    .where(and(eq(sampleRequests.id, id), eq(sampleRequests.version, version)))
    .returning();
  return row;
}

/**
 * Lists under a scope the caller cannot forget: one organization's incoming (`producer`) or
 * outgoing (`distributor`) requests, or all of them (staff).
 */
export async function listSampleRequests(
  db: DbOrTx,
  filter: {
    scope: { producerOrgId: string } | { distributorOrgId: string } | 'all';
    status?: SampleStatus | undefined;
    productId?: string | undefined;
    matchId?: string | undefined;
    page: number;
    limit: number;
  },
): Promise<{ items: SampleRequestView[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.scope === 'all'
      ? undefined
      : 'producerOrgId' in filter.scope
        ? eq(sampleRequests.producerOrgId, filter.scope.producerOrgId)
        : eq(sampleRequests.distributorOrgId, filter.scope.distributorOrgId),
    filter.status ? eq(sampleRequests.status, filter.status) : undefined,
    filter.productId ? eq(sampleRequests.productId, filter.productId) : undefined,
    filter.matchId ? eq(sampleRequests.matchId, filter.matchId) : undefined,
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(desc(sampleRequests.createdAt), desc(sampleRequests.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(sampleRequests).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type MatchRef = Pick<
  typeof matches.$inferSelect,
  'id' | 'demandId' | 'productId' | 'producerOrgId' | 'distributorOrgId' | 'status'
>;

/**
 * The parties and status of a match, for samples and quotes (which never change matches).
 * `lock` takes a NO KEY UPDATE lock: it serializes quotes of one match without blocking the
 * foreign-key checks of rows that reference it.
 */
export async function findMatchRef(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<MatchRef | undefined> {
  const query = db
    .select({
      id: matches.id,
      demandId: matches.demandId,
      productId: matches.productId,
      producerOrgId: matches.producerOrgId,
      distributorOrgId: matches.distributorOrgId,
      status: matches.status,
    })
    .from(matches)
    .where(eq(matches.id, id));
  const [row] = options.lock ? await query.for('no key update') : await query;
  return row;
}
