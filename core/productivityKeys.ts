// Productivity keys: the keys that differentiate a requirement by the units' relative
// productivity, for allocate to split the total along.

import { checkBases } from "./allocationChecks";
import { shown } from "./read";
import { BudgetError } from "./errors";

/**
 * Keys for a requirement differentiated by relative productivity: unit i's key is
 * base_i x index_i ^ (-strength), so a more productive unit (higher index) carries less; strength 0
 * is the general case. A power with a fractional exponent is not exact in any arithmetic, so each
 * key is computed in floating point and rounded to 12 significant digits; allocate then reads the
 * keys as those decimals, and the allocation along them is exact. Where the power is exactly 1
 * (strength 0 or index 1) the key is the base itself, so strength 0 gives exactly the general case.
 */
export function productivityKeys(bases: readonly number[], indexes: readonly number[], strength: number): number[] {
  checkBases(bases);
  if (typeof strength !== "number" || !Number.isFinite(strength) || strength < 0) {
    throw new BudgetError("STRENGTH_INVALID", { value: shown(strength) });
  }
  if (indexes.length !== bases.length) throw new BudgetError("INDEXES_LENGTH", { count: indexes.length, units: bases.length });
  for (let i = 0; i < indexes.length; i++) {
    const x = indexes[i];
    if (typeof x !== "number" || !Number.isFinite(x)) throw new BudgetError("INDEX_NOT_FINITE", { index: i + 1 });
    if (x <= 0) throw new BudgetError("INDEX_NOT_POSITIVE", { index: i + 1, value: x });
  }
  return bases.map((base, i) => {
    const factor = indexes[i] ** -strength;
    if (factor === 1 || base === 0) return base;
    const key = Number((base * factor).toPrecision(12));
    // a key that overflows, or underflows to 0 or to imprecise tiny numbers, would silently
    // change who carries the requirement
    if (!Number.isFinite(key) || key < 1e-300 || key > 1e300) {
      throw new BudgetError("PRODUCTIVITY_KEY_RANGE", {
        index: i + 1,
        value: indexes[i],
        strength,
      });
    }
    return key;
  });
}
