import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  auditLog,
  matches,
  notifications,
  organizations,
} from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  uniqueTaxCode,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { insertDemand, insertMatch, insertPublishedProduct } from '../matches/match-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
  ]);
});
afterAll(async () => ctx?.close());

const quick = (role: 'producer' | 'distributor', options: { legalName?: string } = {}) =>
  quickAccount(ctx.app, ctx.database, role, options);

const PRIVATE_KEYS = [
  'taxCode',
  'contactName',
  'contactEmail',
  'contactPhone',
  'verificationNote',
] as const;
const CONTACTS = {
  contactName: 'Nguyễn Thị Bình',
  contactEmail: 'binh.contact@htx-example.vn',
  contactPhone: '+84 912 345 678',
};

const get = (id: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/organizations/${id}`,
    headers: token ? authHeader(token) : {},
  });
const patch = (id: string, payload: Record<string, unknown>, token?: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/organizations/${id}`,
    headers: token ? authHeader(token) : {},
    payload,
  });

async function row(id: string) {
  const [found] = await ctx.database.db
    .select()
    .from(organizations)
    .where(eq(organizations.id, id));
  if (!found) {
    throw new Error(`organization ${id} not in the database`);
  }
  return found;
}

/** Problem bodies compared without the per-request `instance`. */
const withoutInstance = (body: Record<string, unknown>) => ({ ...body, instance: undefined });

async function withContacts(account: Account) {
  await ctx.database.db
    .update(organizations)
    .set(CONTACTS)
    .where(eq(organizations.id, account.organizationId));
}

