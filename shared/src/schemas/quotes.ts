import { Type, type Static } from 'typebox';
import { currencyCodes, incoterms, unitCodes } from '../reference/index.ts';
import { CalendarDateSchema } from './certificates.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';

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

/** The distributor's answers to a `sent` quote, named as their routes. */
export const quoteActions = ['accept', 'decline', 'request-revision'] as const;
export type QuoteAction = (typeof quoteActions)[number];

export const CreateQuoteBodySchema = Type.Object(
  {
    matchId: IdSchema,
    pricePerUnit: Type.Integer({
      minimum: 1,
      maximum: 1_000_000_000_000,
      description: "In the currency's smallest unit (đồng, cents)",
    }),
    currency: Type.Enum(currencyCodes),
    unit: Type.Enum(unitCodes),
    incoterm: Type.Optional(Type.Enum(incoterms, { description: 'Incoterms 2020' })),
    namedPlace: Type.Optional(
      Text({ minLength: 2, maxLength: 200, description: 'Required with an Incoterm' }),
    ),
    moq: Type.Number({ exclusiveMinimum: 0, maximum: 1e9, description: 'In `unit`' }),
    leadTimeDays: Type.Integer({ minimum: 0, maximum: 365 }),
    paymentTerms: Text({ minLength: 2, maxLength: 300 }),
    validUntil: Type.String({
      format: 'date',
      description: 'Last day the quote may be accepted (Asia/Ho_Chi_Minh), today or later',
    }),
    note: Type.Optional(LongText({ maxLength: 2000 })),
    revisionOf: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'The quote of this match the distributor sent back for revision',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CreateQuoteBody = Static<typeof CreateQuoteBodySchema>;

const OptionalVersion = Type.Optional(VersionSchema);

export const AcceptQuoteBodySchema = Type.Object(
  { version: OptionalVersion },
  { additionalProperties: false },
);
export type AcceptQuoteBody = Static<typeof AcceptQuoteBodySchema>;

export const DeclineQuoteBodySchema = Type.Object(
  { reason: Type.Optional(LongText({ maxLength: 2000 })), version: OptionalVersion },
  { additionalProperties: false },
);
export type DeclineQuoteBody = Static<typeof DeclineQuoteBodySchema>;

export const RequestQuoteRevisionBodySchema = Type.Object(
  { note: LongText({ minLength: 3, maxLength: 2000 }), version: OptionalVersion },
  { additionalProperties: false },
);
export type RequestQuoteRevisionBody = Static<typeof RequestQuoteRevisionBodySchema>;

const PartySchema = Type.Object({ id: IdSchema, name: Type.String() });

export const QuoteSchema = Type.Object({
  id: IdSchema,
  matchId: IdSchema,
  product: Type.Object({ id: IdSchema, nameVi: Type.String(), nameEn: Nullable(Type.String()) }),
  producer: PartySchema,
  distributor: PartySchema,
  revisionOf: Nullable(IdSchema),
  status: QuoteStatusSchema,
  pricePerUnit: Type.Integer(),
  currency: Type.String(),
  unit: Type.String(),
  incoterm: Nullable(Type.String()),
  namedPlace: Nullable(Type.String()),
  moq: Type.Number(),
  leadTimeDays: Type.Integer(),
  paymentTerms: Type.String(),
  validUntil: CalendarDateSchema,
  note: Nullable(Type.String()),
  /** The distributor's reason for declining or what it asked to revise. */
  responseNote: Nullable(Type.String()),
  respondedAt: Nullable(TimestampSchema),
  /** What the distributor may do now; a revision may not be sent back for another revision. */
  allowed: Type.Array(Type.Enum(quoteActions)),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Quote = Static<typeof QuoteSchema>;

export const QuotePageSchema = PageSchema(QuoteSchema);
export type QuotePage = Static<typeof QuotePageSchema>;

export const ListQuotesQuerySchema = Type.Object(
  {
    matchId: Type.Optional(IdSchema),
    status: Type.Optional(QuoteStatusSchema),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListQuotesQuery = Static<typeof ListQuotesQuerySchema>;
