import type { Db, DbOrTx } from '../../db/client.ts';
import { format } from '../../lib/locale.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';
import {
  findOrganizationRecipients,
  type Recipient,
} from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { addOutboxOnce } from '../certificates/certificates.repository.ts';
import { formatPrice } from '../quotes/quotes.dto.ts';
import { expireDueQuotes } from '../quotes/quotes.expiry.ts';
import { listUnansweredQuotes, quoteReminderKey } from '../quotes/quotes.repository.ts';
import { findSampleRequestView } from '../samples/samples.repository.ts';
import { reminderMessages } from './sourcing-reminders.messages.ts';
import {
  claimIdleIntroductions,
  claimUnansweredSampleRequests,
  findIntroductionNames,
} from './sourcing-reminders.repository.ts';

/** A step left unanswered this long gets its one nudge. */
export const REMIND_AFTER_MS = 3 * 24 * 3600 * 1000;
/** Rows claimed per transaction: small enough to keep locks short. */
const BATCH = 100;
/** Quotes looked at per run; more wait for the next hour. */
const QUOTES_PER_RUN = 1000;

type Deps = { db: Db; publicUrl: string };

const orgName = (org: { legalName: string; tradingName: string | null }) =>
  org.tradingName ?? org.legalName;

/** Claims and notifies batch after batch until a claim comes back short. */
async function inBatches(db: Db, work: (tx: DbOrTx) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const claimed = await db.transaction(work);
    total += claimed;
    if (claimed < BATCH) {
      return total;
    }
  }
}

async function remindSampleRequests({ db, publicUrl }: Deps, cutoff: Date): Promise<number> {
  return inBatches(db, async (tx) => {
    const ids = await claimUnansweredSampleRequests(tx, cutoff, BATCH);
    for (const id of ids) {
      const view = (await findSampleRequestView(tx, id))!;
      await notify(
        tx,
        await findOrganizationRecipients(tx, view.producer.id),
        reminderMessages.sampleRequestWaiting,
        {
          values: {
            id,
            party: orgName(view.distributor),
            product: view.product.nameVi,
            productEn: view.product.nameEn ?? view.product.nameVi,
          },
          email: true,
          publicUrl,
          data: { sampleRequestId: id, reminder: true },
        },
      );
    }
    return ids.length;
  });
}

async function remindIntroductions({ db, publicUrl }: Deps, cutoff: Date): Promise<number> {
  return inBatches(db, async (tx) => {
    const ids = await claimIdleIntroductions(tx, cutoff, BATCH);
    for (const id of ids) {
      const match = (await findIntroductionNames(tx, id))!;
      const common = {
        id,
        demand: match.demandTitle,
        product: match.productVi,
        productEn: match.productEn ?? match.productVi,
      };
      const options = { email: true, publicUrl, data: { matchId: id, reminder: true } };
      await notify(
        tx,
        await findOrganizationRecipients(tx, match.producerOrgId),
        reminderMessages.introductionWaitingProducer,
        { ...options, values: { ...common, party: match.distributorName } },
      );
      await notify(
        tx,
        await findOrganizationRecipients(tx, match.distributorOrgId),
        reminderMessages.introductionWaitingDistributor,
        { ...options, values: { ...common, party: match.producerName } },
      );
    }
    return ids.length;
  });
}

/** The e-mail notify() would write, for the one that carries the claim's dedupe key. */
function emailOf(
  recipient: Recipient,
  message: NotificationMessage,
  values: Record<string, string | number>,
  publicUrl: string,
) {
  const link = message.link ? `\n\n${publicUrl}${format(message.link, values)}` : '';
  return {
    to: recipient.email,
    subject: format(message.title[recipient.locale], values),
    text: `${format(message.body[recipient.locale], values)}${link}\n\n— KếtNối`,
  };
}

/**
 * Quotes have no `reminded_at`: the claim is the first recipient's e-mail in the outbox, keyed
 * `quote-reminder-<id>` (unique). Only the run that inserts it writes the other e-mails and the
 * in-app notifications, in the same transaction.
 */
async function remindQuotes({ db, publicUrl }: Deps, cutoff: Date, today: string) {
  let reminded = 0;
  for (const view of await listUnansweredQuotes(db, cutoff, today, QUOTES_PER_RUN)) {
    const { quote } = view;
    const price = formatPrice(quote.pricePerUnit, quote.currency);
    const values = {
      matchId: quote.matchId,
      party: orgName(view.producer),
      product: view.product.nameVi,
      productEn: view.product.nameEn ?? view.product.nameVi,
      priceVi: price.vi,
      priceEn: price.en,
      unit: quote.unit,
      validUntil: quote.validUntil,
    };
    const message = reminderMessages.quoteWaiting;
    reminded += await db.transaction(async (tx) => {
      const [first, ...others] = await findOrganizationRecipients(tx, quote.distributorOrgId);
      if (!first) {
        return 0;
      }
      const email = emailOf(first, message, values, publicUrl);
      if (!(await addOutboxOnce(tx, 'notify.email', email, quoteReminderKey(quote.id)))) {
        return 0;
      }
      const data = { quoteId: quote.id, matchId: quote.matchId, reminder: true };
      await notify(tx, [first], message, { values, publicUrl, data });
      await notify(tx, others, message, { values, publicUrl, data, email: true });
      return 1;
    });
  }
  return reminded;
}

/**
 * The hourly nudges (queue `maintenance`, job `sourcing-reminders`), each once per step:
 * - a sample request still `requested` 3 days after it was made → the producer's members;
 * - an introduction 3 days old on which nobody has requested a sample or sent a quote → both
 *   parties' members;
 * - a quote `sent` 3 days ago and still unanswered (and valid) → the distributor's members.
 * It first expires `sent` quotes past their date. Safe to run twice at once: sample requests
 * and matches are claimed by `reminded_at` (`UPDATE … WHERE reminded_at IS NULL`, skipping rows
 * another run holds), quotes by a unique outbox key; notifications are written in the claim's
 * transaction, so a failed run reminds nobody and leaves the step for the next run.
 */
export async function sendSourcingReminders(deps: Deps, now: Date = new Date()) {
  const cutoff = new Date(now.getTime() - REMIND_AFTER_MS);
  const today = todayInVietnam(now);
  const expiredQuotes = await expireDueQuotes(deps.db, today, 'all');
  const sampleRequests = await remindSampleRequests(deps, cutoff);
  const introductions = await remindIntroductions(deps, cutoff);
  const quotes = await remindQuotes(deps, cutoff, today);
  return {
    expiredQuotes,
    sampleRequests,
    introductions,
    quotes,
    reminded: sampleRequests + introductions + quotes,
  };
}
