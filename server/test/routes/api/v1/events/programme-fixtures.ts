import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Event, Registration } from '@ketnoi/shared';
import type { MatchStatus } from '@ketnoi/shared';
import type { Database } from '../../../../../src/db/client.ts';
import {
  demands,
  matches,
  organizations,
  products,
  users,
} from '../../../../../src/db/schema/index.ts';
import type { TestContext } from '../../../../helpers/test-app.ts';
import { authHeader, type Account } from '../../../../helpers/fixtures.ts';

/** A whole hour at least `days` ahead, so slots are on a clean grid and still in the future. */
export function hoursAhead(hours: number): Date {
  const at = new Date(Date.now() + hours * 3600_000);
  at.setUTCMinutes(0, 0, 0);
  return at;
}

export const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

export async function createEvent(
  ctx: TestContext,
  coordinator: Account,
  overrides: Record<string, unknown> = {},
): Promise<Event> {
  const startsAt = hoursAhead(48);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: authHeader(coordinator.accessToken),
    payload: {
      kind: 'trade_connection_conference',
      titleVi: `Hội nghị kết nối cung cầu ${randomBytes(2).toString('hex')}`,
      titleEn: 'Supply–demand connection conference',
      descriptionVi: 'Kết nối nhà sản xuất OCOP với hệ thống phân phối.',
      startsAt: startsAt.toISOString(),
      endsAt: minutes(startsAt, 8 * 60).toISOString(),
      place: 'Trung tâm Hội chợ Triển lãm Sài Gòn (SECC)',
      tables: 3,
      meetingHours: [
        { startsAt: startsAt.toISOString(), endsAt: minutes(startsAt, 180).toISOString() },
      ],
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Event>();
}

export async function publishEvent(ctx: TestContext, coordinator: Account, event: Event) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/events/${event.id}/publish`,
    headers: authHeader(coordinator.accessToken),
    payload: { version: event.version },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Event>();
}

export async function publishedEvent(
  ctx: TestContext,
  coordinator: Account,
  overrides: Record<string, unknown> = {},
) {
  return publishEvent(ctx, coordinator, await createEvent(ctx, coordinator, overrides));
}

export async function register(ctx: TestContext, account: Account, eventId: string) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1/events/${eventId}/registrations`,
    headers: authHeader(account.accessToken),
    payload: {},
  });
}

/** Registers the organizations and has the coordinator accept each. */
export async function attend(
  ctx: TestContext,
  coordinator: Account,
  eventId: string,
  accounts: Account[],
) {
  for (const account of accounts) {
    const registered = await register(ctx, account, eventId);
    expect(registered.statusCode, registered.body).toBe(201);
    const { id, version } = registered.json<Registration>();
    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/events/${eventId}/registrations/${id}/accept`,
      headers: authHeader(coordinator.accessToken),
      payload: { version },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  }
}

/** A product of the producer, a demand of the distributor and their match, written directly. */
export async function insertMatch(
  database: Database,
  params: {
    producerOrgId: string;
    distributorOrgId: string;
    status: MatchStatus;
    score?: number;
    introducedAt?: Date | null;
    productName?: string;
    provinceCode?: string;
    ocopGroup?: string;
    destinationCountry?: string;
  },
) {
  const db = database.db;
  const [creator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.organizationId, params.distributorOrgId))
    .limit(1);
  const [product] = await db
    .insert(products)
    .values({
      producerOrgId: params.producerOrgId,
      nameVi: params.productName ?? `Mật ong bạc hà ${randomBytes(2).toString('hex')}`,
      descriptionVi: 'Mật ong bạc hà cao nguyên đá.',
      ocopGroup: params.ocopGroup ?? 'food',
      category: 'honey',
      provinceCode: params.provinceCode ?? 'tuyen-quang',
      unit: 'kg',
      moq: 10,
      status: 'published',
    })
    .returning({ id: products.id });
  const [demand] = await db
    .insert(demands)
    .values({
      distributorOrgId: params.distributorOrgId,
      createdBy: creator!.id,
      status: 'open',
      title: 'Tìm nhà cung cấp mật ong',
      quantityPerOrder: 100,
      unit: 'kg',
      destinationCountry: params.destinationCountry ?? 'VN',
    })
    .returning({ id: demands.id });
  const [match] = await db
    .insert(matches)
    .values({
      demandId: demand!.id,
      productId: product!.id,
      producerOrgId: params.producerOrgId,
      distributorOrgId: params.distributorOrgId,
      status: params.status,
      score: params.score ?? 70,
      breakdown: {},
      introducedAt: params.introducedAt === undefined ? new Date() : params.introducedAt,
    })
    .returning();
  return { match: match!, productId: product!.id, demandId: demand!.id };
}

export async function setCountry(database: Database, organizationId: string, country: string) {
  await database.db
    .update(organizations)
    .set({ country })
    .where(eq(organizations.id, organizationId));
}
