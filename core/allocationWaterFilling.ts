// The water-filling of the fast allocation path, in floating point: the scale lambda at which the
// clamped amounts, sum_i clamp(lambda x key_i, floor_i, cap_i), reach the total, and which units
// are held at their floor or cap there. Its answer is only a candidate: the fast path proves it
// exact afterwards, or hands over to the exact path.
//
// The hot loops are small functions over typed arrays with no bigint in them, so the engine
// compiles them tightly. Floors and caps are computed where they are used, as factor x base
// (exact integers up to 2^52). Without caps the cap factor is Infinity: Infinity x base is
// Infinity, and for a base of 0 it is NaN, which compares false with everything, so in both cases
// no unit is ever held at a cap.

import * as decimals from "./allocationDecimals";
import { FREE_LIST, HIGH_LIST, ints, LOW_LIST } from "./allocationScratch";

/** Local copies: an imported binding can cost a lookup per use in a hot loop. */
const SPLIT = decimals.SPLIT;
const INV_SPLIT = decimals.INV_SPLIT;
const SPLIT_BIG = decimals.SPLIT_BIG;

/** Results of the loops below (the core is single-threaded). */
const out2 = new Float64Array(2);
const sums4 = new Float64Array(4);

/** f(lambda) = sum clamp(lambda x key, floor, cap) into out2[0], the sum of the free keys into out2[1]. */
function evaluate(keys: Float64Array, bases: Float64Array, mf: number, Mf: number, lambda: number): void {
  let f = 0;
  let slope = 0;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    const x = lambda * k;
    const l = mf * bases[j];
    if (x < l) {
      f += l;
      continue;
    }
    const h = Mf * bases[j];
    if (x > h) {
      f += h;
      continue;
    }
    f += x;
    slope += k;
  }
  out2[0] = f;
  out2[1] = slope;
}

/** The units of each status, as ascending lists of positions. */
export interface Partition {
  low: Int32Array;
  high: Int32Array;
  free: Int32Array;
}

/**
 * The units of each status at lambda; f(lambda) and the free keys' sum into out2, as evaluate
 * gives them; and the exact sums of the held bounds and of the free keys, each value split into
 * its high and low 26 bits so that no floating-point add rounds (values up to 2^52, fewer than
 * 2^26 units): sums4 = [bounds high, bounds low, keys high, keys low].
 */
function classify(keys: Float64Array, bases: Float64Array, mf: number, Mf: number, lambda: number): Partition {
  const n = keys.length;
  const low = ints(LOW_LIST, n);
  const high = ints(HIGH_LIST, n);
  const free = ints(FREE_LIST, n);
  let nLow = 0;
  let nHigh = 0;
  let nFree = 0;
  let boundHigh = 0;
  let boundLow = 0;
  let keyHigh = 0;
  let keyLow = 0;
  let f = 0;
  for (let j = 0; j < n; j++) {
    const k = keys[j];
    const x = lambda * k;
    let v = mf * bases[j];
    if (x < v) {
      low[nLow++] = j;
    } else if (x > (v = Mf * bases[j])) {
      high[nHigh++] = j;
    } else {
      free[nFree++] = j;
      f += x;
      const h = Math.floor(k * INV_SPLIT);
      keyHigh += h;
      keyLow += k - h * SPLIT;
      continue;
    }
    f += v;
    const h = Math.floor(v * INV_SPLIT);
    boundHigh += h;
    boundLow += v - h * SPLIT;
  }
  out2[0] = f;
  out2[1] = keyHigh * SPLIT + keyLow;
  sums4[0] = boundHigh;
  sums4[1] = boundLow;
  sums4[2] = keyHigh;
  sums4[3] = keyLow;
  return { low: low.subarray(0, nLow), high: high.subarray(0, nHigh), free: free.subarray(0, nFree) };
}

/** The units held at a bound at the lambda found, and the exact sums of that partition. */
export interface Fill {
  partition: Partition;
  /** The exact sum of the held floors and caps, in 1/denom units. */
  boundSum: bigint;
  /** The exact sum of the free units' keys. */
  freeKeySum: bigint;
}

/**
 * Newton steps on f(lambda) toward `target` (the total in 1/denom units), bracketed so they cannot
 * run away, from lambda = target / keySum. Once f is close, the next step is most likely the
 * last, so it also sorts the units by status, which saves a pass.
 */
export function waterFill(keys: Float64Array, bases: Float64Array, mf: number, Mf: number, target: number, keySum: number): Fill {
  let partition: Partition | null = null;
  let lambda = target / keySum;
  let below = 0;
  let above = Infinity;
  let close = false;
  for (let iteration = 0; iteration < 60; iteration++) {
    if (close) partition = classify(keys, bases, mf, Mf, lambda);
    else evaluate(keys, bases, mf, Mf, lambda);
    const f = out2[0];
    const slope = out2[1];
    // within rounding noise of the target: lambda is as good as floating point gets (a unit
    // misplaced by that noise fails the proof of the fast path, and the exact path takes over)
    if (Math.abs(f - target) <= target * 2 ** -40) break;
    partition = null;
    close = Math.abs(f - target) <= target * 2 ** -16;
    if (f < target) below = lambda;
    else above = lambda;
    let next = slope > 0 ? lambda + (target - f) / slope : Number.NaN;
    if (!(next > below && next < above)) next = above === Infinity ? 2 * lambda : (below + above) / 2;
    if (next === lambda) break;
    lambda = next;
  }
  // the units held at a bound at that lambda, and the exact sums of that partition
  partition ??= classify(keys, bases, mf, Mf, lambda);
  const [boundHigh, boundLow, keyHigh, keyLow] = sums4;
  return {
    partition,
    boundSum: BigInt(boundHigh) * SPLIT_BIG + BigInt(boundLow),
    freeKeySum: BigInt(keyHigh) * SPLIT_BIG + BigInt(keyLow),
  };
}
