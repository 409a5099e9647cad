// Independent references for tests and benchmarks: largest remainder written by sorting in BigInt,
// not with the core's loop, so a test compares two different pieces of code.

import Decimal from "decimal.js";

/** Weights read as the decimals written (0.1 is one tenth), scaled to integers on one scale. */
export function scaledWeights(weights: readonly number[]): bigint[] {
  const decimals = weights.map((w) => new Decimal(w));
  const places = Math.max(...decimals.map((d) => d.decimalPlaces()));
  return decimals.map((d) => BigInt(d.times(new Decimal(10).pow(places)).toFixed(0)));
}

/**
 * `count` units split over the weights by largest remainder: floors first, then one unit each to
 * the largest remainders, ties to the larger weight and then the earlier position. -count gives
 * exactly minus count's parts.
 */
export function largestRemainder(count: bigint, weights: readonly bigint[]): bigint[] {
  const n = count < 0n ? -count : count;
  if (n === 0n) return weights.map(() => 0n);
  const sum = weights.reduce((a, b) => a + b, 0n);
  const parts = weights.map((w) => (n * w) / sum);
  const remainders = weights.map((w, i) => n * w - parts[i] * sum);
  const cmp = (a: bigint, b: bigint) => (a === b ? 0 : a > b ? -1 : 1);
  const order = weights.map((_, i) => i).sort((a, b) => cmp(remainders[a], remainders[b]) || cmp(weights[a], weights[b]) || a - b);
  const left = Number(n - parts.reduce((a, b) => a + b, 0n));
  for (const i of order.slice(0, left)) parts[i] += 1n;
  return count < 0n ? parts.map((p) => -p) : parts;
}
