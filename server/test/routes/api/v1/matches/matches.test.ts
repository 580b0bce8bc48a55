import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  CONTACTS,
  insertDemand,
  insertMatch,
  insertPublishedProduct,
  setContacts,
} from './match-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producerA: Account;
let producerB: Account;
let distributorA: Account;
let distributorB: Account;
/** Matches by name: see beforeAll for who is paired with whom. */
const m: Record<string, { id: string }> = {};
let demandA1: { id: string; distributorOrgId: string };
const poolId = uuidv7();

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producerA, producerB, distributorA, distributorB] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producerA, producerB, distributorA, distributorB]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  await setContacts(ctx.database, producerA.organizationId, CONTACTS.producer);
  await setContacts(ctx.database, distributorA.organizationId, CONTACTS.distributor);
  demandA1 = await insertDemand(ctx.database, distributorA);
  const demandA2 = await insertDemand(ctx.database, distributorA, { destinationCountry: 'JP' });
  const demandB = await insertDemand(ctx.database, distributorB);
  const pA1 = await insertPublishedProduct(ctx.database, producerA.organizationId);
  const pA2 = await insertPublishedProduct(ctx.database, producerA.organizationId, {
    provinceCode: 'son-la',
  });
  const pB = await insertPublishedProduct(ctx.database, producerB.organizationId, {
    provinceCode: 'ha-noi',
  });
  const db = ctx.database;
  m.a1a1 = await insertMatch(db, demandA1, pA1, { score: 91, poolId });
  m.a1b = await insertMatch(db, demandA1, pB, { score: 64, poolId });
  m.a2a2 = await insertMatch(db, demandA2, pA2, { score: 77 });
  m.bA1 = await insertMatch(db, demandB, pA1, { score: 55 });
  m.a1a2 = await insertMatch(db, demandA1, pA2, { score: 88, status: 'introduced' });
  m.bB = await insertMatch(db, demandB, pB, { score: 70, status: 'negotiating' });
  m.a2b = await insertMatch(db, demandA2, pB, { score: 40, status: 'rejected' });
});
afterAll(async () => ctx?.close());

