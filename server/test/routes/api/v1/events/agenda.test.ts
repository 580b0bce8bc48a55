import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { DraftAgendaResult, Event, Meeting, MeetingSuggestionList } from '@ketnoi/shared';
import { organizations } from '../../../../../src/db/schema/index.ts';
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
let p3: Account;
let d1: Account;
let d2: Account;
let event: Event;
const matchIds: Record<string, string> = {};

/** Long, with every character iCalendar escapes, to exercise escaping and folding. */
const trickyName =
  'Hợp tác xã Nông sản Sạch; Rau, Củ, Quả \\ Đặc sản Miền Tây "Xanh" — chi nhánh Thành phố Hồ Chí Minh';

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, p1, p2, p3, d1, d2] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const a of [p1, p2, p3, d1, d2]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  await ctx.database.db
    .update(organizations)
    .set({ tradingName: trickyName })
    .where(eq(organizations.id, d1.organizationId));
  // One slot window of an hour (3 slots) and one table: few places, so the plan is checkable.
  const start = new Date(Date.now() + 72 * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  event = await publishedEvent(ctx, coordinator, {
    startsAt: start.toISOString(),
    endsAt: minutes(start, 240).toISOString(),
    tables: 1,
    meetingHours: [{ startsAt: start.toISOString(), endsAt: minutes(start, 60).toISOString() }],
  });
  await attend(ctx, coordinator, event.id, [p1, p2, d1, d2]);
  const pairs = [
    ['p1d1', p1, d1, 'introduced', 80],
    ['p1d1b', p1, d1, 'negotiating', 60],
    ['p2d2', p2, d2, 'won', 90],
    ['p2d1', p2, d1, 'sample_sent', 50],
    ['p1d2', p1, d2, 'proposed', 99],
    ['p2d1lost', p2, d1, 'lost', 95],
    ['p3d1', p3, d1, 'introduced', 99],
  ] as const;
  for (const [key, producer, distributor, status, score] of pairs) {
    const { match } = await insertMatch(ctx.database, {
      producerOrgId: producer.organizationId,
      distributorOrgId: distributor.organizationId,
      status,
      score,
    });
    matchIds[key] = match.id;
  }
});
afterAll(async () => {
  await ctx?.close();
});

const get = (url: string, token: string) =>
  ctx.app.inject({ method: 'GET', url, headers: authHeader(token) });

describe('meeting suggestions', () => {
  it('pairs introduced matches of attending organizations, best first, one entry per pair', async () => {
    const all = (
      await get(`/api/v1/events/${event.id}/meeting-suggestions`, coordinator.accessToken)
    ).json<MeetingSuggestionList>();
    expect(all.items.map((s) => [s.producer.id, s.distributor.id, s.score])).toEqual([
      [p2.organizationId, d2.organizationId, 90],
      [p1.organizationId, d1.organizationId, 80],
      [p2.organizationId, d1.organizationId, 50],
    ]);
    expect(all.items[1]!.matches.map((m) => m.id)).toEqual([matchIds.p1d1, matchIds.p1d1b]);
    expect(all.items[1]!.distributor.name).toBe(trickyName);
    const mine = (
      await get(`/api/v1/events/${event.id}/meeting-suggestions`, p1.accessToken)
    ).json<MeetingSuggestionList>();
    expect(mine.items.map((s) => s.distributor.id)).toEqual([d1.organizationId]);
    const outsider = (
      await get(`/api/v1/events/${event.id}/meeting-suggestions`, p3.accessToken)
    ).json<MeetingSuggestionList>();
    expect(outsider.items).toEqual([]);
  });
});

