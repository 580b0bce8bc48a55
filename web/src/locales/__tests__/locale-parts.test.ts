import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from '@/lib/i18n';
import en from '@/locales/en.json';
import { isPublicKey, localePart, publicKeys } from '@/locales/parts';
import vi from '@/locales/vi.json';
import { flatten, flatVi } from '@/testing/locales';

/** Every source file of the app, as text (tests and type declarations excluded). */
const sources = import.meta.glob<string>(
  ['/src/**/*.ts', '/src/**/*.tsx', '!/src/**/__tests__/**', '!/src/**/*.d.ts'],
  { query: '?raw', import: 'default', eager: true },
);

/** The entry, every public route, and the not-found page both layouts show. */
const PUBLIC_ROOTS = [
  '/src/main.tsx',
  '/src/app/routes/not-found.tsx',
  ...Object.keys(sources).filter((file) => file.startsWith('/src/app/routes/public/')),
];
/** The router imports every screen lazily: public pages only reach the public ones. */
const ROUTER = '/src/app/router.tsx';

const IMPORT = /\b(?:from|import)\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string) {
  const base = spec.startsWith('@/')
    ? `/src/${spec.slice(2)}`
    : spec.startsWith('.')
      ? posix.join(posix.dirname(from), spec)
      : null;
  if (base === null) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => candidate in sources) ?? null;
}

/** The source files a public page can run: what the roots import, statically or lazily. */
function reachableFromPublicRoutes() {
  const seen = new Set<string>();
  const stack = [...PUBLIC_ROOTS];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of (sources[file] ?? '').matchAll(IMPORT)) {
      if (match[2] !== undefined && file === ROUTER) continue;
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (target) stack.push(target);
    }
  }
  return seen;
}

const KEYS = Object.keys(flatVi);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The translation keys a string literal in the source can stand for: itself, its plural forms
 * and everything under it (`'enums.storage'`); a template (`errors.${code}`) stands for every
 * key it can build. Matching every literal, not only `t('…')` arguments, also catches keys
 * chosen in a ternary or kept in a map.
 */
function keysOf(literal: string) {
  const pattern = new RegExp(
    `^${literal
      .split(/\$\{[^}]*\}/)
      .map(escape)
      .join('[^.]+')}(?:$|[._])`,
  );
  return KEYS.filter((key) => pattern.test(key));
}

const LITERAL = /(['"`])([a-zA-Z]+\.(?:(?!\1)[\w.${}])+)\1/g;

/** `key (file)` for every key outside the public part that these files use. */
function nonPublicKeys(files: Record<string, string>) {
  const found = new Set<string>();
  for (const [file, text] of Object.entries(files)) {
    for (const match of text.matchAll(LITERAL)) {
      for (const key of keysOf(match[2] ?? '')) {
        if (!isPublicKey(key)) found.add(`${key} (${file})`);
      }
    }
  }
  return [...found].sort();
}

describe('locale parts', () => {
  it('every entry of the public list is in the locale files', () => {
    const stale = publicKeys.filter((entry) => keysOf(entry).length === 0);
    expect(stale).toEqual([]);
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ])('the public and app parts of %s.json are the whole file, each key once', (_name, tree) => {
    const whole = flatten(tree);
    const publicPart = flatten(localePart(tree, 'public') as typeof tree);
    const appPart = flatten(localePart(tree, 'app') as typeof tree);
    expect(Object.keys(publicPart).every(isPublicKey)).toBe(true);
    expect(Object.keys(appPart).some(isPublicKey)).toBe(false);
    expect({ ...publicPart, ...appPart }).toEqual(whole);
    expect(Object.keys(publicPart).length + Object.keys(appPart).length).toBe(
      Object.keys(whole).length,
    );
    // The point of the split: public pages go without most of the strings.
    expect(Object.keys(publicPart).length).toBeLessThan(Object.keys(whole).length / 2);
  });

  it('the check catches a public page using a signed-in screen’s key', () => {
    // Guards the guard: a scan that found nothing would pass vacuously.
    const reachable = reachableFromPublicRoutes();
    expect(reachable).toContain('/src/components/layouts/public-layout.tsx');
    expect(reachable).toContain('/src/features/catalogue/components/catalogue-search.tsx');
    expect(reachable).not.toContain('/src/app/routes/app/root.tsx');
    expect(
      nonPublicKeys({
        'a.tsx': "t('matches.nav'); t(ok ? 'catalogue.title' : 'dashboard.today')",
        'b.tsx': 't(`products.${field}`); t("products.days", { count })',
      }),
    ).toEqual(
      expect.arrayContaining([
        'matches.nav (a.tsx)',
        'dashboard.today (a.tsx)',
        'products.title (b.tsx)',
      ]),
    );
    expect(
      nonPublicKeys({ 'c.tsx': "t('catalogue.title'); t('products.days', { count })" }),
    ).toEqual([]);
  });

  it('public pages use only keys of the public part', () => {
    const reachable = reachableFromPublicRoutes();
    const files = Object.fromEntries(
      [...reachable].map((file) => [file, sources[file] ?? ''] as const),
    );
    expect(nonPublicKeys(files)).toEqual([]);
  });

  it('a language switched to after signing in has the signed-in screens’ strings too', async () => {
    // The test setup has loaded the app part (as the app layout does); English arrives later.
    expect(i18n.t('matches.nav')).toBe(vi.matches.nav);
    await changeLanguage('en');
    expect(i18n.t('matches.nav')).toBe(en.matches.nav);
    expect(i18n.t('catalogue.title')).toBe(en.catalogue.title);
    expect(i18n.t('products.title')).toBe(en.products.title);
    expect(i18n.t('products.pricePerUnit', { price: '1', unit: 'kg' })).not.toBe(
      'products.pricePerUnit',
    );
  });
});
