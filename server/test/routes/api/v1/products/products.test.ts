import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  auditLog,
  notifications,
  organizations,
  outbox,
  products,
} from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let distributor: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  // Verified, so that whatever it cannot see is hidden by the product rules, not its own status.
  await verifyOrganization(ctx.database, distributor.organizationId);
});
afterAll(async () => ctx?.close());

const quick = (role: 'producer' | 'distributor', options: { locale?: 'vi' | 'en' } = {}) =>
  quickAccount(ctx.app, ctx.database, role, options);
async function verifiedProducer(options: { locale?: 'vi' | 'en' } = {}) {
  const account = await quick('producer', options);
  await verifyOrganization(ctx.database, account.organizationId);
  return account;
}

/** "Vải thiều Bắc Giang": the province is typed with its pre-2025 name. */
const lychee = (overrides: Record<string, unknown> = {}) => ({
  nameVi: 'Vải thiều Lục Ngạn',
  descriptionVi: 'Vải thiều tươi, thu hoạch tháng 6 và tháng 7.',
  ocopGroup: 'food',
  category: 'fruit',
  province: 'Bắc Giang',
  unit: 'kg',
  moq: 500,
  ...overrides,
});

const headers = (token?: string, language?: string) => ({
  ...(token ? authHeader(token) : {}),
  ...(language ? { 'accept-language': language } : {}),
});
const create = (token: string | undefined, payload: Record<string, unknown>, language?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: headers(token, language),
    payload,
  });
const get = (id: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, headers: headers(token) });
const list = (query: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/products${query}`, headers: headers(token) });
const patch = (id: string, payload: Record<string, unknown>, token?: string, language?: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/products/${id}`,
    headers: headers(token, language),
    payload,
  });
const submit = (id: string, version: number, token?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/products/${id}/submit`,
    headers: headers(token),
    payload: { version },
  });
const archive = (id: string, version: number, token?: string) =>
  ctx.app.inject({
    method: 'DELETE',
    url: `/api/v1/products/${id}?version=${version}`,
    headers: headers(token),
  });
const approve = (
  id: string,
  version: number,
  token?: string,
  extra: Record<string, unknown> = {},
) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/products/${id}/approve`,
    headers: headers(token),
    payload: { version, ...extra },
  });
const reject = (
  id: string,
  version: number,
  token?: string,
  reason: unknown = 'Thiếu ảnh bao bì và nhãn',
) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/products/${id}/reject`,
    headers: headers(token),
    payload: { version, reason },
  });
const reviewQueue = (query: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/review/products${query}`,
    headers: headers(token),
  });

async function row(id: string) {
  const [found] = await ctx.database.db.select().from(products).where(eq(products.id, id));
  return found;
}
const productCount = async () =>
  (await ctx.database.db.select({ n: count() }).from(products))[0]!.n;
const auditCount = async () => (await ctx.database.db.select({ n: count() }).from(auditLog))[0]!.n;
const notificationCount = async () =>
  (await ctx.database.db.select({ n: count() }).from(notifications))[0]!.n;
const outboxCount = async () => (await ctx.database.db.select({ n: count() }).from(outbox))[0]!.n;
const auditsFor = (id: string) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.id));
const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

type ProductBody = { id: string; version: number; status: string; nameVi: string };

