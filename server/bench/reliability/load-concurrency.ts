/**
 * The concurrency cases of the load scenarios (load.ts), each on its own bench database with
 * the synthetic catalogue and the real API (and worker, where jobs run) as child processes:
 *
 * - L3 lost-update hunt: clients read → PATCH with `version` the same 5 products;
 * - L4 double booking: 100 requests for one producer and slot, 100 for overlapping slots of two
 *   events, 100 of one distributor for one slot with 100 producers;
 * - L5 duplicate proposals: 20 matching jobs for one demand + 20 approvals of products it matches;
 * - L7 client retries with one `Idempotency-Key`: demand, sample request, import.
 */
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { importFile, uploadImport } from './load-imports.ts';
import {
  drainOutbox,
  loadAverage,
  percentiles,
  prepareWorld,
  round,
  sleep,
  spawnLoadApi,
  spawnLoadWorker,
  withCleanup,
} from './load-setup.ts';
import type { ReliabilityScenario } from './scenario.ts';

type Answer = { status: number; json: Record<string, unknown>; headers: Headers; ms: number };

/** One JSON request over real HTTP; a socket error is status 0. */
async function call(
  apiUrl: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  token: string | undefined,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const sent = performance.now();
  try {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      json = { raw: text.slice(0, 200) };
    }
    return {
      status: response.status,
      json,
      headers: response.headers,
      ms: performance.now() - sent,
    };
  } catch (err) {
    return {
      status: 0,
      json: { error: err instanceof Error ? err.message : String(err) },
      headers: new Headers(),
      ms: performance.now() - sent,
    };
  }
}

/** The problem's `code`, or '' when the answer has none. */
const codeOf = (answer: { json: Record<string, unknown> }) =>
  typeof answer.json.code === 'string' ? answer.json.code : '';

