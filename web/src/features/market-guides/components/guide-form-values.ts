import Type from 'typebox';
import type { CreateMarketGuideBody, MarketGuide, UpdateMarketGuideBody } from '@ketnoi/shared';
import { trimStrings } from '@/lib/form';

export type BilingualValues = { vi: string; en: string };
export type ContactValues = {
  name: string;
  organization: string;
  role: string;
  email: string;
  phone: string;
  website: string;
};

/** What the inputs hold, shaped like the body so the server's error paths land on the inputs. */
export type GuideValues = {
  country: string;
  retailerName: string;
  title: BilingualValues;
  requiredCertifications: string[];
  anyOfCertifications: string[];
  labelLanguages: string[];
  minShelfLifeDays: string;
  minRemainingShelfLifePercent: string;
  transitDays: string;
  labelling: BilingualValues;
  packaging: BilingualValues;
  documents: BilingualValues[];
  typicalMoq: { quantity: string; unit: string; text: BilingualValues };
  contacts: ContactValues[];
  notes: BilingualValues;
};

const pair = (value: { vi: string; en: string | null } | null | undefined): BilingualValues => ({
  vi: value?.vi ?? '',
  en: value?.en ?? '',
});
const text = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export const emptyContact = (): ContactValues => ({
  name: '',
  organization: '',
  role: '',
  email: '',
  phone: '',
  website: '',
});

export function emptyGuideValues(): GuideValues {
  return {
    country: '',
    retailerName: '',
    title: pair(null),
    requiredCertifications: [],
    anyOfCertifications: [],
    labelLanguages: [],
    minShelfLifeDays: '',
    minRemainingShelfLifePercent: '',
    transitDays: '',
    labelling: pair(null),
    packaging: pair(null),
    documents: [],
    typicalMoq: { quantity: '', unit: '', text: pair(null) },
    contacts: [],
    notes: pair(null),
  };
}

export function toGuideValues(guide: MarketGuide): GuideValues {
  return {
    country: guide.country,
    retailerName: guide.retailerName ?? '',
    title: pair(guide.title),
    requiredCertifications: [...guide.requirements.requiredCertifications],
    anyOfCertifications: [...guide.requirements.anyOfCertifications],
    labelLanguages: [...guide.requirements.labelLanguages],
    minShelfLifeDays: text(guide.requirements.minShelfLifeDays),
    minRemainingShelfLifePercent: text(guide.requirements.minRemainingShelfLifePercent),
    transitDays: text(guide.requirements.transitDays),
    labelling: pair(guide.labelling),
    packaging: pair(guide.packaging),
    documents: guide.documents.map(pair),
    typicalMoq: {
      quantity: text(guide.typicalMoq?.quantity),
      unit: guide.typicalMoq?.unit ?? '',
      text: pair(guide.typicalMoq?.text),
    },
    contacts: guide.contacts.map((c) => ({
      name: c.name,
      organization: c.organization ?? '',
      role: c.role ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
      website: c.website ?? '',
    })),
    notes: pair(guide.notes),
  };
}

const optionalInteger = (min: number, max: number) =>
  Type.String({
    pattern: `^$|^\\d{1,4}$`,
    errorKey: 'integer',
    // The range is the server's; the pattern only keeps letters out.
    description: `${min}–${max}`,
  });

const bilingualSchema = (maxLength: number) =>
  Type.Object({
    vi: Type.String({ maxLength }),
    en: Type.String({ maxLength }),
  });

