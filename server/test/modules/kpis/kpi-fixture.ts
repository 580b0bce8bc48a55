import { randomBytes } from 'node:crypto';
import type { Database } from '../../../src/db/client.ts';
import {
  agreements,
  campaignEntries,
  campaigns,
  demands,
  eventRegistrations,
  events,
  matches,
  meetings,
  organizations,
  products,
  users,
} from '../../../src/db/schema/index.ts';
import { uniqueEmail, uniqueTaxCode } from '../../helpers/fixtures.ts';

/** A formula a spreadsheet must show as text (RELIABILITY-TESTS S18). */
export const formulaName = '=HYPERLINK("http://x.example","y")';

/**
 * Programme data for 2025 with known answers (the figures in `expected`), written straight to
 * the tables. Edge cases: a listing and an introduction at 01:00–03:00 on 1 January in Vietnam
 * (still 31 December in UTC), a cancelled event, a declined registration, a 2024 event, a
 * domestic campaign, a product placed twice, a product introduced twice, a lost match, no-show
 * and cancelled meetings, a contract and a 2024 MoU.
 */
export async function seedKpiFixture(database: Database) {
  const db = database.db;
  const [staff] = await db
    .insert(users)
    .values({
      email: uniqueEmail('kpi'),
      passwordHash: 'x',
      name: 'KPI fixture',
      role: 'coordinator',
    })
    .returning();
  const by = staff!.id;
  const org = async (
    kind: 'producer' | 'distributor',
    provinceCode: string,
    extra: Partial<typeof organizations.$inferInsert> = {},
  ) => {
    const [row] = await db
      .insert(organizations)
      .values({
        kind,
        legalName: `KPI ${kind} ${randomBytes(3).toString('hex')}`,
        taxCode: uniqueTaxCode(),
        provinceCode,
        verificationStatus: 'verified',
        ...extra,
      })
      .returning();
    return row!.id;
  };
  const prodA = await org('producer', 'lam-dong', { tradingName: formulaName });
  const prodB = await org('producer', 'son-la');
  const prodC = await org('producer', 'lam-dong');
  const distVN = await org('distributor', 'ho-chi-minh');
  const distVN2 = await org('distributor', 'ha-noi');
  const distJP = await org('distributor', 'ho-chi-minh', { country: 'JP' });
  const distOV = await org('distributor', 'ho-chi-minh', {
    channel: 'overseas-vietnamese-network',
  });

  const at = (iso: string) => new Date(iso);
  const event = async (
    startsAt: string,
    values: Partial<typeof events.$inferInsert> &
      Pick<typeof events.$inferInsert, 'kind' | 'programmes'>,
  ) => {
    const [row] = await db
      .insert(events)
      .values({
        status: 'published',
        titleVi: `Sự kiện ${startsAt}`,
        startsAt: at(startsAt),
        endsAt: new Date(at(startsAt).getTime() + 8 * 3600_000),
        registrationDeadline: at(startsAt),
        place: 'TP. Hồ Chí Minh',
        createdBy: by,
        publishedAt: at('2024-01-01T00:00:00Z'),
        ...values,
      })
      .returning();
    return row!.id;
  };
  const e1 = await event('2025-03-10T01:00:00Z', {
    kind: 'trade_connection_conference',
    programmes: ['market_information'],
  });
  const e2 = await event('2025-06-05T01:00:00Z', {
    kind: 'workshop',
    programmes: ['training', 'ecommerce_support'],
  });
  const e3 = await event('2025-09-01T01:00:00Z', {
    kind: 'goods_week',
    country: 'JP',
    programmes: ['market_information'],
  });
  const e4 = await event('2025-04-01T01:00:00Z', {
    kind: 'fair',
    status: 'cancelled',
    programmes: ['market_information'],
  });
  const e5 = await event('2024-12-20T01:00:00Z', {
    kind: 'fair',
    programmes: ['market_information'],
  });
  const registrations: [string, string, 'accepted' | 'pending' | 'declined'][] = [
    [e1, prodA, 'accepted'],
    [e1, prodB, 'accepted'],
    [e1, distVN, 'accepted'],
    [e1, prodC, 'pending'],
    [e2, prodA, 'accepted'],
    [e2, prodC, 'accepted'],
    [e2, distJP, 'declined'],
    [e3, prodA, 'accepted'],
    [e3, distJP, 'accepted'],
    [e4, prodC, 'accepted'],
    [e5, prodC, 'accepted'],
  ];
  await db.insert(eventRegistrations).values(
    registrations.map(([eventId, organizationId, status]) => ({
      eventId,
      organizationId,
      status,
      registeredBy: by,
    })),
  );

  const meeting = (
    eventId: string,
    producerOrgId: string,
    distributorOrgId: string,
    startsAt: string,
    status: 'accepted' | 'scheduled' | 'cancelled',
    outcome: 'held' | 'mou' | 'follow_up' | 'no_show' | null,
  ) => ({
    eventId,
    producerOrgId,
    distributorOrgId,
    startsAt: at(startsAt),
    endsAt: new Date(at(startsAt).getTime() + 20 * 60_000),
    status,
    outcome,
    origin: 'coordinator' as const,
    requestedBy: by,
  });
  await db
    .insert(meetings)
    .values([
      meeting(e1, prodA, distJP, '2025-03-10T02:00:00Z', 'scheduled', 'held'),
      meeting(e1, prodB, distVN, '2025-03-10T02:00:00Z', 'scheduled', 'held'),
      meeting(e1, prodB, distOV, '2025-03-10T03:00:00Z', 'accepted', 'mou'),
      meeting(e3, prodA, distVN, '2025-09-01T02:00:00Z', 'scheduled', 'follow_up'),
      meeting(e3, prodC, distJP, '2025-09-01T02:00:00Z', 'scheduled', 'no_show'),
      meeting(e3, prodC, distJP, '2025-09-01T03:00:00Z', 'cancelled', null),
      meeting(e1, prodC, distJP, '2025-03-10T04:00:00Z', 'accepted', null),
    ]);

  const product = async (
    producerOrgId: string,
    ocopGroup: string,
    provinceCode: string,
    name: string,
  ) => {
    const [row] = await db
      .insert(products)
      .values({
        producerOrgId,
        nameVi: name,
        descriptionVi: '-',
        ocopGroup,
        category: 'x',
        provinceCode,
        unit: 'kg',
        moq: 1,
        status: 'published',
      })
      .returning();
    return row!.id;
  };
  const p1 = await product(prodA, 'food', 'lam-dong', formulaName);
  const p2 = await product(prodB, 'beverage', 'son-la', 'Trà Shan tuyết');
  const p3 = await product(prodC, 'herbal', 'lam-dong', 'Atiso');
  const p4 = await product(prodC, 'herbal', 'lam-dong', 'Trà atiso');
  const p5 = await product(prodB, 'food', 'son-la', 'Mận hậu');
  const p6 = await product(prodA, 'food', 'lam-dong', 'Dâu tây sấy');

  const match = async (
    productId: string,
    producerOrgId: string,
    distributorOrgId: string,
    status: typeof matches.$inferInsert.status,
    introducedAt: string | null,
  ) => {
    const [demand] = await db
      .insert(demands)
      .values({
        distributorOrgId,
        createdBy: by,
        title: 'Nhu cầu',
        quantityPerOrder: 1,
        unit: 'kg',
        status: 'open',
      })
      .returning();
    await db.insert(matches).values({
      demandId: demand!.id,
      productId,
      producerOrgId,
      distributorOrgId,
      status,
      score: 50,
      breakdown: {},
      introducedAt: introducedAt ? at(introducedAt) : null,
    });
  };
  await match(p1, prodA, distVN, 'introduced', '2025-02-01T03:00:00Z');
  await match(p1, prodA, distVN2, 'negotiating', '2025-05-01T03:00:00Z');
  await match(p2, prodB, distJP, 'introduced', '2025-03-01T03:00:00Z');
  await match(p3, prodC, distVN, 'lost', '2025-08-01T03:00:00Z');
  await match(p4, prodC, distVN, 'proposed', null);
  await match(p5, prodB, distVN, 'rejected', '2025-04-01T03:00:00Z');
  await match(p6, prodA, distVN, 'introduced', '2024-12-31T18:00:00Z');

  const campaign = async (country: string) => {
    const [row] = await db
      .insert(campaigns)
      .values({
        status: 'completed',
        titleVi: `Tuần hàng Việt Nam ${country}`,
        retailerName: `Retailer ${country}`,
        country,
        eventStartsOn: '2025-10-01',
        eventEndsOn: '2025-10-07',
        applicationDeadline: '2025-09-01',
        createdBy: by,
      })
      .returning();
    return row!.id;
  };
  const jp = await campaign('JP');
  const th = await campaign('TH');
  const vn = await campaign('VN');
  const entry = (
    campaignId: string,
    productId: string,
    producerOrgId: string,
    dates: { appliedAt?: string; invitedAt?: string; listedAt?: string },
  ) => ({
    campaignId,
    productId,
    producerOrgId,
    origin: dates.invitedAt ? ('invited' as const) : ('applied' as const),
    status: dates.listedAt ? ('listed' as const) : ('applied' as const),
    eligibleAtEntry: true,
    appliedAt: dates.appliedAt ? at(dates.appliedAt) : null,
    invitedAt: dates.invitedAt ? at(dates.invitedAt) : null,
    listedAt: dates.listedAt ? at(dates.listedAt) : null,
  });
  await db
    .insert(campaignEntries)
    .values([
      entry(jp, p1, prodA, { appliedAt: '2025-08-01T03:00:00Z', listedAt: '2025-10-02T03:00:00Z' }),
      entry(th, p2, prodB, { appliedAt: '2025-10-01T03:00:00Z', listedAt: '2025-11-05T03:00:00Z' }),
      entry(jp, p2, prodB, { appliedAt: '2025-10-01T03:00:00Z', listedAt: '2025-12-01T03:00:00Z' }),
      entry(jp, p3, prodC, { invitedAt: '2025-07-15T03:00:00Z' }),
      entry(vn, p6, prodA, { appliedAt: '2025-04-01T03:00:00Z', listedAt: '2025-05-01T03:00:00Z' }),
      entry(jp, p5, prodB, { appliedAt: '2024-12-01T03:00:00Z', listedAt: '2024-12-31T20:00:00Z' }),
    ]);

  const agreement = (
    kind: string,
    signedOn: string,
    producerOrgId: string | null,
    distributorOrgId: string | null,
    provinceCode: string | null = null,
  ) => ({
    kind,
    signedOn,
    producerOrgId,
    distributorOrgId,
    provinceCode,
    title: `${kind} ${signedOn}`,
    createdBy: by,
  });
  await db.insert(agreements).values([
    agreement('mou', '2025-03-10', prodA, distJP),
    agreement('contract', '2025-04-02', prodB, distVN),
    agreement('mou', '2024-12-31', prodA, distVN),
    // Between a province and the city: no organization party.
    agreement('mou', '2025-12-31', null, null, 'son-la'),
  ]);

  return { ids: { prodA, prodB, prodC, distVN, distJP, distOV, p1, p2, p3, p5, p6 } };
}

