import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { marketGuides, organizations, products } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { seedDemoDemands } from '../../src/db/seed/demo-demands.ts';
import { seedProgrammesMarkets } from '../../src/db/seed/programmes-markets.ts';
import { seedProgrammeEvents } from '../../src/db/seed/programmes-events.ts';
import { todayInVietnam } from '../../src/modules/certificates/certificates.validity.ts';
import type { TestContext } from '../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  uniqueTaxCode,
  verifyOrganization,
  type Account,
} from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';
import type { Fixture } from './fuzz-engine.ts';

/**
 * The rows the S10 fuzzer points its requests at: the demo data set, plus one row per
 * operation in the state that operation needs, so a well-formed request can succeed at least
 * once (the harness sanity check). Built through the API where a body is known, straight in
 * the database otherwise.
 */

export type Role = 'anon' | 'admin' | 'coordinator' | 'producer' | 'distributor';

type Json = Record<string, unknown> & { id: string; version: number };

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export async function buildWorld(ctx: TestContext) {
  const { db } = ctx.database;
  await seedDemo(db);
  await seedProgrammesMarkets(db);
  await seedDemoDemands(db);
  await seedProgrammeEvents(db);
  const [admin, coordinator, producer, distributor, distributor2] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'admin'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producer, distributor, distributor2]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  const accounts: Record<Role, Account | undefined> = {
    anon: undefined,
    admin,
    coordinator,
    producer,
    distributor,
  };

  const failures: string[] = [];
  async function api(
    account: Account | undefined,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
  ): Promise<Json | undefined> {
    const response = await ctx.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: account ? authHeader(account.accessToken) : {},
      ...(payload ? { payload } : {}),
    });
    if (response.statusCode >= 300) {
      failures.push(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      return undefined;
    }
    return response.statusCode === 204 ? undefined : response.json<Json>();
  }

  const product = await insertProduct(ctx.database, producer.organizationId);
  const drafts = await Promise.all(
    Array.from({ length: 4 }, () =>
      insertProduct(ctx.database, producer.organizationId, { published: false }),
    ),
  );
  const pendingProducts = await db
    .select({ id: products.id, version: products.version })
    .from(products)
    .where(eq(products.status, 'pending_review'))
    .limit(2);
  const pendingOrgs = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.verificationStatus, 'pending'))
    .limit(2);

  // Demands of the distributor: drafts for editing and opening, open ones for closing.
  const demandBody = {
    title: 'Tìm mật ong rừng cho chuỗi siêu thị',
    quantityPerOrder: 500,
    unit: 'jar',
    category: 'honey',
    ocopGroup: 'food',
  };
  const draftDemand = await api(distributor, 'POST', '/demands', demandBody);
  const toOpen = await api(distributor, 'POST', '/demands', demandBody);
  const toClose = await api(distributor, 'POST', '/demands', demandBody);
  const opened =
    toClose &&
    (await api(distributor, 'POST', `/demands/${toClose.id}/open`, { version: toClose.version }));
  // Another open demand for the coordinator's manual proposal (the one above gets closed).
  const toMatch = await api(distributor, 'POST', '/demands', demandBody);
  const openForMatch =
    toMatch &&
    (await api(distributor, 'POST', `/demands/${toMatch.id}/open`, { version: toMatch.version }));

  // Matches between the distributor and the producer's product, one per state an operation needs.
  const match = (status: 'proposed' | 'introduced') =>
    insertMatch(ctx.database, distributor, product, { status }).then((m) => m.match);
  const [introduced, introduced2, proposed1, proposed2, proposedBulk, ...quoted] =
    await Promise.all([
      match('introduced'),
      match('introduced'),
      match('proposed'),
      match('proposed'),
      match('proposed'),
      match('introduced'),
      match('introduced'),
      match('introduced'),
    ]);

  // Sample requests walked to the state each transition starts from.
  const sampleBody = {
    productId: product.id,
    quantity: 3,
    unit: 'jar',
    deliveryAddress: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
  };
  const samples: (Json | undefined)[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(await api(distributor, 'POST', '/sample-requests', sampleBody));
  }
  const step = async (sample: Json | undefined, action: string, body: object = {}) =>
    sample &&
    (await api(
      action === 'deliver' || action === 'evaluate' ? distributor : producer,
      'POST',
      `/sample-requests/${sample.id}/${action}`,
      { version: sample.version, ...body },
    ));
  const shipBody = { carrier: 'Viettel Post', trackingNumber: 'VTP123456789' };
  const toShip = await step(samples[2], 'accept');
  const toDeliver = await step(await step(samples[3], 'accept'), 'ship', shipBody);
  const toEvaluate = await step(
    await step(await step(samples[4], 'accept'), 'ship', shipBody),
    'deliver',
  );

  // Quotes sent by the producer on introduced matches.
  const today = todayInVietnam();
  const quoteTerms = {
    pricePerUnit: 185_000,
    currency: 'VND',
    unit: 'jar',
    moq: 200,
    leadTimeDays: 14,
    paymentTerms: 'Công nợ 30 ngày',
    validUntil: addDays(today, 30),
  };
  const quotes: (Json | undefined)[] = [];
  for (let i = 0; i < 3; i++) {
    quotes.push(await api(producer, 'POST', '/quotes', { matchId: quoted[i]!.id, ...quoteTerms }));
  }

  // Certificates of the producer.
  const certificateBody = {
    productId: product.id,
    scheme: 'vietgap',
    issuer: 'QUACERT',
    number: 'VG-0001',
    issuedOn: '2025-01-15',
    expiresOn: '2099-12-31',
  };
  const certificate = await api(producer, 'POST', '/certificates', certificateBody);
  const toVerify = await api(producer, 'POST', '/certificates', {
    ...certificateBody,
    number: 'VG-0002',
  });
  const toDelete = await api(producer, 'POST', '/certificates', {
    ...certificateBody,
    number: 'VG-0003',
  });

  // Events: drafts to edit, publish and cancel; a published one with registrations and meetings.
  const startsAt = new Date(Date.now() + 48 * 3600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
  const eventBody = {
    kind: 'trade_connection_conference',
    titleVi: 'Hội nghị kết nối cung cầu',
    startsAt: at(0),
    endsAt: at(8 * 60),
    place: 'SECC',
    tables: 3,
    meetingHours: [{ startsAt: at(0), endsAt: at(180) }],
  };
  const draftEvent = await api(coordinator, 'POST', '/events', eventBody);
  const toPublish = await api(coordinator, 'POST', '/events', eventBody);
  const toCancel = await api(coordinator, 'POST', '/events', eventBody);
  const created = await api(coordinator, 'POST', '/events', eventBody);
  const event =
    created &&
    (await api(coordinator, 'POST', `/events/${created.id}/publish`, { version: created.version }));
  const producer2 = await quickAccount(ctx.app, ctx.database, 'producer');
  const producer3 = await quickAccount(ctx.app, ctx.database, 'producer');
  const distributor3 = await quickAccount(ctx.app, ctx.database, 'distributor');
  for (const account of [producer2, producer3, distributor3]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  const registrations: Record<string, Json | undefined> = {};
  let registrationToCancelEvent: string | undefined;
  if (event) {
    for (const [name, account] of Object.entries({
      producer,
      distributor,
      distributor2,
      producer2,
      producer3,
      distributor3,
    })) {
      registrations[name] = await api(account, 'POST', `/events/${event.id}/registrations`, {});
    }
    // A second published event where the main distributor's own registration can be cancelled.
    const other = await api(coordinator, 'POST', '/events', eventBody);
    const otherEvent =
      other &&
      (await api(coordinator, 'POST', `/events/${other.id}/publish`, { version: other.version }));
    registrations.toCancel =
      otherEvent && (await api(distributor, 'POST', `/events/${otherEvent.id}/registrations`, {}));
    registrationToCancelEvent = otherEvent?.id;
    for (const name of ['producer', 'distributor', 'distributor2']) {
      const r = registrations[name];
      registrations[name] =
        r &&
        (await api(coordinator, 'POST', `/events/${event.id}/registrations/${r.id}/accept`, {
          version: r.version,
        }));
    }
  }
  const meetings: (Json | undefined)[] = [];
  if (event) {
    for (let i = 0; i < 5; i++) {
      meetings.push(
        await api(producer, 'POST', `/events/${event.id}/meetings`, {
          counterpartOrganizationId: (i % 2 === 0 ? distributor : distributor2).organizationId,
          startsAt: at(20 * i),
        }),
      );
    }
  }
  // Meeting 4 accepted by its distributor, so its outcome can be recorded.
  const meetingForOutcome =
    event && meetings[4]
      ? await api(distributor, 'POST', `/events/${event.id}/meetings/${meetings[4].id}/accept`, {
          version: meetings[4].version,
        })
      : undefined;

  // Market guides and campaigns.
  const guideBody = { country: 'US', title: { vi: 'Hoa Kỳ', en: 'United States' } };
  const draftGuide = await api(coordinator, 'POST', '/market-guides', guideBody);
  const guideToPublish = await api(coordinator, 'POST', '/market-guides', guideBody);
  const guideToUnpublishDraft = await api(coordinator, 'POST', '/market-guides', guideBody);
  const guideToUnpublish =
    guideToUnpublishDraft &&
    (await api(coordinator, 'POST', `/market-guides/${guideToUnpublishDraft.id}/publish`, {
      version: guideToUnpublishDraft.version,
    }));
  const campaignBody = {
    title: { vi: 'Tuần hàng Việt Nam tại Nhật Bản', en: 'Vietnam Goods Week in Japan' },
    retailerName: 'AEON Japan',
    country: 'JP',
    eventStartsOn: addDays(today, 60),
    eventEndsOn: addDays(today, 66),
    applicationDeadline: addDays(today, 30),
  };
  const campaign = async (steps: string[]) => {
    let row = await api(coordinator, 'POST', '/campaigns', campaignBody);
    for (const action of steps) {
      row =
        row &&
        (await api(coordinator, 'POST', `/campaigns/${row.id}/${action}`, {
          version: row.version,
        }));
    }
    return row;
  };
  const draftCampaign = await campaign([]);
  const campaignToOpen = await campaign([]);
  const openCampaign = await campaign(['open']);
  const campaignToClose = await campaign(['open']);
  const campaignToComplete = await campaign(['open', 'close']);
  const entryProduct = await insertProduct(ctx.database, producer.organizationId);
  const entry =
    openCampaign &&
    (await api(producer, 'POST', `/campaigns/${openCampaign.id}/entries`, {
      productId: entryProduct.id,
    }));

  // A user the admin may disable, and notifications to mark read.
  const { user: spareUser } = await quickMember(ctx.app, ctx.database, producer.organizationId);
  const spare = await quickAccount(ctx.app, ctx.database, 'producer');
  // A product with no match yet, for the coordinator's manual match proposal.
  const unmatched = await insertProduct(ctx.database, producer.organizationId);
  const [publishedGuide] = await db
    .select({ id: marketGuides.id })
    .from(marketGuides)
    .where(eq(marketGuides.status, 'published'))
    .limit(1);
  const savedSearch = await api(producer, 'POST', '/saved-searches', {
    name: 'Mật ong',
    filters: { q: 'mật ong' },
  });

  // An agreement between the producer and the distributor, for its document routes.
  const agreement = await api(coordinator, 'POST', '/agreements', {
    kind: 'mou',
    title: 'Biên bản ghi nhớ hợp tác',
    producerOrgId: producer.organizationId,
    distributorOrgId: distributor.organizationId,
    signedOn: '2025-01-15',
  });

  const pick = (row: Json | undefined) => row?.id ?? '00000000-0000-4000-8000-000000000000';
  const v = (row: Json | undefined) => row?.version ?? 1;

  /** Role and fixture per operation; anything not listed is tried as the producer. */
  const plans: Record<string, { role: Role; fixture?: Fixture; reason?: string }> = {
    'GET /media/{*}': {
      role: 'anon',
      fixture: { params: { '*': 'products/none.webp' } },
      reason: 'no stored image in the fuzz world (image uploads are multipart; U1–U6 cover them)',
    },
    'POST /api/v1/auth/register': {
      role: 'anon',
      fixture: {
        good: {
          body: {
            email: `fuzz-${randomBytes(4).toString('hex')}@example.vn`,
            password: 'Mật-khẩu-đủ-dài-2026',
            name: 'Fuzz',
            role: 'distributor',
            organization: {
              legalName: 'Công ty Fuzz',
              taxCode: uniqueTaxCode(),
              province: 'Hà Nội',
              channel: 'supermarket-chain',
            },
          },
        },
      },
    },
    'POST /api/v1/auth/login': {
      role: 'anon',
      fixture: { good: { body: { email: spare.email, password: spare.password } } },
    },
    'POST /api/v1/auth/refresh': {
      role: 'anon',
      reason: 'needs the refresh cookie, which the fuzzer does not send (S3/S4 cover it)',
    },
    'POST /api/v1/auth/logout': { role: 'anon' },
    'GET /api/v1/me/': { role: 'producer' },
    'GET /api/v1/organizations/{id}': {
      role: 'producer',
      fixture: { params: { id: producer.organizationId } },
    },
    'PATCH /api/v1/organizations/{id}': {
      role: 'producer',
      fixture: {
        params: { id: producer.organizationId },
        body: { version: 1 },
        good: { body: { version: 1, tradingName: 'HTX Fuzz' } },
      },
    },
    'POST /api/v1/products/': {
      role: 'producer',
      fixture: { body: { province: 'Hà Nội', ocopGroup: 'food', category: 'honey' } },
    },
    'GET /api/v1/products/': { role: 'anon' },
    'GET /api/v1/products/{id}': { role: 'anon', fixture: { params: { id: product.id } } },
    'PATCH /api/v1/products/{id}': {
      role: 'producer',
      fixture: {
        params: { id: drafts[0]!.id },
        body: { version: 1 },
        good: { body: { version: 1, moq: 60 } },
      },
    },
    'DELETE /api/v1/products/{id}': {
      role: 'producer',
      fixture: { params: { id: drafts[1]!.id }, query: { version: 1 } },
    },
    'POST /api/v1/products/{id}/submit': {
      role: 'producer',
      fixture: { params: { id: drafts[2]!.id }, body: { version: 1 } },
    },
    'POST /api/v1/products/{id}/images': {
      role: 'producer',
      fixture: { params: { id: drafts[3]!.id } },
      reason:
        'multipart upload: only params and non-multipart bodies are fuzzed (U1–U6 cover the file part)',
    },
    'PUT /api/v1/products/{id}/images/order': {
      role: 'producer',
      fixture: { params: { id: drafts[3]!.id }, good: { body: { imageIds: [] } } },
    },
    'DELETE /api/v1/products/{id}/images/{imageId}': {
      role: 'producer',
      fixture: { params: { id: drafts[3]!.id } },
      reason: 'no image to delete without a multipart upload',
    },
    'GET /api/v1/imports/products/template.xlsx': { role: 'producer' },
    'GET /api/v1/imports/products/template.csv': { role: 'producer' },
    'POST /api/v1/imports/products': {
      role: 'producer',
      reason:
        'multipart upload: only params and non-multipart bodies are fuzzed (U1–U6 cover the file part)',
    },
    'GET /api/v1/imports/': { role: 'producer' },
    'GET /api/v1/imports/{id}': {
      role: 'producer',
      reason: 'no import without a multipart upload',
    },
    'GET /api/v1/imports/{id}/errors.csv': {
      role: 'producer',
      reason: 'no import without a multipart upload',
    },
    'GET /api/v1/imports/{id}/errors.xlsx': {
      role: 'producer',
      reason: 'no import without a multipart upload',
    },
    'POST /api/v1/certificates/': {
      role: 'producer',
      fixture: { body: { productId: product.id } },
    },
    'GET /api/v1/certificates/': {
      role: 'producer',
      fixture: { query: { organizationId: producer.organizationId, productId: undefined } },
    },
    'GET /api/v1/certificates/{id}': {
      role: 'producer',
      fixture: { params: { id: pick(certificate) } },
    },
    'PATCH /api/v1/certificates/{id}': {
      role: 'producer',
      fixture: {
        params: { id: pick(certificate) },
        body: { version: v(certificate) },
        good: { body: { version: v(certificate), issuer: 'QUACERT Hà Nội' } },
      },
    },
    'DELETE /api/v1/certificates/{id}': {
      role: 'producer',
      fixture: { params: { id: pick(toDelete) }, query: { version: v(toDelete) } },
    },
    'DELETE /api/v1/saved-searches/{id}': {
      role: 'producer',
      fixture: { params: { id: pick(savedSearch) } },
    },
    'POST /api/v1/certificates/{id}/verify': {
      role: 'coordinator',
      fixture: { params: { id: pick(toVerify) }, body: { version: v(toVerify) } },
    },
    'POST /api/v1/certificates/{id}/evidence': {
      role: 'producer',
      fixture: { params: { id: pick(certificate) } },
      reason: 'multipart upload: only params and non-multipart bodies are fuzzed',
    },
    'GET /api/v1/certificates/{id}/evidence': {
      role: 'producer',
      fixture: { params: { id: pick(certificate) } },
      reason: 'no evidence file without a multipart upload',
    },
    'GET /api/v1/review/organizations': { role: 'coordinator' },
    'POST /api/v1/review/organizations/{id}/verify': {
      role: 'coordinator',
      fixture: { params: { id: pendingOrgs[0]!.id } },
    },
    'POST /api/v1/review/organizations/{id}/reject': {
      role: 'coordinator',
      fixture: { params: { id: pendingOrgs[1]!.id } },
    },
    'GET /api/v1/review/products': { role: 'coordinator' },
    'POST /api/v1/review/products/{id}/approve': {
      role: 'coordinator',
      fixture: {
        params: { id: pendingProducts[0]!.id },
        body: { version: pendingProducts[0]!.version },
      },
    },
    'POST /api/v1/review/products/{id}/reject': {
      role: 'coordinator',
      fixture: {
        params: { id: pendingProducts[1]!.id },
        body: { version: pendingProducts[1]!.version },
      },
    },
    'GET /api/v1/search/products': { role: 'anon' },
    'POST /api/v1/demands/': { role: 'distributor' },
    'GET /api/v1/demands/': { role: 'distributor' },
    'GET /api/v1/demands/{id}': {
      role: 'distributor',
      fixture: { params: { id: pick(draftDemand) } },
    },
    'PATCH /api/v1/demands/{id}': {
      role: 'distributor',
      fixture: {
        params: { id: pick(draftDemand) },
        body: { version: v(draftDemand) },
        good: { body: { version: v(draftDemand), quantityPerOrder: 600 } },
      },
    },
    'POST /api/v1/demands/{id}/open': {
      role: 'distributor',
      fixture: { params: { id: pick(toOpen) }, body: { version: v(toOpen) } },
    },
    'POST /api/v1/demands/{id}/close': {
      role: 'distributor',
      fixture: { params: { id: pick(opened) }, body: { version: v(opened) } },
    },
    'GET /api/v1/demands/{id}/matches': {
      role: 'distributor',
      fixture: { params: { id: introduced.demandId } },
    },
    'GET /api/v1/matches/': { role: 'coordinator' },
    'POST /api/v1/matches/': {
      role: 'coordinator',
      fixture: { body: { demandId: pick(openForMatch), productId: unmatched.id } },
    },
    'POST /api/v1/matches/approve': {
      role: 'coordinator',
      fixture: { body: { ids: [proposedBulk.id] } },
    },
    'GET /api/v1/matches/{id}': { role: 'distributor', fixture: { params: { id: introduced.id } } },
    'PATCH /api/v1/matches/{id}': {
      role: 'distributor',
      fixture: {
        params: { id: introduced2.id },
        body: { version: introduced2.version },
        good: { body: { version: introduced2.version, status: 'negotiating' } },
      },
    },
    'POST /api/v1/matches/{id}/approve': {
      role: 'coordinator',
      fixture: { params: { id: proposed1.id }, body: { version: proposed1.version } },
    },
    'POST /api/v1/matches/{id}/reject': {
      role: 'coordinator',
      fixture: { params: { id: proposed2.id }, body: { version: proposed2.version } },
    },
    'POST /api/v1/sample-requests/': {
      role: 'distributor',
      fixture: { body: { productId: product.id, matchId: undefined } },
    },
    'GET /api/v1/sample-requests/': { role: 'distributor' },
    'GET /api/v1/sample-requests/{id}': {
      role: 'distributor',
      fixture: { params: { id: pick(samples[0]) } },
    },
    'POST /api/v1/sample-requests/{id}/accept': {
      role: 'producer',
      fixture: { params: { id: pick(samples[0]) }, body: { version: v(samples[0]) } },
    },
    'POST /api/v1/sample-requests/{id}/decline': {
      role: 'producer',
      fixture: { params: { id: pick(samples[1]) }, body: { version: v(samples[1]) } },
    },
    'POST /api/v1/sample-requests/{id}/ship': {
      role: 'producer',
      fixture: { params: { id: pick(toShip) }, body: { version: v(toShip) } },
    },
    'POST /api/v1/sample-requests/{id}/deliver': {
      role: 'distributor',
      fixture: { params: { id: pick(toDeliver) }, body: { version: v(toDeliver) } },
    },
    'POST /api/v1/sample-requests/{id}/evaluate': {
      role: 'distributor',
      fixture: { params: { id: pick(toEvaluate) }, body: { version: v(toEvaluate) } },
    },
    'POST /api/v1/quotes/': {
      role: 'producer',
      fixture: {
        body: { matchId: introduced.id, revisionOf: undefined },
        good: { body: { matchId: introduced.id, ...quoteTerms } },
      },
    },
    'GET /api/v1/quotes/': { role: 'distributor' },
    'GET /api/v1/quotes/{id}': {
      role: 'distributor',
      fixture: { params: { id: pick(quotes[0]) } },
    },
    'POST /api/v1/quotes/{id}/accept': {
      role: 'distributor',
      fixture: { params: { id: pick(quotes[0]) }, body: { version: v(quotes[0]) } },
    },
    'POST /api/v1/quotes/{id}/decline': {
      role: 'distributor',
      fixture: { params: { id: pick(quotes[1]) }, body: { version: v(quotes[1]) } },
    },
    'POST /api/v1/quotes/{id}/request-revision': {
      role: 'distributor',
      fixture: { params: { id: pick(quotes[2]) }, body: { version: v(quotes[2]) } },
    },
    'GET /api/v1/agreements/': { role: 'coordinator' },
    'POST /api/v1/agreements/': {
      role: 'coordinator',
      fixture: {
        body: {
          matchId: introduced.id,
          producerOrgId: undefined,
          distributorOrgId: undefined,
          provinceCode: undefined,
          eventId: pick(event),
          productIds: [product.id],
        },
      },
    },
    'PUT /api/v1/agreements/{id}/document': {
      role: 'coordinator',
      fixture: { params: { id: pick(agreement) } },
      reason: 'multipart upload: only params and non-multipart bodies are fuzzed',
    },
    'GET /api/v1/agreements/{id}/document': {
      role: 'producer',
      fixture: { params: { id: pick(agreement) } },
      reason: 'no agreement document without a multipart upload',
    },
    'GET /api/v1/notifications/': { role: 'producer' },
    'POST /api/v1/notifications/read': { role: 'producer', fixture: { good: { body: {} } } },
    'GET /api/v1/admin/users': { role: 'admin' },
    'POST /api/v1/admin/users': { role: 'admin' },
    'PATCH /api/v1/admin/users/{id}': { role: 'admin', fixture: { params: { id: spareUser.id } } },
    'GET /api/v1/reference/': { role: 'anon' },
    'POST /api/v1/events/': { role: 'coordinator', fixture: { good: { body: eventBody } } },
    'GET /api/v1/events/': { role: 'anon' },
    'GET /api/v1/events/{id}': { role: 'anon', fixture: { params: { id: pick(event) } } },
    'PATCH /api/v1/events/{id}': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(draftEvent) },
        body: { version: v(draftEvent) },
        good: { body: { version: v(draftEvent), place: 'GEM Center' } },
      },
    },
    'POST /api/v1/events/{id}/publish': {
      role: 'coordinator',
      fixture: { params: { id: pick(toPublish) }, body: { version: v(toPublish) } },
    },
    'POST /api/v1/events/{id}/cancel': {
      role: 'coordinator',
      fixture: { params: { id: pick(toCancel) }, body: { version: v(toCancel) } },
    },
    'POST /api/v1/events/{id}/registrations': {
      role: 'distributor',
      fixture: { params: { id: pick(toPublish) } },
    },
    'GET /api/v1/events/{id}/registrations': {
      role: 'coordinator',
      fixture: { params: { id: pick(event) } },
    },
    'POST /api/v1/events/{id}/registrations/{rid}/accept': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(event), rid: pick(registrations.producer2) },
        body: { version: v(registrations.producer2) },
      },
    },
    'POST /api/v1/events/{id}/registrations/{rid}/decline': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(event), rid: pick(registrations.producer3) },
        body: { version: v(registrations.producer3) },
      },
    },
    'POST /api/v1/events/{id}/registrations/{rid}/cancel': {
      role: 'distributor',
      fixture: {
        params: {
          id: registrationToCancelEvent ?? pick(undefined),
          rid: pick(registrations.toCancel),
        },
        body: { version: v(registrations.toCancel) },
      },
    },
    'GET /api/v1/events/{id}/participants': {
      role: 'producer',
      fixture: { params: { id: pick(event) } },
    },
    'GET /api/v1/events/{id}/meeting-suggestions': {
      role: 'producer',
      fixture: { params: { id: pick(event) } },
    },
    'POST /api/v1/events/{id}/meetings': {
      role: 'producer',
      fixture: {
        params: { id: pick(event) },
        body: {
          counterpartOrganizationId: distributor.organizationId,
          producerOrganizationId: undefined,
          distributorOrganizationId: undefined,
          matchId: undefined,
          tableNo: undefined,
        },
        good: {
          body: { counterpartOrganizationId: distributor2.organizationId, startsAt: at(120) },
        },
      },
    },
    'GET /api/v1/events/{id}/meetings': {
      role: 'producer',
      fixture: { params: { id: pick(event) } },
    },
    'POST /api/v1/events/{id}/meetings/{mid}/accept': {
      role: 'distributor',
      fixture: {
        params: { id: pick(event), mid: pick(meetings[0]) },
        body: { version: v(meetings[0]) },
      },
    },
    'POST /api/v1/events/{id}/meetings/{mid}/decline': {
      role: 'distributor',
      fixture: {
        params: { id: pick(event), mid: pick(meetings[2]) },
        body: { version: v(meetings[2]) },
      },
    },
    'POST /api/v1/events/{id}/meetings/{mid}/cancel': {
      role: 'producer',
      fixture: {
        params: { id: pick(event), mid: pick(meetings[1]) },
        body: { version: v(meetings[1]) },
      },
    },
    'PATCH /api/v1/events/{id}/meetings/{mid}': {
      role: 'producer',
      fixture: {
        params: { id: pick(event), mid: pick(meetingForOutcome) },
        body: { version: v(meetingForOutcome) },
      },
      reason: 'an outcome is recorded only after the meeting time; the event is in the future',
    },
    'GET /api/v1/events/{id}/agenda.ics': {
      role: 'producer',
      fixture: { params: { id: pick(event) } },
    },
    'POST /api/v1/events/{id}/agenda/draft': {
      role: 'coordinator',
      fixture: { params: { id: pick(event) } },
    },
    'GET /api/v1/events/{id}/report': {
      role: 'coordinator',
      fixture: { params: { id: pick(event) } },
    },
    'GET /api/v1/reports/kpis': { role: 'coordinator' },
    'GET /api/v1/reports/kpis.xlsx': { role: 'coordinator' },
    'GET /api/v1/kpi-targets/': { role: 'coordinator' },
    'PUT /api/v1/kpi-targets/': {
      role: 'coordinator',
      fixture: {
        good: {
          body: { targets: [{ metric: 'products_placed_abroad', target: 80 }] },
          query: { year: 2026 },
        },
      },
    },
    'GET /api/v1/market-guides/': { role: 'anon' },
    'POST /api/v1/market-guides/': { role: 'coordinator', fixture: { good: { body: guideBody } } },
    'GET /api/v1/market-guides/{id}': {
      role: 'coordinator',
      fixture: { params: { id: pick(draftGuide) } },
    },
    'PATCH /api/v1/market-guides/{id}': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(draftGuide) },
        body: { version: v(draftGuide) },
        good: { body: { version: v(draftGuide), country: 'JP' } },
      },
    },
    'POST /api/v1/market-guides/{id}/publish': {
      role: 'coordinator',
      fixture: { params: { id: pick(guideToPublish) }, body: { version: v(guideToPublish) } },
    },
    'POST /api/v1/market-guides/{id}/unpublish': {
      role: 'coordinator',
      fixture: { params: { id: pick(guideToUnpublish) }, body: { version: v(guideToUnpublish) } },
    },
    'GET /api/v1/market-guides/{id}/checklist': {
      role: 'producer',
      fixture: { params: { id: publishedGuide!.id }, query: { productId: product.id } },
    },
    'GET /api/v1/campaigns/': { role: 'coordinator' },
    'POST /api/v1/campaigns/': { role: 'coordinator', fixture: { good: { body: campaignBody } } },
    'GET /api/v1/campaigns/entries': { role: 'producer' },
    'GET /api/v1/campaigns/{id}': {
      role: 'coordinator',
      fixture: { params: { id: pick(openCampaign) } },
    },
    'PATCH /api/v1/campaigns/{id}': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(draftCampaign) },
        body: { version: v(draftCampaign) },
        good: { body: { version: v(draftCampaign), retailerName: 'AEON' } },
      },
    },
    'POST /api/v1/campaigns/{id}/open': {
      role: 'coordinator',
      fixture: { params: { id: pick(campaignToOpen) }, body: { version: v(campaignToOpen) } },
    },
    'POST /api/v1/campaigns/{id}/close': {
      role: 'coordinator',
      fixture: { params: { id: pick(campaignToClose) }, body: { version: v(campaignToClose) } },
    },
    'POST /api/v1/campaigns/{id}/complete': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(campaignToComplete) },
        body: { version: v(campaignToComplete) },
      },
    },
    'GET /api/v1/campaigns/{id}/eligible': {
      role: 'coordinator',
      fixture: { params: { id: pick(openCampaign) } },
    },
    'GET /api/v1/campaigns/{id}/entries': {
      role: 'coordinator',
      fixture: { params: { id: pick(openCampaign) } },
    },
    'POST /api/v1/campaigns/{id}/entries': {
      role: 'producer',
      fixture: { params: { id: pick(openCampaign) }, body: { productId: product.id } },
    },
    'POST /api/v1/campaigns/{id}/invitations': {
      role: 'coordinator',
      fixture: { params: { id: pick(openCampaign) }, body: { productIds: [product.id] } },
    },
    'GET /api/v1/campaigns/{id}/entries/{entryId}': {
      role: 'producer',
      fixture: { params: { id: pick(openCampaign), entryId: pick(entry) } },
    },
    'PATCH /api/v1/campaigns/{id}/entries/{entryId}': {
      role: 'coordinator',
      fixture: {
        params: { id: pick(openCampaign), entryId: pick(entry) },
        body: { version: v(entry) },
      },
    },
    'POST /api/v1/campaigns/{id}/entries/{entryId}/reorders': {
      role: 'producer',
      fixture: { params: { id: pick(openCampaign), entryId: pick(entry) } },
      reason: 'reorders are recorded for listed entries only; the entry is still an application',
    },
    'POST /api/v1/admin/queues/session': { role: 'admin' },
  };
  return { accounts, plans, setupFailures: failures };
}
