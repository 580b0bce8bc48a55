/**
 * The locale files are split in two at build time (`vi.json?part=public`, `?part=app`, see
 * vite.config.ts): the first download of a public page carries only the strings public pages
 * use; the rest arrives with the signed-in screens. This list is the one place that says which
 * strings are public — a whole top-level section (`catalogue`) or one entry of it
 * (`products.pricePerUnit`, with its plural forms). A unit test checks that the public routes
 * use no key outside it.
 */
export const publicKeys = [
  'app',
  'common',
  'language',
  'nav',
  'footer',
  'landing',
  'login',
  'register',
  'fields',
  'validation',
  'errors',
  'enums',
  'forbidden',
  'notFound',
  'crash',
  'readiness',
  'catalogue',
  'events',
  'marketGuides',
  'savedSearches',
  // Product cards and facts on the catalogue and product pages.
  'products.pricePerUnit',
  'products.priceOnRequest',
  'products.moqShort',
  'products.starsLabel',
  'products.originWithLegacy',
  'products.fields',
  'products.allYear',
  'products.days',
  'products.notExported',
  // Certificates table on the product page.
  'certificates.ocopScheme',
  'certificates.fields',
  'certificates.ocopStars',
  'certificates.producerLevel',
  'certificates.noExpiry',
  'certificates.expiringIn',
  // Request a sample from the product page; the public event page links to the agenda.
  'samples.request',
  'meetings.agenda',
] as const;

export const localeParts = ['public', 'app'] as const;
export type LocalePart = (typeof localeParts)[number];

type Tree = { [key: string]: unknown };

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `days` covers its plural forms `days_one`, `days_other`. */
const covers = (entry: string, key: string) => key === entry || key.startsWith(`${entry}_`);

/** True when the dotted key (`catalogue.title`, `products.days_other`) is in the public part. */
export function isPublicKey(key: string) {
  const [top = '', second] = key.split('.');
  return publicKeys.some((entry) => {
    const [entryTop, entrySecond] = entry.split('.');
    if (entryTop !== top) return false;
    return entrySecond === undefined || (second !== undefined && covers(entrySecond, second));
  });
}

/** The public or the app part of a locale tree; together they are the whole tree. */
export function localePart(tree: Tree, part: LocalePart): Tree {
  const wantPublic = part === 'public';
  const out: Tree = {};
  for (const [top, value] of Object.entries(tree)) {
    if (isPublicKey(top) || !isTree(value)) {
      if (isPublicKey(top) === wantPublic) out[top] = value;
      continue;
    }
    const section = Object.fromEntries(
      Object.entries(value).filter(([key]) => isPublicKey(`${top}.${key}`) === wantPublic),
    );
    if (Object.keys(section).length > 0) out[top] = section;
  }
  return out;
}
