import type { Db } from '../../db/client.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { environmentMatchingSettings } from './matching.environment.ts';
import {
  deleteStaleProposals,
  listProposalStanding,
  trimProposals,
  upsertProposals,
  type Proposal,
} from './matching.proposals.repository.ts';
import { listOpenDemandsFor, loadScoringProducts } from './matching.repository.ts';
import { scorePair } from './matching.scoring.ts';
import type { MatchingSettings } from './matching.settings.ts';
import { demandTerms } from './matching.text.ts';
import type { QueryTerm } from '../search/search-text.ts';

export type MatchProductResult = {
  productId: string;
  /** `withdrawn`: the product is not public (any more), its engine proposals were removed. */
  outcome: 'proposed' | 'withdrawn';
  demands: number;
  eligible: number;
  written: number;
  removed: number;
};

/**
 * A product published or edited: scored against every open demand it could serve (the demand
 * side's hard filters, in SQL), and proposed where it would rank among a demand's best N — or
 * where the pair already has a proposal, which is refreshed. Its earlier lone proposals that no
 * longer qualify are withdrawn; each touched demand is trimmed back to N. Only lone proposals:
 * a product short of a demand's volume waits for the demand side to pool it (the nightly
 * re-score, or the demand's next edit).
 */
export async function matchProduct(
  db: Db,
  productId: string,
  settings: MatchingSettings = environmentMatchingSettings(),
): Promise<MatchProductResult> {
  const result: MatchProductResult = {
    productId,
    outcome: 'proposed',
    demands: 0,
    eligible: 0,
    written: 0,
    removed: 0,
  };
  const [product] = await loadScoringProducts(db, [productId], todayInVietnam());
  if (!product) {
    const removed = await deleteStaleProposals(db, { productId, onlyUnpooled: false }, []);
    return { ...result, outcome: 'withdrawn', removed };
  }
  const f = product.facts;
  const demands = await listOpenDemandsFor(db, {
    ocopGroup: f.ocopGroup,
    category: f.category,
    ocopStars: f.ocopStars,
    certifications: product.certifications,
  });
  const eligible: Proposal[] = [];
  // Many demands ask for the same thing in the same words: parse each title once.
  const termsByTitle = new Map<string, QueryTerm[]>();
  for (const demand of demands) {
    let terms = termsByTitle.get(demand.title);
    if (!terms) {
      terms = demandTerms(demand.title);
      termsByTitle.set(demand.title, terms);
    }
    const { breakdown, capacityShort, outOfSeason } = scorePair(demand, product, settings, {
      terms,
    });
    if (!capacityShort && !outOfSeason && breakdown.score >= settings.minScore) {
      eligible.push({
        demandId: demand.id,
        productId,
        distributorOrgId: demand.distributorOrgId,
        producerOrgId: product.producerOrgId,
        score: breakdown.score,
        breakdown,
        poolId: null,
      });
    }
  }
  const standing = await listProposalStanding(
    db,
    productId,
    eligible.map((p) => p.demandId),
    settings.topN,
  );
  const keep = eligible.filter((p) => {
    const s = standing.get(p.demandId);
    return !s || s.hasRow || s.proposed < settings.topN || s.nth === null || p.score > s.nth;
  });
  const changes = await db.transaction(async (tx) => {
    const written = await upsertProposals(tx, keep);
    const removed = await deleteStaleProposals(
      tx,
      { productId, onlyUnpooled: true },
      keep.map((p) => p.demandId),
    );
    const trimmed = await trimProposals(
      tx,
      keep.filter((p) => !standing.get(p.demandId)?.hasRow).map((p) => p.demandId),
      settings.topN,
    );
    return { written, removed: removed + trimmed };
  });
  return { ...result, demands: demands.length, eligible: keep.length, ...changes };
}