/** A draft of `owner`, created through the API. */
async function draft(
  owner: Account,
  overrides: Record<string, unknown> = {},
): Promise<ProductBody> {
  const response = await create(owner.accessToken, lychee(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<ProductBody>();
}

/** Draft → submitted → approved by the coordinator; the owner's organization must be verified. */
async function published(
  owner: Account,
  overrides: Record<string, unknown> = {},
): Promise<ProductBody> {
  const created = await draft(owner, overrides);
  const submitted = await submit(created.id, created.version, owner.accessToken);
  expect(submitted.statusCode, submitted.body).toBe(200);
  const approved = await approve(
    created.id,
    submitted.json<ProductBody>().version,
    coordinator.accessToken,
  );
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json<ProductBody>();
}

describe('POST /api/v1/products', () => {
  it('creates a draft; a pre-2025 province name resolves to the new unit and is kept as the legacy province', async () => {
    const owner = await quick('producer');
    const before = await auditCount();
    const response = await create(
      owner.accessToken,
      lychee({ hsCode: '0810.90.10', monthsAvailable: [7, 6] }),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      status: 'draft',
      province: 'bac-ninh',
      region: 'red-river-delta',
      originLegacyProvince: 'Bắc Giang',
      hsCode: '08109010',
      monthsAvailable: [6, 7],
      producer: { id: owner.organizationId, verified: false },
      isPublic: false,
      reviewNote: null,
      submittedAt: null,
      publishedAt: null,
      version: 1,
      images: [],
    });
    expect(await row(body.id)).toMatchObject({
      producerOrgId: owner.organizationId,
      status: 'draft',
      provinceCode: 'bac-ninh',
      originLegacyProvince: 'Bắc Giang',
      publicFacts: null,
    });
    const audits = await auditsFor(body.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'product.create', actorId: owner.user.id });
    expect(await auditCount()).toBe(before + 1);
  });

  it('keeps an explicit legacy province in its reference spelling, and a current province name needs none', async () => {
    const owner = await quick('producer');
    const explicit = await create(
      owner.accessToken,
      lychee({ province: 'bac-ninh', originLegacyProvince: 'bac giang' }),
    );
    expect(explicit.statusCode).toBe(201);
    expect(explicit.json()).toMatchObject({
      province: 'bac-ninh',
      originLegacyProvince: 'Bắc Giang',
    });

    const current = await create(owner.accessToken, lychee({ province: 'Hà Nội' }));
    expect(current.statusCode).toBe(201);
    expect(current.json()).toMatchObject({ province: 'ha-noi', originLegacyProvince: null });
  });

  const fieldCases: [
    string,
    Record<string, unknown>,
    string,
    string,
    { vi: string; en: string },
  ][] = [
    [
      'a category outside the OCOP group',
      { ocopGroup: 'beverage', category: 'fruit' },
      '/category',
      'VALIDATION_FAILED',
      {
        vi: 'Danh mục không thuộc nhóm OCOP đã chọn',
        en: 'The category does not belong to the chosen OCOP group',
      },
    ],
    [
      'an HS code with too few digits',
      { hsCode: '0810' },
      '/hsCode',
      'INVALID_HS_CODE',
      { vi: 'Mã HS phải gồm 6 đến 10 chữ số', en: 'The HS code must have 6 to 10 digits' },
    ],
    [
      'an HS code in chapter 00',
      { hsCode: '00.12.34' },
      '/hsCode',
      'INVALID_HS_CODE',
      { vi: 'Mã HS phải gồm 6 đến 10 chữ số', en: 'The HS code must have 6 to 10 digits' },
    ],
    [
      'a minimum price above the maximum',
      { priceMin: 90_000, priceMax: 60_000 },
      '/priceMax',
      'VALIDATION_FAILED',
      {
        vi: 'Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu',
        en: 'The maximum price must not be below the minimum price',
      },
    ],
    [
      'a legacy province that was not merged into the province of origin',
      { province: 'Hà Nội', originLegacyProvince: 'Bắc Giang' },
      '/originLegacyProvince',
      'VALIDATION_FAILED',
      {
        vi: 'Tỉnh cũ phải là tỉnh đã sáp nhập vào tỉnh xuất xứ',
        en: 'The former province must be one merged into the province of origin',
      },
    ],
    [
      'an unknown province',
      { province: 'Xứ Atlantis' },
      '/province',
      'UNKNOWN_PROVINCE',
      { vi: 'Không tìm thấy tỉnh/thành "Xứ Atlantis"', en: 'Unknown province "Xứ Atlantis"' },
    ],
  ];

  it.each(fieldCases)(
    'refuses %s with 400 naming the field, in vi and en, writing nothing',
    async (_name, overrides, path, code, message) => {
      const owner = await quick('producer');
      const [products_, audits] = [await productCount(), await auditCount()];
      for (const [language, locale] of [
        ['vi-VN,vi;q=0.9', 'vi'],
        ['en-GB,en;q=0.8', 'en'],
      ] as const) {
        const response = await create(owner.accessToken, lychee(overrides), language);
        expect(response.statusCode, language).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const body = response.json();
        expect(body.code).toBe(code);
        expect(body.errors).toEqual([{ path, message: message[locale] }]);
      }
      expect(await productCount()).toBe(products_);
      expect(await auditCount()).toBe(audits);
    },
  );

  it.each([
    ['status', 'published'],
    ['producerOrgId', uuidv7()],
    ['publicFacts', { nameVi: 'Giả mạo' }],
    ['reviewNote', 'Đã duyệt'],
    ['version', 7],
    ['id', uuidv7()],
    ['colour', 'đỏ'],
  ])(
    'refuses the server-owned or unknown field %s with 400 naming it, writing nothing',
    async (field, value) => {
      const owner = await quick('producer');
      const [products_, audits] = [await productCount(), await auditCount()];
      for (const [language, message] of [
        ['vi', 'Trường này không được phép'],
        ['en', 'This field is not allowed'],
      ] as const) {
        const response = await create(owner.accessToken, lychee({ [field]: value }), language);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toContainEqual({ path: `/${field}`, message });
      }
      expect(await productCount()).toBe(products_);
      expect(await auditCount()).toBe(audits);
    },
  );

  it.each([
    ['anonymous', 401, () => undefined],
    ['a distributor', 403, () => distributor.accessToken],
    ['a coordinator', 403, () => coordinator.accessToken],
  ])('refuses %s with %i', async (_name, status, token) => {
    const before = await productCount();
    const response = await create(token(), lychee());
    expect(response.statusCode).toBe(status);
    expect(await productCount()).toBe(before);
  });
});

