import { and, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { CampaignStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import {
  campaignEntries,
  campaigns,
  certificates,
  organizations,
  products,
} from '../../db/schema/index.ts';
import { certificateCountsOn } from '../certificates/certificates.repository.ts';

export type CampaignRow = typeof campaigns.$inferSelect;
export type NewCampaignRow = typeof campaigns.$inferInsert;

export async function insertCampaign(db: DbOrTx, values: NewCampaignRow): Promise<CampaignRow> {
  const [row] = await db.insert(campaigns).values(values).returning();
  return row!;
}

export async function findCampaignById(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean; forShare?: boolean } = {},
): Promise<CampaignRow | undefined> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id));
  const [row] = options.forUpdate
    ? await query.for('update')
    : options.forShare
      ? await query.for('share')
      : await query;
  return row;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateCampaignVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewCampaignRow>,
): Promise<CampaignRow | undefined> {
  const [row] = await db
    .update(campaigns)
    .set({ ...values, version: sql`${campaigns.version} + 1` })
    .where(and(eq(campaigns.id, id), eq(campaigns.version, version)))
    .returning();
  return row;
}

/** `visible` (everyone allowed to see campaigns: not drafts) or `all` (staff). */
export async function listCampaigns(
  db: DbOrTx,
  filter: {
    scope: 'visible' | 'all';
    status?: CampaignStatus | undefined;
    country?: string | undefined;
    page: number;
    limit: number;
  },
) {
  const where = and(
    filter.scope === 'visible' ? ne(campaigns.status, 'draft') : undefined,
    filter.status ? eq(campaigns.status, filter.status) : undefined,
    filter.country ? eq(campaigns.country, filter.country) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(campaigns)
      .where(where)
      .orderBy(desc(campaigns.eventStartsOn), desc(campaigns.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(campaigns).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function countEntriesByStatus(
  db: DbOrTx,
  campaignId: string,
): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: campaignEntries.status, n: count() })
    .from(campaignEntries)
    .where(eq(campaignEntries.campaignId, campaignId))
    .groupBy(campaignEntries.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Public: an approved version exists, not archived, producer verified (products.policy isPublic). */
export const publicProduct = (): SQL =>
  and(
    sql`${products.publicFacts} is not null`,
    ne(products.status, 'archived'),
    eq(organizations.verificationStatus, 'verified'),
  )!;

export type EligibilityCriteria = {
  ocopGroups: readonly string[];
  requiredCertifications: readonly string[];
  minShelfLifeDays: number | null;
  minRemainingShelfLifePercent: number | null;
  transitDays: number | null;
};

/**
 * The SQL twin of marketReadiness's blocker rules over a product's public facts (label languages
 * are not recorded, so they never block). Certificates are matched through hashed subplans:
 * each required scheme's counting certificates are read once per query, not once per product.
 */
export function eligibilityWhere(criteria: EligibilityCriteria, today: string): SQL {
  const shelfLife = sql`(${products.publicFacts}->>'shelfLifeDays')::int`;
  const conditions: SQL[] = [];
  if (criteria.ocopGroups.length > 0) {
    conditions.push(
      sql`${products.publicFacts}->>'ocopGroup' in (${sql.join(
        criteria.ocopGroups.map((g) => sql`${g}`),
        sql`, `,
      )})`,
    );
  }
  for (const scheme of criteria.requiredCertifications) {
    const counting = and(eq(certificates.scheme, scheme), certificateCountsOn(today));
    conditions.push(
      sql`(${products.id} in (select ${certificates.productId} from ${certificates} where ${counting} and ${certificates.productId} is not null) or ${products.producerOrgId} in (select ${certificates.organizationId} from ${certificates} where ${counting} and ${certificates.productId} is null))`,
    );
  }
  if (criteria.minShelfLifeDays !== null) {
    conditions.push(sql`${shelfLife} >= ${criteria.minShelfLifeDays}`);
  }
  if (criteria.minRemainingShelfLifePercent !== null) {
    const keep = 100 - criteria.minRemainingShelfLifePercent;
    conditions.push(sql`${shelfLife} * ${keep} >= ${100 * (criteria.transitDays ?? 1)}`);
  }
  return conditions.length === 0 ? sql`true` : and(...conditions)!;
}

/**
 * One page of the public catalogue screened against a campaign: `eligible` keeps only products
 * that pass every blocker; `all` lists every public product, eligible ones first. The catalogue is
 * scanned once: the page's ids and the total come from one statement (a window count), then only
 * the page's rows are read in full.
 */
export async function listScreenedProducts(
  db: DbOrTx,
  params: {
    campaignId: string;
    criteria: EligibilityCriteria;
    today: string;
    onlyEligible: boolean;
    page: number;
    limit: number;
  },
) {
  const eligible = eligibilityWhere(params.criteria, params.today);
  const where = params.onlyEligible ? and(publicProduct(), eligible) : publicProduct();
  const screened = db
    .select({
      id: products.id,
      publishedAt: products.publishedAt,
      eligible: (params.onlyEligible ? sql`true` : sql`coalesce(${eligible}, false)`).as(
        'eligible',
      ),
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .where(where);
  // `offset 0` keeps the subquery from being flattened, so the window count and the sort carry
  // (id, date, flag) per product instead of each product's ~1 KB of public facts.
  const { rows: page } = await db.execute<{ id: string; total: string }>(sql`
    select s.id, count(*) over () as total
    from (${screened} offset 0) as s
    order by s.eligible desc, s.published_at desc nulls last, s.id desc
    limit ${params.limit} offset ${(params.page - 1) * params.limit}`);
  const ranked = page.map((r) => ({ id: r.id, total: Number(r.total) }));
  if (ranked.length === 0) {
    // Past the last page the window has no row to carry the total: count it.
    const [total] = await db
      .select({ n: count() })
      .from(products)
      .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
      .where(where);
    return { items: [], total: total?.n ?? 0 };
  }
  const ids = ranked.map((r) => r.id);
  const rows = await db
    .select({
      productId: products.id,
      producerOrgId: products.producerOrgId,
      facts: products.publicFacts,
      producerName: sql<string>`coalesce(${organizations.tradingName}, ${organizations.legalName})`,
      producerProvince: organizations.provinceCode,
      entryId: campaignEntries.id,
      entryStatus: campaignEntries.status,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .leftJoin(
      campaignEntries,
      and(
        eq(campaignEntries.campaignId, params.campaignId),
        eq(campaignEntries.productId, products.id),
      ),
    )
    .where(inArray(products.id, ids));
  const byId = new Map(rows.map((r) => [r.productId, r]));
  return {
    items: ids.map((id) => byId.get(id)!).filter((r) => r !== undefined),
    total: ranked[0]!.total,
  };
}

/** Products with their producer, public or not: callers decide what may be entered. */
export async function findProductsForEntry(db: DbOrTx, productIds: string[]) {
  if (productIds.length === 0) {
    return [];
  }
  return db
    .select({
      product: products,
      producerVerified: sql<boolean>`${organizations.verificationStatus} = 'verified'`,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .where(inArray(products.id, productIds));
}
