import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { Event, Meeting, Registration } from '@ketnoi/shared';
import { meetings } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';
import { attend, createEvent, minutes, publishedEvent, register } from './programme-fixtures.ts';

/**
 * Every events route × every actor (RELIABILITY-TESTS S1): anonymous; producer A and a second
 * member of A's organization, distributor A (both accepted participants of the event); producer B
 * and distributor B (verified, not registered); a coordinator; an admin. A denied write leaves the
 * programme tables exactly as they were (checksum).
 */
type ActorKey = 'anon' | 'pA' | 'pA2' | 'dA' | 'pB' | 'dB' | 'coordinator' | 'admin';
const actorKeys: ActorKey[] = ['anon', 'pA', 'pA2', 'dA', 'pB', 'dB', 'coordinator', 'admin'];
type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: object };

let ctx: TestContext;
const actors = {} as Record<Exclude<ActorKey, 'anon'>, Account>;
let event: Event;
let nextSlot = 0;

beforeAll(async () => {
  ctx = await createTestContext();
  const [coordinator, admin, pA, dA, pB, dB] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const a of [pA, dA, pB, dB]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  const pA2 = (await quickMember(ctx.app, ctx.database, pA.organizationId)).account!;
  Object.assign(actors, { coordinator, admin, pA, pA2, dA, pB, dB });
  const start = new Date(Date.now() + 96 * 3600_000);
  start.setUTCMinutes(0, 0, 0);
  event = await publishedEvent(ctx, coordinator, {
    startsAt: start.toISOString(),
    endsAt: minutes(start, 15 * 60).toISOString(),
    meetingHours: [],
  });
  await attend(ctx, coordinator, event.id, [pA, dA]);
});
afterAll(async () => {
  await ctx?.close();
});

const staff = (k: ActorKey) => k === 'coordinator' || k === 'admin';
const slot = () => minutes(new Date(event.startsAt), 20 * nextSlot++).toISOString();
const send = (k: ActorKey, call: Call) =>
  ctx.app.inject({
    method: call.method,
    url: call.url,
    headers: k === 'anon' ? {} : authHeader(actors[k].accessToken),
    ...(call.payload ? { payload: call.payload } : {}),
  });

async function checksum(): Promise<string> {
  const { rows } = await ctx.database.db.execute<{ sum: string }>(sql`
    select md5(coalesce((select string_agg(id || status::text || version, ',' order by id) from events), '')
            || coalesce((select string_agg(id || status::text || version, ',' order by id) from event_registrations), '')
            || coalesce((select string_agg(id || status::text || version || coalesce(outcome::text, ''), ',' order by id) from meetings), '')) as sum`);
  return rows[0]!.sum;
}

