/**
 * Import spreadsheets for the benches: rows in the import template's columns from the synthetic
 * catalogue's vocabulary (every province's specialties × variants × grades), prices and
 * capacities jittered — codes where the template asks for codes, province codes, HS codes as
 * text, months as "5,6,7" (blank = all year), countries as "JP, KR" — written as Excel writes an
 * XLSX (shared strings) on the template's first sheet.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { headerLabel, importColumns } from '../../src/modules/imports/imports.columns.ts';
import { buildVocabulary, random, type Template } from './synthetic-catalogue.ts';

export type Cell = string | number | null;

/** One template row; `nameVi` overrides the name (to make rows of two files differ). */
export function importRow(t: Template, jitter: number, nameVi = t.nameVi): Cell[] {
  const priceMin = Math.max(100, Math.round((t.priceMin * jitter) / 100) * 100);
  const months = t.months.slice(1, -1);
  const values: Record<string, Cell> = {
    nameVi,
    nameEn: t.nameEn || null,
    descriptionVi: t.descriptionVi,
    descriptionEn: t.descriptionEn,
    ocopGroup: t.group,
    category: t.category,
    ocopStars: t.stars,
    province: t.province,
    originLegacyProvince: t.legacy,
    monthsAvailable: months.split(',').length === 12 ? null : months,
    hsCode: t.hs,
    unit: t.unit,
    moq: t.moq,
    monthlyCapacity: Math.round(t.capacity * jitter),
    leadTimeDays: t.lead,
    priceMin,
    priceMax: Math.max(priceMin, Math.round((t.priceMax * jitter) / 100) * 100),
    currency: 'VND',
    shelfLifeDays: t.shelf,
    storage: t.storage,
    packaging: t.packaging,
    exportedTo: t.exportedTo.slice(1, -1).split(',').filter(Boolean).join(', ') || null,
  };
  return importColumns.map((c) => values[c.field] ?? null);
}

/** `count` rows walking the whole vocabulary (a stride coprime with its size), deterministic. */
export function importRows(count: number, seed: number): Cell[][] {
  const templates = [...buildVocabulary().values()].flat();
  const rand = random(seed);
  const stride = [7919, 7907, 7901].find((s) => templates.length % s !== 0)!;
  return Array.from({ length: count }, (_, i) =>
    importRow(templates[(i * stride) % templates.length]!, 0.9 + rand() * 0.2),
  );
}

export async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: true,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('Sản phẩm - Products');
  sheet.addRow(importColumns.map(headerLabel)).commit();
  for (const row of rows) {
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
