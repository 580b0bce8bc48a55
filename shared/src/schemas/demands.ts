import { Type, type Static } from 'typebox';

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
    consignmentOnly: Type.Boolean({ default: false, description: 'Buys on consignment (ký gửi) only' }),
    listingFee: Type.Boolean({ default: false, description: 'Charges a listing (slotting) fee' }),
    promotionContributionPercent: Type.Integer({ minimum: 0, maximum: 100, default: 0 }),
    minRemainingShelfLifePercent: Type.Integer({
      minimum: 0,
      maximum: 100,
      default: 0,
      description: 'Share of shelf life that must remain at delivery',
    }),
    labelLanguages: Type.Array(LabelLanguageSchema, { maxItems: 10, uniqueItems: true, default: [] }),
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
