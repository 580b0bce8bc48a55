import type { Db } from '../../db/client.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { expireQuotesBefore, type QuoteScope } from './quotes.repository.ts';

/**
 * Marks `sent` quotes past their last valid day (Asia/Ho_Chi_Minh) as `expired`, with an audit
 * entry each. Run lazily before quotes are read or answered, and hourly by the reminder job;
 * idempotent, so overlapping runs expire each quote once.
 */
export async function expireDueQuotes(db: Db, today: string, scope: QuoteScope): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await expireQuotesBefore(tx, today, scope);
    for (const quote of expired) {
      await writeAudit(tx, {
        actorId: null,
        action: 'quote.expire',
        entityType: 'quote',
        entityId: quote.id,
        before: { status: 'sent', version: quote.version - 1 },
        after: { status: 'expired', version: quote.version, validUntil: quote.validUntil },
      });
    }
    return expired.length;
  });
}
