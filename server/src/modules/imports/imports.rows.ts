import type { ErrorObject } from 'ajv';
import { Compile } from 'typebox/compile';
import { CreateProductBodySchema } from '@ketnoi/shared';
import {
  normalizeText,
  productCategories,
  resolveOcopGroup,
  units,
} from '@ketnoi/shared/reference';
import type { StoredImportError, StoredImportWarning, StoredText } from '../../db/schema/index.ts';
import { AppError } from '../../lib/errors.ts';
import { localizeValidationErrors } from '../../lib/validation-messages.ts';
import { toProductColumns } from '../products/products.input.ts';
import type { NewProductRow } from '../products/products.repository.ts';
import {
  columnByField,
  columnForHeader,
  importColumns,
  type ColumnKind,
  type ImportColumn,
} from './imports.columns.ts';
import { ImportFileError } from './import-file-error.ts';
import { CellProblem, type RawCell, type SheetRow } from './spreadsheet-reader.ts';

/** The same schema `POST /products` validates with, compiled once. */
const createProduct = Compile(CreateProductBodySchema);

/** A row that passed every check becomes these columns; a row that did not, its errors. */
export type PreparedRow = {
  row: number;
  columns: Partial<NewProductRow> | null;
  errors: StoredImportError[];
};

/** Errors kept per row: beyond a handful the user has the picture, and a hostile file stays small. */
const MAX_ERRORS_PER_ROW = 10;
const MAX_WARNINGS = 50;
const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

type MappedColumn = { index: number; header: string; column: ImportColumn };
export type HeaderMap = { columns: MappedColumn[]; warnings: StoredImportWarning[] };

/**
 * Maps header cells to template columns by exact (case- and accent-insensitive) name. Unknown
 * headers are ignored with a warning; a required column that is missing, or a column given
 * twice, makes the whole file unusable, because every row would fail the same way.
 */
export function mapHeader(header: SheetRow): HeaderMap {
  const columns: MappedColumn[] = [];
  const warnings: StoredImportWarning[] = [];
  const seen = new Map<string, string>();
  header.cells.forEach((cell, index) => {
    const text =
      cell instanceof CellProblem
        ? cell.shown
        : cell === null
          ? ''
          : cell instanceof Date
            ? cell.toISOString()
            : String(cell).trim();
    if (text === '') {
      return;
    }
    const column = columnForHeader(text);
    if (!column) {
      if (warnings.length < MAX_WARNINGS) {
        warnings.push({
          column: clip(text, 100),
          message: {
            vi: 'Cột không có trong mẫu nên bị bỏ qua',
            en: 'Not a template column; ignored',
          },
        });
      }
      return;
    }
    const previous = seen.get(column.field);
    if (previous !== undefined) {
      throw new ImportFileError({
        vi: `Cột "${column.vi}" xuất hiện hai lần ("${clip(previous, 60)}" và "${clip(text, 60)}").`,
        en: `The column "${column.en}" appears twice ("${clip(previous, 60)}" and "${clip(text, 60)}").`,
      });
    }
    seen.set(column.field, text);
    columns.push({ index, header: clip(text, 100), column });
  });
  const missing = importColumns.filter((c) => c.required && !seen.has(c.field));
  if (missing.length > 0) {
    throw new ImportFileError({
      vi: `Thiếu cột bắt buộc: ${missing.map((c) => c.vi).join(', ')}. Dòng đầu tiên có dữ liệu (dòng ${header.row}) phải là dòng tiêu đề của mẫu; sản phẩm phải ở trang tính đầu tiên.`,
      en: `Required columns missing: ${missing.map((c) => c.en).join(', ')}. The first non-empty row (row ${header.row}) must be the template's header row, and the products must be on the first sheet.`,
    });
  }
  return { columns, warnings };
}

// ---------------------------------------------------------------------------------------------
// Cell conversion: a spreadsheet's text and numbers into the JSON the API would receive.

class ConversionError extends Error {
  constructor(readonly userMessage: StoredText) {
    super(userMessage.en);
  }
}

