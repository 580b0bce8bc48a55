import { describe, expect, it } from 'vitest';
import {
  formPools,
  poolIdFor,
  type PoolCandidate,
} from '../../../src/modules/matching/matching.pooling.ts';
import {
  demandTerms,
  textRelevance,
  productWords,
} from '../../../src/modules/matching/matching.text.ts';
import { factsOf } from './scoring-fixtures.ts';

const DEMAND = '01900000-0000-7000-8000-000000000001';
const candidate = (
  productId: string,
  producerOrgId: string,
  provinceCode: string,
  capacity: number,
  score = 70,
): PoolCandidate => ({ productId, producerOrgId, provinceCode, capacity, score });

describe('formPools', () => {
  it('pools the fewest producers of one province that fill the volume, best scores first', () => {
    const pools = formPools(
      DEMAND,
      10_000,
      [
        candidate('p1', 'o1', 'vinh-long', 4000, 80),
        candidate('p2', 'o2', 'vinh-long', 4000, 75),
        candidate('p3', 'o3', 'vinh-long', 3500, 60),
        candidate('p4', 'o4', 'vinh-long', 7000, 50),
      ],
      3,
    );
    // p4 + p1 (11,000) fill it with two producers; no third is needed.
    expect(pools).toHaveLength(1);
    expect(pools[0]!.members.map((m) => m.productId).sort()).toEqual(['p1', 'p4']);
    expect(pools[0]!.combinedMonthlyCapacity).toBe(11_000);
  });

  it('takes three when two are not enough, never two products of one producer, never across provinces', () => {
    const pools = formPools(
      DEMAND,
      10_000,
      [
        candidate('a1', 'o1', 'vinh-long', 4000),
        candidate('a2', 'o1', 'vinh-long', 3000), // same producer as a1
        candidate('b', 'o2', 'vinh-long', 4000),
        candidate('c', 'o3', 'vinh-long', 3500),
        candidate('x', 'o4', 'dong-nai', 9000), // alone in its province
      ],
      3,
    );
    expect(pools).toHaveLength(1);
    expect(pools[0]!.provinceCode).toBe('vinh-long');
    expect(pools[0]!.members.map((m) => m.productId).sort()).toEqual(['a1', 'b', 'c']);
  });

  it('proposes no pool when even three producers fall short', () => {
    const short = [1, 2, 3, 4].map((i) => candidate(`p${i}`, `o${i}`, 'hue', 1000));
    expect(formPools(DEMAND, 10_000, short, 3)).toEqual([]);
  });

  it('gives the same pool the same id, whatever order its members come in', () => {
    expect(poolIdFor(DEMAND, ['b', 'a'])).toBe(poolIdFor(DEMAND, ['a', 'b']));
    expect(poolIdFor(DEMAND, ['a', 'b'])).not.toBe(poolIdFor(DEMAND, ['a', 'c']));
    expect(poolIdFor(DEMAND, ['a', 'b'])).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('demand text', () => {
  it('drops the words of the request itself and keeps the product, "chuỗi siêu thị" is not bananas', () => {
    const terms = demandTerms('Cần mua chuối tiêu hồng cho chuỗi siêu thị');
    expect(terms.map((t) => t.typed.join(' '))).toEqual(['chuoi', 'tieu', 'hong']);
    const banana = productWords(factsOf({ nameVi: 'Chuối tiêu hồng', nameEn: 'Banana' }));
    expect(textRelevance(terms, banana)).toBe(1);
  });
});
