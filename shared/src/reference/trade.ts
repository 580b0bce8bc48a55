/**
 * Trade facts for products, demands and matching: certifications, Incoterms, currencies, units,
 * HS codes, supermarket retail terms, meeting slots. Sources in `tradeNote`.
 */
import tradeData from './data/trade.json' with { type: 'json' };
import { assertSameCodes, deepFreeze, makeGuard } from './internal.ts';

export const tradeNote: string = tradeData.note;

// ---------------------------------------------------------------------------------------------
// Certifications

export const certificationCodes = [
  'vietgap',
  'globalgap',
  'organic-vn',
  'organic-eu',
  'organic-usda',
  'organic-jas',
  'haccp',
  'iso22000',
  'fssc22000',
  'brcgs',
  'ifs',
  'halal',
  'fda-ffr',
  'food-safety-facility',
  'self-declaration',
  'gi',
  '4c',
  'gs1-barcode',
  'traceability-stamp',
] as const;
export type CertificationCode = (typeof certificationCodes)[number];
export const isCertificationCode = makeGuard(certificationCodes);

export interface Certification {
  readonly code: CertificationCode;
  /** Display name (proper noun; the same in vi and en, Vietnamese where the scheme is domestic). */
  readonly name: string;
  /** What kind of scheme it is (English prose). */
  readonly kind: string;
  /** How long it lasts (English prose; "varies" = depends on the body: store issue/expiry dates). */
  readonly validity: string;
}

assertSameCodes(
  'trade.json certifications',
  certificationCodes,
  tradeData.certifications.map((c) => c.code),
);

export const certifications: readonly Certification[] = deepFreeze(
  tradeData.certifications.map((c): Certification => ({
    code: c.code as CertificationCode,
    name: c.name,
    kind: c.kind,
    validity: c.validity,
  })),
);

const certificationMap = new Map<string, Certification>(certifications.map((c) => [c.code, c]));

export function certificationByCode(code: CertificationCode): Certification;
export function certificationByCode(code: string): Certification | undefined;
export function certificationByCode(code: string): Certification | undefined {
  return certificationMap.get(code);
}

/** Remind certificate holders this many days before expiry (trade.json note). */
export const certificationReminderDays = [90, 30, 7] as const;

// ---------------------------------------------------------------------------------------------
// Incoterms 2020

export const incoterms = [
  'EXW',
  'FCA',
  'CPT',
  'CIP',
  'DAP',
  'DPU',
  'DDP',
  'FAS',
  'FOB',
  'CFR',
  'CIF',
] as const;
export type Incoterm = (typeof incoterms)[number];
export const isIncoterm = makeGuard(incoterms);
assertSameCodes('trade.json incoterms2020', incoterms, tradeData.incoterms2020);

// ---------------------------------------------------------------------------------------------
// Currencies (ISO 4217)

export const currencyCodes = ['VND', 'USD', 'EUR', 'JPY', 'KRW', 'THB', 'CNY', 'SGD'] as const;
export type CurrencyCode = (typeof currencyCodes)[number];
export type Currency = CurrencyCode;
/** Same tuple as `currencyCodes` (the data lists bare codes). */
export const currencies: typeof currencyCodes = currencyCodes;
export const isCurrencyCode = makeGuard(currencyCodes);
assertSameCodes('trade.json currencies', currencyCodes, tradeData.currencies);

// ---------------------------------------------------------------------------------------------
// Units

export const baseUnitCodes = ['kg', 'g', 'tonne', 'l', 'ml', 'piece'] as const;
export const packageUnitCodes = ['bottle', 'box', 'pack', 'jar', 'bag', 'sack', 'carton'] as const;
export const unitCodes = [...baseUnitCodes, ...packageUnitCodes] as const;
export type BaseUnitCode = (typeof baseUnitCodes)[number];
export type PackageUnitCode = (typeof packageUnitCodes)[number];
export type UnitCode = (typeof unitCodes)[number];
export const isUnitCode = makeGuard(unitCodes);

