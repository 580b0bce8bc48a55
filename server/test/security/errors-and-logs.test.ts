import { spawn } from 'node:child_process';
import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { count, sql } from 'drizzle-orm';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, serverOptions } from '../../src/app.ts';
import { users } from '../../src/db/schema/index.ts';
import { createDatabase } from '../../src/db/client.ts';
import { demoAccounts } from '../../src/db/seed/demo.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { adminUrl, databaseUrl, TEST_DB_PREFIX } from '../helpers/databases.ts';
import { authHeader, PASSWORD, refreshCookie, register } from '../helpers/fixtures.ts';

/**
 * S16 (RELIABILITY-TESTS.md): errors, logs and defaults. A forced 500 answers a generic body and
 * is logged with its request id; a whole session's pino output holds no password, refresh token
 * or JWT; failed sign-ins and denied access are logged; production refuses to start without
 * JWT_SECRET and its seed creates no demo account. (config.test.ts covers loadConfig itself.)
 */

const serverDir = resolve(import.meta.dirname, '../..');

let ctx: TestContext;
/** The app again, on the same database, logging at info into `lines`. */
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  const config = { ...ctx.config, LOG_LEVEL: 'info' as const };
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const base = serverOptions(config).logger as Record<string, unknown>;
  app = await buildApp(config, { logger: { ...base, stream: capture } });
  // Test-only routes, on this instance only: production code has no way to force a 500.
  app.get('/__s16/throw', async () => {
    throw new Error(`boom at ${serverDir}/src/secret.ts:42`);
  });
  app.get('/__s16/sql', async () =>
    app.db.execute(sql`select secret_column from s16_missing_table`),
  );
  await app.ready();
}, 60_000);
afterAll(async () => {
  await app?.close();
  await ctx?.close();
});

const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('S16 errors', () => {
  it.each([
    ['a thrown error', '/__s16/throw'],
    ['a failing SQL query', '/__s16/sql'],
  ])('answers %s with a generic 500 and logs it with the request id', async (_, url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = response.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(
      ['code', 'detail', 'instance', 'status', 'title', 'type'].sort(),
    );
    expect(body.code).toBe('INTERNAL');
    for (const leak of [
      'stack',
      'boom',
      'secret',
      's16_missing_table',
      'select',
      serverDir,
      '.ts',
      PASSWORD,
      'node_modules',
    ]) {
      expect(response.body).not.toContain(leak);
    }
    const requestId = response.headers['x-request-id'];
    expect(body.instance).toBe(requestId);
    const entry = logged().find((l) => l.reqId === requestId && l.level === 50);
    expect(entry, 'an error line with the request id').toBeDefined();
    expect(JSON.stringify(entry)).toMatch(/boom|s16_missing_table/);
  });
});