/** A meeting pA asked dA for, in a slot of its own. */
async function requestedMeeting(): Promise<Meeting> {
  const response = await send('pA', {
    method: 'POST',
    url: `/api/v1/events/${event.id}/meetings`,
    payload: { counterpartOrganizationId: actors.dA.organizationId, startsAt: slot() },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Meeting>();
}

let pastHours = 1;
/** An accepted meeting moved into the past (each to its own hour), ready for an outcome. */
async function pastMeeting(): Promise<Meeting> {
  const m = await requestedMeeting();
  const accepted = await send('dA', {
    method: 'POST',
    url: `/api/v1/events/${event.id}/meetings/${m.id}/accept`,
    payload: { version: m.version },
  });
  const startsAt = new Date(Date.now() - pastHours++ * 3600_000);
  await ctx.database.db
    .update(meetings)
    .set({ startsAt, endsAt: minutes(startsAt, 20) })
    .where(eq(meetings.id, m.id));
  return accepted.json<Meeting>();
}

async function pendingRegistrationOfB(): Promise<{ event: Event; registration: Registration }> {
  const fresh = await publishedEvent(ctx, actors.coordinator);
  const registered = await register(ctx, actors.pB, fresh.id);
  return { event: fresh, registration: registered.json<Registration>() };
}

const e = () => `/api/v1/events/${event.id}`;
const all = (status: number) =>
  Object.fromEntries(actorKeys.map((k) => [k, status])) as Record<ActorKey, number>;
const authenticated = (status: number) => ({ ...all(status), anon: 401 });
const staffOnly = (ok: number, others = 403) => ({
  ...authenticated(others),
  coordinator: ok,
  admin: ok,
});

const table: {
  route: string;
  call: (k: ActorKey) => Promise<Call>;
  expect: Record<ActorKey, number>;
}[] = [
  {
    route: 'POST /api/v1/events',
    call: async () => ({
      method: 'POST',
      url: '/api/v1/events',
      payload: {
        kind: 'fair',
        titleVi: 'Hội chợ',
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        place: 'SECC',
      },
    }),
    expect: staffOnly(201),
  },
  {
    route: 'GET /api/v1/events',
    call: async () => ({ method: 'GET', url: '/api/v1/events' }),
    expect: all(200),
  },
  {
    route: 'GET /api/v1/events/:id',
    call: async () => ({
      method: 'GET',
      url: `/api/v1/events/${(await createEvent(ctx, actors.coordinator)).id}`,
    }),
    expect: { ...all(404), coordinator: 200, admin: 200 },
  },
  {
    route: 'PATCH /api/v1/events/:id',
    call: async () => {
      const draft = await createEvent(ctx, actors.coordinator);
      return {
        method: 'PATCH',
        url: `/api/v1/events/${draft.id}`,
        payload: { version: draft.version, place: 'GEM' },
      };
    },
    expect: staffOnly(200),
  },
  {
    route: 'POST /api/v1/events/:id/publish',
    call: async () => {
      const draft = await createEvent(ctx, actors.coordinator);
      return {
        method: 'POST',
        url: `/api/v1/events/${draft.id}/publish`,
        payload: { version: draft.version },
      };
    },
    expect: staffOnly(200),
  },
  {
    route: 'POST /api/v1/events/:id/cancel',
    call: async () => {
      const fresh = await publishedEvent(ctx, actors.coordinator);
      return {
        method: 'POST',
        url: `/api/v1/events/${fresh.id}/cancel`,
        payload: { version: fresh.version, reason: 'Hoãn' },
      };
    },
    expect: staffOnly(200),
  },
  {
    route: 'POST /api/v1/events/:id/registrations',
    call: async () => ({
      method: 'POST',
      url: `/api/v1/events/${(await publishedEvent(ctx, actors.coordinator)).id}/registrations`,
      payload: {},
    }),
    expect: { ...authenticated(201), coordinator: 403, admin: 403 },
  },
  {
    route: 'GET /api/v1/events/:id/registrations',
    call: async () => ({ method: 'GET', url: `${e()}/registrations` }),
    expect: authenticated(200),
  },
  ...(['accept', 'decline'] as const).map((action) => ({
    route: `POST /api/v1/events/:id/registrations/:rid/${action}`,
    call: async () => {
      const { event: fresh, registration } = await pendingRegistrationOfB();
      return {
        method: 'POST' as const,
        url: `/api/v1/events/${fresh.id}/registrations/${registration.id}/${action}`,
        payload: { version: registration.version },
      };
    },
    expect: { ...staffOnly(200, 404), pB: 403 },
  })),
  {
    route: 'POST /api/v1/events/:id/registrations/:rid/cancel',
    call: async () => {
      const { event: fresh, registration } = await pendingRegistrationOfB();
      return {
        method: 'POST',
        url: `/api/v1/events/${fresh.id}/registrations/${registration.id}/cancel`,
        payload: { version: registration.version },
      };
    },
    expect: { ...staffOnly(200, 404), pB: 200 },
  },
  {
    route: 'GET /api/v1/events/:id/participants',
    call: async () => ({ method: 'GET', url: `${e()}/participants` }),
    expect: { ...authenticated(200), pB: 403, dB: 403 },
  },
  {
    route: 'GET /api/v1/events/:id/meeting-suggestions',
    call: async () => ({ method: 'GET', url: `${e()}/meeting-suggestions` }),
    expect: authenticated(200),
  },
  {
    route: 'POST /api/v1/events/:id/meetings',
    call: async (k) => ({
      method: 'POST',
      url: `${e()}/meetings`,
      payload: staff(k)
        ? {
            producerOrganizationId: actors.pA.organizationId,
            distributorOrganizationId: actors.dA.organizationId,
            startsAt: slot(),
          }
        : {
            counterpartOrganizationId:
              k === 'dA' || k === 'dB' ? actors.pA.organizationId : actors.dA.organizationId,
            startsAt: slot(),
          },
    }),
    expect: { ...authenticated(201), pB: 409, dB: 409 },
  },
  {
    route: 'GET /api/v1/events/:id/meetings',
    call: async () => ({ method: 'GET', url: `${e()}/meetings` }),
    expect: authenticated(200),
  },
  ...(['accept', 'decline'] as const).map((action) => ({
    route: `POST /api/v1/events/:id/meetings/:mid/${action}`,
    call: async () => {
      const m = await requestedMeeting();
      return {
        method: 'POST' as const,
        url: `${e()}/meetings/${m.id}/${action}`,
        payload: { version: m.version },
      };
    },
    expect: { ...authenticated(403), pB: 404, dB: 404, dA: 200 },
  })),
  {
    route: 'POST /api/v1/events/:id/meetings/:mid/cancel',
    call: async () => {
      const m = await requestedMeeting();
      return {
        method: 'POST',
        url: `${e()}/meetings/${m.id}/cancel`,
        payload: { version: m.version },
      };
    },
    expect: { ...authenticated(200), pB: 404, dB: 404 },
  },
  {
    route: 'PATCH /api/v1/events/:id/meetings/:mid',
    call: async () => {
      const m = await pastMeeting();
      return {
        method: 'PATCH',
        url: `${e()}/meetings/${m.id}`,
        payload: { version: m.version, outcome: 'held' },
      };
    },
    expect: { ...authenticated(200), pB: 404, dB: 404 },
  },
  {
    route: 'GET /api/v1/events/:id/agenda.ics',
    call: async () => ({ method: 'GET', url: `${e()}/agenda.ics` }),
    expect: authenticated(200),
  },
  {
    route: 'POST /api/v1/events/:id/agenda/draft',
    call: async () => ({ method: 'POST', url: `${e()}/agenda/draft` }),
    expect: staffOnly(200),
  },
  {
    route: 'GET /api/v1/events/:id/report',
    call: async () => ({ method: 'GET', url: `${e()}/report` }),
    expect: staffOnly(200),
  },
];

/** `printRoutes` as `METHOD /path` lines (HEAD left out), for the routes under a prefix. */
function registeredRoutes(prefix: string): string[] {
  const found = new Set<string>();
  const stack: string[] = [];
  for (const line of ctx.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    if (!m) {
      continue;
    }
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    const path = stack.join('').replace(/\/$/, '');
    if (path.startsWith(prefix)) {
      for (const method of m[3]!.split(', ').filter((x) => x !== 'HEAD')) {
        found.add(`${method} ${path}`);
      }
    }
  }
  return [...found].sort();
}

describe('authorization matrix for /events', () => {
  it('lists every registered events route', () => {
    expect(table.map((t) => t.route).sort()).toEqual(registeredRoutes('/api/v1/events'));
  });

  for (const row of table) {
    it(row.route, async () => {
      const failures: string[] = [];
      for (const k of actorKeys) {
        const call = await row.call(k);
        const before = call.method === 'GET' ? '' : await checksum();
        const response = await send(k, call);
        if (response.statusCode !== row.expect[k]) {
          failures.push(
            `${k}: ${response.statusCode} (expected ${row.expect[k]}) ${response.body.slice(0, 200)}`,
          );
        }
        if (response.statusCode >= 500) {
          failures.push(`${k}: 5xx`);
        }
        if (call.method !== 'GET' && response.statusCode >= 400 && (await checksum()) !== before) {
          failures.push(`${k}: a denied write changed the programme tables`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
