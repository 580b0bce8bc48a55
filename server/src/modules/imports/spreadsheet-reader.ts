import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ImportFormat } from '@ketnoi/shared';
import type { StoredText } from '../../db/schema/index.ts';
import { parseCsv } from './csv.ts';
import { ImportFileError } from './import-file-error.ts';
import { entryText, inspectZip, verifyZipEntries, type ZipEntry } from './zip-guard.ts';

/**
 * 20,000 data rows per file: a large producer's whole catalogue, imported in well under a
 * minute; a file with more is refused as a whole (split it). Cells right of column 200 are never
 * read: the template has 22 columns.
 */
export const sheetLimits = { maxRows: 20_000, maxColumns: 200 } as const;

/** A cell that cannot be taken as a value (a formula with no stored result, `#N/A`). */
export class CellProblem {
  constructor(
    readonly shown: string,
    readonly message: StoredText,
  ) {}
}

export type RawCell = string | number | boolean | Date | CellProblem | null;
/** `cells[i]` is column i + 1; `row` is the row number the user sees (1-based). */
export type SheetRow = { row: number; cells: RawCell[] };
export type Sheet = { header: SheetRow; rows: SheetRow[] };

/**
 * Reads the first sheet of an XLSX, or a CSV, into rows of plain cells. The first non-empty row
 * is the header. Throws `ImportFileError` for anything that makes the whole file unusable.
 * XLSX goes through the zip guard first (central directory, then a bounded inflate of every
 * entry) and is then streamed row by row, so a sheet with a million rows stops at row 20,001.
 */
export async function readSheet(
  bytes: Buffer,
  format: ImportFormat,
  onRowsRead: (rows: number) => void = () => undefined,
): Promise<Sheet> {
  const rows =
    format === 'xlsx' ? await readXlsxRows(bytes, onRowsRead) : readCsvRows(bytes, onRowsRead);
  const [header, ...data] = rows;
  if (!header) {
    throw new ImportFileError({
      vi: 'Tệp không có dữ liệu: cần một dòng tiêu đề và các dòng sản phẩm.',
      en: 'The file is empty: it needs a header row and product rows.',
    });
  }
  if (data.length === 0) {
    throw new ImportFileError({
      vi: 'Tệp chỉ có dòng tiêu đề, không có dòng sản phẩm nào.',
      en: 'The file has a header row but no product rows.',
    });
  }
  return { header, rows: data };
}

const tooManyRows = () =>
  new ImportFileError({
    vi: `Tệp có hơn ${sheetLimits.maxRows.toLocaleString('vi-VN')} dòng sản phẩm; hãy chia thành nhiều tệp.`,
    en: `The file has more than ${sheetLimits.maxRows.toLocaleString('en-US')} product rows; split it into several files.`,
  });

const isBlank = (cell: RawCell) =>
  cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * Collects non-blank rows, header included, and stops at the row limit. Row numbers must rise:
 * they become `import_row`, which identifies a row within its import.
 */
function rowCollector(onRowsRead: (rows: number) => void) {
  const rows: SheetRow[] = [];
  let last = 0;
  return {
    rows,
    add(row: SheetRow) {
      if (!Number.isSafeInteger(row.row) || row.row <= last) {
        throw new ImportFileError(
          {
            vi: 'Bảng tính bị hỏng (số dòng không hợp lệ); hãy mở bằng Excel và lưu lại.',
            en: 'The sheet is damaged (invalid row numbers); open it in Excel and save it again.',
          },
          `row ${row.row} after ${last}`,
        );
      }
      last = row.row;
      if (row.cells.every(isBlank)) {
        return;
      }
      // The header plus maxRows data rows.
      if (rows.length > sheetLimits.maxRows) {
        throw tooManyRows();
      }
      rows.push(row);
      // Reading a large sheet takes a second or more: let the caller report it as progress.
      if (rows.length % 500 === 0) {
        onRowsRead(rows.length - 1);
      }
    },
  };
}

/**
 * The parts of exceljs's streaming reader this module drives itself. Its public entry point
 * reads the zip with unzipper and decodes every chunk of XML on its own, which garbles a
 * multi-byte character cut by a chunk boundary ("Hưng Yên" became "Hưng Y��n" in a 10,000-row
 * test). So the zip is read here (zip-guard.ts) and the XML handed over in chunks that always
 * end on a whole UTF-8 character. Checked at run time: if exceljs ever changes these, reading
 * fails loudly (and the tests with it) instead of misreading.
 */