const get = (url: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1${url}`,
    headers: token ? authHeader(token) : {},
  });
const ids = (response: { json: () => { items: { id: string }[] } }) =>
  response.json().items.map((i) => i.id);

describe('GET /api/v1/matches', () => {
  it('gives coordinators and admins the approval queue: proposed only by default, best score first', async () => {
    for (const account of [coordinator, admin]) {
      const response = await get('/matches', account.accessToken);
      expect(response.statusCode).toBe(200);
      expect(ids(response)).toEqual([m.a1a1!.id, m.a2a2!.id, m.a1b!.id, m.bA1!.id]);
      expect(response.json().total).toBe(4);
    }
    const first = (await get('/matches', coordinator.accessToken)).json().items[0];
    expect(first).toMatchObject({
      status: 'proposed',
      origin: 'engine',
      score: 91,
      poolId,
      breakdown: { score: 91, gaps: [{ code: 'VAT_INVOICE' }] },
      demand: { id: demandA1.id, distributor: { id: distributorA.organizationId } },
      product: { producer: { id: producerA.organizationId }, province: 'tuyen-quang' },
      allowedTransitions: ['introduced', 'rejected'],
    });
    expect(Object.keys(first)).not.toContain('counterpart');
  });

  it('filters the queue by status, score, demand, product province (code or name) and market, and pages it', async () => {
    const cases: [string, string[]][] = [
      ['?minScore=70', [m.a1a1!.id, m.a2a2!.id]],
      [`?demandId=${demandA1.id}`, [m.a1a1!.id, m.a1b!.id]],
      ['?province=son-la', [m.a2a2!.id]],
      ['?province=Hà%20Nội', [m.a1b!.id]],
      ['?market=jp', [m.a2a2!.id]],
      ['?status=negotiating', [m.bB!.id]],
      ['?limit=2&page=2', [m.a1b!.id, m.bA1!.id]],
    ];
    for (const [query, expected] of cases) {
      const response = await get(`/matches${query}`, coordinator.accessToken);
      expect(response.statusCode, query).toBe(200);
      expect(ids(response), query).toEqual(expected);
    }
    const unknown = await get('/matches?province=Atlantis', coordinator.accessToken);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'UNKNOWN_PROVINCE',
      errors: [{ path: '/query/province' }],
    });
    for (const query of ['?minScore=101', '?status=maybe', '?market=VNM', '?limit=0']) {
      expect((await get(`/matches${query}`, coordinator.accessToken)).statusCode, query).toBe(400);
    }
  });

  it("shows a party only its own organization's matches from `introduced` on, with the counterpart's contacts", async () => {
    const distributor = await get('/matches', distributorA.accessToken);
    expect(ids(distributor)).toEqual([m.a1a2!.id]);
    expect(distributor.json().items[0].counterpart).toMatchObject({
      id: producerA.organizationId,
      kind: 'producer',
      ...CONTACTS.producer,
    });
    const producer = await get('/matches', producerA.accessToken);
    expect(ids(producer)).toEqual([m.a1a2!.id]);
    expect(producer.json().items[0].counterpart).toMatchObject({
      id: distributorA.organizationId,
      ...CONTACTS.distributor,
    });
    expect(ids(await get('/matches', producerB.accessToken))).toEqual([m.bB!.id]);
    expect(ids(await get('/matches', distributorB.accessToken))).toEqual([m.bB!.id]);
    // Asking for what a party never sees finds nothing rather than someone else's queue.
    for (const status of ['proposed', 'rejected']) {
      expect(ids(await get(`/matches?status=${status}`, distributorA.accessToken)), status).toEqual(
        [],
      );
    }
    expect(ids(await get('/matches?status=negotiating', producerB.accessToken))).toEqual([
      m.bB!.id,
    ]);
  });

  it('refuses anonymous callers and garbage tokens with 401', async () => {
    expect((await get('/matches')).statusCode).toBe(401);
    expect((await get('/matches', 'garbage.token.value')).statusCode).toBe(401);
  });
});

describe('GET /api/v1/matches/:id', () => {
  it('shows staff any match and a party only its own introduced ones; everything else is the 404 of a missing id', async () => {
    for (const account of [coordinator, admin]) {
      expect((await get(`/matches/${m.a1a1!.id}`, account.accessToken)).statusCode).toBe(200);
    }
    expect((await get(`/matches/${m.a1a2!.id}`, distributorA.accessToken)).statusCode).toBe(200);
    expect((await get(`/matches/${m.a1a2!.id}`, producerA.accessToken)).statusCode).toBe(200);
    const missing = await get(`/matches/${uuidv7()}`, distributorA.accessToken);
    expect(missing.statusCode).toBe(404);
    const hidden: [Account, string][] = [
      [distributorA, m.a1a1!.id], // proposed
      [distributorA, m.a2b!.id], // rejected
      [distributorB, m.a1a2!.id], // another distributor's
      [producerB, m.a1a2!.id], // another producer's
      [producerA, m.bB!.id],
    ];
    for (const [account, id] of hidden) {
      const response = await get(`/matches/${id}`, account.accessToken);
      expect(response.statusCode, `${account.email} ${id}`).toBe(404);
      expect({ ...response.json(), instance: undefined }).toEqual({
        ...missing.json(),
        instance: undefined,
      });
    }
    expect((await get(`/matches/${m.a1a1!.id}`)).statusCode).toBe(401);
  });
});

describe('GET /api/v1/demands/:id/matches', () => {
  it('gives coordinators every match of the demand, pools included, and its distributor the introduced ones', async () => {
    const staff = await get(`/demands/${demandA1.id}/matches`, coordinator.accessToken);
    expect(staff.statusCode).toBe(200);
    expect(ids(staff)).toEqual([m.a1a1!.id, m.a1a2!.id, m.a1b!.id]);
    expect(
      staff.json().items.filter((i: { poolId: string | null }) => i.poolId === poolId),
    ).toHaveLength(2);
    expect(
      ids(await get(`/demands/${demandA1.id}/matches?status=proposed`, admin.accessToken)),
    ).toEqual([m.a1a1!.id, m.a1b!.id]);
    const own = await get(`/demands/${demandA1.id}/matches`, distributorA.accessToken);
    expect(own.statusCode).toBe(200);
    expect(ids(own)).toEqual([m.a1a2!.id]);
    expect(
      ids(await get(`/demands/${demandA1.id}/matches?status=proposed`, distributorA.accessToken)),
    ).toEqual([]);
  });

  it('hides the demand from another distributor (404), refuses producers (403) and anonymous callers (401)', async () => {
    expect(
      (await get(`/demands/${demandA1.id}/matches`, distributorB.accessToken)).statusCode,
    ).toBe(404);
    expect((await get(`/demands/${uuidv7()}/matches`, coordinator.accessToken)).statusCode).toBe(
      404,
    );
    for (const account of [producerA, producerB]) {
      expect((await get(`/demands/${demandA1.id}/matches`, account.accessToken)).statusCode).toBe(
        403,
      );
    }
    expect((await get(`/demands/${demandA1.id}/matches`)).statusCode).toBe(401);
  });
});
