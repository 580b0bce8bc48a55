import type { ImportFormat } from '@ketnoi/shared';
import { AppError } from '../../lib/errors.ts';

/** 10 MiB: a 20,000-row XLSX with long descriptions is ~3–6 MB; the CSV of it about twice that. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const unsupported = (vi: string, en: string) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', en, { errors: [{ path: '/file', message: { vi, en } }] });

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * What the bytes are — never the name or the declared type. XLSX is a zip (`PK\x03\x04`); CSV is
 * UTF-8 text without NUL bytes. Anything else (an image, a PDF, an old .xls, UTF-16 text, random
 * bytes) is refused with 415 before it is stored.
 */
export function detectImportFormat(bytes: Buffer): ImportFormat {
  if (bytes.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'The file is empty', {
      errors: [{ path: '/file', message: { vi: 'Tệp rỗng', en: 'The file is empty' } }],
    });
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return 'xlsx';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw unsupported(
      'Định dạng Excel 97–2003 (.xls) không được hỗ trợ; hãy lưu thành .xlsx.',
      'Excel 97–2003 files (.xls) are not supported; save the file as .xlsx.',
    );
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw unsupported(
      'Tệp CSV đang ở mã UTF-16; hãy lưu dạng "CSV UTF-8".',
      'The CSV file is UTF-16; save it as "CSV UTF-8".',
    );
  }
  if (!bytes.includes(0)) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return 'csv';
    } catch {
      throw unsupported(
        'Tệp CSV không phải mã UTF-8; hãy lưu dạng "CSV UTF-8".',
        'The CSV file is not UTF-8; save it as "CSV UTF-8".',
      );
    }
  }
  throw unsupported(
    'Chỉ nhận bảng tính Excel (.xlsx) hoặc CSV (UTF-8).',
    'Only Excel workbooks (.xlsx) and CSV files (UTF-8) can be imported.',
  );
}

/**
 * The uploaded name, for display only (files are stored under generated keys): the last path
 * segment, without control, zero-width and bidirectional-override characters, at most 200
 * characters with the extension kept.
 */
export function displayFileName(raw: string | undefined): string {
  const segment = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = segment
    // Cc: control characters (NUL, CR, LF …); Cf: format characters (zero-width, bidi overrides, BOM).
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/^[\s.]+/, '')
    .trim();
  if (clean.length <= 200) {
    return clean || 'import';
  }
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return `${clean.slice(0, 200 - extension.length - 1)}…${extension}`;
}
