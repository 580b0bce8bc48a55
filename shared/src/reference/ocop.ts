/**
 * OCOP (Mỗi xã một sản phẩm) product groups, star ratings, rating validity and producer legal
 * forms. Sources in `ocopNote`.
 */
import ocopData from './data/ocop.json' with { type: 'json' };
import { assertSameCodes, deepFreeze, makeGuard } from './internal.ts';
import { normalizeText } from './text.ts';

export const ocopNote: string = ocopData.note;

// ---------------------------------------------------------------------------------------------
// Groups

/** Groups in force since Decision 919/QĐ-TTg (2022). */
export const ocopGroupCodes = [
  'food',
  'beverage',
  'herbal',
  'handicraft',
  'ornamental',
  'tourism',
] as const;
export type OcopGroupCode = (typeof ocopGroupCodes)[number];
export const isOcopGroupCode = makeGuard(ocopGroupCodes);

export interface OcopGroup {
  readonly code: OcopGroupCode;
  readonly vi: string;
  readonly en: string;
  /** What the group covers (English prose). */
  readonly covers: string;
}

assertSameCodes(
  'ocop.json groups',
  ocopGroupCodes,
  ocopData.groups.map((g) => g.code),
);

export const ocopGroups: readonly OcopGroup[] = deepFreeze(
  ocopData.groups.map((g): OcopGroup => ({
    code: g.code as OcopGroupCode,
    vi: g.vi,
    en: g.en,
    covers: g.covers,
  })),
);

const ocopGroupMap = new Map<string, OcopGroup>(ocopGroups.map((g) => [g.code, g]));

export function ocopGroupByCode(code: OcopGroupCode): OcopGroup;
export function ocopGroupByCode(code: string): OcopGroup | undefined;
export function ocopGroupByCode(code: string): OcopGroup | undefined {
  return ocopGroupMap.get(code);
}

/** 2018–2020 group names (as written in older data, Vietnamese) → current group code. */
export const legacyOcopGroups: Readonly<Record<string, OcopGroupCode>> = deepFreeze(
  Object.fromEntries(
    Object.entries(ocopData.legacyGroups).map(([name, code]) => {
      if (!isOcopGroupCode(code)) throw new Error(`ocop.json legacyGroups: unknown group ${code}`);
      return [name, code];
    }),
  ),
);

const ocopGroupLookup = new Map<string, OcopGroupCode>();
for (const g of ocopGroups) {
  for (const name of [g.code, g.vi, g.en]) ocopGroupLookup.set(normalizeText(name), g.code);
}
for (const [name, code] of Object.entries(legacyOcopGroups)) {
  const key = normalizeText(name);
  const existing = ocopGroupLookup.get(key);
  if (existing !== undefined && existing !== code) {
    throw new Error(`OCOP group name "${name}" maps to both ${existing} and ${code}`);
  }
  ocopGroupLookup.set(key, code);
}

/**
 * Current group code for a group code, current vi/en name or 2018–2020 group name, in any case,
 * with or without diacritics ("Thảo dược" → "herbal", "do uong" → "beverage"). Unknown → undefined.
 */
export function resolveOcopGroup(input: string | null | undefined): OcopGroupCode | undefined {
  if (typeof input !== 'string') return undefined;
  return ocopGroupLookup.get(normalizeText(input));
}

// ---------------------------------------------------------------------------------------------
// Stars

/** Only 3★–5★ are OCOP products. */
export const ocopStars = [3, 4, 5] as const;
export type OcopStar = (typeof ocopStars)[number];
export const isOcopStar = makeGuard(ocopStars);

export interface OcopStarBand {
  readonly stars: OcopStar;
  /** Inclusive evaluation-score range (out of 100). */
  readonly minPoints: number;
  readonly maxPoints: number;
  readonly note?: string;
}

assertSameCodes(
  'ocop.json stars',
  ocopStars,
  ocopData.stars.map((s) => s.stars),
);

export const ocopStarBands: readonly OcopStarBand[] = deepFreeze(
  ocopData.stars.map((s): OcopStarBand => {
    const m = /^(\d+)-(\d+)$/.exec(s.points);
    if (m === null) throw new Error(`ocop.json stars: cannot parse points "${s.points}"`);
    const band: OcopStarBand = {
      stars: s.stars as OcopStar,
      minPoints: Number(m[1]),
      maxPoints: Number(m[2]),
    };
    return 'note' in s && typeof s.note === 'string' ? { ...band, note: s.note } : band;
  }),
);

/** Star rating for an evaluation score (0–100); below 50 is not an OCOP product → undefined. */
export function ocopStarsForPoints(points: number): OcopStar | undefined {
  if (!(points >= 0 && points <= 100)) return undefined;
  // Bands are contiguous; compare with lower bounds so fractional scores (69.5) fall in a band.
  let result: OcopStar | undefined;
  for (const band of ocopStarBands) {
    if (points >= band.minPoints) result = band.stars;
  }
  return result;
}

/** A rating is valid this many months from recognition, then must be re-evaluated. */
export const ocopValidityMonths: number = ocopData.validityMonths;

// ---------------------------------------------------------------------------------------------
// Producer legal forms

export const legalFormCodes = [
  'cooperative',
  'enterprise',
  'household',
  'cooperative-group',
] as const;
export type LegalFormCode = (typeof legalFormCodes)[number];
export const isLegalFormCode = makeGuard(legalFormCodes);

export interface ProducerLegalForm {
  readonly code: LegalFormCode;
  readonly vi: string;
  readonly en: string;
  readonly note?: string;
}

assertSameCodes(
  'ocop.json producerLegalForms',
  legalFormCodes,
  ocopData.producerLegalForms.map((f) => f.code),
);

export const producerLegalForms: readonly ProducerLegalForm[] = deepFreeze(
  ocopData.producerLegalForms.map((f): ProducerLegalForm => {
    const form: ProducerLegalForm = { code: f.code as LegalFormCode, vi: f.vi, en: f.en };
    return 'note' in f && typeof f.note === 'string' ? { ...form, note: f.note } : form;
  }),
);

const legalFormMap = new Map<string, ProducerLegalForm>(producerLegalForms.map((f) => [f.code, f]));

export function legalFormByCode(code: LegalFormCode): ProducerLegalForm;
export function legalFormByCode(code: string): ProducerLegalForm | undefined;
export function legalFormByCode(code: string): ProducerLegalForm | undefined {
  return legalFormMap.get(code);
}
