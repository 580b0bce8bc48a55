/**
 * Import files for the load scenarios: rows in the template's columns from the synthetic
 * catalogue's vocabulary, as an XLSX the way Excel writes one (the same shape as
 * bench/catalogue.bench.ts builds), and the upload over real HTTP.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { headerLabel, importColumns } from '../../src/modules/imports/imports.columns.ts';
import { buildVocabulary, random } from '../lib/synthetic-catalogue.ts';

type Cell = string | number | null;

/** `count` valid rows; `seed` varies names and prices so two files never hash the same. */
export async function importFile(count: number, seed: number): Promise<Buffer> {
  const templates = [...buildVocabulary().values()].flat();
  const rand = random(seed);
  const rows: Cell[][] = [];
  for (let i = 0; i < count; i += 1) {
    const t = templates[Math.floor(rand() * templates.length)]!;
    const jitter = 0.9 + rand() * 0.2;
    const priceMin = Math.max(100, Math.round((t.priceMin * jitter) / 100) * 100);
    const months = t.months.slice(1, -1);
    const values: Record<string, Cell> = {
      nameVi: `${t.nameVi} (lô ${seed}-${i + 1})`.slice(0, 200),
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
    rows.push(importColumns.map((c) => values[c.field] ?? null));
  }
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

/** POST /api/v1/imports/products with the file; the status and parsed body. */
export async function uploadImport(
  apiUrl: string,
  token: string,
  file: Buffer,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: { id?: string; code?: string } }> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([file], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    'bench-load.xlsx',
  );
  const response = await fetch(`${apiUrl}/api/v1/imports/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...headers },
    body: form,
  });
  const text = await response.text();
  let body: { id?: string; code?: string } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { code: text.slice(0, 200) };
  }
  return { status: response.status, body };
}
