import { Type, type Static } from 'typebox';
import { unitCodes } from '../reference/index.ts';
import { CertificateSchemeSchema } from './certificates.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageQuerySchema,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';
import { CountryCodeSchema } from './products.ts';

export const marketGuideStatuses = ['draft', 'published'] as const;
export type MarketGuideStatus = (typeof marketGuideStatuses)[number];
export const MarketGuideStatusSchema = Type.Enum(marketGuideStatuses);

/** A language a product label must carry: ISO 639-1, e.g. `ja`, `en`, `th`. */
export const MarketLabelLanguageSchema = Type.String({
  pattern: '^[a-z]{2}$',
  description: 'ISO 639-1 code, e.g. vi, en, ja',
});

/** Text in both languages as written: Vietnamese required, English optional. */
export function BilingualInput(options: { maxLength: number; long?: boolean }) {
  const text = options.long ? LongText : Text;
  return Type.Object(
    {
      vi: text({ minLength: 1, maxLength: options.maxLength }),
      en: Type.Optional(Nullable(text({ maxLength: options.maxLength }))),
    },
    { additionalProperties: false },
  );
}
export const BilingualSchema = Type.Object({ vi: Type.String(), en: Nullable(Type.String()) });
export type Bilingual = Static<typeof BilingualSchema>;

/** A typical order size: a number with its unit, a text ("one 20-ft container"), or both. */
export const MarketMoqInputSchema = Type.Object(
  {
    quantity: Type.Optional(Nullable(Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }))),
    unit: Type.Optional(Nullable(Type.Enum(unitCodes))),
    text: Type.Optional(Nullable(BilingualInput({ maxLength: 300 }))),
  },
  { additionalProperties: false },
);
export const MarketMoqSchema = Type.Object({
  quantity: Nullable(Type.Number()),
  unit: Nullable(Type.String()),
  text: Nullable(BilingualSchema),
});
export type MarketMoq = Static<typeof MarketMoqSchema>;

const certificationList = Type.Array(CertificateSchemeSchema, { maxItems: 20, uniqueItems: true });

/**
 * What a market (or one retailer in it) requires of a product, in a form a program can check:
 * the gap checklist, campaign eligibility and the matching engine's export-readiness feature all
 * read it (server modules/market-guides/market-readiness.ts).
 */
export const MarketRequirementsFields = {
  requiredCertifications: Type.Array(CertificateSchemeSchema, {
    maxItems: 20,
    uniqueItems: true,
    description: 'Every one of these must be held (valid certificates only)',
  }),
  anyOfCertifications: Type.Array(CertificateSchemeSchema, {
    maxItems: 20,
    uniqueItems: true,
    description: 'At least one of these must be held, e.g. one GFSI-recognised scheme',
  }),
  labelLanguages: Type.Array(MarketLabelLanguageSchema, { maxItems: 10, uniqueItems: true }),
  minShelfLifeDays: Nullable(
    Type.Integer({ minimum: 1, maximum: 3650, description: 'Total shelf life the product needs' }),
  ),
  minRemainingShelfLifePercent: Nullable(
    Type.Integer({
      minimum: 1,
      maximum: 99,
      description:
        'Share of shelf life that must remain on arrival (Japan: about 67 %, the 1/3 rule)',
    }),
  ),
  transitDays: Nullable(
    Type.Integer({
      minimum: 0,
      maximum: 180,
      description:
        'Typical days from the factory in Vietnam to the buyer: with the percent above it tells whether the shelf life is long enough',
    }),
  ),
};
export const MarketRequirementsSchema = Type.Object({
  requiredCertifications: Type.Array(Type.String()),
  anyOfCertifications: Type.Array(Type.String()),
  labelLanguages: Type.Array(Type.String()),
  minShelfLifeDays: Nullable(Type.Integer()),
  minRemainingShelfLifePercent: Nullable(Type.Integer()),
  transitDays: Nullable(Type.Integer()),
});
export type MarketRequirements = Static<typeof MarketRequirementsSchema>;

export const MarketContactSchema = Type.Object(
  {
    name: Text({ minLength: 1, maxLength: 200 }),
    organization: Type.Optional(Nullable(Text({ maxLength: 200 }))),
    role: Type.Optional(Nullable(Text({ maxLength: 200 }))),
    email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 254 }))),
    phone: Type.Optional(Nullable(Text({ maxLength: 50 }))),
    website: Type.Optional(
      Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 500 })),
    ),
  },
  { additionalProperties: false },
);
export type MarketContact = Static<typeof MarketContactSchema>;

