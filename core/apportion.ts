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
  /** Which parts take the leftover units, by count mod sum (small sums only), else null. */
  readonly leftovers: Leftovers | null;
}

/**
 * The parts that take a leftover unit depend on the remainders alone, and the remainder of part i,
 * count x w_i mod sum, on the count only through count mod sum. So for weights used on many lines
 * the choice is kept per residue, found once by the scans below and then read back: bit i set =
 * part i takes one unit, the top bit = known. Kept only for small sums, so the table stays small,
 * and made only once the weights have split a few lines.
 */
interface Leftovers {
  uses: number;
  takes: Uint16Array | null;
}

/** The largest sum a leftover table is kept for (its size in entries of 2 bytes). */
const TABLE_SUMS = 1 << 14;
/** Lines split along the weights before their table is made. */
const TABLE_AFTER = 32;
/** A table entry holds one bit per part and the known bit. */
const TABLE_PARTS = 15;
const KNOWN = 1 << TABLE_PARTS;

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
    leftovers: fits && sum <= BigInt(TABLE_SUMS) && scaled.length <= TABLE_PARTS ? { uses: 0, takes: null } : null,
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
  // One division per line, not one per month: the quotient by multiplying with 1 / sum is off
  // from the exact n x w / sum by less than 1 (two roundings of relative 2^-53 each, on a quotient
  // below 2^53 / sum; exact when sum is a power of two), so its floor is the exact floor or one
  // either side, and one correction step restores it, as in floorDivide.
  const inverse = 1 / sum;
  let given = 0;
  let maxWeight = 0;
  for (let i = 0; i < len; i++) {
    const wi = w[i];
    if (wi > maxWeight) maxWeight = wi;
    const product = n * wi;
    let q = Math.floor(product * inverse);
    let r = product - q * sum;
    if (r < 0) {
      q -= 1;
      r += sum;
    } else if (r >= sum) {
      q += 1;
      r -= sum;
    }
    out[i] = q;
    rem[i] = r;
    given += q;
  }
  // The leftover units go one each to the largest remainders, in leftoverTakers' order: remainder
  // desc, then weight desc, then position asc. With more takers than not, it is cheaper to give
  // everyone one and take it back from the last ones in that order. A part already picked is
  // marked with remainder -1 (real remainders are >= 0).
  let left = n - given;
  if (left === 0) {
    if (count < 0) negate(out, len);
    return;
  }
  const scale = maxWeight + 1;
  if (sum * scale <= KEY_LIMIT) {
    // remainder and weight as one key, remainder x (max weight + 1) + weight, exact below 2^53
    // (a remainder is below the sum): one comparison orders two parts as leftoverTakers does
    for (let i = 0; i < len; i++) rem[i] = rem[i] * scale + w[i];
    giveLeftovers(rem, len, left, out);
    if (count < 0) negate(out, len);
    return;
  }
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
  if (count < 0) negate(out, len);
}

/**
 * The largest sum x (max weight + 1) for one exact key per part. 2^52, not 2^53: a product of
 * whole numbers that comes out at most 2^52 in floating point is at most 2^52 exactly.
 */
const KEY_LIMIT = 2 ** 52;

/** Minus each of the first len parts; a zero part stays +0. */
function negate(out: Float64Array, len: number): void {
  for (let i = 0; i < len; i++) out[i] = out[i] === 0 ? 0 : -out[i];
}

/**
 * One leftover unit each to the `left` parts of the largest keys (distinct parts of equal keys:
 * the earlier position first), as the scans above, on one key per part. A part already picked is
 * marked with key -1 (real keys are >= 0).
 */
function giveLeftovers(key: Float64Array, len: number, left: number, out: Float64Array): void {
  if (left * 2 <= len) {
    for (; left > 0; left--) {
      let best = 0;
      let bestKey = -1;
      for (let i = 0; i < len; i++) {
        const k = key[i];
        if (k > bestKey) {
          bestKey = k;
          best = i;
        }
      }
      out[best] += 1;
      key[best] = -1;
    }
    return;
  }
  for (let i = 0; i < len; i++) out[i] += 1;
  for (let skip = len - left; skip > 0; skip--) {
    // the part that comes last: the smallest key, on a tie the later position
    let last = 0;
    let lastKey = Infinity;
    for (let i = 0; i < len; i++) {
      const k = key[i];
      if (k >= 0 && k <= lastKey) {
        lastKey = k;
        last = i;
      }
    }
    out[last] -= 1;
    key[last] = -1;
  }
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
  const table = weights.leftovers;
  if (table !== null && (table.takes !== null || ++table.uses >= TABLE_AFTER)) {
    apportionByTable(count, weights.small as Float64Array, weights.smallSum, (table.takes ??= new Uint16Array(weights.smallSum)), out);
  } else {
    apportionFloat(count, weights.small as Float64Array, weights.smallSum, out);
  }
  return true;
}

/** Scratch parts for finding a table entry. */
let entryScratch = new Float64Array(TABLE_PARTS);

/**
 * The float path with the leftover units read from the table (see Leftovers): each part gets the
 * floor of its share, found as in apportionFloat, and the units its residue's entry gives it. An
 * entry not yet known is found by splitting the residue itself, whose remainders are the count's.
 */
function apportionByTable(count: number, w: Float64Array, sum: number, takes: Uint16Array, out: Float64Array): void {
  const n = count < 0 ? -count : count;
  const len = w.length;
  const inverse = 1 / sum;
  // n mod sum, by the same one-step-corrected quotient as the parts (n + sum <= 2^53)
  let residue = n - Math.floor(n * inverse) * sum;
  if (residue < 0) residue += sum;
  else if (residue >= sum) residue -= sum;
  let entry = takes[residue];
  if (entry === 0) {
    entry = KNOWN;
    if (entryScratch.length < len) entryScratch = new Float64Array(len);
    apportionFloat(residue, w, sum, entryScratch);
    for (let i = 0; i < len; i++) if (entryScratch[i] !== floorShare(residue * w[i], sum, inverse)) entry |= 1 << i;
    takes[residue] = entry;
  }
  for (let i = 0; i < len; i++) out[i] = floorShare(n * w[i], sum, inverse) + ((entry >> i) & 1);
  if (count < 0) negate(out, len);
}

/** floor(product / sum) for a whole product with product + sum <= 2^53, as in apportionFloat. */
function floorShare(product: number, sum: number, inverse: number): number {
  const q = Math.floor(product * inverse);
  const r = product - q * sum;
  return r < 0 ? q - 1 : r >= sum ? q + 1 : q;
}
