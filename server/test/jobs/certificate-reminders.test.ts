import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, QueueEvents } from 'bullmq';
import { and, eq, inArray, like } from 'drizzle-orm';
import { certificates, notifications, outbox, products } from '../../src/db/schema/index.ts';
import { jobSchedules, redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import {
  reminderKey,
  sendCertificateReminders,
} from '../../src/modules/certificates/certificates.reminders.ts';
import { addDays, todayInVietnam } from '../../src/modules/certificates/certificates.validity.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';

let ctx: TestContext;
let owner: Account;
let member: Account;
let disabledEmail: string;
const today = todayInVietnam();
const inDays = (days: number) => addDays(today, days);
const run = (day = today) =>
  sendCertificateReminders({ db: ctx.database.db, publicUrl: ctx.config.PUBLIC_URL }, day);

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' });
  await verifyOrganization(ctx.database, owner.organizationId);
  member = (await quickMember(ctx.app, ctx.database, owner.organizationId, { locale: 'vi' }))
    .account!;
  disabledEmail = (
    await quickMember(ctx.app, ctx.database, owner.organizationId, { disabled: true })
  ).user.email;
});
afterAll(async () => ctx?.close());

/** Certificates written straight to the database: the reminder job reads rows, whoever wrote them. */
async function certificate(
  expiresOn: string | null,
  overrides: Partial<typeof certificates.$inferInsert> = {},
) {
  const [row] = await ctx.database.db
    .insert(certificates)
    .values({
      organizationId: owner.organizationId,
      scheme: 'vietgap',
      issuer: 'QUACERT',
      number: `VG-${Math.random().toString(36).slice(2, 8)}`,
      issuedOn: inDays(-1000),
      expiresOn,
      ...overrides,
    })
    .returning();
  return row!;
}

async function remindersOf(certificateIds: string[]) {
  const mails = (
    await ctx.database.db.select().from(outbox).where(like(outbox.dedupeKey, 'cert-%'))
  ).filter((m) => certificateIds.some((id) => m.dedupeKey!.startsWith(`cert-${id}-`)));
  const notes = (
    await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'certificate.expiring'))
  ).filter((n) => certificateIds.includes((n.data as { certificateId: string }).certificateId));
  return { mails, notes };
}