describe('S16 logs', () => {
  it('log a whole session without passwords, refresh tokens or JWTs, and record refusals', async () => {
    const account = await register(app, 'producer');
    const secrets = [PASSWORD, account.accessToken];
    const wrong = `Sai-mật-khẩu-${randomBytes(4).toString('hex')}`;
    secrets.push(wrong);

    const failed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email, password: wrong },
    });
    expect(failed.statusCode).toBe(401);
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `nobody-${randomBytes(3).toString('hex')}@example.vn`, password: wrong },
    });
    expect(unknown.statusCode).toBe(401);

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email, password: PASSWORD },
      headers: { 'x-forwarded-for': '203.0.113.7' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = refreshCookie(login);
    secrets.push(login.json<{ accessToken: string }>().accessToken, cookie.split('=')[1]!);

    const refreshed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie, 'content-type': 'application/json', 'x-requested-with': 'fetch' },
      payload: {},
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const newCookie = refreshCookie(refreshed);
    secrets.push(refreshed.json<{ accessToken: string }>().accessToken, newCookie.split('=')[1]!);

    // Denied: a producer on an admin route (403) and a request without a token (401).
    const denied = await app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: authHeader(account.accessToken),
    });
    expect(denied.statusCode).toBe(403);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(anonymous.statusCode).toBe(401);
    // A token in the query string must not end up in the logged URL either.
    await app.inject({ method: 'GET', url: `/api/v1/me?access_token=${account.accessToken}` });

    const logout = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: {
        cookie: newCookie,
        'content-type': 'application/json',
        'x-requested-with': 'fetch',
      },
      payload: {},
    });
    expect(logout.statusCode).toBeLessThan(300);

    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    const found = secrets.filter((s) => text.includes(s));
    if (found.length > 0) {
      console.log(lines.filter((l) => found.some((s) => l.includes(s))));
    }
    expect(found.map((s) => s.slice(0, 12))).toEqual([]);
    expect(text.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g) ?? []).toEqual([]);
    expect(text).not.toMatch(/"password"/i);

    const refusals = logged().filter((l) => l.msg === 'access denied');
    const codes = refusals.map((l) => l.code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS').length).toBeGreaterThanOrEqual(2);
    expect(codes).toContain('FORBIDDEN');
    expect(codes).toContain('UNAUTHENTICATED');
    expect(refusals.every((l) => typeof l.reqId === 'string')).toBe(true);
    console.log(
      JSON.stringify({
        suite: 'S16 logs',
        lines: lines.length,
        secretsChecked: secrets.length,
        leaks: found.length,
        refusalsLogged: refusals.length,
      }),
    );
  });
});

/** Runs a server script in a child process; resolves with its exit code and output. */
function run(script: string, env: Record<string, string>, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: serverDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

describe('S16 defaults', () => {
  it('refuses to start in production without JWT_SECRET, naming the variable', async () => {
    const { code, output } = await run('src/server.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: ctx.config.DATABASE_URL,
      REDIS_URL: ctx.config.REDIS_URL,
      PORT: '0',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('JWT_SECRET');
    expect(output).not.toMatch(/listening/i);
    const worker = await run('src/worker.ts', {
      NODE_ENV: 'production',
      DATABASE_URL: ctx.config.DATABASE_URL,
      REDIS_URL: ctx.config.REDIS_URL,
    });
    expect(worker.code).not.toBe(0);
    expect(worker.output).toContain('JWT_SECRET');
  });

  it('seeds no demo account in production (and the demo ones elsewhere)', async () => {
    const counts: Record<string, number> = {};
    for (const NODE_ENV of ['production', 'development']) {
      const name = `${TEST_DB_PREFIX}s16${NODE_ENV.slice(0, 4)}${randomBytes(3).toString('hex')}_${inject('runId')}`;
      const admin = new pg.Client({ connectionString: adminUrl() });
      await admin.connect();
      await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
      try {
        const { code, output } = await run(
          'src/db/seed/index.ts',
          {
            NODE_ENV,
            DATABASE_URL: databaseUrl(name),
            REDIS_URL: ctx.config.REDIS_URL,
            JWT_SECRET: randomBytes(32).toString('hex'),
          },
          120_000,
        );
        expect(code, output).toBe(0);
        const database = createDatabase(databaseUrl(name), { max: 1 });
        const [row] = await database.db.select({ n: count() }).from(users);
        const emails = (await database.db.select({ email: users.email }).from(users)).map(
          (u) => u.email,
        );
        await database.close();
        counts[NODE_ENV] = row!.n;
        if (NODE_ENV === 'production') {
          expect(emails.filter((e) => demoAccounts.some((d) => d.email === e))).toEqual([]);
        } else {
          // The control: the same check does find the demo accounts when they are seeded.
          expect(emails).toEqual(expect.arrayContaining(demoAccounts.map((d) => d.email)));
        }
      } finally {
        await admin.query(`drop database if exists "${name}" with (force)`);
        await admin.end();
      }
    }
    expect(counts.production).toBe(0);
  }, 180_000);
});
