import { describe, expect, it } from 'vitest';
import {
  deliveryWindowDays,
  gapsOf,
  hasExportedTo,
  marketReadiness,
  type ReadinessFacts,
} from '../../../../../src/modules/market-guides/market-readiness.ts';

/** The pure checklist shared by the guide checklist, campaign screening and matching. */
const facts = (overrides: Partial<ReadinessFacts> = {}): ReadinessFacts => ({
  certifications: ['haccp', 'vietgap'],
  labelLanguages: null,
  shelfLifeDays: 365,
  ocopGroup: 'food',
  moq: 100,
  unit: 'kg',
  exportedTo: [],
  ...overrides,
});

const byCode = (items: { code: string }[], code: string) => items.filter((i) => i.code === code);

describe('marketReadiness', () => {
  it('has HACCP ✓, needs FDA registration ✗ — and is not ready', () => {
    const readiness = marketReadiness({ requiredCertifications: ['haccp', 'fda-ffr'] }, facts());
    expect(readiness.ready).toBe(false);
    expect(readiness.items.map((i) => [i.params.certification, i.met, i.message.en])).toEqual([
      ['haccp', true, 'Has HACCP ✓'],
      ['fda-ffr', false, 'Needs US FDA food facility registration ✗'],
    ]);
    expect(readiness.items[0]!.message.vi).toBe('Có HACCP ✓');
    expect(gapsOf(readiness).map((g) => g.params.certification)).toEqual(['fda-ffr']);
  });

  it('an empty requirement set is ready with nothing to show', () => {
    expect(marketReadiness({}, facts())).toEqual({ ready: true, items: [] });
  });

  it('one of several certifications: any one held is enough', () => {
    const anyOf = ['brcgs', 'ifs', 'fssc22000'];
    expect(marketReadiness({ anyOfCertifications: anyOf }, facts()).ready).toBe(false);
    const held = marketReadiness(
      { anyOfCertifications: anyOf },
      facts({ certifications: ['ifs'] }),
    );
    expect(held.ready).toBe(true);
    expect(held.items[0]!.message.en).toBe(
      'Has IFS Food (one of BRCGS, IFS Food, FSSC 22000 required) ✓',
    );
  });

  it('label languages cannot be judged from product facts: to confirm, never a blocker', () => {
    const readiness = marketReadiness({ labelLanguages: ['ja'] }, facts());
    expect(readiness.ready).toBe(true);
    expect(readiness.items).toEqual([
      expect.objectContaining({ code: 'label-language', met: null, params: { language: 'ja' } }),
    ]);
    expect(readiness.items[0]!.message.en).toBe(
      'The label must be in Japanese — check the product label ?',
    );
    expect(readiness.items[0]!.message.vi).toContain('tiếng nhật');
    // When a label's languages are known they decide.
    expect(
      marketReadiness({ labelLanguages: ['ja'] }, facts({ labelLanguages: ['en'] })).ready,
    ).toBe(false);
  });

  it('minimum shelf life: a product without one stated fails, at the limit passes', () => {
    const rule = { minShelfLifeDays: 180 };
    expect(marketReadiness(rule, facts({ shelfLifeDays: null })).items[0]).toMatchObject({
      met: false,
      code: 'shelf-life-days',
    });
    expect(marketReadiness(rule, facts({ shelfLifeDays: 179 })).ready).toBe(false);
    expect(marketReadiness(rule, facts({ shelfLifeDays: 180 })).ready).toBe(true);
  });

  it('remaining shelf life on arrival: the window must cover the transit, in whole days', () => {
    // 67 % must remain: a product may be 33 % of its life old on arrival.
    expect(deliveryWindowDays(90, 67)).toBe(29);
    const rule = { minRemainingShelfLifePercent: 67, transitDays: 21 };
    // 63 × 33 = 2079 < 2100; 64 × 33 = 2112 ≥ 2100 — the same integer test as the SQL twin.
    expect(marketReadiness(rule, facts({ shelfLifeDays: 63 })).ready).toBe(false);
    const ok = marketReadiness(rule, facts({ shelfLifeDays: 64 }));
    expect(ok.ready).toBe(true);
    expect(ok.items[0]).toMatchObject({
      params: { percent: 67, shelfLifeDays: 64, windowDays: 21, transitDays: 21 },
    });
    expect(ok.items[0]!.message.en).toBe(
      'Shelf life 64 days with ≥ 67% left on delivery: it must arrive within 21 days of production (transit about 21 days) ✓',
    );
    expect(marketReadiness(rule, facts({ shelfLifeDays: null })).ready).toBe(false);
  });

  it('OCOP groups gate; MOQ and export experience are advice only', () => {
    const readiness = marketReadiness(
      {
        ocopGroups: ['beverage'],
        moq: { quantity: 50, unit: 'kg' },
        country: 'JP',
      },
      facts(),
    );
    expect(readiness.ready).toBe(false);
    expect(byCode(readiness.items, 'ocop-group')[0]).toMatchObject({
      met: false,
      severity: 'blocker',
    });
    expect(byCode(readiness.items, 'moq')[0]).toMatchObject({ met: false, severity: 'warning' });
    expect(byCode(readiness.items, 'export-experience')[0]).toMatchObject({
      met: false,
      severity: 'warning',
    });
    const advisoryOnly = marketReadiness(
      { moq: { quantity: 50, unit: 'kg' }, country: 'JP' },
      facts(),
    );
    expect(advisoryOnly.ready).toBe(true);
    // Different units cannot be compared.
    expect(
      marketReadiness({ moq: { quantity: 2, unit: 'carton' } }, facts()).items[0]!.met,
    ).toBeNull();
    // The domestic market has no export line.
    expect(marketReadiness({ country: 'VN' }, facts()).items).toEqual([]);
  });

  it('any member state counts as export experience for the EU', () => {
    expect(hasExportedTo(['DE'], 'EU')).toBe(true);
    expect(hasExportedTo(['US'], 'EU')).toBe(false);
    expect(hasExportedTo(['JP'], 'JP')).toBe(true);
    const item = marketReadiness({ country: 'EU' }, facts({ exportedTo: ['NL'] })).items[0]!;
    expect(item).toMatchObject({ met: true });
    expect(item.message.en).toBe('Has exported to European Union ✓');
  });
});
