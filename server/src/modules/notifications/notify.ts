import type { DbOrTx } from '../../db/client.ts';
import { format } from '../../lib/locale.ts';
import { addOutbox } from '../outbox/outbox.repository.ts';
import type { NotificationMessage } from './notifications.messages.ts';
import { insertNotifications, type Recipient } from './notifications.repository.ts';

/**
 * Notifies people inside the caller's transaction: an in-app notification in each recipient's
 * language and, when asked, an e-mail through the outbox (sent by the worker after commit).
 */
export async function notify(
  tx: DbOrTx,
  recipients: Recipient[],
  message: NotificationMessage,
  options: {
    values?: Record<string, string | number>;
    email?: boolean;
    publicUrl: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  const values = options.values ?? {};
  await insertNotifications(
    tx,
    recipients.map((r) => ({
      userId: r.id,
      kind: message.kind,
      title: format(message.title[r.locale], values),
      body: format(message.body[r.locale], values),
      link: message.link ? format(message.link, values) : null,
      data: options.data ?? null,
    })),
  );
  if (options.email) {
    for (const r of recipients) {
      const link = message.link ? `\n\n${options.publicUrl}${format(message.link, values)}` : '';
      await addOutbox(tx, 'notify.email', {
        to: r.email,
        subject: format(message.title[r.locale], values),
        text: `${format(message.body[r.locale], values)}${link}\n\n— KếtNối`,
      });
    }
  }
}
