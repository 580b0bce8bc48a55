import { and, asc, countDistinct, eq, gte, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { campaignEntries, campaigns, products } from '../../db/schema/index.ts';

/** [1 January, next 1 January) of `year` in Asia/Ho_Chi_Minh (UTC+7 all year, no DST). */
function yearBounds(year: number): [Date, Date] {
  const start = (y: number) => new Date(`${String(y).padStart(4, '0')}-01-01T00:00:00+07:00`);
  return [start(year), start(year + 1)];
}

/** Listed in the year, at a retailer abroad: a listing is final, so `listed_at` never moves. */
const placedAbroadIn = (year: number) => {
  const [from, to] = yearBounds(year);
  return and(
    gte(campaignEntries.listedAt, from),
    lt(campaignEntries.listedAt, to),
    ne(campaigns.country, 'VN'),
  );
};

/**
 * KPI "products placed directly into foreign distribution networks": distinct products listed
 * through a campaign in the year (Vietnam's calendar). A product listed at two retailers counts once.
 */
export async function countProductsPlacedAbroad(
  db: DbOrTx,
  { year }: { year: number },
): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(campaignEntries.productId) })
    .from(campaignEntries)
    .innerJoin(campaigns, eq(campaigns.id, campaignEntries.campaignId))
    .where(placedAbroadIn(year));
  return row?.n ?? 0;
}

/** The records behind that number (one per listing), for breakdowns and the Excel export. */
export async function listProductsPlacedAbroad(db: DbOrTx, { year }: { year: number }) {
  return db
    .select({
      entryId: campaignEntries.id,
      productId: campaignEntries.productId,
      productName: products.nameVi,
      producerOrgId: campaignEntries.producerOrgId,
      provinceCode: products.provinceCode,
      ocopGroup: products.ocopGroup,
      campaignId: campaigns.id,
      campaignTitle: campaigns.titleVi,
      retailerName: campaigns.retailerName,
      country: campaigns.country,
      listedAt: campaignEntries.listedAt,
    })
    .from(campaignEntries)
    .innerJoin(campaigns, eq(campaigns.id, campaignEntries.campaignId))
    .innerJoin(products, eq(products.id, campaignEntries.productId))
    .where(placedAbroadIn(year))
    .orderBy(asc(campaignEntries.listedAt), asc(campaignEntries.id));
}
