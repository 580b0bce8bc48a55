import {
  defaultDistributorRequirements,
  defaultRetailReadiness,
  type DistributorRequirements,
  type MatchGap,
  type RetailReadiness,
} from '@ketnoi/shared';
import { gap } from './matching.gaps.ts';

/**
 * The requirements a demand is scored against: the organization's standing ones with the
 * demand's own over them, each key taking the stricter of the two (a demand may tighten the
 * standing terms, never loosen them).
 */
export function effectiveRequirements(
  standing: Partial<DistributorRequirements> | null | undefined,
  demand: Partial<DistributorRequirements> | null | undefined,
): DistributorRequirements {
  const a = { ...defaultDistributorRequirements, ...standing };
  const b = { ...defaultDistributorRequirements, ...demand };
  return {
    requiresVatInvoice: a.requiresVatInvoice || b.requiresVatInvoice,
    requiresGs1Barcode: a.requiresGs1Barcode || b.requiresGs1Barcode,
    requiresTraceabilityStamp: a.requiresTraceabilityStamp || b.requiresTraceabilityStamp,
    // Paying later is harder on the producer.
    paymentDays: Math.max(a.paymentDays, b.paymentDays),
    consignmentOnly: a.consignmentOnly || b.consignmentOnly,
    listingFee: a.listingFee || b.listingFee,
    promotionContributionPercent: Math.max(
      a.promotionContributionPercent,
      b.promotionContributionPercent,
    ),
    minRemainingShelfLifePercent: Math.max(
      a.minRemainingShelfLifePercent,
      b.minRemainingShelfLifePercent,
    ),
    labelLanguages: [...new Set([...a.labelLanguages, ...b.labelLanguages])].sort(),
  };
}

/** Days goods spend between the producer and the shelf: trucking at home, sea freight abroad. */
const TRANSIT_DAYS_DOMESTIC = 3;
const TRANSIT_DAYS_EXPORT = 30;

export type TermsInput = {
  requirements: DistributorRequirements;
  readiness: RetailReadiness | null;
  shelfLifeDays: number | null;
  leadTimeDays: number;
  domestic: boolean;
};

/**
 * Terms fit, 0–1: the share of the distributor's asks the producer meets, each weighted by how
 * often it kills a listing (VAT invoices, barcodes and consignment weigh double). No asks: 1.
 * A producer who never filled in its retail readiness is taken at the defaults (can do none).
 */
export function termsFit(input: TermsInput): { value: number; gaps: MatchGap[] } {
  const r = input.requirements;
  const p = input.readiness ?? defaultRetailReadiness;
  const gaps: MatchGap[] = [];
  let asked = 0;
  let met = 0;
  const check = (applies: boolean, ok: boolean, weight: number, onMiss: () => MatchGap) => {
    if (!applies) {
      return;
    }
    asked += weight;
    if (ok) {
      met += weight;
    } else {
      gaps.push(onMiss());
    }
  };
  check(r.requiresVatInvoice, p.canIssueVatInvoice, 2, () => gap('VAT_INVOICE', 'blocker'));
  check(r.requiresGs1Barcode, p.hasGs1Barcode, 2, () => gap('BARCODE', 'blocker'));
  check(r.requiresTraceabilityStamp, p.hasTraceabilityStamp, 1, () =>
    gap('TRACEABILITY', 'warning'),
  );
  check(r.paymentDays > 0, p.maxPaymentDays >= r.paymentDays, 1, () =>
    gap('PAYMENT_TERMS', 'warning', { required: r.paymentDays, offered: p.maxPaymentDays }),
  );
  check(r.consignmentOnly, p.acceptsConsignment, 2, () => gap('CONSIGNMENT', 'blocker'));
  check(
    r.promotionContributionPercent > 0,
    p.promotionBudgetPercent >= r.promotionContributionPercent,
    1,
    () =>
      gap('PROMOTION_CONTRIBUTION', 'warning', {
        required: r.promotionContributionPercent,
        offered: p.promotionBudgetPercent,
      }),
  );
  if (r.minRemainingShelfLifePercent > 0 && input.shelfLifeDays !== null) {
    const transit = input.domestic ? TRANSIT_DAYS_DOMESTIC : TRANSIT_DAYS_EXPORT;
    const left = input.shelfLifeDays - input.leadTimeDays - transit;
    const remaining = Math.max(0, Math.round((left / input.shelfLifeDays) * 100));
    check(true, remaining >= r.minRemainingShelfLifePercent, 1, () =>
      gap('SHELF_LIFE', remaining === 0 ? 'blocker' : 'warning', {
        required: r.minRemainingShelfLifePercent,
        remaining,
        days: input.shelfLifeDays!,
      }),
    );
  }
  // Nothing a producer can fix, but both sides should know before they meet.
  if (r.listingFee) {
    gaps.push(gap('LISTING_FEE', 'warning'));
  }
  return { value: asked === 0 ? 1 : met / asked, gaps };
}
