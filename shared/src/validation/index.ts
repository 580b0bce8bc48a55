export * from './tax-code.ts';
export * from './hs-code.ts';
