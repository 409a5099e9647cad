// Allocating a requirement (udmøntning af produktivitets- og sparekrav): a total, such as the
// region's 2 % productivity requirement, is split over units (hospitals, departments) so that the
// parts add up exactly to the whole, to the last unit.
//
// The rules, in order:
//
// 1. Shares. Unit i's share of the total is proportional to its key: keys[i], by default bases[i]
//    (the general case: the same rate of every base). Exempt units (exempt[i] true, or key 0) get
//    exactly 0 and the other units carry the whole total.
// 2. Floors and caps are rates of base: for every unit that is not exempt,
//    minRate x base_i <= amount_i <= maxRate x base_i (no minRate: floor 0; no maxRate: no cap).
//    They are met by water-filling: the one scale lambda at which
//    sum_i clamp(lambda x key_i, floor_i, cap_i) = total. The units held at a bound stay there and
//    the free ones share the rest in proportion to their keys. When the floors alone exceed the
//    total, or the caps together cannot reach it, that is ALLOCATE_INFEASIBLE, with both numbers.
// 3. Exact. Keys, bases and rates are read as the decimals they print as (0.1 is one tenth, not the
//    nearest double), like profile weights in apportion.ts, so every unrounded amount is an exact
//    fraction. No floating-point result ever decides an amount: see "Speed" below.
// 4. Rounding. The total is rounded half away from zero to the unit (0.01, 1 or 1000 kr). Each unit
//    gets the whole units of its unrounded amount, and the units left over go one each to the
//    largest remainders, ties to the larger key and then the earlier position, so the amounts sum
//    exactly to the rounded total. Each amount is its unrounded amount rounded down or up, so a
//    unit held at its floor or cap may land within one unit of it after rounding, on either side
//    (a floor of 1,234.56 kr at unit 1 kr can come out as 1,234 kr).
// 5. Signs. A negative total (income is negative in Danish public accounts) gives exactly minus the
//    allocation of its absolute value; floors and caps bound the size of each amount.
//
// Checks run in this order: the unit, the total, the bases (unit by unit), the keys (length, then
// unit by unit), exempt (length, then unit by unit), minRate and maxRate, then "no unit can carry
// the total" and the floors and caps against the total. An empty list of bases is always an error;
// with every unit exempt, a total of 0 gives all zeros and any other total is an error.
//
// Speed. The exact answer needs products far beyond 2^53 (a remainder compares total x key_i with
// the sum of the keys), and 10,000 units must allocate within 10 times a naive floating-point split
// (bench/allocate.bench.ts). So when the keys (up to 2^50) and the floors and caps (up to 2^52)
// are integers that doubles hold exactly on their common decimal scales, a fast path finds the
// clamped units with floating-point Newton steps and then proves the answer exact: the sums are
// kept exactly (split into 26-bit halves, then bigint), and every comparison of two products that
// floating point cannot decide beyond its error bound, every amount within rounding error of a
// whole unit, and every remainder that might decide who gets a leftover unit is redone in bigint.
// If anything cannot be proven, the slower path does it all in bigint (sorting the breakpoints of
// the water-filling). Both give the same amounts, by construction and by test.
//
// The jobs live in their own modules: the input checks and the infeasibility message
// (allocationChecks.ts), reading keys and bases as integers (allocationDecimals.ts), the fast path
// (allocationFast.ts, with its water-filling in allocationWaterFilling.ts), the exact path
// (allocationExact.ts) and the productivity keys (productivityKeys.ts). This module runs the
// checks, states the problem in exact integers, picks the path and writes the amounts.

import { decimalParts } from "./apportion";
import { checkBases, checkFeasible, checkRate, isAbsent, MAX_RATE, MIN_RATE } from "./allocationChecks";
import { shown } from "./read";
import { readExact, readFast } from "./allocationDecimals";
import { allocateBig } from "./allocationExact";
import { allocateFast } from "./allocationFast";
import type { AllocationProblem, Rounding } from "./allocationProblem";
import { BASES, KEYS } from "./allocationScratch";
import { BudgetError, TOTAL } from "./errors";
import { checkUnit, toUnits, type Unit } from "./money";

