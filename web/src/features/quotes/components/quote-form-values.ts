import { toMajorUnits, toMinorUnits } from '@/lib/format';
import type { CreateQuoteBody, Quote } from '@/types/sourcing';

/** What the quote form's inputs hold: text as typed, the price in major units (đồng, dollars). */
export type QuoteValues = {
  pricePerUnit: string;
  currency: string;
  unit: string;
  incoterm: string;
  namedPlace: string;
  moq: string;
  leadTimeDays: string;
  paymentTerms: string;
  validUntil: string;
  note: string;
};
export type QuoteErrors = Partial<
  Record<
    keyof QuoteValues,
    'required' | 'positiveNumber' | 'integer' | 'date' | 'minLength' | 'pastDate'
  >
>;

const DECIMAL = /^(?![0.,]+$)\d+([.,]\d+)?$/;
const INTEGER = /^\d{1,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const decimal = (value: string) => Number(value.replace(',', '.'));

export const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/** A new quote starts from the match's unit; a revision from the quote it revises. */
export function initialQuoteValues(unit: string, previous?: Quote): QuoteValues {
  if (previous) {
    return {
      pricePerUnit: String(toMajorUnits(previous.pricePerUnit, previous.currency)),
      currency: previous.currency,
      unit: previous.unit,
      incoterm: previous.incoterm ?? '',
      namedPlace: previous.namedPlace ?? '',
      moq: String(previous.moq),
      leadTimeDays: String(previous.leadTimeDays),
      paymentTerms: previous.paymentTerms,
      validUntil: previous.validUntil >= todayInVietnam() ? previous.validUntil : inDays(14),
      note: '',
    };
  }
  return {
    pricePerUnit: '',
    currency: 'VND',
    unit,
    incoterm: '',
    namedPlace: '',
    moq: '',
    leadTimeDays: '',
    paymentTerms: '',
    validUntil: inDays(14),
    note: '',
  };
}

/** The form's checks; the server checks the rest (an Incoterm only for export, and so on). */
export function validateQuote(values: QuoteValues): QuoteErrors {
  const errors: QuoteErrors = {};
  if (!DECIMAL.test(values.pricePerUnit.trim())) {
    errors.pricePerUnit = values.pricePerUnit.trim() ? 'positiveNumber' : 'required';
  }
  if (!DECIMAL.test(values.moq.trim())) {
    errors.moq = values.moq.trim() ? 'positiveNumber' : 'required';
  }
  if (!INTEGER.test(values.leadTimeDays.trim())) {
    errors.leadTimeDays = values.leadTimeDays.trim() ? 'integer' : 'required';
  }
  if (values.paymentTerms.trim().length < 2) {
    errors.paymentTerms = values.paymentTerms.trim() ? 'minLength' : 'required';
  }
  if (!DATE.test(values.validUntil)) {
    errors.validUntil = 'date';
  } else if (values.validUntil < todayInVietnam()) {
    errors.validUntil = 'pastDate';
  }
  if (values.incoterm && values.namedPlace.trim().length < 2) {
    errors.namedPlace = values.namedPlace.trim() ? 'minLength' : 'required';
  }
  return errors;
}

export function toQuoteBody(
  matchId: string,
  values: QuoteValues,
  revisionOf?: string,
): CreateQuoteBody {
  const note = values.note.trim();
  return {
    matchId,
    pricePerUnit: toMinorUnits(decimal(values.pricePerUnit.trim()), values.currency),
    currency: values.currency as CreateQuoteBody['currency'],
    unit: values.unit as CreateQuoteBody['unit'],
    ...(values.incoterm
      ? {
          incoterm: values.incoterm as NonNullable<CreateQuoteBody['incoterm']>,
          namedPlace: values.namedPlace.trim(),
        }
      : {}),
    moq: decimal(values.moq.trim()),
    leadTimeDays: Number(values.leadTimeDays.trim()),
    paymentTerms: values.paymentTerms.trim(),
    validUntil: values.validUntil,
    ...(note ? { note } : {}),
    ...(revisionOf ? { revisionOf } : {}),
  };
}
