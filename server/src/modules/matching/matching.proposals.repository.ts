import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { MatchBreakdown } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { matches } from '../../db/schema/index.ts';
import { pgTextArray } from './matching.repository.ts';

export type Proposal = {
  demandId: string;
  productId: string;
  distributorOrgId: string;
  producerOrgId: string;
  score: number;
  breakdown: MatchBreakdown;
  poolId: string | null;
};

/**
 * Inserts engine proposals, or refreshes them — only while still `proposed`: once a person has
 * decided (any other status) score and breakdown stay as they were shown. A row whose score,
 * breakdown and pool are unchanged is not written at all, so running the same job twice changes
 * nothing, not even `version` (which would make a coordinator's approval look stale).
 * Rows are sorted so concurrent jobs lock them in the same order. Returns the rows written.
 */
export async function upsertProposals(db: DbOrTx, proposals: Proposal[]): Promise<number> {
  const sorted = [...proposals].sort((a, b) =>
    a.demandId === b.demandId
      ? a.productId.localeCompare(b.productId)
      : a.demandId.localeCompare(b.demandId),
  );
  let written = 0;
  for (let i = 0; i < sorted.length; i += 1000) {
    const chunk = sorted.slice(i, i + 1000);
    const rows = await db
      .insert(matches)
      .values(chunk.map((p) => ({ ...p, origin: 'engine' as const, status: 'proposed' as const })))
      .onConflictDoUpdate({
        target: [matches.demandId, matches.productId],
        set: {
          score: sql`excluded.score`,
          breakdown: sql`excluded.breakdown`,
          poolId: sql`excluded.pool_id`,
          scoredAt: sql`now()`,
          updatedAt: sql`now()`,
          version: sql`${matches.version} + 1`,
        },
        setWhere: sql`${matches.status} = 'proposed' and (
          ${matches.score} is distinct from excluded.score
          or ${matches.breakdown} is distinct from excluded.breakdown
          or ${matches.poolId} is distinct from excluded.pool_id)`,
      })
      .returning({ id: matches.id });
    written += rows.length;
  }
  return written;
}

/** Nothing refers to the match yet (a sample request, quote or agreement would keep it). */
const unreferenced = sql`not exists (select 1 from sample_requests s where s.match_id = ${matches.id})
  and not exists (select 1 from quotes q where q.match_id = ${matches.id})
  and not exists (select 1 from agreements a where a.match_id = ${matches.id})`;

/**
 * Withdraws the engine's own proposals that nobody decided on, except those kept. Rows a person
 * created (origin ≠ engine) or decided (status ≠ proposed) are never removed.
 */
export async function deleteStaleProposals(
  db: DbOrTx,
  scope: { demandId: string } | { productId: string; onlyUnpooled: boolean },
  keep: string[],
): Promise<number> {
  const conditions: SQL[] = [
    eq(matches.status, 'proposed'),
    eq(matches.origin, 'engine'),
    unreferenced,
  ];
  if ('demandId' in scope) {
    conditions.push(eq(matches.demandId, scope.demandId));
    conditions.push(sql`${matches.productId} <> all(${pgTextArray(keep)}::uuid[])`);
  } else {
    conditions.push(eq(matches.productId, scope.productId));
    conditions.push(sql`${matches.demandId} <> all(${pgTextArray(keep)}::uuid[])`);
    if (scope.onlyUnpooled) {
      conditions.push(sql`${matches.poolId} is null`);
    }
  }
  const rows = await db
    .delete(matches)
    .where(and(...conditions))
    .returning({ id: matches.id });
  return rows.length;
}

/**
 * Where a product would stand in each of these demands' proposals: how many `proposed` rows the
 * demand has, the score of its N-th best, and whether this pair already has a row. One pass over
 * those demands' matches (about N rows each), whatever plan the statistics lead to.
 */
export async function listProposalStanding(
  db: DbOrTx,
  productId: string,
  demandIds: string[],
  topN: number,
): Promise<Map<string, { proposed: number; nth: number | null; hasRow: boolean }>> {
  if (demandIds.length === 0) {
    return new Map();
  }
  const { rows } = await db.execute<{
    demand_id: string;
    proposed: number;
    nth: number | null;
    has_row: boolean;
  }>(sql`
    select demand_id,
           (count(*) filter (where status = 'proposed'))::int as proposed,
           (array_agg(score order by score desc) filter (where status = 'proposed'))[${topN}] as nth,
           bool_or(product_id = ${productId}) as has_row
      from matches
     where demand_id = any(${pgTextArray(demandIds)}::uuid[])
     group by demand_id`);
  return new Map(
    rows.map((r) => [r.demand_id, { proposed: r.proposed, nth: r.nth, hasRow: r.has_row }]),
  );
}

/**
 * Keeps each demand to its N best proposals after a product joined them: the engine's own
 * lone proposals beyond N are withdrawn (pools are the demand side's to redo).
 */
export async function trimProposals(
  db: DbOrTx,
  demandIds: string[],
  topN: number,
): Promise<number> {
  if (demandIds.length === 0) {
    return 0;
  }
  const rows = await db.execute<{ id: string }>(sql`
    delete from matches using (
      select id, row_number() over (partition by demand_id order by score desc, id) as rank
        from matches
       where demand_id = any(${pgTextArray(demandIds)}::uuid[]) and status = 'proposed'
    ) ranked
     where matches.id = ranked.id and ranked.rank > ${topN}
       and matches.origin = 'engine' and matches.pool_id is null and ${unreferenced}
    returning matches.id`);
  return rows.rows.length;
}
