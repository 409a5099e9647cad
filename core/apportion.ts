// Largest-remainder apportionment: split a whole number of units over weights so the parts add
// up exactly to the whole. Each part first gets the floor of its exact share; the units left over
// go one each to the largest remainders, ties to the larger weight and then the earlier position.
// Never "the last month takes the rest".
//
// Weights are read as the decimals a person typed (0.1 means one tenth, not the nearest double)
// and scaled to integers on one common scale, so every share is an exact integer fraction.

import { BudgetError } from "./errors";
import type { Units } from "./money";

export interface Weights {
  /** The weights as integers on one common decimal scale. */
  readonly scaled: readonly bigint[];
  readonly sum: bigint;
  /** The same as numbers when every product below stays exact in floating point, else null. */
  readonly small: Float64Array | null;
  readonly smallSum: number;
  /** The largest count the float path can split exactly: count * max weight + sum <= 2^53. */
  readonly maxSmallCount: number;
}

/** A double as digits / 10^scale, read from its shortest decimal form ("0.1" -> 1 / 10^1). */
export function decimalParts(value: number): { digits: bigint; scale: number } {
  const [mantissa, exponent] = String(value).split("e");
  const dot = mantissa.indexOf(".");
  let scale = (dot < 0 ? 0 : mantissa.length - dot - 1) - Number(exponent ?? 0);
  let digits = BigInt(mantissa.replace(".", ""));
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/** Validates and scales weights: non-negative, finite, positive sum. */
export function prepareWeights(values: readonly number[]): Weights {
  let allIntegers = true;
  for (let i = 0; i < values.length; i++) {
    const w = values[i];
    if (!Number.isFinite(w)) throw new BudgetError("WEIGHT_NOT_FINITE", { index: i + 1 });
    if (w < 0) throw new BudgetError("WEIGHT_NEGATIVE", { index: i + 1, value: w });
    if (!Number.isInteger(w)) allIntegers = false;
  }
  let scaled: bigint[];
  if (allIntegers) {
    scaled = values.map((w) => BigInt(w));
  } else {
    const parts = values.map(decimalParts);
    const scale = Math.max(...parts.map((p) => p.scale));
    scaled = parts.map((p) => p.digits * 10n ** BigInt(scale - p.scale));
  }
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new BudgetError("WEIGHTS_ZERO_SUM");
  const max = scaled.reduce((a, b) => (b > a ? b : a), 0n);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  const fits = sum <= limit;
  let small: Float64Array | null = null;
  if (fits) {
    // a plain loop: Float64Array.from with a map function is several times slower
    small = new Float64Array(scaled.length);
    for (let i = 0; i < scaled.length; i++) small[i] = Number(scaled[i]);
  }
  return {
    scaled,
    sum,
    small,
    smallSum: fits ? Number(sum) : 0,
    maxSmallCount: fits ? Number((limit - sum) / max) : -1,
  };
}

/** Whether part a should get a leftover unit before part b. */
function before(remA: number | bigint, remB: number | bigint, wA: number | bigint, wB: number | bigint): boolean {
  return remA > remB || (remA === remB && wA > wB);
}

/** Marks the `left` parts that get one leftover unit each: the largest remainders first. */
function leftoverTakers(rem: ArrayLike<number | bigint>, weights: ArrayLike<number | bigint>, left: number): Uint8Array {
  const n = rem.length;
  const taken = new Uint8Array(n);
  for (let k = 0; k < left; k++) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      if (best < 0 || before(rem[i], rem[best], weights[i], weights[best])) best = i;
    }
    taken[best] = 1;
  }
  return taken;
}

/** Scratch remainders for the float path, reused across calls (the core is single-threaded). */
let remScratch = new Float64Array(16);

/**
 * floor(n / d) for whole numbers n >= 0, d > 0 with n + d <= 2^53. The float quotient is rounded
 * once, and rounding is monotone, so its floor is the exact floor or one more; one correction step
 * restores it, and the product floor x d <= n + d stays exact.
 */
