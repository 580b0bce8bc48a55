/**
 * An import spreadsheet of `count` good rows for the fault scenarios (F3a), in the template's
 * columns, from the synthetic catalogue's vocabulary: the same construction as
 * `catalogue.bench.ts`'s import file (a bench entry point, so not importable).
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { headerLabel, importColumns } from '../../src/modules/imports/imports.columns.ts';
import { buildVocabulary, random } from '../lib/synthetic-catalogue.ts';

type Cell = string | number | null;

export async function importFile(count: number, seed: number): Promise<Buffer> {
  const templates = [...buildVocabulary().values()].flat();
  const rand = random(seed);
  const stride = [7919, 7907, 7901].find((s) => templates.length % s !== 0)!;
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
  for (let i = 0; i < count; i += 1) {
    const t = templates[(i * stride) % templates.length]!;
    const jitter = 0.9 + rand() * 0.2;
    const priceMin = Math.max(100, Math.round((t.priceMin * jitter) / 100) * 100);
    const months = t.months.slice(1, -1);
    const values: Record<string, Cell> = {
      nameVi: t.nameVi,
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
    sheet.addRow(importColumns.map((c) => values[c.field] ?? null)).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
