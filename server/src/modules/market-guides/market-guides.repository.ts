import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { MarketGuideStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { marketGuides } from '../../db/schema/index.ts';

export type MarketGuideRow = typeof marketGuides.$inferSelect;
export type NewMarketGuideRow = typeof marketGuides.$inferInsert;

export async function insertMarketGuide(
  db: DbOrTx,
  values: NewMarketGuideRow,
): Promise<MarketGuideRow> {
  const [row] = await db.insert(marketGuides).values(values).returning();
  return row!;
}

export async function findMarketGuideById(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MarketGuideRow | undefined> {
  const query = db.select().from(marketGuides).where(eq(marketGuides.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateMarketGuideVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewMarketGuideRow>,
): Promise<MarketGuideRow | undefined> {
  const [row] = await db
    .update(marketGuides)
    .set({ ...values, version: sql`${marketGuides.version} + 1` })
    .where(and(eq(marketGuides.id, id), eq(marketGuides.version, version)))
    .returning();
  return row;
}

/** Lists guides under a scope the caller cannot forget: `published` (everyone) or `all` (staff). */
export async function listMarketGuides(
  db: DbOrTx,
  filter: {
    scope: 'published' | 'all';
    country?: string | undefined;
    status?: MarketGuideStatus | undefined;
    retailer?: boolean | undefined;
    page: number;
    limit: number;
  },
) {
  const conditions: (SQL | undefined)[] = [
    filter.scope === 'published' ? eq(marketGuides.status, 'published') : undefined,
    filter.country ? eq(marketGuides.country, filter.country) : undefined,
    filter.status ? eq(marketGuides.status, filter.status) : undefined,
    filter.retailer === undefined
      ? undefined
      : filter.retailer
        ? isNotNull(marketGuides.retailerName)
        : isNull(marketGuides.retailerName),
  ];
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(marketGuides)
      .where(where)
      // Market-wide guides before retailer guides of the same country.
      .orderBy(
        marketGuides.country,
        sql`${marketGuides.retailerName} is not null`,
        marketGuides.retailerName,
        desc(marketGuides.updatedAt),
      )
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(marketGuides).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The market-wide (not retailer) published guide of a country, the latest published first. */
export async function findPublishedMarketGuide(
  db: DbOrTx,
  country: string,
): Promise<MarketGuideRow | undefined> {
  const [row] = await db
    .select()
    .from(marketGuides)
    .where(
      and(
        eq(marketGuides.country, country),
        eq(marketGuides.status, 'published'),
        isNull(marketGuides.retailerName),
      ),
    )
    .orderBy(desc(marketGuides.publishedAt), desc(marketGuides.id))
    .limit(1);
  return row;
}
