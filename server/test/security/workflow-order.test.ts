import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import {
  matchStatuses,
  matchTransitionsFrom,
  pipelineStatuses,
  sampleActions,
  sampleTransitions,
  type MatchStatus,
  type SampleAction,
  type SampleStatus,
} from '@ketnoi/shared';
import { auditLog, matches, sampleRequests } from '../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';

/**
 * S17: every transition of the match and sample-request state machines, attempted from every
 * state by every role. Only the transitions DESIGN.md allows succeed. A refusal changes nothing
 * (same row, same version, no audit entry) and carries a stable `code`:
 * - the caller may act on the record but the step is not allowed from its state → 409
 *   INVALID_TRANSITION (with the allowed steps);
 * - the caller may see the record but it is not its step to take → 403 FORBIDDEN;
 * - the caller may not see the record at all → 404 NOT_FOUND (like a missing id).
 * Authorization is decided before the workflow, so a stranger learns nothing about the state.
 */

type RoleName =
  'coordinator' | 'admin' | 'producer' | 'distributor' | 'otherProducer' | 'otherDistributor';
const roleNames: RoleName[] = [
  'coordinator',
  'admin',
  'producer',
  'distributor',
  'otherProducer',
  'otherDistributor',
];
const isStaffRole = (role: RoleName) => role === 'coordinator' || role === 'admin';
const isPartyRole = (role: RoleName) => role === 'producer' || role === 'distributor';

let ctx: TestContext;
const accounts = {} as Record<RoleName, Account>;
let product: Awaited<ReturnType<typeof insertProduct>>;

beforeAll(async () => {
  // ~500 requests from one address in a few seconds: above the per-IP limit, which is not under test.
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  const [coordinator, admin, producer, distributor, otherProducer, otherDistributor] =
    await Promise.all([
      createStaff(ctx.app, ctx.database, 'coordinator'),
      createStaff(ctx.app, ctx.database, 'admin'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'distributor'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'distributor'),
    ]);
  Object.assign(accounts, {
    coordinator,
    admin,
    producer,
    distributor,
    otherProducer,
    otherDistributor,
  });
  for (const account of [producer, distributor, otherProducer, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  product = await insertProduct(ctx.database, producer.organizationId);
});
afterAll(async () => ctx?.close());

const auditCount = async () => (await ctx.database.db.select({ n: count() }).from(auditLog))[0]!.n;

function call(method: 'POST' | 'PATCH', url: string, role: RoleName, payload: object) {
  return ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: authHeader(accounts[role].accessToken),
    payload,
  });
}

/** Runs one attempt and checks the outcome against the expectation, returning a readable line. */
async function attempt<Row extends { status: string; version: number }>(
  label: string,
  load: () => Promise<Row>,
  send: () => ReturnType<typeof call>,
  expected: { ok: true; status: string } | { ok: false; http: number; code: string },
) {
  const before = await load();
  const audits = await auditCount();
  const response = await send();
  const after = await load();
  const body = response.json<Record<string, unknown>>();
  if (expected.ok) {
    expect(response.statusCode, `${label}: ${response.body}`).toBe(200);
    expect(after.status, label).toBe(expected.status);
    expect(after.version, label).toBe(before.version + 1);
    expect(await auditCount(), `${label}: one audit row`).toBe(audits + 1);
  } else {
    expect(response.statusCode, `${label}: ${response.body}`).toBe(expected.http);
    expect(body.code, label).toBe(expected.code);
    expect(response.headers['content-type'], label).toMatch(/^application\/problem\+json/);
    // 0 state changes on failure: the row is exactly as it was, and nothing was audited.
    expect(after, label).toEqual(before);
    expect(await auditCount(), `${label}: no audit row`).toBe(audits);
  }
  return `${label} → ${response.statusCode}${expected.ok ? '' : ` ${String(body.code)}`}`;
}

