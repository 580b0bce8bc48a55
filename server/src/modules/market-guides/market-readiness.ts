import type { ReadinessCode, ReadinessItem } from '@ketnoi/shared';
import { certificationByCode, ocopGroupByCode, unitByCode } from '@ketnoi/shared/reference';

/**
 * The gap checklist: a product's facts against what a market, a retailer or a campaign requires.
 * Pure, so the checklist route, campaign screening and the matching engine's export-readiness
 * feature give the same answer. Every field of the requirements is optional: absent means
 * "no requirement". The SQL twin of the blocker rules is `eligibilityWhere` in
 * modules/campaigns/campaigns.repository.ts — keep them in step.
 */
export type ReadinessRequirements = {
  requiredCertifications?: readonly string[];
  anyOfCertifications?: readonly string[];
  labelLanguages?: readonly string[];
  minShelfLifeDays?: number | null;
  minRemainingShelfLifePercent?: number | null;
  transitDays?: number | null;
  ocopGroups?: readonly string[];
  /** An order size to compare the product's MOQ with (same unit only). */
  moq?: { quantity: number | null; unit: string | null } | null;
  /** Destination (ISO alpha-2, `EU` for the Union): export experience there is advice, not a gate. */
  country?: string | null;
};

export type ReadinessFacts = {
  /** Scheme codes of the certificates that count today (verified, not expired). */
  certifications: readonly string[];
  /** Languages the label carries; null when not recorded (products do not record it yet). */
  labelLanguages: readonly string[] | null;
  shelfLifeDays: number | null;
  ocopGroup: string;
  moq: number;
  unit: string;
  exportedTo: readonly string[];
};

export type Readiness = {
  /** No blocker is unmet; lines that cannot be judged (met null) do not count against it. */
  ready: boolean;
  items: ReadinessItem[];
};

/** The 27 member states: a guide for `EU` covers a demand for any of them. */
export const euMemberStates = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const; // prettier-ignore

const euSet = new Set<string>(euMemberStates);

const displayNames = {
  language: {
    vi: new Intl.DisplayNames(['vi'], { type: 'language' }),
    en: new Intl.DisplayNames(['en'], { type: 'language' }),
  },
  region: {
    vi: new Intl.DisplayNames(['vi'], { type: 'region' }),
    en: new Intl.DisplayNames(['en'], { type: 'region' }),
  },
};
const languageName = (code: string, locale: 'vi' | 'en') => {
  const name = displayNames.language[locale].of(code) ?? code;
  return locale === 'vi' ? name.toLocaleLowerCase('vi') : name;
};
const countryName = (code: string, locale: 'vi' | 'en') =>
  displayNames.region[locale].of(code) ?? code;
const certName = (code: string) =>
  code === 'ocop' ? 'OCOP' : (certificationByCode(code)?.name ?? code);
const unitName = (code: string, locale: 'vi' | 'en') =>
  locale === 'vi' ? (unitByCode(code)?.vi ?? code) : code;

const mark = (met: boolean | null) => (met === null ? '?' : met ? '✓' : '✗');

function item(
  code: ReadinessCode,
  met: boolean | null,
  params: ReadinessItem['params'],
  vi: string,
  en: string,
  severity: ReadinessItem['severity'] = 'blocker',
): ReadinessItem {
  return {
    code,
    met,
    severity,
    params,
    message: { vi: `${vi} ${mark(met)}`, en: `${en} ${mark(met)}` },
  };
}

/**
 * Days that may pass between production and arrival while `percent` of the shelf life still
 * remains. Integer arithmetic, as in SQL: the window is long enough for `transit` days exactly
 * when days × (100 − percent) ≥ 100 × transit.
 */
export function deliveryWindowDays(shelfLifeDays: number, percent: number): number {
  return Math.floor((shelfLifeDays * (100 - percent)) / 100);
}

/** Whether a product has exported to the destination (any member state counts for `EU`). */
export function hasExportedTo(exportedTo: readonly string[], country: string): boolean {
  return country === 'EU'
    ? exportedTo.some((c) => c === 'EU' || euSet.has(c))
    : exportedTo.includes(country);
}

