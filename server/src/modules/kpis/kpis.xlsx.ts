import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { KpiReport } from '@ketnoi/shared';
import { ocopGroups, provinces } from '@ketnoi/shared/reference';
import type { MetricDefinition } from './metrics.ts';

export const summarySheetName = 'Tổng hợp';
/** Rows 1–2 are the headers (Vietnamese, then English); records start on row 3. */
export const firstDataRow = 3;

const provinceNames = new Map(provinces.map((p) => [p.code as string, p.vi]));
const groupNames = new Map(ocopGroups.map((g) => [g.code as string, g.vi]));
const vietnamOffsetMs = 7 * 3600_000;
const bold = { bold: true };
const muted = { italic: true, color: { argb: 'FF666666' } };

type Header = { vi: string; en: string; width?: number; numFmt?: string };

/**
 * Every value goes in as data, never as a formula: a JS string becomes a string cell, so a name
 * such as `=HYPERLINK(…)` is shown literally (RELIABILITY-TESTS S18).
 */
function cellValue(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) {
    return null;
  }
  if (value instanceof Date) {
    // Excel has no time zones: show the instant as Vietnam's wall-clock time (UTC+7, no DST).
    return new Date(value.getTime() + vietnamOffsetMs);
  }
  if (typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  return JSON.stringify(value);
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, headers: Header[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = headers.map((h) => ({
    width: h.width ?? 22,
    ...(h.numFmt ? { style: { numFmt: h.numFmt } } : {}),
  }));
  const vi = sheet.addRow(headers.map((h) => h.vi));
  vi.font = bold;
  vi.commit();
  const en = sheet.addRow(headers.map((h) => h.en));
  en.font = muted;
  en.commit();
  return sheet;
}

/**
 * The KPI workbook: the summary (targets, actuals, progress, months), then each metric's records.
 * Written with exceljs's streaming writer, row by row: tens of thousands of records stay cheap.
 */
export async function kpiWorkbook(
  report: KpiReport,
  definitions: readonly MetricDefinition[],
  records: Record<string, unknown>[][],
): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = 'KếtNối';
  workbook.created = new Date(report.generatedAt);

  const summary = addSheet(workbook, summarySheetName, [
    { vi: 'Chỉ tiêu', en: 'Metric', width: 50 },
    { vi: 'Đơn vị', en: 'Unit', width: 14 },
    { vi: `Kế hoạch ${report.year}`, en: `Target ${report.year}`, width: 14 },
    { vi: 'Thực hiện', en: 'Actual', width: 12 },
    { vi: 'Tỷ lệ hoàn thành (%)', en: 'Progress (%)', width: 14 },
    ...Array.from({ length: 12 }, (_, i) => ({ vi: `T${i + 1}`, en: `M${i + 1}`, width: 7 })),
    { vi: 'Cách tính', en: 'Definition', width: 80 },
  ]);
  for (const m of report.metrics) {
    summary
      .addRow(
        [
          m.label.vi,
          m.unit.vi,
          m.target,
          m.actual,
          m.progress,
          ...m.byMonth.map((b) => b.value),
          m.definition.vi,
        ].map(cellValue),
      )
      .commit();
  }
  summary.addRow([]).commit();
  summary
    .addRow([
      `Số liệu tính từ dữ liệu của nền tảng lúc ${report.generatedAt} (UTC). / Computed from the platform's data.`,
    ])
    .commit();
  summary.commit();

  definitions.forEach((definition, i) => {
    const extra = [
      { key: 'province_code', vi: 'Tỉnh/thành', en: 'Province', names: provinceNames },
      ...(definition.dimensions.includes('market')
        ? [{ key: 'market', vi: 'Thị trường', en: 'Market', names: undefined }]
        : []),
      ...(definition.dimensions.includes('ocopGroup')
        ? [{ key: 'ocop_group', vi: 'Nhóm OCOP', en: 'OCOP group', names: groupNames }]
        : []),
      { key: 'month', vi: 'Tháng', en: 'Month', names: undefined },
    ];
    const sheet = addSheet(workbook, definition.sheet, [
      { vi: 'STT', en: '#', width: 6 },
      ...definition.columns.map((c) =>
        c.key === 'date' ? { ...c, numFmt: 'dd/mm/yyyy hh:mm' } : c,
      ),
      ...extra,
    ]);
    records[i]!.forEach((record, r) => {
      sheet
        .addRow([
          r + 1,
          ...definition.columns.map((c) => cellValue(record[c.key])),
          ...extra.map((c) => {
            const raw = record[c.key];
            return cellValue(c.names && typeof raw === 'string' ? (c.names.get(raw) ?? raw) : raw);
          }),
        ])
        .commit();
    });
    sheet.commit();
  });
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
