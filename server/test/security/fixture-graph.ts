import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type {
  Campaign,
  Event,
  MarketGuide,
  MatchStatus,
  Meeting,
  Registration,
} from '@ketnoi/shared';
import { imports, productImages, products, users } from '../../src/db/schema/index.ts';
import type { TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';
import {
  insertDemand,
  insertMatch,
  insertPublishedProduct,
} from '../routes/api/v1/matches/match-fixtures.ts';
import {
  insertCertificate,
  insertDraftProduct,
} from '../routes/api/v1/campaigns/programmes-fixtures.ts';

/**
 * The world the security suite (RELIABILITY-TESTS S1, S2) runs against: two producer
 * organizations (A with two members and a disabled one, B), two distributor organizations, staff,
 * and for each resource a row in every state an authorization rule looks at — drafts, pending and
 * published products, open, closed and draft demands, matches before and after the introduction,
 * samples and quotes in their states, draft and published events, guides and campaigns. Every
 * write route gets rows of its own, so one cell's successful write never changes what another
 * cell sees.
 */
export const actorKeys = [
  'anon',
  'producerA1',
  'producerA2',
  'producerB',
  'distributorA',
  'distributorB',
  'coordinator',
  'admin',
  'disabled',
] as const;
export type ActorKey = (typeof actorKeys)[number];

export type SecurityFixture = Awaited<ReturnType<typeof buildSecurityFixture>>;

/**
 * The app as these suites run it: thousands of requests from one address in well under a minute
 * (the per-IP limit is S5's subject, tested in auth.test.ts), and the production session cache
 * (no actor's role, organization or account changes while the suites run).
 */
export const securityEnv = { RATE_LIMIT_PER_MINUTE: '1000000', SESSION_CACHE_MS: '60000' };

const hoursAhead = (hours: number) => {
  const at = new Date(Date.now() + hours * 3600_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
};
const plusMinutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);
export const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A 1×1 PNG and a tiny PDF: real files of allowed types, for upload routes. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** A multipart/form-data body with one file in the field `file`. */
export function multipartFile(fileName: string, contentType: string, content: Buffer) {
  const boundary = `----ketnoi${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * One checksum per table, in one round trip: a denied write must leave every one of them as it
 * was. Rows are compared as text, so any column counts.
 */
export const checkedTables = [
  'organizations',
  'users',
  'products',
  'product_images',
  'certificates',
  'imports',
  'demands',
  'matches',
  'sample_requests',
  'quotes',
  'agreements',
  'events',
  'event_registrations',
  'meetings',
  'kpi_targets',
  'market_guides',
  'campaigns',
  'campaign_entries',
  'campaign_reorders',
  'notifications',
  'audit_log',
  'outbox',
  'saved_searches',
] as const;

export async function tableChecksums(ctx: TestContext): Promise<Record<string, string>> {
  const parts = checkedTables.map(
    (table) =>
      `select '${table}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as sum from ${table} x`,
  );
  const { rows } = await ctx.database.db.execute<{ t: string; sum: string }>(
    sql.raw(parts.join(' union all ')),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.sum]));
}

/** The tables whose checksum differs between two snapshots. */
export const changedTables = (before: Record<string, string>, after: Record<string, string>) =>
  Object.keys(before).filter((t) => before[t] !== after[t]);

