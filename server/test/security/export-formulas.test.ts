import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../helpers/fixtures.ts';
import { seedKpiFixture } from '../modules/kpis/kpi-fixture.ts';

/**
 * S18 (RELIABILITY-TESTS.md): formula injection in exports. Every product and organization name
 * behind the 2025 KPI workbook is replaced by a spreadsheet formula; kpis.xlsx must hold each as
 * a string cell, shown literally, and contain no formula cell at all. The import error reports
 * (errors.csv quoted with a leading `'`, errors.xlsx as text) are covered with the same four
 * payloads by test/routes/api/v1/imports/imports.test.ts ("error reports"); the import reader's
 * refusal to evaluate formulas by the same file ("takes the stored result of a formula").
 */

const payloads = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(1)'];

let ctx: TestContext;
let coordinator: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
  await seedKpiFixture(ctx.database);
  const list = sql.raw(
    `array[${payloads.map((p) => `'${p.replaceAll("'", "''")}'`).join(',')}]::text[]`,
  );
  // Each row gets one of the payloads, by a hash of its id and a salt, so all four occur.
  const pick = (salt: string) => sql`(${list})[1 + abs(hashtext(id::text || ${salt})) % 4]`;
  await ctx.database.db.execute(sql`
    update organizations set legal_name = ${pick('l')}, trading_name = ${pick('t')}`);
  await ctx.database.db.execute(sql`
    update products set name_vi = ${pick('v')}, name_en = ${pick('e')},
      public_facts = case when public_facts is null then null
        else public_facts || jsonb_build_object('nameVi', ${pick('v')}, 'nameEn', ${pick('e')}) end`);
});
afterAll(async () => {
  await ctx?.close();
});

describe('S18 formula injection in exports', () => {
  it('kpis.xlsx holds formula-like names as string cells, shown literally, and no formula', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reports/kpis.xlsx?year=2025',
      headers: authHeader(coordinator.accessToken),
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);

    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell))),
    );
    const formulas = cells.filter(
      (c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined,
    );
    expect(formulas.map((c) => c.address)).toEqual([]);

    const hits = cells.filter((c) => payloads.includes(c.text));
    const seen = new Set(hits.map((c) => c.text));
    expect([...seen].sort()).toEqual([...payloads].sort());
    expect(hits.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    expect(hits.every((c) => c.value === c.text)).toBe(true);
    console.log(
      JSON.stringify({
        suite: 'S18 export-formulas',
        cells: cells.length,
        formulaLikeCells: hits.length,
        formulaCells: formulas.length,
      }),
    );
  });
});
