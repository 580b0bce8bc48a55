import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CampaignEntryStatus, SampleStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import {
  campaignEntries,
  campaignReorders,
  organizations,
  products,
  sampleRequests,
  users,
} from '../../db/schema/index.ts';
import type { Recipient } from '../notifications/notifications.repository.ts';

export type CampaignEntryRow = typeof campaignEntries.$inferSelect;
export type NewCampaignEntryRow = typeof campaignEntries.$inferInsert;
export type CampaignReorderRow = typeof campaignReorders.$inferSelect;

const entryColumns = {
  entry: campaignEntries,
  product: {
    id: products.id,
    nameVi: products.nameVi,
    nameEn: products.nameEn,
    ocopGroup: products.ocopGroup,
    category: products.category,
    ocopStars: products.ocopStars,
    unit: products.unit,
    moq: products.moq,
    shelfLifeDays: products.shelfLifeDays,
  },
  producer: {
    id: organizations.id,
    name: sql<string>`coalesce(${organizations.tradingName}, ${organizations.legalName})`,
    province: organizations.provinceCode,
  },
  sample: {
    id: sampleRequests.id,
    status: sampleRequests.status,
    shippedAt: sampleRequests.shippedAt,
    deliveredAt: sampleRequests.deliveredAt,
    evaluatedAt: sampleRequests.evaluatedAt,
  },
};
export type EntryWithProduct = {
  entry: CampaignEntryRow;
  product: {
    id: string;
    nameVi: string;
    nameEn: string | null;
    ocopGroup: string;
    category: string;
    ocopStars: number | null;
    unit: string;
    moq: number;
    shelfLifeDays: number | null;
  };
  producer: { id: string; name: string; province: string };
  /** The linked sample request's progress (null when the step made none). */
  sample: {
    id: string;
    status: SampleStatus;
    shippedAt: Date | null;
    deliveredAt: Date | null;
    evaluatedAt: Date | null;
  } | null;
};

const entryQuery = (db: DbOrTx) =>
  db
    .select(entryColumns)
    .from(campaignEntries)
    .innerJoin(products, eq(products.id, campaignEntries.productId))
    .innerJoin(organizations, eq(organizations.id, campaignEntries.producerOrgId))
    .leftJoin(sampleRequests, eq(sampleRequests.id, campaignEntries.sampleRequestId));

export async function findEntry(
  db: DbOrTx,
  campaignId: string,
  entryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<EntryWithProduct | undefined> {
  const query = entryQuery(db).where(
    and(eq(campaignEntries.id, entryId), eq(campaignEntries.campaignId, campaignId)),
  );
  const [row] = options.forUpdate
    ? await query.for('update', { of: campaignEntries })
    : await query;
  return row;
}

export async function findEntriesByIds(db: DbOrTx, ids: string[]): Promise<EntryWithProduct[]> {
  if (ids.length === 0) {
    return [];
  }
  return entryQuery(db)
    .where(inArray(campaignEntries.id, ids))
    .orderBy(asc(campaignEntries.createdAt), asc(campaignEntries.id));
}

export async function findEntryByProduct(
  db: DbOrTx,
  campaignId: string,
  productId: string,
): Promise<CampaignEntryRow | undefined> {
  const [row] = await db
    .select()
    .from(campaignEntries)
    .where(
      and(eq(campaignEntries.campaignId, campaignId), eq(campaignEntries.productId, productId)),
    )
    .for('update');
  return row;
}

/** Inserts entries that do not exist yet (one per campaign and product); returns those inserted. */
export async function insertEntries(
  db: DbOrTx,
  rows: NewCampaignEntryRow[],
): Promise<CampaignEntryRow[]> {
  if (rows.length === 0) {
    return [];
  }
  return db
    .insert(campaignEntries)
    .values(rows)
    .onConflictDoNothing({ target: [campaignEntries.campaignId, campaignEntries.productId] })
    .returning();
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateEntryVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewCampaignEntryRow>,
): Promise<CampaignEntryRow | undefined> {
  const [row] = await db
    .update(campaignEntries)
    .set({ ...values, version: sql`${campaignEntries.version} + 1` })
    .where(and(eq(campaignEntries.id, id), eq(campaignEntries.version, version)))
    .returning();
  return row;
}

/** Entries under a scope the caller cannot forget: one producer's, or every one (staff). */
export async function listEntries(
  db: DbOrTx,
  filter: {
    producerOrgId?: string | undefined;
    campaignId?: string | undefined;
    status?: CampaignEntryStatus | undefined;
    page: number;
    limit: number;
  },
) {
  const where = and(
    filter.producerOrgId ? eq(campaignEntries.producerOrgId, filter.producerOrgId) : undefined,
    filter.campaignId ? eq(campaignEntries.campaignId, filter.campaignId) : undefined,
    filter.status ? eq(campaignEntries.status, filter.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    entryQuery(db)
      .where(where)
      .orderBy(desc(campaignEntries.updatedAt), desc(campaignEntries.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(campaignEntries).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function insertReorder(
  db: DbOrTx,
  values: typeof campaignReorders.$inferInsert,
): Promise<CampaignReorderRow> {
  const [row] = await db.insert(campaignReorders).values(values).returning();
  await db
    .update(campaignEntries)
    .set({
      reorderCount: sql`${campaignEntries.reorderCount} + 1`,
      reorderQuantity: sql`${campaignEntries.reorderQuantity} + ${values.quantity}`,
    })
    .where(eq(campaignEntries.id, values.entryId));
  return row!;
}

export async function listReorders(db: DbOrTx, entryId: string): Promise<CampaignReorderRow[]> {
  return db
    .select()
    .from(campaignReorders)
    .where(eq(campaignReorders.entryId, entryId))
    .orderBy(asc(campaignReorders.orderedOn), asc(campaignReorders.createdAt));
}

/** The coordinator who created the campaign, if still active: told about producers' moves. */
export async function findUserRecipient(db: DbOrTx, userId: string): Promise<Recipient[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.disabled, false)));
}
