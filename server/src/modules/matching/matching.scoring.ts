import type {
  DistributorRequirements,
  MatchBreakdown,
  MatchFeatureKey,
  MatchGap,
  MatchPool,
  ProductFacts,
  RetailReadiness,
} from '@ketnoi/shared';
import { matchFeatureKeys } from '@ketnoi/shared';
import { categoryByCode } from '@ketnoi/shared/reference';
import { gap } from './matching.gaps.ts';
import type { MatchingSettings } from './matching.settings.ts';
import { termsFit } from './matching.terms.ts';
import type { QueryTerm } from '../search/search-text.ts';
import { demandTerms, textRelevance, type ProductWords } from './matching.text.ts';
import { convertQuantity, convertUnitPrice, toVndWith } from './matching.units.ts';

/** A demand as scoring sees it; `requirements` are the effective ones (matching.terms.ts). */
export type ScoringDemand = {
  id: string;
  version: number;
  title: string;
  ocopGroup: string | null;
  category: string | null;
  quantityPerOrder: number;
  quantityPerMonth: number | null;
  unit: string;
  priceMin: number | null;
  priceMax: number | null;
  currency: string;
  requiredCertifications: string[];
  minOcopStars: number | null;
  destinationCountry: string;
  preferredProvinces: string[];
  preferredRegions: string[];
  /** `YYYY-MM-DD` */
  neededBy: string | null;
  requirements: DistributorRequirements;
};

/** A public product as scoring sees it: its approved facts and what counts about its producer. */
export type ScoringProduct = {
  id: string;
  version: number;
  producerOrgId: string;
  facts: ProductFacts;
  /** Schemes of the certificates that count today (verified, unexpired). */
  certifications: string[];
  retailReadiness: RetailReadiness | null;
  /** Sample requests and introductions answered; null when the producer has no history. */
  responses: { requests: number; answered: number } | null;
  /** Its names and context, tokenized once (matching.text.ts `productWords`). */
  words: ProductWords;
};

export type PairScore = {
  breakdown: MatchBreakdown;
  /** The volume wanted exceeds what the producer makes a month: never proposed alone. */
  capacityShort: boolean;
  /** Needed in a month the product is not available: never proposed. */
  outOfSeason: boolean;
  /** Monthly capacity in the demand's unit; null when the units do not compare or it is unknown. */
  capacity: number | null;
};

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Scores one demand × product pair, 0–100: a weighted sum of explainable features, each 0–1,
 * with every gap between the two listed. Pure: the same inputs always give the same breakdown.
 * `terms` may be passed when already parsed (a demand scored against many products parses its
 * title once); `pool` scores the product as a member of a pooled proposal (capacity counted together).
 */
