// The fast path of every projection method, in floating point on whole numbers, for the common
// line. It returns exactly what the decimal path (projection.ts) returns; anything outside its
// conditions returns null and goes the decimal path, with its checks and messages (so every error
// is the decimal path's).
//
// Every amount the arithmetic needs is read as a whole number k of 1/s kroner, with |k| <= 2^48:
// s = 100 at unit 0.01; at unit 1 and 1000, s = 1, or 100 when an amount has øre. Such k are
// doubles, and the amount is exactly k / s: at s = 100 the check fl(k / 100) === v says v is the
// double nearest to k / 100, and a decimal of at most 15 digits is the shortest text of that
// double, which is what the decimal path reads. With u = the unit in 1/s kroner (1, 100, 1000 or
// 100,000), every sum below is checked to stay below 2^53, where whole numbers are exact.
//
// - budget and ets need no whole amounts: each remaining month is toUnits() of the budget month,
//   or of the Holt-Winters forecast (ets.ts) of the same series the decimal path builds.
// - profile, runrate, prioryear: with a = the booked months' sum and a shape of whole weights
//   (the budget's sizes, the history's month sums, 1 each for runrate, or the historical profile's
//   weights times 10^10, which are whole: they have 10 decimals), T = round(a x total / (cum x u))
//   and R = T - round(a / u), as the decimal path's exact division; the weights are the decimal
//   path's times one common factor, which changes no quotient, floor, remainder order or tie. R is
//   spread by apportionFloat, exact under |R| x max weight + their sum <= 2^53 (checked), else by
//   the same largest remainder in BigInt (apportion).
// - round(a x total / d) is exact: directly when |a| x total + d < 2^53 (so is every product), else
//   from the float quotient when it lies clear of a half-way point by more than its error, else in
//   BigInt.
// The year-end is a + (the projected months' units) x u, in 1/s kroner, exact below 2^53.

import * as apportionment from "./apportion";
import * as historical from "./historicalProfile";
import { BudgetError } from "./errors";
import * as ets from "./ets";
import { adjustmentSubject, budgetSubject, type ForecastOptions } from "./forecastTerms";
import * as money from "./money";
import type { Unit } from "./money";
import * as profiles from "./profiles";
import * as whole from "./wholeAmounts";

/** Local copies: the test runner's module transform makes every use of an imported binding a getter call, and this runs line by line. */
const { apportion, apportionFloat, prepareWeights } = apportionment;
const { historicalGridOfUnits, historicalProfile } = historical;
const { holtWinters } = ets;
const { amountLimit, fromUnitsInto, MAX_AMOUNT_ORE, toUnits } = money;
const { divideWhole, roundedProduct, scaleOf, wholeAt } = whole;

const MONTHS = profiles.MONTHS;
/** 2^53: below it every whole number is a double. */
const EXACT = 2 ** 53;
/** The historical profile's weights have 10 decimals: times this they are whole. */
const WEIGHT_SCALE = 1e10;

/** Scratch weights and parts of the remaining months, one pair per count of remaining months. */
const fastWeights = Array.from({ length: MONTHS + 1 }, (_, k) => new Float64Array(k));
const fastParts = Array.from({ length: MONTHS + 1 }, (_, k) => new Float64Array(k));
const ones = Array.from({ length: MONTHS + 1 }, (_, k) => new Float64Array(k).fill(1));
const shape = new Float64Array(MONTHS);
/** The history as last read, row after row, in whole 1/s kroner (blanks 0). */
let historyUnits = new Float64Array(4 * MONTHS);

/** The line as read: its scale s, u = the unit in 1/s kroner, the months booked and their sum in 1/s kroner (NaN when one is not whole). */
const line = { s: 1, u: 1, m: 0, a: 0 };

/** The last fast projection's exact year-end in whole 1/s kroner (NaN when its booked months were not whole), and its s. */
let lastTotal = NaN;
let lastScale = 1;

/** Whether reading at 1 kr met an amount with a fraction, so that reading in øre may take it. */
let fractionSeen = false;

/** wholeAt() for the line being read, noting an amount with a fraction. */
function wholeOfLine(value: unknown): number {
  const k = wholeAt(value, line.s);
  if (k !== k && line.s === 1 && typeof value === "number" && !Number.isInteger(value)) fractionSeen = true;
  return k;
}

