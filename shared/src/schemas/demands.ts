import { Type, type Static } from 'typebox';
import {
  certificationCodes,
  currencyCodes,
  incoterms,
  ocopGroupCodes,
  productCategoryCodes,
  regionCodes,
  unitCodes,
} from '../reference/index.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';
import { MoneySchema } from './products.ts';

export const demandStatuses = ['draft', 'open', 'closed'] as const;
export type DemandStatus = (typeof demandStatuses)[number];
export const DemandStatusSchema = Type.Enum(demandStatuses);

const LabelLanguageSchema = Type.String({
  pattern: '^[a-z]{2}$',
  description: 'ISO 639-1 code, e.g. vi, en, ja',
});

/**
 * A distributor's standing commercial terms (on its organization profile). A demand inherits
 * them and may tighten them; matching compares them with the producer's retail readiness.
 */
export const DistributorRequirementsSchema = Type.Object(
  {
    requiresVatInvoice: Type.Boolean({ default: false }),
    requiresGs1Barcode: Type.Boolean({ default: false }),
    requiresTraceabilityStamp: Type.Boolean({ default: false }),
    paymentDays: Type.Integer({
      minimum: 0,
      maximum: 180,
      default: 0,
      description: 'Days after delivery the distributor pays (công nợ)',
    }),
    consignmentOnly: Type.Boolean({
      default: false,
      description: 'Buys on consignment (ký gửi) only',
    }),
    listingFee: Type.Boolean({ default: false, description: 'Charges a listing (slotting) fee' }),
    promotionContributionPercent: Type.Integer({ minimum: 0, maximum: 100, default: 0 }),
    minRemainingShelfLifePercent: Type.Integer({
      minimum: 0,
      maximum: 100,
      default: 0,
      description: 'Share of shelf life that must remain at delivery',
    }),
    labelLanguages: Type.Array(LabelLanguageSchema, {
      maxItems: 10,
      uniqueItems: true,
      default: [],
    }),
  },
  { additionalProperties: false },
);
export type DistributorRequirements = Static<typeof DistributorRequirementsSchema>;
export const defaultDistributorRequirements: DistributorRequirements = {
  requiresVatInvoice: false,
  requiresGs1Barcode: false,
  requiresTraceabilityStamp: false,
  paymentDays: 0,
  consignmentOnly: false,
  listingFee: false,
  promotionContributionPercent: 0,
  minRemainingShelfLifePercent: 0,
  labelLanguages: [],
};

/**
 * A demand's own tightening of the standing requirements: only the keys it sets, each at least as
 * strict as the organization's (a flag turned on, a number raised, languages added). No defaults:
 * a key left out inherits the standing value.
 */
export const DemandRequirementsSchema = Type.Object(
  {
    requiresVatInvoice: Type.Optional(Type.Boolean()),
    requiresGs1Barcode: Type.Optional(Type.Boolean()),
    requiresTraceabilityStamp: Type.Optional(Type.Boolean()),
    paymentDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 180 })),
    consignmentOnly: Type.Optional(Type.Boolean()),
    listingFee: Type.Optional(Type.Boolean()),
    promotionContributionPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    minRemainingShelfLifePercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    labelLanguages: Type.Optional(
      Type.Array(LabelLanguageSchema, { maxItems: 10, uniqueItems: true }),
    ),
  },
  {
    additionalProperties: false,
    description: "Tightens the organization's standing requirements; never loosens them",
  },
);
export type DemandRequirements = Static<typeof DemandRequirementsSchema>;

const CalendarDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

/** What a distributor writes about a demand. Money in the currency's smallest unit. */
const demandFields = {
  title: Text({ minLength: 3, maxLength: 200 }),
  description: LongText({ maxLength: 10_000 }),
  ocopGroup: Nullable(Type.Enum(ocopGroupCodes)),
  category: Nullable(
    Type.Enum(productCategoryCodes, {
      description: 'Must belong to `ocopGroup` when both are set',
    }),
  ),
  quantityPerOrder: Type.Number({ exclusiveMinimum: 0, maximum: 1e9, description: 'In `unit`' }),
  quantityPerMonth: Nullable(
    Type.Number({ exclusiveMinimum: 0, maximum: 1e10, description: 'In `unit` per month' }),
  ),
  unit: Type.Enum(unitCodes),
  priceMin: Nullable(MoneySchema),
  priceMax: Nullable(MoneySchema),
  currency: Type.Enum(currencyCodes),
  incoterm: Nullable(
    Type.Enum(incoterms, {
      description: 'Export demands only (destination ≠ VN); set together with `incotermPlace`',
    }),
  ),
  incotermPlace: Nullable(Text({ minLength: 2, maxLength: 120, description: 'Named place' })),
  requiredCertifications: Type.Array(Type.Enum(certificationCodes), {
    maxItems: 20,
    uniqueItems: true,
  }),
  minOcopStars: Nullable(Type.Enum([3, 4, 5])),
  destinationCountry: Type.String({
    pattern: '^[A-Z]{2}$',
    description: 'ISO 3166-1 alpha-2; `VN` is the domestic market',
  }),
  preferredProvinces: Type.Array(
    Text({
      minLength: 1,
      maxLength: 80,
      description: 'Province code or name; pre-2025 names accepted',
    }),
    { maxItems: 34 },
  ),
  preferredRegions: Type.Array(Type.Enum(regionCodes), { maxItems: 6, uniqueItems: true }),
  neededBy: Nullable(
    Type.String({ format: 'date', description: 'YYYY-MM-DD, today or later (Vietnam time)' }),
  ),
  requirements: DemandRequirementsSchema,
};

