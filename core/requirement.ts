// How a productivity or savings requirement is expressed over several years (udmøntning af krav):
// a yearly rate compounded on the budget left after the year before, shown year by year.
//
// Exact: every value is a decimal.js number with a precision so large (1e9 digits) that the only
// operations used here (plus, minus, times) never round; the one rounding is explicit, half away
// from zero (Excel's ROUND), at the end. A rate given as a number is read as its shortest decimal
// text, so 0.02 is exactly 2 % (not the nearest double, 0.0200000000000000004...).
//
// Signs: income is negative in Danish public accounts. A negative base gives exactly the negated
// rows of the positive one, because rounding half away from zero is symmetric.

import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";
import { Exact, fromBigUnits, fromUnits, toUnits, checkUnit, type Unit } from "./money";
import { PLAIN_DECIMAL, readAmount, shown, wholeNumber } from "./read";

/** Half away from zero (decimal.js's ROUND_HALF_UP rounds the magnitude). */
const HALF_AWAY = Decimal.ROUND_HALF_UP;

/** The most years a compounded requirement runs over. */
export const MAX_YEARS = 50;

export const BASE_BUDGET: Subject = { label: "baseBudget" };

/** One year of a compounded requirement; every amount is a whole multiple of the unit. */
export interface RequirementRow {
  /** 1 for the first year of the requirement, up to `years`. */
  year: number;
  /** The budget at the start of the year: the end budget of the year before (the base in year 1). */
  startBudget: number;
  /** This year's requirement: cumulative minus last year's cumulative. */
  requirement: number;
  /** startBudget - requirement. */
  endBudget: number;
  /** The requirement so far: base - endBudget, the sum of the requirements of years 1..year. */
  cumulative: number;
}

// --- validation -------------------------------------------------------------------------------


/** An amount rounded half away from zero to a whole number of units, as an exact count. */
function amountUnits(value: unknown, unit: Unit, what: Subject): Exact {
  return new Exact(toUnits(readAmount(value, what), unit, what).toString());
}

/** A rate from 0 up to (not including) 1, read exactly. */
function checkRate(value: unknown): Exact {
  const given = typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && PLAIN_DECIMAL.test(value.trim()) ? value.trim() : null;
  const rate = given === null ? null : new Exact(given);
  if (rate !== null && rate.gte(0) && rate.lt(1)) return rate;
  throw new BudgetError("RATE_INVALID", { value: shown(value) });
}

function checkYears(value: unknown): number {
  const years = wholeNumber(value, 1, MAX_YEARS);
  if (years === null) throw new BudgetError("YEARS_INVALID", { value: shown(value) });
  return years;
}

// --- conversion back to numbers ---------------------------------------------------------------

/** A whole count of units back to kroner: the double nearest to the exact amount; never -0. */
function unitsToAmount(count: Exact, unit: Unit): number {
  if (count.isZero()) return 0;
  if (count.abs().lte(Number.MAX_SAFE_INTEGER)) return fromUnits(count.toNumber(), unit);
  return fromBigUnits(BigInt(count.toFixed(0)), unit);
}

// --- a yearly requirement compounded over several years ---------------------------------------

/**
 * A yearly requirement of `rate` over `years` years with compounding: year 1's requirement is
 * rate x base, year k's is rate x the budget after year k-1. Returns one row per year, k = 1..years.
 *
 * Rounding rule (so the rounded rows stay consistent and never drift from exact compounding):
 * the base B is rounded half away from zero to the unit; then for each year k the cumulative
 * requirement is the exact compounded value rounded half away from zero to the unit,
 *   cumulative_k  = round(B x (1 - (1 - rate)^k)),
 * and everything else follows by exact subtraction:
 *   requirement_k = cumulative_k - cumulative_(k-1)   (cumulative_0 = 0)
 *   startBudget_k = B - cumulative_(k-1),  endBudget_k = B - cumulative_k.
 * So Σ requirement = cumulative_years = B - endBudget_years, endBudget_k = startBudget_(k+1), and
 * every row's cumulative and end budget are within half a unit of the exact values. A year's
 * requirement may differ by one unit from round(rate x startBudget_k), because the rounding
 * follows the exact compounded path rather than last year's rounded budget. For B >= 0 the
 * requirements are 0 or more and the budgets never go below 0.
 *
 * rate: from 0 up to (not including) 1, e.g. 0.02 for 2 %. years: a whole number from 1 to 50.
 * base: an amount within the limits of money.ts, of either sign (income is negative:
 * compoundRequirement(-B) gives exactly the negated rows). unit: 0.01, 1 (default) or 1000 kr.
 * Checked in this order: unit (the amount limit depends on it), base, rate, years.
 */
export function compoundRequirement(base: number | string, rate: number | string, years: number, unit?: Unit): RequirementRow[] {
  const u = checkUnit(unit);
  const baseUnits = amountUnits(base, u, BASE_BUDGET);
  const keep = new Exact(1).minus(checkRate(rate));
  const count = checkYears(years);
  const rows: RequirementRow[] = [];
  let kept = new Exact(1); // (1 - rate)^k, exact
  let previous = new Exact(0); // cumulative_(k-1), in units
  for (let year = 1; year <= count; year++) {
    kept = kept.times(keep);
    const cumulative = baseUnits.times(new Exact(1).minus(kept)).toDecimalPlaces(0, HALF_AWAY);
    rows.push({
      year,
      startBudget: unitsToAmount(baseUnits.minus(previous), u),
      requirement: unitsToAmount(cumulative.minus(previous), u),
      endBudget: unitsToAmount(baseUnits.minus(cumulative), u),
      cumulative: unitsToAmount(cumulative, u),
    });
    previous = cumulative;
  }
  return rows;
}