/** Reads the actuals: the months booked (no gap, every one a number within the limit) into `line`; false when the decimal path must. */
function readActuals(actuals: readonly (number | null)[], limit: number): boolean {
  if (!Array.isArray(actuals) || actuals.length > MONTHS) return false;
  let m = 0;
  let a = 0;
  for (let i = 0; i < actuals.length; i++) {
    const value = actuals[i];
    if (value === null || value === undefined) continue;
    if (m < i || typeof value !== "number" || !(Math.abs(value) <= limit)) return false;
    a += wholeOfLine(value);
    m++;
  }
  line.m = m;
  line.a = a;
  return true;
}

/** Whether every budget month is a number within the limit (the decimal path reads them all, whatever the method). */
function budgetReadable(budget: readonly number[], limit: number): boolean {
  if (!Array.isArray(budget) || budget.length !== MONTHS) return false;
  for (let i = 0; i < MONTHS; i++) {
    const b = budget[i];
    if (typeof b !== "number" || !(Math.abs(b) <= limit)) return false;
  }
  return true;
}

type History = readonly (readonly (number | null)[])[];

/**
 * Reads a history into `shape`: the month-by-month sums in 1/s kroner (blanks 0), exact; false
 * when a value is no number within the limit, is not whole, or the sums could pass 2^53.
 */
function readHistory(history: History): boolean {
  if (!Array.isArray(history)) return false;
  shape.fill(0);
  if (historyUnits.length < history.length * MONTHS) historyUnits = new Float64Array(2 * history.length * MONTHS);
  historyUnits.fill(0, 0, history.length * MONTHS);
  let largest = 0;
  for (let r = 0; r < history.length; r++) {
    const row = history[r];
    if (!Array.isArray(row) || row.length !== MONTHS) return false;
    for (let i = 0; i < MONTHS; i++) {
      const value = row[i];
      if (value === null || value === undefined) continue;
      // within 2^48 units an amount is within the amount limit at every unit
      const k = wholeOfLine(value);
      if (k !== k) return false;
      historyUnits[r * MONTHS + i] = k;
      shape[i] += k;
      if (Math.abs(k) > largest) largest = Math.abs(k);
    }
  }
  // every partial sum, and the sum of all 12 month sums, stays below 2^53
  return largest * history.length * MONTHS < EXACT;
}

/**
 * R = round(a x total / (cum x u)) - round(a / u) spread over the remaining months along the
 * whole weights `weights` (the shape's months m+1..12), into `parts`; false where not exact.
 */
function alongShape(a: number, cum: number, total: number, weights: Float64Array, parts: Float64Array): boolean {
  const { u } = line;
  if (cum === 0 || !(total < EXACT) || !(cum * u < EXACT)) return false;
  const target = roundedProduct(a, total, cum * u);
  if (target !== target) return false;
  const rest = target - divideWhole(a, u, "halfAwayFromZero");
  if (rest === 0) {
    parts.fill(0);
    return true;
  }
  const sum = total - cum;
  if (!(sum > 0)) return false;
  let maxWeight = 0;
  for (let i = 0; i < weights.length; i++) if (weights[i] > maxWeight) maxWeight = weights[i];
  if (Math.abs(rest) * maxWeight + sum < EXACT) apportionFloat(rest, weights, sum, parts);
  else {
    // the products pass 2^53 (large weights, such as the historical profile's): the same split in BigInt
    const split = apportion(rest, prepareWeights(Array.from(weights)));
    for (let i = 0; i < parts.length; i++) parts[i] = Number(split[i]);
  }
  return true;
}

/**
 * Along the sizes of 12 whole amounts of one sign (false for both signs): the remaining months'
 * sizes as the weights, the booked months' as the cumulative. With `flip`, as the prior years'
 * method scales by a over the same-period sum of a negative history, a's sign flips, and so do
 * the parts.
 */
function alongSizes(values: ArrayLike<number>, a: number, flip: boolean, parts: Float64Array): boolean {
  const { m } = line;
  const weights = fastWeights[MONTHS - m];
  let positive = false;
  let negative = false;
  let cum = 0;
  let total = 0;
  for (let i = 0; i < MONTHS; i++) {
    const k = values[i];
    if (k > 0) positive = true;
    else if (k < 0) negative = true;
    const w = k < 0 ? -k : k;
    total += w;
    if (i < m) cum += w;
    else weights[i - m] = w;
  }
  if (positive && negative) return false;
  const sign = flip && negative ? -1 : 1;
  if (!alongShape(sign * a, cum, total, weights, parts)) return false;
  if (sign < 0) for (let i = 0; i < parts.length; i++) parts[i] = parts[i] === 0 ? 0 : -parts[i];
  return true;
}