export function floorDivide(n: number, d: number): number {
  const q = Math.floor(n / d);
  const r = n - q * d;
  return r < 0 ? q - 1 : r >= d ? q + 1 : q;
}

/**
 * The float path: splits a whole count over whole weights >= 0 (their sum `sum` > 0) into `out`,
 * by largest remainder, exactly when |count| x max weight + sum <= 2^53 (every product n x w and
 * the floor division above are then exact). A negative count is split as its absolute value and
 * negated; a zero part stays +0. No BigInt and no prepareWeights, for callers with their own
 * integer weights.
 */
export function apportionFloat(count: number, w: Float64Array, sum: number, out: Float64Array): void {
  const n = count < 0 ? -count : count;
  const len = w.length;
  if (remScratch.length < len) remScratch = new Float64Array(len);
  const rem = remScratch;
  let given = 0;
  for (let i = 0; i < len; i++) {
    const product = n * w[i];
    const q = floorDivide(product, sum);
    out[i] = q;
    rem[i] = product - q * sum;
    given += q;
  }
  // The leftover units go one each to the largest remainders, in leftoverTakers' order: remainder
  // desc, then weight desc, then position asc. With more takers than not, it is cheaper to give
  // everyone one and take it back from the last ones in that order. A part already picked is
  // marked with remainder -1 (real remainders are >= 0).
  let left = n - given;
  if (left * 2 <= len) {
    for (; left > 0; left--) {
      let best = -1;
      for (let i = 0; i < len; i++) {
        const r = rem[i];
        if (r < 0) continue;
        if (best < 0 || r > rem[best] || (r === rem[best] && w[i] > w[best])) best = i;
      }
      out[best] += 1;
      rem[best] = -1;
    }
  } else {
    for (let i = 0; i < len; i++) out[i] += 1;
    for (let skip = len - left; skip > 0; skip--) {
      let last = -1;
      for (let i = 0; i < len; i++) {
        const r = rem[i];
        if (r < 0) continue;
        // on a full tie the later position comes last
        if (last < 0 || r < rem[last] || (r === rem[last] && w[i] <= w[last])) last = i;
      }
      out[last] -= 1;
      rem[last] = -1;
    }
  }
  if (count < 0) for (let i = 0; i < len; i++) out[i] = out[i] === 0 ? 0 : -out[i];
}

function apportionBig(n: bigint, weights: Weights): bigint[] {
  const w = weights.scaled;
  const counts = w.map((wi) => (n * wi) / weights.sum);
  const rem = w.map((wi, i) => n * wi - counts[i] * weights.sum);
  const given = counts.reduce((a, b) => a + b, 0n);
  const takers = leftoverTakers(rem, w, Number(n - given));
  return counts.map((c, i) => c + BigInt(takers[i]));
}

/**
 * Splits `count` units over the weights, exactly. A negative count is split as its absolute value
 * and negated, so splitting -A gives exactly minus what splitting A gives.
 */
export function apportion(count: Units, weights: Weights): Units[] {
  if (typeof count === "number" && Math.abs(count) <= weights.maxSmallCount) {
    const out = new Float64Array(weights.scaled.length);
    apportionFloat(count, weights.small as Float64Array, weights.smallSum, out);
    return Array.from(out);
  }
  const big = BigInt(count);
  const negative = big < 0n;
  const parts = apportionBig(negative ? -big : big, weights).map((p) => (p <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(p) : p));
  return negative ? parts.map((p) => (p === 0 || p === 0n ? p : -p)) : parts;
}

/** Fast path for the hot loop: writes the parts of a safe-integer count straight into `out`. */
export function apportionInto(count: number, weights: Weights, out: Float64Array): boolean {
  if (Math.abs(count) > weights.maxSmallCount) return false;
  apportionFloat(count, weights.small as Float64Array, weights.smallSum, out);
  return true;
}
