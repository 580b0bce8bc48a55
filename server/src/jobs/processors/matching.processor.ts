import { Type } from 'typebox';
import { UnrecoverableError, type Job } from 'bullmq';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { matchProduct } from '../../modules/matching/matching.product.ts';
import { rescoreChanged } from '../../modules/matching/matching.rescore.ts';
import { matchDemand } from '../../modules/matching/matching.service.ts';
import {
  defaultMatchingSettings,
  type MatchingSettings,
} from '../../modules/matching/matching.settings.ts';
import type { SearchEngine } from '../../modules/search/search-engine.ts';
import { outboxProcessor } from '../outbox-processor.ts';
import type { OutboxJobData } from '../queues.ts';

const Version = Type.Integer({ minimum: 1 });
const DemandPayloadSchema = Type.Object({
  demandId: Type.String({ format: 'uuid' }),
  version: Version,
});
const ProductPayloadSchema = Type.Object({
  productId: Type.String({ format: 'uuid' }),
  version: Version,
});

/**
 * A job for an older version than the row's current one can be skipped only when a job for a
 * newer version is still to come (its outbox row is not done yet). A version bump that queued
 * no matching work (a demand closed, a product's draft edited) must not swallow this one.
 */
async function superseded(
  db: Db,
  kind: 'demand' | 'product',
  id: string,
  version: number,
): Promise<boolean> {
  const table = sql.raw(kind === 'demand' ? 'demands' : 'products');
  const { rows } = await db.execute<{ current: number | null; newer: boolean }>(sql`
    select (select version from ${table} where id = ${id}) as current,
           exists (select 1 from outbox
                    where topic = ${`matching.${kind}`} and done_at is null and failed_at is null
                      and payload->>${`${kind}Id`} = ${id}
                      and (payload->>'version')::int > ${version}) as newer`);
  const row = rows[0]!;
  return row.current !== null && row.current > version && row.newer;
}

/**
 * Queue `matching` (modules/matching): `match-demand` and `match-product` come through the
 * outbox, `rescore-changed` is the nightly schedule. Every job is idempotent — the same job
 * twice leaves the same rows — so BullMQ's retries (defaultJobOptions) and a re-dispatch after a
 * crash are safe. A bad payload is never retried.
 */
export function createMatchingProcessor({
  db,
  engine,
  settings = defaultMatchingSettings,
}: {
  db: Db;
  engine: SearchEngine;
  settings?: MatchingSettings;
}) {
  const byDemand = outboxProcessor(db, DemandPayloadSchema, async ({ demandId, version }) => {
    if (await superseded(db, 'demand', demandId, version)) {
      return;
    }
    await matchDemand(db, engine, demandId, settings);
  });
  const byProduct = outboxProcessor(db, ProductPayloadSchema, async ({ productId, version }) => {
    if (await superseded(db, 'product', productId, version)) {
      return;
    }
    await matchProduct(db, productId, settings);
  });
  return async (job: Job) => {
    switch (job.name) {
      case 'match-demand':
        return byDemand(job as Job<OutboxJobData>);
      case 'match-product':
        return byProduct(job as Job<OutboxJobData>);
      case 'rescore-changed':
        return rescoreChanged(db, engine, settings, (done, total) => {
          if (done % 100 === 0 || done === total) {
            void job.updateProgress(Math.round((done / total) * 100)).catch(() => undefined);
          }
        });
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} in queue matching`);
    }
  };
}