describe('draft agenda', () => {
  let first: DraftAgendaResult;

  it('books each suggested pair in the earliest slot both have free, without clashes', async () => {
    // D1 is already busy in the first slot with P2 (requested by P2).
    const requested = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.id}/meetings`,
      headers: authHeader(p2.accessToken),
      payload: { counterpartOrganizationId: d1.organizationId, startsAt: event.startsAt },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.id}/agenda/draft`,
      headers: authHeader(coordinator.accessToken),
    });
    expect(response.statusCode, response.body).toBe(200);
    first = response.json<DraftAgendaResult>();
    const slot = (i: number) => minutes(new Date(event.startsAt), 20 * i).toISOString();
    // P2–D1 already has a meeting; P2–D2 (90) cannot take slot 0 (P2 busy), so slot 1;
    // P1–D1 (80) cannot take slot 0 (D1 busy) nor slot 1 (the one table is taken): slot 2.
    expect(first.alreadyScheduled).toBe(1);
    expect(
      first.created.map((m) => [
        m.producer.id,
        m.distributor.id,
        m.startsAt,
        m.tableNo,
        m.status,
        m.matchId,
      ]),
    ).toEqual([
      [p2.organizationId, d2.organizationId, slot(1), 1, 'scheduled', matchIds.p2d2],
      [p1.organizationId, d1.organizationId, slot(2), 1, 'scheduled', matchIds.p1d1],
    ]);
    expect(first.unplaced).toEqual([]);
  });

  it('is idempotent: run again with the same input, it books nothing', async () => {
    const again = (
      await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/events/${event.id}/agenda/draft`,
        headers: authHeader(coordinator.accessToken),
      })
    ).json<DraftAgendaResult>();
    expect(again).toEqual({ created: [], alreadyScheduled: 3, unplaced: [] });
    const { rows } = await ctx.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from meetings where event_id = ${event.id}`,
    );
    expect(rows[0]!.n).toBe(3);
  });

  it('is for coordinators only', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/events/${event.id}/agenda/draft`,
      headers: authHeader(p1.accessToken),
    });
    expect(response.statusCode).toBe(403);
  });
});

/** Unfolds RFC 5545 content lines (CRLF + one space continues a line). */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('agenda.ics', () => {
  it('is a valid iCalendar: CRLF, folded at 75 octets, escaped text, UTC times', async () => {
    const response = await get(`/api/v1/events/${event.id}/agenda.ics`, d1.accessToken);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="agenda-[0-9a-f]{8}\.ics"$/,
    );
    const body = response.body;
    expect(body.endsWith('\r\n')).toBe(true);
    const lines = body.slice(0, -2).split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');

    const content = unfold(body).split('\r\n').filter(Boolean);
    const events = content.filter((l) => l === 'BEGIN:VEVENT').length;
    expect(events).toBe(2);
    expect(content.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    const meetings = (await get(`/api/v1/events/${event.id}/meetings`, d1.accessToken)).json<{
      items: Meeting[];
    }>().items;
    for (const m of meetings) {
      const start = m.startsAt.replace(/[-:]/g, '').replace('.000', '');
      expect(content).toContain(`UID:${m.id}@ketnoi.vn`);
      expect(content).toContain(`DTSTART:${start}`);
    }
    expect(
      content
        .filter((l) => l.startsWith('DTSTART:'))
        .every((l) => /^DTSTART:\d{8}T\d{6}Z$/.test(l)),
    ).toBe(true);
    expect(
      content
        .filter((l) => l.startsWith('DTSTAMP:'))
        .every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l)),
    ).toBe(true);
    expect(content).toContain('STATUS:TENTATIVE');
    expect(content).toContain('STATUS:CONFIRMED');
    // The escaped organization name appears in a DESCRIPTION, which reads back to the original.
    const description = content.find((l) => l.startsWith('DESCRIPTION:') && l.includes('Xanh'))!;
    expect(description).toContain('Sạch\\; Rau\\, Củ\\, Quả \\\\ Đặc sản');
    const unescaped = description
      .slice('DESCRIPTION:'.length)
      .replace(/\\n/g, '\n')
      .replace(/\\([,;\\])/g, '$1');
    expect(unescaped).toContain(trickyName);
  });

  it('is the caller’s own: a stranger gets an empty calendar, anonymous 401', async () => {
    const stranger = await get(`/api/v1/events/${event.id}/agenda.ics`, p3.accessToken);
    expect(stranger.statusCode).toBe(200);
    expect(stranger.body).not.toContain('BEGIN:VEVENT');
    const anonymous = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/agenda.ics`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
