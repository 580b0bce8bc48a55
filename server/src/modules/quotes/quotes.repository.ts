import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { QuoteStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { matches, organizations, products, quotes } from '../../db/schema/index.ts';

export type QuoteRow = typeof quotes.$inferSelect;
export type NewQuoteRow = typeof quotes.$inferInsert;

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');

type OrgNames = { id: string; legalName: string; tradingName: string | null };
/** A quote with the names shown beside it (the match's product, both organizations). */
export type QuoteView = {
  quote: QuoteRow;
  product: { id: string; nameVi: string; nameEn: string | null };
  producer: OrgNames;
  distributor: OrgNames;
};

function selectViews(db: DbOrTx) {
  return db
    .select({
      quote: quotes,
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
    })
    .from(quotes)
    .innerJoin(matches, eq(matches.id, quotes.matchId))
    .innerJoin(products, eq(products.id, matches.productId))
    .innerJoin(producerOrg, eq(producerOrg.id, quotes.producerOrgId))
    .innerJoin(distributorOrg, eq(distributorOrg.id, quotes.distributorOrgId));
}

export async function findQuoteView(db: DbOrTx, id: string): Promise<QuoteView | undefined> {
  const [row] = await selectViews(db).where(eq(quotes.id, id));
  return row;
}

/** Locks the row for the rest of the transaction so concurrent answers serialize. */
export async function findQuoteForUpdate(db: DbOrTx, id: string): Promise<QuoteRow | undefined> {
  const [row] = await db.select().from(quotes).where(eq(quotes.id, id)).for('update');
  return row;
}

/** The quote sent in answer to a revision request of `quoteId`, if there is one. */
export async function findRevisionOf(db: DbOrTx, quoteId: string): Promise<QuoteRow | undefined> {
  const [row] = await db.select().from(quotes).where(eq(quotes.revisionOf, quoteId));
  return row;
}

export async function insertQuote(db: DbOrTx, values: NewQuoteRow): Promise<QuoteRow> {
  const [row] = await db.insert(quotes).values(values).returning();
  return row!;
}

/** Applies a change only if `version` is still current; nothing is returned when it was stale. */
export async function updateQuoteVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewQuoteRow>,
): Promise<QuoteRow | undefined> {
  const [row] = await db
    .update(quotes)
    .set({ ...values, version: sql`${quotes.version} + 1` })
    .where(and(eq(quotes.id, id), eq(quotes.version, version)))
    .returning();
  return row;
}

/** One `sent` quote per match: a new quote withdraws the one still open. */
export async function withdrawSentQuotes(tx: DbOrTx, matchId: string): Promise<QuoteRow[]> {
  return tx
    .update(quotes)
    .set({ status: 'withdrawn', version: sql`${quotes.version} + 1` })
    .where(and(eq(quotes.matchId, matchId), eq(quotes.status, 'sent')))
    .returning();
}

export type QuoteScope =
  | 'all'
  | { producerOrgId: string }
  | { distributorOrgId: string }
  | { matchId: string }
  | { id: string };

function scopeCondition(scope: QuoteScope): SQL | undefined {
  if (scope === 'all') {
    return undefined;
  }
  if ('producerOrgId' in scope) {
    return eq(quotes.producerOrgId, scope.producerOrgId);
  }
  if ('distributorOrgId' in scope) {
    return eq(quotes.distributorOrgId, scope.distributorOrgId);
  }
  return 'matchId' in scope ? eq(quotes.matchId, scope.matchId) : eq(quotes.id, scope.id);
}

/** `sent` quotes whose last valid day is before `today` become `expired`; returns them. */
export async function expireQuotesBefore(
  tx: DbOrTx,
  today: string,
  scope: QuoteScope,
): Promise<QuoteRow[]> {
  return tx
    .update(quotes)
    .set({ status: 'expired', version: sql`${quotes.version} + 1` })
    .where(and(eq(quotes.status, 'sent'), lt(quotes.validUntil, today), scopeCondition(scope)))
    .returning();
}

export async function listQuotes(
  db: DbOrTx,
  filter: {
    scope: QuoteScope;
    matchId?: string | undefined;
    status?: QuoteStatus | undefined;
    page: number;
    limit: number;
  },
): Promise<{ items: QuoteView[]; total: number }> {
  const where = and(
    scopeCondition(filter.scope),
    filter.matchId ? eq(quotes.matchId, filter.matchId) : undefined,
    filter.status ? eq(quotes.status, filter.status) : undefined,
  );
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(desc(quotes.createdAt), desc(quotes.id))
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(quotes).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/**
 * The reminder of an unanswered quote is claimed by the outbox row of its first e-mail, keyed
 * with this; the unique dedupe key makes it once, however many runs overlap.
 */
export const quoteReminderKey = (quoteId: string) => `quote-reminder-${quoteId}`;

/** Valid `sent` quotes unanswered since before `cutoff` and not reminded yet, oldest first. */
export async function listUnansweredQuotes(
  db: DbOrTx,
  cutoff: Date,
  today: string,
  limit: number,
): Promise<QuoteView[]> {
  return selectViews(db)
    .where(
      and(
        eq(quotes.status, 'sent'),
        lt(quotes.createdAt, cutoff),
        gte(quotes.validUntil, today),
        sql`not exists (select 1 from outbox o where o.dedupe_key = ${quoteReminderKey('')}::text || ${quotes.id}::text)`,
      ),
    )
    .orderBy(asc(quotes.createdAt))
    .limit(limit);
}
