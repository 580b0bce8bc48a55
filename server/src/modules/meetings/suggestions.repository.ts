import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { MatchStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { demands, eventRegistrations, matches, products } from '../../db/schema/index.ts';

/**
 * Matches worth a meeting: approved and introduced, up to won. `proposed`/`approved` pairs have
 * not been introduced (their contacts are still hidden), and `rejected`/`lost` ones are over.
 */
export const meetableMatchStatuses = [
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
] as const satisfies readonly MatchStatus[];

export async function findMatchParties(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: matches.id,
      producerOrgId: matches.producerOrgId,
      distributorOrgId: matches.distributorOrgId,
      status: matches.status,
    })
    .from(matches)
    .where(eq(matches.id, id));
  return row;
}

export type SuggestionMatch = {
  id: string;
  productId: string;
  productName: string;
  demandId: string;
  demandTitle: string;
  status: MatchStatus;
  score: number;
  producerOrgId: string;
  distributorOrgId: string;
};

/**
 * Meetable matches whose producer and distributor both have an accepted registration at the
 * event, best first; `organizationId` keeps those where it is a party.
 */
export async function listSuggestionMatches(
  db: DbOrTx,
  eventId: string,
  organizationId?: string,
): Promise<SuggestionMatch[]> {
  const attending = db
    .select({ id: eventRegistrations.organizationId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, 'accepted')));
  return db
    .select({
      id: matches.id,
      productId: matches.productId,
      productName: products.nameVi,
      demandId: matches.demandId,
      demandTitle: demands.title,
      status: matches.status,
      score: matches.score,
      producerOrgId: matches.producerOrgId,
      distributorOrgId: matches.distributorOrgId,
    })
    .from(matches)
    .innerJoin(products, eq(products.id, matches.productId))
    .innerJoin(demands, eq(demands.id, matches.demandId))
    .where(
      and(
        inArray(matches.status, [...meetableMatchStatuses]),
        inArray(matches.producerOrgId, attending),
        inArray(matches.distributorOrgId, attending),
        organizationId
          ? or(
              eq(matches.producerOrgId, organizationId),
              eq(matches.distributorOrgId, organizationId),
            )
          : undefined,
      ),
    )
    .orderBy(desc(matches.score), matches.id)
    .limit(10_000);
}
