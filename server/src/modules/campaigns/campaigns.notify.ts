import type { Locale } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import type { NotificationMessage } from '../notifications/notifications.messages.ts';
import type { Recipient } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import type { EntryWithProduct } from './campaign-entries.repository.ts';
import type { CampaignRow } from './campaigns.repository.ts';

/**
 * Notifies in each recipient's language with names in that language too (the campaign's English
 * title and the product's English name when there is one), inside the caller's transaction.
 */
export async function notifyAboutEntry(
  tx: DbOrTx,
  recipients: Recipient[],
  message: NotificationMessage,
  context: {
    campaign: CampaignRow;
    entry: Pick<EntryWithProduct, 'product' | 'producer'>;
    values?: Record<string, string | number>;
    email?: boolean;
    publicUrl: string;
  },
): Promise<void> {
  const { campaign, entry } = context;
  for (const locale of ['vi', 'en'] as const satisfies Locale[]) {
    const group = recipients.filter((r) => r.locale === locale);
    if (group.length === 0) {
      continue;
    }
    const en = locale === 'en';
    await notify(tx, group, message, {
      values: {
        campaign: (en ? campaign.titleEn : null) ?? campaign.titleVi,
        campaignId: campaign.id,
        retailer: campaign.retailerName,
        deadline: campaign.applicationDeadline,
        product: (en ? entry.product.nameEn : null) ?? entry.product.nameVi,
        producer: entry.producer.name,
        note: '',
        ...context.values,
      },
      email: context.email ?? false,
      publicUrl: context.publicUrl,
      data: { campaignId: campaign.id, productId: entry.product.id },
    });
  }
}
