import type { CurrencyCode } from './trade.ts';

/**
 * Approximate đồng per smallest unit of each currency (cents for USD, EUR, SGD; satang, fen;
 * whole yen and won), for comparing price ranges across currencies in search and matching.
 * Indicative rates of late 2026; matching reads its own configurable table on top of these.
 */
export const vndPerMinorUnit: Record<CurrencyCode, number> = {
  VND: 1,
  USD: 254,
  EUR: 275,
  JPY: 168,
  KRW: 18.5,
  THB: 7.2,
  CNY: 35,
  SGD: 190,
};

export const toVnd = (amount: number, currency: string): number =>
  Math.round(amount * (vndPerMinorUnit[currency as CurrencyCode] ?? 1));
