import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiMetrics, type KpiReport, type KpiSlice } from '@ketnoi/shared';
import type { Actor } from '../../../src/lib/actor.ts';
import { countProductsPlacedAbroad } from '../../../src/modules/campaigns/campaigns.kpi.ts';
import { metricRecords } from '../../../src/modules/kpis/kpis.repository.ts';
import { createKpisService, progressOf } from '../../../src/modules/kpis/kpis.service.ts';
import { metrics } from '../../../src/modules/kpis/metrics.ts';
import { createTestContext, type TestContext } from '../../helpers/test-app.ts';
import { expected, seedKpiFixture } from './kpi-fixture.ts';

let ctx: TestContext;
let report: KpiReport;
const coordinator: Actor = {
  id: '00000000-0000-7000-8000-000000000001',
  role: 'coordinator',
  locale: 'vi',
  organizationId: null,
  organizationKind: null,
  organizationStatus: null,
};

const asRecord = (slices: KpiSlice[] | null) =>
  slices === null ? undefined : Object.fromEntries(slices.map((s) => [s.key, s.value]));

beforeAll(async () => {
  ctx = await createTestContext();
  await seedKpiFixture(ctx.database);
  report = await createKpisService({ db: ctx.database.db }).report(coordinator, 2025);
});
afterAll(async () => {
  await ctx?.close();
});

describe('KPI metrics on a fixture with known answers (2025)', () => {
  it('defines every metric once, each with a sheet name Excel accepts', () => {
    expect(metrics.map((m) => m.metric)).toEqual([...kpiMetrics]);
    for (const m of metrics) {
      expect(m.sheet.length).toBeLessThanOrEqual(31);
      expect(m.sheet).not.toMatch(/[\\/?*[\]:]/);
      // The export lists each metric's records by date.
      expect(m.columns.map((c) => c.key)).toContain('date');
    }
    expect(new Set(metrics.map((m) => m.sheet)).size).toBe(metrics.length);
  });

  for (const metric of kpiMetrics) {
    it(`${metric}: actual and breakdowns`, () => {
      const got = report.metrics.find((m) => m.metric === metric)!;
      const want = expected[metric]!;
      expect(got.actual).toBe(want.actual);
      const months = Object.fromEntries(
        got.byMonth.filter((b) => b.value > 0).map((b) => [b.month, b.value]),
      );
      expect(months).toEqual(
        Object.fromEntries(Object.entries(want.months).map(([k, v]) => [k, v])),
      );
      expect(got.byMonth.map((b) => b.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(asRecord(got.byProvince)).toEqual(want.province);
      expect(asRecord(got.byMarket)).toEqual(want.market);
      expect(asRecord(got.byOcopGroup)).toEqual(want.ocopGroup);
      // Each breakdown partitions the records: it sums to the actual.
      for (const slices of [got.byProvince, got.byMarket, got.byOcopGroup]) {
        if (slices) {
          expect(slices.reduce((a, s) => a + s.value, 0)).toBe(got.actual);
        }
      }
    });
  }

  it('labels provinces and OCOP groups from the reference data', () => {
    const placed = report.metrics.find((m) => m.metric === 'products_placed_abroad')!;
    expect(placed.byProvince!.find((s) => s.key === 'son-la')!.label).toEqual({
      vi: 'Sơn La',
      en: 'Son La',
    });
    expect(placed.byOcopGroup!.find((s) => s.key === 'food')!.label!.vi).toMatch(/Thực phẩm/);
  });

  it('products placed abroad agrees with the campaigns module’s own count', async () => {
    for (const year of [2024, 2025, 2026]) {
      const ours = (
        await createKpisService({ db: ctx.database.db }).report(coordinator, year)
      ).metrics.find((m) => m.metric === 'products_placed_abroad')!.actual;
      expect(ours).toBe(await countProductsPlacedAbroad(ctx.database.db, { year }));
    }
  });

  it('draws the year in Vietnam’s time zone', async () => {
    const previous = await createKpisService({ db: ctx.database.db }).report(coordinator, 2024);
    const actual = (metric: string) => previous.metrics.find((m) => m.metric === metric)!.actual;
    expect(actual('products_placed_abroad')).toBe(0);
    expect(actual('products_introduced_city')).toBe(0);
    expect(actual('mous_signed')).toBe(1);
    // C at the December 2024 fair, B's December 2024 campaign application.
    expect(actual('market_information_businesses')).toBe(2);
  });

  it('lists the records behind each number', async () => {
    for (const definition of metrics) {
      const records = await metricRecords(ctx.database.db, definition, 2025);
      expect(records).toHaveLength(expected[definition.metric]!.actual);
      for (const record of records) {
        for (const column of definition.columns) {
          expect(record).toHaveProperty(column.key);
        }
      }
    }
  });

  it('computes progress against the target, null without one', () => {
    expect(progressOf(5, 500)).toBe(1);
    expect(progressOf(81, 80)).toBe(101.3);
    expect(progressOf(3, null)).toBeNull();
    expect(progressOf(3, 0)).toBeNull();
    expect(report.metrics.every((m) => m.target === null && m.progress === null)).toBe(true);
  });

  it('is for coordinators and admins only', async () => {
    const service = createKpisService({ db: ctx.database.db });
    for (const role of ['producer', 'distributor'] as const) {
      await expect(service.report({ ...coordinator, role }, 2025)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(service.report({ ...coordinator, role: 'admin' }, 2025)).resolves.toBeDefined();
  });
});
