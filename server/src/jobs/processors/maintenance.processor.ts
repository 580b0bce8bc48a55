import { UnrecoverableError, type Job } from 'bullmq';
import type { Db } from '../../db/client.ts';
import { sendCertificateReminders } from '../../modules/certificates/certificates.reminders.ts';
import { sendSourcingReminders } from '../../modules/sourcing-reminders/sourcing-reminders.ts';
import { refreshSearchForExpiredCertificates } from '../../modules/search/search-expired-certificates.ts';

/**
 * Queue `maintenance`: repeatable housekeeping (jobSchedules in queues.ts). Each job is
 * idempotent, so a retry or a second worker running the same schedule does no harm.
 * - `certificate-reminders`: daily reminders of certificates expiring in 90, 30 and 7 days.
 * - `search-expired-certificates`: re-index products whose certificates stopped counting.
 * - `sourcing-reminders`: nudges sample requests and introductions unanswered for 3 days.
 */
export function createMaintenanceProcessor({ db, publicUrl }: { db: Db; publicUrl: string }) {
  return async (job: Job) => {
    switch (job.name) {
      case 'certificate-reminders':
        return sendCertificateReminders({ db, publicUrl });
      case 'search-expired-certificates':
        return refreshSearchForExpiredCertificates(db);
      case 'sourcing-reminders':
        return sendSourcingReminders({ db, publicUrl });
      default:
        throw new UnrecoverableError(`Unknown job ${job.name} in queue maintenance`);
    }
  };
}