const optionalFields = {
  description: Type.Optional(demandFields.description),
  ocopGroup: Type.Optional(demandFields.ocopGroup),
  category: Type.Optional(demandFields.category),
  quantityPerMonth: Type.Optional(demandFields.quantityPerMonth),
  priceMin: Type.Optional(demandFields.priceMin),
  priceMax: Type.Optional(demandFields.priceMax),
  currency: Type.Optional(demandFields.currency),
  incoterm: Type.Optional(demandFields.incoterm),
  incotermPlace: Type.Optional(demandFields.incotermPlace),
  requiredCertifications: Type.Optional(demandFields.requiredCertifications),
  minOcopStars: Type.Optional(demandFields.minOcopStars),
  destinationCountry: Type.Optional(demandFields.destinationCountry),
  preferredProvinces: Type.Optional(demandFields.preferredProvinces),
  preferredRegions: Type.Optional(demandFields.preferredRegions),
  neededBy: Type.Optional(demandFields.neededBy),
  requirements: Type.Optional(demandFields.requirements),
};

/** `POST /demands`: created as a draft of the caller's organization. */
export const DemandInputSchema = Type.Object(
  {
    title: demandFields.title,
    quantityPerOrder: demandFields.quantityPerOrder,
    unit: demandFields.unit,
    ...optionalFields,
  },
  { additionalProperties: false },
);
export type DemandInput = Static<typeof DemandInputSchema>;

export const UpdateDemandBodySchema = Type.Object(
  {
    version: VersionSchema,
    title: Type.Optional(demandFields.title),
    quantityPerOrder: Type.Optional(demandFields.quantityPerOrder),
    unit: Type.Optional(demandFields.unit),
    ...optionalFields,
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateDemandBody = Static<typeof UpdateDemandBodySchema>;

export const DemandSchema = Type.Object({
  id: IdSchema,
  distributor: Type.Object({
    id: IdSchema,
    name: Type.String(),
    country: Type.String(),
    verified: Type.Boolean(),
  }),
  status: DemandStatusSchema,
  title: Type.String(),
  description: Type.String(),
  ocopGroup: Nullable(Type.String()),
  category: Nullable(Type.String()),
  quantityPerOrder: Type.Number(),
  quantityPerMonth: Nullable(Type.Number()),
  unit: Type.String(),
  priceMin: Nullable(Type.Integer()),
  priceMax: Nullable(Type.Integer()),
  currency: Type.String(),
  incoterm: Nullable(Type.String()),
  incotermPlace: Nullable(Type.String()),
  requiredCertifications: Type.Array(Type.String()),
  minOcopStars: Nullable(Type.Integer()),
  destinationCountry: Type.String(),
  /** Province codes (names given on input are resolved, pre-2025 ones to their new province). */
  preferredProvinces: Type.Array(Type.String()),
  preferredRegions: Type.Array(Type.String()),
  neededBy: Nullable(CalendarDate),
  /** The demand's own tightening, as written. */
  requirements: DemandRequirementsSchema,
  /** The organization's standing requirements with the demand's tightening over them. */
  effectiveRequirements: DistributorRequirementsSchema,
  openedAt: Nullable(TimestampSchema),
  closedAt: Nullable(TimestampSchema),
  /** What the caller may do next: `edit`, `open`, `close` (owners only). */
  allowedActions: Type.Array(Type.Enum(['edit', 'open', 'close'])),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Demand = Static<typeof DemandSchema>;

export const DemandPageSchema = PageSchema(DemandSchema);
export type DemandPage = Static<typeof DemandPageSchema>;

/**
 * Distributors: their organization's demands. Coordinators and admins: open and closed demands
 * of verified distributors. Producers: demands they were introduced to through a match.
 */
export const ListDemandsQuerySchema = Type.Object(
  {
    status: Type.Optional(DemandStatusSchema),
    q: Type.Optional(Text({ minLength: 1, maxLength: 100, description: 'Words in the title' })),
    destinationCountry: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ListDemandsQuery = Static<typeof ListDemandsQuerySchema>;
