import { Type } from 'typebox';
import { UnrecoverableError, type Job } from 'bullmq';
import type { Db } from '../../db/client.ts';
import { markImportInterrupted, runImport } from '../../modules/imports/imports.runner.ts';
import type { Storage } from '../../modules/storage/storage.ts';
import { outboxProcessor } from '../outbox-processor.ts';
import type { OutboxJobData } from '../queues.ts';

const ImportPayloadSchema = Type.Object({ importId: Type.String({ format: 'uuid' }) });

/**
 * Queue `imports`, job `import-products`: one uploaded spreadsheet per outbox row. The run is
 * resumable and idempotent (see runImport), so BullMQ retries, stalled-job recovery after a
 * killed worker and the outbox reconciler may all run it again safely. A broken file is not a
 * job failure: the import ends `failed` with its reason and the job completes.
 */
export function createImportsProcessor({ db, storage }: { db: Db; storage: Storage }) {
  const importProducts = outboxProcessor(db, ImportPayloadSchema, async ({ importId }, job) => {
    try {
      await runImport({ db, storage }, importId);
    } catch (err) {
      const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (lastAttempt) {
        await markImportInterrupted(db, importId).catch(() => undefined);
      }
      throw err;
    }
  });
  return async (job: Job<OutboxJobData>) => {
    switch (job.name) {
      case 'import-products':
        return importProducts(job);
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} in queue imports`);
    }
  };
}
