// The fast integer path of an allocation: keys, bases, floors and caps are integers that doubles
// hold exactly, the water-filling runs in floating point, and then every step is proven exact.
// The sums are kept exactly (split into 26-bit halves, then bigint), and every comparison of two
// products that floating point cannot decide beyond its error bound, every amount within rounding
// error of a whole unit, and every remainder that might decide who gets a leftover unit is redone
// in bigint. When anything cannot be proven, the answer is null and the exact path runs.
//
// After the water-filling each loop runs over the units of one status (held at the floor, at the
// cap, or free), so its branches are predictable; the rare cases that floating point cannot decide
// are collected and settled in bigint afterwards.

import { SPLIT, type FastRead } from "./allocationDecimals";
import * as status from "./allocationProblem";
import type { AllocationProblem, Rounding } from "./allocationProblem";
import { COUNTS, floats, REMAINDERS } from "./allocationScratch";
import { waterFill, type Partition } from "./allocationWaterFilling";

/** Relative margin beyond every floating-point error bound below (a few 2^-53). */
const MARGIN = 2 ** -48;
/** Remainders are sorted into this many buckets to find the ones that get a leftover unit. */
const BUCKETS = 1024;
const TWO53 = 2 ** 53;
/** Local copies: an imported binding can cost a lookup per use in a hot loop. */
const LOW = status.LOW;
const FREE = status.FREE;
const HIGH = status.HIGH;

/** Whether an ascending list holds j (binary search). */
function holds(list: Int32Array, j: number): boolean {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (list[m] < j) a = m + 1;
    else b = m;
  }
  return a < list.length && list[a] === j;
}

/**
 * Free units (all when `at` is null): each amount is N x key / (D K), here perKey x key with
 * relative error below 4 x 2^-53; whole units, remainder and its bucket. With floors or caps, the
 * unit must also lie within its bounds at lambda = N / K: N x key against bound x K. Units where
 * the margin cannot decide (near a bound, near a whole unit) go to `pending` for bigint. Returns
 * the sum of the whole units, or -1 when a unit is surely outside its bounds.
 */
function wholeFree(
  at: Int32Array | null,
  keys: Float64Array,
  bases: Float64Array,
  mf: number,
  Mf: number,
  bounded: boolean,
  Nf: number,
  Kf: number,
  perKey: number,
  counts: Float64Array,
  rem: Float64Array,
  buckets: Int32Array,
  pending: number[],
): number {
  let given = 0;
  const count = at === null ? keys.length : at.length;
  for (let t = 0; t < count; t++) {
    const j = at === null ? t : at[t];
    const k = keys[j];
    if (bounded) {
      const p = Nf * k;
      const l = mf * bases[j] * Kf; // p >= l needed
      const h = Mf * bases[j] * Kf; // p <= h needed
      if (p < l * (1 - MARGIN) || p > h * (1 + MARGIN)) return -1;
      if (p < l * (1 + MARGIN) || p > h * (1 - MARGIN)) pending.push(j);
    }
    const a = perKey * k;
    const q = Math.floor(a);
    const r = a - q;
    const tolerance = a * MARGIN;
    if (!(r > tolerance && r < 1 - tolerance)) pending.push(j);
    counts[j] = q;
    rem[j] = r;
    given += q;
    buckets[(r * BUCKETS) | 0]++;
  }
  return given;
}

/**
 * Units held at a bound, factor x base (`sign` 1 for the floor, where N x key <= bound x K is
 * needed, -1 for the cap, where N x key >= bound x K): the amount is bound / D, split exactly into
 * whole units and remainder in doubles. Returns the sum of the whole units, or -1 when a unit is
 * surely not held.
 */
function wholeHeld(
  at: Int32Array,
  keys: Float64Array,
  bases: Float64Array,
  factor: number,
  sign: number,
  Nf: number,
  Kf: number,
  D: number,
  counts: Float64Array,
  rem: Float64Array,
  buckets: Int32Array,
  pending: number[],
): number {
  const perD = 1 / D;
  let given = 0;
  for (let t = 0; t < at.length; t++) {
    const j = at[t];
    const v = factor * bases[j];
    const p = Nf * keys[j] * sign;
    const b = v * Kf * sign;
    if (p > b + Math.abs(b) * MARGIN) return -1;
    if (p > b - Math.abs(b) * MARGIN) pending.push(j);
    // the quotient from the rounded 1/D can be one off; the remainder's sign corrects it
    let q = Math.floor(v * perD);
    let r = v - q * D;
    if (r < 0) {
      q -= 1;
      r += D;
    } else if (r >= D) {
      q += 1;
      r -= D;
    }
    r *= perD;
    counts[j] = q;
    rem[j] = r;
    given += q;
    buckets[(r * BUCKETS) | 0]++;
  }
  return given;
}

/**
 * The rounding of the non-exempt units, or null when some step cannot be proven exact in
 * floating point (then the bigint path runs). Keys and bases are integers on their scales; every
 * floor and cap is an integer over denom, every free amount N x key / (denom x K).
 */
