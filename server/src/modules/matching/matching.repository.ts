import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import {
  certificates,
  demands,
  organizations,
  producerResponseStats,
  products,
} from '../../db/schema/index.ts';
import { certificateCountsOn } from '../certificates/certificates.repository.ts';
import type { ProductFacts } from '@ketnoi/shared';
import type { ScoringDemand, ScoringProduct } from './matching.scoring.ts';
import { DESCRIPTION_CHARS, productWords } from './matching.text.ts';
import { effectiveRequirements } from './matching.terms.ts';

export type DemandRow = typeof demands.$inferSelect;

/** A demand with what scoring needs, and whether it may be matched at all. */
export type LoadedDemand = ScoringDemand & {
  distributorOrgId: string;
  /** Open, of a verified distributor. */
  matchable: boolean;
};

const demandColumns = {
  demand: demands,
  standing: organizations.requirements,
  verification: organizations.verificationStatus,
};

function toLoadedDemand(row: {
  demand: DemandRow;
  standing: LoadedDemand['requirements'] | null;
  verification: string;
}): LoadedDemand {
  const d = row.demand;
  return {
    id: d.id,
    version: d.version,
    distributorOrgId: d.distributorOrgId,
    title: d.title,
    ocopGroup: d.ocopGroup,
    category: d.category,
    quantityPerOrder: d.quantityPerOrder,
    quantityPerMonth: d.quantityPerMonth,
    unit: d.unit,
    priceMin: d.priceMin,
    priceMax: d.priceMax,
    currency: d.currency,
    requiredCertifications: d.requiredCertifications,
    minOcopStars: d.minOcopStars,
    destinationCountry: d.destinationCountry,
    preferredProvinces: d.preferredProvinces,
    preferredRegions: d.preferredRegions,
    neededBy: d.neededBy,
    requirements: effectiveRequirements(row.standing, d.requirements),
    matchable: d.status === 'open' && row.verification === 'verified',
  };
}

export async function loadDemand(db: DbOrTx, id: string): Promise<LoadedDemand | undefined> {
  const [row] = await db
    .select(demandColumns)
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
    .where(eq(demands.id, id));
  return row && toLoadedDemand(row);
}

/**
 * Open demands of verified distributors a product could serve: its category (or group) or
 * none named, minimum stars it reaches, required certifications it holds. The same hard filters
 * the demand side gives the search engine, so both sides agree on who may meet.
 */
export async function listOpenDemandsFor(
  db: DbOrTx,
  p: { ocopGroup: string; category: string; ocopStars: number | null; certifications: string[] },
): Promise<LoadedDemand[]> {
  const rows = await db
    .select(demandColumns)
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.distributorOrgId))
    .where(
      and(
        eq(demands.status, 'open'),
        eq(organizations.verificationStatus, 'verified'),
        sql`(${demands.category} is null or ${demands.category} = ${p.category})`,
        sql`(${demands.ocopGroup} is null or ${demands.ocopGroup} = ${p.ocopGroup})`,
        sql`coalesce(${demands.minOcopStars}, 0) <= ${p.ocopStars ?? 0}`,
        sql`${demands.requiredCertifications} <@ ${pgTextArray(p.certifications)}::text[]`,
      ),
    );
  return rows.map(toLoadedDemand);
}

/** A JS array as one bound parameter in PostgreSQL's array literal form. */
export const pgTextArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * Public products (approved facts, not archived, verified producer) with the certificates that
 * count today, the producer's retail readiness and answer record, in one query.
 */
export async function loadScoringProducts(
  db: DbOrTx,
  ids: string[],
  today: string,
): Promise<ScoringProduct[]> {
  if (ids.length === 0) {
    return [];
  }
  const schemes = sql<string[]>`array(
    select distinct ${certificates.scheme} from ${certificates}
     where ${certificateCountsOn(today)}
       and (${certificates.productId} = ${products.id}
            or (${certificates.productId} is null and ${certificates.organizationId} = ${products.producerOrgId}))
     order by 1)`;
  // The descriptions only feed text relevance, from their first lines: no need to ship 10,000 characters.
  const rows = await db
    .select({
      id: products.id,
      version: products.version,
      producerOrgId: products.producerOrgId,
      facts: sql<ProductFacts>`${products.publicFacts} - 'descriptionVi' - 'descriptionEn'
        || jsonb_build_object(
             'descriptionVi', left(${products.publicFacts}->>'descriptionVi', ${DESCRIPTION_CHARS}),
             'descriptionEn', left(${products.publicFacts}->>'descriptionEn', ${DESCRIPTION_CHARS}))`,
      certifications: schemes,
      retailReadiness: organizations.retailReadiness,
      requests: producerResponseStats.requests,
      answered: producerResponseStats.answered,
    })
    .from(products)
    .innerJoin(organizations, eq(organizations.id, products.producerOrgId))
    .leftJoin(
      producerResponseStats,
      eq(producerResponseStats.producerOrgId, products.producerOrgId),
    )
    .where(
      and(
        inArray(products.id, ids),
        isNotNull(products.publicFacts),
        ne(products.status, 'archived'),
        eq(organizations.verificationStatus, 'verified'),
      ),
    );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    producerOrgId: r.producerOrgId,
    facts: r.facts,
    words: productWords(r.facts),
    certifications: r.certifications,
    retailReadiness: r.retailReadiness,
    responses:
      r.requests === null || r.requests === 0
        ? null
        : { requests: r.requests, answered: r.answered ?? 0 },
  }));
}