export interface AllocateOptions {
  /** One key per unit (beds, staff, budget shares, productivity keys); default: the bases. */
  keys?: readonly number[];
  /** Floor as a rate of base, e.g. 0.01: no unit below 1 % of its base. Default: no floor. */
  minRate?: number;
  /** Cap as a rate of base, e.g. 0.03: no unit above 3 % of its base. Default: no cap. */
  maxRate?: number;
  /** true for units exempt from the requirement (they get 0). */
  exempt?: readonly boolean[];
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
}


/** The rounding unit as a power of ten: 0.01 kr is 10^-2. */
const UNIT_EXPONENT: Record<Unit, number> = { 0.01: -2, 1: 0, 1000: 3 };

/**
 * Splits `total` over the units: each unit's share is proportional to its key (default: its base),
 * exempt units (or key 0) get 0, and floors and caps (rates of base) hold for the others. The
 * amounts are whole multiples of the unit and sum exactly to the total rounded to the unit.
 */
export function allocate(total: number | string, bases: readonly number[], options: AllocateOptions = {}): number[] {
  return allocateWith(total, bases, options, false);
}

/**
 * The same, always on the all-bigint path (no floating-point filter). For tests that compare the
 * two paths; not part of the public API.
 */
export function allocateExact(total: number | string, bases: readonly number[], options: AllocateOptions = {}): number[] {
  return allocateWith(total, bases, options, true);
}

function allocateWith(total: number | string, bases: readonly number[], options: AllocateOptions, exactOnly: boolean): number[] {
  const opts = (options ?? {}) as AllocateOptions;
  const unit = checkUnit(opts.unit);
  const signed = Number(toUnits(total, unit, TOTAL)); // within the amount limit: a safe integer
  let positive = checkBases(bases);
  const n = bases.length;

  const keys = isAbsent(opts.keys) ? bases : opts.keys;
  if (keys !== bases) {
    if (keys.length !== n) throw new BudgetError("KEYS_LENGTH", { count: keys.length, units: n });
    positive = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (typeof k === "number" && k >= 0 && k <= Number.MAX_VALUE) {
        if (k > 0) positive++;
        continue;
      }
      if (typeof k !== "number" || !Number.isFinite(k)) throw new BudgetError("KEY_NOT_FINITE", { index: i + 1 });
      throw new BudgetError("KEY_NEGATIVE", { index: i + 1, value: k });
    }
  }
  const exempt = isAbsent(opts.exempt) ? null : opts.exempt;
  if (exempt !== null) {
    if (exempt.length !== n) throw new BudgetError("EXEMPT_LENGTH", { count: exempt.length, units: n });
    for (let i = 0; i < n; i++) {
      const e: unknown = exempt[i];
      if (e !== true && e !== false) throw new BudgetError("EXEMPT_VALUE", { index: i + 1, value: shown(e) });
    }
  }
  const minRate = checkRate(opts.minRate, MIN_RATE);
  const maxRate = checkRate(opts.maxRate, MAX_RATE);
  if (minRate !== null && maxRate !== null && minRate > maxRate) {
    throw new BudgetError("RATES_ORDER", {
      floor: MIN_RATE,
      cap: MAX_RATE,
      min: minRate,
      max: maxRate,
    });
  }

  // the units that carry the total, in position order (null: all of them)
  let count = positive;
  if (exempt !== null) {
    count = 0;
    for (let i = 0; i < n; i++) if (keys[i] > 0 && !exempt[i]) count++;
  }
  let active: Int32Array | null = null;
  if (count < n) {
    active = new Int32Array(count);
    for (let i = 0, j = 0; i < n; i++) if (keys[i] > 0 && (exempt === null || !exempt[i])) active[j++] = i;
  }
  if (count === 0) {
    if (signed !== 0) throw new BudgetError("ALLOCATE_ALL_EXEMPT");
    return new Array<number>(n).fill(0);
  }

  // rates as decimals on one scale
  const minParts = decimalParts(minRate ?? 0);
  const maxParts = maxRate === null ? null : decimalParts(maxRate);
  const rateScale = Math.max(minParts.scale, maxParts?.scale ?? 0);
  const m = minParts.digits * 10n ** BigInt(rateScale - minParts.scale);
  const M = maxParts === null ? null : maxParts.digits * 10n ** BigInt(rateScale - maxParts.scale);
  // bases matter only for floors and caps
  const bounded = m > 0n || M !== null;

  const fastKeys = exactOnly ? null : readFast(keys, active, count, KEYS);
  const fastBases = fastKeys === null || !bounded ? null : keys === bases ? fastKeys : readFast(bases, active, count, BASES);
  let bigBases: { scale: number; ints: bigint[] } | null = null;
  const bigBasesOf = () => (bigBases ??= readExact(bases, active, count));
  const baseScale = !bounded ? 0 : (fastBases?.scale ?? bigBasesOf().scale);
  // amounts in units: rate x base / unit = (m / 10^rateScale) (b / 10^baseScale) / 10^unitExponent
  const exponent = rateScale + baseScale + UNIT_EXPONENT[unit];
  const problem: AllocationProblem = {
    total: BigInt(Math.abs(signed)),
    denom: exponent >= 0 ? 10n ** BigInt(exponent) : 1n,
    minFactor: exponent >= 0 ? m : m * 10n ** BigInt(-exponent),
    maxFactor: M === null ? null : exponent >= 0 ? M : M * 10n ** BigInt(-exponent),
  };

  if (bounded) {
    const baseSum = fastBases !== null ? fastBases.exactSum : bigBasesOf().ints.reduce((a, b) => a + b, 0n);
    checkFeasible(problem, baseSum, signed, unit, m, M, rateScale + baseScale);
  }

  if (problem.total === 0n) return new Array<number>(n).fill(0); // feasible, so every floor is 0
  if (fastKeys !== null && (!bounded || fastBases !== null)) {
    const rounding = allocateFast(problem, fastKeys, fastBases);
    const amounts = rounding === null ? null : amountsOf(rounding, active, n, signed < 0, unit);
    if (amounts !== null) return amounts;
  }
  // the bigint path, with the bases on the scale the factors were made for
  let big = bounded ? bigBasesOf().ints : new Array<bigint>(count).fill(0n);
  if (bounded && bigBasesOf().scale < baseScale) {
    const up = 10n ** BigInt(baseScale - bigBasesOf().scale);
    big = big.map((b) => b * up);
  }
  const bigKeys = keys === bases && bounded ? big : readExact(keys, active, count).ints;
  const counts = Float64Array.from(allocateBig(problem, big, bigKeys));
  const rounded: Rounding = { counts, rem: counts, left: 0, surelyIn: Infinity, maybeIn: Infinity, rank: () => 0 };
  return amountsOf(rounded, active, n, signed < 0, unit) as number[];
}

