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
    application_name: options.applicationName ?? 'ketnoi',
  });
  // An idle client losing its connection emits here; without a listener the process would crash.
  pool.on('error', (err) => options.onError?.(err));
  const db = drizzle({ client: pool, schema, casing: 'snake_case' });
  return { db, pool, close: () => pool.end() };
}
