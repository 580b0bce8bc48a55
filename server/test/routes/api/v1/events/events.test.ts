import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import type { Event, EventPage, Registration, RegistrationList } from '@ketnoi/shared';
import { auditLog, events, notifications } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  attend,
  createEvent,
  hoursAhead,
  minutes,
  publishEvent,
  publishedEvent,
  register,
} from './programme-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let producer: Account;
let producer2: Account;
let distributor: Account;
let unverified: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, producer, producer2, distributor, unverified] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
  for (const a of [producer, producer2, distributor]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
});
afterAll(async () => {
  await ctx?.close();
});

const get = (url: string, token?: string) =>
  ctx.app.inject({ method: 'GET', url, headers: token ? authHeader(token) : {} });
const post = (url: string, token: string, payload: Record<string, unknown>) =>
  ctx.app.inject({ method: 'POST', url, headers: authHeader(token), payload });

describe('events', () => {
  it('creates a draft with defaults, hidden from the public until published', async () => {
    const draft = await createEvent(ctx, coordinator, {
      meetingHours: undefined,
      tables: undefined,
    });
    expect(draft).toMatchObject({
      status: 'draft',
      slotMinutes: 20,
      tables: 10,
      country: 'VN',
      programmes: ['market_information'],
      registrationDeadline: draft.startsAt,
      acceptedCount: 0,
      registrationOpen: false,
    });
    expect((await get(`/api/v1/events/${draft.id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/events/${draft.id}`, producer.accessToken)).statusCode).toBe(404);
    const publicList = (await get('/api/v1/events')).json<EventPage>();
    expect(publicList.items.map((e) => e.id)).not.toContain(draft.id);

    const published = await publishEvent(ctx, coordinator, draft);
    expect(published).toMatchObject({ status: 'published', registrationOpen: true, version: 2 });
    expect((await get(`/api/v1/events/${draft.id}`)).json<Event>().status).toBe('published');
    const again = await post(`/api/v1/events/${draft.id}/publish`, coordinator.accessToken, {
      version: 2,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['cancel'] });
  });

  it('refuses bad dates and meeting hours with field errors, never a 5xx', async () => {
    const startsAt = hoursAhead(72);
    const base = {
      kind: 'fair',
      titleVi: 'Hội chợ OCOP',
      startsAt: startsAt.toISOString(),
      endsAt: minutes(startsAt, 240).toISOString(),
      place: 'Nhà Văn hóa Thanh niên',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: startsAt.toISOString() }, '/endsAt'],
      [{ registrationDeadline: minutes(startsAt, 300).toISOString() }, '/registrationDeadline'],
      [
        {
          meetingHours: [
            { startsAt: minutes(startsAt, -60).toISOString(), endsAt: startsAt.toISOString() },
          ],
        },
        '/meetingHours/0',
      ],
      [
        {
          meetingHours: [
            {
              startsAt: minutes(startsAt, 60).toISOString(),
              endsAt: minutes(startsAt, 120).toISOString(),
            },
            {
              startsAt: minutes(startsAt, 90).toISOString(),
              endsAt: minutes(startsAt, 150).toISOString(),
            },
          ],
        },
        '/meetingHours/1',
      ],
      [{ slotMinutes: 7 }, '/slotMinutes'],
      [{ status: 'published' }, '/status'],
    ];
    for (const [override, path] of cases) {
      const response = await post('/api/v1/events', coordinator.accessToken, {
        ...base,
        ...override,
      });
      expect(response.statusCode, JSON.stringify(override)).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe(path);
    }
  });

  it('edits with optimistic versions', async () => {
    const event = await createEvent(ctx, coordinator);
    const edited = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: event.version, place: 'GEM Center', capacity: 40 },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Event>()).toMatchObject({ place: 'GEM Center', capacity: 40, version: 2 });
    const stale = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/events/${event.id}`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: 1, place: 'Elsewhere' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
  });

  it('cancels an event with a reason, tells registrants and keeps it visible as cancelled', async () => {
    const event = await publishedEvent(ctx, coordinator);
    await attend(ctx, coordinator, event.id, [producer2]);
    const noReason = await post(`/api/v1/events/${event.id}/cancel`, coordinator.accessToken, {
      version: event.version,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    const cancelled = await post(`/api/v1/events/${event.id}/cancel`, coordinator.accessToken, {
      version: event.version,
      reason: 'Thời tiết xấu',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect((await get(`/api/v1/events/${event.id}`)).json<Event>()).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Thời tiết xấu',
    });
    const [told] = await ctx.database.db
      .select({ n: count() })
      .from(notifications)
      .where(
        and(eq(notifications.userId, producer2.user.id), eq(notifications.kind, 'event.cancelled')),
      );
    expect(told!.n).toBe(1);
    const [audited] = await ctx.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, event.id), eq(auditLog.action, 'event.cancel')));
    expect(audited!.n).toBe(1);
  });
});

describe('registrations', () => {
  it('registers a verified organization once; coordinators accept within capacity', async () => {
    const event = await publishedEvent(ctx, coordinator, { capacity: 1 });
    const first = await register(ctx, producer, event.id);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<Registration>()).toMatchObject({ status: 'pending' });
    expect((await register(ctx, producer, event.id)).json()).toMatchObject({
      code: 'INVALID_STATE',
    });
    const notVerified = await register(ctx, unverified, event.id);
    expect(notVerified.json()).toMatchObject({ code: 'ORGANIZATION_NOT_VERIFIED' });
    expect((await register(ctx, coordinator, event.id)).statusCode).toBe(403);

    const second = await register(ctx, distributor, event.id);
    expect(second.statusCode).toBe(201);
    const { id, version } = first.json<Registration>();
    const selfAccept = await post(
      `/api/v1/events/${event.id}/registrations/${id}/accept`,
      producer.accessToken,
      { version },
    );
    expect(selfAccept.statusCode).toBe(403);
    const accepted = await post(
      `/api/v1/events/${event.id}/registrations/${id}/accept`,
      coordinator.accessToken,
      { version },
    );
    expect(accepted.json<Registration>()).toMatchObject({ status: 'accepted' });
    const overCapacity = await post(
      `/api/v1/events/${event.id}/registrations/${second.json<Registration>().id}/accept`,
      coordinator.accessToken,
      { version: 1 },
    );
    expect(overCapacity.statusCode).toBe(409);
    expect(overCapacity.json()).toMatchObject({ code: 'EVENT_FULL' });
    const lateComer = await register(ctx, producer2, event.id);
    expect(lateComer.json()).toMatchObject({ code: 'EVENT_FULL' });
    expect((await get(`/api/v1/events/${event.id}`)).json<Event>()).toMatchObject({
      acceptedCount: 1,
      registrationOpen: false,
    });
  });

  it('closes registration at the deadline', async () => {
    const event = await publishedEvent(ctx, coordinator);
    await ctx.database.db
      .update(events)
      .set({ registrationDeadline: new Date(Date.now() - 1000) })
      .where(eq(events.id, event.id));
    const late = await register(ctx, producer, event.id);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'REGISTRATION_CLOSED' });
  });

  it('shows coordinators every registration and a member only its own', async () => {
    const event = await publishedEvent(ctx, coordinator);
    await register(ctx, producer, event.id);
    await register(ctx, distributor, event.id);
    const all = (
      await get(`/api/v1/events/${event.id}/registrations`, coordinator.accessToken)
    ).json<RegistrationList>();
    expect(all.items).toHaveLength(2);
    const own = (
      await get(`/api/v1/events/${event.id}/registrations`, producer.accessToken)
    ).json<RegistrationList>();
    expect(own.items.map((r) => r.organization.id)).toEqual([producer.organizationId]);
    expect((await get(`/api/v1/events/${event.id}/registrations`)).statusCode).toBe(401);
    const mine = (await get(`/api/v1/events/${event.id}`, producer.accessToken)).json<Event>();
    expect(mine.myRegistration).toMatchObject({ status: 'pending' });
    const registered = (
      await get('/api/v1/events?registered=true', producer.accessToken)
    ).json<EventPage>();
    expect(registered.items.map((e) => e.id)).toContain(event.id);
    // Participants: not before being accepted.
    expect(
      (await get(`/api/v1/events/${event.id}/participants`, producer.accessToken)).statusCode,
    ).toBe(403);
  });

  it('lets the organization withdraw and register again; a declined one may not', async () => {
    const event = await publishedEvent(ctx, coordinator);
    const reg = (await register(ctx, producer, event.id)).json<Registration>();
    const withdrawn = await post(
      `/api/v1/events/${event.id}/registrations/${reg.id}/cancel`,
      producer.accessToken,
      { version: reg.version },
    );
    expect(withdrawn.json<Registration>().status).toBe('cancelled');
    const again = await register(ctx, producer, event.id);
    expect(again.statusCode).toBe(201);
    expect(again.json<Registration>()).toMatchObject({ id: reg.id, status: 'pending' });
    const declined = await post(
      `/api/v1/events/${event.id}/registrations/${reg.id}/decline`,
      coordinator.accessToken,
      { version: again.json<Registration>().version, note: 'Chưa phù hợp' },
    );
    expect(declined.json<Registration>()).toMatchObject({
      status: 'declined',
      decisionNote: 'Chưa phù hợp',
    });
    expect((await register(ctx, producer, event.id)).statusCode).toBe(409);
    const other = await post(
      `/api/v1/events/${event.id}/registrations/${reg.id}/cancel`,
      producer2.accessToken,
      { version: 1 },
    );
    expect(other.statusCode).toBe(404);
  });
});