/** The budget as read, in whole 1/s kroner. */
const budgetUnits = new Float64Array(MONTHS);

/** The profile method along the budget's own sizes (all of one sign). */
function alongBudget(budget: readonly number[], parts: Float64Array): boolean {
  for (let i = 0; i < MONTHS; i++) {
    const k = wholeOfLine(budget[i]);
    if (k !== k) return false;
    budgetUnits[i] = k;
  }
  return alongSizes(budgetUnits, line.a, false, parts);
}

/** The profile method along the history's average shape (the historical profile, of minus the history when it sums below 0), from the history as read. */
function alongHistory(history: History, parts: Float64Array): boolean {
  let sum = 0;
  for (let i = 0; i < MONTHS; i++) sum += shape[i];
  const sign = sum < 0 ? -1 : 1;
  let grid: readonly (number | null)[] | null;
  try {
    // the weights times 10^10, which are whole: from the first pass on the history as read, else the full path
    grid = historicalGridOfUnits(historyUnits, history.length, sign);
    if (grid === null) grid = historicalProfile(sign < 0 ? history.map((row) => row.map((v) => (v === null || v === undefined ? v : -v))) : history).map((w) => Math.round(w * WEIGHT_SCALE));
  } catch (error) {
    if (error instanceof BudgetError) return false;
    throw error;
  }
  return alongSizes(grid as number[], line.a, false, parts);
}

/** The prior years' remaining months (the history's month sums, of one sign), scaled by a over their same-period sum. */
function alongPriorYears(history: History, parts: Float64Array): boolean {
  return history.length > 0 && alongSizes(shape, line.a, true, parts);
}

/** Each remaining month one amount rounded to the unit (the budget's, or the ets forecast's). */
function roundedMonths(amounts: ArrayLike<number>, from: number, unit: Unit, limit: number, parts: Float64Array): boolean {
  for (let i = 0; i < parts.length; i++) {
    const amount = amounts[from + i];
    if (!(Math.abs(amount) <= limit)) return false;
    parts[i] = toUnits(amount, unit, budgetSubject(line.m + i + 1)) as number;
  }
  return true;
}

/** The Holt-Winters series the decimal path builds: the history rows (blanks 0), then the months booked. */
function etsForecasts(actuals: readonly (number | null)[], history: History): number[] {
  const series: number[] = [];
  for (const row of history) for (let i = 0; i < MONTHS; i++) series.push(row[i] ?? 0);
  for (let i = 0; i < line.m; i++) series.push(actuals[i] as number);
  return holtWinters(series, MONTHS - line.m);
}

/** The projected months m+1..12 in units of the unit, before adjustments; false where the decimal path must. */
function project(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions, unit: Unit, limit: number, parts: Float64Array): boolean {
  const { method, history } = options;
  if (method === undefined || method === "budget") return roundedMonths(budget, line.m, unit, limit, parts);
  if (method === "ets") return history !== undefined && history.length >= 2 && roundedMonths(etsForecasts(actuals, history), 0, unit, limit, parts);
  if (line.m === 0 || line.a !== line.a) return false;
  if (method === "runrate") return alongShape(line.a, line.m, MONTHS, ones[MONTHS - line.m], parts);
  if (method === "prioryear") return history !== undefined && alongPriorYears(history, parts);
  return history === undefined ? alongBudget(budget, parts) : alongHistory(history, parts);
}

/** The adjustments of the remaining months added to the parts, each rounded to the unit; false where the decimal path must. */
function addAdjustments(adjustments: readonly number[] | undefined, unit: Unit, parts: Float64Array): boolean {
  if (adjustments === undefined) return true;
  if (!Array.isArray(adjustments) || adjustments.length !== MONTHS) return false;
  // within these limits toUnits raises nothing and counts in safe integers, as the decimal path does
  for (let i = 0; i < MONTHS; i++) {
    const x: unknown = adjustments[i];
    if (typeof x !== "number" || !(Math.abs(x) <= MAX_AMOUNT_ORE)) return false;
  }
  const { m } = line;
  for (let i = 0; i < parts.length; i++) {
    const adjustment = toUnits(adjustments[m + i], unit, adjustmentSubject(m + i + 1)) as number;
    if (!(Math.abs(parts[i]) + Math.abs(adjustment) < EXACT)) return false;
    parts[i] += adjustment;
  }
  return true;
}

/**
 * The 12 months by the method (the booked months as they are, then the projected months plus
 * adjustments) on the fast path, or null for the decimal path. Exported so the tests can tell
 * which path a line took.
 */
