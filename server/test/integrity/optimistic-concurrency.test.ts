import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, type Account } from '../helpers/fixtures.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';
import { createDemand } from '../routes/api/v1/demands/demand-fixtures.ts';
import { sampleRequests } from '../../src/db/schema/index.ts';
import { createWorld, readRow, type World } from './route-scenarios.ts';

/**
 * D6: the optimistic-concurrency contract, route by route.
 * - A stale `version` → 409 VERSION_CONFLICT with `currentVersion` (the stored one), and the
 *   record is untouched. The problem does not carry the whole record: the client re-reads it
 *   (GET) — checked here to show exactly that version.
 * - A missing `version` where it is required → 400 VALIDATION_FAILED naming `/version` (the API
 *   never answers 428). On the state-machine steps `version` is optional: there the state machine
 *   itself refuses a second, conflicting step (409 INVALID_TRANSITION), as the race below shows.
 * - `If-Match` is not part of the contract: the version travels in the body (or `?version=` on
 *   DELETE), as DESIGN.md allows.
 */

type Versioned = {
  name: string;
  /** Whether the route refuses a body without `version`. */
  versionRequired: boolean;
  prepare: () => Promise<{
    table: string;
    id: string;
    /** GET path of the record's representation. */
    read: string;
    reader: Account;
    send: (version: number | undefined) => Promise<LightMyRequestResponse>;
  }>;
};

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  world = await createWorld(ctx);
});
afterAll(async () => ctx?.close());

const inject = (
  account: Account,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: authHeader(account.accessToken),
    ...(payload ? { payload } : {}),
  });
const withVersion = (body: object, version: number | undefined) =>
  version === undefined ? body : { ...body, version };

function routes(): Versioned[] {
  const draft = () =>
    insertProduct(ctx.database, world.producer.organizationId, { published: false });
  return [
    {
      name: 'PATCH /products/:id',
      versionRequired: true,
      prepare: async () => {
        const row = await draft();
        return {
          table: 'products',
          id: row.id,
          read: `/products/${row.id}`,
          reader: world.producer,
          send: (v) =>
            inject(
              world.producer,
              'PATCH',
              `/products/${row.id}`,
              withVersion({ nameVi: 'Mật ong rừng' }, v),
            ),
        };
      },
    },
    {
      name: 'POST /products/:id/submit',
      versionRequired: true,
      prepare: async () => {
        const row = await draft();
        return {
          table: 'products',
          id: row.id,
          read: `/products/${row.id}`,
          reader: world.producer,
          send: (v) =>
            inject(world.producer, 'POST', `/products/${row.id}/submit`, withVersion({}, v)),
        };
      },
    },
    {
      name: 'DELETE /products/:id?version=',
      versionRequired: true,
      prepare: async () => {
        const row = await insertProduct(ctx.database, world.producer.organizationId);
        return {
          table: 'products',
          id: row.id,
          read: `/products/${row.id}`,
          reader: world.producer,
          send: (v) =>
            inject(
              world.producer,
              'DELETE',
              `/products/${row.id}${v === undefined ? '' : `?version=${v}`}`,
            ),
        };
      },
    },
    {
      name: 'PATCH /demands/:id',
      versionRequired: true,
      prepare: async () => {
        const demand = await createDemand(ctx.app, world.distributor);
        return {
          table: 'demands',
          id: demand.id,
          read: `/demands/${demand.id}`,
          reader: world.distributor,
          send: (v) =>
            inject(
              world.distributor,
              'PATCH',
              `/demands/${demand.id}`,
              withVersion({ title: 'Mật ong hoa nhãn' }, v),
            ),
        };
      },
    },
    {
      name: 'POST /demands/:id/open',
      versionRequired: true,
      prepare: async () => {
        const demand = await createDemand(ctx.app, world.distributor);
        return {
          table: 'demands',
          id: demand.id,
          read: `/demands/${demand.id}`,
          reader: world.distributor,
          send: (v) =>
            inject(world.distributor, 'POST', `/demands/${demand.id}/open`, withVersion({}, v)),
        };
      },
    },
    {
      name: 'PATCH /organizations/:id',
      versionRequired: true,
      prepare: async () => {
        const id = world.producer.organizationId;
        return {
          table: 'organizations',
          id,
          read: `/organizations/${id}`,
          reader: world.producer,
          send: (v) =>
            inject(
              world.producer,
              'PATCH',
              `/organizations/${id}`,
              withVersion({ tradingName: `HTX ${Date.now()}` }, v),
            ),
        };
      },
    },
    {
      name: 'PATCH /matches/:id',
      versionRequired: true,
      prepare: async () => {
        const product = await insertProduct(ctx.database, world.producer.organizationId);
        const { match } = await insertMatch(ctx.database, world.distributor, product);
        return {
          table: 'matches',
          id: match.id,
          read: `/matches/${match.id}`,
          reader: world.distributor,
          send: (v) =>
            inject(
              world.distributor,
              'PATCH',
              `/matches/${match.id}`,
              withVersion({ status: 'negotiating' }, v),
            ),
        };
      },
    },
    {
      name: 'POST /matches/:id/approve',
      versionRequired: false,
      prepare: async () => {
        const product = await insertProduct(ctx.database, world.producer.organizationId);
        const { match } = await insertMatch(ctx.database, world.distributor, product, {
          status: 'proposed',
        });
        return {
          table: 'matches',
          id: match.id,
          read: `/matches/${match.id}`,
          reader: world.coordinator,
          send: (v) =>
            inject(world.coordinator, 'POST', `/matches/${match.id}/approve`, withVersion({}, v)),
        };
      },
    },
    {
      name: 'POST /sample-requests/:id/accept',
      versionRequired: false,
      prepare: async () => {
        const product = await insertProduct(ctx.database, world.producer.organizationId);
        const [row] = await ctx.database.db
          .insert(sampleRequests)
          .values({
            productId: product.id,
            producerOrgId: world.producer.organizationId,
            distributorOrgId: world.distributor.organizationId,
            requestedBy: world.distributor.user.id,
            quantity: 1,
            unit: 'jar',
            deliveryAddress: '1 Nguyễn Huệ, TP. Hồ Chí Minh',
          })
          .returning();
        return {
          table: 'sample_requests',
          id: row!.id,
          read: `/sample-requests/${row!.id}`,
          reader: world.producer,
          send: (v) =>
            inject(
              world.producer,
              'POST',
              `/sample-requests/${row!.id}/accept`,
              withVersion({}, v),
            ),
        };
      },
    },
  ];
}

