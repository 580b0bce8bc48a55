import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { auditLog, certificates, notifications } from '../../../../../src/db/schema/index.ts';
import {
  addDays,
  todayInVietnam,
} from '../../../../../src/modules/certificates/certificates.validity.ts';
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
let distributor: Account;
/** Verified producer A with one published product; producer B, verified, a stranger to A. */
let producerA: Account;
let producerB: Account;
let productA: { id: string; version: number };

const today = todayInVietnam();
const inDays = (days: number) => addDays(today, days);

beforeAll(async () => {
  storageDir = await mkdtemp(join(tmpdir(), 'ketnoi-storage-'));
  ctx = await createTestContext({ STORAGE_DIR: storageDir });
  [coordinator, admin, distributor, producerA, producerB] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' }),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
  for (const account of [distributor, producerA, producerB]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  productA = await publishedProduct(producerA);
});
afterAll(async () => {
  await ctx?.close();
  await rm(storageDir, { recursive: true, force: true });
});

const headers = (token?: string, language?: string) => ({
  ...(token ? authHeader(token) : {}),
  ...(language ? { 'accept-language': language } : {}),
});

async function publishedProduct(owner: Account, overrides: Record<string, unknown> = {}) {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: headers(owner.accessToken),
    payload: {
      nameVi: 'Chè Shan tuyết',
      descriptionVi: 'Chè cổ thụ Hà Giang.',
      ocopGroup: 'beverage',
      category: 'tea',
      province: 'Hà Giang',
      unit: 'kg',
      moq: 20,
      ...overrides,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json<{ id: string }>();
  const submitted = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/products/${id}/submit`,
    headers: headers(owner.accessToken),
    payload: { version: 1 },
  });
  const approved = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/products/${id}/approve`,
    headers: headers(coordinator.accessToken),
    payload: { version: submitted.json<{ version: number }>().version },
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json<{ id: string; version: number }>();
}

async function draftProduct(owner: Account) {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: headers(owner.accessToken),
    payload: {
      nameVi: 'Bản nháp',
      descriptionVi: 'Chưa gửi duyệt.',
      ocopGroup: 'food',
      category: 'honey',
      province: 'Hà Nội',
      unit: 'jar',
      moq: 10,
    },
  });
  return created.json<{ id: string }>();
}

type CertificateBody = {
  id: string;
  version: number;
  status: string;
  verified: boolean;
  expiresOn: string | null;
  daysToExpiry: number | null;
  evidence?: { contentType: string; bytes: number } | null;
};

const vietgap = (overrides: Record<string, unknown> = {}) => ({
  scheme: 'vietgap',
  issuer: 'Trung tâm Chứng nhận Phù hợp QUACERT',
  number: 'VG-123/2025',
  issuedOn: inDays(-300),
  expiresOn: inDays(400),
  ...overrides,
});

const create = (token: string | undefined, payload: Record<string, unknown>, language?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/certificates',
    headers: headers(token, language),
    payload,
  });
const get = (id: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/certificates/${id}`, headers: headers(token) });
const list = (query: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/certificates${query}`, headers: headers(token) });
const patch = (id: string, payload: Record<string, unknown>, token?: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/certificates/${id}`,
    headers: headers(token),
    payload,
  });
const remove = (id: string, version: number, token?: string) =>
  ctx.app.inject({
    method: 'DELETE',
    url: `/api/v1/certificates/${id}?version=${version}`,
    headers: headers(token),
  });
const verify = (id: string, version: number, token?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/certificates/${id}/verify`,
    headers: headers(token),
    payload: { version },
  });