const guideFields = {
  country: CountryCodeSchema,
  retailerName: Nullable(Text({ minLength: 1, maxLength: 200 })),
  title: BilingualInput({ maxLength: 200 }),
  requiredCertifications: Type.Optional(certificationList),
  anyOfCertifications: Type.Optional(certificationList),
  labelLanguages: Type.Optional(MarketRequirementsFields.labelLanguages),
  minShelfLifeDays: Type.Optional(MarketRequirementsFields.minShelfLifeDays),
  minRemainingShelfLifePercent: Type.Optional(
    MarketRequirementsFields.minRemainingShelfLifePercent,
  ),
  transitDays: Type.Optional(MarketRequirementsFields.transitDays),
  labelling: Type.Optional(Nullable(BilingualInput({ maxLength: 5000, long: true }))),
  packaging: Type.Optional(Nullable(BilingualInput({ maxLength: 5000, long: true }))),
  documents: Type.Optional(Type.Array(BilingualInput({ maxLength: 500 }), { maxItems: 30 })),
  typicalMoq: Type.Optional(Nullable(MarketMoqInputSchema)),
  contacts: Type.Optional(Type.Array(MarketContactSchema, { maxItems: 20 })),
  notes: Type.Optional(Nullable(BilingualInput({ maxLength: 10_000, long: true }))),
};

export const CreateMarketGuideBodySchema = Type.Object(
  { ...guideFields, retailerName: Type.Optional(guideFields.retailerName) },
  { additionalProperties: false },
);
export type CreateMarketGuideBody = Static<typeof CreateMarketGuideBodySchema>;

export const UpdateMarketGuideBodySchema = Type.Object(
  {
    version: VersionSchema,
    country: Type.Optional(guideFields.country),
    retailerName: Type.Optional(guideFields.retailerName),
    title: Type.Optional(guideFields.title),
    requiredCertifications: guideFields.requiredCertifications,
    anyOfCertifications: guideFields.anyOfCertifications,
    labelLanguages: guideFields.labelLanguages,
    minShelfLifeDays: guideFields.minShelfLifeDays,
    minRemainingShelfLifePercent: guideFields.minRemainingShelfLifePercent,
    transitDays: guideFields.transitDays,
    labelling: guideFields.labelling,
    packaging: guideFields.packaging,
    documents: guideFields.documents,
    typicalMoq: guideFields.typicalMoq,
    contacts: guideFields.contacts,
    notes: guideFields.notes,
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateMarketGuideBody = Static<typeof UpdateMarketGuideBodySchema>;

export const MarketGuideSchema = Type.Object({
  id: IdSchema,
  country: Type.String(),
  retailerName: Nullable(Type.String()),
  status: MarketGuideStatusSchema,
  title: BilingualSchema,
  requirements: MarketRequirementsSchema,
  labelling: Nullable(BilingualSchema),
  packaging: Nullable(BilingualSchema),
  documents: Type.Array(BilingualSchema),
  typicalMoq: Nullable(MarketMoqSchema),
  contacts: Type.Array(
    Type.Object({
      name: Type.String(),
      organization: Nullable(Type.String()),
      role: Nullable(Type.String()),
      email: Nullable(Type.String()),
      phone: Nullable(Type.String()),
      website: Nullable(Type.String()),
    }),
  ),
  notes: Nullable(BilingualSchema),
  publishedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MarketGuide = Static<typeof MarketGuideSchema>;
export const MarketGuidePageSchema = PageSchema(MarketGuideSchema);
export type MarketGuidePage = Static<typeof MarketGuidePageSchema>;

export const ListMarketGuidesQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    country: Type.Optional(CountryCodeSchema),
    status: Type.Optional(MarketGuideStatusSchema),
    retailer: Type.Optional(
      Type.Boolean({ description: 'true: retailer guides only; false: market-wide guides only' }),
    ),
  },
  { additionalProperties: false },
);
export type ListMarketGuidesQuery = Static<typeof ListMarketGuidesQuerySchema>;

export const MarketGuideChecklistQuerySchema = Type.Object(
  { productId: IdSchema },
  { additionalProperties: false },
);

/**
 * One line of a gap checklist. `met` is null when the product's facts cannot tell (label
 * languages are not recorded on products): the producer should confirm it. Only `blocker` lines
 * decide readiness; `warning` lines are advice (export experience, order size).
 */
export const readinessCodes = [
  'certification',
  'certification-any',
  'label-language',
  'shelf-life-days',
  'shelf-life-remaining',
  'ocop-group',
  'moq',
  'export-experience',
] as const;
export type ReadinessCode = (typeof readinessCodes)[number];
export const ReadinessItemSchema = Type.Object({
  code: Type.Enum(readinessCodes),
  met: Nullable(Type.Boolean()),
  severity: Type.Enum(['blocker', 'warning']),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  message: Type.Object({ vi: Type.String(), en: Type.String() }),
});
export type ReadinessItem = Static<typeof ReadinessItemSchema>;

export const MarketChecklistSchema = Type.Object({
  guideId: IdSchema,
  productId: IdSchema,
  country: Type.String(),
  retailerName: Nullable(Type.String()),
  /** No blocker is unmet (lines to confirm do not count against it). */
  ready: Type.Boolean(),
  metCount: Type.Integer(),
  gapCount: Type.Integer(),
  toConfirmCount: Type.Integer(),
  items: Type.Array(ReadinessItemSchema),
});
export type MarketChecklist = Static<typeof MarketChecklistSchema>;
