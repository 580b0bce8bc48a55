import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { app as appPlugin, serverOptions } from '../../src/app.ts';
import { idempotencyKeys } from '../../src/db/schema/index.ts';
import { AppError } from '../../src/lib/errors.ts';
import { deleteExpiredIdempotencyKeys } from '../../src/modules/idempotency/idempotency.repository.ts';
import { requireActor } from '../../src/plugins/app/authenticate.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';

/**
 * The mechanism on its own, on a real database: the whole app plus test-only routes whose
 * handler counts its runs and can be held open, so "still running" is deterministic.
 */
let ctx: TestContext;
let server: FastifyInstance;
let alice: Account;
let bob: Account;
let runs = 0;
let gate: Promise<void> | null = null;
let openGate: () => void = () => undefined;

function holdHandlers() {
  gate = new Promise<void>((resolve) => {
    openGate = () => {
      gate = null;
      resolve();
    };
  });
}

beforeAll(async () => {
  ctx = await createTestContext();
  [alice, bob] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  server = Fastify(serverOptions(ctx.config));
  await server.register(appPlugin, { config: ctx.config });
  server.post<{ Body: { name: string; fail?: number } }>(
    '/test/items',
    {
      onRequest: server.authenticate,
      config: { idempotent: true },
      schema: {
        body: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, fail: { type: 'integer' } },
        },
      },
    },
    async (request, reply) => {
      runs += 1;
      const run = runs;
      if (gate) {
        await gate;
      }
      if (request.body.fail === 400) {
        throw new AppError('VALIDATION_FAILED', 'asked to fail');
      }
      if (request.body.fail === 500) {
        throw new Error('boom');
      }
      return reply
        .status(201)
        .send({ run, name: request.body.name, actor: requireActor(request).id });
    },
  );
  // Like a multipart upload: only the handler knows what was sent, so it claims the key itself.
  server.post<{ Body: { name: string } }>(
    '/test/uploads',
    { onRequest: server.authenticate, config: { idempotent: 'in-handler' } },
    async (request, reply) => {
      if (await server.claimIdempotencyKey(request, reply, { name: request.body.name })) {
        return reply;
      }
      runs += 1;
      const run = runs;
      if (gate) {
        await gate;
      }
      return reply.status(202).send({ run, name: request.body.name });
    },
  );
  server.post('/test/plain', { onRequest: server.authenticate }, async () => {
    runs += 1;
    return { run: runs };
  });
  await server.ready();
});
afterAll(async () => {
  openGate();
  await server?.close();
  await ctx?.close();
});
beforeEach(() => {
  runs = 0;
});

const post = (
  account: Account | null,
  key: string | undefined,
  body: object,
  url = '/test/items',
) =>
  server.inject({
    method: 'POST',
    url,
    headers: {
      ...(account ? authHeader(account.accessToken) : {}),
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    payload: body,
  });

const rowsFor = (account: Account, key: string) =>
  ctx.database.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, account.user.id), eq(idempotencyKeys.key, key)));

