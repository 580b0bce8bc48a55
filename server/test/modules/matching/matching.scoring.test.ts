import { describe, expect, it } from 'vitest';
import type { MatchBreakdown, MatchFeatureKey } from '@ketnoi/shared';
import { scorePair } from '../../../src/modules/matching/matching.scoring.ts';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import {
  defaultMatchingSettings,
  matchingSettingsFrom,
  parseMatchRates,
  parseMatchWeights,
} from '../../../src/modules/matching/matching.settings.ts';
import { demandOf, productOf } from './scoring-fixtures.ts';

const settings = defaultMatchingSettings;
const feature = (b: MatchBreakdown, key: MatchFeatureKey) => b.features.find((f) => f.key === key)!;
const codes = (b: MatchBreakdown) => b.gaps.map((g) => `${g.code}:${g.severity}`);

describe('scorePair', () => {
  it('gives a pair that fits on every count a high score, no gaps, and points that add up to it', () => {
    const { breakdown, capacityShort, outOfSeason } = scorePair(demandOf(), productOf(), settings);
    expect(capacityShort).toBe(false);
    expect(outOfSeason).toBe(false);
    expect(breakdown.gaps).toEqual([]);
    expect(breakdown.score).toBeGreaterThan(90);
    const points = breakdown.features.reduce((sum, f) => sum + f.points, 0);
    expect(Math.abs(points - breakdown.score)).toBeLessThan(0.5);
    expect(breakdown.features.map((f) => f.key)).toHaveLength(12);
  });

  it('is deterministic: the same inputs give the same breakdown', () => {
    const demand = demandOf();
    const product = productOf();
    expect(scorePair(demand, product, settings)).toEqual(scorePair(demand, product, settings));
  });

  it('text relevance: name words count fully, category/description half, synonyms across languages', () => {
    const honey = scorePair(demandOf({ title: 'honey' }), productOf(), settings).breakdown;
    expect(feature(honey, 'textRelevance').value).toBe(1);
    const viaCategory = scorePair(
      demandOf({ title: 'Cần mua mật ong cho chuỗi siêu thị' }),
      productOf({ nameVi: 'Sản phẩm ong tràm', nameEn: null, descriptionVi: 'tự nhiên' }),
      settings,
    ).breakdown;
    // "mật ong" is only in the category name ("Mật ong và sản phẩm từ ong"); the rest are stopwords.
    expect(feature(viaCategory, 'textRelevance').value).toBe(0.5);
    const none = scorePair(demandOf({ title: 'cà phê' }), productOf(), settings).breakdown;
    expect(feature(none, 'textRelevance').value).toBe(0);
  });

  it('category fit: exact 1, same group 0.5 (warning), other group 0 (blocker)', () => {
    const sameGroup = scorePair(demandOf(), productOf({ category: 'fruit' }), settings).breakdown;
    expect(feature(sameGroup, 'categoryFit').value).toBe(0.5);
    expect(codes(sameGroup)).toContain('CATEGORY_MISMATCH:warning');
    const other = scorePair(
      demandOf(),
      productOf({ ocopGroup: 'beverage', category: 'tea' }),
      settings,
    ).breakdown;
    expect(feature(other, 'categoryFit').value).toBe(0);
    expect(codes(other)).toContain('CATEGORY_MISMATCH:blocker');
  });

  it('certification coverage counts only the valid certificates passed in, one blocker per missing scheme', () => {
    const demand = demandOf({ requiredCertifications: ['vietgap', 'haccp'] });
    const half = scorePair(demand, productOf({}, { certifications: ['vietgap'] }), settings);
    expect(feature(half.breakdown, 'certificationCoverage').value).toBe(0.5);
    expect(half.breakdown.gaps).toContainEqual(
      expect.objectContaining({
        code: 'MISSING_CERTIFICATION',
        severity: 'blocker',
        params: { scheme: 'haccp' },
      }),
    );
    const full = scorePair(
      demand,
      productOf({}, { certifications: ['haccp', 'vietgap'] }),
      settings,
    );
    expect(feature(full.breakdown, 'certificationCoverage').value).toBe(1);
  });

  it('OCOP stars: more is better; below the minimum is 0 and a blocker', () => {
    const three = scorePair(demandOf(), productOf({ ocopStars: 3 }), settings).breakdown;
    const five = scorePair(demandOf(), productOf({ ocopStars: 5 }), settings).breakdown;
    expect(feature(five, 'ocopStars').value).toBeGreaterThan(feature(three, 'ocopStars').value);
    const below = scorePair(demandOf({ minOcopStars: 4 }), productOf({ ocopStars: 3 }), settings);
    expect(feature(below.breakdown, 'ocopStars').value).toBe(0);
    expect(codes(below.breakdown)).toContain('STARS_BELOW_MIN:blocker');
  });

  it('capacity: the monthly volume beyond capacity is a blocker and flags the pair as short', () => {
    const short = scorePair(
      demandOf({ quantityPerMonth: 2000 }),
      productOf({ monthlyCapacity: 500 }),
      settings,
    );
    expect(short.capacityShort).toBe(true);
    expect(feature(short.breakdown, 'capacity').value).toBe(0.25);
    expect(short.breakdown.gaps[0]).toMatchObject({
      code: 'CAPACITY_SHORT',
      severity: 'blocker',
      params: { volume: 2000, capacity: 500, unit: 'kg' },
    });
    // Without a monthly volume, one order is compared; units convert (2 tonnes = 2,000 kg).
    const perOrder = scorePair(
      demandOf({ quantityPerMonth: null, quantityPerOrder: 2, unit: 'tonne' }),
      productOf({ monthlyCapacity: 2500 }),
      settings,
    );
    expect(perOrder.capacityShort).toBe(false);
    expect(perOrder.capacity).toBe(2.5);
  });

  it('capacity: units that do not compare, or no stated capacity, are neutral with a warning', () => {
    const mismatch = scorePair(demandOf({ unit: 'bottle' }), productOf(), settings);
    expect(mismatch.capacityShort).toBe(false);
    expect(feature(mismatch.breakdown, 'capacity').value).toBe(0.5);
    expect(codes(mismatch.breakdown)).toContain('UNIT_MISMATCH:warning');
    const unknown = scorePair(demandOf(), productOf({ monthlyCapacity: 0 }), settings);
    expect(codes(unknown.breakdown)).toContain('CAPACITY_UNKNOWN:warning');
  });

  it('a pooled member counts the pool capacity; its shortfall becomes a warning', () => {
    const pool = {
      id: '00000000-0000-8000-8000-000000000001',
      provinceCode: 'ca-mau',
      productIds: [],
      combinedMonthlyCapacity: 2400,
    };
    const pooled = scorePair(
      demandOf({ quantityPerMonth: 2000 }),
      productOf({ monthlyCapacity: 800 }),
      settings,
      { pool },
    );
    expect(feature(pooled.breakdown, 'capacity').value).toBe(1);
    expect(pooled.breakdown.pool).toEqual(pool);
    expect(pooled.breakdown.gaps[0]).toMatchObject({
      code: 'CAPACITY_SHORT',
      severity: 'warning',
      params: { pooledCapacity: 2400 },
    });
  });

  it('season: a needed-by month outside the months available is a blocker', () => {
    const out = scorePair(
      demandOf({ neededBy: '2027-09-15' }),
      productOf({ monthsAvailable: [5, 6, 7] }),
      settings,
    );
    expect(out.outOfSeason).toBe(true);
    expect(feature(out.breakdown, 'season').value).toBe(0);
    expect(out.breakdown.gaps[0]).toMatchObject({
      code: 'OUT_OF_SEASON',
      params: { month: 9, months: '5, 6, 7' },
    });
    const inSeason = scorePair(
      demandOf({ neededBy: '2027-06-01' }),
      productOf({ monthsAvailable: [5, 6, 7] }),
      settings,
    );
    expect(inSeason.outOfSeason).toBe(false);
    expect(feature(inSeason.breakdown, 'season').value).toBe(1);
    // No date but a monthly volume: the share of the year, and a warning.
    const ongoing = scorePair(demandOf(), productOf({ monthsAvailable: [5, 6, 7] }), settings);
    expect(feature(ongoing.breakdown, 'season').value).toBe(0.25);
    expect(codes(ongoing.breakdown)).toContain('SEASONAL_SUPPLY:warning');
  });

  it('MOQ above one order lowers the fit with a warning', () => {
    const r = scorePair(demandOf({ quantityPerOrder: 100 }), productOf({ moq: 400 }), settings);
    expect(feature(r.breakdown, 'moqFit').value).toBe(0.25);
    expect(codes(r.breakdown)).toContain('MOQ_ABOVE_ORDER:warning');
  });

  it('price overlap converts currencies and units with the configured rates', () => {
    // 12 USD per kg target = 304,800 đ at 254 đ/cent; the product sells from 300,000 đ per kg.
    const demand = demandOf({ priceMax: 1200, currency: 'USD' });
    const product = productOf({ priceMin: 300_000, priceMax: 310_000 });
    expect(feature(scorePair(demand, product, settings).breakdown, 'priceOverlap').value).toBe(1);
    // At 227.27 đ/cent the target is 272,724 đ: the price is 10 % above it.
    const cheapDollar = { ...settings, vndPerMinorUnit: parseMatchRates('{"USD":227.27}') };
    const above = scorePair(demand, product, cheapDollar).breakdown;
    expect(feature(above, 'priceOverlap').value).toBeCloseTo(0.8, 1);
    expect(above.gaps).toContainEqual(
      expect.objectContaining({ code: 'PRICE_ABOVE_TARGET', params: { percent: 10 } }),
    );
    // Per tonne against per kg: 300,000 đ/kg target = 300,000,000 đ/tonne.
    const perTonne = scorePair(
      demandOf(),
      productOf({ unit: 'tonne', priceMin: 290_000_000, priceMax: null }),
      settings,
    ).breakdown;
    expect(feature(perTonne, 'priceOverlap').value).toBe(1);
    // No target price: neutral.
    const noTarget = scorePair(demandOf({ priceMax: null }), productOf(), settings).breakdown;
    expect(feature(noTarget, 'priceOverlap').value).toBe(0.5);
  });

  it('terms fit: each unmet commercial term is a gap ("needs VAT invoices — producer cannot issue them")', () => {
    const demand = demandOf({
      requirements: {
        requiresVatInvoice: true,
        requiresGs1Barcode: true,
        requiresTraceabilityStamp: true,
        paymentDays: 45,
        consignmentOnly: true,
        listingFee: true,
        promotionContributionPercent: 5,
        minRemainingShelfLifePercent: 70,
        labelLanguages: [],
      },
    });
    const unprepared = productOf({ shelfLifeDays: 30 }, { retailReadiness: null });
    const { breakdown } = scorePair(demand, unprepared, settings);
    expect(feature(breakdown, 'termsFit').value).toBe(0);
    expect(codes(breakdown)).toEqual(
      expect.arrayContaining([
        'VAT_INVOICE:blocker',
        'BARCODE:blocker',
        'CONSIGNMENT:blocker',
        'TRACEABILITY:warning',
        'PAYMENT_TERMS:warning',
        'PROMOTION_CONTRIBUTION:warning',
        'SHELF_LIFE:warning',
        'LISTING_FEE:warning',
      ]),
    );
    const vat = breakdown.gaps.find((g) => g.code === 'VAT_INVOICE')!;
    expect(vat.message.en).toBe('needs VAT invoices — producer cannot issue them');
    expect(vat.message.vi).toContain('hóa đơn VAT');
    // Blockers are listed first.
    const firstWarning = breakdown.gaps.findIndex((g) => g.severity === 'warning');
    expect(breakdown.gaps.slice(firstWarning).every((g) => g.severity === 'warning')).toBe(true);
    // The fully prepared producer meets them all (its 720-day shelf life leaves 98 %).
    const ready = scorePair(demand, productOf(), settings).breakdown;
    expect(feature(ready, 'termsFit').value).toBe(1);
    expect(codes(ready)).toEqual(['LISTING_FEE:warning']);
  });

  it('region preference: preferred province 1, preferred region only 0.7, elsewhere 0 with a warning', () => {
    const product = productOf();
    const byProvince = demandOf({
      preferredProvinces: ['ca-mau'],
      preferredRegions: ['southeast'],
    });
    expect(
      feature(scorePair(byProvince, product, settings).breakdown, 'regionPreference').value,
    ).toBe(1);
    const byRegion = demandOf({
      preferredProvinces: ['an-giang'],
      preferredRegions: ['mekong-delta'],
    });
    expect(
      feature(scorePair(byRegion, product, settings).breakdown, 'regionPreference').value,
    ).toBe(0.7);
    const elsewhere = scorePair(
      demandOf({ preferredRegions: ['red-river-delta'] }),
      product,
      settings,
    );
    expect(feature(elsewhere.breakdown, 'regionPreference').value).toBe(0);
    expect(codes(elsewhere.breakdown)).toContain('OUTSIDE_PREFERRED_AREA:warning');
  });

  it('export readiness: the destination already served 1, other markets 0.6, never exported 0.2', () => {
    const japan = demandOf({ destinationCountry: 'JP' });
    const served = scorePair(japan, productOf({ exportedTo: ['JP'] }), settings).breakdown;
    expect(feature(served, 'exportReadiness').value).toBe(1);
    const elsewhere = scorePair(japan, productOf({ exportedTo: ['KR'] }), settings).breakdown;
    expect(feature(elsewhere, 'exportReadiness').value).toBe(0.6);
    expect(codes(elsewhere)).toContain('NOT_EXPORTED_TO_MARKET:warning');
    const never = scorePair(japan, productOf({ exportedTo: [] }), settings).breakdown;
    expect(feature(never, 'exportReadiness').value).toBe(0.2);
    expect(never.gaps.find((g) => g.code === 'NO_EXPORT_EXPERIENCE')?.params).toEqual({
      country: 'JP',
    });
  });

  it('responsiveness: no history is neutral (0.5); a poor answer rate is low with a warning', () => {
    const none = scorePair(demandOf(), productOf(), settings).breakdown;
    expect(feature(none, 'responsiveness').value).toBe(0.5);
    const good = scorePair(
      demandOf(),
      productOf({}, { responses: { requests: 10, answered: 10 } }),
      settings,
    ).breakdown;
    expect(feature(good, 'responsiveness').value).toBeGreaterThan(0.9);
    const poor = scorePair(
      demandOf(),
      productOf({}, { responses: { requests: 8, answered: 1 } }),
      settings,
    ).breakdown;
    expect(feature(poor, 'responsiveness').value).toBe(0.2);
    expect(codes(poor)).toContain('SLOW_TO_RESPOND:warning');
  });

  it('weights are configuration: a feature weighted 0 gives no points; the rest rescale to 100', () => {
    const demand = demandOf({ title: 'cà phê' });
    const product = productOf();
    const base = scorePair(demand, product, settings).breakdown;
    const noText = { ...settings, weights: parseMatchWeights('{"textRelevance":0}') };
    const without = scorePair(demand, product, noText).breakdown;
    expect(feature(without, 'textRelevance')).toMatchObject({ weight: 0, points: 0 });
    expect(without.score).toBeGreaterThan(base.score);
    expect(() => parseMatchWeights('{"colour":3}')).toThrow(/unknown feature/);
    expect(() => parseMatchWeights('{"termsFit":-1}')).toThrow(/≥ 0/);
    expect(() => parseMatchRates('{"XYZ":1}')).toThrow(/unknown currency/);
    // A bad setting stops the boot, naming the variable.
    expect(() => loadConfig({ MATCHING_WEIGHTS: '{"colour":3}' })).toThrow(ConfigError);
    expect(() => loadConfig({ MATCHING_RATES: 'not json' })).toThrow(/MATCHING_RATES/);
    expect(matchingSettingsFrom(loadConfig({ MATCHING_TOP_N: '5' })).topN).toBe(5);
  });
});
