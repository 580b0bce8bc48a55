import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { idempotencyKeys } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import { authHeader, type Account } from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { demandBody, demandCount } from './demand-fixtures.ts';

/** `POST /demands` honours `Idempotency-Key`: a retried request creates nothing twice. */
let ctx: TestContext;
let distributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  distributor = await quickAccount(ctx.app, ctx.database, 'distributor');
});
afterAll(async () => ctx?.close());

const create = (key: string | undefined, body: object = demandBody()) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/demands',
    headers: {
      ...authHeader(distributor.accessToken),
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    payload: body,
  });
const count = () => demandCount(ctx.database, distributor.organizationId);

describe('POST /demands with Idempotency-Key', () => {
  it('creates once and replays the same demand to a retry', async () => {
    const before = await count();
    const first = await create('create-demand-1');
    const retry = await create('create-demand-1');
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    expect(await count()).toBe(before + 1);
  });

  it('creates exactly one demand when identical requests arrive at once', async () => {
    const before = await count();
    const responses = await Promise.all(Array.from({ length: 6 }, () => create('burst-1')));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const ids = new Set(responses.filter((r) => r.statusCode === 201).map((r) => r.json().id));
    expect(ids.size).toBe(1);
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().code).toBe('IDEMPOTENCY_IN_PROGRESS');
    }
    expect(await count()).toBe(before + 1);
    // Once it finished, a retry gets the demand that was created.
    const retry = await create('burst-1');
    expect(retry.json().id).toBe([...ids][0]);
  });

  it('refuses the key with a different body (422) and creates nothing', async () => {
    await create('create-demand-2');
    const before = await count();
    const reused = await create('create-demand-2', demandBody({ title: 'Một nhu cầu khác hẳn' }));
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count()).toBe(before);
  });

  it('releases the key after a refused request, so the corrected one runs', async () => {
    const before = await count();
    const refused = await create('create-demand-3', demandBody({ priceMin: 999_999 }));
    expect(refused.statusCode).toBe(400);
    const corrected = await create('create-demand-3');
    expect(corrected.statusCode).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    expect(await count()).toBe(before + 1);
    const [row] = await ctx.database.db
      .select()
      .from(idempotencyKeys)
      .where(
        and(
          eq(idempotencyKeys.actorId, distributor.user.id),
          eq(idempotencyKeys.key, 'create-demand-3'),
        ),
      );
    expect(row).toMatchObject({ statusCode: 201, response: { id: corrected.json().id } });
  });

  it('changes nothing without the header', async () => {
    const before = await count();
    await create(undefined);
    await create(undefined);
    expect(await count()).toBe(before + 2);
  });

  it('documents the header in OpenAPI', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    const parameters = spec.paths['/api/v1/demands/'].post.parameters as {
      in: string;
      name: string;
    }[];
    expect(parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key' }),
    );
  });
});
