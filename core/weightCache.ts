// Prepared weights kept for the profiles used last. A formula filled down a column calls the
// periodisation once per line with the same profile (the same 12 cells, or the same built-in
// profile); reading its decimals and scaling them to integers again for every line would cost
// many times the split itself. Prepared weights depend on the weights alone, so a profile is
// known by its values: the same numbers give the very same preparation, and so the same months.
//
// The cache holds a few profiles, the one used last first, and forgets the one used longest ago,
// so its memory stays bounded whatever the workbook holds. Weights that fail their checks are
// never kept: each call checks them again and reports the same problem.

import { prepareWeights, type Weights } from "./apportion";

/** How many profiles are kept: enough for a sheet alternating a handful of them. */
export const CACHED_PROFILES = 16;

interface Entry {
  /** The weights as given (every one a finite number, or they would not have been prepared). */
  readonly values: readonly number[];
  /** A summary of the values: equal values have equal summaries, so most others are told apart by it alone. */
  readonly summary: number;
  readonly weights: Weights;
}

/** Most recently used first. The core is single-threaded, so one list serves every caller. */
const entries: Entry[] = [];

/** The values folded into one number; equal (===) values give equal summaries. */
function summary(values: readonly number[]): number {
  let h = 0;
  for (let i = 0; i < values.length; i++) h = h * 31 + values[i];
  return h;
}

/** Whether the weights are the kept values, one by one (a value that is no number never is). */
function same(kept: readonly number[], values: readonly number[]): boolean {
  if (kept.length !== values.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== values[i]) return false;
  return true;
}

/** Puts the entry first, the ones before it one place down (the last one out when `at` is past the end). */
function toFront(entry: Entry, at: number): void {
  for (let j = Math.min(at, CACHED_PROFILES - 1); j > 0; j--) entries[j] = entries[j - 1];
  entries[0] = entry;
}

/**
 * The weights prepared as prepareWeights prepares them, from the cache when the same values were
 * prepared lately. The result is shared between callers and must not be changed.
 */
export function cachedWeights(values: readonly number[]): Weights {
  const h = summary(values);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (entry.summary !== h || !same(entry.values, values)) continue;
    if (e > 0) toFront(entry, e);
    return entry.weights;
  }
  const weights = prepareWeights(values);
  // a copy: the caller may change its array later (a plain array; a typed one costs more to make)
  toFront({ values: values.slice(), summary: h, weights }, entries.length);
  return weights;
}

/** Forgets every kept profile (for tests that measure or compare against a cold start). */
export function clearWeightCache(): void {
  entries.length = 0;
}