describe('PATCH /api/v1/products/:id', () => {
  it('edits with the current version and refuses a stale one with 409 and the current version', async () => {
    const owner = await quick('producer');
    const created = await draft(owner);
    const edited = await patch(
      created.id,
      { version: 1, nameEn: 'Luc Ngan lychee', moq: 800 },
      owner.accessToken,
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      nameEn: 'Luc Ngan lychee',
      moq: 800,
      version: 2,
      status: 'draft',
    });
    const snapshot = await row(created.id);

    const stale = await patch(created.id, { version: 1, moq: 1 }, owner.accessToken);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect(await row(created.id)).toEqual(snapshot);
    expect((await auditsFor(created.id)).map((a) => a.action)).toEqual([
      'product.create',
      'product.update',
    ]);
  });

  it('checks a partial edit against the values it keeps, and refuses server-owned fields', async () => {
    const owner = await quick('producer');
    const created = await draft(owner, { priceMin: 40_000, priceMax: 60_000 });
    const group = await patch(
      created.id,
      { version: 1, ocopGroup: 'beverage' },
      owner.accessToken,
      'en',
    );
    expect(group.statusCode).toBe(400);
    expect(group.json().errors).toEqual([
      { path: '/category', message: 'The category does not belong to the chosen OCOP group' },
    ]);
    const price = await patch(created.id, { version: 1, priceMax: 30_000 }, owner.accessToken);
    expect(price.statusCode).toBe(400);
    expect(price.json().errors[0].path).toBe('/priceMax');
    // Moving the province away from Bắc Ninh leaves "Bắc Giang" behind as a legacy name that no longer fits.
    const moved = await patch(created.id, { version: 1, province: 'Hà Nội' }, owner.accessToken);
    expect(moved.statusCode).toBe(400);
    expect(moved.json().errors[0].path).toBe('/originLegacyProvince');
    for (const field of ['status', 'producerOrgId', 'publicFacts', 'reviewNote', 'publishedAt']) {
      const response = await patch(created.id, { version: 1, [field]: 'x' }, owner.accessToken);
      expect(response.statusCode, field).toBe(400);
      expect(response.json().errors, field).toContainEqual(
        expect.objectContaining({ path: `/${field}` }),
      );
    }
    expect(await row(created.id)).toMatchObject({ version: 1, status: 'draft', ocopGroup: 'food' });
  });

  it("answers 404 for someone else's draft and 403 for someone else's public product", async () => {
    const owner = await verifiedProducer();
    const other = await quick('producer');
    const hidden = await draft(owner);
    const visible = await published(owner);
    expect((await patch(hidden.id, { version: 1, moq: 1 }, other.accessToken)).statusCode).toBe(
      404,
    );
    expect(
      (await patch(hidden.id, { version: 1, moq: 1 }, distributor.accessToken)).statusCode,
    ).toBe(404);
    expect(
      (await patch(visible.id, { version: visible.version, moq: 1 }, other.accessToken)).statusCode,
    ).toBe(403);
    expect(
      (await patch(visible.id, { version: visible.version, moq: 1 }, coordinator.accessToken))
        .statusCode,
    ).toBe(403);
    expect((await patch(visible.id, { version: visible.version, moq: 1 })).statusCode).toBe(401);
    expect((await row(hidden.id))!.version).toBe(1);
    expect((await row(visible.id))!.moq).toBe(500);
  });
});

