import type { MatchBreakdown } from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import { notFound } from '../../lib/errors.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import type { SearchEngine } from '../search/search-engine.ts';
import { formPools, meanScore } from './matching.pooling.ts';
import {
  deleteStaleProposals,
  upsertProposals,
  type Proposal,
} from './matching.proposals.repository.ts';
import { loadDemand, loadScoringProducts, type LoadedDemand } from './matching.repository.ts';
import { retrieveCandidates, type SearchCache } from './matching.retrieval.ts';
import { scorePair, type PairScore, type ScoringProduct } from './matching.scoring.ts';
import { environmentMatchingSettings } from './matching.environment.ts';
import type { MatchingSettings } from './matching.settings.ts';
import { demandTerms } from './matching.text.ts';

/** At most this many pooled proposals per demand: the rest of the queue is for lone producers. */
const MAX_POOLS = 3;

/**
 * Scores one demand × product pair as the engine would (for a coordinator proposing a match by
 * hand): the demand in any status, the product as the public sees it. The pair is scored alone,
 * so a volume beyond the producer's capacity shows as a CAPACITY_SHORT blocker.
 * @throws AppError NOT_FOUND when the demand does not exist or the product is not public.
 */
export async function scoreOnePair(
  db: DbOrTx,
  pair: { demandId: string; productId: string },
  settings: MatchingSettings = environmentMatchingSettings(),
): Promise<{ score: number; breakdown: MatchBreakdown }> {
  const [demand, products] = await Promise.all([
    loadDemand(db, pair.demandId),
    loadScoringProducts(db, [pair.productId], todayInVietnam()),
  ]);
  if (!demand) {
    throw notFound('Demand');
  }
  const product = products[0];
  if (!product) {
    throw notFound('Product');
  }
  const { breakdown } = scorePair(demand, product, settings);
  return { score: breakdown.score, breakdown };
}

/**
 * Products as scoring sees them, kept for one run of many demands (the nightly re-score): a
 * product retrieved for many demands of its category is read and tokenized once. A snapshot:
 * a product changed during the run is scored as it was, and its own job scores it again.
 */
export type ProductCache = Map<string, ScoringProduct>;
/** What one run of many demands keeps between them (see ProductCache and SearchCache). */
export type RunCache = { products: ProductCache; searches: SearchCache };
export const createRunCache = (): RunCache => ({ products: new Map(), searches: new Map() });
/** About 1 KB an entry: the cache starts over beyond this many. */
const PRODUCT_CACHE_MAX = 50_000;

async function loadProducts(
  db: DbOrTx,
  ids: string[],
  cache: ProductCache | undefined,
): Promise<ScoringProduct[]> {
  if (!cache) {
    return loadScoringProducts(db, ids, todayInVietnam());
  }
  if (cache.size + ids.length > PRODUCT_CACHE_MAX) {
    cache.clear();
  }
  const missing = ids.filter((id) => !cache.has(id));
  for (const product of await loadScoringProducts(db, missing, todayInVietnam())) {
    cache.set(product.id, product);
  }
  // Not public (any more): absent, as loadScoringProducts leaves it out.
  return ids.flatMap((id) => cache.get(id) ?? []);
}

export type MatchDemandResult = {
  demandId: string;
  /** `withdrawn`: the demand is not open (any more), its engine proposals were removed. */
  outcome: 'proposed' | 'withdrawn' | 'missing';
  candidates: number;
  proposed: number;
  pools: number;
  written: number;
  removed: number;
};

type Scored = { product: ScoringProduct; result: PairScore };

/**
 * Chooses the proposals of one demand from its scored candidates: lone products that can serve
 * it (enough capacity, in season, above the floor), and pools of 2–3 producers of one province
 * whose capacities together fill a volume none fills alone. Best first, up to N rows.
 */
