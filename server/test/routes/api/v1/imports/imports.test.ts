import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import type { Import, ImportPage } from '@ketnoi/shared';
import { imports, products } from '../../../../../src/db/schema/index.ts';
import { headerLabel, importColumns } from '../../../../../src/modules/imports/imports.columns.ts';
import { IMPORT_BATCH_SIZE, runImport } from '../../../../../src/modules/imports/imports.runner.ts';
import { createLocalStorage } from '../../../../../src/modules/storage/local-storage.ts';
import { newStorageKey } from '../../../../../src/modules/storage/storage.ts';
import type { Db } from '../../../../../src/db/client.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../../../../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';
import { pollUntil } from '../../../../helpers/poll.ts';

let ctx: TestContext;
let storageDir: string;
let producerA: Account;
let producerA2: Account;
let producerB: Account;
let distributor: Account;
let coordinator: Account;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'ketnoi-imports-'));
  ctx = await createTestContext({ STORAGE_DIR: storageDir });
  [producerA, producerB, distributor, coordinator] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' }),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
  ]);
  producerA2 = (await quickMember(ctx.app, ctx.database, producerA.organizationId)).account!;
  await ctx.startWorker();
});
afterAll(async () => {
  await ctx?.close();
  await rm(storageDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Files

const headers = importColumns.map(headerLabel);
const columnIndex = (field: string) => importColumns.findIndex((c) => c.field === field);

type Cell = string | number | null;

/** One good row in template column order; `overrides` by field name. */
function goodRow(i: number, overrides: Record<string, Cell> = {}): Cell[] {
  const values: Record<string, Cell> = {
    nameVi: `Mật ong hoa nhãn ${i}`,
    nameEn: `Longan honey ${i}`,
    descriptionVi: 'Mật ong nguyên chất',
    ocopGroup: 'food',
    category: 'honey',
    ocopStars: 4,
    province: 'Hưng Yên',
    monthsAvailable: '3-5',
    hsCode: '0409.00',
    unit: 'jar',
    moq: 100,
    monthlyCapacity: '2.000',
    leadTimeDays: 7,
    priceMin: 150000,
    priceMax: 180000,
    currency: 'VND',
    storage: 'ambient',
    exportedTo: 'JP, KR',
    ...overrides,
  };
  return importColumns.map((c) => values[c.field] ?? null);
}

async function xlsxOf(rows: Cell[][], header: string[] = headers): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sản phẩm');
  sheet.addRow(header);
  for (const row of rows) {
    sheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same with exceljs's streaming writer: inline strings, and several times faster for big files. */
async function xlsxStreamOf(rows: Cell[][]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('Sản phẩm');
  sheet.addRow(headers).commit();
  for (const row of rows) {
    sheet.addRow(row).commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

const csvCell = (v: Cell) =>
  v === null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
const csvOf = (rows: Cell[][], header: string[] = headers) =>
  Buffer.from(`\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`);

type ZipPart = {
  name: string;
  data?: Buffer;
  deflated?: { data: Buffer; size: number; crc: number };
  declaredSize?: number;
};

/** A zip written by hand, so tests can make it lie. */
function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const compressed = part.deflated?.data ?? deflateRawSync(part.data ?? Buffer.alloc(0));
    const size = part.declaredSize ?? part.deflated?.size ?? part.data?.length ?? 0;
    const crc = part.deflated?.crc ?? crc32(part.data ?? Buffer.alloc(0));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += 30 + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** `mib` MiB of a repeated sheet row, deflated as it is produced (never held in memory). */
async function deflatedRepeat(mib: number): Promise<{ data: Buffer; size: number; crc: number }> {
  // Whitespace between XML tags: legal, and deflate's best case (~1:1000).
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < mib; i += 1) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) {
      await new Promise((resolve) => deflate.once('drain', resolve));
    }
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size: mib * 1024 * 1024, crc };
}

/** The parts of a real workbook (from exceljs), with `sheet1.xml` replaced. */
async function workbookWithSheet(sheet: ZipPart): Promise<Buffer> {
  const { inspectZip } = await import('../../../../../src/modules/imports/zip-guard.ts');
  const { inflateRawSync } = await import('node:zlib');
  const real = await xlsxOf([goodRow(1)]);
  const parts: ZipPart[] = inspectZip(real).map((e) => ({
    name: e.name,
    data:
      e.method === 8
        ? inflateRawSync(real.subarray(e.dataStart, e.dataEnd))
        : real.subarray(e.dataStart, e.dataEnd),
  }));
  return zipOf(
    parts.map((p) => (p.name === 'xl/worksheets/sheet1.xml' ? { ...sheet, name: p.name } : p)),
  );
}

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(200),
]);

// ---------------------------------------------------------------------------------------------
// Requests

function multipart(fileName: string, data: Buffer, field = 'file') {
  const boundary = `----ketnoi${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (
  account: Account,
  data: Buffer,
  fileName = 'products.xlsx',
  extraHeaders: Record<string, string> = {},
) => {
  const body = multipart(fileName, data);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/imports/products',
    headers: { ...authHeader(account.accessToken), ...body.headers, ...extraHeaders },
    payload: body.payload,
  });
};
const get = (account: Account, url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({
    method: 'GET',
    url,
    headers: { ...authHeader(account.accessToken), ...headers },
  });

async function waitFinished(
  id: string,
  account: Account = producerA,
  headers: Record<string, string> = {},
): Promise<Import> {
  const response = await pollUntil(
    () => get(account, `/api/v1/imports/${id}`, headers),
    (r) => r.statusCode !== 200 || ['done', 'failed'].includes(r.json<Import>().status),
    { timeoutMs: 60_000, intervalMs: 100, what: `import ${id} to finish` },
  );
  expect(response.statusCode).toBe(200);
  return response.json<Import>();
}

async function uploadAndWait(
  account: Account,
  data: Buffer,
  fileName?: string,
  headers: Record<string, string> = {},
) {
  const response = await upload(account, data, fileName, headers);
  expect(response.statusCode, response.body).toBe(202);
  return waitFinished(response.json<Import>().id, account, headers);
}

const productsOf = (importId: string) =>
  ctx.database.db.select().from(products).where(eq(products.importId, importId));
const importCount = async () => (await ctx.database.db.select({ n: count() }).from(imports))[0]!.n;
const productCount = async () =>
  (await ctx.database.db.select({ n: count() }).from(products))[0]!.n;

async function storedFiles(): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path);
      } else {
        found.push(path);
      }
    }
  };
  await walk(storageDir);
  return found;
}

/** Every request that must be refused leaves no import, no product and no file behind. */
async function expectNothingCreated(action: () => Promise<unknown>) {
  const before = {
    imports: await importCount(),
    products: await productCount(),
    files: (await storedFiles()).length,
  };
  await action();
  expect({
    imports: await importCount(),
    products: await productCount(),
    files: (await storedFiles()).length,
  }).toEqual(before);
}

// ---------------------------------------------------------------------------------------------

describe('templates', () => {
  it('serves the XLSX template with bilingual headers and a guide listing every code', async () => {
    const response = await get(producerA, '/api/v1/imports/products/template.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ketnoi-products-template.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const [sheet, guide] = workbook.worksheets;
    expect(sheet!.name).toBe('Sản phẩm - Products');
    expect((sheet!.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(headers[0]).toBe('Tên sản phẩm (tiếng Việt) / Product name (Vietnamese) *');
    expect(guide!.name).toBe('Hướng dẫn - Guide');
    const guideText = JSON.stringify(guide!.getSheetValues());
    for (const code of [
      'food',
      'honey',
      'eco-tourism',
      'jar',
      'VND',
      'USD',
      'chilled',
      'frozen',
      'ha-noi',
      'ho-chi-minh',
      'Bắc Kạn',
    ]) {
      expect(guideText).toContain(code);
    }
  });

  it('serves the CSV template: UTF-8 BOM and the header row', async () => {
    const response = await get(producerA, '/api/v1/imports/products/template.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body.replace(/^\ufeff/, '').trim()).toBe(headers.join(','));
  });

  it('a filled template imports as it is', async () => {
    const template = (await get(producerA, '/api/v1/imports/products/template.xlsx')).rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    workbook.worksheets[0]!.addRow(goodRow(900));
    const result = await uploadAndWait(
      producerA,
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'template-filled.xlsx',
    );
    expect(result).toMatchObject({
      status: 'done',
      rowsTotal: 1,
      rowsCreated: 1,
      rowsFailed: 0,
      warnings: [],
    });
  });

  it('needs a signed-in user', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/imports/products/template.csv',
    });
    expect(response.statusCode).toBe(401);
  });
});

describe('importing rows', () => {
  it('creates drafts for the good rows and reports each bad one by row, column and message', async () => {
    const rows = [
      goodRow(1),
      goodRow(2, { moq: 'nhiều' }), // row 3: not a number
      goodRow(3),
      [], // row 5: blank, skipped
      goodRow(4, { category: 'tea' }), // row 6: category outside the group
      goodRow(5, { monthsAvailable: '1,2', exportedTo: 'US' }),
      goodRow(6, { nameVi: null }), // row 8: required
      goodRow(7, {
        ocopGroup: 'Thực phẩm',
        category: 'Mật ong và sản phẩm từ ong',
        unit: 'hũ',
        storage: 'Đông lạnh',
        priceMin: '1.500.000',
        priceMax: '2,000,000',
      }),
      goodRow(8, { monthsAvailable: '11-2', leadTimeDays: '10' }),
    ];
    const uploaded = await upload(producerA, await xlsxOf(rows), 'mixed.xlsx');
    expect(uploaded.statusCode).toBe(202);
    expect(uploaded.json<Import>()).toMatchObject({
      status: 'queued',
      rowsTotal: null,
      rowsDone: 0,
      fileName: 'mixed.xlsx',
      format: 'xlsx',
    });
    expect(uploaded.headers.location).toBe(`/api/v1/imports/${uploaded.json<Import>().id}`);
    const result = await waitFinished(uploaded.json<Import>().id);
    expect(result).toMatchObject({
      status: 'done',
      format: 'xlsx',
      fileName: 'mixed.xlsx',
      rowsTotal: 8,
      rowsDone: 8,
      rowsCreated: 5,
      rowsFailed: 3,
      errorsTotal: 3,
      error: null,
    });
    expect(result.errors).toEqual([
      {
        row: 3,
        column: headerLabel(importColumns[columnIndex('moq')]!),
        value: 'nhiều',
        message: 'A number is expected',
      },
      {
        row: 6,
        column: headerLabel(importColumns[columnIndex('category')]!),
        value: 'tea',
        message: 'The category does not belong to the chosen OCOP group',
      },
      {
        row: 8,
        column: headerLabel(importColumns[columnIndex('nameVi')]!),
        value: null,
        message: 'Required; must not be blank',
      },
    ]);
    expect(result.startedAt).not.toBeNull();
    expect(result.finishedAt).not.toBeNull();

    const created = (await productsOf(result.id)).sort((a, b) => a.importRow! - b.importRow!);
    expect(created.map((p) => p.importRow)).toEqual([2, 4, 7, 9, 10]);
    expect(
      created.every((p) => p.status === 'draft' && p.producerOrgId === producerA.organizationId),
    ).toBe(true);
    expect(created[0]).toMatchObject({
      nameVi: 'Mật ong hoa nhãn 1',
      provinceCode: 'hung-yen',
      monthsAvailable: [3, 4, 5],
      hsCode: '040900',
      monthlyCapacity: 2000,
      exportedTo: ['JP', 'KR'],
    });
    // Names and local number formats become codes and numbers.
    expect(created[3]).toMatchObject({
      ocopGroup: 'food',
      category: 'honey',
      unit: 'jar',
      storage: 'frozen',
      priceMin: 1_500_000,
      priceMax: 2_000_000,
    });
    expect(created[4]).toMatchObject({ monthsAvailable: [1, 2, 11, 12], leadTimeDays: 10 });

    // The same errors in Vietnamese for a Vietnamese reader.
    const vi = (
      await get(producerA, `/api/v1/imports/${result.id}`, { 'accept-language': 'vi' })
    ).json<Import>();
    expect(vi.errors.map((e) => e.message)).toEqual([
      'Cần một số',
      'Danh mục không thuộc nhóm OCOP đã chọn',
      'Cột bắt buộc, không được để trống',
    ]);
  });

  it('imports CSV the same way, with ; as the delimiter and quoted line breaks', async () => {
    const header = headers.join(';');
    const row = (i: number, extra: Record<string, unknown> = {}) =>
      goodRow(i, { descriptionVi: 'Dòng một\nDòng hai; có dấu chấm phẩy', ...extra })
        .map((v) =>
          v === null
            ? ''
            : /[";\n]/.test(String(v))
              ? `"${String(v).replaceAll('"', '""')}"`
              : String(v),
        )
        .join(';');
    const csv = Buffer.from(
      `${header}\r\n${row(1)}\r\n${row(2, { unit: 'thùng gỗ' })}\r\n${row(3)}\r\n`,
    );
    const result = await uploadAndWait(producerA, csv, 'products.csv');
    expect(result).toMatchObject({
      status: 'done',
      format: 'csv',
      rowsTotal: 3,
      rowsCreated: 2,
      rowsFailed: 1,
    });
    expect(result.errors[0]).toMatchObject({ row: 3, value: 'thùng gỗ' });
    const created = await productsOf(result.id);
    expect(created.map((p) => p.descriptionVi)).toEqual([
      'Dòng một\nDòng hai; có dấu chấm phẩy',
      'Dòng một\nDòng hai; có dấu chấm phẩy',
    ]);
  });

  it('the same file uploaded again is the same import and creates no duplicates', async () => {
    const file = await xlsxOf([goodRow(1), goodRow(2)]);
    const first = await uploadAndWait(producerA, file, 'again.xlsx');
    expect(first.rowsCreated).toBe(2);
    const [importsBefore, productsBefore] = [await importCount(), await productCount()];

    const second = await upload(producerA, file, 'renamed copy.xlsx');
    expect(second.statusCode).toBe(200);
    expect(second.json<Import>()).toMatchObject({
      id: first.id,
      status: 'done',
      fileName: 'again.xlsx',
      rowsCreated: 2,
    });
    // A colleague in the same organization uploading the same bytes gets the same import too.
    const third = await upload(producerA2, file);
    expect(third.statusCode).toBe(200);
    expect(third.json<Import>().id).toBe(first.id);
    // Two uploads at the same moment: one import.
    const racing = await xlsxOf([goodRow(3)]);
    const [r1, r2] = await Promise.all([upload(producerA, racing), upload(producerA, racing)]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 202]);
    expect(r1.json<Import>().id).toBe(r2.json<Import>().id);
    await waitFinished(r1.json<Import>().id);

    expect(await importCount()).toBe(importsBefore + 1);
    expect(await productCount()).toBe(productsBefore + 1);
    expect(await productsOf(first.id)).toHaveLength(2);
  });

  it('imports 10,000 rows fully, in batches, reporting progress as it goes', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      goodRow(i, i % 1000 === 999 ? { moq: 0 } : {}),
    );
    const file = await xlsxStreamOf(rows);
    const started = Date.now();
    const response = await upload(producerA, file, 'big.xlsx');
    expect(response.statusCode).toBe(202);
    const id = response.json<Import>().id;
    const progress = new Set<number>();
    const result = await pollUntil(
      () => get(producerA, `/api/v1/imports/${id}`).then((r) => r.json<Import>()),
      (r) => {
        progress.add(r.rowsDone);
        return r.status === 'done' || r.status === 'failed';
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the 10,000-row import' },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      JSON.stringify({
        suite: 'imports',
        case: 'import10k',
        rows: 10_000,
        bytes: file.length,
        seconds,
      }),
    );
    expect(result).toMatchObject({
      status: 'done',
      rowsTotal: 10_000,
      rowsRead: 10_000,
      rowsDone: 10_000,
      rowsCreated: 9_990,
      rowsFailed: 10,
      errorsTotal: 10,
    });
    expect(result.errors[0]).toMatchObject({ row: 1001, message: 'Must be greater than 0' });
    // Progress was visible between start and end, one batch at a time.
    expect(
      [...progress].filter((n) => n > 0 && n < 10_000).every((n) => n % IMPORT_BATCH_SIZE === 0),
    ).toBe(true);
    expect(await productsOf(id)).toHaveLength(9_990);
  }, 90_000);
});

