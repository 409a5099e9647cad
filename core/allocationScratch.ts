// Working memory of the fast allocation path.

/**
 * Working arrays, kept between calls (the core is single-threaded and nothing here escapes a
 * call), so a large allocation does not pay for fresh memory and garbage collection every time.
 * Only up to SCRATCH_MAX units, so a one-off huge call does not keep its memory.
 */
const SCRATCH_MAX = 1 << 16;
const floatScratch: Float64Array[] = [];
const intScratch: Int32Array[] = [];
/** Slots of the float arrays: each use has its own, so no two live arrays share memory. */
export const KEYS = 0;
export const BASES = 1;
export const COUNTS = 2;
export const REMAINDERS = 3;
/** Slots of the integer arrays. */
export const LOW_LIST = 0;
export const HIGH_LIST = 1;
export const FREE_LIST = 2;

export function floats(slot: number, n: number): Float64Array {
  if (n > SCRATCH_MAX) return new Float64Array(n);
  let buffer = floatScratch[slot];
  if (buffer === undefined || buffer.length < n) buffer = floatScratch[slot] = new Float64Array(n);
  return buffer.subarray(0, n);
}

export function ints(slot: number, n: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n);
  let buffer = intScratch[slot];
  if (buffer === undefined || buffer.length < n) buffer = intScratch[slot] = new Int32Array(n);
  return buffer.subarray(0, n);
}
