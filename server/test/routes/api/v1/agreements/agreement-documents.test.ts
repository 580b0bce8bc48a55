import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { agreementDocumentRules } from '@ketnoi/shared';
import { agreements, auditLog } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';

let ctx: TestContext;
let storageDir: string;
let coordinator: Account;
let admin: Account;
let producer: Account;
let distributor: Account;
let otherProducer: Account;
let otherDistributor: Account;

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'ketnoi-storage-'));
  ctx = await createTestContext({ STORAGE_DIR: storageDir });
  [coordinator, admin, producer, distributor, otherProducer, otherDistributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producer, distributor, otherProducer, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
});
afterAll(async () => {
  await ctx?.close();
  await rm(storageDir, { recursive: true, force: true });
});

type AgreementBody = {
  id: string;
  document: { sizeBytes: number; uploadedAt: string } | null;
};

async function createAgreement(payload: Record<string, unknown> = {}): Promise<AgreementBody> {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/agreements',
    headers: authHeader(coordinator.accessToken),
    payload: {
      kind: 'mou',
      title: 'Biên bản ghi nhớ hợp tác tiêu thụ Mật ong "Đồng Văn"',
      producerOrgId: producer.organizationId,
      distributorOrgId: distributor.organizationId,
      signedOn: '2025-11-20',
      ...payload,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A multipart/form-data body with one file part, built by hand so the test controls every byte. */
function multipart(filename: string, contentType: string, data: Buffer) {
  const boundary = `----ketnoi${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
const upload = (
  id: string,
  token: string | undefined,
  file: { name: string; type: string; data: Buffer },
) => {
  const body = multipart(file.name, file.type, file.data);
  return ctx.app.inject({
    method: 'PUT',
    url: `/api/v1/agreements/${id}/document`,
    headers: { ...(token ? authHeader(token) : {}), 'content-type': body.contentType },
    payload: body.payload,
  });
};
const download = (id: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/agreements/${id}/document`,
    headers: token ? authHeader(token) : {},
  });

const pdf = () =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    randomBytes(2048),
    Buffer.from('\n%%EOF\n'),
  ]);

