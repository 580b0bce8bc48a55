/**
 * Quantities and prices across units and currencies. Only measures convert (kg ↔ g ↔ tonne,
 * l ↔ ml); a package unit (bottle, carton) equals only itself, since a bottle's size is unknown.
 */
const baseFactor: Record<string, { dimension: string; factor: number }> = {
  g: { dimension: 'mass', factor: 0.001 },
  kg: { dimension: 'mass', factor: 1 },
  tonne: { dimension: 'mass', factor: 1000 },
  ml: { dimension: 'volume', factor: 0.001 },
  l: { dimension: 'volume', factor: 1 },
};

/** How many `to` make one `from` (kg → tonne: 0.001), or null when they do not compare. */
export function unitRatio(from: string, to: string): number | null {
  if (from === to) {
    return 1;
  }
  const a = baseFactor[from];
  const b = baseFactor[to];
  return a && b && a.dimension === b.dimension ? a.factor / b.factor : null;
}

/** A quantity in `from` expressed in `to`, or null when the units do not compare. */
export function convertQuantity(quantity: number, from: string, to: string): number | null {
  const ratio = unitRatio(from, to);
  return ratio === null ? null : quantity * ratio;
}

/** A price per `from` as a price per `to` (per kg → per tonne: ×1000), or null. */
export function convertUnitPrice(price: number, from: string, to: string): number | null {
  const ratio = unitRatio(from, to);
  return ratio === null ? null : price / ratio;
}

/** An amount in a currency's smallest unit, in đồng; null for a currency without a rate. */
export function toVndWith(
  rates: Record<string, number>,
  amount: number,
  currency: string,
): number | null {
  const rate = rates[currency];
  return rate === undefined ? null : amount * rate;
}
