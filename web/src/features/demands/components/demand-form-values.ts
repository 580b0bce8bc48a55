import Type from 'typebox';
import { toMajorUnits, toMinorUnits } from '@/lib/format';
import { trimStrings } from '@/lib/form';
import type {
  Demand,
  DemandInput,
  DemandRequirements,
  DistributorRequirements,
  UpdateDemandBody,
} from '@/types/sourcing';

/** The terms of an organization that set none (shared `defaultDistributorRequirements`). */
export const noRequirements: DistributorRequirements = {
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

/** What the inputs hold: text as typed (numbers too), lists as lists, switches as booleans. */
export type DemandValues = {
  title: string;
  description: string;
  ocopGroup: string;
  category: string;
  quantityPerOrder: string;
  quantityPerMonth: string;
  unit: string;
  priceMin: string;
  priceMax: string;
  currency: string;
  incoterm: string;
  incotermPlace: string;
  requiredCertifications: string[];
  minOcopStars: string;
  destinationCountry: string;
  preferredProvinces: string[];
  preferredRegions: string[];
  neededBy: string;
  requirements: DistributorRequirements;
};

export function emptyDemandValues(standing: DistributorRequirements): DemandValues {
  return {
    title: '',
    description: '',
    ocopGroup: '',
    category: '',
    quantityPerOrder: '',
    quantityPerMonth: '',
    unit: 'kg',
    priceMin: '',
    priceMax: '',
    currency: 'VND',
    incoterm: '',
    incotermPlace: '',
    requiredCertifications: [],
    minOcopStars: '',
    destinationCountry: 'VN',
    preferredProvinces: [],
    preferredRegions: [],
    neededBy: '',
    requirements: { ...standing, labelLanguages: [...standing.labelLanguages] },
  };
}

const text = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const price = (value: number | null, currency: string) =>
  value === null ? '' : String(toMajorUnits(value, currency));

export function toDemandValues(demand: Demand): DemandValues {
  return {
    title: demand.title,
    description: demand.description,
    ocopGroup: demand.ocopGroup ?? '',
    category: demand.category ?? '',
    quantityPerOrder: text(demand.quantityPerOrder),
    quantityPerMonth: text(demand.quantityPerMonth),
    unit: demand.unit,
    priceMin: price(demand.priceMin, demand.currency),
    priceMax: price(demand.priceMax, demand.currency),
    currency: demand.currency,
    incoterm: demand.incoterm ?? '',
    incotermPlace: demand.incotermPlace ?? '',
    requiredCertifications: [...demand.requiredCertifications],
    minOcopStars: text(demand.minOcopStars),
    destinationCountry: demand.destinationCountry,
    preferredProvinces: [...demand.preferredProvinces],
    preferredRegions: [...demand.preferredRegions],
    neededBy: demand.neededBy ?? '',
    requirements: {
      ...demand.effectiveRequirements,
      labelLanguages: [...demand.effectiveRequirements.labelLanguages],
    },
  };
}

const DECIMAL = '\\d+([.,]\\d+)?';
const optional = (pattern: string) => `^$|^${pattern}$`;

/** The form's rules on the text as typed; the server checks the rest (category ∈ group…). */
export const demandValuesSchema = Type.Object({
  title: Type.String({ minLength: 3, maxLength: 200 }),
  description: Type.String({ maxLength: 10_000 }),
  ocopGroup: Type.String(),
  category: Type.String(),
  quantityPerOrder: Type.String({ pattern: `^(?![0.,]+$)${DECIMAL}$`, errorKey: 'positiveNumber' }),
  quantityPerMonth: Type.String({
    pattern: optional(`(?![0.,]+$)${DECIMAL}`),
    errorKey: 'positiveNumber',
  }),
  unit: Type.String({ minLength: 1 }),
  priceMin: Type.String({ pattern: optional(DECIMAL), errorKey: 'number' }),
  priceMax: Type.String({ pattern: optional(DECIMAL), errorKey: 'number' }),
  currency: Type.String({ minLength: 1 }),
  incoterm: Type.String(),
  incotermPlace: Type.String({ maxLength: 120 }),
  requiredCertifications: Type.Array(Type.String()),
  minOcopStars: Type.String(),
  destinationCountry: Type.String({ pattern: '^[A-Z]{2}$' }),
  preferredProvinces: Type.Array(Type.String()),
  preferredRegions: Type.Array(Type.String()),
  neededBy: Type.String({ pattern: '^$|^\\d{4}-\\d{2}-\\d{2}$', errorKey: 'date' }),
  requirements: Type.Object({
    paymentDays: Type.Integer({ minimum: 0, maximum: 180, errorKey: 'integer' }),
    promotionContributionPercent: Type.Integer({ minimum: 0, maximum: 100, errorKey: 'integer' }),
    minRemainingShelfLifePercent: Type.Integer({ minimum: 0, maximum: 100, errorKey: 'integer' }),
  }),
});

export const prepareDemandValues = (values: DemandValues): DemandValues => trimStrings(values);

const decimal = (value: string) => Number(value.replace(',', '.'));
const orNull = (value: string) => (value === '' ? null : value);

/**
 * The demand's own tightening: only the terms stricter than the organization's standing ones (a
 * demand inherits the rest, and the server refuses anything looser).
 */
export function tighteningOf(
  effective: DistributorRequirements,
  standing: DistributorRequirements,
): DemandRequirements {
  const out: DemandRequirements = {};
  const flags = [
    'requiresVatInvoice',
    'requiresGs1Barcode',
    'requiresTraceabilityStamp',
    'consignmentOnly',
    'listingFee',
  ] as const;
  for (const key of flags) {
    if (effective[key] && !standing[key]) {
      out[key] = true;
    }
  }
  const numbers = [
    'paymentDays',
    'promotionContributionPercent',
    'minRemainingShelfLifePercent',
  ] as const;
  for (const key of numbers) {
    if (effective[key] !== standing[key]) {
      out[key] = effective[key];
    }
  }
  const added = effective.labelLanguages.filter((code) => !standing.labelLanguages.includes(code));
  if (added.length > 0) {
    out.labelLanguages = [...new Set([...standing.labelLanguages, ...effective.labelLanguages])];
  }
  return out;
}

/** The body the API takes, from validated values: numbers parsed, prices in the smallest unit. */
export function toDemandBody(values: DemandValues, standing: DistributorRequirements): DemandInput {
  const money = (value: string) =>
    value === '' ? null : toMinorUnits(decimal(value), values.currency);
  const exporting = values.destinationCountry !== 'VN';
  return {
    title: values.title,
    description: values.description,
    ocopGroup: orNull(values.ocopGroup) as DemandInput['ocopGroup'],
    category: orNull(values.category) as DemandInput['category'],
    quantityPerOrder: decimal(values.quantityPerOrder),
    quantityPerMonth: values.quantityPerMonth === '' ? null : decimal(values.quantityPerMonth),
    unit: values.unit as DemandInput['unit'],
    priceMin: money(values.priceMin),
    priceMax: money(values.priceMax),
    currency: values.currency as NonNullable<DemandInput['currency']>,
    incoterm: exporting ? (orNull(values.incoterm) as DemandInput['incoterm']) : null,
    incotermPlace: exporting && values.incoterm ? orNull(values.incotermPlace) : null,
    requiredCertifications: [
      ...values.requiredCertifications,
    ].sort() as DemandInput['requiredCertifications'],
    minOcopStars: values.minOcopStars === '' ? null : (Number(values.minOcopStars) as 3 | 4 | 5),
    destinationCountry: values.destinationCountry,
    preferredProvinces: [...values.preferredProvinces],
    preferredRegions: [...values.preferredRegions].sort() as DemandInput['preferredRegions'],
    neededBy: orNull(values.neededBy),
    requirements: tighteningOf(values.requirements, standing),
  };
}

/** Only what changed since `demand` was loaded, with its version: the server refuses a stale write. */
export function toDemandPatch(
  demand: Demand,
  values: DemandValues,
  standing: DistributorRequirements,
): UpdateDemandBody | null {
  const before = toDemandBody(toDemandValues(demand), standing);
  const after = toDemandBody(values, standing);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof DemandInput)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) {
      changes[key] = after[key];
    }
  }
  if (Object.keys(changes).length === 0) {
    return null;
  }
  return { ...changes, version: demand.version };
}

export const demandFieldPaths = [
  ...Object.keys(emptyDemandValues(noRequirements)).map((key) => `/${key}`),
  '/requirements/paymentDays',
  '/requirements/promotionContributionPercent',
  '/requirements/minRemainingShelfLifePercent',
  '/requirements/labelLanguages',
];