const lookup = (pairs: [string, string][]) =>
  new Map(pairs.map(([name, code]) => [normalizeText(name), code]));
const categoryLookup = lookup(
  productCategories.flatMap(
    (c) =>
      [
        [c.code, c.code],
        [c.vi, c.code],
        [c.en, c.code],
      ] as [string, string][],
  ),
);
const unitLookup = lookup(
  units.flatMap(
    (u) =>
      [
        [u.code, u.code],
        [u.label, u.code],
        ...(u.vi ?? '')
          .split('/')
          .filter(Boolean)
          .map((w) => [w, u.code]),
      ] as [string, string][],
  ),
);
const storageLookup = lookup([
  ['ambient', 'ambient'],
  ['nhiet do thuong', 'ambient'],
  ['thuong', 'ambient'],
  ['room temperature', 'ambient'],
  ['chilled', 'chilled'],
  ['mat', 'chilled'],
  ['bao quan mat', 'chilled'],
  ['lanh', 'chilled'],
  ['uop lanh', 'chilled'],
  ['frozen', 'frozen'],
  ['dong lanh', 'frozen'],
]);

/**
 * Numbers typed as text. A separator followed by exactly three digits groups thousands, in
 * either convention: "150.000" (Vietnamese) and "150,000" (English) are both 150000, "1.000.000"
 * a million. Otherwise it is the decimal point: "2,5" and "2.5" are two and a half. Anything
 * that is not plainly a number is refused.
 */
export function parseNumber(raw: string): number | undefined {
  const text = raw.replace(/[\s\u00a0]/g, '');
  let normal: string;
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
    normal = text.replaceAll('.', '').replace(',', '.');
  } else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    normal = text.replaceAll(',', '');
  } else if (/^[+-]?\d+,\d+$/.test(text)) {
    normal = text.replace(',', '.');
  } else {
    normal = text;
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normal)) {
    return undefined;
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** "1,2,3", "1-3", "11-2" (wraps past December), "3; 5-7" → sorted unique months. */
export function parseMonths(raw: string): number[] | undefined {
  const months = new Set<number>();
  for (const token of raw.split(/[,;\s]+/).filter(Boolean)) {
    const range = /^(\d{1,2})\s*[-–—]\s*(\d{1,2})$/.exec(token);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from < 1 || from > 12 || to < 1 || to > 12) {
        return undefined;
      }
      for (let m = from; ; m = (m % 12) + 1) {
        months.add(m);
        if (m === to) {
          break;
        }
      }
    } else if (/^\d{1,2}$/.test(token) && Number(token) >= 1 && Number(token) <= 12) {
      months.add(Number(token));
    } else {
      return undefined;
    }
  }
  return months.size > 0 ? [...months].sort((a, b) => a - b) : undefined;
}

const asText = (cell: Exclude<RawCell, null | CellProblem>): string =>
  cell instanceof Date
    ? cell.toISOString().slice(0, 10)
    : typeof cell === 'number'
      ? String(cell)
      : String(cell).trim();

const notANumber: StoredText = { vi: 'Cần một số', en: 'A number is expected' };

function convert(kind: ColumnKind, cell: Exclude<RawCell, null | CellProblem>): unknown {
  const text = asText(cell);
  switch (kind) {
    case 'text':
    case 'longText':
      return text;
    case 'number':
    case 'integer':
    case 'stars': {
      if (typeof cell === 'number') {
        return cell;
      }
      const value = parseNumber(text);
      if (value === undefined) {
        throw new ConversionError(notANumber);
      }
      return value;
    }
    case 'months': {
      const months =
        typeof cell === 'number'
          ? Number.isInteger(cell) && cell >= 1 && cell <= 12
            ? [cell]
            : undefined
          : parseMonths(text);
      if (!months) {
        throw new ConversionError({
          vi: 'Tháng không hợp lệ; ví dụ "1,2,3", "1-3" hoặc "11-2"',
          en: 'Invalid months; e.g. "1,2,3", "1-3" or "11-2"',
        });
      }
      return months;
    }
    case 'countries':
      return [
        ...new Set(
          text
            .split(/[,;\s/]+/)
            .filter(Boolean)
            .map((c) => c.toUpperCase()),
        ),
      ];
    case 'group':
      return resolveOcopGroup(text) ?? text;
    case 'category':
      return categoryLookup.get(normalizeText(text)) ?? text;
    case 'unit':
      return unitLookup.get(normalizeText(text)) ?? text;
    case 'storage':
      return storageLookup.get(normalizeText(text)) ?? text;
    case 'currency':
      return text.toUpperCase();
  }
}

