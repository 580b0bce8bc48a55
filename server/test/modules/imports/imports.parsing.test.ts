import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/modules/imports/csv.ts';
import { detectImportFormat, displayFileName } from '../../../src/modules/imports/import-upload.ts';
import { parseMonths, parseNumber } from '../../../src/modules/imports/imports.rows.ts';
import { entryText } from '../../../src/modules/imports/zip-guard.ts';

describe('cell conversion', () => {
  it.each([
    ['150000', 150000],
    ['150.000', 150000],
    ['150,000', 150000],
    ['1.000.000', 1_000_000],
    ['1,000,000.5', 1_000_000.5],
    ['1.000.000,5', 1_000_000.5],
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 12 ', 12],
    ['-3', -3],
    ['1e3', 1000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '12kg', '1.2.3', '=1+1', '0x10', 'Infinity', '1,2,3'])(
    'refuses %j as a number',
    (text) => {
      expect(parseNumber(text)).toBeUndefined();
    },
  );

  it('reads months as lists, ranges and ranges across the new year', () => {
    expect(parseMonths('1,2,3')).toEqual([1, 2, 3]);
    expect(parseMonths('1-3')).toEqual([1, 2, 3]);
    expect(parseMonths('3; 5–7')).toEqual([3, 5, 6, 7]);
    expect(parseMonths('11-2')).toEqual([1, 2, 11, 12]);
    expect(parseMonths('5 5 5')).toEqual([5]);
    for (const bad of ['0', '13', '1-13', 'tháng 3', '']) {
      expect(parseMonths(bad)).toBeUndefined();
    }
  });
});

describe('CSV', () => {
  it('parses quotes, doubled quotes, line breaks inside cells and ; delimiters; rows count records', () => {
    const records = [
      ...parseCsv('\ufeffa;b;c\r\n"x;1";"he said ""hi""";"two\nlines"\n\n1;2;3', 10),
    ];
    expect(records).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['x;1', 'he said "hi"', 'two\nlines'] },
      { row: 3, fields: [''] },
      { row: 4, fields: ['1', '2', '3'] },
    ]);
  });

  it('keeps no more than maxFields fields of a row', () => {
    const [record] = [...parseCsv(`${','.repeat(100_000)}\n`, 5)];
    expect(record!.fields).toHaveLength(5);
  });

  it('writes a BOM, quotes what needs quoting and defuses formulas', () => {
    expect(toCsv([['=1+1', '+1', '-2', '@SUM(1)', 'a,b', 'plain', null, 3]])).toBe(
      `\ufeff'=1+1,'+1,'-2,'@SUM(1),"a,b",plain,,3\r\n`,
    );
  });
});

describe('upload checks', () => {
  it('detects the format from the bytes', () => {
    expect(detectImportFormat(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('xlsx');
    expect(detectImportFormat(Buffer.from('Tên,Giá\n', 'utf8'))).toBe('csv');
    expect(() =>
      detectImportFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])),
    ).toThrow(/Only Excel/);
    expect(() => detectImportFormat(Buffer.from([0xc3, 0x28]))).toThrow(/not UTF-8/);
    expect(() => detectImportFormat(Buffer.alloc(0))).toThrow(/empty/);
  });

  it('cleans file names for display', () => {
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('C:\\Users\\x\\..\\win.ini')).toBe('win.ini');
    expect(displayFileName('bad\u0000name\r\n"x".csv')).toBe('badname"x".csv');
    expect(displayFileName('\u202Eevil\u200B.xlsx')).toBe('evil.xlsx');
    expect(displayFileName('..')).toBe('import');
    expect(displayFileName(undefined)).toBe('import');
  });
});

describe('zip entry text', () => {
  it('hands out chunks that never split a UTF-8 character', async () => {
    const text = 'Hưng Yên — mật ong 🐝 '.repeat(20_000);
    const data = deflateRawSync(Buffer.from(text));
    const entry = {
      name: 'x',
      method: 8 as const,
      crc32: 0,
      compressedSize: data.length,
      uncompressedSize: Buffer.byteLength(text),
      dataStart: 0,
      dataEnd: data.length,
    };
    const chunks: Buffer[] = [];
    for await (const chunk of entryText(data, entry)) {
      chunks.push(chunk);
    }
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.map((c) => c.toString('utf8')).join('')).toBe(text);
  });

  it('stops at the declared size', async () => {
    const data = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20));
    const entry = {
      name: 'x',
      method: 8 as const,
      crc32: 0,
      compressedSize: data.length,
      uncompressedSize: 1000,
      dataStart: 0,
      dataEnd: data.length,
    };
    await expect(async () => {
      for await (const _ of entryText(data, entry)) {
        // drain
      }
    }).rejects.toThrow(/damaged/);
  });
});