const getProduct = (id: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, headers: headers(token) });

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
    method: 'POST',
    url: `/api/v1/certificates/${id}/evidence`,
    headers: { ...headers(token), 'content-type': body.contentType },
    payload: body.payload,
  });
};
const download = (id: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/certificates/${id}/evidence`,
    headers: headers(token),
  });

const pdf = () =>
  Buffer.concat([
    Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
    randomBytes(2048),
    Buffer.from('\n%%EOF\n'),
  ]);
const png = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]);

async function row(id: string) {
  const [found] = await ctx.database.db.select().from(certificates).where(eq(certificates.id, id));
  return found;
}
const certificateCount = async () =>
  (await ctx.database.db.select({ n: count() }).from(certificates))[0]!.n;
const auditsFor = (id: string) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.id));
/** Every file the storage holds under certificates/. */
async function storedEvidence(): Promise<string[]> {
  const root = join(storageDir, 'certificates');
  try {
    return (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  } catch {
    return [];
  }
}
const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

/** Records a certificate as `owner` and, unless `verified: false`, has the coordinator verify it. */
async function certificate(
  owner: Account,
  payload: Record<string, unknown>,
  options: { verified?: boolean } = {},
) {
  const created = await create(owner.accessToken, payload);
  expect(created.statusCode, created.body).toBe(201);
  const body = created.json<CertificateBody>();
  if (options.verified === false) {
    return body;
  }
  const verified = await verify(body.id, body.version, coordinator.accessToken);
  expect(verified.statusCode, verified.body).toBe(200);
  return verified.json<CertificateBody>();
}

describe('POST /api/v1/certificates', () => {
  it('records a producer-level and a product-level certificate, unverified, with status and days to expiry', async () => {
    const producerLevel = await create(producerA.accessToken, vietgap());
    expect(producerLevel.statusCode).toBe(201);
    expect(producerLevel.json()).toMatchObject({
      organizationId: producerA.organizationId,
      productId: null,
      scheme: 'vietgap',
      stars: null,
      issuer: 'Trung tâm Chứng nhận Phù hợp QUACERT',
      number: 'VG-123/2025',
      issuedOn: inDays(-300),
      expiresOn: inDays(400),
      verified: false,
      verifiedAt: null,
      status: 'unverified',
      daysToExpiry: 400,
      evidence: null,
      version: 1,
    });
    const productLevel = await create(
      producerA.accessToken,
      vietgap({ scheme: 'haccp', productId: productA.id }),
    );
    expect(productLevel.statusCode).toBe(201);
    expect(productLevel.json()).toMatchObject({ productId: productA.id, scheme: 'haccp' });

    const stored = await row(productLevel.json<CertificateBody>().id);
    expect(stored).toMatchObject({
      organizationId: producerA.organizationId,
      productId: productA.id,
      verifiedAt: null,
      verifiedBy: null,
    });
    const audits = await auditsFor(stored!.id);
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ['certificate.create', producerA.user.id],
    ]);
  });

  it('records an OCOP rating with its stars; it lasts 36 months unless a shorter expiry is given', async () => {
    const rating = await create(producerA.accessToken, {
      scheme: 'ocop',
      stars: 4,
      issuer: 'UBND tỉnh Tuyên Quang',
      number: '45/QĐ-UBND',
      issuedOn: '2024-02-20',
    });
    expect(rating.statusCode).toBe(201);
    expect(rating.json()).toMatchObject({ scheme: 'ocop', stars: 4, expiresOn: '2027-02-20' });

    const issuedOn = inDays(-100);
    const shorter = await create(producerA.accessToken, {
      scheme: 'ocop',
      stars: 3,
      issuer: 'UBND',
      number: '46',
      issuedOn,
      expiresOn: inDays(30),
    });
    expect(shorter.json()).toMatchObject({ expiresOn: inDays(30) });
  });

  it('lets open-ended schemes have no expiry and gives FDA registrations their renewal deadline', async () => {
    const gi = await create(
      producerA.accessToken,
      vietgap({ scheme: 'gi', number: 'CDĐL-00012', expiresOn: null }),
    );
    expect(gi.statusCode).toBe(201);
    expect(gi.json()).toMatchObject({ expiresOn: null, daysToExpiry: null });
    const fda = await create(producerA.accessToken, {
      scheme: 'fda-ffr',
      issuer: 'US FDA',
      number: '12345678901',
      issuedOn: today,
    });
    expect(fda.statusCode).toBe(201);
    expect(fda.json<CertificateBody>().expiresOn).toMatch(/^\d{4}-12-31$/);
  });

  const invalid: [string, Record<string, unknown>, string, { vi: string; en: string }][] = [
    [
      'OCOP without stars',
      { scheme: 'ocop', expiresOn: undefined },
      '/stars',
      {
        vi: 'Chứng nhận OCOP cần số sao (3, 4 hoặc 5)',
        en: 'An OCOP rating needs its stars (3, 4 or 5)',
      },
    ],
    [
      'stars on another scheme',
      { stars: 4 },
      '/stars',
      { vi: 'Chỉ chứng nhận OCOP mới có số sao', en: 'Only OCOP ratings have stars' },
    ],
    [
      'an OCOP rating over 36 months',
      { scheme: 'ocop', stars: 5, issuedOn: inDays(-10), expiresOn: inDays(1200) },
      '/expiresOn',
      {
        vi: 'Chứng nhận OCOP có hiệu lực tối đa 36 tháng kể từ ngày cấp',
        en: 'An OCOP rating is valid for at most 36 months from its issue date',
      },
    ],
    [
      'a time-bound scheme without expiry',
      { expiresOn: null },
      '/expiresOn',
      { vi: 'Chứng nhận này cần ngày hết hạn', en: 'This certificate needs an expiry date' },
    ],
    [
      'an expiry before the issue',
      { issuedOn: inDays(-10), expiresOn: inDays(-20) },
      '/expiresOn',
      {
        vi: 'Ngày hết hạn phải sau ngày cấp',
        en: 'The expiry date must not be before the issue date',
      },
    ],
    [
      'an issue date in the future',
      { issuedOn: inDays(1) },
      '/issuedOn',
      { vi: 'Ngày cấp không thể ở tương lai', en: 'The issue date cannot be in the future' },
    ],
  ];
  it.each(invalid)(
    'refuses %s with 400 naming the field in vi and en, writing nothing',
    async (_name, overrides, path, message) => {
      const before = await certificateCount();
      for (const locale of ['vi', 'en'] as const) {
        const response = await create(producerA.accessToken, vietgap(overrides), locale);
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json()).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: [{ path, message: message[locale] }],
        });
      }
      expect(await certificateCount()).toBe(before);
    },
  );

  it.each([
    ['scheme', 'iso9001'],
    ['issuedOn', '2025-02-30'],
    ['stars', 6],
    ['verifiedAt', new Date().toISOString()],
    ['verified', true],
    ['organizationId', uuidv7()],
    ['evidenceKey', 'certificates/aa/x'],
    ['version', 1],
    ['id', uuidv7()],
  ])('refuses %s=%j with 400 naming it, writing nothing', async (field, value) => {
    const before = await certificateCount();
    const response = await create(producerA.accessToken, vietgap({ [field]: value }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: `/${field}` }));
    expect(await certificateCount()).toBe(before);
  });

  it("refuses another producer's product (or a missing one) as productId alike, and an archived own product", async () => {
    const before = await certificateCount();
    const foreign = await create(producerB.accessToken, vietgap({ productId: productA.id }));
    const missing = await create(producerB.accessToken, vietgap({ productId: uuidv7() }));
    for (const response of [foreign, missing]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        {
          path: '/productId',
          message: 'Không tìm thấy sản phẩm này trong danh sách sản phẩm của bạn',
        },
      ]);
    }
    expect(withoutInstance(foreign.json())).toEqual(withoutInstance(missing.json()));

    const doomed = await publishedProduct(producerB);
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/products/${doomed.id}?version=${doomed.version}`,
      headers: headers(producerB.accessToken),
    });
    const archived = await create(producerB.accessToken, vietgap({ productId: doomed.id }));
    expect(archived.statusCode).toBe(409);
    expect(await certificateCount()).toBe(before);
  });

  it.each([
    ['anonymous', 401, () => undefined],
    ['a distributor', 403, () => distributor.accessToken],
    ['a coordinator', 403, () => coordinator.accessToken],
  ])('refuses %s with %i', async (_name, status, token) => {
    const before = await certificateCount();
    expect((await create(token(), vietgap())).statusCode).toBe(status);
    expect(await certificateCount()).toBe(before);
  });
});

