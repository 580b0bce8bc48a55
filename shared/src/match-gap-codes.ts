/**
 * The gap codes the matching engine reports beside a score. Stable: the web translates them, so a
 * new code is added here, never renamed. A plain list (no schemas) so the web bundle can import it.
 */
export const matchGapCodes = [
  'MISSING_CERTIFICATION',
  'STARS_BELOW_MIN',
  'CATEGORY_MISMATCH',
  'CAPACITY_SHORT',
  'CAPACITY_UNKNOWN',
  'UNIT_MISMATCH',
  'OUT_OF_SEASON',
  'SEASONAL_SUPPLY',
  'MOQ_ABOVE_ORDER',
  'PRICE_ABOVE_TARGET',
  'VAT_INVOICE',
  'BARCODE',
  'TRACEABILITY',
  'PAYMENT_TERMS',
  'CONSIGNMENT',
  'PROMOTION_CONTRIBUTION',
  'LISTING_FEE',
  'SHELF_LIFE',
  'OUTSIDE_PREFERRED_AREA',
  'NO_EXPORT_EXPERIENCE',
  'NOT_EXPORTED_TO_MARKET',
  'SLOW_TO_RESPOND',
] as const;
export type MatchGapCode = (typeof matchGapCodes)[number];
