import { Type, type Static } from 'typebox';
import { currencyCodes, incoterms, ocopGroupCodes, unitCodes } from '../reference/index.ts';
import { CalendarDateSchema } from './certificates.ts';
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
import {
  BilingualInput,
  BilingualSchema,
  MarketMoqInputSchema,
  MarketMoqSchema,
  MarketRequirementsFields,
  ReadinessItemSchema,
} from './market-guides.ts';
import { CountryCodeSchema, MoneySchema } from './products.ts';
import { SampleStatusSchema } from './samples.ts';

/** draft → open (taking applications) → closed (applications closed, selection) → completed. */
export const campaignStatuses = ['draft', 'open', 'closed', 'completed'] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];
export const CampaignStatusSchema = Type.Enum(campaignStatuses);

export const campaignEntryOrigins = ['applied', 'invited'] as const;
export type CampaignEntryOrigin = (typeof campaignEntryOrigins)[number];

/**
 * A product's way through a campaign. Producers accept (→ applied) or decline (→ withdrawn) an
 * invitation and may withdraw until listed; coordinators shortlist, reject, record the
 * retailer's selection, the sample request and the listing.
 */
export const campaignEntryStatuses = [
  'invited',
  'applied',
  'shortlisted',
  'selected',
  'sample_requested',
  'listed',
  'rejected',
  'withdrawn',
] as const;
export type CampaignEntryStatus = (typeof campaignEntryStatuses)[number];
export const CampaignEntryStatusSchema = Type.Enum(campaignEntryStatuses);

const criteriaFields = {
  ocopGroups: Type.Array(Type.Enum(ocopGroupCodes), { maxItems: 6, uniqueItems: true }),
  requiredCertifications: MarketRequirementsFields.requiredCertifications,
  minShelfLifeDays: MarketRequirementsFields.minShelfLifeDays,
  minRemainingShelfLifePercent: MarketRequirementsFields.minRemainingShelfLifePercent,
  transitDays: MarketRequirementsFields.transitDays,
  labelLanguages: MarketRequirementsFields.labelLanguages,
  incoterm: Nullable(Type.Enum(incoterms, { description: 'Incoterms 2020' })),
};

const campaignFields = {
  title: BilingualInput({ maxLength: 200 }),
  retailerName: Text({ minLength: 1, maxLength: 200 }),
  retailerOrgId: Nullable(
    Type.String({
      format: 'uuid',
      description:
        'The retailer or importer as a verified distributor organization of the platform: ' +
        'the sample step then requests a real sample in its name',
    }),
  ),
  country: CountryCodeSchema,
  eventStartsOn: CalendarDateSchema,
  eventEndsOn: CalendarDateSchema,
  applicationDeadline: CalendarDateSchema,
  marketGuideId: Nullable(IdSchema),
  moq: Nullable(MarketMoqInputSchema),
  notes: Nullable(BilingualInput({ maxLength: 10_000, long: true })),
};

export const CreateCampaignBodySchema = Type.Object(
  {
    title: campaignFields.title,
    retailerName: campaignFields.retailerName,
    retailerOrgId: Type.Optional(campaignFields.retailerOrgId),
    country: campaignFields.country,
    eventStartsOn: campaignFields.eventStartsOn,
    eventEndsOn: campaignFields.eventEndsOn,
    applicationDeadline: campaignFields.applicationDeadline,
    marketGuideId: Type.Optional(campaignFields.marketGuideId),
    ocopGroups: Type.Optional(criteriaFields.ocopGroups),
    requiredCertifications: Type.Optional(criteriaFields.requiredCertifications),
    minShelfLifeDays: Type.Optional(criteriaFields.minShelfLifeDays),
    minRemainingShelfLifePercent: Type.Optional(criteriaFields.minRemainingShelfLifePercent),
    transitDays: Type.Optional(criteriaFields.transitDays),
    labelLanguages: Type.Optional(criteriaFields.labelLanguages),
    moq: Type.Optional(campaignFields.moq),
    incoterm: Type.Optional(criteriaFields.incoterm),
    notes: Type.Optional(campaignFields.notes),
  },
  { additionalProperties: false },
);
export type CreateCampaignBody = Static<typeof CreateCampaignBodySchema>;