export function projectFast(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): number[] | null {
  const unit = options.unit ?? 1;
  const { method } = options;
  if (unit !== 0.01 && unit !== 1 && unit !== 1000) return null;
  if (method !== undefined && method !== "budget" && method !== "profile" && method !== "runrate" && method !== "prioryear" && method !== "ets") return null;
  fractionSeen = false;
  const months = projectAt(scaleOf(unit), actuals, budget, options, unit);
  // amounts with øre at unit 1 or 1000: read again in whole øre (u = 100 or 100,000)
  return months === null && fractionSeen ? projectAt(100, actuals, budget, options, unit) : months;
}

/** projectFast() with every amount read in whole 1/s kroner. */
function projectAt(s: number, actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions, unit: Unit): number[] | null {
  const limit = amountLimit(unit);
  line.s = s;
  line.u = unit === 0.01 ? 1 : unit * s;
  lastTotal = NaN;
  // an amount with øre read at 1 kr: begin again in øre
  if (!readActuals(actuals, limit) || (fractionSeen && s === 1) || !budgetReadable(budget, limit)) return null;
  // the decimal path reads a history given to any method
  if (options.history !== undefined && !readHistory(options.history)) return null;
  const { m } = line;
  const parts = fastParts[MONTHS - m];
  if (m < MONTHS && !project(actuals, budget, options, unit, limit, parts)) return null;
  if (!addAdjustments(options.adjustments, unit, parts)) return null;

  let units = 0;
  for (let i = 0; i < parts.length; i++) units += parts[i];
  const total = line.a + units * line.u;
  lastTotal = Math.abs(units) < EXACT && Math.abs(total) < EXACT ? total : NaN;
  lastScale = s;
  const months = new Array<number>(MONTHS);
  for (let i = 0; i < m; i++) months[i] = actuals[i] as number;
  fromUnitsInto(parts, unit, months, m);
  return months;
}

/** The last fast projection's year-end: exact, in whole 1/scale kroner (units NaN when its booked months were not whole at that scale). */
const last = { units: NaN, scale: 1 };

/** The exact year-end of the line projectFast() last returned months for. */
export function lastYearEnd(): { readonly units: number; readonly scale: number } {
  last.units = lastTotal;
  last.scale = lastScale;
  return last;
}

/** One options object for the backtest's projections, filled in per call (read at once, never kept). */
const priorOptions: { method: ForecastOptions["method"]; history: History | undefined; unit: Unit } = { method: "runrate", history: undefined, unit: 1 };
const NO_BUDGET: readonly number[] = new Array<number>(MONTHS).fill(0);

/**
 * For the backtest, from amounts already read and checked: a prior year projected at month m by
 * a method, with the years before it as its history, as its exact year-end in whole 1/s kroner
 * (s = 100 at unit 0.01; 1 or 100 otherwise).
 * `booked` are the year's months 1..m (blanks as 0) and `a` their sum in whole 1/s kroner; `sums`
 * the month-by-month sums of `before` in whole 1/s kroner, exact, and `rows` its rows in whole
 * 1/s kroner, row after row (blanks 0). NaN where the full path must
 * decide (projectedYearEndUnits, with its errors).
 */
export function priorYearEndUnits(
  method: ForecastOptions["method"],
  booked: readonly number[],
  a: number,
  before: History | undefined,
  sums: Float64Array,
  rows: Float64Array,
  unit: Unit,
  s: number,
): number {
  const limit = amountLimit(unit);
  line.s = s;
  line.u = unit === 0.01 ? 1 : unit * s;
  line.m = booked.length;
  line.a = a;
  if (line.m === MONTHS) return Math.abs(a) <= limit * line.s ? a : NaN;
  shape.set(sums);
  const count = (before?.length ?? 0) * MONTHS;
  if (historyUnits.length < count) historyUnits = new Float64Array(2 * count);
  historyUnits.set(rows.subarray(0, count));
  priorOptions.method = method;
  priorOptions.history = before;
  priorOptions.unit = unit;
  const parts = fastParts[MONTHS - line.m];
  if (!project(booked, NO_BUDGET, priorOptions, unit, limit, parts)) return NaN;
  // every projected month within the amount limit, as the full path checks
  const largest = limit / unit;
  let units = 0;
  for (let i = 0; i < parts.length; i++) {
    if (!(Math.abs(parts[i]) <= largest)) return NaN;
    units += parts[i];
  }
  const total = a + units * line.u;
  return Math.abs(units) < EXACT && Math.abs(total) <= limit * line.s ? total : NaN;
}