describe('POST /api/v1/certificates/:id/verify', () => {
  it('lets a coordinator verify once, audited, and tells the producer in-app', async () => {
    const created = await certificate(producerA, vietgap({ number: 'VG-VERIFY-1' }), {
      verified: false,
    });
    const response = await verify(created.id, created.version, coordinator.accessToken);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      verified: true,
      status: 'valid',
      version: created.version + 1,
    });
    expect(response.json().verifiedAt).toEqual(expect.any(String));
    expect(await row(created.id)).toMatchObject({ verifiedBy: coordinator.user.id });
    expect((await auditsFor(created.id)).map((a) => a.action)).toEqual([
      'certificate.create',
      'certificate.verify',
    ]);
    const [note] = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'certificate.verified'))
      .orderBy(asc(notifications.createdAt));
    expect(note).toMatchObject({
      userId: producerA.user.id,
      title: 'Certificate verified',
      link: `/app/certificates/${created.id}`,
    });

    const twice = await verify(created.id, created.version + 1, coordinator.accessToken);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INVALID_STATE');
    const stale = await verify(created.id, created.version, admin.accessToken);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: created.version + 1,
    });
    expect((await verify(uuidv7(), 1, coordinator.accessToken)).statusCode).toBe(404);
  });

  it.each([
    ['anonymous', 401, () => undefined],
    ['the owner', 403, () => producerA.accessToken],
    ['another producer', 403, () => producerB.accessToken],
    ['a distributor', 403, () => distributor.accessToken],
  ])('refuses %s with %i, leaving the certificate unverified', async (_name, status, token) => {
    const created = await certificate(producerA, vietgap(), { verified: false });
    const before = await row(created.id);
    const response = await verify(created.id, created.version, token());
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(await row(created.id)).toEqual(before);
    expect(await auditsFor(created.id)).toHaveLength(1);
  });

  it('lets an admin verify too', async () => {
    const created = await certificate(producerA, vietgap(), { verified: false });
    expect((await verify(created.id, created.version, admin.accessToken)).statusCode).toBe(200);
  });
});

