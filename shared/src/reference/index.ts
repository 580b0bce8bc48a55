/**
 * Reference facts (provinces, OCOP, trade), copied from the project's reference set into
 * ./data/*.json (keep those files verbatim; their `note` fields cite the sources), exposed as typed,
 * frozen constants. Code tuples are `readonly` literal tuples, usable directly in TypeBox:
 * `Type.Enum(provinceCodes)`.
 */
export { normalizeText } from './text.ts';
export * from './provinces.ts';
export * from './ocop.ts';
export * from './trade.ts';
export * from './categories.ts';
export * from './synonyms.ts';
export * from './exchange-rates.ts';
