import { createHash } from 'node:crypto';

export type PoolCandidate = {
  productId: string;
  producerOrgId: string;
  provinceCode: string;
  /** Monthly capacity in the demand's unit. */
  capacity: number;
  /** The product's own score (as a lone proposal). */
  score: number;
};

export type FormedPool = {
  id: string;
  provinceCode: string;
  members: PoolCandidate[];
  combinedMonthlyCapacity: number;
};

/** At most this many producers share a pool: beyond three, coordinating them is a project. */
const MAX_MEMBERS = 3;
/** Per province, only the best few producers are combined (C(8,3) = 56 sets at most). */
const CANDIDATES_PER_PROVINCE = 8;

/**
 * A uuid that depends only on the demand and the member products, so the same pool found twice
 * (a retried or repeated job) carries the same id.
 */
export function poolIdFor(demandId: string, productIds: string[]): string {
  const hex = createHash('sha256')
    .update(`${demandId}:${[...productIds].sort().join(',')}`)
    .digest('hex');
  // Laid out as a version-8 (custom) RFC 9562 uuid.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) {
    return [[]];
  }
  const result: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) {
      result.push([item, ...rest]);
    }
  });
  return result;
}

/**
 * Producers of one province who, together, make the monthly volume none of them makes alone:
 * for each province, the smallest set (2, else 3) of different producers whose capacities add up
 * to `volume`, the best-scoring such set first. Each producer counts once (its best product);
 * a product is in at most one pool. Pure and deterministic (ties broken by product id).
 */
export function formPools(
  demandId: string,
  volume: number,
  candidates: PoolCandidate[],
  maxPools: number,
): FormedPool[] {
  const byProvince = new Map<string, Map<string, PoolCandidate>>();
  const ordered = [...candidates].sort(
    (a, b) => b.score - a.score || a.productId.localeCompare(b.productId),
  );
  for (const c of ordered) {
    const producers = byProvince.get(c.provinceCode) ?? new Map<string, PoolCandidate>();
    if (!producers.has(c.producerOrgId)) {
      producers.set(c.producerOrgId, c);
    }
    byProvince.set(c.provinceCode, producers);
  }
  const pools: FormedPool[] = [];
  for (const [provinceCode, producers] of byProvince) {
    const best = [...producers.values()].slice(0, CANDIDATES_PER_PROVINCE);
    for (let size = 2; size <= MAX_MEMBERS; size += 1) {
      const filling = combinations(best, size)
        .filter((set) => set.reduce((sum, m) => sum + m.capacity, 0) >= volume)
        .sort((a, b) => meanScore(b) - meanScore(a));
      const chosen = filling[0];
      if (chosen) {
        pools.push({
          id: poolIdFor(
            demandId,
            chosen.map((m) => m.productId),
          ),
          provinceCode,
          members: chosen,
          combinedMonthlyCapacity: chosen.reduce((sum, m) => sum + m.capacity, 0),
        });
        break;
      }
    }
  }
  return pools
    .sort((a, b) => meanScore(b.members) - meanScore(a.members) || a.id.localeCompare(b.id))
    .slice(0, maxPools);
}

export const meanScore = (members: { score: number }[]) =>
  members.reduce((sum, m) => sum + m.score, 0) / members.length;
