import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, QueueEvents } from 'bullmq';
import { eq, inArray } from 'drizzle-orm';
import {
  matches,
  notifications,
  outbox,
  quotes,
  sampleRequests,
} from '../../src/db/schema/index.ts';
import { jobSchedules, redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import { addDays, todayInVietnam } from '../../src/modules/certificates/certificates.validity.ts';
import { quoteReminderKey } from '../../src/modules/quotes/quotes.repository.ts';
import { sendSourcingReminders } from '../../src/modules/sourcing-reminders/sourcing-reminders.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../helpers/sourcing-fixtures.ts';

let ctx: TestContext;
/** The producer has two members, one of them English-speaking; the distributor one. */
let producer: Account;
let producerMember: Account;
let distributor: Account;
let product: { id: string; producerOrgId: string; nameVi: string };
/** Introductions are about another product: sample requests of `product` do not count for them. */
let introProduct: { id: string; producerOrgId: string };

const today = todayInVietnam();
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
const run = () => sendSourcingReminders({ db: ctx.database.db, publicUrl: ctx.config.PUBLIC_URL });

beforeAll(async () => {
  ctx = await createTestContext();
  producer = await quickAccount(ctx.app, ctx.database, 'producer');
  distributor = await quickAccount(ctx.app, ctx.database, 'distributor');
  await verifyOrganization(ctx.database, producer.organizationId);
  await verifyOrganization(ctx.database, distributor.organizationId);
  producerMember = (
    await quickMember(ctx.app, ctx.database, producer.organizationId, { locale: 'en' })
  ).account!;
  product = await insertProduct(ctx.database, producer.organizationId);
  introProduct = await insertProduct(ctx.database, producer.organizationId);
});
afterAll(async () => ctx?.close());

/** A sample request written straight to the database, made `age` days ago. */
async function sampleRequest(age: number, status: 'requested' | 'accepted' = 'requested') {
  const [row] = await ctx.database.db
    .insert(sampleRequests)
    .values({
      productId: product.id,
      producerOrgId: producer.organizationId,
      distributorOrgId: distributor.organizationId,
      requestedBy: distributor.user.id,
      status,
      quantity: 2,
      unit: 'jar',
      deliveryAddress: '1 Nguyễn Huệ, TP. Hồ Chí Minh',
      createdAt: daysAgo(age),
    })
    .returning();
  return row!;
}

async function quote(
  matchId: string,
  age: number,
  overrides: Partial<typeof quotes.$inferInsert> = {},
) {
  const [row] = await ctx.database.db
    .insert(quotes)
    .values({
      matchId,
      producerOrgId: producer.organizationId,
      distributorOrgId: distributor.organizationId,
      createdBy: producer.user.id,
      pricePerUnit: 150_000,
      currency: 'VND',
      unit: 'jar',
      moq: 100,
      leadTimeDays: 10,
      paymentTerms: 'Công nợ 30 ngày',
      validUntil: addDays(today, 20),
      createdAt: daysAgo(age),
      ...overrides,
    })
    .returning();
  return row!;
}

/** Reminder notifications per recipient about one entity (a sample request, match or quote). */
async function remindersAbout(key: 'sampleRequestId' | 'matchId' | 'quoteId', id: string) {
  const rows = await ctx.database.db.select().from(notifications);
  return rows
    .filter((n) => {
      const data = n.data;
      // Quote reminders carry their match too: about a match means the introduction's nudge.
      const aboutMatch = key !== 'matchId' || n.kind === 'match.reminder';
      return data?.reminder === true && data[key] === id && aboutMatch;
    })
    .map((n) => ({ userId: n.userId, kind: n.kind, title: n.title }));
}

describe('sourcing reminders', () => {
  it('nudges each unanswered step once, the right people, however often and however concurrently it runs', async () => {
    const samples = {
      due: await sampleRequest(4),
      young: await sampleRequest(2),
      answered: await sampleRequest(5, 'accepted'),
    };
    const intro = {
      due: (
        await insertMatch(ctx.database, distributor, introProduct, { introducedAt: daysAgo(4) })
      ).match,
      young: (
        await insertMatch(ctx.database, distributor, introProduct, { introducedAt: daysAgo(1) })
      ).match,
      withQuote: (
        await insertMatch(ctx.database, distributor, introProduct, { introducedAt: daysAgo(5) })
      ).match,
      withSample: (
        await insertMatch(ctx.database, distributor, introProduct, { introducedAt: daysAgo(5) })
      ).match,
      moved: (
        await insertMatch(ctx.database, distributor, introProduct, {
          status: 'negotiating',
          introducedAt: daysAgo(9),
        })
      ).match,
    };
    await ctx.database.db
      .update(sampleRequests)
      .set({ matchId: intro.withSample.id })
      .where(eq(sampleRequests.id, samples.answered.id));
    const quoted = {
      due: await quote(intro.withQuote.id, 4),
      young: await quote(intro.moved.id, 1, { status: 'withdrawn' }),
      answered: await quote(intro.moved.id, 6, { status: 'declined' }),
      pastDue: await quote(intro.moved.id, 5, { validUntil: addDays(today, -1) }),
    };
    const youngSent = await quote(intro.moved.id, 1);

    const results = await Promise.all([run(), run(), run()]);
    const total = (k: 'sampleRequests' | 'introductions' | 'quotes') =>
      results.reduce((sum, r) => sum + r[k], 0);
    expect(total('sampleRequests')).toBe(1);
    expect(total('introductions')).toBe(1);
    expect(total('quotes')).toBe(1);
    expect(results.reduce((sum, r) => sum + r.expiredQuotes, 0)).toBe(1);
    const later = await run();
    expect(later).toMatchObject({ reminded: 0, expiredQuotes: 0 });

    // The producer's members, about the old sample request, in their own language.
    expect(
      (await remindersAbout('sampleRequestId', samples.due.id)).sort((a, b) =>
        a.userId.localeCompare(b.userId),
      ),
    ).toEqual(
      [
        {
          userId: producer.user.id,
          kind: 'sample.reminder',
          title: `Yêu cầu mẫu đang chờ bạn trả lời: ${product.nameVi}`,
        },
        {
          userId: producerMember.user.id,
          kind: 'sample.reminder',
          title: 'A sample request is waiting for your answer: Mint honey',
        },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    for (const quiet of [samples.young, samples.answered]) {
      expect(await remindersAbout('sampleRequestId', quiet.id)).toEqual([]);
    }
    const [claimed] = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(eq(sampleRequests.id, samples.due.id));
    expect(claimed!.remindedAt).not.toBeNull();
    expect(claimed!.version).toBe(1);

    // Both parties of the idle introduction; nobody about the others.
    const introReminders = await remindersAbout('matchId', intro.due.id);
    expect(introReminders.map((r) => r.userId).sort()).toEqual(
      [producer.user.id, producerMember.user.id, distributor.user.id].sort(),
    );
    expect(new Set(introReminders.map((r) => r.kind))).toEqual(new Set(['match.reminder']));
    for (const quiet of [intro.young, intro.withQuote, intro.withSample, intro.moved]) {
      expect(await remindersAbout('matchId', quiet.id), quiet.id).toEqual([]);
    }
    const [introRow] = await ctx.database.db
      .select()
      .from(matches)
      .where(eq(matches.id, intro.due.id));
    expect(introRow).toMatchObject({ status: 'introduced', version: 1 });
    expect(introRow!.remindedAt).not.toBeNull();

    // The distributor, about the unanswered quote; the expired one was marked, not nudged.
    expect(await remindersAbout('quoteId', quoted.due.id)).toEqual([
      expect.objectContaining({ userId: distributor.user.id, kind: 'quote.reminder' }),
    ]);
    for (const quiet of [quoted.young, quoted.answered, quoted.pastDue, youngSent]) {
      expect(await remindersAbout('quoteId', quiet.id)).toEqual([]);
    }
    const [expired] = await ctx.database.db
      .select()
      .from(quotes)
      .where(eq(quotes.id, quoted.pastDue.id));
    expect(expired!.status).toBe('expired');

    // One e-mail per notification: 2 (sample) + 3 (introduction) + 1 (quote).
    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.topic, 'notify.email'));
    expect(mails).toHaveLength(6);
    expect(mails.filter((m) => m.dedupeKey === quoteReminderKey(quoted.due.id))).toHaveLength(1);
    expect(mails.map((m) => (m.payload as { to: string }).to).sort()).toEqual(
      [
        producer.email,
        producerMember.email,
        producer.email,
        producerMember.email,
        distributor.email,
        distributor.email,
      ].sort(),
    );
  });

  it('never reminds the same sample request twice, however long it waits', async () => {
    const row = await sampleRequest(4);
    await run();
    await ctx.database.db
      .update(sampleRequests)
      .set({ createdAt: daysAgo(8) })
      .where(eq(sampleRequests.id, row.id));
    await run();
    expect(await remindersAbout('sampleRequestId', row.id)).toHaveLength(2);
  });
});

describe('the maintenance queue', () => {
  it('runs the hourly sourcing-reminders job through the real worker', async () => {
    const schedule = jobSchedules.find((s) => s.id === 'sourcing-reminders')!;
    expect(schedule).toMatchObject({ queue: 'maintenance', pattern: '15 * * * *' });
    const runtime = await ctx.startWorker();
    await runtime.schedulesReady;
    const connection = redisOptionsFromUrl(ctx.config.REDIS_URL);
    const queue = new Queue('maintenance', { connection, prefix: ctx.config.QUEUE_PREFIX });
    const events = new QueueEvents('maintenance', { connection, prefix: ctx.config.QUEUE_PREFIX });
    try {
      expect(await queue.getJobScheduler(schedule.id)).toMatchObject({
        name: 'sourcing-reminders',
      });
      const row = await sampleRequest(3.5);
      await events.waitUntilReady();
      const job = await queue.add('sourcing-reminders', {});
      const result = (await job.waitUntilFinished(events, 15_000)) as { sampleRequests: number };
      expect(result.sampleRequests).toBe(1);
      const again = await queue.add('sourcing-reminders', {});
      expect(await again.waitUntilFinished(events, 15_000)).toMatchObject({ reminded: 0 });
      expect(await remindersAbout('sampleRequestId', row.id)).toHaveLength(2);
      const mails = await ctx.database.db
        .select()
        .from(outbox)
        .where(inArray(outbox.topic, ['notify.email']));
      expect(
        mails.filter((m) => (m.payload as { text: string }).text.includes(row.id)),
      ).toHaveLength(2);
    } finally {
      await events.close();
      await queue.close();
    }
  });
});
