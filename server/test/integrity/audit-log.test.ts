import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/client.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import {
  createWorld,
  installFaults,
  readRow,
  routeScenarios,
  sideTableCounts,
  type Scenario,
  type World,
} from './route-scenarios.ts';

/**
 * D1: every review, approval and status-change route writes exactly one audit row (actor, action,
 * entity, before, after, at) in the transaction of the change; a refused action writes none, a
 * failed commit leaves neither the change nor its audit row; and the log is append-only for the
 * application's own connection (migration 0013: a trigger, since the app has no separate role).
 */

let ctx: TestContext;
let world: World;
let scenarios: Scenario[];
let faults: Awaited<ReturnType<typeof installFaults>>;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  world = await createWorld(ctx);
  scenarios = routeScenarios(ctx, world);
  faults = await installFaults(ctx);
});
afterAll(async () => ctx?.close());

/** The audit log names an entity type per table. */
const entityTypes: Record<string, string> = {
  organizations: 'organization',
  products: 'product',
  demands: 'demand',
  matches: 'match',
  sample_requests: 'sample_request',
  users: 'user',
  certificates: 'certificate',
  events: 'event',
};

const auditRowsSince = async (id: number) =>
  (
    await ctx.database.pool.query<{
      id: string;
      actor_id: string | null;
      action: string;
      entity_type: string;
      entity_id: string;
      before: unknown;
      after: unknown;
      request_id: string | null;
      at: Date;
    }>(`select * from audit_log where id > $1 order by id`, [id])
  ).rows;
const lastAuditId = async () =>
  Number(
    (
      await ctx.database.pool.query<{ id: string }>(
        `select coalesce(max(id), 0) as id from audit_log`,
      )
    ).rows[0]!.id,
  );

describe('D1: one audit row per decision, in the same transaction', () => {
  it('covers every scenario route (the list below is the contract)', () => {
    expect(scenarios.map((s) => s.action)).toEqual([
      'organization.verify',
      'organization.reject',
      'product.submit',
      'product.approve',
      'product.reject',
      'product.archive',
      'demand.open',
      'demand.close',
      'match.approve',
      'match.reject',
      'match.negotiating',
      'sample_request.accept',
      'sample_request.decline',
      'sample_request.ship',
      'sample_request.deliver',
      'sample_request.evaluate',
      'certificate.verify',
      'event.publish',
      'event.cancel',
      'user.disable',
    ]);
  });

  it('a success writes exactly one complete row; the same request again is refused and writes none', async () => {
    for (const scenario of scenarios) {
      const prepared = await scenario.prepare();
      const mark = await lastAuditId();
      const started = Date.now();
      const response = await prepared.send();
      expect(response.statusCode, `${scenario.name}: ${response.body}`).toBeLessThan(300);
      const rows = await auditRowsSince(mark);
      expect(rows, scenario.name).toHaveLength(1);
      const [row] = rows;
      expect(row, scenario.name).toMatchObject({
        actor_id: world[scenario.actor].user.id,
        action: scenario.action,
        entity_type: entityTypes[prepared.table],
        entity_id: prepared.id,
        // The request id ties the row to the API log line of the same request.
        request_id: response.headers['x-request-id'] ?? expect.any(String),
      });
      expect(row!.before, `${scenario.name}: before`).not.toBeNull();
      expect(row!.after, `${scenario.name}: after`).not.toBeNull();
      expect(row!.before, scenario.name).not.toEqual(row!.after);
      expect(row!.at.getTime(), scenario.name).toBeGreaterThanOrEqual(started - 5_000);

      // Replayed as is, the request is stale or no longer allowed (4xx), or a no-op (disabling a
      // disabled user is 200): either way nothing changes and nothing more is audited.
      const stored = await readRow(ctx, prepared.table, prepared.id);
      const again = await prepared.send();
      expect(again.statusCode, `${scenario.name} again: ${again.body}`).toBeLessThan(500);
      if (again.statusCode < 300) {
        expect(scenario.action, `${scenario.name}: replay accepted`).toBe('user.disable');
      }
      expect(await readRow(ctx, prepared.table, prepared.id), scenario.name).toEqual(stored);
      expect(await auditRowsSince(mark), `${scenario.name} again`).toHaveLength(1);
    }
  });

  it('a failure at commit (after the audit insert) leaves neither the change nor any row', async () => {
    for (const scenario of scenarios) {
      const prepared = await scenario.prepare();
      const before = await readRow(ctx, prepared.table, prepared.id);
      const counts = await sideTableCounts(ctx);
      await faults.arm('audit_log');
      try {
        const response = await prepared.send();
        expect(response.statusCode, `${scenario.name}: ${response.body}`).toBe(500);
        expect(response.json(), scenario.name).toMatchObject({ code: expect.any(String) });
      } finally {
        await faults.disarm();
      }
      expect(await readRow(ctx, prepared.table, prepared.id), scenario.name).toEqual(before);
      expect(await sideTableCounts(ctx), scenario.name).toEqual(counts);
      // Not broken for good: the same request then goes through.
      const retry = await prepared.send();
      expect(retry.statusCode, `${scenario.name} retry: ${retry.body}`).toBeLessThan(300);
    }
  });
});

describe('D1: the audit log is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE from the application connection, and keeps the rows', async () => {
    // A pool built exactly as the app builds its own, from the app's configuration.
    const appDb = createDatabase(ctx.config.DATABASE_URL, { max: 1 });
    try {
      const before = await sideTableCounts(ctx);
      expect(before.audit).toBeGreaterThan(0);
      for (const statement of [
        `update audit_log set action = 'forged'`,
        `update audit_log set after = null where id = (select min(id) from audit_log)`,
        `delete from audit_log`,
        // Even a statement that matches no row is refused (the trigger is per statement).
        `delete from audit_log where id < 0`,
        `truncate audit_log`,
      ]) {
        await expect(appDb.pool.query(statement), statement).rejects.toMatchObject({
          code: '42501',
          message: expect.stringContaining('append-only'),
        });
      }
      expect((await sideTableCounts(ctx)).audit).toBe(before.audit);
      const { rows } = await appDb.pool.query(
        `select count(*)::int as n from audit_log where action = 'forged'`,
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await appDb.close();
    }
  });

  it('still accepts new rows (INSERT is the only write)', async () => {
    const before = (await sideTableCounts(ctx)).audit;
    await ctx.database.pool.query(
      `insert into audit_log (action, entity_type, entity_id) values ('probe', 'test', gen_random_uuid())`,
    );
    expect((await sideTableCounts(ctx)).audit).toBe(before + 1);
  });
});
