import { inArray, sql } from 'drizzle-orm';
import type { ProducerResponsiveness } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { producerResponseStats } from '../../db/schema/index.ts';

/**
 * Recomputes one producer's stats from its sample requests, in the caller's transaction: requests
 * received, answered (accepted or declined) and the median hours to the answer. The first
 * statement locks the stats row; the second then runs on a fresh snapshot (READ COMMITTED), so
 * two requests recorded at once both count.
 */
export async function refreshResponseStats(tx: DbOrTx, producerOrgId: string): Promise<void> {
  await tx
    .insert(producerResponseStats)
    .values({ producerOrgId })
    .onConflictDoUpdate({
      target: producerResponseStats.producerOrgId,
      set: { updatedAt: sql`now()` },
    });
  await tx.execute(sql`
    update producer_response_stats s
       set requests = agg.requests,
           answered = agg.answered,
           median_response_hours = agg.median_hours,
           updated_at = now()
      from (
        select count(*)::int as requests,
               count(answered_at)::int as answered,
               percentile_cont(0.5) within group (
                 order by extract(epoch from answered_at - created_at) / 3600
               ) filter (where answered_at is not null) as median_hours
          from sample_requests
         where producer_org_id = ${producerOrgId}
      ) agg
     where s.producer_org_id = ${producerOrgId}`);
}

export const noResponsiveness: ProducerResponsiveness = {
  requests: 0,
  answered: 0,
  rate: null,
  medianResponseHours: null,
};

/** Badge data per producer; producers without a row have had no sample request yet. */
export async function findResponsiveness(
  db: DbOrTx,
  producerOrgIds: string[],
): Promise<Map<string, ProducerResponsiveness>> {
  const result = new Map<string, ProducerResponsiveness>();
  if (producerOrgIds.length === 0) {
    return result;
  }
  const rows = await db
    .select()
    .from(producerResponseStats)
    .where(inArray(producerResponseStats.producerOrgId, producerOrgIds));
  for (const row of rows) {
    result.set(row.producerOrgId, {
      requests: row.requests,
      answered: row.answered,
      rate: row.requests > 0 ? row.answered / row.requests : null,
      medianResponseHours:
        row.medianResponseHours === null ? null : Math.round(row.medianResponseHours * 10) / 10,
    });
  }
  return result;
}

export async function findProducerResponsiveness(
  db: DbOrTx,
  producerOrgId: string,
): Promise<ProducerResponsiveness> {
  return (await findResponsiveness(db, [producerOrgId])).get(producerOrgId) ?? noResponsiveness;
}
