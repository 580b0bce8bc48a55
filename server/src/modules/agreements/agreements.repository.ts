import { and, count, desc, eq, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { agreements, events, organizations, products } from '../../db/schema/index.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type NewAgreementRow = typeof agreements.$inferInsert;

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');

const party = (org: typeof producerOrg | typeof distributorOrg) => ({
  id: org.id,
  legalName: org.legalName,
  tradingName: org.tradingName,
});

type PartyColumns = { id: string | null; legalName: string | null; tradingName: string | null };
type EventColumns = { id: string | null; titleVi: string | null; titleEn: string | null };
/** Parties and event are left-joined: a province ↔ city agreement has no organization party. */
export type AgreementView = {
  agreement: AgreementRow;
  producer: PartyColumns | null;
  distributor: PartyColumns | null;
  event: EventColumns | null;
};

function selectViews(db: DbOrTx) {
  return db
    .select({
      agreement: agreements,
      producer: party(producerOrg),
      distributor: party(distributorOrg),
      event: { id: events.id, titleVi: events.titleVi, titleEn: events.titleEn },
    })
    .from(agreements)
    .leftJoin(producerOrg, eq(producerOrg.id, agreements.producerOrgId))
    .leftJoin(distributorOrg, eq(distributorOrg.id, agreements.distributorOrgId))
    .leftJoin(events, eq(events.id, agreements.eventId))
    .$dynamic();
}

export async function findAgreementView(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AgreementView | undefined> {
  const query = selectViews(db).where(eq(agreements.id, id));
  // Locks the agreement row only: the joined rows are read, not changed.
  const [view] = options.forUpdate ? await query.for('update', { of: agreements }) : await query;
  return view;
}

export async function updateAgreement(
  db: DbOrTx,
  id: string,
  values: Partial<NewAgreementRow>,
): Promise<AgreementView> {
  await db.update(agreements).set(values).where(eq(agreements.id, id));
  return (await findAgreementView(db, id))!;
}

/** How many of `ids` are products made in the province (a province ↔ city agreement covers those). */
export async function countProductsInProvince(
  db: DbOrTx,
  provinceCode: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) {
    return 0;
  }
  const [row] = await db
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.provinceCode, provinceCode), inArray(products.id, [...ids])));
  return row?.n ?? 0;
}

export async function insertAgreement(db: DbOrTx, values: NewAgreementRow): Promise<AgreementView> {
  const [row] = await db.insert(agreements).values(values).returning({ id: agreements.id });
  const [view] = await selectViews(db).where(eq(agreements.id, row!.id));
  return view!;
}

export type AgreementFilter = {
  /** `null`: every agreement (staff); otherwise those the organization is a party to. */
  organizationId: string | null;
  year?: number | undefined;
  matchId?: string | undefined;
  eventId?: string | undefined;
  page: number;
  limit: number;
};

/** Scoped to the caller's organization here, in one place; newest signature first. */
export async function listAgreements(db: DbOrTx, filter: AgreementFilter) {
  const conditions: (SQL | undefined)[] = [];
  if (filter.organizationId !== null) {
    conditions.push(
      or(
        eq(agreements.producerOrgId, filter.organizationId),
        eq(agreements.distributorOrgId, filter.organizationId),
      ),
    );
  }
  if (filter.year !== undefined) {
    conditions.push(
      gte(agreements.signedOn, `${filter.year}-01-01`),
      lte(agreements.signedOn, `${filter.year}-12-31`),
    );
  }
  if (filter.matchId) {
    conditions.push(eq(agreements.matchId, filter.matchId));
  }
  if (filter.eventId) {
    conditions.push(eq(agreements.eventId, filter.eventId));
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(desc(agreements.signedOn), desc(agreements.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(agreements).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
