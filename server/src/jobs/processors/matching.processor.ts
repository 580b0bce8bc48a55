import { UnrecoverableError, type Job } from 'bullmq';
import type { Db } from '../../db/client.ts';
import type { SearchEngine } from '../../modules/search/search-engine.ts';

/** Queue `matching`: scores supply against demand (modules/matching). */
export function createMatchingProcessor(_deps: { db: Db; engine: SearchEngine }) {
  return async (job: Job) => {
    switch (job.name) {
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} in queue matching`);
    }
  };
}