describe('who sees what', () => {
  it('hides an unverified certificate from everyone but the owner and staff, exactly like a missing one', async () => {
    const hidden = await certificate(producerA, vietgap(), { verified: false });
    for (const token of [undefined, producerB.accessToken, distributor.accessToken]) {
      const response = await get(hidden.id, token);
      const missing = await get(uuidv7(), token);
      expect(response.statusCode).toBe(404);
      expect(withoutInstance(response.json())).toEqual(withoutInstance(missing.json()));
    }
    for (const token of [producerA.accessToken, coordinator.accessToken]) {
      const response = await get(hidden.id, token);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'unverified', evidence: null });
    }
  });

  it('shows a valid certificate to everyone, without its evidence details', async () => {
    const shown = await certificate(producerA, vietgap());
    for (const token of [undefined, producerB.accessToken, distributor.accessToken]) {
      const response = await get(shown.id, token);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'valid', verified: true });
      expect(response.json()).not.toHaveProperty('evidence');
    }
  });

  it('hides an expired certificate, and product-level ones of products that are not public, from the public', async () => {
    const expired = await certificate(
      producerA,
      vietgap({ issuedOn: inDays(-400), expiresOn: inDays(-1) }),
    );
    expect(expired).toMatchObject({ status: 'expired', daysToExpiry: -1, verified: true });
    expect((await get(expired.id)).statusCode).toBe(404);
    expect((await get(expired.id, producerA.accessToken)).json()).toMatchObject({
      status: 'expired',
    });

    const draft = await draftProduct(producerA);
    const ofDraft = await certificate(producerA, vietgap({ productId: draft.id }));
    expect(ofDraft.status).toBe('valid');
    expect((await get(ofDraft.id, distributor.accessToken)).statusCode).toBe(404);
    expect((await get(ofDraft.id, producerA.accessToken)).statusCode).toBe(200);
  });

  it("lists what counts for a product (its own and the producer's), all of it for the owner and staff", async () => {
    const owner = await quickAccount(ctx.app, ctx.database, 'producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const product = await publishedProduct(owner);
    const other = await publishedProduct(owner);
    const farm = await certificate(owner, vietgap({ number: 'FARM' }));
    const own = await certificate(
      owner,
      vietgap({ scheme: 'haccp', number: 'OWN', productId: product.id }),
    );
    const pending = await certificate(
      owner,
      vietgap({ scheme: 'halal', number: 'PENDING', productId: product.id }),
      { verified: false },
    );
    const expired = await certificate(
      owner,
      vietgap({ scheme: 'iso22000', number: 'OLD', issuedOn: inDays(-800), expiresOn: inDays(-2) }),
    );
    const ofOther = await certificate(
      owner,
      vietgap({ scheme: 'brcgs', number: 'OTHER', productId: other.id }),
    );

    const ids = (body: { items: { id: string }[] }) => body.items.map((c) => c.id).sort();
    const publicView = await list(`?productId=${product.id}`);
    expect(publicView.statusCode).toBe(200);
    expect(ids(publicView.json())).toEqual([farm.id, own.id].sort());
    for (const item of publicView.json().items) {
      expect(item).not.toHaveProperty('evidence');
    }
    const ownerView = (await list(`?productId=${product.id}`, owner.accessToken)).json();
    expect(ids(ownerView)).toEqual([farm.id, own.id, pending.id, expired.id].sort());
    // Producer-level first.
    expect(ownerView.items[0].productId).toBeNull();

    const organizationPublic = (
      await list(`?organizationId=${owner.organizationId}`, distributor.accessToken)
    ).json();
    expect(ids(organizationPublic)).toEqual([farm.id, own.id, ofOther.id].sort());
    const organizationStaff = (
      await list(`?organizationId=${owner.organizationId}&limit=2`, coordinator.accessToken)
    ).json();
    expect(organizationStaff).toMatchObject({ total: 5, limit: 2 });
    expect(organizationStaff.items).toHaveLength(2);
    const ownDefault = (await list('', owner.accessToken)).json();
    expect(ownDefault.total).toBe(5);

    const queue = (await list('?verified=false&limit=100', coordinator.accessToken)).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toContain(pending.id);
    expect(queue.items.every((c: { verified: boolean }) => !c.verified)).toBe(true);
  });

  it('answers 404 for the certificates of hidden products and unverified producers, 400 without a subject', async () => {
    const pendingProducer = await quickAccount(ctx.app, ctx.database, 'producer');
    const draft = await draftProduct(producerA);
    expect((await list(`?productId=${draft.id}`)).statusCode).toBe(404);
    expect((await list(`?productId=${draft.id}`, producerB.accessToken)).statusCode).toBe(404);
    expect((await list(`?productId=${draft.id}`, producerA.accessToken)).statusCode).toBe(200);
    expect((await list(`?organizationId=${pendingProducer.organizationId}`)).statusCode).toBe(404);
    expect(
      (await list(`?organizationId=${pendingProducer.organizationId}`, pendingProducer.accessToken))
        .statusCode,
    ).toBe(200);
    expect((await list(`?productId=${uuidv7()}`)).statusCode).toBe(404);
    const none = await list('', distributor.accessToken);
    expect(none.statusCode).toBe(400);
    expect(none.json().errors[0].path).toBe('/query/productId');
    expect((await list('?productId=abc')).statusCode).toBe(400);
  });
});