/** Someone else's write: the stored version moves on (and nothing else the test looks at). */
async function bumpVersion(table: string, id: string): Promise<number> {
  const { rows } = await ctx.database.pool.query<{ version: number }>(
    `update ${JSON.stringify(table)} set version = version + 1 where id = $1 returning version`,
    [id],
  );
  return rows[0]!.version;
}

describe('D6: optimistic concurrency', () => {
  it.each(routes().map((r) => [r.name, r]))(
    '%s: a stale version → 409 VERSION_CONFLICT with the current version; nothing changes',
    async (_name, route) => {
      const record = await route.prepare();
      const stale = (await readRow(ctx, record.table, record.id))!.version as number;
      const current = await bumpVersion(record.table, record.id);
      const before = await readRow(ctx, record.table, record.id);

      const response = await record.send(stale);
      expect(response.statusCode, response.body).toBe(409);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: current });
      expect(await readRow(ctx, record.table, record.id)).toEqual(before);
      // The current representation is one GET away, at exactly that version.
      const fresh = await inject(record.reader, 'GET', record.read);
      expect(fresh.statusCode, fresh.body).toBe(200);
      expect(fresh.json()).toMatchObject({ id: record.id, version: current });

      // With the current version the same request goes through.
      const retried = await record.send(current);
      expect(retried.statusCode, retried.body).toBeLessThan(300);
      expect(retried.json()).toMatchObject({ version: current + 1 });
    },
  );

  it.each(routes().map((r) => [r.name, r]))(
    '%s: without a version → 400 VALIDATION_FAILED on /version where it is required',
    async (_name, route) => {
      const record = await route.prepare();
      const before = await readRow(ctx, record.table, record.id);
      const response = await record.send(undefined);
      if (route.versionRequired) {
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json()).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: expect.arrayContaining([
            expect.objectContaining({ path: expect.stringMatching(/version/) }),
          ]),
        });
        expect(await readRow(ctx, record.table, record.id)).toEqual(before);
      } else {
        // Optional on state-machine steps: the step itself is the guard (see the race below).
        expect(response.statusCode, response.body).toBe(200);
      }
    },
  );

  it.each(routes().map((r) => [r.name, r]))(
    '%s: two simultaneous writes with the same version → exactly one wins, the other gets 409',
    async (_name, route) => {
      const record = await route.prepare();
      const { version } = (await readRow(ctx, record.table, record.id)) as { version: number };
      const results = await Promise.all([record.send(version), record.send(version)]);
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses, results.map((r) => r.body).join('\n')).toEqual([200, 409]);
      const loser = results.find((r) => r.statusCode === 409)!.json();
      expect(['VERSION_CONFLICT', 'INVALID_TRANSITION', 'INVALID_STATE']).toContain(loser.code);
      expect((await readRow(ctx, record.table, record.id))!.version).toBe(version + 1);
    },
  );
});