/** How the cell reads, for the error report. */
function shown(cell: RawCell): string | null {
  if (cell === null) {
    return null;
  }
  return clip(cell instanceof CellProblem ? cell.shown : asText(cell), 200);
}

const requiredMessage: StoredText = {
  vi: 'Cột bắt buộc, không được để trống',
  en: 'Required; must not be blank',
};

/**
 * Turns one sheet row into the create-product body, checks it with the API's schema and then
 * with `toProductColumns` (category within group, HS code, legacy province, price order), and
 * returns either the columns to insert or every problem found, each tied to its column.
 */
export function prepareRow(sheetRow: SheetRow, header: HeaderMap): PreparedRow {
  const errors: StoredImportError[] = [];
  const body: Record<string, unknown> = {};
  const headerOf = new Map<string, string>();
  const cellOf = new Map<string, RawCell>();
  for (const { index, header: text, column } of header.columns) {
    const cell = sheetRow.cells[index] ?? null;
    headerOf.set(column.field, text);
    cellOf.set(column.field, cell);
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) {
      continue;
    }
    if (cell instanceof CellProblem) {
      errors.push({ row: sheetRow.row, column: text, value: shown(cell), message: cell.message });
      continue;
    }
    try {
      body[column.field] = convert(column.kind, cell);
    } catch (err) {
      if (!(err instanceof ConversionError)) {
        throw err;
      }
      errors.push({
        row: sheetRow.row,
        column: text,
        value: shown(cell),
        message: err.userMessage,
      });
    }
  }
  const errorAt = (field: string, message: StoredText) => {
    if (errors.some((e) => e.column === headerOf.get(field))) {
      return; // one message per cell: the conversion error already says what is wrong
    }
    errors.push({
      row: sheetRow.row,
      column: headerOf.get(field) ?? columnByField.get(field)?.en ?? field,
      value: shown(cellOf.get(field) ?? null),
      message,
    });
  };

  for (const error of createProduct.Check(body) ? [] : createProduct.Errors(body)) {
    const field = error.instancePath.split('/')[1];
    if (error.keyword === 'required') {
      const missing = (error.params as { requiredProperties?: string[] }).requiredProperties ?? [];
      for (const name of missing) {
        errorAt(name, requiredMessage);
      }
    } else if (field && error.keyword !== 'anyOf') {
      const asAjv = error as unknown as ErrorObject;
      errorAt(field, {
        vi: localizeValidationErrors([asAjv], 'body', 'vi')[0]?.message ?? 'Giá trị không hợp lệ',
        en: localizeValidationErrors([asAjv], 'body', 'en')[0]?.message ?? 'Invalid value',
      });
    }
  }
  if (errors.length === 0) {
    try {
      return { row: sheetRow.row, columns: toProductColumns(body), errors };
    } catch (err) {
      if (!(err instanceof AppError)) {
        throw err;
      }
      for (const fieldError of err.extra.errors ?? []) {
        const field = fieldError.path.split('/')[1] ?? '';
        const message = fieldError.message;
        errorAt(field, typeof message === 'string' ? { vi: message, en: message } : message);
      }
      if (errors.length === 0) {
        errorAt('', { vi: err.message, en: err.message });
      }
    }
  }
  return { row: sheetRow.row, columns: null, errors: errors.slice(0, MAX_ERRORS_PER_ROW) };
}
