import { Type, type Static } from 'typebox';
import {
  DistributorChannelSchema,
  LegalFormSchema,
  OrganizationKindSchema,
  VerificationStatusSchema,
} from '../enums.ts';
import {
  IdSchema,
  LongText,
  Nullable,
  PageSchema,
  Text,
  TimestampSchema,
  VersionSchema,
} from './common.ts';
import { ProducerResponsivenessSchema } from './samples.ts';
import { DistributorRequirementsSchema } from './demands.ts';

const CountrySchema = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });
const TaxCodeInput = Type.String({
  minLength: 1,
  maxLength: 20,
  description: 'MST: 10 digits, or 10-3 for a branch',
});
const ProvinceInput = Text({
  minLength: 1,
  maxLength: 80,
  description: 'Province code or name; pre-2025 names are accepted',
});
const PhoneSchema = Type.String({ pattern: '^[0-9+() .-]{6,24}$' });
const WebsiteSchema = Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 300 });

/**
 * What a producer can offer a retailer. Most OCOP products that fail in supermarkets fail on
 * these commercial terms, not on quality; shown as badges and scored by matching.
 */
export const RetailReadinessSchema = Type.Object(
  {
    canIssueVatInvoice: Type.Boolean({ default: false }),
    hasGs1Barcode: Type.Boolean({ default: false }),
    hasTraceabilityStamp: Type.Boolean({ default: false }),
    maxPaymentDays: Type.Integer({
      minimum: 0,
      maximum: 180,
      default: 0,
      description: 'Longest payment term (công nợ) the producer can carry',
    }),
    acceptsConsignment: Type.Boolean({ default: false }),
    promotionBudgetPercent: Type.Integer({
      minimum: 0,
      maximum: 100,
      default: 0,
      description: 'Share of product cost available for retailer promotions',
    }),
  },
  { additionalProperties: false },
);
export type RetailReadiness = Static<typeof RetailReadinessSchema>;
export const defaultRetailReadiness: RetailReadiness = {
  canIssueVatInvoice: false,
  hasGs1Barcode: false,
  hasTraceabilityStamp: false,
  maxPaymentDays: 0,
  acceptsConsignment: false,
  promotionBudgetPercent: 0,
};

/** The profile fields an owner may edit. Verification fields are server-owned and never listed here. */
const editableFields = {
  legalName: Text({ minLength: 2, maxLength: 200 }),
  tradingName: Nullable(Text({ maxLength: 200 })),
  taxCode: TaxCodeInput,
  province: ProvinceInput,
  address: Nullable(Text({ maxLength: 300 })),
  country: CountrySchema,
  channel: Nullable(DistributorChannelSchema),
  legalForm: Nullable(LegalFormSchema),
  descriptionVi: Nullable(LongText({ maxLength: 5000 })),
  descriptionEn: Nullable(LongText({ maxLength: 5000 })),
  contactName: Nullable(Text({ maxLength: 120 })),
  contactEmail: Nullable(Type.String({ format: 'email', maxLength: 254 })),
  contactPhone: Nullable(PhoneSchema),
  website: Nullable(WebsiteSchema),
  retailReadiness: RetailReadinessSchema,
  /** Distributors only: standing commercial terms; demands inherit and may tighten them. */
  requirements: DistributorRequirementsSchema,
};

export const OrganizationInputSchema = Type.Object(
  {
    legalName: editableFields.legalName,
    taxCode: editableFields.taxCode,
    province: editableFields.province,
    tradingName: Type.Optional(editableFields.tradingName),
    address: Type.Optional(editableFields.address),
    country: Type.Optional(editableFields.country),
    channel: Type.Optional(editableFields.channel),
    legalForm: Type.Optional(editableFields.legalForm),
    descriptionVi: Type.Optional(editableFields.descriptionVi),
    descriptionEn: Type.Optional(editableFields.descriptionEn),
    contactName: Type.Optional(editableFields.contactName),
    contactEmail: Type.Optional(editableFields.contactEmail),
    contactPhone: Type.Optional(editableFields.contactPhone),
    website: Type.Optional(editableFields.website),
    retailReadiness: Type.Optional(editableFields.retailReadiness),
    requirements: Type.Optional(editableFields.requirements),
  },
  { additionalProperties: false },
);
export type OrganizationInput = Static<typeof OrganizationInputSchema>;