describe('submit, review and publication', () => {
  it('rejects with a reason the producer reads, then publishes the fixed resubmission once the producer is verified', async () => {
    const owner = await quick('producer', { locale: 'en' });
    const created = await draft(owner);

    const submitted = await submit(created.id, 1, owner.accessToken);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'pending_review', version: 2 });
    expect(submitted.json().submittedAt).toEqual(expect.any(String));
    const twice = await submit(created.id, 2, owner.accessToken);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('INVALID_STATE');

    const queue = await reviewQueue('?status=pending_review&limit=100', coordinator.accessToken);
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((p: { id: string }) => p.id)).toContain(created.id);

    // The producer is not verified yet: approval is refused and nothing changes.
    const snapshot = await row(created.id);
    const [notes, mails] = [await notificationCount(), await outboxCount()];
    const early = await approve(created.id, 2, coordinator.accessToken);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('PRODUCER_NOT_VERIFIED');
    expect(await row(created.id)).toEqual(snapshot);
    expect(await notificationCount()).toBe(notes);
    expect(await outboxCount()).toBe(mails);

    // A rejection needs a reason in words.
    for (const reason of ['', '   ', 'ab']) {
      const response = await reject(created.id, 2, coordinator.accessToken, reason);
      expect(response.statusCode, JSON.stringify(reason)).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/reason' }));
    }
    expect(await row(created.id)).toEqual(snapshot);

    const rejected = await reject(created.id, 2, coordinator.accessToken, '  Thiếu ảnh nhãn mác  ');
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      reviewNote: 'Thiếu ảnh nhãn mác',
      version: 3,
    });
    expect(await row(created.id)).toMatchObject({
      status: 'rejected',
      reviewedBy: coordinator.user.id,
    });

    const seen = await get(created.id, owner.accessToken);
    expect(seen.json()).toMatchObject({ status: 'rejected', reviewNote: 'Thiếu ảnh nhãn mác' });
    const [rejectedNote] = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(rejectedNote).toMatchObject({
      kind: 'product.rejected',
      title: 'Product needs changes',
      link: `/app/products/${created.id}`,
    });
    expect(rejectedNote!.body).toContain('Reason: Thiếu ảnh nhãn mác.');

    const fixed = await patch(
      created.id,
      { version: 3, descriptionVi: 'Có ảnh nhãn mác đầy đủ.' },
      owner.accessToken,
    );
    expect(fixed.json()).toMatchObject({ status: 'rejected', version: 4 });
    const again = await submit(created.id, 4, owner.accessToken);
    expect(again.json()).toMatchObject({ status: 'pending_review', version: 5 });

    await verifyOrganization(ctx.database, owner.organizationId);
    const approved = await approve(created.id, 5, coordinator.accessToken, { note: 'Đạt' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'published',
      isPublic: true,
      reviewNote: 'Đạt',
      version: 6,
    });
    expect(approved.json().publishedAt).toEqual(expect.any(String));

    const anonymous = await get(created.id);
    expect(anonymous.statusCode).toBe(200);
    const publicBody = anonymous.json();
    expect(publicBody).toMatchObject({
      status: 'published',
      descriptionVi: 'Có ảnh nhãn mác đầy đủ.',
      isPublic: true,
    });
    expect(publicBody).not.toHaveProperty('reviewNote');
    expect(publicBody).not.toHaveProperty('submittedAt');

    const audits = (await auditsFor(created.id)).map((a) => [a.action, a.actorId]);
    expect(audits).toEqual([
      ['product.create', owner.user.id],
      ['product.submit', owner.user.id],
      ['product.reject', coordinator.user.id],
      ['product.update', owner.user.id],
      ['product.submit', owner.user.id],
      ['product.approve', coordinator.user.id],
    ]);
    const decision = (await auditsFor(created.id)).find((a) => a.action === 'product.reject');
    expect(decision).toMatchObject({
      before: { status: 'pending_review', version: 2 },
      after: { status: 'rejected', version: 3, note: 'Thiếu ảnh nhãn mác' },
      requestId: rejected.headers['x-request-id'],
    });

    const kinds = (
      await ctx.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, owner.user.id))
        .orderBy(asc(notifications.createdAt))
    ).map((n) => n.kind);
    expect(kinds).toEqual(['product.rejected', 'product.approved']);
    const ownMails = (
      await ctx.database.db.select().from(outbox).where(eq(outbox.topic, 'notify.email'))
    )
      .map((m) => m.payload as { to: string; subject: string; text: string })
      .filter((p) => p.to === owner.email);
    expect(ownMails.map((m) => m.subject)).toEqual(['Product needs changes', 'Product approved']);
    expect(ownMails[1]!.text).toContain(`${ctx.config.PUBLIC_URL}/app/products/${created.id}`);
  });

  it('keeps the approved facts public while an edit of a published product is in review', async () => {
    const owner = await verifiedProducer();
    const live = await published(owner, {
      nameVi: 'Mật ong bạc hà',
      category: 'honey',
      province: 'Hà Giang',
    });
    expect(live).toMatchObject({ status: 'published', nameVi: 'Mật ong bạc hà' });

    const edited = await patch(
      live.id,
      { version: live.version, nameVi: 'Mật ong bạc hà Đồng Văn' },
      owner.accessToken,
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      status: 'pending_review',
      nameVi: 'Mật ong bạc hà Đồng Văn',
      isPublic: true,
    });
    expect(edited.json().submittedAt).toEqual(expect.any(String));

    for (const token of [undefined, distributor.accessToken]) {
      const seen = await get(live.id, token);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ status: 'published', nameVi: 'Mật ong bạc hà' });
      expect(seen.json()).not.toHaveProperty('reviewNote');
    }
    expect((await get(live.id, owner.accessToken)).json()).toMatchObject({
      status: 'pending_review',
      nameVi: 'Mật ong bạc hà Đồng Văn',
    });

    const approved = await approve(
      live.id,
      edited.json<ProductBody>().version,
      coordinator.accessToken,
    );
    expect(approved.statusCode).toBe(200);
    expect((await get(live.id)).json()).toMatchObject({ nameVi: 'Mật ong bạc hà Đồng Văn' });
  });

  it('archives with ?version=: the product leaves the catalogue, and archived products are read-only', async () => {
    const owner = await verifiedProducer();
    const live = await published(owner);
    expect((await archive(live.id, live.version - 1, owner.accessToken)).statusCode).toBe(409);
    expect((await archive(live.id, live.version, distributor.accessToken)).statusCode).toBe(403);
    expect((await get(live.id)).statusCode).toBe(200);

    const archived = await archive(live.id, live.version, owner.accessToken);
    expect(archived.statusCode).toBe(200);
    expect(archived.json()).toMatchObject({
      status: 'archived',
      isPublic: false,
      version: live.version + 1,
    });
    expect(await row(live.id)).toMatchObject({ status: 'archived', publicFacts: null });

    const publicGet = await get(live.id);
    expect(publicGet.statusCode).toBe(404);
    expect((await get(live.id, distributor.accessToken)).statusCode).toBe(404);
    expect((await get(live.id, owner.accessToken)).json().status).toBe('archived');
    const publicList = await list(`?producerId=${owner.organizationId}`);
    expect(publicList.json().items).toEqual([]);

    const version = live.version + 1;
    expect((await archive(live.id, version, owner.accessToken)).json().code).toBe('INVALID_STATE');
    expect((await patch(live.id, { version, moq: 2 }, owner.accessToken)).json().code).toBe(
      'INVALID_STATE',
    );
    expect((await submit(live.id, version, owner.accessToken)).json().code).toBe('INVALID_STATE');
    expect((await row(live.id))!.version).toBe(version);
  });

  it('refuses the version query of DELETE when it is missing or malformed', async () => {
    const owner = await quick('producer');
    const created = await draft(owner);
    for (const url of [
      `/api/v1/products/${created.id}`,
      `/api/v1/products/${created.id}?version=abc`,
    ]) {
      const response = await ctx.app.inject({
        method: 'DELETE',
        url,
        headers: authHeader(owner.accessToken),
      });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors).toContainEqual(
        expect.objectContaining({ path: '/query/version' }),
      );
    }
    expect((await row(created.id))!.status).toBe('draft');
  });
});

