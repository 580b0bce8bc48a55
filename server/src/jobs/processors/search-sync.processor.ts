import { Type } from 'typebox';
import type { Job } from 'bullmq';
import type { Db } from '../../db/client.ts';
import type { SearchEngine } from '../../modules/search/search-engine.ts';
import { syncProducts } from '../../modules/search/search-sync.ts';
import { outboxProcessor } from '../outbox-processor.ts';
import type { OutboxJobData } from '../queues.ts';

const SyncPayloadSchema = Type.Object({
  productIds: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 100_000 }),
});

/** Queue `search-sync`, job `sync-products`: re-reads the products and updates the index; a failure retries. */
export function createSearchSyncProcessor({
  db,
  engine,
  announce,
}: {
  db: Db;
  engine: SearchEngine;
  /** Tells API processes which products changed (best effort: their cache also expires). */
  announce: (productIds: string[]) => void;
}) {
  const sync = outboxProcessor(db, SyncPayloadSchema, async (payload) => {
    // Chunks keep one engine task (and one SQL statement) to a sane size for an organization's whole catalogue.
    for (let i = 0; i < payload.productIds.length; i += 1000) {
      const ids = payload.productIds.slice(i, i + 1000);
      await syncProducts(db, engine, ids);
      announce(ids);
    }
  });
  return async (job: Job<OutboxJobData>) => {
    switch (job.name) {
      case 'sync-products':
        return sync(job);
      default:
        throw new Error(`Unknown job ${job.name} in queue search-sync`);
    }
  };
}
