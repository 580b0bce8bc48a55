import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MatchStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { demands, matches, organizations, products } from '../../db/schema/index.ts';

export type MatchRow = typeof matches.$inferSelect;
export type NewMatchRow = typeof matches.$inferInsert;

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');

/** What a match shows of each party; contacts leave the server only through the DTO's rules. */
const partyColumns = (org: typeof producerOrg | typeof distributorOrg) => ({
  id: org.id,
  kind: org.kind,
  legalName: org.legalName,
  tradingName: org.tradingName,
  provinceCode: org.provinceCode,
  country: org.country,
  contactName: org.contactName,
  contactEmail: org.contactEmail,
  contactPhone: org.contactPhone,
  website: org.website,
  verificationStatus: org.verificationStatus,
});

const viewColumns = {
  match: matches,
  demand: {
    id: demands.id,
    title: demands.title,
    status: demands.status,
    destinationCountry: demands.destinationCountry,
    quantityPerOrder: demands.quantityPerOrder,
    quantityPerMonth: demands.quantityPerMonth,
    unit: demands.unit,
    neededBy: demands.neededBy,
  },
  // The names the public sees: the last approved version, else the working copy.
  product: {
    id: products.id,
    nameVi: sql<string>`coalesce(${products.publicFacts}->>'nameVi', ${products.nameVi})`,
    nameEn: sql<string | null>`coalesce(${products.publicFacts}->>'nameEn', ${products.nameEn})`,
    provinceCode: products.provinceCode,
  },
  producer: partyColumns(producerOrg),
  distributor: partyColumns(distributorOrg),
};

export type MatchView = NonNullable<Awaited<ReturnType<typeof findMatchView>>>;
export type MatchParty = MatchView['producer'];

function selectViews(db: DbOrTx) {
  return db
    .select(viewColumns)
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(products, eq(products.id, matches.productId))
    .innerJoin(producerOrg, eq(producerOrg.id, matches.producerOrgId))
    .innerJoin(distributorOrg, eq(distributorOrg.id, matches.distributorOrgId))
    .$dynamic();
}

/** A match with its demand, product and both parties; `forUpdate` locks the match row only. */
export async function findMatchView(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  const query = selectViews(db).where(eq(matches.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: matches }) : await query;
  return row;
}

/** Whose matches a list may contain: every match (staff) or one organization's side. */
export type MatchScope =
  { kind: 'all' } | { kind: 'producer' | 'distributor'; organizationId: string };

export type MatchFilter = {
  scope: MatchScope;
  statuses?: readonly MatchStatus[] | undefined;
  minScore?: number | undefined;
  demandId?: string | undefined;
  provinceCode?: string | undefined;
  market?: string | undefined;
  page: number;
  limit: number;
};

/** The one place a list of matches is scoped to its owner, then filtered; best score first. */
export async function listMatchViews(db: DbOrTx, filter: MatchFilter) {
  const conditions: SQL[] = [];
  const { scope } = filter;
  if (scope.kind === 'producer') {
    conditions.push(eq(matches.producerOrgId, scope.organizationId));
  } else if (scope.kind === 'distributor') {
    conditions.push(eq(matches.distributorOrgId, scope.organizationId));
  }
  if (filter.statuses) {
    conditions.push(inArray(matches.status, [...filter.statuses]));
  }
  if (filter.minScore !== undefined) {
    // `score` is a PostgreSQL real: a bound like 3e-323 would underflow it (an error, not a
    // match). Scores are shown to two decimals, so the bound is rounded to them.
    conditions.push(gte(matches.score, Math.round(filter.minScore * 100) / 100));
  }
  if (filter.demandId) {
    conditions.push(eq(matches.demandId, filter.demandId));
  }
  if (filter.provinceCode) {
    conditions.push(eq(products.provinceCode, filter.provinceCode));
  }
  if (filter.market) {
    conditions.push(eq(demands.destinationCountry, filter.market));
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(desc(matches.score), asc(matches.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db
      .select({ n: count() })
      .from(matches)
      .innerJoin(demands, eq(demands.id, matches.demandId))
      .innerJoin(products, eq(products.id, matches.productId))
      .where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateMatchVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewMatchRow>,
): Promise<MatchRow | undefined> {
  const [row] = await db
    .update(matches)
    .set({ ...values, version: sql`${matches.version} + 1` })
    .where(and(eq(matches.id, id), eq(matches.version, version)))
    .returning();
  return row;
}

/** Inserts a new pair; nothing (undefined) when the demand × product pair already exists. */
export async function insertMatchIfNew(
  db: DbOrTx,
  values: NewMatchRow,
): Promise<MatchRow | undefined> {
  const [row] = await db
    .insert(matches)
    .values(values)
    .onConflictDoNothing({ target: [matches.demandId, matches.productId] })
    .returning();
  return row;
}

export async function findMatchIdByPair(db: DbOrTx, demandId: string, productId: string) {
  const [row] = await db
    .select({ id: matches.id })
    .from(matches)
    .where(and(eq(matches.demandId, demandId), eq(matches.productId, productId)));
  return row;
}

/** The demand fields a manual proposal and the demand's match list check. */
export async function findDemandRef(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: demands.id,
      status: demands.status,
      distributorOrgId: demands.distributorOrgId,
      distributorStatus: organizations.verificationStatus,
    })
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
    .where(eq(demands.id, id));
  return row;
}

/** How many of `ids` are products of `producerOrgId` (an agreement may cover only those). */
export async function countProductsOf(
  db: DbOrTx,
  producerOrgId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const [row] = await db
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.producerOrgId, producerOrgId), inArray(products.id, [...ids])));
  return row?.n ?? 0;
}
