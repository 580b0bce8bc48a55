import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { Event, EventReport, Meeting, MeetingList, Registration } from '@ketnoi/shared';
import { meetings, notifications } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { attend, insertMatch, minutes, publishedEvent } from './programme-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let p1: Account;
let p2: Account;
let d1: Account;
let d2: Account;
let outsider: Account;
let event: Event;
/** Slot starts of `event` (20-minute slots over three hours). */
let slot: (i: number) => string;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, p1, p2, d1, d2, outsider] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
  for (const a of [p1, p2, d1, d2, outsider]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  event = await publishedEvent(ctx, coordinator);
  await attend(ctx, coordinator, event.id, [p1, p2, d1, d2]);
  slot = (i) => minutes(new Date(event.startsAt), 20 * i).toISOString();
});
afterAll(async () => {
  await ctx?.close();
});

const book = (account: Account, payload: Record<string, unknown>, eventId = event.id) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/meetings`,
    headers: authHeader(account.accessToken),
    payload,
  });
const act = (account: Account, m: Meeting, action: string, extra: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/events/${m.eventId}/meetings/${m.id}/${action}`,
    headers: authHeader(account.accessToken),
    payload: { version: m.version, ...extra },
  });

/** Active meetings that overlap another active one of the same producer, distributor or table. */
async function doubleBookings(): Promise<number> {
  const { rows } = await ctx.database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from meetings a join meetings b on a.id < b.id
     where a.status in ('requested','accepted','scheduled') and b.status in ('requested','accepted','scheduled')
       and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
       and (a.producer_org_id = b.producer_org_id or a.distributor_org_id = b.distributor_org_id
            or (a.event_id = b.event_id and a.table_no = b.table_no))`);
  return rows[0]!.n;
}

describe('booking and answering', () => {
  let first: Meeting;

  it('a party requests a slot; the lowest free table is taken; the other party is told', async () => {
    const response = await book(p1, {
      counterpartOrganizationId: d1.organizationId,
      startsAt: slot(0),
    });
    expect(response.statusCode, response.body).toBe(201);
    first = response.json<Meeting>();
    expect(first).toMatchObject({
      status: 'requested',
      origin: 'request',
      tableNo: 1,
      startsAt: slot(0),
      endsAt: slot(1),
      requestedByOrganizationId: p1.organizationId,
      producer: { id: p1.organizationId },
      distributor: { id: d1.organizationId },
      actions: ['cancel'],
    });
    const [told] = await ctx.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, d1.user.id), eq(notifications.kind, 'meeting.requested')),
      );
    expect(told).toBeDefined();
  });

  it('only the asked party answers; strangers get 404', async () => {
    expect((await act(p1, first, 'accept')).statusCode).toBe(403);
    expect((await act(coordinator, first, 'accept')).statusCode).toBe(403);
    expect((await act(p2, first, 'accept')).statusCode).toBe(404);
    const accepted = await act(d1, first, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    first = accepted.json<Meeting>();
    expect(first.status).toBe('accepted');
    const again = await act(d1, first, 'decline');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['cancel'] });
  });

  it('refuses a double-booked party with 409 MEETING_CLASH naming the slot', async () => {
    const sameProducer = await book(p1, {
      counterpartOrganizationId: d2.organizationId,
      startsAt: slot(0),
    });
    expect(sameProducer.statusCode).toBe(409);
    expect(sameProducer.json()).toMatchObject({
      code: 'MEETING_CLASH',
      clash: {
        with: 'producer',
        startsAt: slot(0),
        endsAt: slot(1),
        tableNo: 1,
        meetingId: first.id,
      },
    });
    // D2 asking P1 learns that P1 is busy then, but not with whom.
    const fromOtherSide = await book(d2, {
      counterpartOrganizationId: p1.organizationId,
      startsAt: slot(0),
    });
    expect(fromOtherSide.json()).toMatchObject({
      code: 'MEETING_CLASH',
      clash: { with: 'producer' },
    });
    expect(fromOtherSide.json<{ clash: object }>().clash).not.toHaveProperty('meetingId');
    const sameDistributor = await book(coordinator, {
      producerOrganizationId: p2.organizationId,
      distributorOrganizationId: d1.organizationId,
      startsAt: slot(0),
    });
    expect(sameDistributor.json()).toMatchObject({
      code: 'MEETING_CLASH',
      clash: { with: 'distributor' },
    });
  });

  it('refuses a taken table, or takes the next free one when none is named', async () => {
    const taken = await book(coordinator, {
      producerOrganizationId: p2.organizationId,
      distributorOrganizationId: d2.organizationId,
      startsAt: slot(0),
      tableNo: 1,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      code: 'MEETING_CLASH',
      clash: { with: 'table', tableNo: 1, meetingId: first.id },
    });
    const auto = await book(coordinator, {
      producerOrganizationId: p2.organizationId,
      distributorOrganizationId: d2.organizationId,
      startsAt: slot(0),
    });
    expect(auto.statusCode, auto.body).toBe(201);
    expect(auto.json<Meeting>()).toMatchObject({
      status: 'scheduled',
      origin: 'coordinator',
      tableNo: 2,
    });
  });

  it('allows back-to-back slots and refuses an overlapping slot at another event', async () => {
    const next = await book(p1, {
      counterpartOrganizationId: d1.organizationId,
      startsAt: slot(1),
    });
    expect(next.statusCode, next.body).toBe(201);
    // A second event whose grid is 10 minutes off: its first slot overlaps P1's meeting at slot 0.
    const other = await publishedEvent(ctx, coordinator, {
      startsAt: minutes(new Date(event.startsAt), 10).toISOString(),
      endsAt: minutes(new Date(event.startsAt), 250).toISOString(),
      meetingHours: [],
    });
    await attend(ctx, coordinator, other.id, [p1, d2]);
    const overlapping = await book(
      p1,
      { counterpartOrganizationId: d2.organizationId, startsAt: other.startsAt },
      other.id,
    );
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({
      code: 'MEETING_CLASH',
      clash: { with: 'producer', startsAt: slot(0) },
    });
    expect(await doubleBookings()).toBe(0);
  });

  it('frees the slot when a request is declined or a meeting cancelled', async () => {
    const request = (
      await book(d2, { counterpartOrganizationId: p1.organizationId, startsAt: slot(3) })
    ).json<Meeting>();
    expect((await act(p1, request, 'decline')).json<Meeting>().status).toBe('declined');
    const retry = (
      await book(d2, { counterpartOrganizationId: p1.organizationId, startsAt: slot(3) })
    ).json<Meeting>();
    expect(retry.status).toBe('requested');
    const cancelled = await act(d2, retry, 'cancel', { reason: 'Đổi lịch' });
    expect(cancelled.json<Meeting>().status).toBe('cancelled');
    expect(
      (await book(p1, { counterpartOrganizationId: d2.organizationId, startsAt: slot(3) }))
        .statusCode,
    ).toBe(201);
  });

  it('refuses bad bookings with 4xx codes', async () => {
    const cases: [Account, Record<string, unknown>, number, string, string?][] = [
      [
        p1,
        {
          counterpartOrganizationId: d1.organizationId,
          startsAt: minutes(new Date(slot(4)), 5).toISOString(),
        },
        400,
        'VALIDATION_FAILED',
        '/startsAt',
      ],
      [
        p1,
        { counterpartOrganizationId: d1.organizationId, startsAt: slot(9) },
        400,
        'VALIDATION_FAILED',
        '/startsAt',
      ],
      [
        p1,
        { counterpartOrganizationId: d1.organizationId, startsAt: slot(4), tableNo: 2 },
        400,
        'VALIDATION_FAILED',
        '/tableNo',
      ],
      [p1, { startsAt: slot(4) }, 400, 'VALIDATION_FAILED', '/counterpartOrganizationId'],
      [
        p1,
        { counterpartOrganizationId: p2.organizationId, startsAt: slot(4) },
        409,
        'INVALID_STATE',
      ],
      [
        p1,
        { counterpartOrganizationId: outsider.organizationId, startsAt: slot(4) },
        409,
        'INVALID_STATE',
      ],
      [
        outsider,
        { counterpartOrganizationId: d1.organizationId, startsAt: slot(4) },
        409,
        'INVALID_STATE',
      ],
      [
        coordinator,
        {
          producerOrganizationId: p1.organizationId,
          distributorOrganizationId: d1.organizationId,
          startsAt: slot(4),
          tableNo: 4,
        },
        400,
        'VALIDATION_FAILED',
        '/tableNo',
      ],
      [
        coordinator,
        { counterpartOrganizationId: d1.organizationId, startsAt: slot(4) },
        400,
        'VALIDATION_FAILED',
        '/counterpartOrganizationId',
      ],
    ];
    for (const [account, payload, status, code, path] of cases) {
      const response = await book(account, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json()).toMatchObject({ code });
      if (path) {
        expect(response.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe(path);
      }
    }
    const { match } = await insertMatch(ctx.database, {
      producerOrgId: p2.organizationId,
      distributorOrgId: d2.organizationId,
      status: 'introduced',
    });
    const wrongPair = await book(p1, {
      counterpartOrganizationId: d1.organizationId,
      startsAt: slot(4),
      matchId: match.id,
    });
    expect(wrongPair.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('/matchId');
  });
});

describe('concurrency', () => {
  it('50 concurrent requests for the same slot: exactly one wins, the rest 409, none 5xx', async () => {
    const requests = Array.from({ length: 50 }, (_, i) =>
      i % 2 === 0
        ? book(p2, { counterpartOrganizationId: d1.organizationId, startsAt: slot(6) })
        : book(d1, { counterpartOrganizationId: p2.organizationId, startsAt: slot(6) }),
    );
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.statusCode);
    const odd = responses.filter((r) => r.statusCode !== 201 && r.statusCode !== 409);
    expect(odd.map((r) => `${r.statusCode} ${r.body}`)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(
      responses
        .filter((r) => r.statusCode === 409)
        .every((r) => r.json<{ code: string }>().code === 'MEETING_CLASH'),
    ).toBe(true);
    const stored = await ctx.database.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.eventId, event.id), eq(meetings.startsAt, new Date(slot(6)))));
    expect(stored).toHaveLength(1);
    expect(await doubleBookings()).toBe(0);
  });
});

describe('the database itself', () => {
  it('refuses an overlapping active meeting even written past the API (exclusion constraints)', async () => {
    const [existing] = await ctx.database.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.eventId, event.id), eq(meetings.status, 'accepted')));
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = existing!;
    for (const change of [
      { distributorOrgId: d2.organizationId, tableNo: 3 },
      { producerOrgId: p2.organizationId, tableNo: 3 },
      { producerOrgId: p2.organizationId, distributorOrgId: d2.organizationId },
    ]) {
      const inserted = ctx.database.db
        .insert(meetings)
        .values({ ...copy, ...change, startsAt: minutes(existing!.startsAt, 10) });
      await expect(inserted).rejects.toMatchObject({ cause: { code: '23P01' } });
    }
    // Cancelled and declined meetings do not hold their slot.
    await expect(
      ctx.database.db
        .insert(meetings)
        .values({ ...copy, status: 'cancelled', origin: 'coordinator', acceptedAt: null })
        .returning(),
    ).resolves.toHaveLength(1);
  });
});

describe('after the event', () => {
  it('records outcomes once the slot has begun and reports acceptance and held rates', async () => {
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/meetings`,
      headers: authHeader(coordinator.accessToken),
    });
    const grid = list.json<MeetingList>();
    expect(grid.slots).toHaveLength(9);
    expect(grid.tables).toBe(3);
    const accepted = grid.items.find((m) => m.status === 'accepted')!;
    const early = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}/meetings/${accepted.id}`,
      headers: authHeader(p1.accessToken),
      payload: { version: accepted.version, outcome: 'held' },
    });
    expect(early.statusCode).toBe(409);
    // The meeting's slot moves into the past (as if the event had taken place).
    await ctx.database.db
      .update(meetings)
      .set({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() - 2_400_000) })
      .where(eq(meetings.id, accepted.id));
    const recorded = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}/meetings/${accepted.id}`,
      headers: authHeader(d1.accessToken),
      payload: { version: accepted.version, outcome: 'mou', outcomeNote: 'Ký MoU tại chỗ' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json<Meeting>()).toMatchObject({ outcome: 'mou', actions: ['outcome'] });
    const report = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/report`,
      headers: authHeader(coordinator.accessToken),
    });
    const body = report.json<EventReport>();
    // Answered requests: the first (accepted), the one declined. Accepted: 1 of 2.
    expect(body).toMatchObject({ requestsAnswered: 2, requestsAccepted: 1, acceptanceRate: 0.5 });
    expect(body).toMatchObject({ withOutcome: 1, heldRate: 1, outcomes: { mou: 1, held: 0 } });
    expect(body.registrations.accepted).toBe(4);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/events/${event.id}/report`,
          headers: authHeader(p1.accessToken),
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a declined registration cancels that organization’s meetings; edits cannot strand meetings', async () => {
    const shrink = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: (await currentEvent()).version, tables: 1 },
    });
    expect(shrink.statusCode).toBe(409);
    const regs = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/registrations`,
      headers: authHeader(p2.accessToken),
    });
    const reg = regs.json<{ items: Registration[] }>().items[0]!;
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.id}/registrations/${reg.id}/decline`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: reg.version },
    });
    const left = await ctx.database.db
      .select()
      .from(meetings)
      .where(and(eq(meetings.producerOrgId, p2.organizationId), eq(meetings.eventId, event.id)));
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((m) => m.status === 'cancelled' || m.status === 'declined')).toBe(true);
  });
});

async function currentEvent() {
  return (
    await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}`,
      headers: authHeader(coordinator.accessToken),
    })
  ).json<Event>();
}