describe('review authorization', () => {
  it.each([
    ['anonymous', 401, () => undefined],
    ['a producer', 403, () => producerToken],
    ['the owner itself', 403, () => ownerToken],
    ['a verified distributor', 403, () => distributor.accessToken],
  ])(
    'refuses %s on the queue, approve and reject with %i, leaving the database unchanged',
    async (_name, status, token) => {
      const target = await pending();
      const before = await row(target.id);
      const [audits, notes, mails] = [
        await auditCount(),
        await notificationCount(),
        await outboxCount(),
      ];
      const responses = {
        queue: await reviewQueue('?status=pending_review', token()),
        approve: await approve(target.id, target.version, token()),
        reject: await reject(target.id, target.version, token()),
        blankReason: await reject(target.id, target.version, token(), '   '),
      };
      for (const [route, response] of Object.entries(responses)) {
        expect(response.statusCode, route).toBe(status);
        expect(response.json().code, route).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(response.body, route).not.toContain(target.id);
      }
      expect(await row(target.id)).toEqual(before);
      expect(await auditCount()).toBe(audits);
      expect(await notificationCount()).toBe(notes);
      expect(await outboxCount()).toBe(mails);
    },
  );

  let ownerToken = '';
  let producerToken = '';
  async function pending() {
    const owner = await verifiedProducer();
    ownerToken = owner.accessToken;
    producerToken = (await quick('producer')).accessToken;
    const created = await draft(owner);
    return (await submit(created.id, created.version, owner.accessToken)).json<ProductBody>();
  }

  it('lets an admin decide too, and answers 404 for a missing product', async () => {
    const owner = await verifiedProducer();
    const created = await draft(owner);
    await submit(created.id, 1, owner.accessToken);
    expect((await approve(uuidv7(), 1, admin.accessToken)).statusCode).toBe(404);
    const response = await approve(created.id, 2, admin.accessToken);
    expect(response.statusCode).toBe(200);
    expect(await row(created.id)).toMatchObject({ status: 'published', reviewedBy: admin.user.id });
  });

  it('refuses a decision on a product that is not pending review, or with a stale version', async () => {
    const owner = await verifiedProducer();
    const created = await draft(owner);
    const notPending = await approve(created.id, 1, coordinator.accessToken);
    expect(notPending.statusCode).toBe(409);
    expect(notPending.json().code).toBe('INVALID_STATE');
    await submit(created.id, 1, owner.accessToken);
    const stale = await approve(created.id, 1, coordinator.accessToken);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect((await row(created.id))!.status).toBe('pending_review');
  });
});

