import { Type, type Static } from 'typebox';
import { currencyCodes } from '../reference/index.ts';
import { CalendarDateSchema } from './certificates.ts';
import { IdSchema, LongText, Nullable, PageSchema, Text, TimestampSchema } from './common.ts';

/** An MoU states intent (often signed at a trade connection conference); a contract is a deal. */
export const agreementKinds = ['mou', 'contract'] as const;
export type AgreementKind = (typeof agreementKinds)[number];
export const AgreementKindSchema = Type.Enum(agreementKinds);

/** The signed agreement attached to its record: a PDF, read by its first bytes. */
export const agreementDocumentRules = {
  /** 10 MiB: a scanned, signed MoU of a few pages. */
  maxBytes: 10 * 1024 * 1024,
  types: ['application/pdf'],
} as const;

const Money = Type.Integer({
  minimum: 0,
  maximum: 1e15,
  description: "In the currency's smallest unit (đồng, cents)",
});
const ProductIds = Type.Array(IdSchema, {
  maxItems: 50,
  uniqueItems: true,
  description: "Products of the producer's organization the agreement covers",
});

/** What a party records when a match is won (`PATCH /matches/:id` with `status: won`). */
export const MatchAgreementInputSchema = Type.Object(
  {
    title: Type.Optional(Text({ minLength: 3, maxLength: 200 })),
    signedOn: CalendarDateSchema,
    value: Money,
    currency: Type.Enum(currencyCodes),
    /** Defaults to the matched product. */
    productIds: Type.Optional(ProductIds),
  },
  { additionalProperties: false },
);
export type MatchAgreementInput = Static<typeof MatchAgreementInputSchema>;

/**
 * A coordinator records an MoU or contract. With `matchId` the parties come from the match
 * (parties sent as well must be the same); with `provinceCode` it is between that province and
 * the city (no organization, no match); otherwise both organization parties are required.
 */
export const CreateAgreementBodySchema = Type.Object(
  {
    kind: AgreementKindSchema,
    title: Text({ minLength: 3, maxLength: 200 }),
    matchId: Type.Optional(IdSchema),
    producerOrgId: Type.Optional(IdSchema),
    distributorOrgId: Type.Optional(IdSchema),
    provinceCode: Type.Optional(
      Text({
        maxLength: 100,
        description:
          'Province ↔ city agreement: a province code of the reference (or its name, pre-2025 ones included)',
      }),
    ),
    /** The trade event it was signed at. */
    eventId: Type.Optional(IdSchema),
    signedOn: CalendarDateSchema,
    value: Type.Optional(Money),
    currency: Type.Optional(Type.Enum(currencyCodes)),
    productIds: Type.Optional(ProductIds),
    note: Type.Optional(LongText({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateAgreementBody = Static<typeof CreateAgreementBodySchema>;

export const AgreementPartySchema = Type.Object({ id: IdSchema, name: Type.String() });
export const AgreementProvinceSchema = Type.Object({
  code: Type.String(),
  vi: Type.String(),
  en: Type.String(),
});
export const AgreementEventSchema = Type.Object({
  id: IdSchema,
  titleVi: Type.String(),
  titleEn: Nullable(Type.String()),
});
/** Always a PDF; download it from `GET /agreements/:id/document`. */
export const AgreementDocumentSchema = Type.Object({
  sizeBytes: Type.Integer(),
  uploadedAt: TimestampSchema,
});

export const AgreementSchema = Type.Object({
  id: IdSchema,
  kind: AgreementKindSchema,
  matchId: Nullable(IdSchema),
  producer: Nullable(AgreementPartySchema),
  distributor: Nullable(AgreementPartySchema),
  /** Set for a province ↔ city agreement, which has no organization party. */
  province: Nullable(AgreementProvinceSchema),
  event: Nullable(AgreementEventSchema),
  document: Nullable(AgreementDocumentSchema),
  title: Type.String(),
  signedOn: Type.String({ format: 'date' }),
  value: Nullable(Type.Integer()),
  currency: Nullable(Type.String()),
  productIds: Type.Array(IdSchema),
  note: Nullable(Type.String()),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Agreement = Static<typeof AgreementSchema>;

export const AgreementPageSchema = PageSchema(AgreementSchema);
export type AgreementPage = Static<typeof AgreementPageSchema>;

export const ListAgreementsQuerySchema = Type.Object(
  {
    year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100, description: 'Signed in' })),
    matchId: Type.Optional(IdSchema),
    eventId: Type.Optional(IdSchema),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListAgreementsQuery = Static<typeof ListAgreementsQuerySchema>;
