import type { Locale } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import type { MatchParty, MatchView } from './matches.repository.ts';

export const partyName = (party: Pick<MatchParty, 'legalName' | 'tradingName'>) =>
  party.tradingName ?? party.legalName;

/** The values every match message fills, with the product's name in the reader's language. */
export function matchValues(view: MatchView, locale: Locale): Record<string, string> {
  return {
    id: view.match.id,
    product: locale === 'en' ? (view.product.nameEn ?? view.product.nameVi) : view.product.nameVi,
    demand: view.demand.title,
    producer: partyName(view.producer),
    distributor: partyName(view.distributor),
  };
}

/**
 * In-app notification and e-mail (through the outbox, in the caller's transaction) to every active
 * member of an organization, each in their own language.
 */
export async function notifyOrganization(
  tx: DbOrTx,
  organizationId: string,
  message: NotificationMessage,
  values: (locale: Locale) => Record<string, string>,
  publicUrl: string,
): Promise<void> {
  const recipients = await findOrganizationRecipients(tx, organizationId);
  for (const locale of ['vi', 'en'] as const) {
    const group = recipients.filter((r) => r.locale === locale);
    if (group.length > 0) {
      await notify(tx, group, message, { values: values(locale), email: true, publicUrl });
    }
  }
}