const countBy = (answers: { status: number; json: Record<string, unknown> }[]) =>
  answers.reduce<Record<string, number>>((acc, a) => {
    const key = `${a.status}${typeof a.json.code === 'string' ? ` ${a.json.code}` : ''}`;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

// ---------------------------------------------------------------------------------------------
// L3

const L3: ReliabilityScenario = {
  id: 'L3',
  title: 'Lost-update hunt: 50 clients × 30 s read → PATCH with version on the same 5 products',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const clients = args.int('l3-clients', 50);
      const seconds = args.int('l3-seconds', 30);
      const world = await prepareWorld('l3', args, cleanup, log, {
        index: false,
        producers: 1,
        distributors: 1,
      });
      const api = await spawnLoadApi(world, cleanup);
      const owner = world.producers[0]!;
      const targets = owner.products.slice(0, 5).map((p) => p.id);
      const initial = new Map(owner.products.slice(0, 5).map((p) => [p.id, p.version]));
      type Ack = { productId: string; read: number; got: number; lead: number };
      const acks: Ack[] = [];
      const conflicts = { total: 0, withCurrentVersion: 0 };
      const other: Record<string, number> = {};
      let basedOnWrongVersion = 0;
      const deadline = performance.now() + seconds * 1000;
      let serial = 0;
      await Promise.all(
        Array.from({ length: clients }, async (_, c) => {
          while (performance.now() < deadline) {
            const productId = targets[(c + serial) % targets.length]!;
            serial += 1;
            const read = await call(api.url, 'GET', `/api/v1/products/${productId}`, owner.token);
            if (read.status !== 200) {
              other[`read ${read.status}`] = (other[`read ${read.status}`] ?? 0) + 1;
              continue;
            }
            const version = read.json.version as number;
            // A value unique to this write, so the final row names the write that won.
            const lead = 1 + ((c * 100_000 + serial) % 365);
            const patch = await call(
              api.url,
              'PATCH',
              `/api/v1/products/${productId}`,
              owner.token,
              {
                version,
                leadTimeDays: lead,
              },
            );
            if (patch.status === 200) {
              const got = patch.json.version as number;
              if (got !== version + 1) {
                basedOnWrongVersion += 1;
              }
              acks.push({ productId, read: version, got, lead });
            } else if (patch.status === 409) {
              conflicts.total += 1;
              if (JSON.stringify(patch.json).includes('"currentVersion"')) {
                conflicts.withCurrentVersion += 1;
              }
            } else {
              const key = `patch ${patch.status} ${codeOf(patch)}`;
              other[key] = (other[key] ?? 0) + 1;
            }
          }
        }),
      );

      // The database's account: final versions, and the audit trail of every update in order.
      const { rows: finals } = await world.db.pool.query<{
        id: string;
        version: number;
        lead: number;
      }>('select id, version, lead_time_days as lead from products where id = any($1::uuid[])', [
        targets,
      ]);
      const { rows: audit } = await world.db.pool.query<{
        entity: string;
        before: number;
        after: number;
        lead: number;
      }>(
        `select entity_id as entity, (before->>'version')::int as before, (after->>'version')::int as after,
                (after->>'leadTimeDays')::int as lead
           from audit_log where action = 'product.update' and entity_id = any($1::uuid[]) order by id`,
        [targets],
      );
      const sumIncrements = finals.reduce((a, f) => a + f.version - initial.get(f.id)!, 0);
      let brokenChain = 0;
      let unacknowledgedInAudit = 0;
      let finalMismatch = 0;
      const ackKey = (id: string, after: number) => `${id}:${after}`;
      const ackSet = new Map(acks.map((a) => [ackKey(a.productId, a.got), a]));
      for (const id of targets) {
        const trail = audit.filter((a) => a.entity === id);
        let expected = initial.get(id)!;
        for (const entry of trail) {
          if (entry.before !== expected || entry.after !== expected + 1) {
            brokenChain += 1;
          }
          expected = entry.after;
          const ack = ackSet.get(ackKey(id, entry.after));
          if (!ack || ack.lead !== entry.lead || ack.read !== entry.before) {
            unacknowledgedInAudit += 1;
          }
        }
        const final = finals.find((f) => f.id === id)!;
        const last = trail.at(-1);
        if (last && (final.version !== last.after || final.lead !== last.lead)) {
          finalMismatch += 1;
        }
      }
      // An acknowledged write missing from the trail is a lost update.
      const auditKeys = new Set(audit.map((a) => ackKey(a.entity, a.after)));
      const lostUpdates = acks.filter((a) => !auditKeys.has(ackKey(a.productId, a.got))).length;
      const checks = {
        okEqualsIncrements: acks.length === sumIncrements,
        noLostUpdates:
          lostUpdates === 0 && unacknowledgedInAudit === 0 && audit.length === acks.length,
        auditChainIntact: brokenChain === 0 && finalMismatch === 0,
        basedOnReadVersion: basedOnWrongVersion === 0,
        conflictsCarryCurrentVersion: conflicts.withCurrentVersion === conflicts.total,
        nothingElse: Object.keys(other).length === 0,
      };
      const notes = Object.entries(checks)
        .filter(([, ok]) => !ok)
        .map(([name]) => `check failed: ${name}`);
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          clients,
          seconds,
          ok200: acks.length,
          sumVersionIncrements: sumIncrements,
          conflicts409: conflicts.total,
          conflictsWithCurrentVersion: conflicts.withCurrentVersion,
          other,
          auditUpdates: audit.length,
          lostUpdates,
          unacknowledgedInAudit,
          brokenChain,
          finalMismatch,
          checks,
          loadAverage: loadAverage(),
        },
        notes,
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// L4

async function createPublishedEvent(apiUrl: string, token: string, startsAt: Date, title: string) {
  const created = await call(apiUrl, 'POST', '/api/v1/events', token, {
    kind: 'trade_connection_conference',
    titleVi: title,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 8 * 3600_000).toISOString(),
    place: 'Trung tâm Hội chợ và Triển lãm Sài Gòn',
    tables: 50,
  });
  if (created.status !== 201) {
    throw new Error(`create event: ${created.status} ${JSON.stringify(created.json)}`);
  }
  const published = await call(
    apiUrl,
    'POST',
    `/api/v1/events/${String(created.json.id)}/publish`,
    token,
    { version: created.json.version },
  );
  if (published.status !== 200) {
    throw new Error(`publish event: ${published.status} ${JSON.stringify(published.json)}`);
  }
  return String(created.json.id);
}

const L4: ReliabilityScenario = {
  id: 'L4',
  title: 'Double booking: 100 concurrent meeting requests per slot, plus overlapping ranges',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const requests = args.int('l4-requests', 100);
      const world = await prepareWorld('l4', args, cleanup, log, {
        index: false,
        producers: requests,
        distributors: requests,
      });
      const api = await spawnLoadApi(world, cleanup);
      const token = world.coordinator.token;
      // Two events a week ahead, the second 10 minutes after the first: with 20-minute slots,
      // every slot of one overlaps two slots of the other.
      const start = new Date(Date.now() + 7 * 24 * 3600_000);
      start.setUTCMinutes(0, 0, 0);
      const eventA = await createPublishedEvent(
        api.url,
        token,
        start,
        'Hội nghị kết nối thử tải A',
      );
      const eventB = await createPublishedEvent(
        api.url,
        token,
        new Date(start.getTime() + 10 * 60_000),
        'Hội nghị kết nối thử tải B',
      );
      const producerOrgs = world.producers.map((p) => p.orgId);
      const distributorOrgs = world.distributors.map((d) => d.orgId);
      for (const eventId of [eventA, eventB]) {
        await world.db.pool.query(
          `insert into event_registrations (event_id, organization_id, status, registered_by, id)
           select $1, o, 'accepted', $2, gen_random_uuid() from unnest($3::uuid[]) o`,
          [eventId, world.distributors[0]!.id, [...producerOrgs, ...distributorOrgs]],
        );
      }
      const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000).toISOString();
      const producer = producerOrgs[0]!;
      const book = (
        eventId: string,
        distributorIndex: number,
        counterpart: string,
        startsAt: string,
      ) =>
        call(
          api.url,
          'POST',
          `/api/v1/events/${eventId}/meetings`,
          world.distributors[distributorIndex]!.token,
          { counterpartOrganizationId: counterpart, startsAt },
        );
      const rounds = [
        {
          name: 'sameProducerSameSlot',
          fire: () =>
            Promise.all(world.distributors.map((_, i) => book(eventA, i, producer, at(0)))),
        },
        {
          // Half ask for A's slot 40–60, half for B's 50–70: all overlap for the one producer.
          name: 'sameProducerOverlappingRanges',
          fire: () =>
            Promise.all(
              world.distributors.map((_, i) =>
                i % 2 === 0 ? book(eventA, i, producer, at(40)) : book(eventB, i, producer, at(50)),
              ),
            ),
        },
        {
          // One distributor asks every producer for the same slot at once.
          name: 'sameDistributorSameSlot',
          fire: () => Promise.all(producerOrgs.map((p) => book(eventA, 0, p, at(80)))),
        },
      ];
      const results: Record<string, unknown>[] = [];
      let allOk = true;
      for (const round of rounds) {
        const started = performance.now();
        const answers = await round.fire();
        const wallMs = Math.round(performance.now() - started);
        const created = answers.filter((a) => a.status === 201).length;
        const clashes = answers.filter(
          (a) => a.status === 409 && a.json.code === 'MEETING_CLASH',
        ).length;
        const ok = created === 1 && clashes === answers.length - 1;
        allOk &&= ok;
        results.push({
          round: round.name,
          requests: answers.length,
          created,
          clashes,
          statuses: countBy(answers),
          wallMs,
          ...percentiles(answers.map((a) => a.ms)),
          ok,
        });
        log(`${round.name}: ${JSON.stringify(countBy(answers))}`);
      }
      const { rows } = await world.db.pool.query<{
        producer: number;
        distributor: number;
        active: number;
      }>(
        `with active as (
           select * from meetings where status in ('requested', 'accepted', 'scheduled'))
         select
           (select count(*)::int from active a join active b on a.id < b.id and a.producer_org_id = b.producer_org_id
              and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) as producer,
           (select count(*)::int from active a join active b on a.id < b.id and a.distributor_org_id = b.distributor_org_id
              and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)) as distributor,
           (select count(*)::int from active) as active`,
      );
      const overlaps = rows[0]!;
      const checks = {
        onePerSlot: allOk,
        noOverlapsProducer: overlaps.producer === 0,
        noOverlapsDistributor: overlaps.distributor === 0,
        storedThree: overlaps.active === rounds.length,
      };
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          rounds: results,
          overlappingPairs: { producer: overlaps.producer, distributor: overlaps.distributor },
          activeMeetings: overlaps.active,
          checks,
          loadAverage: loadAverage(),
        },
        notes: Object.entries(checks)
          .filter(([, ok]) => !ok)
          .map(([name]) => `check failed: ${name}`),
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// L5

