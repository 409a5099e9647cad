// Reading keys and bases for an allocation as integers on one common decimal scale: in floating
// point for the fast path (with their exact sum), or in bigint for the exact path. A value reads
// as the decimal it prints as (0.1 is one tenth, not the nearest double).

import { decimalParts } from "./apportion";
import { floats } from "./allocationScratch";

/** Sums of integer doubles are kept split into high and low 26 bits, so that no add rounds. */
export const SPLIT = 2 ** 26;
export const INV_SPLIT = 2 ** -26;
export const SPLIT_BIG = 2n ** 26n;

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact doubles up to 1e22
/** Integers read on the fast path stay at most 2^50, so value x 10^s is within 1/4 of one. */
const FAST_DIGITS = 2 ** 50;
const MAX_FAST_SCALE = 15;

/** Values as integers on one common decimal scale, in floating point. */
export interface FastRead {
  scale: number;
  ints: Float64Array;
  /** The largest integer. */
  max: number;
  /** Their sum in floating point. */
  sum: number;
  /** Their exact sum. */
  exactSum: bigint;
}

/**
 * The non-negative values at positions `at` (all positions when null) as integers on one common
 * scale, all in floating point: c = round(v x 10^s) is the decimal v prints as when c / 10^s === v
 * and c <= 2^50. Then v is the double nearest c / 10^s, no other decimal with s places rounds to v
 * (doubles there lie less than 10^-s / 2 apart), and the shortest decimal form of v has at most s
 * places, so it is c / 10^s. Null when some value needs more than 15 places or 2^50.
 */
export function readFast(values: readonly number[], at: Int32Array | null, n: number, slot: number): FastRead | null {
  if (n >= SPLIT) return null;
  const ints = floats(slot, n);
  let scale = 0;
  let p = 1;
  let max = 0;
  // the sum split into high and low 26 bits, so no add rounds (integers up to 2^50, fewer than
  // 2^26 of them)
  let high = 0;
  let low = 0;
  for (let j = 0; j < n; j++) {
    const v = values[at === null ? j : at[j]];
    let c = v;
    if (scale === 0 ? Math.floor(v) !== v : (c = Math.round(v * p)) / p !== v) {
      // more decimal places: raise the scale, and the integers read so far with it (the same
      // decimal on a finer scale: c x 10^d / 10^(s+d) is the same number, so it still reads as v)
      const from = scale;
      do {
        if (++scale > MAX_FAST_SCALE) return null;
        p = POW10[scale];
        c = Math.round(v * p);
      } while (c / p !== v && c <= FAST_DIGITS);
      const factor = POW10[scale - from];
      if (c > FAST_DIGITS || max * factor > FAST_DIGITS) return null;
      max *= factor;
      high = 0;
      low = 0;
      for (let i = 0; i < j; i++) {
        const w = (ints[i] *= factor);
        const h = Math.floor(w * INV_SPLIT);
        high += h;
        low += w - h * SPLIT;
      }
    }
    if (c > FAST_DIGITS) return null;
    ints[j] = c;
    const h = Math.floor(c * INV_SPLIT);
    high += h;
    low += c - h * SPLIT;
    if (c > max) max = c;
  }
  return { scale, ints, max, sum: high * SPLIT + low, exactSum: BigInt(high) * SPLIT_BIG + BigInt(low) };
}

/** The same in bigint, for any finite non-negative values. */
export function readExact(values: readonly number[], at: Int32Array | null, n: number): { scale: number; ints: bigint[] } {
  const parts = Array.from({ length: n }, (_, j) => decimalParts(values[at === null ? j : at[j]]));
  const scale = parts.reduce((s, p) => Math.max(s, p.scale), 0);
  return { scale, ints: parts.map((p) => p.digits * 10n ** BigInt(scale - p.scale)) };
}