type ReaderInternals = {
  model?: { sheets?: { rId?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<Buffer>,
    sheetNo: string,
  ): Generator<{ value: ExcelJS.stream.xlsx.WorksheetReader }>;
};

const notAWorkbook = () =>
  new ImportFileError({
    vi: 'Tệp không phải bảng tính Excel (.xlsx): không tìm thấy trang tính nào.',
    en: 'The file is not an Excel workbook (.xlsx): it has no worksheet.',
  });

/** The worksheet shown first in Excel (workbook order, which need not be file order). */
function firstSheetPart(reader: ReaderInternals, byName: Map<string, ZipEntry>): ZipEntry {
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((rel) => rel.Id === rId)?.Target;
  if (target) {
    const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const entry = byName.get(name);
    if (entry) {
      return entry;
    }
  }
  const sheets = [...byName.values()].filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name));
  const first = sheets.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))[0];
  if (!first) {
    throw notAWorkbook();
  }
  return first;
}

async function readXlsxRows(
  bytes: Buffer,
  onRowsRead: (rows: number) => void,
): Promise<SheetRow[]> {
  const entries = inspectZip(bytes);
  await verifyZipEntries(bytes, entries);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookPart = byName.get('xl/workbook.xml');
  if (!workbookPart) {
    throw notAWorkbook();
  }
  const collector = rowCollector(onRowsRead);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'ignore',
    }) as unknown as ReaderInternals;
    for (const method of [
      '_parseRels',
      '_parseWorkbook',
      '_parseSharedStrings',
      '_parseWorksheet',
    ] as const) {
      if (typeof reader[method] !== 'function') {
        throw new Error(
          `exceljs no longer has WorkbookReader.${method}; see spreadsheet-reader.ts`,
        );
      }
    }
    const part = (name: string) => byName.get(name);
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) {
      await reader._parseRels(Readable.from(entryText(bytes, rels)));
    }
    await reader._parseWorkbook(Readable.from(entryText(bytes, workbookPart)));
    const sharedStrings = part('xl/sharedStrings.xml');
    if (sharedStrings) {
      for await (const _ of reader._parseSharedStrings(
        Readable.from(entryText(bytes, sharedStrings)),
      )) {
        // 'cache' keeps them on the reader; nothing is yielded.
      }
    }
    const sheet = firstSheetPart(reader, byName);
    const sheetNo = /(\d+)\.xml$/.exec(sheet.name)?.[1] ?? '1';
    for (const { value: worksheet } of reader._parseWorksheet(entryText(bytes, sheet), sheetNo)) {
      for await (const row of worksheet) {
        const cells: RawCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (column <= sheetLimits.maxColumns) {
            cells[column - 1] = cellValue(cell.value);
          }
        });
        for (let i = 0; i < cells.length; i += 1) {
          cells[i] ??= null;
        }
        collector.add({ row: row.number, cells });
      }
    }
  } catch (err) {
    if (err instanceof ImportFileError) {
      throw err;
    }
    throw new ImportFileError(
      {
        vi: 'Không đọc được nội dung bảng tính (tệp bị hỏng hoặc không đúng định dạng .xlsx).',
        en: 'The spreadsheet could not be read (the file is damaged or not a valid .xlsx).',
      },
      err instanceof Error ? err.message : String(err),
    );
  }
  return collector.rows;
}

const formulaWithoutResult = (formula: string) =>
  new CellProblem(`=${formula}`.slice(0, 200), {
    vi: 'Ô chứa công thức nhưng không có giá trị đã tính; hãy dán dạng giá trị (Paste Values) rồi tải lên lại.',
    en: 'The cell holds a formula without a computed value; paste it as a value and upload again.',
  });

/**
 * One exceljs cell value as a plain value. Formulas are never evaluated: the value Excel stored
 * with the formula is taken, and a formula without one is a cell error.
 */
function cellValue(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) {
    return null;
  }
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((run) => run.text ?? '').join('');
  }
  if ('error' in value) {
    return new CellProblem(String(value.error), {
      vi: `Ô có lỗi ${String(value.error)}`,
      en: `The cell holds the error ${String(value.error)}`,
    });
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    const result = value.result;
    if (
      result === undefined ||
      result === null ||
      (typeof result === 'number' && !Number.isFinite(result))
    ) {
      return formulaWithoutResult(String(formula ?? ''));
    }
    if (typeof result === 'object' && !(result instanceof Date)) {
      return formulaWithoutResult(String(formula ?? ''));
    }
    return result;
  }
  if ('text' in value && typeof value.text === 'string') {
    return value.text;
  }
  return null;
}

function readCsvRows(bytes: Buffer, onRowsRead: (rows: number) => void): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError({
      vi: 'Tệp CSV không phải mã UTF-8. Trong Excel hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu.',
      en: 'The CSV file is not UTF-8. In Excel, save it as "CSV UTF-8 (Comma delimited)".',
    });
  }
  const collector = rowCollector(onRowsRead);
  for (const record of parseCsv(text, sheetLimits.maxColumns)) {
    collector.add({ row: record.row, cells: record.fields.map((f) => (f === '' ? null : f)) });
  }
  return collector.rows;
}
