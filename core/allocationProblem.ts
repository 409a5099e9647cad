// The allocation problem in exact integers, as the fast and the exact path both solve it, and the
// rounding they hand back. A unit's amount in rounding units is an integer over `denom`; every
// unit is held at its floor, held at its cap, or free (its amount proportional to its key).

/** The problem in exact integers. Amounts in units are integers / denom. */
export interface AllocationProblem {
  /** |total| in units. */
  total: bigint;
  denom: bigint;
  /** floor_i = minFactor x base_i / denom, cap_i = maxFactor x base_i / denom (bases as integers). */
  minFactor: bigint;
  /** null: no cap. */
  maxFactor: bigint | null;
}

/** A unit held at its floor. */
export const LOW = 0;
/** A unit whose amount is proportional to its key. */
export const FREE = 1;
/** A unit held at its cap. */
export const HIGH = 2;

/**
 * Whole units per unit, and which units get one of the `left` leftover units: those with a
 * remainder above `surelyIn`, and of those with a remainder from `maybeIn` up to it, the first
 * `left - (the number above surelyIn)` in the order `rank` (exact). Applied while writing the
 * amounts, which saves a pass.
 */
export interface Rounding {
  counts: Float64Array;
  rem: Float64Array;
  left: number;
  surelyIn: number;
  maybeIn: number;
  rank: (a: number, b: number) => number;
}
