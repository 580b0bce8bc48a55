import { and, count, desc, eq, gte, lte, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { agreements, organizations } from '../../db/schema/index.ts';

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
/** Parties are left-joined: an agreement between provinces (later, from events) has none. */
export type AgreementView = {
  agreement: AgreementRow;
  producer: PartyColumns | null;
  distributor: PartyColumns | null;
};

function selectViews(db: DbOrTx) {
  return db
    .select({
      agreement: agreements,
      producer: party(producerOrg),
      distributor: party(distributorOrg),
    })
    .from(agreements)
    .leftJoin(producerOrg, eq(producerOrg.id, agreements.producerOrgId))
    .leftJoin(distributorOrg, eq(distributorOrg.id, agreements.distributorOrgId))
    .$dynamic();
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