export const UpdateCampaignBodySchema = Type.Object(
  {
    version: VersionSchema,
    title: Type.Optional(campaignFields.title),
    retailerName: Type.Optional(campaignFields.retailerName),
    retailerOrgId: Type.Optional(campaignFields.retailerOrgId),
    country: Type.Optional(campaignFields.country),
    eventStartsOn: Type.Optional(campaignFields.eventStartsOn),
    eventEndsOn: Type.Optional(campaignFields.eventEndsOn),
    applicationDeadline: Type.Optional(campaignFields.applicationDeadline),
    marketGuideId: Type.Optional(campaignFields.marketGuideId),
    ocopGroups: Type.Optional(criteriaFields.ocopGroups),
    requiredCertifications: Type.Optional(criteriaFields.requiredCertifications),
    minShelfLifeDays: Type.Optional(criteriaFields.minShelfLifeDays),
    minRemainingShelfLifePercent: Type.Optional(criteriaFields.minRemainingShelfLifePercent),
    transitDays: Type.Optional(criteriaFields.transitDays),
    labelLanguages: Type.Optional(criteriaFields.labelLanguages),
    moq: Type.Optional(campaignFields.moq),
    incoterm: Type.Optional(criteriaFields.incoterm),
    notes: Type.Optional(campaignFields.notes),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCampaignBody = Static<typeof UpdateCampaignBodySchema>;

export const CampaignCriteriaSchema = Type.Object({
  ocopGroups: Type.Array(Type.String()),
  requiredCertifications: Type.Array(Type.String()),
  minShelfLifeDays: Nullable(Type.Integer()),
  minRemainingShelfLifePercent: Nullable(Type.Integer()),
  transitDays: Nullable(Type.Integer()),
  labelLanguages: Type.Array(Type.String()),
  moq: Nullable(MarketMoqSchema),
  incoterm: Nullable(Type.String()),
  notes: Nullable(BilingualSchema),
});
export type CampaignCriteria = Static<typeof CampaignCriteriaSchema>;

export const CampaignSchema = Type.Object({
  id: IdSchema,
  status: CampaignStatusSchema,
  title: BilingualSchema,
  retailerName: Type.String(),
  /** The retailer's organization on the platform, if it is a member. */
  retailerOrgId: Nullable(IdSchema),
  country: Type.String(),
  eventStartsOn: Type.String({ format: 'date' }),
  eventEndsOn: Type.String({ format: 'date' }),
  applicationDeadline: Type.String({ format: 'date' }),
  /** Open and the deadline (Asia/Ho_Chi_Minh, inclusive) not passed. */
  acceptingApplications: Type.Boolean(),
  marketGuideId: Nullable(IdSchema),
  criteria: CampaignCriteriaSchema,
  /** Coordinators only: entries per status. */
  entryCounts: Type.Optional(Type.Record(Type.String(), Type.Integer())),
  openedAt: Nullable(TimestampSchema),
  closedAt: Nullable(TimestampSchema),
  completedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Campaign = Static<typeof CampaignSchema>;
export const CampaignPageSchema = PageSchema(CampaignSchema);
export type CampaignPage = Static<typeof CampaignPageSchema>;

export const ListCampaignsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    status: Type.Optional(CampaignStatusSchema),
    country: Type.Optional(CountryCodeSchema),
  },
  { additionalProperties: false },
);
export type ListCampaignsQuery = Static<typeof ListCampaignsQuerySchema>;

export const CampaignEntryProductSchema = Type.Object({
  id: IdSchema,
  nameVi: Type.String(),
  nameEn: Nullable(Type.String()),
  ocopGroup: Type.String(),
  category: Type.String(),
  ocopStars: Nullable(Type.Integer()),
  unit: Type.String(),
  moq: Type.Number(),
  shelfLifeDays: Nullable(Type.Integer()),
});

export const CampaignProducerSchema = Type.Object({
  id: IdSchema,
  name: Type.String(),
  province: Type.String(),
});

/** Pre-screen: a public product against a campaign's criteria. */
export const EligibleProductSchema = Type.Object({
  product: CampaignEntryProductSchema,
  producer: CampaignProducerSchema,
  certifications: Type.Array(Type.String()),
  eligible: Type.Boolean(),
  /** Unmet lines (met false) and lines to confirm (met null). */
  gaps: Type.Array(ReadinessItemSchema),
  entry: Nullable(Type.Object({ id: IdSchema, status: CampaignEntryStatusSchema })),
});
export type EligibleProduct = Static<typeof EligibleProductSchema>;
export const EligibleProductPageSchema = PageSchema(EligibleProductSchema);
export type EligibleProductPage = Static<typeof EligibleProductPageSchema>;

export const EligibleProductsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    filter: Type.Optional(
      Type.Enum(['eligible', 'all'], {
        default: 'eligible',
        description: 'eligible: only products with no unmet blocker; all: every public product',
      }),
    ),
  },
  { additionalProperties: false },
);
export type EligibleProductsQuery = Static<typeof EligibleProductsQuerySchema>;

export const CampaignReorderSchema = Type.Object({
  id: IdSchema,
  orderedOn: Type.String({ format: 'date' }),
  quantity: Type.Number(),
  unit: Type.String(),
  value: Nullable(Type.Integer()),
  currency: Nullable(Type.String()),
  note: Nullable(Type.String()),
  createdAt: TimestampSchema,
});
export type CampaignReorder = Static<typeof CampaignReorderSchema>;

