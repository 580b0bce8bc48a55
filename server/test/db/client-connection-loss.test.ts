import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../../src/db/client.ts';
import { toProblem } from '../../src/lib/problem.ts';
import { adminUrl } from '../helpers/databases.ts';

/**
 * RELIABILITY-TESTS F2: a PostgreSQL restart (or a terminated backend) while a client is checked
 * out of the pool, between two statements of a transaction. pg's pool only listens for errors on
 * idle clients; without a listener of our own the connection's 'error' would be unhandled and
 * kill the process. The client's next query must fail instead, as "database unavailable" (503).
 */
const database = createDatabase(adminUrl(), { max: 2, applicationName: 'ketnoi-test-conn-loss' });
const errors: Error[] = [];
const watched = createDatabase(adminUrl(), {
  max: 2,
  applicationName: 'ketnoi-test-conn-loss-watched',
  onError: (err) => errors.push(err),
});

afterAll(async () => {
  await watched.close();
  await database.close();
});

describe('a pooled client whose connection is cut while checked out', () => {
  it('reports the error to onError, does not crash, and fails its next query as a 503', async () => {
    const client = await watched.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      await database.pool.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
      // The server's notice of termination reaches the idle client as an 'error' event.
      for (let i = 0; i < 50 && errors.length === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(errors.length).toBeGreaterThan(0);
      const failure = await client.query('select 1').then(
        () => null,
        (err: unknown) => err,
      );
      expect(failure).toBeInstanceOf(Error);
      expect(toProblem(failure, 'en')).toMatchObject({
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        headers: { 'retry-after': '5' },
      });
    } finally {
      client.release(true);
    }
    // The pool hands out a working client again.
    const { rows } = await watched.pool.query<{ one: number }>('select 1 as one');
    expect(rows[0]!.one).toBe(1);
  });
});

describe('a query through drizzle while PostgreSQL is unreachable', () => {
  it('is answered as a 503 with Retry-After, though drizzle wraps the driver error', async () => {
    // Port 1 refuses at once: the same ECONNREFUSED as a stopped server.
    const down = createDatabase('postgres://postgres@127.0.0.1:1/none', { max: 1 });
    try {
      const failure = await down.db.execute(sql`select 1`).then(
        () => null,
        (err: unknown) => err,
      );
      expect((failure as Error).constructor.name).toBe('DrizzleQueryError');
      expect(toProblem(failure, 'en')).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await down.close();
    }
  });
});