export interface Unit {
  readonly code: UnitCode;
  /** 'base' = measure (kg, l, piece); 'package' = packaging (bottle, carton). */
  readonly kind: 'base' | 'package';
  /** The label as written in the data, e.g. "kg" or "jar (hũ/lọ)". */
  readonly label: string;
  /** Vietnamese word(s) for package units, e.g. "hũ/lọ"; absent for base units. */
  readonly vi?: string;
}

function parseUnit(label: string, kind: Unit['kind']): Unit {
  const m = /^([a-z]+)(?:\s*\((.+)\))?$/.exec(label.trim());
  if (m === null || m[1] === undefined)
    throw new Error(`trade.json units: cannot parse "${label}"`);
  const unit: Unit = { code: m[1] as UnitCode, kind, label };
  return m[2] === undefined ? unit : { ...unit, vi: m[2] };
}

export const units: readonly Unit[] = deepFreeze([
  ...tradeData.units.base.map((l) => parseUnit(l, 'base')),
  ...tradeData.units.package.map((l) => parseUnit(l, 'package')),
]);
assertSameCodes(
  'trade.json units',
  unitCodes,
  units.map((u) => u.code),
);
assertSameCodes(
  'trade.json units.base',
  baseUnitCodes,
  units.filter((u) => u.kind === 'base').map((u) => u.code),
);

const unitMap = new Map<string, Unit>(units.map((u) => [u.code, u]));

export function unitByCode(code: UnitCode): Unit;
export function unitByCode(code: string): Unit | undefined;
export function unitByCode(code: string): Unit | undefined {
  return unitMap.get(code);
}

// ---------------------------------------------------------------------------------------------
// HS codes

/** 6-digit HS 2022 internationally; Vietnam's nomenclature (AHTN 2022) goes to 8 digits. */
export const hsCodeNote: string = tradeData.hsCode;

// ---------------------------------------------------------------------------------------------
// Retail (supermarket) terms: what a producer can offer vs what a distributor requires

export const producerCapabilityKeys = [
  'canIssueVatInvoice',
  'hasGs1Barcode',
  'hasTraceabilityStamp',
  'maxPaymentDays',
  'acceptsConsignment',
  'promotionBudgetPercent',
  'monthlyCapacity',
  'monthsAvailable',
] as const;
export type ProducerCapabilityKey = (typeof producerCapabilityKeys)[number];

export const distributorRequirementKeys = [
  'requiresVatInvoice',
  'requiresGs1Barcode',
  'requiresTraceabilityStamp',
  'paymentDays',
  'consignmentOnly',
  'listingFee',
  'promotionContributionPercent',
  'minRemainingShelfLifePercent',
  'labelLanguages',
] as const;
export type DistributorRequirementKey = (typeof distributorRequirementKeys)[number];

assertSameCodes(
  'trade.json retailTerms.producerCapabilities',
  producerCapabilityKeys,
  tradeData.retailTerms.producerCapabilities,
);
assertSameCodes(
  'trade.json retailTerms.distributorRequirements',
  distributorRequirementKeys,
  tradeData.retailTerms.distributorRequirements,
);

export interface RetailTerms {
  readonly note: string;
  readonly producerCapabilities: typeof producerCapabilityKeys;
  readonly distributorRequirements: typeof distributorRequirementKeys;
}

export const retailTerms: RetailTerms = Object.freeze({
  note: tradeData.retailTerms.note,
  producerCapabilities: producerCapabilityKeys,
  distributorRequirements: distributorRequirementKeys,
});

// ---------------------------------------------------------------------------------------------
// Meetings

export const meetingSlotMinutes = [20, 30] as const;
export type MeetingSlotMinutes = (typeof meetingSlotMinutes)[number];
export const isMeetingSlotMinutes = makeGuard(meetingSlotMinutes);
assertSameCodes(
  'trade.json meetings.slotMinutes',
  meetingSlotMinutes,
  tradeData.meetings.slotMinutes,
);

export interface Meetings {
  readonly slotMinutes: typeof meetingSlotMinutes;
  /** Industry benchmark for acceptance / show-up rates (prose). */
  readonly benchmark: string;
}

export const meetings: Meetings = Object.freeze({
  slotMinutes: meetingSlotMinutes,
  benchmark: tradeData.meetings.benchmark,
});