export function chooseProposals(
  demand: LoadedDemand,
  scored: Scored[],
  settings: MatchingSettings,
): { proposals: Proposal[]; pools: number } {
  const toProposal = (s: Scored, poolId: string | null = null): Proposal => ({
    demandId: demand.id,
    productId: s.product.id,
    distributorOrgId: demand.distributorOrgId,
    producerOrgId: s.product.producerOrgId,
    score: s.result.breakdown.score,
    breakdown: s.result.breakdown,
    poolId,
  });
  const units: { score: number; proposals: Proposal[] }[] = scored
    .filter((s) => !s.result.capacityShort && !s.result.outOfSeason)
    .filter((s) => s.result.breakdown.score >= settings.minScore)
    .map((s) => ({ score: s.result.breakdown.score, proposals: [toProposal(s)] }));

  const short = scored.filter((s) => s.result.capacityShort && !s.result.outOfSeason);
  const byId = new Map(short.map((s) => [s.product.id, s]));
  const volume = demand.quantityPerMonth ?? demand.quantityPerOrder;
  const formed = formPools(
    demand.id,
    volume,
    short.map((s) => ({
      productId: s.product.id,
      producerOrgId: s.product.producerOrgId,
      provinceCode: s.product.facts.province,
      capacity: s.result.capacity!,
      score: s.result.breakdown.score,
    })),
    MAX_POOLS,
  );
  for (const pool of formed) {
    const info = {
      id: pool.id,
      provinceCode: pool.provinceCode,
      productIds: pool.members.map((m) => m.productId),
      combinedMonthlyCapacity: Math.round(pool.combinedMonthlyCapacity * 1000) / 1000,
    };
    const members = pool.members.map((m) => {
      const s = byId.get(m.productId)!;
      return { product: s.product, result: scorePair(demand, s.product, settings, { pool: info }) };
    });
    const score = meanScore(members.map((m) => ({ score: m.result.breakdown.score })));
    if (score >= settings.minScore) {
      units.push({ score, proposals: members.map((m) => toProposal(m, pool.id)) });
    }
  }
  units.sort(
    (a, b) =>
      b.score - a.score || a.proposals[0]!.productId.localeCompare(b.proposals[0]!.productId),
  );
  const proposals: Proposal[] = [];
  let pooled = 0;
  for (const unit of units) {
    if (proposals.length + unit.proposals.length <= settings.topN) {
      proposals.push(...unit.proposals);
      // Lone proposals are units of one; pools have two or three members.
      pooled += unit.proposals.length > 1 ? 1 : 0;
    }
  }
  return { proposals, pools: pooled };
}

/**
 * A demand opened or edited: candidates from the search engine under its hard filters (up to
 * K), scored, the best N upserted as `proposed`. Proposals of this demand that the engine made
 * earlier, nobody decided on and that are no longer among the best are withdrawn (deleted), so
 * the approval queue shows the current best; rows a person created or decided are never touched.
 * Running it twice on the same data leaves the same rows.
 */
export async function matchDemand(
  db: Db,
  engine: SearchEngine,
  demandId: string,
  settings: MatchingSettings = environmentMatchingSettings(),
  options: { cache?: RunCache } = {},
): Promise<MatchDemandResult> {
  const result: MatchDemandResult = {
    demandId,
    outcome: 'proposed',
    candidates: 0,
    proposed: 0,
    pools: 0,
    written: 0,
    removed: 0,
  };
  const demand = await loadDemand(db, demandId);
  if (!demand) {
    return { ...result, outcome: 'missing' };
  }
  if (!demand.matchable) {
    const removed = await deleteStaleProposals(db, { demandId }, []);
    return { ...result, outcome: 'withdrawn', removed };
  }
  const ids = await retrieveCandidates(
    engine,
    demand,
    settings.candidates,
    settings.topN * 2,
    options.cache?.searches,
  );
  const products = await loadProducts(db, ids, options.cache?.products);
  const terms = demandTerms(demand.title);
  const scored = products.map((product) => ({
    product,
    result: scorePair(demand, product, settings, { terms }),
  }));
  const { proposals, pools } = chooseProposals(demand, scored, settings);
  const { written, removed } = await db.transaction(async (tx) => ({
    written: await upsertProposals(tx, proposals),
    removed: await deleteStaleProposals(
      tx,
      { demandId },
      proposals.map((p) => p.productId),
    ),
  }));
  return {
    ...result,
    candidates: ids.length,
    proposed: proposals.length,
    pools,
    written,
    removed,
  };
}

export { matchProduct } from './matching.product.ts';
