import { describe, expect, it } from 'vitest';
import {
  certificateStatuses,
  errorCodes,
  distributorChannels,
  importStatuses,
  legalForms,
  locales,
  organizationKinds,
  productStatuses,
  reviewProductStatuses,
  roles,
  searchSorts,
  storageModes,
  unitCodes,
  verificationStatuses,
} from '@/types/api';
import { validationKeys } from '@/lib/form';
import { flatEn, flatVi } from '@/testing/locales';

/** Every source file of the app, as text (tests and type declarations excluded). */
const sources = import.meta.glob<string>(
  ['/src/**/*.ts', '/src/**/*.tsx', '!/src/**/__tests__/**', '!/src/**/*.d.ts'],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

/** `t('a.b')`, `i18n.t("a.b")`, `t(\`a.b\`)` — the first argument when it is a string literal. */
const T_CALL = /\bt\(\s*(['"`])((?:(?!\1).)+)\1/g;

function usedKeys() {
  const literal = new Map<string, string>();
  const templated = new Map<string, string>();
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(T_CALL)) {
      const key = match[2] ?? '';
      (key.includes('${') ? templated : literal).set(key, file);
    }
  }
  return { literal, templated };
}

/** Plural forms count as the key itself (`x` is present when `x_other` is). */
function has(flat: Record<string, unknown>, key: string) {
  return key in flat || `${key}_other` in flat;
}

describe('translation keys used in the source', () => {
  const { literal, templated } = usedKeys();

  it('finds the t() calls it should', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    expect(literal.size).toBeGreaterThan(100);
    expect(literal.has('nav.login')).toBe(true);
  });

  it.each([
    ['vi', flatVi],
    ['en', flatEn],
  ])('every literal t() key exists in %s.json', (_name, flat) => {
    const missing = [...literal]
      .filter(([key]) => !has(flat, key))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each([
    ['vi', flatVi],
    ['en', flatEn],
  ])('every templated t(`…${x}…`) key matches some key in %s.json', (_name, flat) => {
    const keys = Object.keys(flat);
    const missing = [...templated]
      .filter(([key]) => {
        const pattern = new RegExp(
          `^${key
            .split(/\$\{[^}]*\}/)
            .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('[^.]+')}$`,
        );
        return !keys.some((candidate) => pattern.test(candidate));
      })
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  // Templated keys are built from these lists: check every value, not just that one matches.
  const dynamic: [string, readonly string[]][] = [
    ['enums.role', roles],
    ['enums.organizationKind', organizationKinds],
    ['enums.verificationStatus', verificationStatuses],
    ['enums.channel', distributorChannels],
    ['enums.legalForm', legalForms],
    ['errors', errorCodes],
    ['language', locales],
    ['dashboard.next', roles],
    ['review.empty', verificationStatuses],
    ['validation', validationKeys],
    ['enums.productStatus', productStatuses],
    ['enums.storage', storageModes],
    ['enums.unit', unitCodes],
    ['enums.certificateStatus', certificateStatuses],
    ['enums.importStatus', importStatuses],
    ['catalogue.sort', searchSorts],
    ['products.statusHelp', productStatuses],
    ['productReview.empty', reviewProductStatuses],
  ];

  it.each(dynamic)('every %s.<value> exists in both locales', (prefix, values) => {
    const missing = values
      .map((value) => `${prefix}.${value}`)
      .filter((key) => !has(flatVi, key) || !has(flatEn, key));
    expect(missing).toEqual([]);
  });
});
