import en from '@/locales/en.json';
import vi from '@/locales/vi.json';

type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }` */
export function flatten(tree: Tree, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      Object.assign(out, flatten(value, path));
    } else {
      out[path] = value;
    }
  }
  return out;
}

/** Keys in `a` that `b` lacks, sorted. */
export function missingKeys(a: Record<string, unknown>, b: Record<string, unknown>) {
  return Object.keys(a)
    .filter((key) => !(key in b))
    .sort();
}

export const flatVi = flatten(vi);
export const flatEn = flatten(en);
