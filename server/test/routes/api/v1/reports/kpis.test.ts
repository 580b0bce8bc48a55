import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { kpiMetrics, type KpiReport, type KpiTargetList } from '@ketnoi/shared';
import { auditLog } from '../../../../../src/db/schema/index.ts';
import { firstDataRow, summarySheetName } from '../../../../../src/modules/kpis/kpis.xlsx.ts';
import { metrics } from '../../../../../src/modules/kpis/metrics.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { expected, formulaName, seedKpiFixture } from '../../../../modules/kpis/kpi-fixture.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producer: Account;
let distributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producer, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  await seedKpiFixture(ctx.database);
});
afterAll(async () => {
  await ctx?.close();
});

const request = (method: 'GET' | 'PUT', url: string, account?: Account, payload?: object) =>
  ctx.app.inject({
    method,
    url,
    headers: account ? authHeader(account.accessToken) : {},
    ...(payload ? { payload } : {}),
  });

describe('KPI targets', () => {
  it('lists every metric, sets new targets, then changes them only at the current version', async () => {
    const empty = (
      await request('GET', '/api/v1/kpi-targets?year=2025', coordinator)
    ).json<KpiTargetList>();
    expect(empty.items.map((i) => i.metric)).toEqual([...kpiMetrics]);
    expect(empty.items.every((i) => i.target === null && i.version === null)).toBe(true);

    const set = await request('PUT', '/api/v1/kpi-targets?year=2025', coordinator, {
      targets: [
        { metric: 'market_information_businesses', target: 500 },
        { metric: 'products_placed_abroad', target: 80 },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    const afterSet = set.json<KpiTargetList>();
    expect(afterSet.items.find((i) => i.metric === 'products_placed_abroad')).toMatchObject({
      target: 80,
      version: 1,
    });

    const withoutVersion = await request('PUT', '/api/v1/kpi-targets?year=2025', coordinator, {
      targets: [{ metric: 'products_placed_abroad', target: 90 }],
    });
    expect(withoutVersion.statusCode).toBe(409);
    expect(withoutVersion.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    // All or none: the first target changes, the second is stale, so neither is saved.
    const partlyStale = await request('PUT', '/api/v1/kpi-targets?year=2025', admin, {
      targets: [
        { metric: 'market_information_businesses', target: 600, version: 1 },
        { metric: 'products_placed_abroad', target: 90, version: 7 },
      ],
    });
    expect(partlyStale.statusCode).toBe(409);
    const unchanged = (
      await request('GET', '/api/v1/kpi-targets?year=2025', admin)
    ).json<KpiTargetList>();
    expect(unchanged.items.find((i) => i.metric === 'market_information_businesses')!.target).toBe(
      500,
    );

    const changed = await request('PUT', '/api/v1/kpi-targets?year=2025', admin, {
      targets: [{ metric: 'products_placed_abroad', target: 4, version: 1 }],
    });
    expect(
      changed.json<KpiTargetList>().items.find((i) => i.metric === 'products_placed_abroad'),
    ).toMatchObject({
      target: 4,
      version: 2,
    });
    const [audited] = await ctx.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.action, 'kpi_target.set'));
    expect(audited!.n).toBe(3);
  });

  it('refuses bad input and any attempt to type in an actual', async () => {
    const cases: [string, object][] = [
      ['/api/v1/kpi-targets?year=1999', { targets: [{ metric: 'mous_signed', target: 1 }] }],
      ['/api/v1/kpi-targets', { targets: [{ metric: 'mous_signed', target: 1 }] }],
      ['/api/v1/kpi-targets?year=2025', { targets: [{ metric: 'mous_signed', target: -1 }] }],
      ['/api/v1/kpi-targets?year=2025', { targets: [{ metric: 'unknown', target: 1 }] }],
      [
        '/api/v1/kpi-targets?year=2025',
        { targets: [{ metric: 'mous_signed', target: 1, actual: 30 }] },
      ],
      ['/api/v1/kpi-targets?year=2025', { targets: [] }],
      [
        '/api/v1/kpi-targets?year=2025',
        {
          targets: [
            { metric: 'mous_signed', target: 1 },
            { metric: 'mous_signed', target: 2 },
          ],
        },
      ],
    ];
    for (const [url, payload] of cases) {
      const response = await request('PUT', url, coordinator, payload);
      expect(response.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
});

describe('GET /reports/kpis', () => {
  it('reports targets, computed actuals and progress', async () => {
    const response = await request('GET', '/api/v1/reports/kpis?year=2025', coordinator);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<KpiReport>();
    expect(body.year).toBe(2025);
    for (const metric of kpiMetrics) {
      expect(body.metrics.find((m) => m.metric === metric)!.actual).toBe(expected[metric]!.actual);
    }
    expect(body.metrics.find((m) => m.metric === 'market_information_businesses')).toMatchObject({
      target: 500,
      actual: 5,
      progress: 1,
    });
    expect(body.metrics.find((m) => m.metric === 'products_placed_abroad')).toMatchObject({
      target: 4,
      actual: 3,
      progress: 75,
    });
    expect(body.metrics.find((m) => m.metric === 'products_introduced_city')!.byMarket).toBeNull();
  });
});

describe('GET /reports/kpis.xlsx', () => {
  it('opens, with a summary and one sheet of records per metric, Vietnamese headers first', async () => {
    const response = await request('GET', '/api/v1/reports/kpis.xlsx?year=2025', coordinator);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ketnoi-kpi-2025.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      summarySheetName,
      ...metrics.map((m) => m.sheet),
    ]);

    const summary = workbook.getWorksheet(summarySheetName)!;
    expect(summary.getCell(1, 1).value).toBe('Chỉ tiêu');
    expect(summary.getCell(2, 1).value).toBe('Metric');
    metrics.forEach((m, i) => {
      const row = summary.getRow(firstDataRow + i);
      expect(row.getCell(1).value).toBe(m.label.vi);
      expect(row.getCell(4).value).toBe(expected[m.metric]!.actual);
      // The monthly columns (6–17) add up to the actual.
      const months = Array.from({ length: 12 }, (_, k) => Number(row.getCell(6 + k).value));
      expect(months.reduce((a, b) => a + b, 0)).toBe(expected[m.metric]!.actual);
    });
    expect(summary.getRow(firstDataRow).getCell(3).value).toBe(500);
    expect(summary.getRow(firstDataRow).getCell(5).value).toBe(1);

    for (const m of metrics) {
      const sheet = workbook.getWorksheet(m.sheet)!;
      expect(sheet.getCell(1, 1).value).toBe('STT');
      expect(sheet.getCell(2, 1).value).toBe('#');
      expect(sheet.getCell(1, 2).value).toBe(m.columns[0]!.vi);
      expect(sheet.getCell(2, 2).value).toBe(m.columns[0]!.en);
      expect(sheet.actualRowCount - 2).toBe(expected[m.metric]!.actual);
    }
    // A name that looks like a formula stays text: a string cell, shown literally.
    const placed = workbook.getWorksheet(
      metrics.find((m) => m.metric === 'products_placed_abroad')!.sheet,
    )!;
    const cells: ExcelJS.Cell[] = [];
    placed.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const formulaCells = cells.filter((c) => c.value === formulaName);
    expect(formulaCells.length).toBeGreaterThan(0);
    expect(formulaCells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    // Provinces by name, not code.
    expect(cells.some((c) => c.value === 'Sơn La')).toBe(true);
  });
});

describe('authorization', () => {
  const routes: [string, 'GET' | 'PUT', object?][] = [
    ['/api/v1/reports/kpis?year=2025', 'GET'],
    ['/api/v1/reports/kpis.xlsx?year=2025', 'GET'],
    ['/api/v1/kpi-targets?year=2025', 'GET'],
    ['/api/v1/kpi-targets?year=2026', 'PUT', { targets: [{ metric: 'mous_signed', target: 1 }] }],
  ];
  it('anonymous 401, producers and distributors 403, coordinators and admins 200', async () => {
    for (const [url, method, payload] of routes) {
      expect((await request(method, url, undefined, payload)).statusCode, url).toBe(401);
      expect((await request(method, url, producer, payload)).statusCode, url).toBe(403);
      expect((await request(method, url, distributor, payload)).statusCode, url).toBe(403);
      expect((await request(method, url, coordinator, payload)).statusCode, url).toBe(200);
      const byAdmin = await request(
        method,
        url,
        admin,
        method === 'PUT'
          ? { targets: [{ metric: 'mous_signed', target: 2, version: 1 }] }
          : undefined,
      );
      expect(byAdmin.statusCode, url).toBe(200);
    }
  });
});
