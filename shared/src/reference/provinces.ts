/**
 * Vietnam's 34 provincial-level units in force since 1 July 2025, the 6 socio-economic regions, and
 * the lookup of pre-2025 province names (see `provincesNote` for the sources and caveats).
 */
import provincesData from './data/provinces.json' with { type: 'json' };
import { assertSameCodes, deepFreeze, makeGuard } from './internal.ts';
import { normalizeText } from './text.ts';

export const provincesNote: string = provincesData.note;

// ---------------------------------------------------------------------------------------------
// Regions

export const regionCodes = [
  'northern-midlands-mountains',
  'red-river-delta',
  'north-central-central-coast',
  'central-highlands',
  'southeast',
  'mekong-delta',
] as const;
export type RegionCode = (typeof regionCodes)[number];
export const isRegionCode = makeGuard(regionCodes);

export interface Region {
  readonly code: RegionCode;
  readonly vi: string;
  readonly en: string;
}

assertSameCodes(
  'provinces.json regions',
  regionCodes,
  provincesData.regions.map((r) => r.code),
);

export const regions: readonly Region[] = deepFreeze(
  provincesData.regions.map((r): Region => ({ code: r.code as RegionCode, vi: r.vi, en: r.en })),
);

const regionMap = new Map<string, Region>(regions.map((r) => [r.code, r]));

export function regionByCode(code: RegionCode): Region;
export function regionByCode(code: string): Region | undefined;
export function regionByCode(code: string): Region | undefined {
  return regionMap.get(code);
}

// ---------------------------------------------------------------------------------------------
// Provinces

/** Stable project slugs of the 34 units, in the order of resolution 202/2025/QH15. */
export const provinceCodes = [
  'ha-noi',
  'hue',
  'lai-chau',
  'dien-bien',
  'son-la',
  'lang-son',
  'cao-bang',
  'quang-ninh',
  'thanh-hoa',
  'nghe-an',
  'ha-tinh',
  'tuyen-quang',
  'lao-cai',
  'thai-nguyen',
  'phu-tho',
  'bac-ninh',
  'hung-yen',
  'hai-phong',
  'ninh-binh',
  'quang-tri',
  'da-nang',
  'quang-ngai',
  'gia-lai',
  'khanh-hoa',
  'lam-dong',
  'dak-lak',
  'ho-chi-minh',
  'dong-nai',
  'tay-ninh',
  'can-tho',
  'vinh-long',
  'dong-thap',
  'ca-mau',
  'an-giang',
] as const;
export type ProvinceCode = (typeof provinceCodes)[number];
export const isProvinceCode = makeGuard(provinceCodes);

/** A pre-2025 province (GSO code in scheme 2008-2025). */
export interface FormerProvince {
  readonly gsoCode: string;
  readonly vi: string;
}

export interface Province {
  readonly code: ProvinceCode;
  readonly vi: string;
  readonly en: string;
  /** One of the six centrally-run cities (thành phố trực thuộc trung ương). */
  readonly city: boolean;
  /** Region of the unit's core; a filter aid, not law. */
  readonly region: RegionCode;
  /** Names of the pre-2025 provinces merged into this unit (users still write them). */
  readonly absorbed: readonly string[];
  /** GSO code of the new unit, scheme 2025-07. Never compare with pre-2025 codes. */
  readonly gsoCode: string;
  /** The pre-2025 units this one was formed from, with their scheme 2008-2025 GSO codes. */
  readonly formedFrom: readonly FormerProvince[];
}

assertSameCodes(
  'provinces.json provinces',
  provinceCodes,
  provincesData.provinces.map((p) => p.code),
);
for (const p of provincesData.provinces) {
  if (!isRegionCode(p.region)) throw new Error(`province ${p.code}: unknown region ${p.region}`);
}

export const provinces: readonly Province[] = deepFreeze(
  provincesData.provinces.map((p): Province => ({
    code: p.code as ProvinceCode,
    vi: p.vi,
    en: p.en,
    city: 'city' in p && p.city === true,
    region: p.region as RegionCode,
    absorbed: [...p.absorbed],
    gsoCode: p.gsoCode,
    formedFrom: p.formedFrom.map((f) => ({ gsoCode: f.gsoCode, vi: f.vi })),
  })),
);

const provinceMap = new Map<string, Province>(provinces.map((p) => [p.code, p]));

export function provinceByCode(code: ProvinceCode): Province;
export function provinceByCode(code: string): Province | undefined;
export function provinceByCode(code: string): Province | undefined {
  return provinceMap.get(code);
}

export function provincesInRegion(regionCode: string): readonly Province[] {
  return provincesByRegion.get(regionCode) ?? [];
}

const provincesByRegion = new Map<string, readonly Province[]>(
  regionCodes.map((r) => [r, Object.freeze(provinces.filter((p) => p.region === r))]),
);

function padGso(code: string | number): string {
  return String(code).trim().padStart(2, '0');
}

