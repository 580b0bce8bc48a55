import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from '../../../src/db/schema/index.ts';
import { createPostgresSearchEngine } from '../../../src/modules/search/postgres-search-engine.ts';
import { syncProducts } from '../../../src/modules/search/search-sync.ts';
import type { SearchEngine } from '../../../src/modules/search/search-engine.ts';
import { createTestContext, type TestContext } from '../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  register,
  verifyOrganization,
  type Account,
} from '../../helpers/fixtures.ts';
import { pollUntil } from '../../helpers/poll.ts';

/**
 * RELIABILITY-TESTS F6, "no stale version overwrites a newer one", on the PostgreSQL engine: two
 * search-sync runs for one product (two workers, a retry, the relay's direct run) where the one
 * that read the product first applies last. No worker runs here; the test calls the sync itself.
 */
let ctx: TestContext;
let producer: Account;
let coordinator: Account;
let engine: SearchEngine;

beforeAll(async () => {
  ctx = await createTestContext();
  producer = await register(ctx.app, 'producer');
  await verifyOrganization(ctx.database, producer.organizationId);
  coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
  engine = createPostgresSearchEngine(ctx.database.db);
});
afterAll(async () => ctx?.close());

/** A coordinator approves a product pending review. */
async function approve(id: string, version: number) {
  const approved = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/products/${id}/approve`,
    headers: authHeader(coordinator.accessToken),
    payload: { version },
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json<{ id: string; version: number }>();
}

async function publish(nameVi: string) {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: authHeader(producer.accessToken),
    payload: {
      nameVi,
      descriptionVi: 'Sản phẩm của hợp tác xã, dùng để thử thứ tự đồng bộ tìm kiếm.',
      ocopGroup: 'food',
      category: 'honey',
      province: 'ca-mau',
      unit: 'kg',
      moq: 10,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const product = created.json<{ id: string; version: number }>();
  const submitted = await ctx.app.inject({
    method: 'POST',
    url: `/api/v1/products/${product.id}/submit`,
    headers: authHeader(producer.accessToken),
    payload: { version: product.version },
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  return approve(product.id, submitted.json<{ version: number }>().version);
}

async function indexed(id: string) {
  const { rows } = await ctx.database.pool.query<{
    document: { nameVi: string; version: number };
  }>('select document from product_search_documents where product_id = $1', [id]);
  return rows[0]?.document ?? null;
}

/**
 * Sync A reads the product, then cannot reach the index (its engine's only connection is held
 * here) while `change` commits a newer state and sync B runs. On the old code B finished and A
 * then wrote what it had read; now B waits for A's lock and reads after A applied.
 */
async function raceTwoSyncs(id: string, change: () => Promise<void>) {
  const starved = new pg.Pool({ connectionString: ctx.config.DATABASE_URL, max: 1 });
  const held = await starved.connect();
  try {
    const engineA = createPostgresSearchEngine(
      drizzle({ client: starved, schema, casing: 'snake_case' }),
    );
    const syncA = syncProducts(ctx.database.db, engineA, [id]);
    // A has read the product once it asks its engine's pool for a connection.
    await pollUntil(
      async () => starved.waitingCount,
      (n) => n > 0,
      { what: 'sync A to wait for its index connection' },
    );
    await change();
    let bDone = false;
    const syncB = syncProducts(ctx.database.db, engine, [id]).finally(() => {
      bDone = true;
    });
    // B either finished (the old code) or waits for A's advisory lock.
    await pollUntil(
      async () => {
        const { rows } = await ctx.database.pool.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock' and wait_event = 'advisory'`,
        );
        return bDone || rows[0]!.n > 0;
      },
      (ready) => ready,
      { what: 'sync B to finish or wait for the lock' },
    );
    held.release();
    await Promise.all([syncA, syncB]);
  } finally {
    await starved.end();
  }
}

describe('search sync of one product, two runs at once', () => {
  it('never leaves an archived product in the index', async () => {
    const product = await publish('Mật ong thứ tự lưu trữ');
    await syncProducts(ctx.database.db, engine, [product.id]);
    expect(await indexed(product.id)).toMatchObject({ version: product.version });

    await raceTwoSyncs(product.id, async () => {
      const archived = await ctx.app.inject({
        method: 'DELETE',
        url: `/api/v1/products/${product.id}?version=${product.version}`,
        headers: authHeader(producer.accessToken),
      });
      expect(archived.statusCode, archived.body).toBe(200);
    });

    expect(await indexed(product.id)).toBeNull();
  });

  it('never replaces a newer version with the one read before it', async () => {
    const product = await publish('Mật ong thứ tự bản cũ');
    await syncProducts(ctx.database.db, engine, [product.id]);
    let newer = product;

    await raceTwoSyncs(product.id, async () => {
      const edited = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/products/${product.id}`,
        headers: authHeader(producer.accessToken),
        payload: { version: product.version, nameVi: 'Mật ong thứ tự bản mới' },
      });
      expect(edited.statusCode, edited.body).toBe(200);
      // Editing a published product sends it back to review; approving publishes the edit.
      newer = await approve(product.id, edited.json<{ version: number }>().version);
    });

    expect(newer.version).toBeGreaterThan(product.version);
    expect(await indexed(product.id)).toMatchObject({
      nameVi: 'Mật ong thứ tự bản mới',
      version: newer.version,
    });
  });
});