export function allocateFast(problem: AllocationProblem, keyRead: FastRead, baseRead: FastRead | null): Rounding | null {
  const keys = keyRead.ints;
  const n = keys.length;
  const { total, denom, minFactor, maxFactor } = problem;
  const limit = BigInt(TWO53);
  if (n >= SPLIT || denom > limit || minFactor > limit || (maxFactor !== null && maxFactor > limit)) return null;
  const D = Number(denom);
  const mf = Number(minFactor);
  const Mf = maxFactor === null ? Infinity : Number(maxFactor);
  const bounded = baseRead !== null && (mf > 0 || maxFactor !== null);
  const bases = bounded ? (baseRead as FastRead).ints : keys; // keys: a placeholder, never used as bases
  // every floor and cap an exact integer double, at most 2^52
  if (bounded && (mf * (baseRead as FastRead).max > TWO53 / 2 || (maxFactor !== null && Mf * (baseRead as FastRead).max > TWO53 / 2))) {
    return null;
  }

  let partition: Partition | null = null;
  let N: bigint; // lambda = N / K exactly, in 1/denom units per key
  let K: bigint;
  if (!bounded) {
    N = total * denom;
    K = keyRead.exactSum;
  } else {
    // 1. Water-filling in floating point, and 2. the units held at a bound at its lambda, with
    //    the exact sums of that partition. The target is the total in 1/denom units.
    const fill = waterFill(keys, bases, mf, Mf, Number(total * denom), keyRead.sum);
    partition = fill.partition;
    K = fill.freeKeySum;
    N = total * denom - fill.boundSum;
  }
  if (K === 0n || N < 0n) return null;

  // 3. Prove the partition and find the whole units; bigint settles what floating point cannot
  const G = denom * K;
  const Gf = Number(G);
  const Nf = Number(N);
  const Kf = Number(K);
  const perKey = Nf / Gf;
  const counts = floats(COUNTS, n);
  const rem = floats(REMAINDERS, n);
  const buckets = new Int32Array(BUCKETS + 1); // one spare: r x BUCKETS may round up to BUCKETS
  const pending: number[] = [];
  let given = wholeFree(partition?.free ?? null, keys, bases, mf, Mf, bounded, Nf, Kf, perKey, counts, rem, buckets, pending);
  if (given < 0) return null;
  if (partition !== null) {
    const low = wholeHeld(partition.low, keys, bases, mf, 1, Nf, Kf, D, counts, rem, buckets, pending);
    const high = wholeHeld(partition.high, keys, bases, Mf, -1, Nf, Kf, D, counts, rem, buckets, pending);
    if (low < 0 || high < 0) return null;
    given += low + high;
  }
  const parts = partition;
  const statusOf = (j: number) => (parts === null ? FREE : holds(parts.low, j) ? LOW : holds(parts.high, j) ? HIGH : FREE);
  const boundOf = (j: number) => BigInt((statusOf(j) === HIGH ? Mf : mf) * bases[j]);
  const exactRem = new Map<number, bigint>(); // free units whose whole units bigint decided
  for (const j of pending) {
    const s = statusOf(j);
    const p = N * BigInt(keys[j]);
    // the partition: N x key against the bounds x K
    if (s === LOW && p > boundOf(j) * K) return null;
    if (s === HIGH && p < boundOf(j) * K) return null;
    if (s === FREE && bounded && (p < BigInt(mf * bases[j]) * K || (maxFactor !== null && p > BigInt(Mf * bases[j]) * K))) return null;
    if (s === FREE && !exactRem.has(j)) {
      const q = p / G;
      const r = p - q * G;
      given += Number(q) - counts[j];
      counts[j] = Number(q);
      buckets[(rem[j] * BUCKETS) | 0]--;
      rem[j] = Number(r) / Gf;
      buckets[(rem[j] * BUCKETS) | 0]++;
      exactRem.set(j, r);
    }
  }
  const left = Number(total) - given;
  if (!(left >= 0 && left < n)) return null; // cannot happen when the whole units are right

  // 4. The leftover units go to the largest remainders. Every rem[j] is within eps of the exact
  //    remainder. Walking the buckets down from the top finds the bucket [edge, edge + 1/BUCKETS)
  //    where the left-th largest falls: fewer than `left` remainders lie above it, at least
  //    `left` at or above its lower edge. So a remainder above the upper edge + 3 eps is surely
  //    in, one below the lower edge - 3 eps surely out, and the few in between are ordered
  //    exactly (3 eps rather than 2 covers the rounding of the edges themselves).
  const eps = Math.max(2 ** -50, perKey * keyRead.max * 2 ** -49);
  let bucket = BUCKETS;
  for (let seen = buckets[bucket]; seen < left; seen += buckets[bucket]) bucket--;
  const exactOf = (j: number): [bigint, bigint] => {
    if (statusOf(j) === FREE) return [exactRem.get(j) ?? (N * BigInt(keys[j])) % G, G];
    return [boundOf(j) % denom, denom];
  };
  const exact = new Map<number, [bigint, bigint]>();
  const rank = (x: number, y: number): number => {
    if (rem[x] - rem[y] > 2 * eps) return -1;
    if (rem[y] - rem[x] > 2 * eps) return 1;
    // two free units with the same key have the same amount, so the same remainder
    if (!(keys[x] === keys[y] && statusOf(x) === FREE && statusOf(y) === FREE)) {
      let ex = exact.get(x);
      if (ex === undefined) exact.set(x, (ex = exactOf(x)));
      let ey = exact.get(y);
      if (ey === undefined) exact.set(y, (ey = exactOf(y)));
      const c = ex[1] === ey[1] ? ex[0] - ey[0] : ex[0] * ey[1] - ey[0] * ex[1];
      if (c !== 0n) return c > 0n ? -1 : 1;
    }
    if (keys[x] !== keys[y]) return keys[y] - keys[x];
    return x - y;
  };
  if (left === 0) return { counts, rem, left, surelyIn: Infinity, maybeIn: Infinity, rank };
  return { counts, rem, left, surelyIn: (bucket + 1) / BUCKETS + 3 * eps, maybeIn: bucket / BUCKETS - 3 * eps, rank };
}