async function storedDocuments(): Promise<string[]> {
  try {
    return (await readdir(join(storageDir, 'agreements'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}
const row = async (id: string) =>
  (await ctx.database.db.select().from(agreements).where(eq(agreements.id, id)))[0];
const auditsFor = (id: string) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.id));

describe('PUT /api/v1/agreements/:id/document', () => {
  it('stores a PDF, audited, and serves it to staff and the parties as an attachment with a generated name', async () => {
    const agreement = await createAgreement();
    const data = pdf();
    const response = await upload(agreement.id, coordinator.accessToken, {
      name: '../../etc/passwd"; x=.pdf',
      type: 'text/plain',
      data,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      id: agreement.id,
      document: { sizeBytes: data.length, uploadedAt: expect.any(String) },
    });
    const stored = await row(agreement.id);
    expect(stored!.documentKey).toMatch(/^agreements\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(await storedDocuments()).toEqual([stored!.documentKey!.split('/').pop()]);
    expect((await auditsFor(agreement.id)).map((a) => [a.action, a.actorId])).toEqual([
      ['agreement.create', coordinator.user.id],
      ['agreement.document', coordinator.user.id],
    ]);
    expect((await auditsFor(agreement.id))[1]).toMatchObject({
      before: { document: null },
      after: { document: { sizeBytes: data.length } },
    });

    for (const account of [producer, distributor, coordinator, admin]) {
      const file = await download(agreement.id, account.accessToken);
      expect(file.statusCode, account.email).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        'attachment; filename="agreement-bien-ban-ghi-nho-hop-tac-tieu-thu-mat-ong-dong-van.pdf"',
      );
      expect(file.headers['cache-control']).toBe('private, no-store');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(data)).toBe(true);
    }
    // Not a party: the agreement is hidden, exactly like a missing one.
    for (const account of [otherProducer, otherDistributor]) {
      const refused = await download(agreement.id, account.accessToken);
      expect(refused.statusCode, account.email).toBe(404);
      expect(refused.headers['content-disposition']).toBeUndefined();
    }
    expect((await download(uuidv7(), coordinator.accessToken)).statusCode).toBe(404);
    expect((await download(agreement.id)).statusCode).toBe(401);
  });

  it('replaces the document, deleting the old file; the DTO lists it', async () => {
    const agreement = await createAgreement({ title: 'Hợp đồng cung ứng', kind: 'contract' });
    const first = pdf();
    expect(
      (
        await upload(agreement.id, admin.accessToken, {
          name: 'a.pdf',
          type: 'application/pdf',
          data: first,
        })
      ).statusCode,
    ).toBe(200);
    const firstKey = (await row(agreement.id))!.documentKey!;
    const second = pdf();
    const replaced = await upload(agreement.id, coordinator.accessToken, {
      name: 'b.pdf',
      type: 'application/pdf',
      data: second,
    });
    expect(replaced.statusCode).toBe(200);
    const files = await storedDocuments();
    expect(files).toContain((await row(agreement.id))!.documentKey!.split('/').pop());
    expect(files).not.toContain(firstKey.split('/').pop());
    expect((await download(agreement.id, producer.accessToken)).rawPayload.equals(second)).toBe(
      true,
    );
    const listed = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/agreements',
      headers: authHeader(distributor.accessToken),
    });
    expect(
      listed.json().items.find((a: AgreementBody) => a.id === agreement.id).document,
    ).toMatchObject({ sizeBytes: second.length });
  });

  it('serves a province ↔ city agreement document to staff only', async () => {
    const agreement = await createAgreement({
      producerOrgId: undefined,
      distributorOrgId: undefined,
      provinceCode: 'son-la',
    });
    expect(
      (
        await upload(agreement.id, coordinator.accessToken, {
          name: 'mou.pdf',
          type: 'application/pdf',
          data: pdf(),
        })
      ).statusCode,
    ).toBe(200);
    expect((await download(agreement.id, admin.accessToken)).statusCode).toBe(200);
    for (const account of [producer, distributor]) {
      expect((await download(agreement.id, account.accessToken)).statusCode).toBe(404);
    }
  });

  it('answers 404 to a party when there is no document yet', async () => {
    const agreement = await createAgreement();
    expect((await download(agreement.id, producer.accessToken)).statusCode).toBe(404);
  });

  it.each([
    [
      'an executable renamed .pdf',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({
        name: 'hop-dong.pdf',
        type: 'application/pdf',
        data: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), randomBytes(4096)]),
      }),
    ],
    [
      'a PNG image',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({
        name: 'scan.pdf',
        type: 'application/pdf',
        data: Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          randomBytes(512),
        ]),
      }),
    ],
    [
      'an empty file',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({ name: 'c.pdf', type: 'application/pdf', data: Buffer.alloc(0) }),
    ],
    [
      'an 11 MB PDF',
      413,
      'PAYLOAD_TOO_LARGE',
      () => ({
        name: 'big.pdf',
        type: 'application/pdf',
        data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(11 * 1024 * 1024)]),
      }),
    ],
  ])('refuses %s with %i, leaving no row change and no file', async (_name, status, code, file) => {
    const agreement = await createAgreement();
    const before = await row(agreement.id);
    const filesBefore = await storedDocuments();
    const response = await upload(agreement.id, coordinator.accessToken, file());
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(await row(agreement.id)).toEqual(before);
    expect(await storedDocuments()).toEqual(filesBefore);
    expect((await auditsFor(agreement.id)).map((a) => a.action)).toEqual(['agreement.create']);
  });

  it('accepts exactly the limit and refuses a body that is not multipart', async () => {
    const agreement = await createAgreement();
    const limit = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(agreementDocumentRules.maxBytes - 9),
    ]);
    const response = await upload(agreement.id, coordinator.accessToken, {
      name: 'limit.pdf',
      type: 'application/pdf',
      data: limit,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().document.sizeBytes).toBe(10 * 1024 * 1024);

    const json = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/agreements/${agreement.id}/document`,
      headers: authHeader(coordinator.accessToken),
      payload: { file: 'JVBERi0xLjcK' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('is for coordinators and admins only; the parties and others are refused before the file is read', async () => {
    const agreement = await createAgreement();
    const filesBefore = await storedDocuments();
    for (const account of [producer, distributor, otherProducer]) {
      const response = await upload(agreement.id, account.accessToken, {
        name: 'a.pdf',
        type: 'application/pdf',
        data: pdf(),
      });
      expect(response.statusCode, account.email).toBe(403);
    }
    expect(
      (
        await upload(agreement.id, undefined, {
          name: 'a.pdf',
          type: 'application/pdf',
          data: pdf(),
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await upload(uuidv7(), coordinator.accessToken, {
          name: 'a.pdf',
          type: 'application/pdf',
          data: pdf(),
        })
      ).statusCode,
    ).toBe(404);
    expect((await row(agreement.id))!.documentKey).toBeNull();
    expect(await storedDocuments()).toEqual(filesBefore);
  });
});
