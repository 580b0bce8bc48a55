import type { Db } from '../../db/client.ts';
import { format } from '../../lib/locale.ts';
import { messages } from '../notifications/notifications.messages.ts';
import {
  findOrganizationRecipients,
  type Recipient,
} from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { findOrganizationById } from '../organizations/organizations.repository.ts';
import { schemeLabel } from './certificates.dto.ts';
import { addOutboxOnce, listCertificatesExpiringBetween } from './certificates.repository.ts';
import {
  EXPIRING_WITHIN_DAYS,
  addDays,
  daysBetween,
  reminderThreshold,
  todayInVietnam,
} from './certificates.validity.ts';

/**
 * One reminder per person, certificate, threshold and expiry date. The expiry date is part of
 * the key so that a certificate whose dates are corrected or renewed in place is reminded again
 * for its new expiry, while a rerun for the same one never is.
 */
export const reminderKey = (
  certificateId: string,
  threshold: number,
  expiresOn: string,
  userId: string,
) => `cert-${certificateId}-${threshold}-${expiresOn}-${userId}`;

const displayDate = (date: string, locale: Recipient['locale']) =>
  locale === 'vi' ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;

/**
 * The daily reminder run (queue `maintenance`, job `certificate-reminders`). For every
 * certificate whose last valid day is 0–90 days away (Asia/Ho_Chi_Minh), it reminds each active
 * member of the holder of the nearest threshold crossed — 90, 30 or 7 days — in-app and by
 * e-mail. Idempotent: the e-mail's outbox row carries a dedupe key and the in-app notification
 * is written only with a new outbox row, in the same transaction, so running twice a day, or a
 * day later, reminds nobody twice. Thresholds passed while the job did not run are not caught up:
 * a certificate first seen 20 days out gets the 30-day reminder, then the 7-day one.
 */
export async function sendCertificateReminders(
  { db, publicUrl }: { db: Db; publicUrl: string },
  today: string = todayInVietnam(),
): Promise<{ certificates: number; reminders: number }> {
  const due = await listCertificatesExpiringBetween(
    db,
    today,
    addDays(today, EXPIRING_WITHIN_DAYS),
  );
  let reminders = 0;
  for (const { certificate: cert, productName } of due) {
    const expiresOn = cert.expiresOn!;
    const days = daysBetween(today, expiresOn);
    const threshold = reminderThreshold(days);
    if (threshold === null) {
      continue;
    }
    reminders += await db.transaction(async (tx) => {
      const subject =
        productName ?? (await findOrganizationById(tx, cert.organizationId))?.legalName ?? '';
      let sent = 0;
      for (const recipient of await findOrganizationRecipients(tx, cert.organizationId)) {
        const values = {
          scheme: schemeLabel(cert),
          number: cert.number,
          subject,
          date: displayDate(expiresOn, recipient.locale),
          days,
          id: cert.id,
        };
        const message = messages.certificateExpiring;
        const link = `\n\n${publicUrl}${format(message.link, values)}`;
        const fresh = await addOutboxOnce(
          tx,
          'notify.email',
          {
            to: recipient.email,
            subject: format(message.title[recipient.locale], values),
            text: `${format(message.body[recipient.locale], values)}${link}\n\n— KếtNối`,
          },
          reminderKey(cert.id, threshold, expiresOn, recipient.id),
        );
        if (fresh) {
          await notify(tx, [recipient], message, {
            values,
            publicUrl,
            data: { certificateId: cert.id, threshold, expiresOn },
          });
          sent += 1;
        }
      }
      return sent;
    });
  }
  return { certificates: due.length, reminders };
}
