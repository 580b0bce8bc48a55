import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import {
  agreementDocumentRules,
  certificateEvidenceRules,
  productImageRules,
} from '@ketnoi/shared';
import { MAX_IMPORT_BYTES } from '../../src/modules/imports/import-upload.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';

/**
 * U1–U8 on every upload route, for what the route suites do not already cover:
 * - product images (routes/api/v1/products/product-images.test.ts) cover U1 types and polyglots,
 *   U2 (limit ± 1 B, 100 MB declared and chunked), U3 pixel floods and 1,000-frame WebP, U6 EXIF
 *   and orientation, U8 multipart abuse;
 * - imports (routes/api/v1/imports/imports.test.ts) cover U4 zip bombs, 1,000+ entries, 20,000+
 *   rows, `__proto__` headers, formula cells, clean display names, and U1 types;
 * - certificate evidence (routes/api/v1/certificates/certificates.test.ts) covers U1 types and
 *   the 5 MB limit; agreement documents (routes/api/v1/agreements/agreement-documents.test.ts)
 *   the PDF-only type and the 10 MB limit.
 * Here: U2 and U8 on the import, evidence and agreement document routes; U5 hostile names on all three, the download
 * names (Content-Disposition) and the storage walk; U1 polyglot evidence served safely; U7 a
 * burst of 20 MP uploads under read load.
 */

