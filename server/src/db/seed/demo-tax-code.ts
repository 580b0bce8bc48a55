import { makeTaxCode } from '@ketnoi/shared/validation';

/**
 * Deterministic, valid MSTs for demo rows, so re-seeding finds the same rows. `index` 1–99 are the
 * demo accounts' organizations (demo.ts), 1000+ the demo catalogue's (demo-catalogue.ts).
 */
export function demoTaxCode(index: number): string {
  for (let serial = index * 13; ; serial += 1) {
    try {
      return makeTaxCode(`09${String(serial).padStart(7, '0')}`);
    } catch {
      // No valid check digit for this serial; take the next.
    }
  }
}
