import { Type } from 'typebox';

/** A revision request closes a quote as `revision_requested`; the producer's new quote links back to it. */
export const quoteStatuses = [
  'sent',
  'accepted',
  'declined',
  'revision_requested',
  'expired',
  'withdrawn',
] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];
export const QuoteStatusSchema = Type.Enum(quoteStatuses);