const L5: ReliabilityScenario = {
  id: 'L5',
  title: 'Duplicate proposals: 20 matching jobs for one demand + 20 product approvals touching it',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const jobs = args.int('l5-jobs', 20);
      const world = await prepareWorld('l5', args, cleanup, log, {
        index: true,
        producers: 0,
        distributors: 1,
      });
      const api = await spawnLoadApi(world, cleanup);
      // Two workers: up to 2 × 4 matching jobs really run at the same time.
      await spawnLoadWorker(world, cleanup);
      await spawnLoadWorker(world, cleanup);
      const { pool } = world.db;
      // The category with the most public products, and `jobs` of them put back into review.
      const { rows: top } = await pool.query<{ category: string }>(
        `select p.category from products p join organizations o on o.id = p.producer_org_id
          where p.status = 'published' and o.verification_status = 'verified'
          group by p.category order by count(*) desc limit 1`,
      );
      const category = top[0]!.category;
      const demandId = world.distributors[0]!.demands[0]!.id;
      // A broad demand for that category, open: every product of it is a candidate.
      await pool.query(
        `update demands set status = 'open', category = $2, ocop_group = null, price_max = null, price_min = null,
           min_ocop_stars = null, destination_country = 'VN', preferred_regions = '{}', preferred_provinces = '{}',
           needed_by = null, quantity_per_month = null, required_certifications = '{}'
         where id = $1`,
        [demandId, category],
      );
      const { rows: demandRows } = await pool.query<{ version: number }>(
        'select version from demands where id = $1',
        [demandId],
      );
      const demandVersion = demandRows[0]!.version;
      // First proposals, then people decide on some of them.
      await pool.query(
        `insert into outbox (topic, payload) values ('matching.demand', $1::jsonb)`,
        [JSON.stringify({ demandId, version: demandVersion })],
      );
      await pool.query('notify outbox');
      if ((await drainOutbox(world)) === null) {
        throw new Error('the first matching run did not finish');
      }
      const { rows: proposed } = await pool.query<{ id: string }>(
        `select id from matches where demand_id = $1 and status = 'proposed' order by score desc, id`,
        [demandId],
      );
      const approvedIds = proposed.slice(0, 3).map((r) => r.id);
      const rejectedIds = proposed.slice(3, 5).map((r) => r.id);
      await pool.query(
        `update matches set status = 'approved', version = version + 1 where id = any($1::uuid[])`,
        [approvedIds],
      );
      await pool.query(
        `update matches set status = 'rejected', version = version + 1 where id = any($1::uuid[])`,
        [rejectedIds],
      );
      const snapshot = async () =>
        (
          await pool.query<{ id: string; row: string }>(
            `select id, (status, score, breakdown, pool_id, version, updated_at)::text as row
               from matches where id = any($1::uuid[]) order by id`,
            [[...approvedIds, ...rejectedIds]],
          )
        ).rows;
      const decidedBefore = await snapshot();

      // Products of that category, published, back into review for the coordinator to approve.
      const { rows: reviewRows } = await pool.query<{ id: string; version: number }>(
        `update products set status = 'pending_review', submitted_at = now(), version = version + 1
          where id in (
            select p.id from products p join organizations o on o.id = p.producer_org_id
             where p.category = $1 and p.status = 'published' and o.verification_status = 'verified'
             order by p.id limit $2)
          returning id, version`,
        [category, jobs],
      );
      const { rows: outboxBefore } = await pool.query<{ max: string | null }>(
        'select max(id)::text as max from outbox',
      );
      log(
        `demand ${demandId} (${category}): ${proposed.length} proposals; firing ${jobs} matching jobs + ${reviewRows.length} approvals`,
      );

      const started = performance.now();
      const [approvals] = await Promise.all([
        Promise.all(
          reviewRows.map((r) =>
            call(
              api.url,
              'POST',
              `/api/v1/review/products/${r.id}/approve`,
              world.coordinator.token,
              {
                version: r.version,
              },
            ),
          ),
        ),
        (async () => {
          const client = await pool.connect();
          try {
            await client.query('begin');
            await client.query(
              `insert into outbox (topic, payload)
               select 'matching.demand', $1::jsonb from generate_series(1, $2)`,
              [JSON.stringify({ demandId, version: demandVersion }), jobs],
            );
            await client.query('notify outbox');
            await client.query('commit');
          } finally {
            client.release();
          }
        })(),
      ]);
      const drainSeconds = await drainOutbox(world);
      const wallSeconds = round((performance.now() - started) / 1000, 1);
      const { rows: counts } = await pool.query<{ rows: number; pairs: number; forDemand: number }>(
        `select count(*)::int as rows, count(distinct (demand_id, product_id))::int as pairs,
                count(*) filter (where demand_id = $1)::int as "forDemand" from matches`,
        [demandId],
      );
      const { rows: touched } = await pool.query<{ n: number }>(
        `select count(*)::int as n from matches where demand_id = $1 and product_id = any($2::uuid[])`,
        [demandId, reviewRows.map((r) => r.id)],
      );
      const { rows: outboxAfter } = await pool.query<{
        topic: string;
        n: number;
        failed: number;
        retried: number;
      }>(
        `select topic, count(*)::int as n, count(*) filter (where failed_at is not null)::int as failed,
                count(*) filter (where last_error is not null)::int as retried
           from outbox where id > $1 group by topic order by topic`,
        [outboxBefore[0]!.max ?? '0'],
      );
      const decidedAfter = await snapshot();
      const humanRowsChanged = decidedBefore.filter(
        (b) => decidedAfter.find((a) => a.id === b.id)?.row !== b.row,
      ).length;
      const checks = {
        approvalsOk: approvals.every((a) => a.status === 200),
        drained: drainSeconds !== null,
        noDuplicates: counts[0]!.rows === counts[0]!.pairs,
        humanDecisionsUntouched:
          humanRowsChanged === 0 && decidedAfter.length === decidedBefore.length,
        noFailedJobs: outboxAfter.every((t) => t.failed === 0),
      };
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          category,
          proposalsBefore: proposed.length,
          matchingJobs: jobs,
          approvals: countBy(approvals),
          matches: counts[0],
          approvedProductsProposedForDemand: touched[0]!.n,
          humanDecided: decidedBefore.length,
          humanRowsChanged,
          outbox: outboxAfter,
          drainSeconds,
          wallSeconds,
          workers: 2,
          checks,
          loadAverage: loadAverage(),
        },
        notes: [
          ...Object.entries(checks)
            .filter(([, ok]) => !ok)
            .map(([name]) => `check failed: ${name}`),
          'The 20 matching jobs are outbox rows inserted in one transaction (what 20 demand triggers write); the 20 publishes are real coordinator approvals over HTTP. Two worker processes run them (matching concurrency 4 each).',
        ],
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// L7

