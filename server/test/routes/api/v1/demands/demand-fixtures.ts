import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Demand, MatchStatus } from '@ketnoi/shared';
import type { Database } from '../../../../../src/db/client.ts';
import { demands, matches, outbox, products } from '../../../../../src/db/schema/index.ts';
import { authHeader, type Account } from '../../../../helpers/fixtures.ts';

/** A date `days` from today, YYYY-MM-DD (UTC is close enough when days ≥ 2). */
export const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const demandBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Mật ong bạc hà cho chuỗi siêu thị',
  description: 'Cần mật ong bạc hà Hà Giang, đóng chai 500 ml, có hóa đơn VAT.',
  category: 'honey',
  quantityPerOrder: 500,
  quantityPerMonth: 1500,
  unit: 'bottle',
  priceMin: 150_000,
  priceMax: 220_000,
  currency: 'VND',
  requiredCertifications: ['vietgap'],
  minOcopStars: 3,
  destinationCountry: 'VN',
  preferredProvinces: ['Hà Giang', 'thai-nguyen'],
  preferredRegions: ['northern-midlands-mountains'],
  neededBy: inDays(30),
  ...overrides,
});

export async function createDemand(
  app: FastifyInstance,
  account: Account,
  overrides: Record<string, unknown> = {},
): Promise<Demand> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/demands',
    headers: authHeader(account.accessToken),
    payload: demandBody(overrides),
  });
  if (response.statusCode !== 201) {
    throw new Error(`create demand failed: ${response.statusCode} ${response.body}`);
  }
  return response.json<Demand>();
}

export async function openDemand(app: FastifyInstance, account: Account, demand: Demand) {
  const response = await app.inject({
    method: 'POST',
    url: `/api/v1/demands/${demand.id}/open`,
    headers: authHeader(account.accessToken),
    payload: { version: demand.version },
  });
  if (response.statusCode !== 200) {
    throw new Error(`open demand failed: ${response.statusCode} ${response.body}`);
  }
  return response.json<Demand>();
}

/** A product of the producer and a match of it with the demand, at the given status. */
export async function matchProducer(
  database: Database,
  demand: Demand,
  producerOrgId: string,
  status: MatchStatus,
) {
  const [product] = await database.db
    .insert(products)
    .values({
      producerOrgId,
      nameVi: 'Mật ong bạc hà',
      descriptionVi: 'Mật ong bạc hà Mèo Vạc',
      ocopGroup: 'food',
      category: 'honey',
      provinceCode: 'tuyen-quang',
      unit: 'bottle',
      moq: 50,
    })
    .returning();
  const [match] = await database.db
    .insert(matches)
    .values({
      demandId: demand.id,
      productId: product!.id,
      distributorOrgId: demand.distributor.id,
      producerOrgId,
      status,
      score: 80,
      breakdown: { score: 80, features: [], gaps: [], demandVersion: 1, productVersion: 1 },
    })
    .returning();
  return match!;
}

/** The outbox rows asking the matching engine to score this demand. */
export async function matchingJobsFor(database: Database, demandId: string) {
  const rows = await database.db.select().from(outbox).where(eq(outbox.topic, 'matching.demand'));
  return rows
    .filter((r) => r.payload.demandId === demandId)
    .map((r) => ({ version: r.payload.version as number, dedupeKey: r.dedupeKey }))
    .sort((a, b) => a.version - b.version);
}

export const demandCount = async (database: Database, distributorOrgId: string) =>
  (await database.db.select().from(demands).where(eq(demands.distributorOrgId, distributorOrgId)))
    .length;