describe('ownership of changes', () => {
  it("answers producer B 404 on A's hidden certificate and 403 on A's public one, changing nothing", async () => {
    const hidden = await certificate(producerA, vietgap(), { verified: false });
    const shown = await certificate(producerA, vietgap());
    const before = [await row(hidden.id), await row(shown.id)];
    const file = { name: 'evidence.pdf', type: 'application/pdf', data: pdf() };
    for (const [cert, status] of [
      [hidden, 404],
      [shown, 403],
    ] as const) {
      expect(
        (await patch(cert.id, { version: cert.version, issuer: 'Giả mạo' }, producerB.accessToken))
          .statusCode,
      ).toBe(status);
      expect((await remove(cert.id, cert.version, producerB.accessToken)).statusCode).toBe(status);
      expect((await upload(cert.id, producerB.accessToken, file)).statusCode).toBe(status);
      expect((await download(cert.id, producerB.accessToken)).statusCode).toBe(status);
    }
    // Staff verify; they do not edit the producer's records.
    expect(
      (await patch(shown.id, { version: shown.version, issuer: 'X Y' }, coordinator.accessToken))
        .statusCode,
    ).toBe(403);
    expect((await patch(shown.id, { version: shown.version, issuer: 'X Y' })).statusCode).toBe(401);
    expect([await row(hidden.id), await row(shown.id)]).toEqual(before);
    expect(await storedEvidence()).toEqual([]);
  });
});

