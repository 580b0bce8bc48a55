import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = { db: Db; pool: pg.Pool; close: () => Promise<void> };

/**
 * One pool per process. Timeouts are short on purpose: when PostgreSQL is down a request should
 * fail fast with 503, not hang (RELIABILITY-TESTS F2).
 */
export function createDatabase(
  url: string,
  options: { max?: number; applicationName?: string; onError?: (err: Error) => void } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
    // Planned for data that is in memory or on SSD, as it is everywhere this runs: at the default
    // random_page_cost (4, for spinning disks) a broad search walked the whole table instead of
    // its index (24,700 rows for 2,000 matches: 23 ms vs 7). JIT compiling pays off only for
    // analytics; at 10^6 products the broadest search statements are estimated near its cost
    // threshold (100,000), where it would compile for longer than they run.
    options: '-c random_page_cost=1.1 -c jit=off',
    application_name: options.applicationName ?? 'ketnoi',
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (err) => options.onError?.(err));
  // A client checked out of the pool (inside a transaction, between two statements) has no
  // listener of the pool's: a restart or a terminated backend would make it emit an unhandled
  // 'error' and kill the process (RELIABILITY-TESTS F2). Its next query fails instead.
  pool.on('connect', (client) => {
    client.on('error', (err) => options.onError?.(err));
    tagLostConnectionErrors(client);
  });
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}

/**
 * pg fails queries on a client whose connection broke with "Client has encountered a connection
 * error and is not queryable", without a SQLSTATE. Tagged 08003 (connection_does_not_exist), it
 * reads as "database unavailable" (503 with Retry-After, lib/problem.ts) like the other errors of
 * a database that is restarting, instead of a 500.
 */
function tagLostConnectionErrors(client: pg.PoolClient): void {
  const tag = (err: unknown) => {
    if (
      err instanceof Error &&
      (err as { code?: unknown }).code === undefined &&
      /not queryable/.test(err.message)
    ) {
      (err as Error & { code: string }).code = '08003';
    }
    return err;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (err: unknown, result: unknown) =>
        (callback as (err: unknown, result: unknown) => void)(err ? tag(err) : err, result);
    }
    const result = query(...args);
    return result instanceof Promise
      ? result.catch((err: unknown) => {
          throw tag(err);
        })
      : result;
  };
}