describe('visibility', () => {
  it("answers someone else's draft exactly like a product that does not exist", async () => {
    const owner = await quick('producer');
    const other = await quick('producer');
    const hidden = await draft(owner);
    for (const token of [undefined, other.accessToken, distributor.accessToken]) {
      const draftResponse = await get(hidden.id, token);
      const missingResponse = await get(uuidv7(), token);
      expect(draftResponse.statusCode).toBe(404);
      expect(missingResponse.statusCode).toBe(404);
      expect(withoutInstance(draftResponse.json())).toEqual(
        withoutInstance(missingResponse.json()),
      );
    }
    // Staff see the working copy, review details included.
    const staff = await get(hidden.id, coordinator.accessToken);
    expect(staff.statusCode).toBe(200);
    expect(staff.json()).toMatchObject({ status: 'draft', reviewNote: null });
  });

  it('shows a distributor only published products of verified producers', async () => {
    const verified = await verifiedProducer();
    const unverified = await quick('producer');
    const live = await published(verified);
    const inReview = await draft(verified);
    await submit(inReview.id, 1, verified.accessToken);
    const unverifiedDraft = await draft(unverified);
    await submit(unverifiedDraft.id, 1, unverified.accessToken);

    expect((await get(live.id, distributor.accessToken)).statusCode).toBe(200);
    expect((await get(inReview.id, distributor.accessToken)).statusCode).toBe(404);
    expect((await get(unverifiedDraft.id, distributor.accessToken)).statusCode).toBe(404);

    const ids = (await list('?limit=100', distributor.accessToken))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(ids).toContain(live.id);
    expect(ids).not.toContain(inReview.id);
    expect(ids).not.toContain(unverifiedDraft.id);
  });

  it('hides the published products of a producer that is later rejected', async () => {
    const owner = await verifiedProducer();
    const live = await published(owner);
    expect((await get(live.id)).statusCode).toBe(200);

    const decision = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${owner.organizationId}/reject`,
      headers: authHeader(coordinator.accessToken),
      payload: { reason: 'Giấy phép đã bị thu hồi' },
    });
    expect(decision.statusCode).toBe(200);
    const [org] = await ctx.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, owner.organizationId));
    expect(org!.verificationStatus).toBe('rejected');

    expect((await get(live.id)).statusCode).toBe(404);
    expect((await get(live.id, distributor.accessToken)).statusCode).toBe(404);
    expect((await list(`?producerId=${owner.organizationId}`)).json()).toMatchObject({
      items: [],
      total: 0,
    });
    // The owner still sees it, marked as not public.
    expect((await get(live.id, owner.accessToken)).json()).toMatchObject({
      status: 'published',
      isPublic: false,
    });
  });
});

describe('GET /api/v1/products', () => {
  it("lists a producer's own products in every status, the public only public ones, and ?producerId= for a producer page", async () => {
    const owner = await verifiedProducer();
    const stranger = await verifiedProducer();
    const live = await published(owner);
    const ownDraft = await draft(owner);
    const strangerLive = await published(stranger);

    const own = await list('?limit=100', owner.accessToken);
    expect(own.statusCode).toBe(200);
    const ownIds = own.json().items.map((p: { id: string }) => p.id);
    expect(new Set(ownIds)).toEqual(new Set([live.id, ownDraft.id]));
    expect(own.json().total).toBe(2);
    expect(own.json().items.find((p: { id: string }) => p.id === ownDraft.id)).toMatchObject({
      status: 'draft',
    });

    const drafts = await list('?status=draft', owner.accessToken);
    expect(drafts.json().items.map((p: { id: string }) => p.id)).toEqual([ownDraft.id]);

    const anonymous = (await list('?limit=100')).json();
    const publicIds = anonymous.items.map((p: { id: string }) => p.id);
    expect(publicIds).toEqual(expect.arrayContaining([live.id, strangerLive.id]));
    expect(publicIds).not.toContain(ownDraft.id);
    for (const item of anonymous.items) {
      expect(item).toMatchObject({ status: 'published', isPublic: true });
      expect(item).not.toHaveProperty('reviewNote');
    }
    // A status filter does not let the public see drafts.
    expect((await list('?status=draft&limit=100')).json().items).toEqual([]);

    const page = (await list(`?producerId=${owner.organizationId}`)).json();
    expect(page).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([live.id]);
    // Another producer looking at this producer's page gets the public view too.
    const viaStranger = (
      await list(`?producerId=${owner.organizationId}`, stranger.accessToken)
    ).json();
    expect(viaStranger.items.map((p: { id: string }) => p.id)).toEqual([live.id]);
  });

  it('pages the list and validates its query', async () => {
    const owner = await quick('producer');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      ids.push((await draft(owner, { nameVi: `Sản phẩm ${i}` })).id);
    }
    const first = (await list('?limit=2&page=1', owner.accessToken)).json();
    const second = (await list('?limit=2&page=2', owner.accessToken)).json();
    expect(first).toMatchObject({ total: 3, limit: 2, page: 1 });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    // Newest first.
    expect([...first.items, ...second.items].map((p: { id: string }) => p.id)).toEqual(
      [...ids].reverse(),
    );
    for (const query of [
      '?limit=0',
      '?limit=101',
      '?page=0',
      '?status=sold',
      '?producerId=abc',
      '?sort=name',
    ]) {
      expect((await list(query)).statusCode, query).toBe(400);
    }
  });

  it('filters the review queue by status, first submitted first', async () => {
    const owner = await quick('producer');
    const a = await draft(owner);
    const b = await draft(owner);
    await submit(b.id, 1, owner.accessToken);
    await submit(a.id, 1, owner.accessToken);
    const queue = (await reviewQueue('?limit=100', coordinator.accessToken)).json();
    const ids = queue.items.map((p: { id: string }) => p.id);
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
    expect(queue.items.every((p: { status: string }) => p.status === 'pending_review')).toBe(true);
    const rows = await ctx.database.db
      .select({ n: count() })
      .from(products)
      .where(and(eq(products.status, 'pending_review')));
    expect(queue.total).toBe(rows[0]!.n);
  });
});