/** The progress of an entry's sample; the sample itself is at /sample-requests/{id}. */
export const CampaignEntrySampleSchema = Type.Object({
  id: IdSchema,
  status: SampleStatusSchema,
  shippedAt: Nullable(TimestampSchema),
  deliveredAt: Nullable(TimestampSchema),
  evaluatedAt: Nullable(TimestampSchema),
});
export type CampaignEntrySample = Static<typeof CampaignEntrySampleSchema>;

export const CampaignEntrySchema = Type.Object({
  id: IdSchema,
  campaignId: IdSchema,
  product: CampaignEntryProductSchema,
  producer: CampaignProducerSchema,
  origin: Type.Enum(campaignEntryOrigins),
  status: CampaignEntryStatusSchema,
  /** At the time of applying or accepting the invitation. */
  eligibleAtEntry: Type.Boolean(),
  gaps: Type.Array(ReadinessItemSchema),
  note: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  invitedAt: Nullable(TimestampSchema),
  appliedAt: Nullable(TimestampSchema),
  shortlistedAt: Nullable(TimestampSchema),
  selectedAt: Nullable(TimestampSchema),
  sampleRequestedAt: Nullable(TimestampSchema),
  /** The sample request made at the sample step, when the campaign has a retailer organization. */
  sampleRequest: Nullable(CampaignEntrySampleSchema),
  listedAt: Nullable(TimestampSchema),
  endedAt: Nullable(Type.String({ format: 'date-time', description: 'Rejected or withdrawn' })),
  reorderCount: Type.Integer(),
  reorderQuantity: Type.Number(),
  reorders: Type.Optional(Type.Array(CampaignReorderSchema)),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type CampaignEntry = Static<typeof CampaignEntrySchema>;
export const CampaignEntryPageSchema = PageSchema(CampaignEntrySchema);
export type CampaignEntryPage = Static<typeof CampaignEntryPageSchema>;

export const ListCampaignEntriesQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    status: Type.Optional(CampaignEntryStatusSchema),
    campaignId: Type.Optional(IdSchema),
  },
  { additionalProperties: false },
);
export type ListCampaignEntriesQuery = Static<typeof ListCampaignEntriesQuerySchema>;

export const CampaignEntryParamsSchema = Type.Object(
  { id: IdSchema, entryId: IdSchema },
  { additionalProperties: false },
);

export const ApplyToCampaignBodySchema = Type.Object(
  {
    productId: IdSchema,
    note: Type.Optional(Nullable(LongText({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type ApplyToCampaignBody = Static<typeof ApplyToCampaignBodySchema>;

export const InviteToCampaignBodySchema = Type.Object(
  {
    productIds: Type.Array(IdSchema, { minItems: 1, maxItems: 100, uniqueItems: true }),
    note: Type.Optional(Nullable(LongText({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
export type InviteToCampaignBody = Static<typeof InviteToCampaignBodySchema>;

export const InvitationResultSchema = Type.Object({
  invited: Type.Array(CampaignEntrySchema),
  skipped: Type.Array(
    Type.Object({
      productId: IdSchema,
      reason: Type.Enum(['already_entered', 'not_public']),
    }),
  ),
});
export type InvitationResult = Static<typeof InvitationResultSchema>;

/** The sample step's fields, used only where the campaign has a retailer organization. */
const sampleOnly = (rule: string) =>
  `The sample request (status sample_requested, campaign with a retailer organization): ${rule}`;

export const UpdateCampaignEntryBodySchema = Type.Object(
  {
    version: VersionSchema,
    status: CampaignEntryStatusSchema,
    note: Type.Optional(
      Nullable(LongText({ maxLength: 2000, description: 'Why: shown to the producer' })),
    ),
    quantity: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 1e6, description: sampleOnly('required') }),
    ),
    unit: Type.Optional(Type.Enum(unitCodes, { description: sampleOnly('required') })),
    deliveryAddress: Type.Optional(
      LongText({
        minLength: 5,
        maxLength: 500,
        description: sampleOnly("defaults to the retailer organization's address"),
      }),
    ),
  },
  { additionalProperties: false },
);
export type UpdateCampaignEntryBody = Static<typeof UpdateCampaignEntryBodySchema>;

export const RecordReorderBodySchema = Type.Object(
  {
    date: CalendarDateSchema,
    quantity: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
    value: Type.Optional(Nullable(MoneySchema)),
    currency: Type.Optional(Nullable(Type.Enum(currencyCodes))),
    note: Type.Optional(Nullable(Text({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type RecordReorderBody = Static<typeof RecordReorderBodySchema>;

export const CampaignVersionBodySchema = Type.Object(
  { version: VersionSchema },
  { additionalProperties: false },
);