type Attempts = {
  concurrent: Answer[];
  retried: Answer[];
  sequential: Answer[];
  differentBody: Answer;
};

/** Three at once with key K1 (then one retry after the in-progress window), three in a row with K2, then K2 with another body. */
async function tryIdempotency(
  send: (key: string, variant: number) => Promise<Answer>,
): Promise<Attempts> {
  const k1 = `l7-${randomBytes(6).toString('hex')}`;
  const k2 = `l7-${randomBytes(6).toString('hex')}`;
  const concurrent = await Promise.all([send(k1, 0), send(k1, 0), send(k1, 0)]);
  await sleep(1100);
  const retried = [await send(k1, 0)];
  const sequential: Answer[] = [];
  for (let i = 0; i < 3; i += 1) {
    sequential.push(await send(k2, 1));
  }
  const differentBody = await send(k2, 2);
  return { concurrent, retried, sequential, differentBody };
}

const L7: ReliabilityScenario = {
  id: 'L7',
  title: 'Client retries: the same POST 3× with one Idempotency-Key, concurrently and in a row',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const world = await prepareWorld('l7', args, cleanup, log, {
        index: false,
        producers: 1,
        distributors: 1,
      });
      const api = await spawnLoadApi(world, cleanup);
      await spawnLoadWorker(world, cleanup);
      const distributor = world.distributors[0]!;
      const producer = world.producers[0]!;
      const { pool } = world.db;
      const tag = randomBytes(3).toString('hex');

      const demandTitle = (variant: number) => `Nhu cầu thử gửi lại ${tag} ${variant}`;
      const demand = await tryIdempotency((key, variant) =>
        call(
          api.url,
          'POST',
          '/api/v1/demands',
          distributor.token,
          { title: demandTitle(variant), quantityPerOrder: 100, unit: 'kg', currency: 'VND' },
          { 'idempotency-key': key },
        ),
      );
      const demandCounts = (
        await pool.query<{ title: string; n: number }>(
          'select title, count(*)::int as n from demands where title like $1 group by title',
          [`Nhu cầu thử gửi lại ${tag}%`],
        )
      ).rows;

      const sampleProducts = world.publicProductIds.slice(0, 3);
      const sample = await tryIdempotency((key, variant) =>
        call(
          api.url,
          'POST',
          '/api/v1/sample-requests',
          distributor.token,
          {
            productId: sampleProducts[variant % sampleProducts.length],
            quantity: 2,
            unit: 'kg',
            deliveryAddress: '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh',
            note: `thử gửi lại ${tag}`,
          },
          { 'idempotency-key': key },
        ),
      );
      const sampleCounts = (
        await pool.query<{ product: string; n: number }>(
          `select product_id as product, count(*)::int as n from sample_requests
            where distributor_org_id = $1 group by product_id`,
          [distributor.orgId],
        )
      ).rows;

      const files = await Promise.all([
        importFile(5, 7001),
        importFile(5, 7002),
        importFile(5, 7003),
      ]);
      const importAnswer = async (key: string, variant: number): Promise<Answer> => {
        const sent = performance.now();
        const r = await uploadImport(api.url, producer.token, files[variant]!, {
          'idempotency-key': key,
        });
        return {
          status: r.status,
          json: r.body,
          headers: r.headers,
          ms: performance.now() - sent,
        };
      };
      const imports = await tryIdempotency(importAnswer);
      const { rows: importRows } = await pool.query<{ sha: string; n: number }>(
        'select file_sha256 as sha, count(*)::int as n from imports where producer_org_id = $1 group by file_sha256',
        [producer.orgId],
      );
      const importsStored = files.map(
        (f) =>
          importRows.find((r) => r.sha === createHash('sha256').update(f).digest('hex'))?.n ?? 0,
      );

      const judge = (a: Attempts, stored: number[]) => {
        const firstIds = new Set(
          [...a.concurrent, ...a.retried]
            .filter((x) => x.status >= 200 && x.status < 300)
            .map((x) => x.json.id),
        );
        const seqIds = new Set(
          a.sequential.filter((x) => x.status >= 200 && x.status < 300).map((x) => x.json.id),
        );
        return {
          concurrent: countBy(a.concurrent),
          retryAfterInProgress: countBy(a.retried),
          sequential: countBy(a.sequential),
          replayedHeader: a.sequential.slice(1).map((x) => x.headers.get('idempotent-replayed')),
          differentBodySameKey: `${a.differentBody.status} ${codeOf(a.differentBody)}`.trim(),
          storedPerBody: stored,
          oneResourcePerKey:
            firstIds.size === 1 && seqIds.size === 1 && stored[0] === 1 && stored[1] === 1,
          differentBodyRefused: a.differentBody.status === 422 && stored[2] === 0,
        };
      };
      const demandResult = judge(
        demand,
        [0, 1, 2].map((v) => demandCounts.find((d) => d.title === demandTitle(v))?.n ?? 0),
      );
      const sampleResult = judge(
        sample,
        [0, 1, 2].map((v) => sampleCounts.find((s) => s.product === sampleProducts[v])?.n ?? 0),
      );
      const importResult = judge(imports, importsStored);
      const notes: string[] = [];
      if (!importResult.differentBodyRefused) {
        notes.push(
          `POST /api/v1/imports/products: a different file under a used Idempotency-Key was answered ${importResult.differentBodySameKey} (stored per file: ${importResult.storedPerBody.join(', ')}), not 422 IDEMPOTENCY_KEY_REUSED with nothing stored (the route claims the key for the file's SHA-256 in src/routes/api/v1/imports/index.ts).`,
        );
      }
      const checks = {
        demand: demandResult.oneResourcePerKey && demandResult.differentBodyRefused,
        sampleRequest: sampleResult.oneResourcePerKey && sampleResult.differentBodyRefused,
        importOneResource: importResult.oneResourcePerKey,
        importDifferentBody422: importResult.differentBodyRefused,
      };
      for (const [name, ok] of Object.entries(checks)) {
        if (!ok) {
          notes.push(`check failed: ${name}`);
        }
      }
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          demand: demandResult,
          sampleRequest: sampleResult,
          import: importResult,
          checks,
          loadAverage: loadAverage(),
        },
        notes,
      };
    }),
};

export const concurrencyScenarios: ReliabilityScenario[] = [L3, L4, L5, L7];
