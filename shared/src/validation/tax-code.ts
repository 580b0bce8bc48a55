/**
 * Vietnamese enterprise tax codes (mã số thuế, MST).
 *
 * - 10 digits: the taxpayer (enterprise, cooperative, ...). Digits 1–2 are a province block,
 *   3–9 a serial, 10 a check digit.
 * - 13 characters "NNNNNNNNNN-BBB": a dependent unit (branch, representative office) of the
 *   10-digit taxpayer; BBB is 001–999.
 *
 * Check digit: weights 31, 29, 23, 19, 17, 13, 7, 5, 3 over digits 1–9; check = 10 − (sum mod 11);
 * a serial whose check would be 10 is never issued. Verified against published codes
 * (Vinamilk 0300588569, Viettel 0100109106, FPT 0101248141).
 *
 * Validators are strict about the exact string: run `normalizeTaxCode` on user input first.
 *
 * Note: since 1 July 2025 individuals and household businesses (hộ kinh doanh) use their 12-digit
 * personal identification number as tax code (Circular 86/2024/TT-BTC); that is not an MST in the
 * sense above — see `isWellFormedPersonalTaxId`.
 */

const TAX_CODE_RE = /^(\d{10})(?:-(\d{3}))?$/;
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Trims, removes inner whitespace, and turns en/em dashes and minus signs into "-". */
export function normalizeTaxCode(s: string): string {
  return s.replace(/\s+/g, '').replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** Format only: exactly 10 digits, or 10 digits + "-" + a 3-digit branch number 001–999. */
export function isWellFormedTaxCode(s: string): boolean {
  const m = TAX_CODE_RE.exec(s);
  if (m === null) return false;
  return m[2] === undefined || m[2] !== '000';
}

/**
 * Check digit (0–9) for 9 leading digits, or undefined when no valid code has that prefix
 * (sum mod 11 = 0) or the input is not exactly 9 digits.
 */
export function taxCodeCheckDigit(nineDigits: string): number | undefined {
  if (!/^\d{9}$/.test(nineDigits)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

/** True when the string is a well-formed tax code whose 10th digit is the correct check digit. */
export function taxCodeChecksumOk(s: string): boolean {
  if (!isWellFormedTaxCode(s)) return false;
  const check = taxCodeCheckDigit(s.slice(0, 9));
  return check !== undefined && check === Number(s[9]);
}

/** Well-formed AND correct check digit. */
export function isValidTaxCode(s: string): boolean {
  return taxCodeChecksumOk(s);
}

/**
 * Appends the check digit to 9 digits (for seed/demo data), optionally with a branch suffix.
 * Throws RangeError when the input is not 9 digits or no valid code has that prefix (about 1 in
 * 11 prefixes): pick another serial.
 */
export function makeTaxCode(nineDigits: string, branch?: number): string {
  const check = taxCodeCheckDigit(nineDigits);
  if (check === undefined) {
    throw new RangeError(
      /^\d{9}$/.test(nineDigits)
        ? `no valid tax code starts with ${nineDigits} (check digit would be 10)`
        : `makeTaxCode expects exactly 9 digits, got "${nineDigits}"`,
    );
  }
  const base = `${nineDigits}${check}`;
  if (branch === undefined) return base;
  if (!Number.isInteger(branch) || branch < 1 || branch > 999) {
    throw new RangeError(`branch must be an integer 1–999, got ${branch}`);
  }
  return `${base}-${String(branch).padStart(3, '0')}`;
}

/**
 * 12-digit personal identification number (căn cước), used as tax code by individuals and
 * household businesses since 1 July 2025. Format only; there is no public check digit.
 */
export function isWellFormedPersonalTaxId(s: string): boolean {
  return /^\d{12}$/.test(s);
}