export const UpdateOrganizationBodySchema = Type.Object(
  {
    version: VersionSchema,
    legalName: Type.Optional(editableFields.legalName),
    tradingName: Type.Optional(editableFields.tradingName),
    taxCode: Type.Optional(editableFields.taxCode),
    province: Type.Optional(editableFields.province),
    address: Type.Optional(editableFields.address),
    country: Type.Optional(editableFields.country),
    channel: Type.Optional(editableFields.channel),
    legalForm: Type.Optional(editableFields.legalForm),
    descriptionVi: Type.Optional(editableFields.descriptionVi),
    descriptionEn: Type.Optional(editableFields.descriptionEn),
    contactName: Type.Optional(editableFields.contactName),
    contactEmail: Type.Optional(editableFields.contactEmail),
    contactPhone: Type.Optional(editableFields.contactPhone),
    website: Type.Optional(editableFields.website),
    retailReadiness: Type.Optional(editableFields.retailReadiness),
    requirements: Type.Optional(editableFields.requirements),
  },
  { additionalProperties: false },
);
export type UpdateOrganizationBody = Static<typeof UpdateOrganizationBodySchema>;

/**
 * Contact fields and the tax code are optional in the response: the service leaves them out for
 * viewers who may not see them, and the response schema drops whatever it does not list.
 */
export const OrganizationSchema = Type.Object({
  id: IdSchema,
  kind: OrganizationKindSchema,
  legalName: Type.String(),
  tradingName: Nullable(Type.String()),
  province: Type.String(),
  address: Nullable(Type.String()),
  country: Type.String(),
  channel: Nullable(DistributorChannelSchema),
  legalForm: Nullable(LegalFormSchema),
  descriptionVi: Nullable(Type.String()),
  descriptionEn: Nullable(Type.String()),
  website: Nullable(Type.String()),
  /** Producers only: public, shown as badges. */
  retailReadiness: Nullable(RetailReadinessSchema),
  /** Distributors only: public, so producers see the terms before anyone meets. */
  requirements: Nullable(DistributorRequirementsSchema),
  /** Producers only: answer rate and median hours to answer sample requests (badge). */
  responsiveness: Type.Optional(ProducerResponsivenessSchema),
  taxCode: Type.Optional(Type.String()),
  contactName: Type.Optional(Nullable(Type.String())),
  contactEmail: Type.Optional(Nullable(Type.String())),
  contactPhone: Type.Optional(Nullable(Type.String())),
  verificationStatus: VerificationStatusSchema,
  verificationNote: Type.Optional(Nullable(Type.String())),
  verifiedAt: Nullable(TimestampSchema),
  version: Type.Integer(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Organization = Static<typeof OrganizationSchema>;

export const OrganizationPageSchema = PageSchema(OrganizationSchema);
export type OrganizationPage = Static<typeof OrganizationPageSchema>;

export const ReviewOrganizationsQuerySchema = Type.Object(
  {
    status: Type.Optional(VerificationStatusSchema),
    kind: Type.Optional(OrganizationKindSchema),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
export type ReviewOrganizationsQuery = Static<typeof ReviewOrganizationsQuerySchema>;

export const VerifyOrganizationBodySchema = Type.Object(
  { note: Type.Optional(LongText({ maxLength: 2000 })) },
  { additionalProperties: false },
);
export const RejectOrganizationBodySchema = Type.Object(
  { reason: LongText({ minLength: 3, maxLength: 2000 }) },
  { additionalProperties: false },
);
