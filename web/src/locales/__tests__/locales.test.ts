import { describe, expect, it } from 'vitest';
import { flatEn, flatten, flatVi, missingKeys } from '@/testing/locales';

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('the comparison catches a missing key', () => {
    // Guards the guard: if flatten/missingKeys broke, the real checks below would pass vacuously.
    const complete = flatten({ a: { b: 'x', c: 'y' } });
    const partial = flatten({ a: { b: 'x' } });
    expect(missingKeys(complete, partial)).toEqual(['a.c']);
    expect(missingKeys(partial, complete)).toEqual([]);
  });

  it('vi.json and en.json have exactly the same keys', () => {
    expect(Object.keys(flatVi).length).toBeGreaterThan(50);
    expect(missingKeys(flatVi, flatEn), 'keys in vi.json missing from en.json').toEqual([]);
    expect(missingKeys(flatEn, flatVi), 'keys in en.json missing from vi.json').toEqual([]);
  });

  it.each([
    ['vi', flatVi],
    ['en', flatEn],
  ])('%s.json has only non-empty string values', (_name, flat) => {
    const bad = Object.entries(flat)
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('each translation uses the same {{placeholders}} in both languages', () => {
    const mismatched = Object.keys(flatVi).filter(
      (key) =>
        typeof flatEn[key] === 'string' &&
        placeholders(String(flatVi[key])).join() !== placeholders(String(flatEn[key])).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('Vietnamese is written with diacritics', () => {
    // A cheap tripwire for text pasted without accents ("Dang nhap" instead of "Đăng nhập").
    expect(flatVi['nav.login']).toBe('Đăng nhập');
    const withDiacritics = Object.values(flatVi).filter((value) => /[à-ỹđ]/i.test(String(value)));
    expect(withDiacritics.length / Object.keys(flatVi).length).toBeGreaterThan(0.8);
  });
});
