import type {
  Bilingual,
  CreateMarketGuideBody,
  MarketContact,
  MarketMoq,
  UpdateMarketGuideBody,
} from '@ketnoi/shared';
import { fieldError } from '../../lib/errors.ts';
import type { MarketGuideRow, NewMarketGuideRow } from './market-guides.repository.ts';

type BilingualInput = { vi: string; en?: string | null | undefined };
type MoqInput = {
  quantity?: number | null | undefined;
  unit?: string | null | undefined;
  text?: BilingualInput | null | undefined;
};

/** Trimmed, with an empty English text stored as null. */
export function bilingual(input: BilingualInput): Bilingual {
  const en = input.en?.trim();
  return { vi: input.vi.trim(), en: en ? en : null };
}

/** A pair of `<name>Vi` / `<name>En` columns from optional bilingual input (undefined: unchanged). */
export function bilingualColumns<K extends string>(
  name: K,
  input: BilingualInput | null | undefined,
): Partial<Record<`${K}Vi` | `${K}En`, string | null>> {
  if (input === undefined) {
    return {};
  }
  const value = input === null ? { vi: null, en: null } : bilingual(input);
  return { [`${name}Vi`]: value.vi, [`${name}En`]: value.en } as Record<
    `${K}Vi` | `${K}En`,
    string | null
  >;
}

export function bilingualOf(vi: string | null, en: string | null): Bilingual | null {
  return vi === null ? null : { vi, en };
}

export type MoqColumns = {
  moqQuantity: number | null;
  moqUnit: string | null;
  moqTextVi: string | null;
  moqTextEn: string | null;
};

/** A quantity needs its unit and the other way round; text alone is fine; nothing at all is null. */
export function moqColumns(input: MoqInput | null | undefined, path: string): Partial<MoqColumns> {
  if (input === undefined) {
    return {};
  }
  const quantity = input?.quantity ?? null;
  const unit = input?.unit ?? null;
  if ((quantity === null) !== (unit === null)) {
    throw fieldError('VALIDATION_FAILED', `${path}/${quantity === null ? 'quantity' : 'unit'}`, {
      vi: 'Số lượng và đơn vị phải đi cùng nhau',
      en: 'A quantity needs its unit, and a unit its quantity',
    });
  }
  const text = input?.text ? bilingual(input.text) : null;
  return {
    moqQuantity: quantity,
    moqUnit: unit,
    moqTextVi: text?.vi ?? null,
    moqTextEn: text?.en ?? null,
  };
}

export function moqOf(row: MoqColumns): MarketMoq | null {
  if (row.moqQuantity === null && row.moqTextVi === null) {
    return null;
  }
  return {
    quantity: row.moqQuantity,
    unit: row.moqUnit,
    text: bilingualOf(row.moqTextVi, row.moqTextEn),
  };
}

const contact = (c: MarketContact) => ({
  name: c.name.trim(),
  organization: c.organization?.trim() || null,
  role: c.role?.trim() || null,
  email: c.email?.trim().toLowerCase() || null,
  phone: c.phone?.trim() || null,
  website: c.website?.trim() || null,
});

/**
 * Maps guide input onto columns and checks what JSON Schema cannot. `current` is the row being
 * edited, so a partial update is checked against the values it keeps.
 */
export function toMarketGuideColumns(
  input: CreateMarketGuideBody | Omit<UpdateMarketGuideBody, 'version'>,
  current?: MarketGuideRow,
): Partial<NewMarketGuideRow> {
  const columns = {
    ...(input.country === undefined ? {} : { country: input.country }),
    ...(input.retailerName === undefined
      ? {}
      : { retailerName: input.retailerName?.trim() || null }),
    ...bilingualColumns('title', input.title),
    ...bilingualColumns('labelling', input.labelling),
    ...bilingualColumns('packaging', input.packaging),
    ...bilingualColumns('notes', input.notes),
    ...moqColumns(input.typicalMoq, '/typicalMoq'),
  } as Partial<NewMarketGuideRow>;
  for (const key of [
    'requiredCertifications',
    'anyOfCertifications',
    'labelLanguages',
    'minShelfLifeDays',
    'minRemainingShelfLifePercent',
    'transitDays',
  ] as const) {
    if (input[key] !== undefined) {
      Object.assign(columns, { [key]: input[key] });
    }
  }
  if (input.documents !== undefined) {
    columns.documents = input.documents.map(bilingual);
  }
  if (input.contacts !== undefined) {
    columns.contacts = input.contacts.map(contact);
  }
  const required = columns.requiredCertifications ?? current?.requiredCertifications ?? [];
  const anyOf = columns.anyOfCertifications ?? current?.anyOfCertifications ?? [];
  if (anyOf.length === 1) {
    throw fieldError('VALIDATION_FAILED', '/anyOfCertifications', {
      vi: 'Danh sách "một trong" cần ít nhất hai chứng nhận; một chứng nhận thì đưa vào danh sách bắt buộc',
      en: '"One of" needs at least two certifications; a single one belongs in the required list',
    });
  }
  if (anyOf.some((code) => required.includes(code))) {
    throw fieldError('VALIDATION_FAILED', '/anyOfCertifications', {
      vi: 'Một chứng nhận không thể vừa bắt buộc vừa nằm trong danh sách "một trong"',
      en: 'A certification cannot be both required and one of several',
    });
  }
  return columns;
}