describe('certificate reminders', () => {
  it('reminds each active member once per certificate, of the nearest threshold crossed, however often it runs', async () => {
    const due = {
      at90: await certificate(inDays(90)),
      at45: await certificate(inDays(45)),
      at30: await certificate(inDays(30)),
      at20: await certificate(inDays(20)),
      at7: await certificate(inDays(7)),
      lastDay: await certificate(today),
    };
    const quiet = {
      at91: await certificate(inDays(91)),
      expired: await certificate(inDays(-1)),
      openEnded: await certificate(null, { scheme: 'gi' }),
    };
    const [archived] = await ctx.database.db
      .insert(products)
      .values({
        producerOrgId: owner.organizationId,
        status: 'archived',
        nameVi: 'Đã ngừng bán',
        descriptionVi: 'x',
        ocopGroup: 'food',
        category: 'honey',
        provinceCode: 'ha-noi',
        unit: 'jar',
        moq: 1,
      })
      .returning();
    const ofArchived = await certificate(inDays(10), { productId: archived!.id });
    const allIds = [...Object.values(due), ...Object.values(quiet), ofArchived].map((c) => c.id);

    const first = await run();
    expect(first.reminders).toBe(Object.keys(due).length * 2);
    const second = await run();
    expect(second.reminders).toBe(0);

    const { mails, notes } = await remindersOf(allIds);
    expect(mails).toHaveLength(12);
    expect(notes).toHaveLength(12);
    const expectedThreshold = { at90: 90, at45: 90, at30: 30, at20: 30, at7: 7, lastDay: 7 };
    for (const [name, cert] of Object.entries(due)) {
      const threshold = expectedThreshold[name as keyof typeof expectedThreshold];
      const keys = mails
        .filter((m) => m.dedupeKey!.startsWith(`cert-${cert.id}-`))
        .map((m) => m.dedupeKey)
        .sort();
      expect(keys, name).toEqual(
        [
          reminderKey(cert.id, threshold, cert.expiresOn!, owner.user.id),
          reminderKey(cert.id, threshold, cert.expiresOn!, member.user.id),
        ].sort(),
      );
    }
    expect(mails.map((m) => (m.payload as { to: string }).to)).not.toContain(disabledEmail);

    // In each person's language; the in-app row and its e-mail are written in one transaction.
    const at30 = due.at30;
    const english = mails.find(
      (m) => m.dedupeKey === reminderKey(at30.id, 30, at30.expiresOn!, owner.user.id),
    )!;
    expect(english.payload).toMatchObject({
      to: owner.email,
      subject: 'Certificate expiring: VietGAP',
    });
    expect((english.payload as { text: string }).text).toContain(
      `is valid until ${at30.expiresOn}: 30 days left`,
    );
    expect((english.payload as { text: string }).text).toContain(
      `${ctx.config.PUBLIC_URL}/app/certificates/${at30.id}`,
    );
    const vietnameseNote = notes.find(
      (n) =>
        n.userId === member.user.id &&
        (n.data as { certificateId: string }).certificateId === at30.id,
    )!;
    const [y, m, d] = at30.expiresOn!.split('-');
    expect(vietnameseNote).toMatchObject({
      title: 'Chứng nhận sắp hết hạn: VietGAP',
      link: `/app/certificates/${at30.id}`,
    });
    expect(vietnameseNote.body).toContain(`hết hiệu lực sau ngày ${d}/${m}/${y}, còn 30 ngày`);
    const englishNote = notes.find(
      (n) =>
        n.userId === owner.user.id &&
        (n.data as { certificateId: string }).certificateId === at30.id,
    )!;
    expect(englishNote.createdAt.getTime()).toBe(english.createdAt.getTime());
  });

  it('does not remind twice the next day, reminds a certificate crossing 90 then, and the 30-day reminder later', async () => {
    const soon = await certificate(inDays(91));
    const later = await certificate(inDays(95));
    const ids = [soon.id, later.id];
    expect((await remindersOf(ids)).mails).toHaveLength(0);

    await run(inDays(1));
    await run(inDays(1));
    expect((await remindersOf(ids)).mails.map((m) => m.dedupeKey!.split('-')[6])).toEqual([
      '90',
      '90',
    ]);
    // Two days later nothing new; 61 days later the 30-day threshold is crossed for `soon`.
    expect((await run(inDays(3))).reminders).toBe(0);
    await run(inDays(61));
    const { mails } = await remindersOf([soon.id]);
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(
      [
        reminderKey(soon.id, 90, soon.expiresOn!, owner.user.id),
        reminderKey(soon.id, 90, soon.expiresOn!, member.user.id),
        reminderKey(soon.id, 30, soon.expiresOn!, owner.user.id),
        reminderKey(soon.id, 30, soon.expiresOn!, member.user.id),
      ].sort(),
    );
  });

  it('reminds a renewed certificate again, as a new cycle, for its new expiry', async () => {
    const cert = await certificate(inDays(5));
    await run();
    expect((await remindersOf([cert.id])).mails).toHaveLength(2);
    // Renewed in place: 40 days out, the 90-day threshold of the new expiry is already crossed.
    await ctx.database.db
      .update(certificates)
      .set({ expiresOn: inDays(40) })
      .where(eq(certificates.id, cert.id));
    await run();
    await run();
    expect((await remindersOf([cert.id])).mails).toHaveLength(4);
    await run(inDays(10));
    const { mails, notes } = await remindersOf([cert.id]);
    expect(mails).toHaveLength(6);
    expect(notes).toHaveLength(6);
    expect(mails.map((m) => m.dedupeKey!.split('-').slice(6, 10).join('-')).sort()).toEqual(
      [
        `7-${inDays(5)}`,
        `7-${inDays(5)}`,
        `90-${inDays(40)}`,
        `90-${inDays(40)}`,
        `30-${inDays(40)}`,
        `30-${inDays(40)}`,
      ].sort(),
    );
  });

  it('reminds once even when two runs overlap', async () => {
    const cert = await certificate(inDays(25));
    const results = await Promise.all([run(), run(), run()]);
    expect(results.reduce((sum, r) => sum + r.reminders, 0)).toBe(2);
    const { mails, notes } = await remindersOf([cert.id]);
    expect(mails).toHaveLength(2);
    expect(notes).toHaveLength(2);
  });
});

describe('the maintenance queue', () => {
  it('registers the daily schedule when the worker starts, and runs the job through the worker', async () => {
    const runtime = await ctx.startWorker();
    await runtime.schedulesReady;
    const connection = redisOptionsFromUrl(ctx.config.REDIS_URL);
    const queue = new Queue('maintenance', { connection, prefix: ctx.config.QUEUE_PREFIX });
    const events = new QueueEvents('maintenance', { connection, prefix: ctx.config.QUEUE_PREFIX });
    try {
      const schedule = jobSchedules.find((s) => s.id === 'certificate-reminders')!;
      const scheduler = await queue.getJobScheduler(schedule.id);
      expect(scheduler).toMatchObject({
        key: schedule.id,
        name: 'certificate-reminders',
        pattern: '0 7 * * *',
        tz: 'Asia/Ho_Chi_Minh',
      });
      // The next run is at 07:00 in Vietnam (00:00 UTC).
      expect(new Date(scheduler!.next!).getUTCHours()).toBe(0);
      // A second start (another worker) keeps one schedule.
      await (
        await ctx.startWorker()
      ).schedulesReady;
      expect(await queue.getJobSchedulersCount()).toBe(
        jobSchedules.filter((s) => s.queue === 'maintenance').length,
      );

      const cert = await certificate(inDays(6));
      await events.waitUntilReady();
      const job = await queue.add('certificate-reminders', {});
      const result = (await job.waitUntilFinished(events, 15_000)) as { reminders: number };
      expect(result.reminders).toBeGreaterThanOrEqual(2);
      expect((await remindersOf([cert.id])).mails).toHaveLength(2);
      const rows = await ctx.database.db
        .select()
        .from(outbox)
        .where(
          and(inArray(outbox.topic, ['notify.email']), like(outbox.dedupeKey, `cert-${cert.id}-%`)),
        );
      expect(rows).toHaveLength(2);
    } finally {
      await events.close();
      await queue.close();
    }
  });
});