export async function buildSecurityFixture(ctx: TestContext) {
  const { app, database } = ctx;
  const db = database.db;
  const [coordinator, admin, producerA1, producerB, distributorA, distributorB] = await Promise.all(
    [
      createStaff(app, database, 'coordinator'),
      createStaff(app, database, 'admin'),
      quickAccount(app, database, 'producer'),
      quickAccount(app, database, 'producer'),
      quickAccount(app, database, 'distributor'),
      quickAccount(app, database, 'distributor'),
    ],
  );
  for (const account of [producerA1, producerB, distributorA, distributorB]) {
    await verifyOrganization(database, account.organizationId);
  }
  const producerA2 = (await quickMember(app, database, producerA1.organizationId)).account!;
  // A disabled member of A, holding an access token issued before it was disabled.
  const disabledMember = await quickMember(app, database, producerA1.organizationId);
  await db.update(users).set({ disabled: true }).where(eq(users.id, disabledMember.user.id));
  const disabledToken = disabledMember.account!.accessToken;
  // Organizations waiting for review (one to verify, one to reject), and a user for admin edits.
  const pendingForVerify = await quickAccount(app, database, 'producer');
  const pendingForReject = await quickAccount(app, database, 'producer');
  const spareUser = (await quickMember(app, database, producerB.organizationId)).user;

  const accounts: Record<Exclude<ActorKey, 'anon' | 'disabled'>, Account> = {
    producerA1,
    producerA2,
    producerB,
    distributorA,
    distributorB,
    coordinator,
    admin,
  };
  const tokenOf = (actor: ActorKey): string | undefined =>
    actor === 'anon'
      ? undefined
      : actor === 'disabled'
        ? disabledToken
        : accounts[actor].accessToken;

  async function send(
    actor: ActorKey,
    options: InjectOptions & { url: string },
  ): Promise<LightMyRequestResponse> {
    const token = tokenOf(actor);
    return app.inject({
      ...options,
      headers: { ...(token ? authHeader(token) : {}), ...(options.headers ?? {}) },
    });
  }
  async function expectOk(
    actor: ActorKey,
    options: InjectOptions & { url: string },
  ): Promise<LightMyRequestResponse> {
    const response = await send(actor, options);
    if (response.statusCode >= 300) {
      throw new Error(
        `fixture step ${String(options.method)} ${options.url} as ${actor}: ${response.statusCode} ${response.body}`,
      );
    }
    return response;
  }

  const orgA = producerA1.organizationId;
  const orgB = producerB.organizationId;
  const orgDA = distributorA.organizationId;
  const orgDB = distributorB.organizationId;

  // Products of A in every state, of B published and draft; dedicated rows for each write route.
  const published = async (org: string) => insertPublishedProduct(database, org);
  const draft = async (org: string) => insertDraftProduct(database, org);
  const pending = async (org: string) => {
    const row = await insertDraftProduct(database, org);
    await db.update(products).set({ status: 'pending_review' }).where(eq(products.id, row.id));
    return row;
  };
  const product = {
    aDraft: await draft(orgA),
    aPending: await pending(orgA),
    aPublished: await published(orgA),
    bPublished: await published(orgB),
    bDraft: await draft(orgB),
    forPatch: await draft(orgA),
    forDelete: await draft(orgA),
    forSubmit: await draft(orgA),
    forApprove: await pending(orgA),
    forReject: await pending(orgA),
    withImages: await draft(orgA),
    forMatchCreate: await published(orgA),
    forCampaignEntry: await published(orgA),
  };
  const image = async (productId: string, position: number) =>
    (
      await db
        .insert(productImages)
        .values({
          productId,
          position,
          storageKey: `images/00/${randomBytes(16).toString('hex')}-320.webp`,
          width: 1,
          height: 1,
          bytes: 10,
        })
        .returning()
    )[0]!;
  const imageKept = await image(product.withImages.id, 0);
  const imageForDelete = await image(product.withImages.id, 1);

  // An import of A, as the import worker leaves a finished one.
  const [importA] = await db
    .insert(imports)
    .values({
      producerOrgId: orgA,
      createdBy: producerA1.user.id,
      fileName: 'san-pham.csv',
      fileSha256: 'a'.repeat(64),
      fileSize: 10,
      format: 'csv',
      storageKey: `imports/${randomBytes(8).toString('hex')}.csv`,
      status: 'done',
      rowsTotal: 1,
      rowsRead: 1,
      rowsDone: 1,
      rowsFailed: 1,
      errors: [],
    })
    .returning();

  // Certificates of A: unverified ones (visible to A and staff only), one with evidence.
  const cert = async (org: string) =>
    insertCertificate(database, {
      organizationId: org,
      scheme: 'vietgap',
      verified: false,
      verifiedBy: coordinator.user.id,
    });
  const certificate = {
    a: await cert(orgA),
    b: await cert(orgB),
    forPatch: await cert(orgA),
    forDelete: await cert(orgA),
    forVerify: await cert(orgA),
    forEvidence: await cert(orgA),
  };
  await expectOk('producerA1', {
    method: 'POST',
    url: `/api/v1/certificates/${certificate.a.id}/evidence`,
    ...multipartFile('giay-chung-nhan.pdf', 'application/pdf', TINY_PDF),
  });

  // Demands of distributor A in each state; one of B.
  const demand = {
    aOpen: await insertDemand(database, distributorA),
    aClosed: await insertDemand(database, distributorA, { status: 'closed' }),
    aDraft: await insertDemand(database, distributorA, { status: 'draft' }),
    bOpen: await insertDemand(database, distributorB),
    forPatch: await insertDemand(database, distributorA, { status: 'draft' }),
    forOpen: await insertDemand(database, distributorA, { status: 'draft' }),
    forClose: await insertDemand(database, distributorA),
    forMatchCreate: await insertDemand(database, distributorA),
  };

  // Matches of A's products with distributor A's open demand, one per status and write route.
  const matchOf = async (status: MatchStatus) =>
    insertMatch(database, demand.aOpen, await published(orgA), { status });
  const match = {
    proposed: await matchOf('proposed'),
    approved: await matchOf('approved'),
    rejected: await matchOf('rejected'),
    introduced: await insertMatch(database, demand.aOpen, product.aPublished, {
      status: 'introduced',
    }),
    negotiating: await matchOf('negotiating'),
    won: await matchOf('won'),
    lost: await matchOf('lost'),
    /** Between B's product and distributor B: nobody of A sees it. */
    bIntroduced: await insertMatch(database, demand.bOpen, product.bPublished, {
      status: 'introduced',
    }),
    forApprove: await matchOf('proposed'),
    forBulkApprove: await matchOf('proposed'),
    forReject: await matchOf('proposed'),
    forPipeline: await matchOf('introduced'),
    forQuote: await matchOf('introduced'),
    forQuoteAccept: await matchOf('negotiating'),
    forQuoteDecline: await matchOf('negotiating'),
    forQuoteRevision: await matchOf('negotiating'),
  };

  // Sample requests from distributor A to producer A, walked to the state each step starts from.
  const requestSample = async () =>
    (
      await expectOk('distributorA', {
        method: 'POST',
        url: '/api/v1/sample-requests',
        payload: {
          productId: product.aPublished.id,
          quantity: 2,
          unit: 'kg',
          deliveryAddress: '12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh',
        },
      })
    ).json<{ id: string; version: number }>();
  const step = async (
    actor: ActorKey,
    sample: { id: string; version: number },
    action: string,
    body: object = {},
  ) =>
    (
      await expectOk(actor, {
        method: 'POST',
        url: `/api/v1/sample-requests/${sample.id}/${action}`,
        payload: { version: sample.version, ...body },
      })
    ).json<{ id: string; version: number }>();
  const sample = {
    requested: await requestSample(),
    forAccept: await requestSample(),
    forDecline: await requestSample(),
    forShip: await step('producerA1', await requestSample(), 'accept'),
    forDeliver: await step(
      'producerA1',
      await step('producerA1', await requestSample(), 'accept'),
      'ship',
      { carrier: 'VNPost', trackingNumber: 'EV123456789VN' },
    ),
    forEvaluate: undefined as unknown as { id: string; version: number },
  };
  sample.forEvaluate = await step(
    'distributorA',
    await step('producerA1', await step('producerA1', await requestSample(), 'accept'), 'ship', {
      carrier: 'VNPost',
      trackingNumber: 'EV987654321VN',
    }),
    'deliver',
  );

  // Quotes sent by producer A on introduced matches.
  const sendQuote = async (matchId: string) =>
    (
      await expectOk('producerA1', {
        method: 'POST',
        url: '/api/v1/quotes',
        payload: quoteBody(matchId),
      })
    ).json<{ id: string; version: number }>();
  const quote = {
    sent: await sendQuote(match.introduced.id),
    forAccept: await sendQuote(match.forQuoteAccept.id),
    forDecline: await sendQuote(match.forQuoteDecline.id),
    forRevision: await sendQuote(match.forQuoteRevision.id),
  };

  // An agreement between A and distributor A, recorded by the centre, with its signed document;
  // another one for the document upload route.
  const recordAgreement = async () =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: '/api/v1/agreements',
        payload: {
          kind: 'mou',
          title: 'Biên bản ghi nhớ hợp tác',
          matchId: match.won.id,
          signedOn: inDays(-1),
        },
      })
    ).json<{ id: string }>();
  const agreement = { a: await recordAgreement(), forDocument: await recordAgreement() };
  await expectOk('coordinator', {
    method: 'PUT',
    url: `/api/v1/agreements/${agreement.a.id}/document`,
    ...multipartFile('bien-ban-ghi-nho.pdf', 'application/pdf', TINY_PDF),
  });

  // Events: published ones with A and distributor A accepted, a draft, one per staff write.
  const start = hoursAhead(96);
  const eventBody = () => ({
    kind: 'trade_connection_conference',
    titleVi: `Hội nghị kết nối cung cầu ${randomBytes(2).toString('hex')}`,
    startsAt: start.toISOString(),
    endsAt: plusMinutes(start, 15 * 60).toISOString(),
    place: 'Trung tâm Hội chợ Triển lãm Sài Gòn (SECC)',
    tables: 5,
    meetingHours: [],
  });
  const createEvent = async () =>
    (
      await expectOk('coordinator', { method: 'POST', url: '/api/v1/events', payload: eventBody() })
    ).json<Event>();
  const publishEvent = async (event: Event) =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: `/api/v1/events/${event.id}/publish`,
        payload: { version: event.version },
      })
    ).json<Event>();
  const registerFor = async (actor: ActorKey, eventId: string) =>
    (
      await expectOk(actor, {
        method: 'POST',
        url: `/api/v1/events/${eventId}/registrations`,
        payload: {},
      })
    ).json<Registration>();
  const accept = async (eventId: string, registration: Registration) =>
    expectOk('coordinator', {
      method: 'POST',
      url: `/api/v1/events/${eventId}/registrations/${registration.id}/accept`,
      payload: { version: registration.version },
    });
  const event = {
    published: await publishEvent(await createEvent()),
    draft: await createEvent(),
    forPatch: await createEvent(),
    forPublish: await createEvent(),
    forCancel: await publishEvent(await createEvent()),
    /** Registrations open; nobody registered yet. */
    forRegister: await publishEvent(await createEvent()),
    forRegistrationCancel: await publishEvent(await createEvent()),
  };
  await accept(event.published.id, await registerFor('producerA1', event.published.id));
  await accept(event.published.id, await registerFor('distributorA', event.published.id));
  const registration = {
    forAccept: await registerFor('producerB', event.published.id),
    forDecline: await registerFor('distributorB', event.published.id),
    forCancel: undefined as unknown as Registration,
  };
  registration.forCancel = await registerFor('producerA1', event.forRegistrationCancel.id);

  let slot = 0;
  const nextSlot = () => plusMinutes(start, 20 * slot++).toISOString();
  const requestMeeting = async () =>
    (
      await expectOk('producerA1', {
        method: 'POST',
        url: `/api/v1/events/${event.published.id}/meetings`,
        payload: { startsAt: nextSlot(), counterpartOrganizationId: orgDA },
      })
    ).json<Meeting>();
  const meeting = {
    requested: await requestMeeting(),
    forAccept: await requestMeeting(),
    forDecline: await requestMeeting(),
    forCancel: await requestMeeting(),
  };
  // The outcome of a meeting is recorded once its slot has begun: move one into the past.
  const forOutcome = await requestMeeting();
  await db.execute(
    sql`update meetings set status = 'accepted', starts_at = now() - interval '2 hours', ends_at = now() - interval '100 minutes' where id = ${forOutcome.id}`,
  );

  // Market guides: one published, one draft, one per staff write.
  const createGuide = async () =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: '/api/v1/market-guides',
        payload: {
          country: 'JP',
          retailerName: 'AEON',
          title: { vi: `Hướng dẫn thị trường Nhật Bản ${randomBytes(2).toString('hex')}` },
        },
      })
    ).json<MarketGuide>();
  const publishGuide = async (guide: MarketGuide) =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: `/api/v1/market-guides/${guide.id}/publish`,
        payload: { version: guide.version },
      })
    ).json<MarketGuide>();
  const guide = {
    published: await publishGuide(await createGuide()),
    draft: await createGuide(),
    forPatch: await createGuide(),
    forPublish: await createGuide(),
    forUnpublish: await publishGuide(await createGuide()),
  };

  // Campaigns: an open one A entered, a draft, one per staff write.
  const createCampaign = async () =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: '/api/v1/campaigns',
        payload: campaignBody(),
      })
    ).json<Campaign>();
  const campaignStep = async (campaign: Campaign, action: 'open' | 'close') =>
    (
      await expectOk('coordinator', {
        method: 'POST',
        url: `/api/v1/campaigns/${campaign.id}/${action}`,
        payload: { version: campaign.version },
      })
    ).json<Campaign>();
  const campaign = {
    open: await campaignStep(await createCampaign(), 'open'),
    draft: await createCampaign(),
    forPatch: await createCampaign(),
    forOpen: await createCampaign(),
    forClose: await campaignStep(await createCampaign(), 'open'),
    forComplete: await campaignStep(await campaignStep(await createCampaign(), 'open'), 'close'),
    /** Its event is over: reorders of listed products are recorded against it. */
    past: await campaignStep(await createCampaign(), 'open'),
  };
  const enter = async (productId: string, campaignId = campaign.open.id) =>
    (
      await expectOk('producerA1', {
        method: 'POST',
        url: `/api/v1/campaigns/${campaignId}/entries`,
        payload: { productId },
      })
    ).json<{ id: string; version: number }>();
  const entry = {
    a: await enter(product.aPublished.id),
    forPatch: await enter((await published(orgA)).id),
    forReorder: await enter((await published(orgA)).id, campaign.past.id),
  };
  // A reorder is recorded once the product is listed and the event has begun.
  await db.execute(
    sql`update campaign_entries set status = 'listed' where id = ${entry.forReorder.id}`,
  );
  await db.execute(
    sql`update campaigns set application_deadline = ${inDays(-20)}, event_starts_on = ${inDays(-10)}, event_ends_on = ${inDays(-3)} where id = ${campaign.past.id}`,
  );

  // A saved search is its owner's alone, not even its organization's.
  const savedSearch = (
    await expectOk('producerA1', {
      method: 'POST',
      url: '/api/v1/saved-searches',
      payload: { name: 'Mật ong Tuyên Quang', filters: { q: 'mật ong' } },
    })
  ).json<{ id: string }>();

  await expectOk('coordinator', {
    method: 'PUT',
    url: `/api/v1/kpi-targets?year=${new Date().getUTCFullYear()}`,
    payload: { targets: [{ metric: 'trade_connection_sessions', target: 12 }] },
  });

  return {
    accounts,
    send,
    tokenOf,
    org: {
      A: orgA,
      B: orgB,
      DA: orgDA,
      DB: orgDB,
      pendingForVerify: pendingForVerify.organizationId,
      pendingForReject: pendingForReject.organizationId,
    },
    spareUser,
    product,
    image: { kept: imageKept, forDelete: imageForDelete },
    importA: importA!,
    certificate,
    demand,
    match,
    sample,
    quote,
    agreement,
    event,
    registration,
    meeting: { ...meeting, forOutcome },
    guide,
    campaign,
    entry,
    savedSearch,
  };
}

export const quoteBody = (matchId: string) => ({
  matchId,
  pricePerUnit: 180_000,
  currency: 'VND',
  unit: 'kg',
  moq: 100,
  leadTimeDays: 14,
  paymentTerms: 'Thanh toán 30 ngày sau khi nhận hàng',
  validUntil: inDays(30),
});

export const campaignBody = () => ({
  title: { vi: `Tuần hàng Việt Nam tại Nhật Bản ${randomBytes(2).toString('hex')}` },
  retailerName: 'AEON Mall',
  country: 'JP',
  eventStartsOn: inDays(60),
  eventEndsOn: inDays(67),
  applicationDeadline: inDays(30),
});
