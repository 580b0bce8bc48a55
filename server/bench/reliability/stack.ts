/**
 * One scenario's world: a private PostgreSQL cluster with a migrated, reference-seeded database
 * holding a synthetic catalogue (indexed for search), a private Redis, and signed-in accounts
 * (a coordinator, verified producers and distributors). Torn down by the scenario.
 */
import { sql } from 'drizzle-orm';
import { createDatabase, type Database } from '../../src/db/client.ts';
import { organizations, users } from '../../src/db/schema/index.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { createPostgresSearchEngine } from '../../src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../../src/modules/search/reindex.ts';
import { PASSWORD, uniqueEmail, uniqueTaxCode } from '../../test/helpers/fixtures.ts';
import { generateCatalogue } from '../lib/generate-catalogue.ts';
import {
  startPrivatePostgres,
  startPrivateRedis,
  type PrivatePostgres,
  type PrivateRedis,
} from './private-services.ts';

export type Stack = {
  postgres: PrivatePostgres;
  redis: PrivateRedis;
  databaseUrl: string;
  /** The environment for API and worker children (merged over benchEnv). */
  env: Record<string, string>;
  /** A small pool of the bench's own, for checks (application_name `ketnoi-bench-check`). */
  check: Database;
  /** Published products of verified producers: what anonymous readers can see. */
  publicProducts: { id: string; unit: string }[];
  teardown: () => Promise<void>;
};

export type StackOptions = {
  products: number;
  seed: number;
  redis?: { persistent?: boolean; extraArgs?: string[] };
  env?: Record<string, string>;
  log: (message: string) => void;
};

export async function startStack(options: StackOptions): Promise<Stack> {
  const postgres = await startPrivatePostgres();
  let redis: PrivateRedis | undefined;
  let check: Database | undefined;
  try {
    const databaseUrl = await postgres.createDatabase('ketnoi_reliability');
    const generated = await generateCatalogue(databaseUrl, {
      products: options.products,
      seed: options.seed,
      writers: 1,
    });
    check = createDatabase(databaseUrl, { max: 4, applicationName: 'ketnoi-bench-check' });
    const indexed = await reindexAll(
      check.db,
      createPostgresSearchEngine(check.db),
      () => undefined,
    );
    await check.pool.query('analyze');
    redis = await startPrivateRedis(options.redis);
    const { rows } = await check.pool.query<{ id: string; unit: string }>(
      `select p.id, p.unit from products p join organizations o on o.id = p.producer_org_id
        where p.status = 'published' and o.verification_status = 'verified'
        order by p.id limit 2000`,
    );
    options.log(
      `private PostgreSQL :${postgres.port} (${generated.products} products, ${indexed.indexed} indexed), private Redis :${redis.port}${redis.persistent ? ' (AOF)' : ''}`,
    );
    const privateRedis = redis;
    const checkDb = check;
    return {
      postgres,
      redis,
      databaseUrl,
      env: {
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        // Sign-in for dozens of bench accounts from one address must not hit the login limiter.
        LOGIN_MAX_ATTEMPTS: '100000',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        ...options.env,
      },
      check,
      publicProducts: rows,
      teardown: async () => {
        await checkDb.close().catch(() => undefined);
        await privateRedis.destroy().catch(() => undefined);
        await postgres.destroy().catch(() => undefined);
      },
    };
  } catch (err) {
    await check?.close().catch(() => undefined);
    await redis?.destroy().catch(() => undefined);
    await postgres.destroy().catch(() => undefined);
    throw err;
  }
}

export type Accounts = {
  coordinator: string;
  producers: { token: string; organizationId: string }[];
  distributors: { token: string; organizationId: string }[];
};

let passwordHash: Promise<string> | undefined;

/** Verified producer and distributor organizations with one user each, and a coordinator; signed in over HTTP. */
export async function createAccounts(
  stack: Stack,
  apiUrl: string,
  counts: { producers: number; distributors: number },
): Promise<Accounts> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const make = async (role: 'producer' | 'distributor' | 'coordinator') => {
    let organizationId: string | null = null;
    if (role !== 'coordinator') {
      const [org] = await stack.check.db
        .insert(organizations)
        .values({
          kind: role,
          legalName: `Bench ${role} ${uniqueTaxCode()}`,
          taxCode: uniqueTaxCode(),
          provinceCode: 'ha-noi',
          verificationStatus: 'verified',
          verifiedAt: new Date(),
          ...(role === 'producer'
            ? { legalForm: 'cooperative' as const }
            : { channel: 'supermarket-chain' as const }),
        })
        .returning();
      organizationId = org!.id;
    }
    const email = uniqueEmail(`rel-${role}`);
    await stack.check.db.insert(users).values({
      email,
      passwordHash: hash,
      name: `Bench ${role}`,
      role,
      organizationId,
    });
    const response = await fetch(`${apiUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    if (response.status !== 200) {
      throw new Error(`login of ${email}: ${response.status} ${await response.text()}`);
    }
    const { accessToken } = (await response.json()) as { accessToken: string };
    return { token: accessToken, organizationId: organizationId ?? '' };
  };
  const coordinator = await make('coordinator');
  const producers = [];
  for (let i = 0; i < counts.producers; i += 1) {
    producers.push(await make('producer'));
  }
  const distributors = [];
  for (let i = 0; i < counts.distributors; i += 1) {
    distributors.push(await make('distributor'));
  }
  return { coordinator: coordinator.token, producers, distributors };
}

/** Outbox rows not yet done (pending or dispatched) and failed ones, optionally up to an id. */
export async function outboxBacklog(
  stack: Stack,
  upToId?: number,
): Promise<{ open: number; failed: number }> {
  const { rows } = await stack.check.db.execute<{ open: number; failed: number }>(sql`
    select count(*) filter (where done_at is null and failed_at is null)::int as open,
           count(*) filter (where failed_at is not null)::int as failed
      from outbox where ${upToId === undefined ? sql`true` : sql`id <= ${upToId}`}`);
  return rows[0]!;
}

export async function maxOutboxId(stack: Stack): Promise<number> {
  const { rows } = await stack.check.pool.query<{ id: string | null }>(
    'select max(id) as id from outbox',
  );
  return Number(rows[0]!.id ?? 0);
}

/** `count(*) − count(distinct (demand_id, product_id))` over all matches: must be 0. */
export async function duplicateMatches(stack: Stack): Promise<number> {
  const { rows } = await stack.check.pool.query<{ d: number }>(
    'select (count(*) - count(distinct (demand_id, product_id)))::int as d from matches',
  );
  return rows[0]!.d;
}
