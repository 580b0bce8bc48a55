import type { Quote, QuoteAction } from '@ketnoi/shared';
import type { QuoteRow, QuoteView } from './quotes.repository.ts';

const orgName = (org: { legalName: string; tradingName: string | null }) =>
  org.tradingName ?? org.legalName;

/**
 * What the distributor may do with a quote on `today`: answer a `sent` one that is still valid;
 * a quote that is itself a revision cannot be sent back for another one.
 */
export function quoteActionsAllowed(
  quote: Pick<QuoteRow, 'status' | 'validUntil' | 'revisionOf'>,
  today: string,
): QuoteAction[] {
  if (quote.status !== 'sent' || quote.validUntil < today) {
    return [];
  }
  return quote.revisionOf === null
    ? ['accept', 'decline', 'request-revision']
    : ['accept', 'decline'];
}

export function toQuoteDto(
  { quote, product, producer, distributor }: QuoteView,
  today: string,
): Quote {
  return {
    id: quote.id,
    matchId: quote.matchId,
    product,
    producer: { id: producer.id, name: orgName(producer) },
    distributor: { id: distributor.id, name: orgName(distributor) },
    revisionOf: quote.revisionOf,
    status: quote.status,
    pricePerUnit: quote.pricePerUnit,
    currency: quote.currency,
    unit: quote.unit,
    incoterm: quote.incoterm,
    namedPlace: quote.namedPlace,
    moq: quote.moq,
    leadTimeDays: quote.leadTimeDays,
    paymentTerms: quote.paymentTerms,
    validUntil: quote.validUntil,
    note: quote.note,
    responseNote: quote.responseNote,
    respondedAt: quote.respondedAt?.toISOString() ?? null,
    allowed: quoteActionsAllowed(quote, today),
    version: quote.version,
    createdAt: quote.createdAt.toISOString(),
    updatedAt: quote.updatedAt.toISOString(),
  };
}

/** A price in the currency's smallest unit, written for people in each language. */
export function formatPrice(amount: number, currency: string): { vi: string; en: string } {
  const options = { style: 'currency', currency } as const;
  const digits =
    new Intl.NumberFormat('en-US', options).resolvedOptions().maximumFractionDigits ?? 0;
  const value = amount / 10 ** digits;
  return {
    vi: new Intl.NumberFormat('vi-VN', options).format(value),
    en: new Intl.NumberFormat('en-US', options).format(value),
  };
}
