// Projecting the year-end: the months booked so far, kept as they are, then the remaining months
// projected by one of five methods, plus known adjustments. Money is exact: each projected month is
// a whole number of rounding units (half away from zero), and yearEnd is the exact decimal sum of
// the 12 months.
//
// Methods, with m booked months, A = actual to date (exact sum of months 1..m), round() = to the
// unit, half away from zero, and rest R = T - round(A) for a year-end target T:
// - budget:    each remaining month is its budget month rounded to the unit.
// - profile:   T = round(A / cumulative share of months 1..m), the shape being the budget's own
//              months (all of one sign; their sizes) or, with a history, the average shape of the
//              history years (historicalProfile). R is spread over months m+1..12 along the shape
//              by largest remainder (core/apportion.ts), so the year-end is exactly T when A lies
//              on the unit (booked actuals normally do; otherwise it is off by A - round(A)).
// - runrate:   T = round(A / m x 12), R spread equally over the remaining months (largest
//              remainder: the earlier months take the leftover units).
// - prioryear: the remaining months of the prior years (the month-by-month sum of all history
//              rows, i.e. last year when one row is given, their average shape otherwise), scaled
//              by A over the same-period prior actual: T = round(A x prior total / prior months
//              1..m), R spread along the prior remaining months.
// - ets:       additive Holt-Winters, period 12, fitted on the history rows followed by this
//              year's booked months, with fixed smoothing constants ALPHA 0.3, BETA 0.1, GAMMA 0.2.
//              Initial values from the first two seasons (mean1, mean2): trend (mean2 - mean1)/12,
//              level at time -1 mean1 - 6.5 x trend, season i the average over both seasons of the
//              month minus the linear trend line, so a linear trend plus a repeating pattern is
//              recovered exactly (ets.ts). Each h-step forecast (level + h x trend + season) is
//              rounded to the unit on its own. This is a model in floating point, not an exact
//              identity. Needs at least 24 months (2 rows) of history.
// Adjustments (12 amounts, rounded to the unit) are added to the projected months; an adjustment
// in a booked month is ignored, since the booking is already in the actuals. A year with all 12
// months booked projects exactly its actual total, whatever the method. Blank history months
// count as 0.
// The method "auto" is resolved before a projection runs (autoMethod.ts). Every method has a float
// fast path on whole numbers (projectionFast.ts) for the common line; it returns exactly what the
// decimal path here returns, and anything outside its conditions goes this path, with its checks
// and messages.

import Decimal from "decimal.js";
import { apportion, prepareWeights } from "./apportion";
import { historicalProfile } from "./derivedProfiles";
import { BudgetError } from "./errors";
import type { Shape } from "./errors";
import {
  actualSubject,
  adjustmentSubject,
  budgetSubject,
  FORECAST_METHODS,
  historyCell,
  projectionSubject,
  YEAR_END,
  type ForecastMethod,
  type ForecastOptions,
  type ProjectionOptions,
} from "./forecastTerms";
import { amountLimit, checkResult, divideRounded, Exact, fromBigUnits, fromUnits, toDecimal, toUnits, checkUnit, type Unit, type Units } from "./money";
import { holtWinters } from "./ets";
import * as fast from "./projectionFast";
import { MONTHS } from "./profiles";

/** Local copies: an imported binding can cost a lookup per use, and a forecast runs line by line. */
const { projectFast, lastYearEnd } = fast;

const big = (u: Units): bigint => BigInt(u);
const toAmount = (u: Units | bigint, unit: Unit): number => {
  if (typeof u === "number") return fromUnits(u, unit);
  return u >= -BigInt(Number.MAX_SAFE_INTEGER) && u <= BigInt(Number.MAX_SAFE_INTEGER) ? fromUnits(Number(u), unit) : fromBigUnits(u, unit);
};

/** A Decimal rounded to the unit, half away from zero, as a count of units. */
function roundUnits(value: Decimal, unit: Unit): bigint {
  return divideRounded(value, new Exact(unit));
}

interface Prepared {
  unit: Unit;
  method: ForecastMethod;
  /** The booked months, exact. */
  booked: Decimal[];
  budget: number[];
  history: Decimal[][] | undefined;
  rawHistory: readonly (readonly (number | null)[])[] | undefined;
  adjustments: bigint[];
}