describe('upload with Idempotency-Key', () => {
  const keyed = (key: string, data: Buffer, fileName = 'keyed.xlsx') =>
    upload(producerA, data, fileName, { 'idempotency-key': key });

  it('replays the first answer to a retry with the same key and file', async () => {
    const file = await xlsxOf([goodRow(31)]);
    const before = await importCount();
    const first = await keyed('import-key-1', file);
    expect(first.statusCode, first.body).toBe(202);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await keyed('import-key-1', file);
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await importCount()).toBe(before + 1);
    await waitFinished(first.json<Import>().id);
  });

  it('refuses the key with a different file (422) and stores nothing', async () => {
    const file = await xlsxOf([goodRow(32)]);
    const first = await keyed('import-key-2', file);
    expect(first.statusCode).toBe(202);
    await waitFinished(first.json<Import>().id);
    const other = await xlsxOf([goodRow(33)]);
    await expectNothingCreated(async () => {
      const reused = await keyed('import-key-2', other);
      expect(reused.statusCode).toBe(422);
      expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
      // The same bytes under another name are another request too.
      const renamed = await keyed('import-key-2', file, 'renamed.xlsx');
      expect(renamed.statusCode).toBe(422);
    });
  });

  it('answers 409 IDEMPOTENCY_IN_PROGRESS to the same key while the first upload runs: one import', async () => {
    const file = await xlsxOf([goodRow(34)]);
    const before = await importCount();
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => keyed('import-key-3', file)),
    );
    // Without the key, a second copy of the file would get 200 (the import that won), not 409.
    const statuses = responses.map((r) => r.statusCode);
    expect(
      statuses.every((s) => s === 202 || s === 409),
      statuses.join(),
    ).toBe(true);
    const ids = new Set(responses.filter((r) => r.statusCode === 202).map((r) => r.json().id));
    expect(ids.size).toBe(1);
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
      expect(r.headers['retry-after']).toBe('1');
    }
    expect(await importCount()).toBe(before + 1);
    const retry = await keyed('import-key-3', file);
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe([...ids][0]);
    await waitFinished([...ids][0] as string);
  });

  it('releases the key when the upload is refused, so a corrected file may use it', async () => {
    await expectNothingCreated(async () => {
      const refused = await keyed('import-key-4', PNG, 'photo.xlsx');
      expect(refused.statusCode).toBe(415);
    });
    const corrected = await keyed('import-key-4', await xlsxOf([goodRow(35)]));
    expect(corrected.statusCode).toBe(202);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    await waitFinished(corrected.json<Import>().id);
  });
});

