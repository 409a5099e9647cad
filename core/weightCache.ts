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
  readonly values: Float64Array;
  readonly weights: Weights;
}

/** Most recently used first. The core is single-threaded, so one list serves every caller. */
const entries: Entry[] = [];

/** Whether the weights are the kept values, one by one (a value that is no number never is). */
function same(kept: Float64Array, values: readonly number[]): boolean {
  if (kept.length !== values.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== values[i]) return false;
  return true;
}

/**
 * The weights prepared as prepareWeights prepares them, from the cache when the same values were
 * prepared lately. The result is shared between callers and must not be changed.
 */
export function cachedWeights(values: readonly number[]): Weights {
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e];
    if (!same(entry.values, values)) continue;
    if (e > 0) {
      entries.splice(e, 1);
      entries.unshift(entry);
    }
    return entry.weights;
  }
  const weights = prepareWeights(values);
  entries.unshift({ values: Float64Array.from(values), weights });
  if (entries.length > CACHED_PROFILES) entries.pop();
  return weights;
}

/** Forgets every kept profile (for tests that measure or compare against a cold start). */
export function clearWeightCache(): void {
  entries.length = 0;
}