type Expected = {
  actual: number;
  months: Record<number, number>;
  province?: Record<string, number>;
  market?: Record<string, number>;
  ocopGroup?: Record<string, number>;
};

/** The answers for 2025, worked out by hand from the fixture above. */
export const expected: Record<string, Expected> = {
  market_information_businesses: {
    // E1: A, B, distVN (March); E3: distJP (Sep); campaign JP: C invited (Jul). A counted once.
    actual: 5,
    months: { 3: 3, 7: 1, 9: 1 },
    province: { 'lam-dong': 2, 'son-la': 1, 'ho-chi-minh': 2 },
    market: { VN: 3, JP: 2 },
  },
  training_businesses: { actual: 2, months: { 6: 2 }, province: { 'lam-dong': 2 } },
  ecommerce_support_businesses: { actual: 2, months: { 6: 2 }, province: { 'lam-dong': 2 } },
  trade_connection_sessions: {
    // A–distJP held, B–distOV (overseas network) MoU, A–distVN at the JP goods week follow-up.
    actual: 3,
    months: { 3: 2, 9: 1 },
    province: { 'lam-dong': 2, 'son-la': 1 },
    market: { JP: 2, VN: 1 },
  },
  products_placed_abroad: {
    // p5 listed 03:00 on 1 January Vietnam time; p1 in JP; p2 first in TH (Nov), again in JP.
    actual: 3,
    months: { 1: 1, 10: 1, 11: 1 },
    province: { 'son-la': 2, 'lam-dong': 1 },
    market: { JP: 2, TH: 1 },
    ocopGroup: { food: 2, beverage: 1 },
  },
  products_introduced_city: {
    // p6 (01:00 on 1 January in Vietnam), p1 (February, again in May), p3 (lost, August).
    actual: 3,
    months: { 1: 1, 2: 1, 8: 1 },
    province: { 'lam-dong': 3 },
    ocopGroup: { food: 2, herbal: 1 },
  },
  mous_signed: {
    actual: 2,
    months: { 3: 1, 12: 1 },
    province: { 'lam-dong': 1, 'son-la': 1 },
    market: { JP: 1, unknown: 1 },
  },
};