export function marketReadiness(
  requirements: ReadinessRequirements,
  facts: ReadinessFacts,
): Readiness {
  const items: ReadinessItem[] = [];
  const held = new Set(facts.certifications);

  for (const code of requirements.requiredCertifications ?? []) {
    const met = held.has(code);
    const name = certName(code);
    items.push(
      met
        ? item('certification', true, { certification: code }, `Có ${name}`, `Has ${name}`)
        : item('certification', false, { certification: code }, `Cần ${name}`, `Needs ${name}`),
    );
  }

  const anyOf = requirements.anyOfCertifications ?? [];
  if (anyOf.length > 0) {
    const list = anyOf.map(certName).join(', ');
    const have = anyOf.filter((code) => held.has(code));
    const params = { certifications: anyOf.join(',') };
    items.push(
      have.length > 0
        ? item(
            'certification-any',
            true,
            params,
            `Có ${have.map(certName).join(', ')} (yêu cầu một trong: ${list})`,
            `Has ${have.map(certName).join(', ')} (one of ${list} required)`,
          )
        : item(
            'certification-any',
            false,
            params,
            `Cần một trong: ${list}`,
            `Needs one of: ${list}`,
          ),
    );
  }

  const groups = requirements.ocopGroups ?? [];
  if (groups.length > 0) {
    const met = groups.includes(facts.ocopGroup);
    const group = ocopGroupByCode(facts.ocopGroup);
    const list = (locale: 'vi' | 'en') =>
      groups.map((g) => ocopGroupByCode(g)?.[locale] ?? g).join(', ');
    items.push(
      item(
        'ocop-group',
        met,
        { group: facts.ocopGroup },
        met
          ? `Nhóm "${group?.vi ?? facts.ocopGroup}" được nhận`
          : `Nhóm "${group?.vi ?? facts.ocopGroup}" không thuộc các nhóm được nhận (${list('vi')})`,
        met
          ? `Group "${group?.en ?? facts.ocopGroup}" is accepted`
          : `Group "${group?.en ?? facts.ocopGroup}" is not among the accepted groups (${list('en')})`,
      ),
    );
  }

  for (const language of requirements.labelLanguages ?? []) {
    const known = facts.labelLanguages;
    const met = known === null ? null : known.includes(language);
    const vi = languageName(language, 'vi');
    const en = languageName(language, 'en');
    items.push(
      met === null
        ? item(
            'label-language',
            null,
            { language },
            `Nhãn phải có ${vi} — hãy kiểm tra nhãn sản phẩm`,
            `The label must be in ${en} — check the product label`,
          )
        : item(
            'label-language',
            met,
            { language },
            met ? `Nhãn có ${vi}` : `Nhãn cần có ${vi}`,
            met ? `Label in ${en}` : `The label needs ${en}`,
          ),
    );
  }

  const shelfLife = facts.shelfLifeDays;
  const minDays = requirements.minShelfLifeDays ?? null;
  if (minDays !== null) {
    const params = { minDays, ...(shelfLife === null ? {} : { shelfLifeDays: shelfLife }) };
    items.push(
      shelfLife === null
        ? item(
            'shelf-life-days',
            false,
            params,
            `Chưa khai báo hạn sử dụng; cần tối thiểu ${minDays} ngày`,
            `Shelf life not stated; at least ${minDays} days needed`,
          )
        : item(
            'shelf-life-days',
            shelfLife >= minDays,
            params,
            `Hạn sử dụng ${shelfLife} ngày (cần tối thiểu ${minDays} ngày)`,
            `Shelf life ${shelfLife} days (at least ${minDays} days needed)`,
          ),
    );
  }

  const percent = requirements.minRemainingShelfLifePercent ?? null;
  if (percent !== null) {
    const transit = requirements.transitDays ?? null;
    if (shelfLife === null) {
      items.push(
        item(
          'shelf-life-remaining',
          false,
          { percent },
          `Chưa khai báo hạn sử dụng; khi giao hàng phải còn ít nhất ${percent}% hạn`,
          `Shelf life not stated; at least ${percent}% must remain on delivery`,
        ),
      );
    } else {
      const window = deliveryWindowDays(shelfLife, percent);
      const met = shelfLife * (100 - percent) >= 100 * (transit ?? 1);
      items.push(
        item(
          'shelf-life-remaining',
          met,
          {
            percent,
            shelfLifeDays: shelfLife,
            windowDays: window,
            ...(transit === null ? {} : { transitDays: transit }),
          },
          `Hạn sử dụng ${shelfLife} ngày, khi giao phải còn ≥ ${percent}%: hàng phải đến nơi trong ${window} ngày kể từ ngày sản xuất${transit === null ? '' : ` (vận chuyển khoảng ${transit} ngày)`}`,
          `Shelf life ${shelfLife} days with ≥ ${percent}% left on delivery: it must arrive within ${window} days of production${transit === null ? '' : ` (transit about ${transit} days)`}`,
        ),
      );
    }
  }

  const moq = requirements.moq;
  if (moq && moq.quantity !== null && moq.unit !== null) {
    const sameUnit = moq.unit === facts.unit;
    const met = sameUnit ? facts.moq <= moq.quantity : null;
    const ours = (l: 'vi' | 'en') => `${facts.moq} ${unitName(facts.unit, l)}`;
    const theirs = (l: 'vi' | 'en') => `${moq.quantity} ${unitName(moq.unit!, l)}`;
    items.push(
      item(
        'moq',
        met,
        { moq: facts.moq, unit: facts.unit, orderQuantity: moq.quantity, orderUnit: moq.unit },
        met === null
          ? `MOQ ${ours('vi')}, lượng đặt thường là ${theirs('vi')} — hãy so sánh`
          : met
            ? `MOQ ${ours('vi')} không vượt lượng đặt thường là ${theirs('vi')}`
            : `MOQ ${ours('vi')} lớn hơn lượng đặt thường là ${theirs('vi')}`,
        met === null
          ? `MOQ ${ours('en')}; typical order ${theirs('en')} — compare them`
          : met
            ? `MOQ ${ours('en')} within the typical order of ${theirs('en')}`
            : `MOQ ${ours('en')} is above the typical order of ${theirs('en')}`,
        'warning',
      ),
    );
  }

  const country = requirements.country ?? null;
  if (country !== null && country !== 'VN') {
    const met = hasExportedTo(facts.exportedTo, country);
    items.push(
      item(
        'export-experience',
        met,
        { country },
        met
          ? `Đã xuất khẩu sang ${countryName(country, 'vi')}`
          : `Chưa xuất khẩu sang ${countryName(country, 'vi')}`,
        met
          ? `Has exported to ${countryName(country, 'en')}`
          : `Not yet exported to ${countryName(country, 'en')}`,
        'warning',
      ),
    );
  }

  return {
    ready: items.every((i) => i.severity !== 'blocker' || i.met !== false),
    items,
  };
}

/** Lines that are not met: gaps (met false) and lines to confirm (met null). */
export const gapsOf = (readiness: Readiness) => readiness.items.filter((i) => i.met !== true);
