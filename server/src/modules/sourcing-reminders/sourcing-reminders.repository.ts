import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.ts';
import { demands, matches, organizations, products } from '../../db/schema/index.ts';

/**
 * Claims up to `limit` sample requests still `requested` since before `cutoff` and not reminded
 * yet, by setting `reminded_at`. Rows another run holds are skipped, and the guard is re-checked
 * on the locked row, so two overlapping runs never claim the same request.
 */
export async function claimUnansweredSampleRequests(
  tx: DbOrTx,
  cutoff: Date,
  limit: number,
): Promise<string[]> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    update sample_requests set reminded_at = now()
     where id in (
             select id from sample_requests
              where status = 'requested' and reminded_at is null and created_at < ${cutoff}
              order by created_at
              limit ${limit}
                for update skip locked)
       and reminded_at is null
    returning id`);
  return rows.map((r) => r.id);
}

/**
 * Claims introductions (status `introduced` since before `cutoff`, not reminded) on which
 * neither side has moved: no sample request for the match — or for its product by its
 * distributor since the introduction — and no quote. NO KEY UPDATE locks leave the foreign-key
 * checks of new sample requests and quotes unblocked.
 */
export async function claimIdleIntroductions(
  tx: DbOrTx,
  cutoff: Date,
  limit: number,
): Promise<string[]> {
  const { rows } = await tx.execute<{ id: string }>(sql`
    update matches set reminded_at = now()
     where id in (
             select m.id from matches m
              where m.status = 'introduced' and m.reminded_at is null and m.introduced_at < ${cutoff}
                and not exists (
                      select 1 from sample_requests s
                       where s.match_id = m.id
                          or (s.product_id = m.product_id
                              and s.distributor_org_id = m.distributor_org_id
                              and s.created_at >= m.introduced_at))
                and not exists (select 1 from quotes q where q.match_id = m.id)
              order by m.introduced_at
              limit ${limit}
                for no key update skip locked)
       and reminded_at is null
    returning id`);
  return rows.map((r) => r.id);
}

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');

/** What a reminder about an introduction names: the demand, the product and both parties. */
export async function findIntroductionNames(db: DbOrTx, matchId: string) {
  const [row] = await db
    .select({
      id: matches.id,
      demandTitle: demands.title,
      productVi: products.nameVi,
      productEn: products.nameEn,
      producerOrgId: matches.producerOrgId,
      distributorOrgId: matches.distributorOrgId,
      producerName: sql<string>`coalesce(${producerOrg.tradingName}, ${producerOrg.legalName})`,
      distributorName: sql<string>`coalesce(${distributorOrg.tradingName}, ${distributorOrg.legalName})`,
    })
    .from(matches)
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .innerJoin(products, eq(products.id, matches.productId))
    .innerJoin(producerOrg, eq(producerOrg.id, matches.producerOrgId))
    .innerJoin(distributorOrg, eq(distributorOrg.id, matches.distributorOrgId))
    .where(eq(matches.id, matchId));
  return row;
}