describe('PATCH and DELETE /api/v1/certificates/:id', () => {
  it('edits with the version, refuses a stale one, and clears the verification of a verified certificate it changes', async () => {
    const verified = await certificate(producerA, vietgap({ number: 'VG-EDIT' }));
    const same = await patch(
      verified.id,
      { version: verified.version, number: 'VG-EDIT' },
      producerA.accessToken,
    );
    expect(same.json()).toMatchObject({ verified: true, version: verified.version + 1 });

    const edited = await patch(
      verified.id,
      { version: verified.version + 1, expiresOn: inDays(500) },
      producerA.accessToken,
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      verified: false,
      verifiedAt: null,
      status: 'unverified',
      expiresOn: inDays(500),
      daysToExpiry: 500,
    });
    expect(await row(verified.id)).toMatchObject({ verifiedAt: null, verifiedBy: null });

    const stale = await patch(
      verified.id,
      { version: verified.version, issuer: 'Cũ' },
      producerA.accessToken,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: verified.version + 2,
    });
    // Leaving OCOP... or joining it: stars follow the scheme.
    const toOcop = await patch(
      verified.id,
      { version: verified.version + 2, scheme: 'ocop', expiresOn: null },
      producerA.accessToken,
    );
    expect(toOcop.statusCode).toBe(400);
    expect(toOcop.json().errors[0].path).toBe('/stars');
    expect((await auditsFor(verified.id)).map((a) => a.action)).toEqual([
      'certificate.create',
      'certificate.verify',
      'certificate.update',
      'certificate.update',
    ]);
  });

  it('deletes with ?version=, removing its evidence file', async () => {
    const cert = await certificate(producerA, vietgap({ number: 'VG-DELETE' }), {
      verified: false,
    });
    const uploaded = await upload(cert.id, producerA.accessToken, {
      name: 'c.pdf',
      type: 'application/pdf',
      data: pdf(),
    });
    expect(uploaded.statusCode).toBe(200);
    const files = await storedEvidence();
    expect(files.length).toBeGreaterThan(0);
    expect((await remove(cert.id, 1, producerA.accessToken)).statusCode).toBe(409);
    const response = await remove(
      cert.id,
      uploaded.json<CertificateBody>().version,
      producerA.accessToken,
    );
    expect(response.statusCode).toBe(204);
    expect(await row(cert.id)).toBeUndefined();
    expect((await get(cert.id, producerA.accessToken)).statusCode).toBe(404);
    expect((await storedEvidence()).length).toBe(files.length - 1);
    expect((await auditsFor(cert.id)).map((a) => a.action)).toContain('certificate.delete');
  });
});

