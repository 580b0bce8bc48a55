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
});
afterAll(async () => {
  await ctx?.close();
});

/** Every product and organization name becomes `payload`, whichever of them the workbook shows. */
async function nameEverythingAs(payload: string) {
  await ctx.database.db.execute(sql`
    update organizations set legal_name = ${payload}, trading_name = ${payload}`);
  await ctx.database.db.execute(sql`
    update products set name_vi = ${payload}, name_en = ${payload},
      public_facts = case when public_facts is null then null
        else public_facts || jsonb_build_object('nameVi', ${payload}::text, 'nameEn', ${payload}::text) end`);
}

describe('S18 formula injection in exports', () => {
  // One payload at a time, on every name: spreading them over rows by a hash of their random ids
  // left a payload out of the workbook now and then.
  it.each(payloads)(
    'kpis.xlsx holds %s in names as string cells, shown literally, and no formula',
    async (payload) => {
      await nameEverythingAs(payload);
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

      const hits = cells.filter((c) => c.text === payload);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
      expect(hits.every((c) => c.value === c.text)).toBe(true);
      console.log(
        JSON.stringify({
          suite: 'S18 export-formulas',
          payload,
          cells: cells.length,
          formulaLikeCells: hits.length,
          formulaCells: formulas.length,
        }),
      );
    },
  );
});