const byGso2025 = new Map<string, Province>(provinces.map((p) => [p.gsoCode, p]));
const byGsoFormer = new Map<string, { province: Province; former: FormerProvince }>();
for (const province of provinces) {
  for (const former of province.formedFrom) {
    if (byGsoFormer.has(former.gsoCode)) {
      throw new Error(`former GSO code ${former.gsoCode} appears twice in provinces.json`);
    }
    byGsoFormer.set(former.gsoCode, { province, former });
  }
}

/** Province by its GSO code in scheme 2025-07 (e.g. "24" → new Bắc Ninh). */
export function provinceByGsoCode(gsoCode: string | number): Province | undefined {
  return byGso2025.get(padGso(gsoCode));
}

/**
 * The new unit that contains a pre-2025 province given by its scheme 2008-2025 GSO code
 * (e.g. "27" → old Bắc Ninh → new Bắc Ninh; "24" → old Bắc Giang → new Bắc Ninh).
 */
export function provinceByFormerGsoCode(
  gsoCode: string | number,
): { province: Province; former: FormerProvince } | undefined {
  return byGsoFormer.get(padGso(gsoCode));
}

// ---------------------------------------------------------------------------------------------
// Name / alias lookup

/**
 * Colloquial names not in the data. Kept deliberately short and unambiguous; each must resolve to
 * exactly one unit.
 */
const extraAliases: Partial<Record<ProvinceCode, readonly string[]>> = {
  'ho-chi-minh': ['Sài Gòn', 'Saigon', 'TPHCM', 'TP.HCM', 'HCMC', 'BRVT'],
};

/**
 * Folds a province name to its lookup key: `normalizeText`, then drop an administrative prefix
 * ("tỉnh", "thành phố", "TP.", "T.P.") or English suffix ("Province", "City"), then drop everything
 * but letters and digits, so spacing, hyphens and dashes do not matter
 * ("Bà Rịa – Vũng Tàu" = "ba ria-vung tau" = "BaRiaVungTau", "thai-nguyen" = "Thái Nguyên").
 */
function provinceKey(input: string): string {
  return normalizeText(input)
    .replace(/^(?:tinh|thanh pho|t\.?\s?p)(?![a-z0-9])[\s.]*/, '')
    .replace(/\s+(?:province|city)$/, '')
    .replace(/[^a-z0-9]/g, '');
}

interface LookupEntry {
  readonly province: Province;
  /** The alias as written in the data; undefined for the unit's own code or current names. */
  readonly alias: string | undefined;
}

const aliasesByProvince = new Map<string, readonly string[]>();

function buildLookup(): Map<string, LookupEntry> {
  const lookup = new Map<string, LookupEntry>();
  const add = (key: string, entry: LookupEntry): void => {
    if (key === '') return;
    const existing = lookup.get(key);
    if (existing === undefined) {
      lookup.set(key, entry);
    } else if (existing.province !== entry.province) {
      throw new Error(
        `province name "${entry.alias ?? key}" is claimed by both ${existing.province.code} and ${entry.province.code}`,
      );
    }
    // Same province, already present: keep the first (current names are added before aliases).
  };
  // Current names first, so that e.g. formedFrom "Hồ Chí Minh" counts as the current name.
  for (const p of provinces) {
    for (const name of [p.code, p.vi, p.en])
      add(provinceKey(name), { province: p, alias: undefined });
  }
  for (const p of provinces) {
    const names = [
      ...p.absorbed,
      ...p.formedFrom.map((f) => f.vi),
      ...(extraAliases[p.code] ?? []),
    ];
    for (const name of names) add(provinceKey(name), { province: p, alias: name });
    aliasesByProvince.set(p.code, Object.freeze([...new Set([p.vi, p.en, ...names])]));
  }
  return lookup;
}

const provinceLookup = buildLookup();

export interface ProvinceMatch {
  readonly province: Province;
  /** Set when the input matched a pre-2025 / colloquial name rather than the unit's own name. */
  readonly matchedAlias?: string;
}

/**
 * Resolves free text to a current unit. Accepts the project code ("thai-nguyen"), the current vi
 * or en name in any case, with or without diacritics ("Thái Nguyên", "thai nguyen"), a pre-2025
 * province name ("Bắc Kạn", "bac kan", "Thừa Thiên Huế"), optionally with a prefix ("tỉnh Bắc Kạn",
 * "TP. Hồ Chí Minh", "Thành phố Hà Nội") or suffix ("Thai Nguyen Province"). GSO codes are NOT
 * accepted (they are ambiguous across schemes; use `provinceByGsoCode`).
 */
export function resolveProvince(input: string | null | undefined): ProvinceMatch | undefined {
  if (typeof input !== 'string') return undefined;
  const entry = provinceLookup.get(provinceKey(input));
  if (entry === undefined) return undefined;
  return entry.alias === undefined
    ? { province: entry.province }
    : { province: entry.province, matchedAlias: entry.alias };
}

/**
 * Every name a unit is known by (current vi and en names, absorbed and former province names,
 * colloquial names), deduplicated, for search indexing. Unknown code → [].
 */
export function provinceAliases(code: string): readonly string[] {
  return aliasesByProvince.get(code) ?? [];
}
