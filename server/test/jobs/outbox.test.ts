import { randomUUID } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { auditLog, outbox } from '../../src/db/schema/index.ts';
import { outboxJobId, redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../src/jobs/runtime.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../helpers/quick-accounts.ts';
import { pollUntil, sleep } from '../helpers/poll.ts';

type OutboxRow = typeof outbox.$inferSelect;

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`) in an unfolded header value. */
function decodeMimeHeader(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_all, _charset: string, encoding: string, text: string) => {
        if (encoding.toUpperCase() === 'B') {
          return Buffer.from(text, 'base64').toString('utf8');
        }
        const bytes = text
          .replace(/_/g, ' ')
          .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
            String.fromCharCode(parseInt(hex, 16)),
          );
        return Buffer.from(bytes, 'latin1').toString('utf8');
      },
    );
}

/** The headers of an .eml file, unfolded and decoded, by lower-case name. */
function parseHeaders(eml: string): Record<string, string> {
  const head = eml.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeMimeHeader(line.slice(colon + 1).trim());
  }
  return headers;
}

describe('outbox relay and notification worker', () => {
  let ctx: TestContext;
  let coordinator: Account;
  let queue: Queue;
  let runtime: WorkerRuntime | undefined;
  const ensureWorker = async () => (runtime ??= await ctx.startWorker());

  beforeAll(async () => {
    ctx = await createTestContext();
    coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    // An inspector on the same queue and prefix as the worker, to look at (and lose) jobs.
    queue = new Queue('notifications', {
      connection: redisOptionsFromUrl(ctx.config.REDIS_URL),
      prefix: ctx.config.QUEUE_PREFIX,
    });
  });
  afterAll(async () => {
    await queue?.close();
    await ctx?.close();
  });

  const rowsById = async (ids: number[]) =>
    ctx.database.db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(outbox.id);
  const rowById = async (id: number) => (await rowsById([id]))[0]!;
  const waitDone = (ids: number[], what = 'outbox rows done') =>
    pollUntil(
      () => rowsById(ids),
      (rows) => rows.length === ids.length && rows.every((r) => r.doneAt !== null),
      { what },
    );
  const emlPath = (row: OutboxRow) => join(ctx.config.MAIL_DIR, `${outboxJobId(row)}.eml`);
  const mailFiles = async () =>
    (await readdir(ctx.config.MAIL_DIR)).filter((f) => f.endsWith('.eml')).sort();

  async function insertRow(
    values: Partial<typeof outbox.$inferInsert> & { payload: Record<string, unknown> },
  ): Promise<OutboxRow> {
    const [row] = await ctx.database.db
      .insert(outbox)
      .values({ topic: 'notify.email', ...values })
      .returning();
    return row!;
  }

  async function verifyOrg(organizationId: string) {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${organizationId}/verify`,
      headers: authHeader(coordinator.accessToken),
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    return response;
  }

  /** Outbox rows addressed to `email`. */
  async function mailsTo(email: string) {
    return (await ctx.database.db.select().from(outbox)).filter(
      (r) => (r.payload as { to?: string }).to === email,
    );
  }

  it('writes a notify.email row with the decision, in its transaction, and the worker sends it as <its job id>.eml', async () => {
    const owner = await quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' });
    const member = await quickMember(ctx.app, ctx.database, owner.organizationId, { locale: 'vi' });

    await verifyOrg(owner.organizationId);
    const [english] = await mailsTo(owner.email);
    const [vietnamese] = await mailsTo(member.user.email);
    expect(english).toMatchObject({
      topic: 'notify.email',
      dispatchedAt: null,
      doneAt: null,
      dispatchCount: 0,
    });
    expect(english!.payload).toMatchObject({
      to: owner.email,
      subject: 'Your organization has been verified',
    });
    expect(vietnamese!.payload).toMatchObject({
      to: member.user.email,
      subject: 'Tổ chức của bạn đã được xác minh',
    });
    const verifyAudit = (
      await ctx.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, owner.organizationId))
    ).find((a) => a.action === 'organization.verify')!;
    // now() is the transaction's start: the same instant means the same transaction.
    expect(english!.createdAt.getTime()).toBe(verifyAudit.at.getTime());

    // A refused decision writes no outbox row.
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${owner.organizationId}/verify`,
      headers: authHeader(coordinator.accessToken),
      payload: {},
    });
    expect(again.statusCode).toBe(409);
    expect(await mailsTo(owner.email)).toHaveLength(1);

    await ensureWorker();
    const done = await waitDone([english!.id, vietnamese!.id]);
    for (const row of done) {
      expect(row).toMatchObject({ dispatchCount: 1, failedAt: null, lastError: null });
      expect(row.dispatchedAt).not.toBeNull();
    }

    const englishEml = await readFile(emlPath(english!), 'utf8');
    const englishHeaders = parseHeaders(englishEml);
    expect(englishHeaders.to).toBe(owner.email);
    expect(englishHeaders.subject).toBe('Your organization has been verified');
    expect(englishHeaders['message-id']).toBe(`<${outboxJobId(english!)}@ketnoi>`);
    expect(englishHeaders.from).toContain('no-reply@ketnoi.local');
    expect(englishEml).toContain('/app/organization');

    const vietnameseEml = await readFile(emlPath(vietnamese!), 'utf8');
    const vietnameseHeaders = parseHeaders(vietnameseEml);
    expect(vietnameseHeaders.to).toBe(member.user.email);
    // Non-ASCII subjects travel MIME-encoded; decoded they are the Vietnamese title.
    expect(vietnameseEml).not.toMatch(/^Subject: Tổ chức/m);
    expect(vietnameseHeaders.subject).toBe('Tổ chức của bạn đã được xác minh');

    const job = await queue.getJob(outboxJobId(english!));
    expect(await job?.getState()).toBe('completed');
  });

  it('does not send a second e-mail when a done row is dispatched again (jobId dedupe, then the processor skips done rows)', async () => {
    await ensureWorker();
    const owner = await quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' });
    await verifyOrg(owner.organizationId);
    const [mail] = await mailsTo(owner.email);
    await waitDone([mail!.id]);
    const path = emlPath(mail!);
    await readFile(path); // sent once
    const filesBefore = await mailFiles();
    // Remove the e-mail: if anything sends it again, the file comes back.
    await rm(path);

    // 1. The completed job is still in Redis: re-adding the same jobId is a no-op.
    await ctx.database.db.update(outbox).set({ dispatchedAt: null }).where(eq(outbox.id, mail!.id));
    await pollUntil(
      () => rowById(mail!.id),
      (r) => r.dispatchedAt !== null && r.dispatchCount === 2,
      { what: 'the relay to re-dispatch' },
    );

    // 2. The job is gone too: a fresh job runs, finds the row done and sends nothing.
    const previous = await queue.getJob(outboxJobId(mail!));
    expect(previous).toBeDefined();
    await previous!.remove();
    await ctx.database.db.update(outbox).set({ dispatchedAt: null }).where(eq(outbox.id, mail!.id));
    // `getJob` returns a snapshot, which may predate a state read after it: wait for the snapshot
    // itself to say finished, then its state is final.
    const finished = await pollUntil(
      () => queue.getJob(outboxJobId(mail!)),
      (job) => job?.finishedOn !== undefined,
      { what: 'the re-dispatched job to finish' },
    );
    expect(await finished!.getState()).toBe('completed');
    await sleep(100);

    const row = await rowById(mail!.id);
    expect(row).toMatchObject({ dispatchCount: 3, failedAt: null });
    expect(row.doneAt).not.toBeNull();
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await mailFiles()).toEqual(filesBefore.filter((f) => f !== `${outboxJobId(mail!)}.eml`));
  });

  it('re-dispatches a dispatched row whose job Redis lost, and it ends done', async () => {
    await ensureWorker();
    // As if the relay had dispatched it 10 s ago and Redis then restarted without persistence.
    const row = await insertRow({
      payload: { to: 'lost-job@example.vn', subject: 'Job lost in Redis', text: 'Hello again' },
      dispatchedAt: new Date(Date.now() - 10_000),
      dispatchCount: 1,
    });
    expect(await queue.getJob(outboxJobId(row))).toBeUndefined();

    const [done] = await waitDone([row.id], 'the reconciler to re-dispatch the lost row');
    expect(done).toMatchObject({ dispatchCount: 2, failedAt: null });
    const headers = parseHeaders(await readFile(emlPath(row), 'utf8'));
    expect(headers).toMatchObject({ to: 'lost-job@example.vn', subject: 'Job lost in Redis' });
  });

  it('recovers a job that was in Redis and then wiped (queue obliterated before the worker took it)', async () => {
    await ensureWorker();
    await queue.pause();
    try {
      const row = await insertRow({
        payload: { to: 'wiped@example.vn', subject: 'Wiped queue', text: 'Body' },
      });
      await pollUntil(
        () => rowById(row.id),
        (r) => r.dispatchedAt !== null,
        { what: 'the relay to dispatch' },
      );
      expect(await (await queue.getJob(outboxJobId(row)))?.getState()).toBe('waiting');
      await queue.obliterate({ force: true });
      expect(await queue.getJob(outboxJobId(row))).toBeUndefined();
      await queue.resume();

      const [done] = await waitDone([row.id], 'the reconciler to recover the wiped job');
      expect(done!.dispatchCount).toBe(2);
      expect(parseHeaders(await readFile(emlPath(row), 'utf8')).to).toBe('wiped@example.vn');
    } finally {
      await queue.resume();
    }
  });

  it('completes a job under the id form of earlier releases (`outbox-<id>`) as a no-op, and the reconciler re-dispatches its row', async () => {
    await ensureWorker();
    // As if the previous release had dispatched it just before the deploy.
    const row = await insertRow({
      payload: { to: 'legacy-id@example.vn', subject: 'Legacy job id', text: 'Body' },
      dispatchedAt: new Date(),
      dispatchCount: 1,
    });
    const legacy = await queue.add(
      'send-email',
      { outboxId: row.id, topic: 'notify.email', payload: row.payload },
      { jobId: `outbox-${row.id}` },
    );

    const [done] = await waitDone([row.id], 'the reconciler to re-dispatch the row');
    expect(done).toMatchObject({ dispatchCount: 2, failedAt: null });
    expect(await (await queue.getJob(legacy.id!))?.getState()).toBe('completed');
    expect(await (await queue.getJob(outboxJobId(row)))?.getState()).toBe('completed');
    expect(parseHeaders(await readFile(emlPath(row), 'utf8')).to).toBe('legacy-id@example.vn');
    await expect(readFile(join(ctx.config.MAIL_DIR, `${legacy.id}.eml`))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('fails a payload that breaks the schema without BullMQ retries, sends nothing, and the worker keeps going', async () => {
    await ensureWorker();
    const bad = await insertRow({ payload: {} });

    // The job fails at its first attempt (UnrecoverableError), not after 5 attempts with backoff.
    const job = await pollUntil(
      async () => {
        const found = await queue.getJob(outboxJobId(bad));
        return found
          ? {
              state: await found.getState(),
              attemptsMade: found.attemptsMade,
              failedReason: found.failedReason,
            }
          : null;
      },
      // The job hash and its state are read separately: wait until both say it failed.
      (j) => j?.state === 'failed' && j.failedReason !== undefined,
      { what: 'the bad job to fail' },
    );
    expect(job).toMatchObject({ attemptsMade: 1, failedReason: 'Invalid payload for send-email' });

    // The reconciler gives up after at most 3 dispatches and marks the row failed for a person to look at.
    const failed = await pollUntil(
      () => rowById(bad.id),
      (r) => r.failedAt !== null,
      { what: 'the row to be marked failed', timeoutMs: 10_000 },
    );
    expect(failed.doneAt).toBeNull();
    expect(failed.lastError).toContain('Invalid payload');
    expect(failed.dispatchCount).toBeGreaterThanOrEqual(1);
    expect(failed.dispatchCount).toBeLessThanOrEqual(3);
    await expect(readFile(emlPath(bad))).rejects.toMatchObject({ code: 'ENOENT' });
    // Failed for good: no further dispatches over two more reconcile periods.
    await sleep(1000);
    expect((await rowById(bad.id)).dispatchCount).toBe(failed.dispatchCount);

    // Nothing crashed: the next good row is delivered.
    const good = await insertRow({
      payload: { to: 'after-bad@example.vn', subject: 'Still working', text: 'ok' },
    });
    await waitDone([good.id], 'a good row after the bad one');
  });
});

describe('outbox ids that start again in a new database on the same queue prefix', () => {
  // One Redis prefix, two databases: the first as it was before a restore from backup (or a
  // recreate), the second as after it, with outbox ids counting from the same point again.
  let first: TestContext;
  let second: TestContext;
  let queue: Queue;

  beforeAll(async () => {
    first = await createTestContext();
    second = await createTestContext({ QUEUE_PREFIX: first.config.QUEUE_PREFIX });
    queue = new Queue('notifications', {
      connection: redisOptionsFromUrl(first.config.REDIS_URL),
      prefix: first.config.QUEUE_PREFIX,
    });
  });
  afterAll(async () => {
    await queue?.close();
    await second?.close();
    await first?.close();
  });

  const mails = (life: string, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({
      to: `${life}-${from + i}@example.vn`,
      subject: `${life} ${from + i}`,
      text: 'Body',
    }));
  const insertMails = async (ctx: TestContext, payloads: Record<string, unknown>[]) =>
    (
      await ctx.database.db
        .insert(outbox)
        .values(payloads.map((payload) => ({ topic: 'notify.email', payload })))
        .returning()
    ).sort((a, b) => a.id - b.id);
  const rowsOf = (ctx: TestContext, ids: number[]) =>
    ctx.database.db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(outbox.id);

  it("runs each new row's own job although the old rows' jobs with the same ids are still in Redis, and never runs those as the new rows'", async () => {
    // Life 1: three e-mails sent, their completed jobs kept in Redis (an hour)…
    const firstWorker = await first.startWorker();
    const sent = await insertMails(first, mails('life1', 1, 3));
    await pollUntil(
      () =>
        rowsOf(
          first,
          sent.map((r) => r.id),
        ),
      (rows) => rows.every((r) => r.doneAt !== null),
      { what: 'life 1 e-mails sent' },
    );
    // …and a fourth dispatched but still queued when life 1 ends.
    await queue.pause();
    const [queued] = await insertMails(first, mails('life1', 4, 4));
    await pollUntil(
      () => rowsOf(first, [queued!.id]),
      ([r]) => Boolean(r?.dispatchedAt),
      { what: 'life 1 row 4 dispatched' },
    );
    await firstWorker.close();
    expect(await (await queue.getJob(outboxJobId(sent[0]!)))?.getState()).toBe('completed');

    // Life 2: new rows with the same ids, dispatched onto the same prefix.
    const inserted = await insertMails(second, mails('life2', 1, 4));
    expect(inserted.map((r) => r.id)).toEqual([...sent, queued!].map((r) => r.id));
    await second.startWorker();
    await queue.resume();
    const done = await pollUntil(
      () =>
        rowsOf(
          second,
          inserted.map((r) => r.id),
        ),
      (rows) => rows.every((r) => r.doneAt !== null),
      { what: 'life 2 rows done' },
    );
    // Life 1's queued job was taken by life 2's worker too: it must have done nothing.
    await pollUntil(
      async () => (await queue.getJob(outboxJobId(queued!)))?.getState(),
      (state) => state === 'completed',
      { what: "life 1's queued job to finish" },
    );

    for (const row of done) {
      const job = await queue.getJob(outboxJobId(row));
      expect(await job?.getState()).toBe('completed');
      expect(job!.data.payload).toEqual(row.payload);
      // Done by its own job, after it ran, from the first dispatch.
      expect(row).toMatchObject({ dispatchCount: 1, failedAt: null });
      expect(row.doneAt!.getTime()).toBeGreaterThanOrEqual(job!.processedOn!);
    }
    // Life 2 sent exactly its own four e-mails, each named by its row's job id; none of life 1's.
    const files = (await readdir(second.config.MAIL_DIR)).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(done.map((r) => `${outboxJobId(r)}.eml`).sort());
    const recipients = await Promise.all(
      files.map(
        async (f) => parseHeaders(await readFile(join(second.config.MAIL_DIR, f), 'utf8')).to,
      ),
    );
    expect(recipients.sort()).toEqual(mails('life2', 1, 4).map((m) => m.to));
  });
});

/**
 * A TCP forwarder to the real Redis that can be switched on and off, so one worker runtime can
 * start while "Redis" is down and see it come back, without touching the shared Redis server.
 */
async function redisGate(target: URL) {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  return {
    url: `redis://127.0.0.1:${port}`,
    async open() {
      if (server) {
        return;
      }
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 6379), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('error', () => undefined);
          socket.on('close', () => {
            sockets.delete(socket);
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async close() {
      sockets.forEach((s) => s.destroy());
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
  };
}

describe('outbox relay while Redis is unreachable', () => {
  let ctx: TestContext;
  let runtime: WorkerRuntime | undefined;
  let gate: Awaited<ReturnType<typeof redisGate>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    gate = await redisGate(new URL(ctx.config.REDIS_URL));
  });
  afterAll(async () => {
    await gate?.open().catch(() => undefined); // BullMQ's close() waits for a connection it is still trying to make.
    await runtime?.close().catch(() => undefined);
    await gate?.close();
    await ctx?.close();
  });

  it('starts without Redis, runs search sync itself, leaves e-mail rows pending (never marks them dispatched), and delivers them when Redis comes back', async () => {
    // Nothing listens on the gate's port yet: every Redis connection of this runtime is refused.
    const started = Date.now();
    runtime = await startWorkerRuntime(
      { ...ctx.config, REDIS_URL: gate.url },
      pino({ level: 'silent' }),
    );
    expect(Date.now() - started).toBeLessThan(5000);

    const coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    const owner = await quickAccount(ctx.app, ctx.database, 'producer', { locale: 'en' });
    // The API's write does not depend on the worker's Redis.
    const decision = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${owner.organizationId}/verify`,
      headers: authHeader(coordinator.accessToken),
      payload: {},
    });
    expect(decision.statusCode).toBe(200);
    const [row] = (await ctx.database.db.select().from(outbox)).filter(
      (r) => (r.payload as { to: string }).to === owner.email,
    );
    expect(row).toBeDefined();

    // Search sync is a `direct` topic: the relay runs it itself while Redis is away.
    const [sync] = await ctx.database.db
      .insert(outbox)
      .values({ topic: 'search.product', payload: { productIds: [randomUUID()] } })
      .returning();
    await ctx.database.pool.query('notify outbox');
    const [synced] = await pollUntil(
      () => ctx.database.db.select().from(outbox).where(eq(outbox.id, sync!.id)),
      (rows) => Boolean(rows[0]?.doneAt),
      { what: 'search sync run by the relay without Redis', timeoutMs: 10_000 },
    );
    expect(synced).toMatchObject({ dispatchCount: 1, failedAt: null });

    // Several poll intervals (200 ms) and reconcile periods later, the e-mail is still pending.
    await sleep(1500);
    const [pending] = await ctx.database.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(pending).toMatchObject({
      dispatchedAt: null,
      dispatchCount: 0,
      doneAt: null,
      failedAt: null,
    });
    await expect(
      readFile(join(ctx.config.MAIL_DIR, `${outboxJobId(row!)}.eml`)),
    ).rejects.toMatchObject({ code: 'ENOENT' });

    // Redis is back: the same runtime, without a restart, dispatches and delivers it once.
    await gate.open();
    const [done] = await pollUntil(
      () => ctx.database.db.select().from(outbox).where(eq(outbox.id, row!.id)),
      (rows) => Boolean(rows[0]?.doneAt),
      { what: 'delivery after Redis is back', timeoutMs: 15_000 },
    );
    expect(done).toMatchObject({ dispatchCount: 1, failedAt: null });
    expect(
      parseHeaders(await readFile(join(ctx.config.MAIL_DIR, `${outboxJobId(row!)}.eml`), 'utf8'))
        .to,
    ).toBe(owner.email);
  });
});