describe('Idempotency-Key', () => {
  it('changes nothing without the header or on a route that did not opt in', async () => {
    expect((await post(alice, undefined, { name: 'a' })).statusCode).toBe(201);
    expect((await post(alice, undefined, { name: 'a' })).statusCode).toBe(201);
    const plain1 = await post(alice, 'plain-key', {}, '/test/plain');
    const plain2 = await post(alice, 'plain-key', {}, '/test/plain');
    expect([plain1.json().run, plain2.json().run]).toEqual([3, 4]);
    expect(plain2.headers['idempotent-replayed']).toBeUndefined();
    expect(runs).toBe(4);
  });

  it('replays the first response to a retry without running the handler again', async () => {
    const first = await post(alice, 'order-1', { name: 'mật ong', fail: 0 });
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // Same body, keys in another order: still the same request.
    const retry = await server.inject({
      method: 'POST',
      url: '/test/items',
      headers: {
        ...authHeader(alice.accessToken),
        'idempotency-key': 'order-1',
        'content-type': 'application/json',
      },
      payload: '{ "fail": 0, "name" : "mật ong" }',
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(runs).toBe(1);
    const [row] = await rowsFor(alice, 'order-1');
    expect(row).toMatchObject({ statusCode: 201, response: first.json() });
  });

  it('refuses the same key with a different request (422) and leaves the stored response alone', async () => {
    await post(alice, 'order-2', { name: 'trà' });
    const reused = await post(alice, 'order-2', { name: 'cà phê' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherRoute = await post(alice, 'order-2', {}, '/test/plain');
    expect(otherRoute.statusCode).toBe(200); // not opted in: the header means nothing there
    expect(runs).toBe(2);
    const replay = await post(alice, 'order-2', { name: 'trà' });
    expect(replay.json()).toMatchObject({ run: 1, name: 'trà' });
  });

  it('answers 409 IDEMPOTENCY_IN_PROGRESS while the first request runs, then replays it', async () => {
    holdHandlers();
    const first = post(alice, 'order-3', { name: 'gạo' });
    await expect.poll(() => runs).toBe(1);
    const during = await post(alice, 'order-3', { name: 'gạo' });
    expect(during.statusCode).toBe(409);
    expect(during.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
    // A different request with the in-flight key is still a misuse of the key.
    expect((await post(alice, 'order-3', { name: 'muối' })).statusCode).toBe(422);
    openGate();
    expect((await first).statusCode).toBe(201);
    const after = await post(alice, 'order-3', { name: 'gạo' });
    expect(after.headers['idempotent-replayed']).toBe('true');
    expect(runs).toBe(1);
  });

  it('runs exactly one of many identical requests sent at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => post(alice, 'burst', { name: 'nước mắm' })),
    );
    expect(runs).toBe(1);
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const fresh = responses.filter(
      (r) => r.statusCode === 201 && r.headers['idempotent-replayed'] === undefined,
    );
    expect(fresh).toHaveLength(1);
    expect(await rowsFor(alice, 'burst')).toHaveLength(1);
  });

  it('releases the key when the request fails (4xx or 5xx), so a corrected retry runs', async () => {
    const bad = await post(alice, 'order-4', { name: 'x', fail: 400 });
    expect(bad.statusCode).toBe(400);
    expect(await rowsFor(alice, 'order-4')).toHaveLength(0);
    const crashed = await post(alice, 'order-4', { name: 'x', fail: 500 });
    expect(crashed.statusCode).toBe(500);
    expect(await rowsFor(alice, 'order-4')).toHaveLength(0);
    const fixed = await post(alice, 'order-4', { name: 'x' });
    expect(fixed.statusCode).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(runs).toBe(3);
    expect(await rowsFor(alice, 'order-4')).toHaveLength(1);
  });

  it('does not take a key for a request refused by validation or authentication', async () => {
    expect((await post(alice, 'order-5', { nope: 1 })).statusCode).toBe(400);
    expect((await post(null, 'order-5', { name: 'x' })).statusCode).toBe(401);
    expect(await rowsFor(alice, 'order-5')).toHaveLength(0);
    expect(runs).toBe(0);
  });

  it('keeps keys per actor', async () => {
    const a = await post(alice, 'shared-key', { name: 'x' });
    const b = await post(bob, 'shared-key', { name: 'x' });
    expect(b.headers['idempotent-replayed']).toBeUndefined();
    expect([a.json().actor, b.json().actor]).toEqual([alice.user.id, bob.user.id]);
    expect(runs).toBe(2);
  });

  it('treats a key older than 24 hours as absent', async () => {
    await post(alice, 'old-key', { name: 'x' });
    await ctx.database.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '25 hours'` })
      .where(eq(idempotencyKeys.key, 'old-key'));
    const again = await post(alice, 'old-key', { name: 'other body is fine now' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(runs).toBe(2);
    const [row] = await rowsFor(alice, 'old-key');
    expect(row!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('sweeps expired keys and only those', async () => {
    await ctx.database.db.insert(idempotencyKeys).values([
      {
        actorId: bob.user.id,
        key: 'stale',
        requestHash: 'x',
        createdAt: new Date(Date.now() - 25 * 3600_000),
      },
      {
        actorId: bob.user.id,
        key: 'fresh',
        requestHash: 'x',
        createdAt: new Date(Date.now() - 23 * 3600_000),
      },
    ]);
    expect(await deleteExpiredIdempotencyKeys(ctx.database.db, 24 * 3600)).toBe(1);
    expect(await rowsFor(bob, 'stale')).toHaveLength(0);
    expect(await rowsFor(bob, 'fresh')).toHaveLength(1);
  });

  it('lets a retry take over a key whose first request died mid-way (older than the lease)', async () => {
    holdHandlers();
    const first = post(alice, 'orphan', { name: 'x' });
    await expect.poll(() => runs).toBe(1);
    await ctx.database.db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now() - interval '3 minutes'` })
      .where(eq(idempotencyKeys.key, 'orphan'));
    const retry = post(alice, 'orphan', { name: 'x' });
    await expect.poll(() => runs).toBe(2);
    openGate();
    expect((await retry).statusCode).toBe(201);
    expect((await first).statusCode).toBe(201);
    expect(await rowsFor(alice, 'orphan')).toHaveLength(1);
  });

  it('lets a handler claim the key itself, for a fingerprint of what it read', async () => {
    holdHandlers();
    const first = post(alice, 'upload-1', { name: 'a.xlsx' }, '/test/uploads');
    await expect.poll(() => runs).toBe(1);
    const during = await post(alice, 'upload-1', { name: 'a.xlsx' }, '/test/uploads');
    expect(during.statusCode).toBe(409);
    expect(during.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
    openGate();
    expect((await first).statusCode).toBe(202);
    const retry = await post(alice, 'upload-1', { name: 'a.xlsx' }, '/test/uploads');
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual({ run: 1, name: 'a.xlsx' });
    const reused = await post(alice, 'upload-1', { name: 'b.xlsx' }, '/test/uploads');
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Without the header the handler simply runs.
    expect((await post(alice, undefined, { name: 'a.xlsx' }, '/test/uploads')).statusCode).toBe(
      202,
    );
    expect(runs).toBe(2);
  });

  it('refuses a malformed key with 400', async () => {
    for (const key of ['', 'x'.repeat(201), 'tab\there', 'ký-tự']) {
      const response = await post(alice, key, { name: 'x' });
      expect(response.statusCode, JSON.stringify(key)).toBe(400);
    }
    expect(runs).toBe(0);
  });
});