/** The form's rules on the text as typed; the server checks the rest (one-of lists, ranges). */
export const guideValuesSchema = Type.Object({
  country: Type.String({ pattern: '^[A-Z]{2}$', errorKey: 'required' }),
  retailerName: Type.String({ maxLength: 200 }),
  title: Type.Object({
    vi: Type.String({ minLength: 1, maxLength: 200 }),
    en: Type.String({ maxLength: 200 }),
  }),
  requiredCertifications: Type.Array(Type.String()),
  anyOfCertifications: Type.Array(Type.String()),
  labelLanguages: Type.Array(Type.String()),
  minShelfLifeDays: optionalInteger(1, 3650),
  minRemainingShelfLifePercent: optionalInteger(1, 99),
  transitDays: optionalInteger(0, 180),
  labelling: bilingualSchema(5000),
  packaging: bilingualSchema(5000),
  documents: Type.Array(
    Type.Object({
      vi: Type.String({ minLength: 1, maxLength: 500 }),
      en: Type.String({ maxLength: 500 }),
    }),
  ),
  typicalMoq: Type.Object({
    quantity: Type.String({ pattern: '^$|^\\d+([.,]\\d+)?$', errorKey: 'positiveNumber' }),
    unit: Type.String(),
    text: bilingualSchema(300),
  }),
  contacts: Type.Array(
    Type.Object({
      name: Type.String({ minLength: 1, maxLength: 200 }),
      organization: Type.String({ maxLength: 200 }),
      role: Type.String({ maxLength: 200 }),
      email: Type.String({ pattern: '^$|^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$', errorKey: 'email' }),
      phone: Type.String({ maxLength: 50 }),
      website: Type.String({ pattern: '^$|^https?://[^\\s]+$', errorKey: 'website' }),
    }),
  ),
  notes: bilingualSchema(10_000),
});

export const prepareGuideValues = (values: GuideValues): GuideValues => {
  const trimmed = trimStrings(values);
  // Rows left completely empty are not documents or contacts: drop them instead of refusing.
  return {
    ...trimmed,
    documents: trimmed.documents.filter((d) => d.vi !== '' || d.en !== ''),
    contacts: trimmed.contacts.filter((c) => Object.values(c).some((v) => v !== '')),
  };
};

/** Bilingual pairs where English was written without the Vietnamese it translates. */
export function englishWithoutVietnamese(values: GuideValues): string[] {
  const pairs: [string, BilingualValues][] = [
    ['/labelling', values.labelling],
    ['/packaging', values.packaging],
    ['/notes', values.notes],
    ['/typicalMoq/text', values.typicalMoq.text],
  ];
  return pairs.filter(([, p]) => p.vi === '' && p.en !== '').map(([path]) => `${path}/vi`);
}

const bilingualOrNull = (p: BilingualValues) =>
  p.vi === '' ? null : { vi: p.vi, en: p.en || null };
const integerOrNull = (value: string) => (value === '' ? null : Number(value));
const orNull = (value: string) => (value === '' ? null : value);

export function toGuideBody(values: GuideValues): CreateMarketGuideBody {
  const quantity =
    values.typicalMoq.quantity === '' ? null : Number(values.typicalMoq.quantity.replace(',', '.'));
  const moqText = bilingualOrNull(values.typicalMoq.text);
  const unit = orNull(values.typicalMoq.unit);
  return {
    country: values.country,
    retailerName: orNull(values.retailerName),
    title: { vi: values.title.vi, en: values.title.en || null },
    requiredCertifications:
      values.requiredCertifications as CreateMarketGuideBody['requiredCertifications'],
    anyOfCertifications: values.anyOfCertifications as CreateMarketGuideBody['anyOfCertifications'],
    labelLanguages: values.labelLanguages,
    minShelfLifeDays: integerOrNull(values.minShelfLifeDays),
    minRemainingShelfLifePercent: integerOrNull(values.minRemainingShelfLifePercent),
    transitDays: integerOrNull(values.transitDays),
    labelling: bilingualOrNull(values.labelling),
    packaging: bilingualOrNull(values.packaging),
    documents: values.documents.map((d) => ({ vi: d.vi, en: d.en || null })),
    typicalMoq:
      quantity === null && unit === null && moqText === null
        ? null
        : {
            quantity,
            unit: unit as NonNullable<CreateMarketGuideBody['typicalMoq']>['unit'],
            text: moqText,
          },
    contacts: values.contacts.map((c) => ({
      name: c.name,
      organization: orNull(c.organization),
      role: orNull(c.role),
      email: orNull(c.email),
      phone: orNull(c.phone),
      website: orNull(c.website),
    })),
    notes: bilingualOrNull(values.notes),
  };
}

/** Every field, with the version it was read at: guides are small and edited as a whole. */
export const toGuidePatch = (values: GuideValues, version: number): UpdateMarketGuideBody => ({
  version,
  ...toGuideBody(values),
});

/** JSON pointers of every input (including list rows), to place the server's field errors. */
export function pointersOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  const own = prefix ? [prefix] : [];
  return [
    ...own,
    ...Object.entries(value).flatMap(([key, inner]) => pointersOf(inner, `${prefix}/${key}`)),
  ];
}