describe("a product's certifications", () => {
  it('counts only verified, unexpired certificates, the producer-level ones for every product, the day of expiry included', async () => {
    const owner = await quickAccount(ctx.app, ctx.database, 'producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const product = await publishedProduct(owner);
    const sibling = await publishedProduct(owner);

    await certificate(owner, vietgap({ scheme: 'globalgap' }));
    await certificate(
      owner,
      vietgap({
        scheme: 'ocop',
        stars: 4,
        expiresOn: undefined,
        issuedOn: inDays(-30),
        productId: product.id,
      }),
    );
    await certificate(owner, vietgap({ scheme: 'haccp', expiresOn: today, productId: product.id }));
    await certificate(
      owner,
      vietgap({
        scheme: 'iso22000',
        issuedOn: inDays(-700),
        expiresOn: inDays(-1),
        productId: product.id,
      }),
    );
    await certificate(owner, vietgap({ scheme: 'organic-eu', productId: product.id }), {
      verified: false,
    });
    await certificate(owner, vietgap({ scheme: 'halal', productId: sibling.id }));

    for (const token of [undefined, distributor.accessToken, owner.accessToken]) {
      const body = (await getProduct(product.id, token)).json();
      expect(body.certifications).toEqual(['globalgap', 'haccp', 'ocop']);
    }
    expect((await getProduct(sibling.id)).json().certifications).toEqual(['globalgap', 'halal']);
    const listed = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/products?producerId=${owner.organizationId}`,
      })
    ).json();
    expect(
      Object.fromEntries(
        listed.items.map((p: { id: string; certifications: string[] }) => [p.id, p.certifications]),
      ),
    ).toEqual({
      [product.id]: ['globalgap', 'haccp', 'ocop'],
      [sibling.id]: ['globalgap', 'halal'],
    });
  });

  it('drops a certificate from the product as soon as an edit sends it back to verification', async () => {
    const owner = await quickAccount(ctx.app, ctx.database, 'producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const product = await publishedProduct(owner);
    const cert = await certificate(owner, vietgap({ scheme: 'brcgs', productId: product.id }));
    expect((await getProduct(product.id)).json().certifications).toEqual(['brcgs']);
    await patch(cert.id, { version: cert.version, issuer: 'SGS Việt Nam' }, owner.accessToken);
    expect((await getProduct(product.id)).json().certifications).toEqual([]);
  });
});

describe('evidence files', () => {
  it('stores a PDF, serves it to the owner and staff as an attachment with a generated name, and never to others', async () => {
    const cert = await certificate(producerA, vietgap({ number: 'VG 77/2025' }));
    const data = pdf();
    const response = await upload(cert.id, producerA.accessToken, {
      name: '../../etc/passwd"; x=.pdf',
      type: 'text/plain',
      data,
    });
    expect(response.statusCode, response.body).toBe(200);
    // New evidence is a change: the certificate goes back to verification.
    expect(response.json()).toMatchObject({
      evidence: { contentType: 'application/pdf', bytes: data.length },
      verified: false,
    });
    const stored = await row(cert.id);
    expect(stored!.evidenceKey).toMatch(/^certificates\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);

    for (const token of [producerA.accessToken, coordinator.accessToken, admin.accessToken]) {
      const file = await download(cert.id, token);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        'attachment; filename="certificate-vietgap-vg-77-2025.pdf"',
      );
      expect(file.headers['cache-control']).toBe('private, no-store');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.rawPayload.equals(data)).toBe(true);
    }
    await verify(cert.id, response.json<CertificateBody>().version, coordinator.accessToken);
    // Public now, but its evidence is not.
    expect((await get(cert.id, distributor.accessToken)).statusCode).toBe(200);
    expect((await download(cert.id, distributor.accessToken)).statusCode).toBe(403);
    expect((await download(cert.id)).statusCode).toBe(401);

    const none = await certificate(producerA, vietgap(), { verified: false });
    expect((await download(none.id, producerA.accessToken)).statusCode).toBe(404);
  });

  it('replaces the evidence, deleting the old file, and accepts images by their bytes', async () => {
    const cert = await certificate(producerA, vietgap(), { verified: false });
    expect(
      (
        await upload(cert.id, producerA.accessToken, {
          name: 'a.pdf',
          type: 'application/pdf',
          data: pdf(),
        })
      ).statusCode,
    ).toBe(200);
    const first = (await row(cert.id))!.evidenceKey!;
    const replaced = await upload(cert.id, producerA.accessToken, {
      name: 'scan.bin',
      type: 'application/octet-stream',
      data: png(),
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().evidence).toMatchObject({ contentType: 'image/png' });
    const files = await storedEvidence();
    expect(files).toContain((await row(cert.id))!.evidenceKey!.split('/').pop());
    expect(files).not.toContain(first.split('/').pop());
    expect((await download(cert.id, producerA.accessToken)).headers['content-disposition']).toMatch(
      /\.png"$/,
    );
  });

  it.each([
    [
      'an executable renamed .pdf',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({
        name: 'certificate.pdf',
        type: 'application/pdf',
        data: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00'), randomBytes(4096)]),
      }),
    ],
    [
      'an HTML page',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({
        name: 'c.pdf',
        type: 'application/pdf',
        data: Buffer.from('<html><script>alert(1)</script></html>'),
      }),
    ],
    [
      'an empty file',
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      () => ({ name: 'c.pdf', type: 'application/pdf', data: Buffer.alloc(0) }),
    ],
    [
      'a 6 MB PDF',
      413,
      'PAYLOAD_TOO_LARGE',
      () => ({
        name: 'big.pdf',
        type: 'application/pdf',
        data: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024)]),
      }),
    ],
  ])('refuses %s with %i, leaving no row change and no file', async (_name, status, code, file) => {
    const cert = await certificate(producerA, vietgap(), { verified: false });
    const before = await row(cert.id);
    const filesBefore = await storedEvidence();
    const response = await upload(cert.id, producerA.accessToken, file());
    expect(response.statusCode).toBe(status);
    expect(response.json().code).toBe(code);
    expect(await row(cert.id)).toEqual(before);
    expect(await storedEvidence()).toEqual(filesBefore);
    expect((await auditsFor(cert.id)).map((a) => a.action)).toEqual(['certificate.create']);
  });

  it('accepts exactly 5 MB and refuses a body that is not multipart', async () => {
    const cert = await certificate(producerA, vietgap(), { verified: false });
    const limit = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 - 9)]);
    const response = await upload(cert.id, producerA.accessToken, {
      name: 'limit.pdf',
      type: 'application/pdf',
      data: limit,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().evidence.bytes).toBe(5 * 1024 * 1024);

    const json = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/certificates/${cert.id}/evidence`,
      headers: headers(producerA.accessToken),
      payload: { file: 'JVBERi0xLjcK' },
    });
    expect(json.statusCode).toBe(415);
  });
});