describe('S17: match state machine, every move from every state by every role', () => {
  type MatchMove =
    | { kind: 'approve' }
    | { kind: 'reject' }
    | { kind: 'patch'; to: (typeof pipelineStatuses)[number] };
  const moves: MatchMove[] = [
    { kind: 'approve' },
    { kind: 'reject' },
    ...pipelineStatuses.map((to) => ({ kind: 'patch' as const, to })),
  ];
  const visibleToParties = (status: MatchStatus) =>
    !['proposed', 'approved', 'rejected'].includes(status);

  function expectation(state: MatchStatus, move: MatchMove, role: RoleName) {
    // Deciding is the centre's whatever the match: refused by role before the record is read.
    if (move.kind !== 'patch' && !isStaffRole(role)) {
      return { ok: false as const, http: 403, code: 'FORBIDDEN' };
    }
    const canSee = isStaffRole(role) || (isPartyRole(role) && visibleToParties(state));
    if (!canSee) {
      return { ok: false as const, http: 404, code: 'NOT_FOUND' };
    }
    const to =
      move.kind === 'approve' ? 'introduced' : move.kind === 'reject' ? 'rejected' : move.to;
    return matchTransitionsFrom(state).includes(to)
      ? { ok: true as const, status: to }
      : { ok: false as const, http: 409, code: 'INVALID_TRANSITION' };
  }

  it.each(matchStatuses.map((s) => [s]))(
    'from %s: only the allowed moves succeed, by the allowed roles',
    async (state) => {
      const log: string[] = [];
      let match = (
        await insertMatch(ctx.database, accounts.distributor, product, { status: state })
      ).match;
      for (const move of moves) {
        for (const role of roleNames) {
          const expected = expectation(state, move, role);
          const id = match.id;
          const load = async () =>
            (await ctx.database.db.select().from(matches).where(eq(matches.id, id)))[0]!;
          const { version } = await load();
          const label = `${state} ${move.kind === 'patch' ? `→ ${move.to}` : move.kind} by ${role}`;
          log.push(
            await attempt(
              label,
              load,
              () =>
                move.kind === 'approve'
                  ? call('POST', `/matches/${id}/approve`, role, { version })
                  : move.kind === 'reject'
                    ? call('POST', `/matches/${id}/reject`, role, {
                        reason: 'Không phù hợp',
                        version,
                      })
                    : call('PATCH', `/matches/${id}`, role, {
                        status: move.to,
                        version,
                        ...(move.to === 'lost' ? { lostReason: 'Giá không phù hợp' } : {}),
                      }),
              expected,
            ),
          );
          if (expected.ok) {
            // The move happened: the next attempts start again from a fresh match in this state.
            match = (
              await insertMatch(ctx.database, accounts.distributor, product, { status: state })
            ).match;
          }
        }
      }
      // Every combination was tried (moves × roles) and the successes are exactly the table's.
      expect(log).toHaveLength(moves.length * roleNames.length);
      const successes = log.filter((line) => line.endsWith('→ 200'));
      const allowed = matchTransitionsFrom(state);
      const expectedSuccesses =
        (allowed.includes('introduced') ? 2 : 0) +
        (allowed.includes('rejected') ? 2 : 0) +
        pipelineStatuses.filter((s) => allowed.includes(s)).length * 4;
      expect(successes, log.join('\n')).toHaveLength(expectedSuccesses);
    },
  );
});

describe('S17: sample-request state machine, every step from every state by every role', () => {
  const sampleStatuses: SampleStatus[] = [
    'requested',
    'accepted',
    'declined',
    'shipped',
    'delivered',
    'evaluated',
  ];
  const evaluation = {
    fitToSpecification: 4,
    tasteOrQuality: 5,
    packaging: 4,
    labelCompliance: 3,
    remainingShelfLife: 4,
    priceAcceptance: 3,
    decision: 'go',
  };
  const bodies: Record<SampleAction, object> = {
    accept: {},
    decline: { reason: 'Hết hàng mẫu' },
    ship: { carrier: 'Viettel Post', trackingNumber: 'VTP123' },
    deliver: {},
    evaluate: evaluation,
  };

  async function insertSample(status: SampleStatus) {
    const [row] = await ctx.database.db
      .insert(sampleRequests)
      .values({
        productId: product.id,
        producerOrgId: accounts.producer.organizationId,
        distributorOrgId: accounts.distributor.organizationId,
        requestedBy: accounts.distributor.user.id,
        status,
        quantity: 2,
        unit: 'jar',
        deliveryAddress: '12 Lê Lợi, Quận 1, TP. Hồ Chí Minh',
      })
      .returning();
    return row!;
  }

  function expectation(state: SampleStatus, action: SampleAction, role: RoleName) {
    if (!isStaffRole(role) && !isPartyRole(role)) {
      return { ok: false as const, http: 404, code: 'NOT_FOUND' };
    }
    const transition = sampleTransitions[action];
    if (role !== transition.by) {
      return { ok: false as const, http: 403, code: 'FORBIDDEN' };
    }
    return transition.from === state
      ? { ok: true as const, status: transition.to }
      : { ok: false as const, http: 409, code: 'INVALID_TRANSITION' };
  }

  it.each(sampleStatuses.map((s) => [s]))(
    'from %s: only the allowed step succeeds, by the side that takes it',
    async (state) => {
      const log: string[] = [];
      let sample = await insertSample(state);
      for (const action of sampleActions) {
        for (const role of roleNames) {
          const expected = expectation(state, action, role);
          const id = sample.id;
          const load = async () =>
            (
              await ctx.database.db.select().from(sampleRequests).where(eq(sampleRequests.id, id))
            )[0]!;
          const { version } = await load();
          log.push(
            await attempt(
              `${state} ${action} by ${role}`,
              load,
              () =>
                call('POST', `/sample-requests/${id}/${action}`, role, {
                  ...bodies[action],
                  version,
                }),
              expected,
            ),
          );
          if (expected.ok) {
            sample = await insertSample(state);
          }
        }
      }
      expect(log).toHaveLength(sampleActions.length * roleNames.length);
      const successes = log.filter((line) => line.endsWith('→ 200'));
      expect(successes, log.join('\n')).toHaveLength(
        sampleActions.filter((a) => sampleTransitions[a].from === state).length,
      );
    },
  );

  it('a refused step reports the steps that are allowed from the current state', async () => {
    const sample = await insertSample('accepted');
    const response = await call('POST', `/sample-requests/${sample.id}/accept`, 'producer', {});
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['ship'] });
  });
});
