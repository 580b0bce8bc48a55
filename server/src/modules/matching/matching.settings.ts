import { matchFeatureKeys, type MatchFeatureKey } from '@ketnoi/shared';
import { currencyCodes, vndPerMinorUnit } from '@ketnoi/shared/reference';

/**
 * What the matching engine reads from configuration (config.ts MATCHING_*). Weights are relative:
 * the score divides by their sum, so they need not add up to 100.
 */
export type MatchingSettings = {
  /** Candidates retrieved from the search engine per demand. */
  candidates: number;
  /** Proposals kept per demand (pool members count as one each). */
  topN: number;
  /** Below this score a pair is not proposed: a coordinator's queue is not a dump. */
  minScore: number;
  weights: Record<MatchFeatureKey, number>;
  /** Đồng per smallest unit of each currency. */
  vndPerMinorUnit: Record<string, number>;
  /** Demands re-scored at once by the nightly job (one DB connection each). */
  rescoreConcurrency: number;
};

/**
 * Default weights (sum 100). Fit to what the distributor asked (category, terms, price, volume)
 * weighs most; responsiveness least, because most producers have no history yet.
 */
export const defaultMatchWeights: Record<MatchFeatureKey, number> = {
  textRelevance: 14,
  categoryFit: 14,
  certificationCoverage: 10,
  ocopStars: 6,
  capacity: 10,
  season: 8,
  moqFit: 5,
  priceOverlap: 10,
  termsFit: 12,
  regionPreference: 4,
  exportReadiness: 5,
  responsiveness: 2,
};

export const defaultMatchingSettings: MatchingSettings = {
  candidates: 200,
  topN: 20,
  minScore: 35,
  weights: defaultMatchWeights,
  vndPerMinorUnit: { ...vndPerMinorUnit },
  rescoreConcurrency: 4,
};

export class MatchingSettingsError extends Error {
  override name = 'MatchingSettingsError';
}

function parseJsonObject(name: string, text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MatchingSettingsError(`${name} must be a JSON object`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MatchingSettingsError(`${name} must be a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Weights given in MATCHING_WEIGHTS replace the defaults one by one; unknown keys are refused. */
export function parseMatchWeights(text: string): Record<MatchFeatureKey, number> {
  const weights = { ...defaultMatchWeights };
  for (const [key, value] of Object.entries(parseJsonObject('MATCHING_WEIGHTS', text))) {
    if (!(matchFeatureKeys as readonly string[]).includes(key)) {
      throw new MatchingSettingsError(
        `MATCHING_WEIGHTS: unknown feature "${key}" (known: ${matchFeatureKeys.join(', ')})`,
      );
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new MatchingSettingsError(`MATCHING_WEIGHTS.${key} must be a number ≥ 0`);
    }
    weights[key as MatchFeatureKey] = value;
  }
  if (Object.values(weights).every((w) => w === 0)) {
    throw new MatchingSettingsError('MATCHING_WEIGHTS: at least one weight must be above 0');
  }
  return weights;
}

/** Rates given in MATCHING_RATES (đồng per smallest unit) override the shared reference table. */
export function parseMatchRates(text: string): Record<string, number> {
  const rates: Record<string, number> = { ...vndPerMinorUnit };
  for (const [code, value] of Object.entries(parseJsonObject('MATCHING_RATES', text))) {
    if (!(currencyCodes as readonly string[]).includes(code)) {
      throw new MatchingSettingsError(`MATCHING_RATES: unknown currency "${code}"`);
    }
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new MatchingSettingsError(`MATCHING_RATES.${code} must be a number > 0`);
    }
    rates[code] = value;
  }
  return rates;
}

/** The subset of the parsed environment matching reads. */
export type MatchingEnv = {
  MATCHING_CANDIDATES: number;
  MATCHING_TOP_N: number;
  MATCHING_MIN_SCORE: number;
  MATCHING_WEIGHTS: string;
  MATCHING_RATES: string;
  MATCHING_RESCORE_CONCURRENCY: number;
};

export function matchingSettingsFrom(env: MatchingEnv): MatchingSettings {
  return {
    candidates: env.MATCHING_CANDIDATES,
    topN: env.MATCHING_TOP_N,
    minScore: env.MATCHING_MIN_SCORE,
    weights: env.MATCHING_WEIGHTS ? parseMatchWeights(env.MATCHING_WEIGHTS) : defaultMatchWeights,
    vndPerMinorUnit: env.MATCHING_RATES
      ? parseMatchRates(env.MATCHING_RATES)
      : { ...vndPerMinorUnit },
    rescoreConcurrency: env.MATCHING_RESCORE_CONCURRENCY,
  };
}