export function scorePair(
  demand: ScoringDemand,
  product: ScoringProduct,
  settings: Pick<MatchingSettings, 'weights' | 'vndPerMinorUnit'>,
  options: { terms?: QueryTerm[]; pool?: MatchPool } = {},
): PairScore {
  const f = product.facts;
  const gaps: MatchGap[] = [];
  const values = {} as Record<MatchFeatureKey, number>;

  values.textRelevance = textRelevance(options.terms ?? demandTerms(demand.title), product.words);

  // Category: exact is best, the same OCOP group half; a demand that names neither takes all.
  if (demand.category) {
    const sameGroup = categoryByCode(demand.category)?.group === f.ocopGroup;
    values.categoryFit = demand.category === f.category ? 1 : sameGroup ? 0.5 : 0;
  } else {
    values.categoryFit = !demand.ocopGroup || demand.ocopGroup === f.ocopGroup ? 1 : 0;
  }
  if (values.categoryFit < 1) {
    gaps.push(gap('CATEGORY_MISMATCH', values.categoryFit === 0 ? 'blocker' : 'warning'));
  }

  const missing = demand.requiredCertifications.filter((c) => !product.certifications.includes(c));
  values.certificationCoverage =
    demand.requiredCertifications.length === 0
      ? 1
      : 1 - missing.length / demand.requiredCertifications.length;
  missing.forEach((scheme) => gaps.push(gap('MISSING_CERTIFICATION', 'blocker', { scheme })));

  // Stars: a quality signal even when none are required; below the minimum is a blocker.
  const stars = f.ocopStars ?? 0;
  values.ocopStars = stars >= 5 ? 1 : stars === 4 ? 0.8 : stars === 3 ? 0.6 : 0.3;
  if (demand.minOcopStars && stars < demand.minOcopStars) {
    values.ocopStars = 0;
    gaps.push(gap('STARS_BELOW_MIN', 'blocker', { required: demand.minOcopStars, actual: stars }));
  }

  // Capacity against the monthly volume (or one order when no monthly volume is given), in the
  // demand's unit so that a pool of producers selling in different units adds up.
  const wanted = demand.quantityPerMonth ?? demand.quantityPerOrder;
  const capacity = convertQuantity(f.monthlyCapacity, f.unit, demand.unit);
  const order = convertQuantity(demand.quantityPerOrder, demand.unit, f.unit);
  let capacityShort = false;
  if (capacity === null) {
    values.capacity = 0.5;
    gaps.push(gap('UNIT_MISMATCH', 'warning', { demandUnit: demand.unit, productUnit: f.unit }));
  } else if (capacity <= 0) {
    values.capacity = 0.5;
    gaps.push(gap('CAPACITY_UNKNOWN', 'warning'));
  } else {
    capacityShort = capacity < wanted;
    const together = options.pool?.combinedMonthlyCapacity ?? capacity;
    values.capacity = clamp01(together / wanted);
    if (capacityShort) {
      gaps.push(
        gap('CAPACITY_SHORT', options.pool ? 'warning' : 'blocker', {
          volume: wanted,
          capacity: round1(capacity),
          unit: demand.unit,
          ...(options.pool ? { pooledCapacity: round1(options.pool.combinedMonthlyCapacity) } : {}),
        }),
      );
    }
  }

  // Season: available in the month it is needed; without a date, the share of the year.
  const months = [...f.monthsAvailable].sort((a, b) => a - b);
  let outOfSeason = false;
  if (demand.neededBy) {
    const month = Number(demand.neededBy.slice(5, 7));
    outOfSeason = !months.includes(month);
    values.season = outOfSeason ? 0 : 1;
    if (outOfSeason) {
      gaps.push(gap('OUT_OF_SEASON', 'blocker', { month, months: months.join(', ') }));
    }
  } else {
    values.season = months.length / 12;
    if (months.length < 12 && demand.quantityPerMonth !== null) {
      gaps.push(gap('SEASONAL_SUPPLY', 'warning', { months: months.join(', ') }));
    }
  }

  if (order === null) {
    values.moqFit = 0.5;
  } else {
    values.moqFit = f.moq <= order ? 1 : clamp01(order / f.moq);
    if (f.moq > order) {
      gaps.push(
        gap('MOQ_ABOVE_ORDER', 'warning', { moq: f.moq, order: round1(order), unit: f.unit }),
      );
    }
  }

  values.priceOverlap = priceOverlap(demand, f, settings.vndPerMinorUnit, gaps);

  const domestic = demand.destinationCountry === 'VN';
  const terms = termsFit({
    requirements: demand.requirements,
    readiness: product.retailReadiness,
    shelfLifeDays: f.shelfLifeDays,
    leadTimeDays: f.leadTimeDays,
    domestic,
  });
  values.termsFit = terms.value;
  gaps.push(...terms.gaps);

  const wantsArea = demand.preferredProvinces.length > 0 || demand.preferredRegions.length > 0;
  values.regionPreference = !wantsArea
    ? 1
    : demand.preferredProvinces.includes(f.province)
      ? 1
      : demand.preferredRegions.includes(f.region)
        ? demand.preferredProvinces.length > 0
          ? 0.7
          : 1
        : 0;
  if (values.regionPreference === 0) {
    gaps.push(gap('OUTSIDE_PREFERRED_AREA', 'warning'));
  }

  if (domestic) {
    values.exportReadiness = 1;
  } else if (f.exportedTo.includes(demand.destinationCountry)) {
    values.exportReadiness = 1;
  } else {
    const exported = f.exportedTo.some((c) => c !== 'VN');
    values.exportReadiness = exported ? 0.6 : 0.2;
    const country = demand.destinationCountry;
    gaps.push(
      gap(exported ? 'NOT_EXPORTED_TO_MARKET' : 'NO_EXPORT_EXPERIENCE', 'warning', { country }),
    );
  }

  // Laplace-smoothed answer rate: no history reads as 0.5, neither good nor bad.
  const res = product.responses ?? { requests: 0, answered: 0 };
  values.responsiveness = (res.answered + 1) / (res.requests + 2);
  if (res.requests >= 3 && res.answered / res.requests < 0.5) {
    gaps.push(
      gap('SLOW_TO_RESPOND', 'warning', { answered: res.answered, requests: res.requests }),
    );
  }

  const totalWeight = matchFeatureKeys.reduce((sum, k) => sum + settings.weights[k], 0);
  const features = matchFeatureKeys.map((key) => {
    const value = Math.round(clamp01(values[key]) * 1000) / 1000;
    const weight = settings.weights[key];
    return { key, value, weight, points: Math.round(((value * weight) / totalWeight) * 1000) / 10 };
  });
  const score = round1(
    features.reduce((sum, x) => sum + (x.value * x.weight) / totalWeight, 0) * 100,
  );
  // Blockers first, then in the order found: what matters most reads first.
  gaps.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocker' ? -1 : 1));
  return {
    breakdown: {
      score: Math.min(100, Math.max(0, score)),
      features,
      gaps,
      ...(options.pool ? { pool: options.pool } : {}),
      demandVersion: demand.version,
      productVersion: product.version,
    },
    capacityShort,
    outOfSeason,
    capacity: capacity !== null && capacity > 0 ? capacity : null,
  };
}

/**
 * Price overlap, 0–1: 1 when the product's range reaches into the target range, falling by the
 * share the cheapest price is above the target's top (50 % above → 0). Either side without a
 * price, or units that do not compare, reads as 0.5.
 */
function priceOverlap(
  demand: ScoringDemand,
  f: ProductFacts,
  rates: Record<string, number>,
  gaps: MatchGap[],
): number {
  const productLow = f.priceMin ?? f.priceMax;
  if (demand.priceMax === null || productLow === null) {
    return 0.5;
  }
  const targetVnd = toVndWith(rates, demand.priceMax, demand.currency);
  const lowVnd = toVndWith(rates, productLow, f.currency);
  // Target per demand unit, as a price per product unit.
  const target = targetVnd === null ? null : convertUnitPrice(targetVnd, demand.unit, f.unit);
  if (target === null || lowVnd === null || target <= 0) {
    return 0.5;
  }
  if (lowVnd <= target) {
    return 1;
  }
  const above = (lowVnd - target) / target;
  gaps.push(gap('PRICE_ABOVE_TARGET', 'warning', { percent: Math.round(above * 100) }));
  return clamp01(1 - above * 2);
}