function prepare(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): Prepared {
  const unit = checkUnit(options.unit);
  const method = options.method ?? "budget";
  if (method === "auto" || !FORECAST_METHODS.includes(method)) throw new BudgetError("FORECAST_METHOD_UNKNOWN", { text: String(method) });

  if (actuals.length > MONTHS) throw new BudgetError("ACTUALS_LENGTH", { count: actuals.length });
  const booked: Decimal[] = [];
  for (let i = 0; i < actuals.length; i++) {
    const value = actuals[i];
    if (value === null || value === undefined) continue;
    if (booked.length < i) throw new BudgetError("ACTUALS_GAP", { month: i + 1, blank: booked.length + 1 });
    booked.push(toDecimal(value, actualSubject(i + 1), unit));
  }

  if (budget.length !== MONTHS) throw new BudgetError("BUDGET_LENGTH", { count: budget.length });
  budget.forEach((b, i) => toDecimal(b, budgetSubject(i + 1), unit));

  let history: Decimal[][] | undefined;
  if (options.history !== undefined) {
    if (!Array.isArray(options.history)) throw new BudgetError("HISTORY_SHAPE");
    history = options.history.map((row, r) => {
      if (!Array.isArray(row)) throw new BudgetError("HISTORY_SHAPE");
      if (row.length !== MONTHS) throw new BudgetError("HISTORY_LENGTH", { row: r + 1, count: row.length });
      return row.map((v: number | null, m) => (v === null || v === undefined ? new Exact(0) : toDecimal(v, historyCell(r + 1, m + 1), unit)));
    });
  }

  const adjustments = new Array<bigint>(MONTHS).fill(0n);
  if (options.adjustments !== undefined) {
    if (options.adjustments.length !== MONTHS) throw new BudgetError("ADJUSTMENTS_LENGTH", { count: options.adjustments.length });
    options.adjustments.forEach((a, i) => (adjustments[i] = big(toUnits(a, unit, adjustmentSubject(i + 1)))));
  }
  return { unit, method, booked, budget: [...budget], history, rawHistory: options.history, adjustments };
}

/** Sizes of a one-signed series as weights; both signs is an error. */
function signedSizes(values: readonly Decimal[], shape: Shape): number[] {
  const positive = values.some((v) => v.greaterThan(0));
  const negative = values.some((v) => v.lessThan(0));
  if (positive && negative) throw new BudgetError("FORECAST_SHAPE_SIGNS", { shape });
  return values.map((v) => v.abs().toNumber());
}

/** R units spread over the remaining months along the weights, by largest remainder. */
function spread(rest: bigint, weights: readonly number[]): bigint[] {
  if (rest === 0n) return weights.map(() => 0n);
  const prepared = prepareWeights(weights);
  const count: Units = rest >= -BigInt(Number.MAX_SAFE_INTEGER) && rest <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(rest) : rest;
  return apportion(count, prepared).map(big);
}

/** Target year-end T along a 12-month shape: round(A x total / cumulative), then the rest spread. */
function alongShape(p: Prepared, actualToDate: Decimal, shape: readonly number[], name: Shape): bigint[] {
  const m = p.booked.length;
  const cumulative = shape.slice(0, m).reduce((s, w) => s.plus(w), new Exact(0));
  const remaining = shape.slice(m);
  const total = cumulative.plus(remaining.reduce((s, w) => s.plus(w), new Exact(0)));
  if (cumulative.isZero()) throw new BudgetError("FORECAST_SHAPE_ZERO", { shape: name, booked: m });
  // T = round(A x total / (cumulative x unit)), one exact division
  const target = divideRounded(actualToDate.times(total), cumulative.times(p.unit));
  return spread(target - roundUnits(actualToDate, p.unit), remaining);
}

/** The projected months m+1..12 in units, before adjustments. */
function project(p: Prepared): bigint[] {
  const m = p.booked.length;
  const { unit, method } = p;
  const actualToDate = p.booked.reduce((s, v) => s.plus(v), new Exact(0));
  if (method === "budget") return p.budget.slice(m).map((b, i) => big(toUnits(b, unit, budgetSubject(m + i + 1))));
  if (method === "ets") {
    const rows = p.history ?? [];
    if (rows.length < 2) throw new BudgetError("ETS_HISTORY", { count: rows.length * MONTHS });
    const series = [...rows.flat(), ...p.booked].map((d) => d.toNumber());
    return holtWinters(series, MONTHS - m).map((v, i) => big(toUnits(v, unit, budgetSubject(m + i + 1))));
  }
  if (m === 0) throw new BudgetError("FORECAST_NOTHING_BOOKED", { method });
  if (method === "runrate") {
    const target = divideRounded(actualToDate.times(MONTHS), new Exact(m).times(unit));
    return spread(target - roundUnits(actualToDate, unit), new Array<number>(MONTHS - m).fill(1));
  }
  if (method === "prioryear") {
    const rows = p.history ?? [];
    if (rows.length === 0) throw new BudgetError("HISTORY_EMPTY");
    const sums = Array.from({ length: MONTHS }, (_, i) => rows.reduce((s, row) => s.plus(row[i]), new Exact(0)));
    const sizes = signedSizes(sums, "history");
    const sign = sums.some((v) => v.lessThan(0)) ? -1 : 1;
    // scale by A / prior same-period actual: with the sizes of a negative history, A's sign flips
    return alongShape(p, actualToDate.times(sign), sizes, "history").map((u) => (sign < 0 ? -u : u));
  }
  // profile
  if (p.rawHistory !== undefined) {
    const flat = (p.history ?? []).flat();
    const negative = flat.reduce((s, v) => s.plus(v), new Exact(0)).lessThan(0);
    const rows = negative ? p.rawHistory.map((row) => row.map((v) => (v === null || v === undefined ? v : -v))) : p.rawHistory;
    return alongShape(p, actualToDate, historicalProfile(rows), "historyProfile");
  }
  const sizes = signedSizes(p.budget.map((b) => new Exact(b)), "budget");
  if (sizes.every((w) => w === 0)) throw new BudgetError("FORECAST_SHAPE_ZERO", { shape: "budget", booked: m });
  return alongShape(p, actualToDate, sizes, "budget");
}

