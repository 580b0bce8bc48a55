import { Type } from 'typebox';
import type { Db } from '../../db/client.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { outboxProcessor } from '../outbox-processor.ts';
import { outboxJobId } from '../queues.ts';

const EmailPayloadSchema = Type.Object({
  to: Type.String({ minLength: 3 }),
  subject: Type.String(),
  text: Type.String(),
  html: Type.Optional(Type.String()),
});

/** Queue `notifications`, job `send-email`: one e-mail per outbox row. */
export function createNotificationsProcessor({ db, mailer }: { db: Db; mailer: Mailer }) {
  // The row's job id is the Message-ID (and .eml name): stable across retries and re-dispatches.
  const sendEmail = outboxProcessor(db, EmailPayloadSchema, async (payload, _job, row) => {
    await mailer.send(payload, outboxJobId(row));
  });
  return async (job: Parameters<typeof sendEmail>[0]) => {
    switch (job.name) {
      case 'send-email':
        return sendEmail(job);
      default:
        throw new Error(`Unknown job ${job.name} in queue notifications`);
    }
  };
}
