import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import {
  auditLog,
  campaignEntries,
  campaigns,
  notifications,
  organizations,
  outbox,
  sampleRequests,
} from '../../../../../src/db/schema/index.ts';
import { outboxJobId } from '../../../../../src/jobs/queues.ts';
import {
  countProductsPlacedAbroad,
  listProductsPlacedAbroad,
} from '../../../../../src/modules/campaigns/campaigns.kpi.ts';
import {
  addDays,
  todayInVietnam,
} from '../../../../../src/modules/certificates/certificates.validity.ts';
import { pollUntil } from '../../../../helpers/poll.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  insertCertificate,
  insertDraftProduct,
  insertPublishedProduct,
} from './programmes-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let producerA: Account;
let producerB: Account;
let distributor: Account;
let pendingProducer: Account;
let campaign: { id: string; version: number };
let productA: { id: string };
let productB: { id: string };
let draftA: { id: string };
let draftB: { id: string };

const today = todayInVietnam();
type Entry = { id: string; version: number; status: string; [key: string]: unknown };

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token?: string, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1/campaigns${url}`,
    headers: token ? authHeader(token) : {},
    ...(payload ? { payload } : {}),
  });

async function openCampaign(overrides: object = {}) {
  const created = await call('POST', '', coordinator.accessToken, {
    title: { vi: 'Tuần hàng Việt Nam tại Nhật Bản', en: 'Vietnam Goods Week in Japan' },
    retailerName: 'AEON Japan',
    country: 'JP',
    eventStartsOn: addDays(today, 30),
    eventEndsOn: addDays(today, 36),
    applicationDeadline: addDays(today, 10),
    requiredCertifications: ['haccp'],
    labelLanguages: ['ja'],
    ...overrides,
  });
  expect(created.statusCode, created.body).toBe(201);
  const opened = await call('POST', `/${created.json<Entry>().id}/open`, coordinator.accessToken, {
    version: 1,
  });
  expect(opened.statusCode, opened.body).toBe(200);
  return opened.json<{ id: string; version: number }>();
}

const entryPath = (entry: { id: string }, c = campaign) => `/${c.id}/entries/${entry.id}`;
const move = (entry: Entry, status: string, token: string, note?: string) =>
  call('PATCH', entryPath(entry), token, {
    version: entry.version,
    status,
    ...(note ? { note } : {}),
  });
async function moveOk(entry: Entry, status: string, token: string, note?: string) {
  const response = await move(entry, status, token, note);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Entry>();
}
const kindsFor = async (userId: string) =>
  (
    await ctx.database.db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(asc(notifications.createdAt))
  ).map((n) => n.kind);
const mailsTo = async (email: string) =>
  (await ctx.database.db.select().from(outbox).where(eq(outbox.topic, 'notify.email')))
    .filter((r) => (r.payload as { to: string }).to === email)
    .map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      ...(r.payload as { subject: string; text: string }),
    }));

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, producerA, producerB, distributor, pendingProducer] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' }),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
  for (const a of [producerA, producerB, distributor]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  productA = await insertPublishedProduct(ctx.database, producerA.organizationId, {
    nameVi: 'Cà phê Robusta',
    nameEn: 'Robusta coffee',
  });
  await insertCertificate(ctx.database, {
    organizationId: producerA.organizationId,
    productId: productA.id,
    scheme: 'haccp',
    verifiedBy: coordinator.user.id,
  });
  productB = await insertPublishedProduct(ctx.database, producerB.organizationId, {
    nameVi: 'Mật ong bạc hà',
    ocopGroup: 'food',
    category: 'honey',
  });
  draftA = await insertDraftProduct(ctx.database, producerA.organizationId);
  draftB = await insertDraftProduct(ctx.database, producerB.organizationId);
  campaign = await openCampaign();
});
afterAll(async () => {
  await ctx?.close();
});

describe('applying', () => {
  let entryA: Entry;

  it('a verified producer enters its public product; the gaps are recorded and the coordinator told', async () => {
    const response = await call('POST', `/${campaign.id}/entries`, producerA.accessToken, {
      productId: productA.id,
      note: 'Có nhãn phụ tiếng Nhật',
    });
    expect(response.statusCode, response.body).toBe(201);
    entryA = response.json<Entry>();
    expect(entryA).toMatchObject({
      origin: 'applied',
      status: 'applied',
      eligibleAtEntry: true,
      note: 'Có nhãn phụ tiếng Nhật',
      product: { id: productA.id, nameEn: 'Robusta coffee' },
      producer: { id: producerA.organizationId },
      version: 1,
    });
    expect((entryA.gaps as { code: string }[]).map((g) => g.code)).toEqual([
      'label-language',
      'export-experience',
    ]);
    expect(await kindsFor(coordinator.user.id)).toContain('campaign.entry_applied');
    const again = await call('POST', `/${campaign.id}/entries`, producerA.accessToken, {
      productId: productA.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_STATE' });
  });

  it('refuses other people’s products, drafts, other roles and unverified producers', async () => {
    const apply = (token: string | undefined, productId: string, c = campaign) =>
      call('POST', `/${c.id}/entries`, token, { productId });
    expect((await apply(producerA.accessToken, productB.id)).statusCode).toBe(403);
    expect((await apply(producerA.accessToken, draftB.id)).statusCode).toBe(404);
    expect((await apply(producerA.accessToken, draftA.id)).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    expect((await apply(distributor.accessToken, productB.id)).statusCode).toBe(403);
    expect((await apply(coordinator.accessToken, productB.id)).statusCode).toBe(403);
    expect((await apply(undefined, productB.id)).statusCode).toBe(401);
    expect((await apply(pendingProducer.accessToken, productB.id)).json()).toMatchObject({
      code: 'ORGANIZATION_NOT_VERIFIED',
    });
    const draftCampaign = await call('POST', '', coordinator.accessToken, {
      title: { vi: 'Nháp' },
      retailerName: 'Central Food Retail',
      country: 'TH',
      eventStartsOn: addDays(today, 30),
      eventEndsOn: addDays(today, 31),
      applicationDeadline: addDays(today, 10),
    });
    expect((await apply(producerB.accessToken, productB.id, draftCampaign.json())).statusCode).toBe(
      404,
    );
    // Past the deadline the campaign is still open but no longer takes applications.
    const late = await openCampaign();
    await ctx.database.db
      .update(campaigns)
      .set({ applicationDeadline: addDays(today, -1) })
      .where(eq(campaigns.id, late.id));
    expect((await apply(producerB.accessToken, productB.id, late)).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    const entries = await ctx.database.db.select().from(campaignEntries);
    expect(entries.map((e) => e.productId)).toEqual([productA.id]);
  });
});

describe('invitations and the way to a listing', () => {
  let entryA: Entry;
  let entryB: Entry;

  it('coordinators invite public products; entered and non-public ones are skipped', async () => {
    const denied = await call('POST', `/${campaign.id}/invitations`, producerA.accessToken, {
      productIds: [productB.id],
    });
    expect(denied.statusCode).toBe(403);
    const missing = '01900000-0000-7000-8000-000000000000';
    const response = await call('POST', `/${campaign.id}/invitations`, coordinator.accessToken, {
      productIds: [productB.id, productA.id, draftB.id, missing],
    });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<{ invited: Entry[]; skipped: unknown[] }>();
    expect(result.invited.map((e) => [e.product, e.status, e.origin, e.eligibleAtEntry])).toEqual([
      [expect.objectContaining({ id: productB.id }), 'invited', 'invited', false],
    ]);
    expect(result.skipped).toEqual([
      { productId: productA.id, reason: 'already_entered' },
      { productId: draftB.id, reason: 'not_public' },
      { productId: missing, reason: 'not_public' },
    ]);
    entryB = result.invited[0]!;
    expect(await kindsFor(producerB.user.id)).toEqual(['campaign.invited']);
    const [entryRow] = await ctx.database.db
      .select()
      .from(campaignEntries)
      .where(eq(campaignEntries.productId, productA.id));
    entryA = { ...(entryRow as unknown as Entry), id: entryRow!.id, version: entryRow!.version };
  });

  it('only the producer answers an invitation; the answer reaches the coordinator', async () => {
    expect((await move(entryB, 'applied', producerA.accessToken)).statusCode).toBe(404);
    expect((await move(entryB, 'applied', coordinator.accessToken)).statusCode).toBe(403);
    expect((await move(entryB, 'applied', distributor.accessToken)).statusCode).toBe(403);
    const stale = await move({ ...entryB, version: 9 }, 'applied', producerB.accessToken);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    entryB = await moveOk(entryB, 'applied', producerB.accessToken);
    expect(entryB).toMatchObject({ status: 'applied', origin: 'invited', version: 2 });
    expect(entryB.appliedAt).toBeTruthy();
    // Declining after accepting is withdrawing; B then applies again while applications are open.
    entryB = await moveOk(entryB, 'withdrawn', producerB.accessToken, 'Hết hàng vụ này');
    expect(entryB.endedAt).toBeTruthy();
    expect(await kindsFor(coordinator.user.id)).toEqual(
      expect.arrayContaining(['campaign.entry_applied', 'campaign.entry_withdrawn']),
    );
    const back = await call('POST', `/${campaign.id}/entries`, producerB.accessToken, {
      productId: productB.id,
    });
    expect(back.statusCode, back.body).toBe(201);
    expect(back.json()).toMatchObject({ id: entryB.id, status: 'applied', endedAt: null });
    entryB = back.json<Entry>();
  });

  it('steps a coordinator takes, each told to the producer; illegal ones are 409 with what is allowed', async () => {
    const entry = await call('GET', entryPath(entryA), coordinator.accessToken);
    entryA = entry.json<Entry>();
    expect((await move(entryA, 'shortlisted', producerA.accessToken)).statusCode).toBe(403);
    const skip = await move(entryA, 'listed', coordinator.accessToken);
    expect(skip.statusCode).toBe(409);
    expect(skip.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: ['shortlisted', 'rejected'],
    });
    entryA = await moveOk(entryA, 'shortlisted', coordinator.accessToken);
    const early = await move(entryA, 'sample_requested', coordinator.accessToken);
    expect(early.json()).toMatchObject({ allowed: ['selected', 'rejected'] });
    const [row] = await ctx.database.db
      .select()
      .from(campaignEntries)
      .where(eq(campaignEntries.id, entryA.id));
    expect(row).toMatchObject({ status: 'shortlisted', version: entryA.version });

    entryA = await moveOk(entryA, 'selected', coordinator.accessToken);
    entryA = await moveOk(entryA, 'sample_requested', coordinator.accessToken, 'Gửi 5 gói mẫu');
    // No retailer organization: the centre handles samples offline, nothing is requested here.
    expect(entryA.sampleRequest).toBeNull();
    expect(
      await ctx.database.db
        .select()
        .from(sampleRequests)
        .where(eq(sampleRequests.productId, productA.id)),
    ).toEqual([]);
    entryA = await moveOk(entryA, 'listed', coordinator.accessToken);
    expect(entryA).toMatchObject({ status: 'listed', decisionNote: 'Gửi 5 gói mẫu' });
    expect(entryA.listedAt).toBeTruthy();
    for (const token of [coordinator.accessToken, producerA.accessToken]) {
      const after = await move(
        entryA,
        token === coordinator.accessToken ? 'rejected' : 'withdrawn',
        token,
      );
      expect(after.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    }

    expect(await kindsFor(producerA.user.id)).toEqual([
      'campaign.shortlisted',
      'campaign.selected',
      'campaign.sample_requested',
      'campaign.listed',
    ]);
    // E-mail only for selection and listing, in the producer's language (English here).
    const mails = await mailsTo(producerA.email);
    expect(mails.map((m) => m.subject)).toEqual([
      'AEON Japan selected your product',
      'Product listed at AEON Japan',
    ]);
    expect(mails[0]!.text).toContain(
      '"Robusta coffee" was selected by AEON Japan for Vietnam Goods Week in Japan',
    );
    expect(mails[0]!.text).toContain(`/app/campaigns/${campaign.id}`);

    const audits = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'campaign_entry'), eq(auditLog.entityId, entryA.id)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual([
      'campaign_entry.apply',
      'campaign_entry.shortlisted',
      'campaign_entry.selected',
      'campaign_entry.sample_requested',
      'campaign_entry.listed',
    ]);

    entryB = await moveOk(entryB, 'rejected', coordinator.accessToken, 'Chưa có HACCP');
    expect(entryB).toMatchObject({ status: 'rejected', decisionNote: 'Chưa có HACCP' });
    expect(await kindsFor(producerB.user.id)).toContain('campaign.rejected');
    expect((await move(entryB, 'applied', producerB.accessToken)).json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: [],
    });
  });

  it('the selection e-mail goes out through the outbox and the worker', async () => {
    const [selection] = await mailsTo(producerA.email);
    await ctx.startWorker();
    const file = join(ctx.config.MAIL_DIR, `${outboxJobId(selection!)}.eml`);
    await pollUntil(
      async () => (await readdir(ctx.config.MAIL_DIR)).includes(`${outboxJobId(selection!)}.eml`),
      (found) => found,
      { what: 'the selection e-mail file', timeoutMs: 20_000 },
    );
    expect(await readFile(file, 'utf8')).toContain(producerA.email);
  });

  it('entries are seen by their producer and the centre only', async () => {
    expect((await call('GET', entryPath(entryA), producerA.accessToken)).statusCode).toBe(200);
    expect((await call('GET', entryPath(entryA), producerB.accessToken)).statusCode).toBe(404);
    expect((await call('GET', entryPath(entryA), distributor.accessToken)).statusCode).toBe(404);
    expect((await call('GET', `/${campaign.id}/entries`, distributor.accessToken)).statusCode).toBe(
      403,
    );
    expect((await call('GET', '/entries', distributor.accessToken)).statusCode).toBe(403);
    expect((await call('GET', '/entries')).statusCode).toBe(401);
    const own = await call('GET', `/${campaign.id}/entries`, producerB.accessToken);
    expect(own.json<{ items: Entry[] }>().items.map((e) => e.id)).toEqual([entryB.id]);
    const mine = await call('GET', '/entries?status=listed', producerA.accessToken);
    expect(mine.json<{ items: Entry[] }>().items.map((e) => e.id)).toEqual([entryA.id]);
    const all = await call('GET', `/${campaign.id}/entries`, coordinator.accessToken);
    expect(all.json<{ total: number }>().total).toBe(2);
    const counts = await call('GET', `/${campaign.id}`, coordinator.accessToken);
    expect(counts.json()).toMatchObject({ entryCounts: { listed: 1, rejected: 1 } });
    // The distributor still sees the campaign itself.
    expect((await call('GET', `/${campaign.id}`, distributor.accessToken)).statusCode).toBe(200);
  });

  it('records reorders after the week on listed entries', async () => {
    const reorder = (token: string | undefined, payload: object, entry: Entry = entryA) =>
      call('POST', `${entryPath(entry)}/reorders`, token, payload);
    const early = await reorder(coordinator.accessToken, { date: today, quantity: 1 });
    expect(early.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: '/date' }] });
    // The week has taken place.
    await ctx.database.db
      .update(campaigns)
      .set({
        applicationDeadline: addDays(today, -20),
        eventStartsOn: addDays(today, -10),
        eventEndsOn: addDays(today, -4),
      })
      .where(eq(campaigns.id, campaign.id));
    const beforeWeek = await reorder(coordinator.accessToken, {
      date: addDays(today, -11),
      quantity: 1,
    });
    expect(beforeWeek.json()).toMatchObject({ errors: [{ path: '/date' }] });
    const first = await reorder(coordinator.accessToken, {
      date: today,
      quantity: 200,
      value: 12_000_000,
      currency: 'VND',
    });
    expect(first.statusCode, first.body).toBe(201);
    const second = await reorder(producerA.accessToken, {
      date: today,
      quantity: 50,
      note: 'Đơn bổ sung',
    });
    expect(second.json()).toMatchObject({
      reorderCount: 2,
      reorderQuantity: 250,
      reorders: [
        { quantity: 200, unit: 'kg', value: 12_000_000, currency: 'VND' },
        { quantity: 50, value: null, note: 'Đơn bổ sung' },
      ],
    });
    expect(await kindsFor(producerA.user.id)).toContain('campaign.reorder');
    expect((await reorder(producerB.accessToken, { date: today, quantity: 1 })).statusCode).toBe(
      404,
    );
    expect((await reorder(distributor.accessToken, { date: today, quantity: 1 })).statusCode).toBe(
      403,
    );
    expect((await reorder(undefined, { date: today, quantity: 1 })).statusCode).toBe(401);
    const noCurrency = await reorder(coordinator.accessToken, {
      date: today,
      quantity: 1,
      value: 5,
    });
    expect(noCurrency.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/currency' }],
    });
    const future = await reorder(coordinator.accessToken, { date: addDays(today, 1), quantity: 1 });
    expect(future.json()).toMatchObject({ errors: [{ path: '/date' }] });
    const notListed = await reorder(coordinator.accessToken, { date: today, quantity: 1 }, entryB);
    expect(notListed.json()).toMatchObject({ code: 'INVALID_STATE' });
    const [row] = await ctx.database.db
      .select()
      .from(campaignEntries)
      .where(eq(campaignEntries.id, entryA.id));
    expect(row).toMatchObject({ reorderCount: 2, reorderQuantity: 250 });
  });
});

describe('concurrent requests', () => {
  it('three simultaneous applications of one product store exactly one entry', async () => {
    const lotte = await openCampaign({ retailerName: 'Lotte Mart' });
    const responses = await Promise.all(
      [1, 2, 3].map(() =>
        call('POST', `/${lotte.id}/entries`, producerB.accessToken, { productId: productB.id }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const rows = await ctx.database.db
      .select()
      .from(campaignEntries)
      .where(eq(campaignEntries.campaignId, lotte.id));
    expect(rows).toHaveLength(1);

    // Two coordinators deciding on the same version: one wins, the other is told it changed.
    const entry = responses.find((r) => r.statusCode === 201)!.json<Entry>();
    const [a, b] = await Promise.all([
      call('PATCH', `/${lotte.id}/entries/${entry.id}`, coordinator.accessToken, {
        version: entry.version,
        status: 'shortlisted',
      }),
      call('PATCH', `/${lotte.id}/entries/${entry.id}`, coordinator.accessToken, {
        version: entry.version,
        status: 'rejected',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: entry.version + 1,
    });
    const [stored] = await ctx.database.db
      .select()
      .from(campaignEntries)
      .where(eq(campaignEntries.id, entry.id));
    expect(stored!.version).toBe(entry.version + 1);
  });

  it('an invitation cannot be accepted once applications have closed', async () => {
    const mart = await openCampaign({ retailerName: 'Big C Thăng Long' });
    const invited = await call('POST', `/${mart.id}/invitations`, coordinator.accessToken, {
      productIds: [productB.id],
    });
    const entry = invited.json<{ invited: Entry[] }>().invited[0]!;
    await ctx.database.db
      .update(campaigns)
      .set({ applicationDeadline: addDays(today, -1) })
      .where(eq(campaigns.id, mart.id));
    const late = await call('PATCH', `/${mart.id}/entries/${entry.id}`, producerB.accessToken, {
      version: entry.version,
      status: 'applied',
    });
    expect(late.json()).toMatchObject({ code: 'INVALID_STATE' });
    // Declining is still possible.
    const declined = await call('PATCH', `/${mart.id}/entries/${entry.id}`, producerB.accessToken, {
      version: entry.version,
      status: 'withdrawn',
    });
    expect(declined.json()).toMatchObject({ status: 'withdrawn' });
  });
});

describe('KPI: products placed into foreign networks', () => {
  it('counts distinct products listed abroad in the year (Vietnam time)', async () => {
    const year = Number(today.slice(0, 4));
    expect(await countProductsPlacedAbroad(ctx.database.db, { year })).toBe(1);
    // The same product listed in a second campaign still counts once; a domestic one not at all.
    const second = await openCampaign({ retailerName: 'Don Quijote' });
    const domestic = await openCampaign({ country: 'VN', retailerName: 'Co.opmart' });
    const productC = await insertPublishedProduct(ctx.database, producerB.organizationId, {
      nameVi: 'Bánh pía',
    });
    const rows = [
      { campaignId: second.id, productId: productA.id, producerOrgId: producerA.organizationId },
      { campaignId: domestic.id, productId: productC.id, producerOrgId: producerB.organizationId },
      { campaignId: second.id, productId: productC.id, producerOrgId: producerB.organizationId },
    ];
    // Listed at 23:30 on 31 December of last year in Hà Nội: last year's, though UTC says so too.
    const lastYear = new Date(`${year - 1}-12-31T23:30:00+07:00`);
    await ctx.database.db.insert(campaignEntries).values(
      rows.map((r, i) => ({
        ...r,
        origin: 'invited' as const,
        status: 'listed' as const,
        eligibleAtEntry: true,
        listedAt: i === 2 ? lastYear : new Date(),
      })),
    );
    expect(await countProductsPlacedAbroad(ctx.database.db, { year })).toBe(1);
    expect(await countProductsPlacedAbroad(ctx.database.db, { year: year - 1 })).toBe(1);
    const records = await listProductsPlacedAbroad(ctx.database.db, { year });
    expect(records.map((r) => [r.productId, r.country])).toEqual([
      [productA.id, 'JP'],
      [productA.id, 'JP'],
    ]);
  });
});

describe('samples through the retailer organization', () => {
  type Sample = { id: string; status: string; [key: string]: unknown };
  let retailerCampaign: { id: string; version: number };
  const retailerAddress = '1-1 Nakase, Mihama-ku, Chiba, Japan';
  const samplesOf = (productId: string) =>
    ctx.database.db.select().from(sampleRequests).where(eq(sampleRequests.productId, productId));
  const step = (entry: Entry, body: object, c = retailerCampaign) =>
    call('PATCH', entryPath(entry, c), coordinator.accessToken, {
      version: entry.version,
      status: 'sample_requested',
      ...body,
    });
  async function selectedEntry(account: Account, productId: string) {
    const applied = await call('POST', `/${retailerCampaign.id}/entries`, account.accessToken, {
      productId,
    });
    expect(applied.statusCode, applied.body).toBe(201);
    let entry = applied.json<Entry>();
    for (const status of ['shortlisted', 'selected']) {
      const moved = await call(
        'PATCH',
        entryPath(entry, retailerCampaign),
        coordinator.accessToken,
        {
          version: entry.version,
          status,
        },
      );
      expect(moved.statusCode, moved.body).toBe(200);
      entry = moved.json<Entry>();
    }
    return entry;
  }

  beforeAll(async () => {
    await ctx.database.db
      .update(organizations)
      .set({ address: retailerAddress })
      .where(eq(organizations.id, distributor.organizationId));
    retailerCampaign = await openCampaign({
      retailerName: 'AEON Japan',
      retailerOrgId: distributor.organizationId,
    });
  });

  it('the retailer organization must be a verified distributor (400 on the field otherwise)', async () => {
    const unverified = await quickAccount(ctx.app, ctx.database, 'distributor');
    const base = {
      title: { vi: 'Tuần hàng Việt Nam tại Singapore' },
      retailerName: 'FairPrice',
      country: 'SG',
      eventStartsOn: addDays(today, 30),
      eventEndsOn: addDays(today, 31),
      applicationDeadline: addDays(today, 10),
    };
    for (const retailerOrgId of [
      '00000000-0000-4000-8000-000000000000',
      producerA.organizationId,
      unverified.organizationId,
    ]) {
      const response = await call('POST', '', coordinator.accessToken, { ...base, retailerOrgId });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ path: '/retailerOrgId' })],
      });
    }
    const noRetailer = await call('POST', '', coordinator.accessToken, base);
    expect(noRetailer.json()).toMatchObject({ retailerOrgId: null });
    const created = noRetailer.json<{ id: string; version: number }>();
    const wrong = await call('PATCH', `/${created.id}`, coordinator.accessToken, {
      version: created.version,
      retailerOrgId: producerB.organizationId,
    });
    expect(wrong.statusCode, wrong.body).toBe(400);
    const set = await call('PATCH', `/${created.id}`, coordinator.accessToken, {
      version: created.version,
      retailerOrgId: distributor.organizationId,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ retailerOrgId: distributor.organizationId });
    const cleared = await call('PATCH', `/${created.id}`, coordinator.accessToken, {
      version: set.json<{ version: number }>().version,
      retailerOrgId: null,
    });
    expect(cleared.json()).toMatchObject({ retailerOrgId: null });
  });

  it('the sample step requests one real sample in the retailer’s name; the producer accepts it', async () => {
    let entry = await selectedEntry(producerA, productA.id);
    const before = await samplesOf(productA.id);

    // Quantity and unit are needed once the campaign has a retailer organization.
    const bare = await step(entry, {});
    expect(bare.statusCode, bare.body).toBe(400);
    expect(bare.json()).toMatchObject({ errors: [expect.objectContaining({ path: '/quantity' })] });
    const noUnit = await step(entry, { quantity: 5 });
    expect(noUnit.json()).toMatchObject({ errors: [expect.objectContaining({ path: '/unit' })] });
    expect(await samplesOf(productA.id)).toEqual(before);

    const moved = await step(entry, { quantity: 5, unit: 'kg', note: 'Hàng mẫu cho buổi nếm' });
    expect(moved.statusCode, moved.body).toBe(200);
    entry = moved.json<Entry>();
    const created = (await samplesOf(productA.id)).filter(
      (s) => !before.some((b) => b.id === s.id),
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      productId: productA.id,
      producerOrgId: producerA.organizationId,
      distributorOrgId: distributor.organizationId,
      requestedBy: coordinator.user.id,
      matchId: null,
      status: 'requested',
      quantity: 5,
      unit: 'kg',
      deliveryAddress: retailerAddress,
    });
    const sampleId = created[0]!.id;
    expect(entry).toMatchObject({
      status: 'sample_requested',
      sampleRequest: {
        id: sampleId,
        status: 'requested',
        shippedAt: null,
        deliveredAt: null,
        evaluatedAt: null,
      },
    });
    const [row] = await ctx.database.db
      .select({ sampleRequestId: campaignEntries.sampleRequestId })
      .from(campaignEntries)
      .where(eq(campaignEntries.id, entry.id));
    expect(row!.sampleRequestId).toBe(sampleId);
    // The samples module's own audit entry and notification to the producer.
    const audits = await ctx.database.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'sample_request'), eq(auditLog.entityId, sampleId)));
    expect(audits).toEqual([{ action: 'sample_request.create', actorId: coordinator.user.id }]);
    expect(await kindsFor(producerA.user.id)).toContain('sample.requested');

    // Repeating the step is a 409, stale or not, and makes no second sample.
    expect(
      (await step({ ...entry, version: entry.version - 1 }, { quantity: 5, unit: 'kg' }))
        .statusCode,
    ).toBe(409);
    const again = await step(entry, { quantity: 5, unit: 'kg' });
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await samplesOf(productA.id)).toHaveLength(before.length + 1);

    // The producer answers on the samples routes; the retailer sees it there, the entry follows.
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/sample-requests/${sampleId}/accept`,
      headers: authHeader(producerA.accessToken),
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Sample>().status).toBe('accepted');
    const seen = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/sample-requests/${sampleId}`,
      headers: authHeader(distributor.accessToken),
    });
    expect(seen.json()).toMatchObject({
      status: 'accepted',
      distributor: { id: distributor.organizationId },
    });
    for (const token of [producerA.accessToken, coordinator.accessToken]) {
      const shown = await call('GET', entryPath(entry, retailerCampaign), token);
      expect(shown.json()).toMatchObject({ sampleRequest: { id: sampleId, status: 'accepted' } });
    }
    const listed = await call(
      'GET',
      `/entries?campaignId=${retailerCampaign.id}`,
      producerA.accessToken,
    );
    expect(listed.json<{ items: Entry[] }>().items).toEqual([
      expect.objectContaining({
        id: entry.id,
        sampleRequest: expect.objectContaining({ id: sampleId }),
      }),
    ]);
    // Entries stay hidden from everyone else, the retailer included.
    expect(
      (await call('GET', entryPath(entry, retailerCampaign), producerB.accessToken)).statusCode,
    ).toBe(404);
    expect(
      (await call('GET', entryPath(entry, retailerCampaign), distributor.accessToken)).statusCode,
    ).toBe(404);
  });

  it('a double submit of the step makes one sample; a given address is used', async () => {
    const entry = await selectedEntry(producerB, productB.id);
    const before = await samplesOf(productB.id);
    const body = { quantity: 2, unit: 'jar', deliveryAddress: '  12 Orchard Road, Singapore  ' };
    const responses = await Promise.all([step(entry, body), step(entry, body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const created = (await samplesOf(productB.id)).filter(
      (s) => !before.some((b) => b.id === s.id),
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      deliveryAddress: '12 Orchard Road, Singapore',
      distributorOrgId: distributor.organizationId,
      producerOrgId: producerB.organizationId,
    });
    const ok = responses.find((r) => r.statusCode === 200)!;
    expect(ok.json()).toMatchObject({ sampleRequest: { id: created[0]!.id, status: 'requested' } });
  });

  it('without an address on file the step asks for one', async () => {
    await ctx.database.db
      .update(organizations)
      .set({ address: null })
      .where(eq(organizations.id, distributor.organizationId));
    const productD = await insertPublishedProduct(ctx.database, producerA.organizationId, {
      nameVi: 'Trà shan tuyết',
    });
    const entry = await selectedEntry(producerA, productD.id);
    const response = await step(entry, { quantity: 1, unit: 'kg' });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      errors: [expect.objectContaining({ path: '/deliveryAddress' })],
    });
    expect(await samplesOf(productD.id)).toEqual([]);
    const [row] = await ctx.database.db
      .select({ status: campaignEntries.status, sampleRequestId: campaignEntries.sampleRequestId })
      .from(campaignEntries)
      .where(eq(campaignEntries.id, entry.id));
    expect(row).toEqual({ status: 'selected', sampleRequestId: null });
  });
});
