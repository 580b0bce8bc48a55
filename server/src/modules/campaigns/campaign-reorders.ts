import type { CampaignEntry, RecordReorderBody } from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { fieldError, forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { todayInVietnam } from '../certificates/certificates.validity.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import {
  findEntry,
  insertReorder,
  listReorders,
  type EntryWithProduct,
} from './campaign-entries.repository.ts';
import { toEntryDto } from './campaigns.dto.ts';
import { campaignMessages } from './campaigns.messages.ts';
import { notifyAboutEntry } from './campaigns.notify.ts';
import { campaignPolicy as policy } from './campaigns.policy.ts';
import { findCampaignById } from './campaigns.repository.ts';

type Deps = {
  db: Db;
  publicUrl: string;
  loadEntry: (
    tx: DbOrTx,
    actor: Actor,
    campaignId: string,
    entryId: string,
  ) => Promise<EntryWithProduct>;
};

/**
 * Orders a listed product receives after the week, recorded by the centre or the producer.
 * Append-only: they do not bump the entry's version, so they never collide with a status edit.
 */
export function createReorders({ db, publicUrl, loadEntry }: Deps) {
  return {
    async recordReorder(
      actor: Actor,
      campaignId: string,
      entryId: string,
      body: RecordReorderBody,
      requestId?: string,
    ): Promise<CampaignEntry> {
      if (!policy.canManage(actor) && actor.role !== 'producer') {
        throw forbidden('Reorders are recorded by the producer or the centre');
      }
      const value = body.value ?? null;
      const currency = body.currency ?? null;
      if ((value === null) !== (currency === null)) {
        throw fieldError('VALIDATION_FAILED', value === null ? '/value' : '/currency', {
          vi: 'Giá trị và đơn vị tiền tệ phải đi cùng nhau',
          en: 'A value needs its currency, and a currency its value',
        });
      }
      return db.transaction(async (tx) => {
        const campaign = await findCampaignById(tx, campaignId);
        if (!campaign) {
          throw notFound('Campaign entry');
        }
        const row = await loadEntry(tx, actor, campaignId, entryId);
        if (row.entry.status !== 'listed') {
          throw invalidState('Reorders are recorded for listed products only');
        }
        if (body.date > todayInVietnam()) {
          throw fieldError('VALIDATION_FAILED', '/date', {
            vi: 'Ngày đặt hàng không được ở tương lai',
            en: 'The order date cannot be in the future',
          });
        }
        if (body.date < campaign.eventStartsOn) {
          throw fieldError('VALIDATION_FAILED', '/date', {
            vi: 'Đơn đặt lại phải từ ngày bắt đầu sự kiện trở đi',
            en: 'A reorder cannot predate the start of the event',
          });
        }
        const reorder = await insertReorder(tx, {
          entryId,
          orderedOn: body.date,
          quantity: body.quantity,
          unit: row.product.unit,
          value,
          currency,
          note: body.note?.trim() || null,
          createdBy: actor.id,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'campaign_entry.reorder',
          entityType: 'campaign_entry',
          entityId: entryId,
          after: reorder,
          requestId,
        });
        if (policy.canManage(actor)) {
          await notifyAboutEntry(
            tx,
            await findOrganizationRecipients(tx, row.entry.producerOrgId),
            campaignMessages.reorder,
            {
              campaign,
              entry: row,
              publicUrl,
              values: { quantity: `${body.quantity} ${row.product.unit}`, date: body.date },
            },
          );
        }
        const updated = await findEntry(tx, campaignId, entryId);
        return toEntryDto(updated!, await listReorders(tx, entryId));
      });
    },
  };
}
