/**
 * HS commodity codes: 6 digits internationally (HS 2022), 8 in Vietnam's nomenclature (AHTN 2022,
 * Circular 31/2022/TT-BTC), up to 10 in some national tariffs. Input may be written with dots,
 * spaces or hyphens ("0901.11.10", "0901 11 10"); `normalizeHsCode` strips them.
 */

/** Removes dots, whitespace and hyphens; does not validate. "0901.11.10" → "09011110". */
export function normalizeHsCode(s: string): string {
  return s.replace(/[\s.-]/g, '');
}

/** 6–10 digits after normalisation, and the chapter (first two digits) is not "00". */
export function isValidHsCode(s: string): boolean {
  const digits = normalizeHsCode(s);
  return /^\d{6,10}$/.test(digits) && !digits.startsWith('00');
}

/**
 * Display form used in Vietnamese tariffs: heading, then pairs ("09011110" → "0901.11.10").
 * Returns undefined for invalid input.
 */
export function formatHsCode(s: string): string | undefined {
  if (!isValidHsCode(s)) return undefined;
  const digits = normalizeHsCode(s);
  const parts = [digits.slice(0, 4)];
  for (let i = 4; i < digits.length; i += 2) parts.push(digits.slice(i, i + 2));
  return parts.join('.');
}