describe('GET /api/v1/organizations/:id', () => {
  let pendingProducer: Account;
  let verifiedProducer: Account;
  let otherProducer: Account;
  let verifiedDistributor: Account;
  let pendingDistributor: Account;

  beforeAll(async () => {
    [pendingProducer, verifiedProducer, otherProducer, verifiedDistributor, pendingDistributor] =
      await Promise.all([
        quick('producer'),
        quick('producer'),
        quick('producer'),
        quick('distributor'),
        quick('distributor'),
      ]);
    await Promise.all([
      withContacts(pendingProducer),
      withContacts(verifiedProducer),
      withContacts(verifiedDistributor),
    ]);
    await verifyOrganization(ctx.database, verifiedProducer.organizationId);
    await verifyOrganization(ctx.database, verifiedDistributor.organizationId);
  });

  it('hides a pending organization from anonymous and other-organization users with the body of a missing id', async () => {
    const missing = await get(uuidv7());
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(missing.json().code).toBe('NOT_FOUND');

    const viewers: Record<string, string | undefined> = {
      anonymous: undefined,
      otherProducer: otherProducer.accessToken,
      verifiedProducer: verifiedProducer.accessToken,
      verifiedDistributor: verifiedDistributor.accessToken,
    };
    for (const [name, token] of Object.entries(viewers)) {
      const response = await get(pendingProducer.organizationId, token);
      expect(response.statusCode, name).toBe(404);
      expect(withoutInstance(response.json()), name).toEqual(withoutInstance(missing.json()));
      expect(response.body, name).not.toContain(pendingProducer.organizationId);
    }
  });

  it('hides a rejected organization from outsiders too', async () => {
    const rejected = await quick('producer');
    await ctx.database.db
      .update(organizations)
      .set({ verificationStatus: 'rejected', verificationNote: 'Giấy phép không khớp' })
      .where(eq(organizations.id, rejected.organizationId));
    expect((await get(rejected.organizationId)).statusCode).toBe(404);
    expect((await get(rejected.organizationId, verifiedDistributor.accessToken)).statusCode).toBe(
      404,
    );
    const own = await get(rejected.organizationId, rejected.accessToken);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      verificationStatus: 'rejected',
      verificationNote: 'Giấy phép không khớp',
    });
  });

  it('shows a verified organization to anyone, without the tax code and contact keys', async () => {
    const { taxCode } = await row(verifiedProducer.organizationId);
    for (const [name, token] of Object.entries({
      anonymous: undefined,
      otherProducer: otherProducer.accessToken,
      pendingDistributor: pendingDistributor.accessToken,
    })) {
      const response = await get(verifiedProducer.organizationId, token);
      expect(response.statusCode, name).toBe(200);
      const body = response.json();
      expect(body, name).toMatchObject({
        id: verifiedProducer.organizationId,
        kind: 'producer',
        verificationStatus: 'verified',
        province: 'ha-noi',
      });
      expect(body.verifiedAt, name).toEqual(expect.any(String));
      for (const key of PRIVATE_KEYS) {
        expect(Object.keys(body), `${name} must not get ${key}`).not.toContain(key);
      }
      // Not hidden under another name either.
      expect(response.body, name).not.toContain(taxCode);
      expect(response.body, name).not.toContain(CONTACTS.contactEmail);
      expect(response.body, name).not.toContain('912 345');
    }
  });

  it('shows the private fields to members, even while pending, and to coordinators and admins', async () => {
    const { taxCode } = await row(pendingProducer.organizationId);
    for (const [name, token] of Object.entries({
      member: pendingProducer.accessToken,
      coordinator: coordinator.accessToken,
      admin: admin.accessToken,
    })) {
      const response = await get(pendingProducer.organizationId, token);
      expect(response.statusCode, name).toBe(200);
      expect(response.json(), name).toMatchObject({
        taxCode,
        ...CONTACTS,
        verificationStatus: 'pending',
        verificationNote: null,
      });
    }
  });

  it('keeps contacts hidden both ways between a producer and a distributor until the centre introduces them', async () => {
    const [producer, distributor, outsider] = await Promise.all([
      quick('producer'),
      quick('distributor'),
      quick('distributor'),
    ]);
    for (const account of [producer, distributor, outsider]) {
      await withContacts(account);
      await verifyOrganization(ctx.database, account.organizationId);
    }
    const pairs = [
      [producer, distributor],
      [distributor, producer],
      [producer, outsider],
    ] as const;
    const expectHidden = async (which: readonly (readonly [Account, Account])[]) => {
      for (const [org, viewer] of which) {
        const response = await get(org.organizationId, viewer.accessToken);
        expect(response.statusCode).toBe(200);
        for (const key of PRIVATE_KEYS) {
          expect(Object.keys(response.json())).not.toContain(key);
        }
      }
    };
    await expectHidden(pairs);
    // A proposal is not an introduction.
    const demand = await insertDemand(ctx.database, distributor);
    const product = await insertPublishedProduct(ctx.database, producer.organizationId);
    const match = await insertMatch(ctx.database, demand, product, { status: 'proposed' });
    await expectHidden(pairs);

    await ctx.database.db
      .update(matches)
      .set({ status: 'introduced' })
      .where(eq(matches.id, match.id));
    const { taxCode } = await row(producer.organizationId);
    const seen = (await get(producer.organizationId, distributor.accessToken)).json();
    expect(seen).toMatchObject({ taxCode, ...CONTACTS });
    // Review notes stay with members and staff.
    expect(Object.keys(seen)).not.toContain('verificationNote');
    expect((await get(distributor.organizationId, producer.accessToken)).json()).toMatchObject(
      CONTACTS,
    );
    await expectHidden([[producer, outsider]]);
  });

  it('answers a malformed id with 400 naming the parameter, never 500', async () => {
    for (const id of ['not-a-uuid', '123', "1' or '1'='1", '%00']) {
      const response = await get(encodeURIComponent(id));
      expect(response.statusCode, id).toBe(400);
      expect(response.json(), id).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: '/params/id' }],
      });
    }
  });

  it('refuses a garbage bearer token instead of treating the caller as anonymous', async () => {
    const response = await get(verifiedProducer.organizationId, 'garbage.token.value');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('PATCH /api/v1/organizations/:id', () => {
  it('lets the owner edit with the current version, bumping it, and audits the change', async () => {
    const owner = await quick('producer');
    const before = await row(owner.organizationId);
    const response = await patch(
      owner.organizationId,
      {
        version: before.version,
        tradingName: 'HTX Chè Ngon',
        descriptionVi: 'Chè búp\nthơm ngon',
        ...CONTACTS,
        website: 'https://che.example.vn',
      },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      version: before.version + 1,
      tradingName: 'HTX Chè Ngon',
      descriptionVi: 'Chè búp\nthơm ngon',
      ...CONTACTS,
    });
    const after = await row(owner.organizationId);
    expect(after).toMatchObject({
      version: before.version + 1,
      tradingName: 'HTX Chè Ngon',
      contactEmail: CONTACTS.contactEmail,
      verificationStatus: 'pending',
    });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());

    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, owner.organizationId),
          eq(auditLog.action, 'organization.update'),
        ),
      );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: owner.user.id, entityType: 'organization' });
    expect(audits[0]!.before).toMatchObject({ tradingName: null, version: before.version });
    expect(audits[0]!.after).toMatchObject({
      tradingName: 'HTX Chè Ngon',
      version: before.version + 1,
    });
  });

  it('refuses a stale version with 409 VERSION_CONFLICT and the current version, changing nothing', async () => {
    const owner = await quick('producer');
    const first = await patch(
      owner.organizationId,
      { version: 1, tradingName: 'Lần một' },
      owner.accessToken,
    );
    expect(first.statusCode).toBe(200);
    const snapshot = await row(owner.organizationId);

    const stale = await patch(
      owner.organizationId,
      { version: 1, tradingName: 'Lần hai' },
      owner.accessToken,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const future = await patch(
      owner.organizationId,
      { version: 7, tradingName: 'Lần ba' },
      owner.accessToken,
    );
    expect(future.statusCode).toBe(409);
    expect(future.json().currentVersion).toBe(2);
    expect(await row(owner.organizationId)).toEqual(snapshot);
  });

  it('requires a version: missing, zero or a string is 400 naming /version', async () => {
    const owner = await quick('producer');
    for (const payload of [
      { tradingName: 'X' },
      { version: 0, tradingName: 'X' },
      { version: '1', tradingName: 'X' },
      { version: 1.5 },
    ]) {
      const response = await patch(owner.organizationId, payload, owner.accessToken);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors, JSON.stringify(payload)).toContainEqual(
        expect.objectContaining({ path: '/version' }),
      );
    }
    expect((await row(owner.organizationId)).version).toBe(1);
  });

  it("answers another organization's producer 404 for a pending organization and 403 for a verified one, changing nothing", async () => {
    const [target, verifiedTarget, intruder] = await Promise.all([
      quick('producer'),
      quick('producer'),
      quick('producer'),
    ]);
    await verifyOrganization(ctx.database, verifiedTarget.organizationId);
    const [pendingBefore, verifiedBefore] = await Promise.all([
      row(target.organizationId),
      row(verifiedTarget.organizationId),
    ]);

    const hidden = await patch(
      target.organizationId,
      { version: 1, legalName: 'Chiếm quyền' },
      intruder.accessToken,
    );
    const missing = await patch(
      uuidv7(),
      { version: 1, legalName: 'Chiếm quyền' },
      intruder.accessToken,
    );
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(withoutInstance(hidden.json())).toEqual(withoutInstance(missing.json()));

    const visible = await patch(
      verifiedTarget.organizationId,
      { version: 1, legalName: 'Chiếm quyền' },
      intruder.accessToken,
    );
    expect(visible.statusCode).toBe(403);
    expect(visible.json().code).toBe('FORBIDDEN');

    const anonymous = await patch(target.organizationId, { version: 1, legalName: 'Chiếm quyền' });
    expect(anonymous.statusCode).toBe(401);

    expect(await row(target.organizationId)).toEqual(pendingBefore);
    expect(await row(verifiedTarget.organizationId)).toEqual(verifiedBefore);
  });

  it('does not let a coordinator edit (they review), but lets an admin correct a profile', async () => {
    const owner = await quick('distributor');
    const byCoordinator = await patch(
      owner.organizationId,
      { version: 1, tradingName: 'Sửa bởi điều phối' },
      coordinator.accessToken,
    );
    expect(byCoordinator.statusCode).toBe(403);
    expect((await row(owner.organizationId)).tradingName).toBeNull();

    const byAdmin = await patch(
      owner.organizationId,
      { version: 1, tradingName: 'Sửa bởi quản trị' },
      admin.accessToken,
    );
    expect(byAdmin.statusCode).toBe(200);
    expect(await row(owner.organizationId)).toMatchObject({
      tradingName: 'Sửa bởi quản trị',
      version: 2,
    });
  });

  it.each([
    ['verificationStatus', 'verified'],
    ['kind', 'distributor'],
    ['id', '01900000-0000-7000-8000-000000000000'],
    ['verifiedAt', '2026-01-01T00:00:00.000Z'],
    ['verifiedBy', '01900000-0000-7000-8000-000000000000'],
    ['organizationId', '01900000-0000-7000-8000-000000000000'],
    ['verificationNote', 'tự duyệt'],
    ['createdAt', '2020-01-01T00:00:00.000Z'],
  ])(
    'refuses the server-owned field %s with 400 naming it, leaving the row unchanged',
    async (field, value) => {
      const owner = await quick('producer');
      const before = await row(owner.organizationId);
      const response = await patch(
        owner.organizationId,
        { version: 1, tradingName: 'Hợp lệ', [field]: value },
        owner.accessToken,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path: `/${field}` }));
      expect(await row(owner.organizationId)).toEqual(before);
    },
  );

  it('refuses version sent as a string with 400 naming /version, leaving the row unchanged', async () => {
    const owner = await quick('producer');
    const before = await row(owner.organizationId);
    const response = await patch(
      owner.organizationId,
      { version: '1', tradingName: 'Chuỗi' },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/version' }));
    expect(await row(owner.organizationId)).toEqual(before);
  });

  it.each([
    ['a bad check digit', { taxCode: '0100109107' }, 'INVALID_TAX_CODE', '/taxCode'],
    ['letters in the tax code', { taxCode: '01001ABCDE' }, 'INVALID_TAX_CODE', '/taxCode'],
    ['branch 000', { taxCode: '0100109106-000' }, 'INVALID_TAX_CODE', '/taxCode'],
    ['an unknown province', { province: 'Atlantis' }, 'UNKNOWN_PROVINCE', '/province'],
  ])('refuses %s with 400 naming the field', async (_label, change, code, path) => {
    const owner = await quick('producer');
    const before = await row(owner.organizationId);
    const response = await patch(
      owner.organizationId,
      { version: 1, ...change },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code, errors: [{ path }] });
    expect(await row(owner.organizationId)).toEqual(before);
  });

  it('maps the pre-2025 province "Hà Giang" to tuyen-quang and normalizes a tax code with spaces and an en dash', async () => {
    const owner = await quick('producer');
    const response = await patch(
      owner.organizationId,
      { version: 1, province: 'Hà Giang', taxCode: ' 0100109106 – 001 ' },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ province: 'tuyen-quang', taxCode: '0100109106-001' });
    expect(await row(owner.organizationId)).toMatchObject({
      provinceCode: 'tuyen-quang',
      taxCode: '0100109106-001',
    });
  });

  it("refuses another organization's tax code with 409 TAX_CODE_TAKEN", async () => {
    const [owner, other] = await Promise.all([quick('producer'), quick('producer')]);
    const { taxCode } = await row(other.organizationId);
    const response = await patch(owner.organizationId, { version: 1, taxCode }, owner.accessToken);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'TAX_CODE_TAKEN',
      errors: [{ path: '/taxCode' }],
    });
    expect((await row(owner.organizationId)).version).toBe(1);
  });

  it('refuses fields of the other kind: channel from a producer, legal form from a distributor', async () => {
    const [producer, distributor] = await Promise.all([quick('producer'), quick('distributor')]);
    const channel = await patch(
      producer.organizationId,
      { version: 1, channel: 'supermarket-chain' },
      producer.accessToken,
    );
    expect(channel.statusCode).toBe(400);
    expect(channel.json().errors).toContainEqual(expect.objectContaining({ path: '/channel' }));
    expect((await row(producer.organizationId)).channel).toBeNull();

    const legalForm = await patch(
      distributor.organizationId,
      { version: 1, legalForm: 'cooperative' },
      distributor.accessToken,
    );
    expect(legalForm.statusCode).toBe(400);
    expect(legalForm.json().errors).toContainEqual(expect.objectContaining({ path: '/legalForm' }));
    expect((await row(distributor.organizationId)).legalForm).toBeNull();
  });

  it('sends a verified organization whose legal name changes back to pending, with an in-app notification', async () => {
    const owner = await quick('producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const response = await patch(
      owner.organizationId,
      { version: 1, legalName: 'HTX Tên Mới Hoàn Toàn' },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      legalName: 'HTX Tên Mới Hoàn Toàn',
      verificationStatus: 'pending',
      verifiedAt: null,
      version: 2,
    });
    expect(await row(owner.organizationId)).toMatchObject({
      verificationStatus: 'pending',
      verifiedAt: null,
      verifiedBy: null,
    });

    const list = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: authHeader(owner.accessToken),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().unread).toBe(1);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        kind: 'organization.pending',
        title: 'Hồ sơ tổ chức cần xác minh lại',
        link: '/app/organization',
        readAt: null,
      }),
    ]);
    expect(list.json().items[0].body).toContain('HTX Tên Mới Hoàn Toàn');
    // Once pending, outsiders no longer see it.
    expect((await get(owner.organizationId)).statusCode).toBe(404);
  });

  it('keeps a verified organization verified when only non-identity fields (or the same legal name) are sent', async () => {
    const owner = await quick('producer', { legalName: 'HTX Giữ Nguyên' });
    await verifyOrganization(ctx.database, owner.organizationId);
    const response = await patch(
      owner.organizationId,
      { version: 1, legalName: 'HTX Giữ Nguyên', descriptionEn: 'Tea from Thai Nguyen' },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      verificationStatus: 'verified',
      descriptionEn: 'Tea from Thai Nguyen',
    });
    expect((await row(owner.organizationId)).verificationStatus).toBe('verified');
    const rows = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    expect(rows).toHaveLength(0);
  });

  it('sends a verified organization whose tax code changes back to pending', async () => {
    const owner = await quick('producer');
    await verifyOrganization(ctx.database, owner.organizationId);
    const taxCode = uniqueTaxCode();
    const response = await patch(owner.organizationId, { version: 1, taxCode }, owner.accessToken);
    expect(response.statusCode).toBe(200);
    expect(await row(owner.organizationId)).toMatchObject({
      taxCode,
      verificationStatus: 'pending',
    });
  });

  it('answers a malformed id with 400, never 500', async () => {
    const owner = await quick('producer');
    const response = await patch('not-a-uuid', { version: 1, tradingName: 'X' }, owner.accessToken);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/params/id' }));
  });

  it('refuses NUL bytes and control characters in text with 400', async () => {
    const owner = await quick('producer');
    const response = await patch(
      owner.organizationId,
      { version: 1, tradingName: 'HTX\u0000' },
      owner.accessToken,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: '/tradingName' }),
    );
    expect((await row(owner.organizationId)).version).toBe(1);
  });
});
