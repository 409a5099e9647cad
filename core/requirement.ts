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
import { Exact, fromBigUnits, fromUnits, toUnits, UNITS, type Unit } from "./money";

/** Half away from zero (decimal.js's ROUND_HALF_UP rounds the magnitude). */
const HALF_AWAY = Decimal.ROUND_HALF_UP;

/** The most years a compounded requirement runs over. */
export const MAX_YEARS = 50;

export const BASE_BUDGET: Subject = { what: "base budget", whatDa: "basisbudget", blankDa: "tomt" };

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

const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** What a bad argument was, for messages: numbers as JavaScript writes them, text in quotes. */
function describeValue(value: unknown): { text: string; textDa: string } {
  if (value === null || value === undefined) return { text: "blank", textDa: "tom" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", textDa: value ? "TRUE" : "FALSE" };
  if (typeof value === "string") return { text: `"${value}"`, textDa: `"${value}"` };
  const text = String(value);
  return { text, textDa: text };
}

function checkUnit(unit: unknown): Unit {
  if (unit === undefined) return 1;
  if ((UNITS as readonly unknown[]).includes(unit)) return unit as Unit;
  throw new BudgetError("UNIT_INVALID", { text: String(unit) });
}

/** A number or plain decimal text as an exact decimal, or null if it is neither. */
function exactOrNull(value: unknown): Exact | null {
  if (typeof value === "number") return Number.isFinite(value) ? new Exact(value) : null;
  if (typeof value === "string" && PLAIN_DECIMAL.test(value.trim())) return new Exact(value.trim());
  return null;
}

/** The errors every amount-like cell shares: blank, TRUE/FALSE, not a number or plain text. */
function rejectNonAmount(value: unknown, subject: Subject): void {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) {
    throw new BudgetError("AMOUNT_BLANK", { ...subject });
  }
  if (typeof value === "boolean") throw new BudgetError("AMOUNT_BOOLEAN", { ...subject, text: value ? "TRUE" : "FALSE" });
  if (typeof value !== "number" && typeof value !== "string") throw new BudgetError("AMOUNT_TEXT", { ...subject, text: String(value) });
}

/** An amount rounded half away from zero to a whole number of units, as an exact count. */
function amountUnits(value: unknown, unit: Unit, subject: Subject): Exact {
  rejectNonAmount(value, subject);
  return new Exact(toUnits(value as number | string, unit, subject).toString());
}

/** A rate from 0 up to (not including) 1, read exactly. */
function checkRate(value: unknown): Exact {
  const rate = exactOrNull(value);
  if (rate !== null && rate.gte(0) && rate.lt(1)) return rate;
  throw new BudgetError("RATE_INVALID", describeValue(value));
}

/** The number of years: a whole number from 1 to MAX_YEARS. */
function checkYears(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1 && value <= MAX_YEARS) return value;
  throw new BudgetError("YEARS_INVALID", describeValue(value));
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