describe('files that cannot be imported', () => {
  it('refuses a PNG named .xlsx, random bytes, an old .xls and UTF-16 text with 415, storing nothing', async () => {
    await expectNothingCreated(async () => {
      for (const [bytes, name] of [
        [PNG, 'photo.xlsx'],
        [Buffer.concat([Buffer.from([0x00, 0xff]), randomBytes(4096)]), 'random.csv'],
        [
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            randomBytes(512),
          ]),
          'old.xls',
        ],
        [Buffer.from('\ufeffTên,Giá\r\n', 'utf16le'), 'utf16.csv'],
      ] as const) {
        const response = await upload(producerA, bytes, name);
        expect(response.statusCode, name).toBe(415);
        expect(response.json()).toMatchObject({
          code: 'UNSUPPORTED_MEDIA_TYPE',
          errors: [{ path: '/file' }],
        });
      }
    });
  });

  it('refuses a truncated xlsx (its zip directory is missing) with 422', async () => {
    const file = await xlsxOf([goodRow(1)]);
    await expectNothingCreated(async () => {
      const response = await upload(
        producerA,
        file.subarray(0, Math.floor(file.length / 2)),
        'cut.xlsx',
        { 'accept-language': 'en' },
      );
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'IMPORT_FILE_REJECTED' });
      expect(response.json().errors[0].message).toContain('damaged');
    });
  });

  it('refuses a file over 10 MB with 413, and a request that is not multipart with 415', async () => {
    await expectNothingCreated(async () => {
      const big = await upload(producerA, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), 'big.csv');
      expect(big.statusCode).toBe(413);
      expect(big.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      const json = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports/products',
        headers: authHeader(producerA.accessToken),
        payload: { file: 'x' },
      });
      expect(json.statusCode).toBe(415);
    });
  });

  it('ends `failed` with a clear message, creating nothing, when the file only breaks once read', async () => {
    const cases: [Buffer, string, string][] = [
      [
        zipOf([{ name: 'readme.txt', data: Buffer.from('not a workbook') }]),
        'not-a-workbook.xlsx',
        'no worksheet',
      ],
      [
        await workbookWithSheet({
          name: '',
          data: Buffer.from(
            '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></wrong>',
          ),
        }),
        'broken-xml.xlsx',
        'could not be read',
      ],
      [
        csvOf([['a', 'b']], ['Tên', 'Giá']),
        'wrong-columns.csv',
        'Required columns missing: Product name (Vietnamese), Description (Vietnamese)',
      ],
      [csvOf([]), 'header-only.csv', 'no product rows'],
    ];
    for (const [file, name, message] of cases) {
      const productsBefore = await productCount();
      const result = await uploadAndWait(producerA, file, name);
      expect(result.status, name).toBe('failed');
      expect(result.error, name).toContain(message);
      expect(result.rowsCreated).toBe(0);
      expect(await productCount()).toBe(productsBefore);
    }
  });

  it('fails a file of more than 20,000 rows as a whole, creating nothing', async () => {
    const line = goodRow(0).map(csvCell).join(',');
    const csv = Buffer.from(`${headers.join(',')}\n${`${line}\n`.repeat(20_001)}`);
    const result = await uploadAndWait(producerA, csv, 'too-many.csv');
    expect(result).toMatchObject({ status: 'failed', rowsCreated: 0, rowsDone: 0 });
    expect(result.error).toContain('more than 20,000 product rows');
    expect(await productsOf(result.id)).toHaveLength(0);

    // 200,000 rows of XLSX (8 MB of sheet XML, well under the zip limits; RELIABILITY U4 runs a
    // million): streaming stops at row 20,001 instead of reading them all.
    const rowsXml = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const manyRows = await workbookWithSheet({
      name: '',
      data: Buffer.from(
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`,
      ),
    });
    const started = Date.now();
    const xlsx = await uploadAndWait(producerA, manyRows, 'many-rows.xlsx');
    expect(xlsx).toMatchObject({ status: 'failed', rowsCreated: 0 });
    expect(xlsx.error).toContain('more than 20,000 product rows');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('hostile spreadsheets', () => {
  it('refuses a zip bomb (0.5 MB expanding to 512 MiB) at upload, from its zip directory, before any parsing', async () => {
    const bomb = await workbookWithSheet({ name: '', deflated: await deflatedRepeat(512) });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectNothingCreated(async () => {
      const started = Date.now();
      const response = await upload(producerA, bomb, 'bomb.xlsx', { 'accept-language': 'en' });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: 'IMPORT_FILE_REJECTED' });
      expect(response.json().errors[0].message).toContain('expands to more than 100 MB');
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  it('fails a bomb whose zip headers lie about its size without inflating it into memory', async () => {
    const lying = await workbookWithSheet({
      name: '',
      deflated: await deflatedRepeat(512),
      declaredSize: 4096,
    });
    const rssBefore = process.memoryUsage().rss;
    const result = await uploadAndWait(producerA, lying, 'lying-bomb.xlsx');
    expect(result.status).toBe('failed');
    expect(result.error).toContain('damaged');
    expect(await productsOf(result.id)).toHaveLength(0);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('refuses an archive of more than 1,000 entries at upload', async () => {
    const many = zipOf(
      Array.from({ length: 1001 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('x') })),
    );
    const response = await upload(producerA, many, 'many.xlsx', { 'accept-language': 'en' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].message).toContain('1001 internal entries');
  });

  it('never uses header names as object keys: __proto__ and constructor columns are ignored with a warning', async () => {
    const header = [...headers, '__proto__', 'constructor', 'prototype'];
    const rows = [[...goodRow(1), '{"polluted":"yes"}', 'polluted', 'polluted']];
    for (const file of [await xlsxOf(rows, header), csvOf(rows, header)]) {
      const result = await uploadAndWait(producerA, file, 'proto.xlsx');
      expect(result).toMatchObject({ status: 'done', rowsCreated: 1 });
      expect(result.warnings.map((w) => w.column)).toEqual([
        '__proto__',
        'constructor',
        'prototype',
      ]);
      expect(result.warnings[0]!.message).toBe('Not a template column; ignored');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  });

  it('takes the stored result of a formula (=HYPERLINK), never the formula, and refuses formulas without one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sản phẩm');
    sheet.addRow(headers);
    sheet.addRow(goodRow(1));
    sheet.getCell('A2').value = {
      formula: 'HYPERLINK("http://evil.example","Mật ong rừng")',
      result: 'Mật ong rừng',
    };
    sheet.addRow(goodRow(2));
    sheet.getCell(`${sheet.getColumn(columnIndex('moq') + 1).letter}3`).value = {
      formula: 'B1*2',
      date1904: false,
    };
    const result = await uploadAndWait(
      producerA,
      Buffer.from(await workbook.xlsx.writeBuffer()),
      'formulas.xlsx',
    );
    expect(result).toMatchObject({ status: 'done', rowsCreated: 1, rowsFailed: 1 });
    expect(result.errors[0]).toMatchObject({
      row: 3,
      value: '=B1*2',
      message:
        'The cell holds a formula without a computed value; paste it as a value and upload again.',
    });
    const [created] = await productsOf(result.id);
    expect(created!.nameVi).toBe('Mật ong rừng');
  });

  it('keeps only a clean display name for path-like or control-character file names', async () => {
    for (const [name, shown] of [
      ['../../etc/passwd', 'passwd'],
      ['..\\..\\win.ini', 'win.ini'],
      ['a\u202Egnp.xlsx', 'agnp.xlsx'],
      ['x'.repeat(500) + '.csv', `${'x'.repeat(195)}….csv`],
    ] as const) {
      const response = await upload(producerA, csvOf([goodRow(Math.random())]), name);
      expect(response.statusCode).toBe(202);
      expect(response.json<Import>().fileName).toBe(shown);
    }
    // Stored under generated keys only, all inside the storage folder.
    for (const path of await storedFiles()) {
      expect(path.startsWith(join(storageDir, 'imports'))).toBe(true);
      expect(path).toMatch(/\/imports\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    }
  });
});

describe('error reports', () => {
  let importId: string;
  const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(1)'];

  beforeAll(async () => {
    const rows = hostile.map((value, i) => goodRow(i, { moq: value }));
    const result = await uploadAndWait(
      producerA,
      await xlsxOf([goodRow(99), ...rows]),
      'hostile.xlsx',
    );
    expect(result).toMatchObject({ status: 'done', rowsCreated: 1, rowsFailed: 4 });
    importId = result.id;
  });

  it('errors.csv has a BOM, every error, and formula-like cells prefixed with a quote', async () => {
    const response = await get(producerA, `/api/v1/imports/${importId}/errors.csv`, {
      'accept-language': 'en',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="import-${importId}-errors.csv"`,
    );
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.body
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Dòng / Row,Cột / Column,Giá trị / Value,Error');
    expect(lines.slice(1)).toEqual([
      `3,Đơn hàng tối thiểu (MOQ) / Minimum order quantity *,"'=HYPERLINK(""http://x"",""y"")",A number is expected`,
      `4,Đơn hàng tối thiểu (MOQ) / Minimum order quantity *,'+1+1,A number is expected`,
      `5,Đơn hàng tối thiểu (MOQ) / Minimum order quantity *,'-2,Must be greater than 0`,
      `6,Đơn hàng tối thiểu (MOQ) / Minimum order quantity *,'@SUM(1),A number is expected`,
    ]);
  });

  it('errors.xlsx holds the same values as text cells, never formulas', async () => {
    const response = await get(producerA, `/api/v1/imports/${importId}/errors.xlsx`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = [2, 3, 4, 5].map((r) => sheet.getCell(`C${r}`));
    expect(values.map((c) => c.type)).toEqual(Array(4).fill(ExcelJS.ValueType.RichText));
    expect(values.map((c) => c.text)).toEqual([
      '=HYPERLINK("http://x","y")',
      '+1+1',
      '-2',
      '@SUM(1)',
    ]);
  });
});

describe('who sees what', () => {
  let importId: string;
  beforeAll(async () => {
    importId = (
      await uploadAndWait(producerA, csvOf([goodRow(1), goodRow(2, { unit: 'x' })]), 'mine.csv')
    ).id;
  });

  it('the owner organization and staff see an import; another producer and distributors get 404', async () => {
    for (const account of [producerA, producerA2, coordinator]) {
      expect((await get(account, `/api/v1/imports/${importId}`)).statusCode).toBe(200);
      expect((await get(account, `/api/v1/imports/${importId}/errors.csv`)).statusCode).toBe(200);
    }
    for (const account of [producerB, distributor]) {
      for (const url of [
        `/api/v1/imports/${importId}`,
        `/api/v1/imports/${importId}/errors.csv`,
        `/api/v1/imports/${importId}/errors.xlsx`,
      ]) {
        const response = await get(account, url);
        expect(response.statusCode, url).toBe(404);
        expect(response.json()).toMatchObject({ code: 'NOT_FOUND', detail: 'Import not found' });
      }
    }
    const missing = await get(producerA, '/api/v1/imports/0190b8c4-0000-7000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('lists own imports newest first; staff list all; distributors may not list or upload', async () => {
    const own = await get(producerA, '/api/v1/imports?page=1&limit=100');
    expect(own.statusCode).toBe(200);
    const page = own.json<ImportPage>();
    expect(page.items[0]!.id).toBe(importId);
    expect(page.total).toBeGreaterThan(5);
    expect(page.items).not.toHaveProperty('0.errors');
    const [mine] = await ctx.database.db
      .select({ n: count() })
      .from(imports)
      .where(eq(imports.producerOrgId, producerA.organizationId));
    expect(page.total).toBe(mine!.n);

    const theirs = (await get(producerB, '/api/v1/imports')).json<ImportPage>();
    expect(theirs.items.map((i) => i.id)).not.toContain(importId);
    const staff = (await get(coordinator, '/api/v1/imports?limit=100')).json<ImportPage>();
    expect(staff.total).toBe(await importCount());

    expect((await get(distributor, '/api/v1/imports')).statusCode).toBe(403);
    await expectNothingCreated(async () => {
      expect((await upload(distributor, csvOf([goodRow(1)]))).statusCode).toBe(403);
      expect((await upload(coordinator, csvOf([goodRow(1)]))).statusCode).toBe(403);
    });
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/imports/${importId}` })).statusCode,
    ).toBe(401);
  });
});

describe('limits per producer', () => {
  it('refuses a new upload with 429 while 10 imports of the producer are unfinished', async () => {
    const busy = await quickAccount(ctx.app, ctx.database, 'producer');
    await ctx.database.db.insert(imports).values(
      Array.from({ length: 10 }, (_, i) => ({
        producerOrgId: busy.organizationId,
        createdBy: busy.user.id,
        fileName: `waiting-${i}.csv`,
        fileSha256: randomBytes(32).toString('hex'),
        fileSize: 1,
        format: 'csv' as const,
        storageKey: `imports/00/waiting-${i}`,
        status: i % 2 === 0 ? ('queued' as const) : ('running' as const),
      })),
    );
    await expectNothingCreated(async () => {
      const response = await upload(busy, csvOf([goodRow(1)]));
      expect(response.statusCode).toBe(429);
      expect(response.headers['retry-after']).toBe('30');
    });
  });
});

describe('the job, run again', () => {
  /** An import row and its stored file, without the outbox, so the test drives runImport itself. */
  async function seedImport(rowCount: number) {
    const storage = createLocalStorage(storageDir);
    const storageKey = newStorageKey('imports');
    await storage.put(
      storageKey,
      csvOf(
        Array.from({ length: rowCount }, (_, i) =>
          goodRow(i, i % 7 === 3 ? { unit: 'bogus' } : {}),
        ),
      ),
    );
    const [row] = await ctx.database.db
      .insert(imports)
      .values({
        producerOrgId: producerB.organizationId,
        createdBy: producerB.user.id,
        fileName: 'seeded.csv',
        fileSha256: randomBytes(32).toString('hex'),
        fileSize: 1,
        format: 'csv',
        storageKey,
      })
      .returning();
    return { id: row!.id, storage };
  }
  const expected = (n: number) => ({
    failed: Array.from({ length: n }, (_, i) => i).filter((i) => i % 7 === 3).length,
  });

  it('resumes after a crash mid-import from the last committed batch, with no duplicates', async () => {
    const n = IMPORT_BATCH_SIZE * 3 + 17;
    const { id, storage } = await seedImport(n);
    // A database whose third transaction dies: two batches commit, then the "worker" crashes.
    let transactions = 0;
    const crashing: Db = new Proxy(ctx.database.db, {
      get(target, property, receiver) {
        if (property === 'transaction') {
          return (...args: Parameters<Db['transaction']>) => {
            transactions += 1;
            if (transactions === 3) {
              return Promise.reject(new Error('worker killed'));
            }
            return target.transaction(...args);
          };
        }
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    await expect(runImport({ db: crashing, storage }, id)).rejects.toThrow('worker killed');
    const [halfway] = await ctx.database.db.select().from(imports).where(eq(imports.id, id));
    expect(halfway).toMatchObject({ status: 'running', rowsDone: IMPORT_BATCH_SIZE * 2 });
    expect(await productsOf(id)).toHaveLength(halfway!.rowsCreated);

    expect(await runImport({ db: ctx.database.db, storage }, id)).toBe('done');
    const [finished] = await ctx.database.db.select().from(imports).where(eq(imports.id, id));
    const { failed } = expected(n);
    expect(finished).toMatchObject({
      status: 'done',
      rowsTotal: n,
      rowsDone: n,
      rowsCreated: n - failed,
      rowsFailed: failed,
    });
    expect(finished!.errors).toHaveLength(failed);
    const created = await productsOf(id);
    expect(created).toHaveLength(n - failed);
    expect(new Set(created.map((p) => p.importRow)).size).toBe(n - failed);

    // A done import is never run again.
    expect(await runImport({ db: ctx.database.db, storage }, id)).toBe('skipped');
  });

  it('two runs of the same import at once count every batch once', async () => {
    const n = IMPORT_BATCH_SIZE * 4 + 3;
    const { id, storage } = await seedImport(n);
    await Promise.all([
      runImport({ db: ctx.database.db, storage }, id),
      runImport({ db: ctx.database.db, storage }, id),
    ]);
    const [finished] = await ctx.database.db.select().from(imports).where(eq(imports.id, id));
    const { failed } = expected(n);
    expect(finished).toMatchObject({
      status: 'done',
      rowsDone: n,
      rowsCreated: n - failed,
      rowsFailed: failed,
    });
    expect(finished!.errors).toHaveLength(failed);
    expect(await productsOf(id)).toHaveLength(n - failed);
  });
});
