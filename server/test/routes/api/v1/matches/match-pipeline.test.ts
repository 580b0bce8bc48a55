import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { MatchStatus } from '@ketnoi/shared';
import { agreements, auditLog } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  auditOf,
  insertDemand,
  insertMatch,
  insertPublishedProduct,
  matchRow,
  notificationsOf,
} from './match-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let producer: Account;
let distributor: Account;
let otherProducer: Account;
let otherDistributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, producer, distributor, otherProducer, otherDistributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor', { locale: 'en' }),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producer, distributor, otherProducer, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
});
afterAll(async () => ctx?.close());

async function matchAt(status: MatchStatus) {
  const demand = await insertDemand(ctx.database, distributor);
  const product = await insertPublishedProduct(ctx.database, producer.organizationId);
  return insertMatch(ctx.database, demand, product, { status });
}

const patch = (id: string, payload: Record<string, unknown>, token?: string) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/matches/${id}`,
    headers: token ? authHeader(token) : {},
    payload,
  });
const agreementsOf = (matchId: string) =>
  ctx.database.db.select().from(agreements).where(eq(agreements.matchId, matchId));

describe('PATCH /api/v1/matches/:id', () => {
  it('walks the pipeline by either party, notifying the other side and auditing each step', async () => {
    const match = await matchAt('introduced');
    const steps: [Account, MatchStatus, Account][] = [
      [distributor, 'sample_requested', producer],
      [producer, 'sample_sent', distributor],
      [distributor, 'sample_received', producer],
      [producer, 'negotiating', distributor],
    ];
    let version = 1;
    for (const [mover, status, other] of steps) {
      const before = (await notificationsOf(ctx.database, other.user.id)).length;
      const moverBefore = (await notificationsOf(ctx.database, mover.user.id)).length;
      const response = await patch(match.id, { status, version }, mover.accessToken);
      expect(response.statusCode, status).toBe(200);
      expect(response.json()).toMatchObject({ status, version: version + 1 });
      version += 1;
      const told = await notificationsOf(ctx.database, other.user.id);
      expect(told.length, status).toBe(before + 1);
      expect(
        told.find((n) => n.kind === `match.${status}`),
        status,
      ).toBeDefined();
      expect((await notificationsOf(ctx.database, mover.user.id)).length, status).toBe(moverBefore);
    }
    const english = (await notificationsOf(ctx.database, distributor.user.id)).find(
      (n) => n.kind === 'match.negotiating',
    );
    expect(english!.title).toBe('Match negotiating: Mint honey');
    const audit = await auditOf(ctx.database, match.id);
    expect(audit.map((a) => a.action)).toEqual(steps.map(([, status]) => `match.${status}`));
    expect(audit[0]).toMatchObject({
      actorId: distributor.user.id,
      before: { status: 'introduced', version: 1 },
      after: { status: 'sample_requested', version: 2 },
    });
  });

  it('allows skipping straight to negotiating and refuses illegal moves with 409 INVALID_TRANSITION and the allowed ones', async () => {
    const match = await matchAt('introduced');
    const illegal = await patch(match.id, { status: 'won', version: 1 }, distributor.accessToken);
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      currentStatus: 'introduced',
      allowed: ['sample_requested', 'negotiating', 'lost'],
    });
    expect(await matchRow(ctx.database, match.id)).toMatchObject({
      status: 'introduced',
      version: 1,
    });

    expect(
      (await patch(match.id, { status: 'negotiating', version: 1 }, producer.accessToken))
        .statusCode,
    ).toBe(200);
    const back = await patch(match.id, { status: 'sample_sent', version: 2 }, producer.accessToken);
    expect(back.statusCode).toBe(409);
    expect(back.json().allowed).toEqual(['won', 'lost']);
    for (const status of ['introduced', 'proposed', 'rejected', 'approved']) {
      const response = await patch(match.id, { status, version: 2 }, coordinator.accessToken);
      expect(response.statusCode, status).toBe(400);
    }
  });

  it('refuses a stale version with 409 VERSION_CONFLICT and the current version', async () => {
    const match = await matchAt('sample_requested');
    const response = await patch(
      match.id,
      { status: 'sample_sent', version: 3 },
      producer.accessToken,
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    expect(
      (await patch(match.id, { status: 'sample_sent' }, producer.accessToken)).statusCode,
    ).toBe(400);
    expect((await matchRow(ctx.database, match.id)).status).toBe('sample_requested');
  });

  it('needs a reason to lose, and a lost match is final', async () => {
    const match = await matchAt('sample_sent');
    for (const payload of [{}, { lostReason: '   ' }]) {
      const response = await patch(
        match.id,
        { status: 'lost', version: 1, ...payload },
        distributor.accessToken,
      );
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors[0].path).toBe('/lostReason');
    }
    const reasonElsewhere = await patch(
      match.id,
      { status: 'sample_received', version: 1, lostReason: 'Giá cao' },
      distributor.accessToken,
    );
    expect(reasonElsewhere.statusCode).toBe(400);
    const lost = await patch(
      match.id,
      { status: 'lost', version: 1, lostReason: 'Giá cao hơn ngân sách' },
      distributor.accessToken,
    );
    expect(lost.statusCode).toBe(200);
    expect(lost.json()).toMatchObject({
      status: 'lost',
      lostReason: 'Giá cao hơn ngân sách',
      allowedTransitions: [],
    });
    const producerNote = (await notificationsOf(ctx.database, producer.user.id)).find(
      (n) => n.kind === 'match.lost',
    );
    expect(producerNote!.body).toContain('Giá cao hơn ngân sách');
    const after = await patch(
      match.id,
      { status: 'negotiating', version: 2 },
      producer.accessToken,
    );
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
  });

  it('records the agreement of a won match with the match, in the same transaction', async () => {
    const match = await matchAt('negotiating');
    const second = await insertPublishedProduct(ctx.database, producer.organizationId);
    const foreign = await insertPublishedProduct(ctx.database, otherProducer.organizationId);
    const agreement = { signedOn: '2026-01-15', value: 1_250_000_000, currency: 'VND' };

    const withForeign = await patch(
      match.id,
      {
        status: 'won',
        version: 1,
        agreement: { ...agreement, productIds: [match.productId, foreign.id] },
      },
      producer.accessToken,
    );
    expect(withForeign.statusCode).toBe(400);
    expect(withForeign.json().errors[0].path).toBe('/agreement/productIds');
    expect(await matchRow(ctx.database, match.id)).toMatchObject({
      status: 'negotiating',
      version: 1,
    });
    expect(await agreementsOf(match.id)).toHaveLength(0);
    expect(await auditOf(ctx.database, match.id)).toHaveLength(0);

    const won = await patch(
      match.id,
      {
        status: 'won',
        version: 1,
        agreement: { ...agreement, productIds: [match.productId, second.id] },
      },
      producer.accessToken,
    );
    expect(won.statusCode).toBe(200);
    expect(won.json().status).toBe('won');
    const [row] = await agreementsOf(match.id);
    expect(row).toMatchObject({
      kind: 'contract',
      producerOrgId: producer.organizationId,
      distributorOrgId: distributor.organizationId,
      signedOn: '2026-01-15',
      value: 1_250_000_000,
      currency: 'VND',
      productIds: [match.productId, second.id],
      createdBy: producer.user.id,
    });
    expect(row!.title).toContain('—');
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row!.id));
    expect(audit.map((a) => a.action)).toEqual(['agreement.create']);
    expect((await auditOf(ctx.database, match.id))[0]).toMatchObject({
      action: 'match.won',
      after: { status: 'won', agreementId: row!.id },
    });
  });

  it('takes an agreement only with won, and defaults it to the matched product', async () => {
    const match = await matchAt('negotiating');
    const agreement = { signedOn: '2026-02-01', value: 5000, currency: 'USD' };
    const early = await patch(
      match.id,
      { status: 'lost', version: 1, lostReason: 'Hết mùa', agreement },
      distributor.accessToken,
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('/agreement');
    const future = await patch(
      match.id,
      { status: 'won', version: 1, agreement: { ...agreement, signedOn: '2999-01-01' } },
      distributor.accessToken,
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('/agreement/signedOn');
    expect(
      (await patch(match.id, { status: 'won', version: 1, agreement }, distributor.accessToken))
        .statusCode,
    ).toBe(200);
    expect((await agreementsOf(match.id))[0]).toMatchObject({
      productIds: [match.productId],
      currency: 'USD',
    });
  });

  it('lets a coordinator move a match for the parties, telling both', async () => {
    const match = await matchAt('introduced');
    const before = [producer, distributor].map(
      async (a) => (await notificationsOf(ctx.database, a.user.id)).length,
    );
    const counts = await Promise.all(before);
    const response = await patch(
      match.id,
      { status: 'negotiating', version: 1 },
      coordinator.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect((await notificationsOf(ctx.database, producer.user.id)).length).toBe(counts[0]! + 1);
    expect((await notificationsOf(ctx.database, distributor.user.id)).length).toBe(counts[1]! + 1);
    expect(Object.keys(response.json())).not.toContain('counterpart');
  });

  it('hides the match from other organizations and before introduction (404), and refuses anonymous callers (401)', async () => {
    const match = await matchAt('introduced');
    for (const account of [otherProducer, otherDistributor]) {
      const response = await patch(
        match.id,
        { status: 'negotiating', version: 1 },
        account.accessToken,
      );
      expect(response.statusCode, account.email).toBe(404);
    }
    const proposal = await matchAt('proposed');
    expect(
      (await patch(proposal.id, { status: 'negotiating', version: 1 }, distributor.accessToken))
        .statusCode,
    ).toBe(404);
    const staff = await patch(
      proposal.id,
      { status: 'negotiating', version: 1 },
      coordinator.accessToken,
    );
    expect(staff.statusCode).toBe(409);
    expect(staff.json().allowed).toEqual(['introduced', 'rejected']);
    expect((await patch(match.id, { status: 'negotiating', version: 1 })).statusCode).toBe(401);
    expect(
      (await patch(uuidv7(), { status: 'negotiating', version: 1 }, coordinator.accessToken))
        .statusCode,
    ).toBe(404);
    expect((await matchRow(ctx.database, match.id)).status).toBe('introduced');
  });
});