/** The decimal path: the 12 months (booked, then projected plus adjustments) and their exact sum. */
export function projectDecimal(actuals: readonly (number | null)[], budget: readonly number[], options: ProjectionOptions = {}): { months: number[]; total: Decimal } {
  const p = prepare(actuals, budget, options);
  const m = p.booked.length;
  const bookedAmounts = p.booked.map((d) => d.toNumber());
  let total = p.booked.reduce((s, v) => s.plus(v), new Exact(0));
  if (m === MONTHS) return { months: bookedAmounts, total };
  const projected = project(p).map((u, i) => u + p.adjustments[m + i]);
  const restUnits = projected.reduce((s, u) => s + u, 0n);
  total = total.plus(new Exact(restUnits.toString()).times(p.unit));
  return { months: [...bookedAmounts, ...projected.map((u) => toAmount(u, p.unit))], total };
}

/** Every projected month within the amount limit (a projection can scale a small share up a lot). */
function checkMonths(months: readonly number[], unit: Unit | undefined): readonly number[] {
  const limit = amountLimit(unit);
  for (let i = 0; i < months.length; i++) {
    if (!(Math.abs(months[i]) <= limit)) checkResult(months[i], projectionSubject(i + 1), unit);
  }
  return months;
}

/** The 12 months by the method: the booked months as they are, then the projected months (plus adjustments). */
export function projectedMonths(actuals: readonly (number | null)[], budget: readonly number[], options: ProjectionOptions = {}): number[] {
  const months = projectFast(actuals, budget, options) ?? projectDecimal(actuals, budget, options).months;
  checkMonths(months, options.unit);
  return months;
}

/**
 * The projected year-end, checked (every month and the year-end within the amount limit): from
 * the fast path exactly, as a whole number of 1/scale kroner, else as the exact decimal sum of the
 * 12 months.
 */
function checkedYearEnd(actuals: readonly (number | null)[], budget: readonly number[], options: ProjectionOptions): { units: number; scale: number } | { total: Decimal } {
  const fastMonths = projectFast(actuals, budget, options);
  if (fastMonths !== null) {
    checkMonths(fastMonths, options.unit);
    const { units, scale } = lastYearEnd();
    if (units === units) {
      if (!(Math.abs(units) <= amountLimit(options.unit) * scale)) checkResult(new Exact(units).dividedBy(scale), YEAR_END, options.unit);
      return { units, scale };
    }
  }
  const { months, total } = fastMonths !== null ? { months: fastMonths, total: fastMonths.reduce((sum: Exact, v) => sum.plus(v), new Exact(0)) } : projectDecimal(actuals, budget, options);
  checkMonths(months, options.unit);
  checkResult(total, YEAR_END, options.unit);
  return { total };
}

/**
 * The projected year-end by the method in whole 1/s kroner (s = 100 at unit 0.01; 1 or 100
 * otherwise), exact, for a line whose booked months are whole at that scale (the backtest's prior
 * years; the projected months are whole units).
 */
export function projectedYearEndUnits(actuals: readonly (number | null)[], budget: readonly number[], options: ProjectionOptions, s: number): number {
  const yearEnd = checkedYearEnd(actuals, budget, options);
  if ("units" in yearEnd && yearEnd.scale === s) return yearEnd.units;
  const whole = ("units" in yearEnd ? new Exact(yearEnd.units).dividedBy(yearEnd.scale) : yearEnd.total).times(s);
  if (!whole.isInteger()) throw new Error(`a year-end of ${whole.dividedBy(s).toString()} is not whole at the scale of unit ${String(options.unit ?? 1)}`);
  return whole.toNumber();
}

/** The projected year-end by the method: the exact decimal sum of the 12 months, within the amount limit. */
export function projectedYearEnd(actuals: readonly (number | null)[], budget: readonly number[], options: ProjectionOptions = {}): number {
  const yearEnd = checkedYearEnd(actuals, budget, options);
  if (!("units" in yearEnd)) return yearEnd.total.toNumber();
  // the division is correctly rounded: the number nearest the exact decimal, as toNumber() gives
  const amount = yearEnd.units / yearEnd.scale;
  return amount === 0 ? 0 : amount;
}