let ctx: TestContext;
let storageDir: string;
let producer: Account;
let coordinator: Account;
let port: number;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'ketnoi-storage-'));
  ctx = await createTestContext({ STORAGE_DIR: storageDir, RATE_LIMIT_PER_MINUTE: '100000' });
  [producer, coordinator] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'producer'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
  ]);
  await verifyOrganization(ctx.database, producer.organizationId);
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  port = (ctx.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await ctx?.close();
  if (storageDir) {
    await rm(storageDir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Helpers

type Part = { name: string; data: Buffer | string; filename?: string; contentType?: string };

/** A multipart/form-data body built by hand, so the test controls every byte and header. */
function multipart(parts: Part[]) {
  const boundary = `----ketnoi${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : '';
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`),
      Buffer.from(part.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
const filePart = (data: Buffer | string, filename: string, contentType: string): Part => ({
  name: 'file',
  data,
  filename,
  contentType,
});

function post(
  url: string,
  parts: Part[],
  token = producer.accessToken,
  method: 'POST' | 'PUT' = 'POST',
) {
  const body = multipart(parts);
  return ctx.app.inject({
    method,
    url,
    headers: { ...authHeader(token), 'content-type': body.contentType },
    payload: body.payload,
  });
}

/** Every file under the storage root. */
async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
async function counts() {
  const { rows } = await ctx.database.pool.query<{
    imports: number;
    evidence: number;
    images: number;
    documents: number;
  }>(
    `select (select count(*)::int from imports) as imports,
            (select count(*)::int from certificates where evidence_key is not null) as evidence,
            (select count(*)::int from product_images) as images,
            (select count(*)::int from agreements where document_key is not null) as documents`,
  );
  return rows[0]!;
}
/** Runs `act` and checks it left no file and no row behind. */
async function expectNothingStored(act: () => Promise<void>) {
  const [filesBefore, rowsBefore] = await Promise.all([storedFiles(), counts()]);
  await act();
  expect(await storedFiles()).toEqual(filesBefore);
  expect(await counts()).toEqual(rowsBefore);
}
function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
  label: string,
) {
  expect(response.statusCode, label).toBe(status);
  expect(String(response.headers['content-type']), label).toContain('application/problem+json');
  expect(response.json(), label).toMatchObject({ status, code });
}

const pdf = (extra = '') =>
  Buffer.from(
    `%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${extra}trailer << /Root 1 0 R >>\n%%EOF\n`,
  );

async function createCertificate(number = `VG-${randomBytes(3).toString('hex')}`) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/certificates',
    headers: authHeader(producer.accessToken),
    payload: {
      scheme: 'vietgap',
      issuer: 'Trung tâm Chứng nhận Phù hợp QUACERT',
      number,
      issuedOn: '2025-01-15',
      expiresOn: '2028-01-15',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; version: number }>();
}

/** A province ↔ city MoU (no organization to set up), recorded by the coordinator. */
async function createAgreement() {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/agreements',
    headers: authHeader(coordinator.accessToken),
    payload: {
      kind: 'mou',
      title: 'Biên bản ghi nhớ hợp tác',
      provinceCode: 'thai-nguyen',
      signedOn: '2025-11-18',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>();
}

async function createProduct() {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: authHeader(producer.accessToken),
    payload: {
      nameVi: `Mật ong rừng ${randomBytes(2).toString('hex')}`,
      descriptionVi: 'Mật ong hoa rừng Thái Nguyên',
      ocopGroup: 'food',
      category: 'honey',
      province: 'Thái Nguyên',
      unit: 'kg',
      moq: 10,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>();
}

/**
 * The upload routes other than product images, each with its limit, a file it would accept, and
 * its method and uploader when not POST by the producer.
 */
type Route = {
  name: string;
  url: () => Promise<string>;
  maxBytes: number;
  accepted: () => Part;
  method?: 'PUT';
  token?: () => string;
};
const routes: Route[] = [
  {
    name: 'POST /imports/products',
    url: async () => '/api/v1/imports/products',
    maxBytes: MAX_IMPORT_BYTES,
    accepted: () => filePart('Tên sản phẩm (vi)\n', 'products.csv', 'text/csv'),
  },
  {
    name: 'POST /certificates/:id/evidence',
    url: async () => `/api/v1/certificates/${(await createCertificate()).id}/evidence`,
    maxBytes: certificateEvidenceRules.maxBytes,
    accepted: () => filePart(pdf(), 'scan.pdf', 'application/pdf'),
  },
  {
    name: 'PUT /agreements/:id/document',
    url: async () => `/api/v1/agreements/${(await createAgreement()).id}/document`,
    maxBytes: agreementDocumentRules.maxBytes,
    accepted: () => filePart(pdf(), 'bien-ban.pdf', 'application/pdf'),
    method: 'PUT',
    token: () => coordinator.accessToken,
  },
];

// ---------------------------------------------------------------------------------------------

describe('U8: multipart abuse on the import and evidence routes', () => {
  it.each(routes.map((r) => [r.name, r]))(
    '%s refuses each with a 4xx problem and writes nothing',
    async (_name, route) => {
      const url = await route.url();
      const small = route.accepted();
      const method = route.method ?? 'POST';
      const token = route.token?.() ?? producer.accessToken;
      const cases: [string, () => ReturnType<typeof post>, number, string][] = [
        ['two files', () => post(url, [small, small], token, method), 400, 'VALIDATION_FAILED'],
        [
          'the file in another field',
          () => post(url, [{ ...small, name: 'upload' }], token, method),
          400,
          'VALIDATION_FAILED',
        ],
        [
          'no file',
          () => post(url, [{ name: 'note', data: 'xin chào' }], token, method),
          400,
          'VALIDATION_FAILED',
        ],
        [
          '1,000 fields',
          () =>
            post(
              url,
              [...Array.from({ length: 1000 }, (_, i) => ({ name: `f${i}`, data: 'x' })), small],
              token,
              method,
            ),
          413,
          'PAYLOAD_TOO_LARGE',
        ],
        [
          'a __proto__ field',
          () => post(url, [{ name: '__proto__', data: '{"polluted":true}' }, small], token, method),
          400,
          'VALIDATION_FAILED',
        ],
        [
          'a constructor.prototype field',
          () =>
            post(
              url,
              [{ name: 'constructor', data: '{"prototype":{"polluted":true}}' }, small],
              token,
              method,
            ),
          400,
          'VALIDATION_FAILED',
        ],
        [
          'a JSON body',
          () =>
            ctx.app.inject({
              method,
              url,
              headers: authHeader(token),
              payload: { file: 'x' },
            }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'raw bytes',
          () =>
            ctx.app.inject({
              method,
              url,
              headers: {
                ...authHeader(token),
                'content-type': 'application/octet-stream',
              },
              payload: pdf(),
            }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
        [
          'a body cut short',
          () => {
            const body = multipart([small]);
            return ctx.app.inject({
              method,
              url,
              headers: { ...authHeader(token), 'content-type': body.contentType },
              payload: body.payload.subarray(0, body.payload.length - 30),
            });
          },
          400,
          'VALIDATION_FAILED',
        ],
        [
          'multipart without a boundary',
          () =>
            ctx.app.inject({
              method,
              url,
              headers: {
                ...authHeader(token),
                'content-type': 'multipart/form-data',
              },
              payload: 'garbage',
            }),
          400,
          'VALIDATION_FAILED',
        ],
      ];
      for (const [name, send, status, code] of cases) {
        await expectNothingStored(async () => {
          const response = await send();
          // `constructor` is an ordinary field name to busboy; the route ignores fields, so it is
          // either refused like __proto__ or harmless — never a 5xx, never a pollution.
          if (name === 'a constructor.prototype field' && response.statusCode < 300) {
            return;
          }
          expectProblem(response, status, code, `${route.name}: ${name}`);
        });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});

describe('U2: a 100 MB body on the import and evidence routes, over a real connection', () => {
  const total = 100 * 1024 * 1024;

  /**
   * Streams over a raw socket until the server answers or closes, like a careful client: it stops
   * sending as soon as a response starts. Returns what the server sent, how much the client wrote
   * and how many bytes the server's socket read in all.
   */
  function stream(route: Route, url: string, framing: 'chunked' | 'declared') {
    const boundary = `----ketnoi${randomBytes(8).toString('hex')}`;
    const partHead = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
    const head = [
      `${route.method ?? 'POST'} ${url} HTTP/1.1`,
      `host: 127.0.0.1:${port}`,
      `authorization: Bearer ${route.token?.() ?? producer.accessToken}`,
      `content-type: multipart/form-data; boundary=${boundary}`,
      framing === 'chunked'
        ? 'transfer-encoding: chunked'
        : `content-length: ${partHead.length + total}`,
      '',
      '',
    ].join('\r\n');
    const frame = (chunk: Buffer) =>
      framing === 'chunked'
        ? Buffer.concat([
            Buffer.from(`${chunk.length.toString(16)}\r\n`),
            chunk,
            Buffer.from('\r\n'),
          ])
        : chunk;
    let serverRead = -1;
    let serverClosed!: () => void;
    const closed = new Promise<void>((resolve) => (serverClosed = resolve));
    ctx.app.server.once('connection', (socket: Socket) =>
      socket.once('close', () => {
        serverRead = socket.bytesRead;
        serverClosed();
      }),
    );
    return new Promise<{
      response: string;
      sent: number;
      serverRead: () => number;
      closed: Promise<void>;
    }>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      const received: Buffer[] = [];
      let sent = 0;
      let sending = true;
      socket.on('data', (chunk: Buffer) => {
        sending = false;
        received.push(chunk);
      });
      socket.on('error', () => (sending = false));
      socket.on('close', () =>
        resolve({
          response: Buffer.concat(received).toString('latin1'),
          sent,
          serverRead: () => serverRead,
          closed,
        }),
      );
      const chunk = frame(Buffer.alloc(256 * 1024, 0x41));
      const pump = () => {
        while (sending && sent < total) {
          sent += chunk.length;
          if (!socket.write(chunk)) {
            socket.once('drain', pump);
            return;
          }
        }
      };
      socket.write(Buffer.concat([Buffer.from(head), frame(Buffer.from(partHead))]));
      // A declared length is judged before the body: give the server the chance to answer first.
      setTimeout(pump, framing === 'declared' ? 300 : 0);
    });
  }

  for (const route of routes) {
    for (const framing of ['declared', 'chunked'] as const) {
      it(`${route.name}, ${framing}: 413 and the server stops reading within limit + 1 MiB; nothing stored`, async () => {
        const url = await route.url();
        const filesBefore = await storedFiles();
        const rowsBefore = await counts();
        const rssBefore = process.memoryUsage().rss;
        const result = await stream(route, url, framing);
        await result.closed;
        if (framing === 'declared' || result.response !== '') {
          expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
          expect(result.response).toContain('"code":"PAYLOAD_TOO_LARGE"');
        }
        expect(result.serverRead(), 'bytes the server read').toBeLessThan(
          route.maxBytes + 1024 * 1024,
        );
        expect(result.sent).toBeLessThan(total / 2);
        expect(await storedFiles()).toEqual(filesBefore);
        expect(await counts()).toEqual(rowsBefore);
        expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
      });
    }
  }
});

describe('U5: hostile file names', () => {
  const names = [
    '../../etc/passwd',
    '..\\..\\win.ini',
    '/etc/shadow',
    'a\u0000b.pdf',
    'x'.repeat(10_000),
    'invoice\u202Efdp.exe',
    'quote".pdf',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'CON',
  ];

  it('are never used as paths: every stored file has a generated key under the storage root', async () => {
    const passwd = await stat('/etc/passwd').catch(() => null);
    const product = await createProduct();
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'teal' } })
      .jpeg()
      .toBuffer();
    for (const name of names) {
      const cert = await createCertificate();
      const responses = [
        [
          `evidence ${JSON.stringify(name.slice(0, 40))}`,
          await post(`/api/v1/certificates/${cert.id}/evidence`, [
            filePart(pdf(), name, 'application/pdf'),
          ]),
        ],
        [
          `image ${JSON.stringify(name.slice(0, 40))}`,
          await post(`/api/v1/products/${product.id}/images`, [filePart(jpeg, name, 'image/jpeg')]),
        ],
        [
          `import ${JSON.stringify(name.slice(0, 40))}`,
          await post('/api/v1/imports/products', [
            filePart(`Tên sản phẩm (vi)\n${randomBytes(4).toString('hex')}\n`, name, 'text/csv'),
          ]),
        ],
      ] as const;
      for (const [label, response] of responses) {
        // Accepted (the name is ignored) or refused as the client's mistake — never a 5xx.
        expect(response.statusCode, `${label}: ${response.body}`).toBeLessThan(500);
        // The import keeps a display name (the last segment at most), never a path.
        expect(response.body, label).not.toMatch(/\.\.[\\/]|\/etc\/|\\\\/);
      }
      // Product images: at most 8; start again with a fresh product when full.
      if ((await counts()).images % 8 === 0) {
        Object.assign(product, await createProduct());
      }
    }
    const files = await storedFiles();
    expect(files.length).toBeGreaterThan(names.length);
    for (const file of files) {
      const key = file.slice(storageDir.length + 1);
      expect(key, file).toMatch(
        /^(certificates|imports|images)\/[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(-\d+\.webp)?$/,
      );
    }
    // Nothing was written outside the root: the file a `../../etc/passwd` name aims at is untouched.
    expect((await stat('/etc/passwd').catch(() => null))?.mtimeMs).toBe(passwd?.mtimeMs);
    // The import's display name keeps no path and no control character.
    const { rows } = await ctx.database.pool.query<{ file_name: string | null }>(
      `select file_name from imports`,
    );
    for (const { file_name } of rows) {
      const name = file_name ?? '';
      expect(name).not.toMatch(/[\\/\u202e]|\.\./);
      // No control character (C0 or DEL).
      expect([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toBe(false);
      expect(name.length).toBeLessThanOrEqual(255);
    }
  });

  it('download names are generated and RFC 6266-safe, whatever the certificate number says', async () => {
    const hostile = [
      'VG"; filename="evil.exe',
      'VG\r\nSet-Cookie: stolen=1',
      '../../etc/passwd',
      'VG\u202Eexe.pdf',
      'Số 12/2025/QĐ-SNN — Đắk Lắk',
      '"'.repeat(100),
      'x'.repeat(100),
    ];
    for (const number of hostile) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/certificates',
        headers: authHeader(producer.accessToken),
        payload: {
          scheme: 'vietgap',
          issuer: 'QUACERT',
          number,
          issuedOn: '2025-01-15',
          expiresOn: '2028-01-15',
        },
      });
      if (response.statusCode === 400) {
        // A control character is refused by the schema: nothing to download.
        continue;
      }
      expect(response.statusCode, `${JSON.stringify(number)}: ${response.body}`).toBe(201);
      const { id } = response.json<{ id: string }>();
      const uploaded = await post(`/api/v1/certificates/${id}/evidence`, [
        filePart(pdf(), 'a.pdf', 'application/pdf'),
      ]);
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      for (const token of [producer.accessToken, coordinator.accessToken]) {
        const file = await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/certificates/${id}/evidence`,
          headers: authHeader(token),
        });
        expect(file.statusCode).toBe(200);
        const disposition = String(file.headers['content-disposition']);
        // token chars only inside the quotes: no quote, backslash, CR/LF, slash or non-ASCII.
        expect(disposition, JSON.stringify(number)).toMatch(
          /^attachment; filename="certificate-[a-z0-9-]+\.pdf"$/,
        );
        expect(file.headers['set-cookie']).toBeUndefined();
      }
    }
  });
});

describe('U1: evidence files are stored as sent, so they are only ever served as attachments', () => {
  it.each([
    [
      'a PDF that is also an HTML page',
      () => pdf('<html><script>alert(document.cookie)</script></html>\n'),
      'application/pdf',
    ],
    [
      'a JPEG with a <script> and a ZIP appended',
      () =>
        Buffer.concat([
          Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
          randomBytes(64),
          Buffer.from([0xff, 0xd9]),
          Buffer.from('<script>alert(1)</script>PK\x03\x04evil.html', 'latin1'),
        ]),
      'image/jpeg',
    ],
  ])(
    '%s: typed from its bytes, downloaded as an attachment, nosniff, never cached',
    async (_name, data, type) => {
      const cert = await createCertificate();
      const uploaded = await post(`/api/v1/certificates/${cert.id}/evidence`, [
        filePart(data(), 'x.html', 'text/html'),
      ]);
      expect(uploaded.statusCode, uploaded.body).toBe(200);
      expect(uploaded.json()).toMatchObject({ evidence: { contentType: type } });
      const file = await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/certificates/${cert.id}/evidence`,
        headers: authHeader(producer.accessToken),
      });
      expect(file.headers['content-type']).toBe(type);
      expect(String(file.headers['content-disposition'])).toMatch(/^attachment; /);
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['cache-control']).toBe('private, no-store');
      // Never public: evidence is not under /media.
      const { rows } = await ctx.database.pool.query<{ evidence_key: string }>(
        `select evidence_key from certificates where id = $1`,
        [cert.id],
      );
      const media = await ctx.app.inject({ method: 'GET', url: `/media/${rows[0]!.evidence_key}` });
      expect(media.statusCode).toBe(404);
    },
  );
});

describe('U7: a burst of 20 MP uploads during read load', () => {
  it('every upload succeeds or is shed with 503 + Retry-After (never 500); reads keep answering', async () => {
    // 5472 × 3648 ≈ 20 MP, a flat photo-sized JPEG (small on the wire, 20 MP to decode).
    const photo = await sharp({
      create: { width: 5472, height: 3648, channels: 3, background: { r: 200, g: 150, b: 60 } },
    })
      .jpeg({ quality: 90 })
      .toBuffer();
    expect(photo.length).toBeLessThan(productImageRules.maxBytes);
    const products = [await createProduct(), await createProduct()];
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 25);
    let uploading = true;
    const healthStatuses: number[] = [];
    // Real HTTP reads over the listening port (an in-process inject loop would never yield to
    // the event loop, starving the uploads it is meant to run beside).
    const reader = async () => {
      while (uploading) {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        await response.arrayBuffer();
        healthStatuses.push(response.status);
      }
    };
    const readers = Array.from({ length: 64 }, reader);
    const uploads = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        post(`/api/v1/products/${products[i % 2]!.id}/images`, [
          filePart(photo, `photo-${i}.jpg`, 'image/jpeg'),
        ]),
      ),
    );
    uploading = false;
    await Promise.all(readers);
    clearInterval(sampler);

    for (const response of uploads) {
      expect([201, 503], response.body).toContain(response.statusCode);
      if (response.statusCode === 503) {
        expect(response.headers['retry-after']).toBeDefined();
        expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    }
    expect(uploads.filter((r) => r.statusCode === 201).length).toBeGreaterThan(0);
    expect(healthStatuses.length).toBeGreaterThan(64);
    expect(healthStatuses.every((s) => s === 200)).toBe(true);
    expect(peakRss).toBeLessThan(1024 * 1024 * 1024);
    console.info(
      JSON.stringify({
        suite: 'U7',
        uploaded: uploads.filter((r) => r.statusCode === 201).length,
        shed: uploads.filter((r) => r.statusCode === 503).length,
        healthRequests: healthStatuses.length,
        peakRssMiB: Math.round(peakRss / 1024 / 1024),
      }),
    );
  }, 180_000);
});