/**
 * The amounts in kroner, in position order (0 for the units not carrying anything): each unit's
 * whole units, plus one leftover unit as the rounding says. Each amount is the double nearest the
 * exact amount, as fromUnits gives it (count / 100 is correctly rounded), and + 0 turns -0 into 0.
 * Null if the leftover units do not add up (never expected; the bigint path then runs).
 */
function amountsOf(rounding: Rounding, active: Int32Array | null, n: number, negative: boolean, unit: Unit): number[] | null {
  const { counts, rem, left, surelyIn, maybeIn } = rounding;
  const out = new Array<number>(n);
  if (active !== null) {
    // the units not carrying anything get 0, each written once, in order
    let i = 0;
    for (let j = 0; j < active.length; j++) {
      while (i < active[j]) out[i++] = 0;
      i++;
    }
    while (i < n) out[i++] = 0;
  }
  const sign = negative ? -1 : 1;
  // kroner = count x unit; for øre count / 100, which is correctly rounded where x 0.01 is not
  const times = unit === 0.01 ? sign : unit * sign;
  const ore = unit === 0.01;
  const undecided: number[] = [];
  let taken = 0;
  for (let j = 0; j < counts.length; j++) {
    let c = counts[j];
    const r = rem[j];
    if (r > surelyIn) {
      c += 1;
      taken++;
    } else if (r >= maybeIn) {
      undecided.push(j);
    }
    out[active === null ? j : active[j]] = (ore ? (c * times) / 100 : c * times) + 0;
  }
  const need = left - taken;
  if (need < 0 || need > undecided.length) return null;
  if (need > 0) {
    undecided.sort(rounding.rank);
    for (let t = 0; t < need; t++) {
      const j = undecided[t];
      const c = counts[j] + 1;
      out[active === null ? j : active[j]] = (ore ? (c * times) / 100 : c * times) + 0;
    }
  }
  return out;
}

