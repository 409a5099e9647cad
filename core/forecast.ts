// Projecting the year-end (DESIGN.md job 3): the months booked so far, kept as they are, then the
// remaining months projected by one of five methods, plus known adjustments. Money is exact: each
// projected month is a whole number of rounding units (half away from zero), and yearEnd is the
// exact decimal sum of the 12 months.
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
//              recovered exactly. Each h-step forecast (level + h x trend + season) is rounded to
//              the unit on its own. This is a model in floating point, not an exact identity.
//              Needs at least 24 months (2 rows) of history.
// - auto:      the method the backtest (core/backtest.ts) recommends: the lowest mean absolute
//              percentage error on the history years at this month; FORECAST_AUTO_HISTORY when the
//              history is too short for any method to be tested.
// Adjustments (12 amounts, rounded to the unit) are added to the projected months; an adjustment
// in a booked month is ignored, since the booking is already in the actuals. A year with all 12
// months booked projects exactly its actual total, whatever the method. Blank history months
// count as 0.
//
// The profile method along the budget (no history) has a float fast path (profileFast) for the
// common line; it returns exactly what the decimal path returns, and anything outside its
// conditions goes the decimal path, with its checks and messages.

import Decimal from "decimal.js";
import { apportion, apportionFloat, floorDivide, prepareWeights } from "./apportion";
import { historicalProfile } from "./derivedProfiles";
import { backtestExact } from "./backtest";
import { BudgetError, type Subject } from "./errors";
import { amountLimit, checkResult, divideRounded, Exact, fromBigUnits, fromUnits, fromUnitsInto, MAX_AMOUNT_ORE, toDecimal, toUnits, UNITS, type Unit, type Units } from "./money";
import { MONTHS } from "./profiles";

export const FORECAST_METHODS = ["budget", "profile", "runrate", "prioryear", "ets"] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** The fixed smoothing constants of the ets method: level, trend, season. */
export const ETS_ALPHA = 0.3;
export const ETS_BETA = 0.1;
export const ETS_GAMMA = 0.2;

export interface ForecastOptions {
  /** Projection method; default "budget". "auto": the backtest's best method (core/backtest.ts). */
  method?: ForecastMethod | "auto";
  /** Prior years' monthly actuals, oldest first, one row of 12 per year (blanks count as 0). */
  history?: readonly (readonly (number | null)[])[];
  /** 12 amounts added on top of the projected months (one-off bookings, decided measures). */
  adjustments?: readonly number[];
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
}

export const actualSubject = (month: number): Subject => ({ what: `actual for month ${month}`, whatDa: `forbrug for måned ${month}`, blankDa: "tomt" });
export const budgetSubject = (month: number): Subject => ({ what: `budget for month ${month}`, whatDa: `budget for måned ${month}`, blankDa: "tomt" });
export const adjustmentSubject = (month: number): Subject => ({ what: `adjustment for month ${month}`, whatDa: `korrektion for måned ${month}`, blankDa: "tom" });
const projectionSubject = (month: number): Subject => ({
  what: `the projection for month ${month}`,
  whatDa: `fremskrivningen for måned ${month}`,
  blankDa: "tom",
});
export const YEAR_END: Subject = { what: "the projected year-end", whatDa: "det forventede årsresultat", blankDa: "tomt" };
const historyCell = (row: number, month: number): Subject => ({
  what: `history row ${row}, month ${month}`,
  whatDa: `historik række ${row}, måned ${month}`,
  blankDa: "tom",
});

const monthsText = (m: number) => (m === 1 ? { months: "month 1", monthsDa: "måned 1" } : { months: `months 1-${m}`, monthsDa: `månederne 1-${m}` });

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
  const unit = options.unit ?? 1;
  if (!UNITS.includes(unit)) throw new BudgetError("UNIT_INVALID", { text: String(unit) });
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
function signedSizes(values: readonly Decimal[], shape: string, shapeDa: string): number[] {
  const positive = values.some((v) => v.greaterThan(0));
  const negative = values.some((v) => v.lessThan(0));
  if (positive && negative) throw new BudgetError("FORECAST_SHAPE_SIGNS", { shape, shapeDa });
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
function alongShape(p: Prepared, actualToDate: Decimal, shape: readonly number[], name: string, nameDa: string): bigint[] {
  const m = p.booked.length;
  const cumulative = shape.slice(0, m).reduce((s, w) => s.plus(w), new Exact(0));
  const remaining = shape.slice(m);
  const total = cumulative.plus(remaining.reduce((s, w) => s.plus(w), new Exact(0)));
  if (cumulative.isZero()) throw new BudgetError("FORECAST_SHAPE_ZERO", { shape: name, shapeDa: nameDa, ...monthsText(m) });
  // T = round(A x total / (cumulative x unit)), one exact division
  const target = divideRounded(actualToDate.times(total), cumulative.times(p.unit));
  return spread(target - roundUnits(actualToDate, p.unit), remaining);
}

function holtWinters(series: readonly number[], horizon: number): number[] {
  const mean1 = series.slice(0, 12).reduce((a, b) => a + b, 0) / 12;
  const mean2 = series.slice(12, 24).reduce((a, b) => a + b, 0) / 12;
  let trend = (mean2 - mean1) / 12;
  let level = mean1 - 6.5 * trend;
  const season = Array.from({ length: 12 }, (_, i) => (series[i] - (mean1 + (i - 5.5) * trend) + series[i + 12] - (mean2 + (i - 5.5) * trend)) / 2);
  for (let t = 0; t < series.length; t++) {
    const s = season[t % 12];
    const next = ETS_ALPHA * (series[t] - s) + (1 - ETS_ALPHA) * (level + trend);
    trend = ETS_BETA * (next - level) + (1 - ETS_BETA) * trend;
    season[t % 12] = ETS_GAMMA * (series[t] - next) + (1 - ETS_GAMMA) * s;
    level = next;
  }
  const n = series.length;
  return Array.from({ length: horizon }, (_, k) => level + (k + 1) * trend + season[(n + k) % 12]);
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
    const sizes = signedSizes(sums, "history", "historikken");
    const sign = sums.some((v) => v.lessThan(0)) ? -1 : 1;
    // scale by A / prior same-period actual: with the sizes of a negative history, A's sign flips
    return alongShape(p, actualToDate.times(sign), sizes, "history", "historikken").map((u) => (sign < 0 ? -u : u));
  }
  // profile
  if (p.rawHistory !== undefined) {
    const flat = (p.history ?? []).flat();
    const negative = flat.reduce((s, v) => s.plus(v), new Exact(0)).lessThan(0);
    const rows = negative ? p.rawHistory.map((row) => row.map((v) => (v === null || v === undefined ? v : -v))) : p.rawHistory;
    return alongShape(p, actualToDate, historicalProfile(rows), "history profile", "historikprofilen");
  }
  const sizes = signedSizes(p.budget.map((b) => new Exact(b)), "budget", "budgettet");
  if (sizes.every((w) => w === 0)) throw new BudgetError("FORECAST_SHAPE_ZERO", { shape: "budget", shapeDa: "budgettet", ...monthsText(m) });
  return alongShape(p, actualToDate, sizes, "budget", "budgettet");
}

/** "auto" becomes the method the backtest on the history recommends; other methods stay as they are. */
function resolveAuto(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): ForecastOptions {
  if (options.method !== "auto") return options;
  const history = options.history ?? [];
  const { month, best } = backtestExact(actuals, budget, history, options.unit);
  if (best === null) throw new BudgetError("FORECAST_AUTO_HISTORY", { count: Array.isArray(history) ? history.length : 0, month });
  return { ...options, method: best };
}

function run(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): { months: number[]; total: Decimal } {
  const p = prepare(actuals, budget, resolveAuto(actuals, budget, options));
  const m = p.booked.length;
  const bookedAmounts = p.booked.map((d) => d.toNumber());
  let total = p.booked.reduce((s, v) => s.plus(v), new Exact(0));
  if (m === MONTHS) return { months: bookedAmounts, total };
  const projected = project(p).map((u, i) => u + p.adjustments[m + i]);
  const restUnits = projected.reduce((s, u) => s + u, 0n);
  total = total.plus(new Exact(restUnits.toString()).times(p.unit));
  return { months: [...bookedAmounts, ...projected.map((u) => toAmount(u, p.unit))], total };
}

// --- the fast path: profile along the budget, in floating point ---------------------------------
//
// Every amount is read as a whole number k of 1/s kroner (s = 100 at unit 0.01, else 1), with
// |k| <= 2^48. Such k are doubles, and the amount is exactly k / s: at s = 100 the check
// fl(k / 100) === v says v is the double nearest to k / 100, and a decimal of at most 15 digits is
// the shortest text of that double, which is what the decimal path reads. With m <= 11 booked
// months, a = sum of booked k and total = sum of the 12 budget |k| stay below 12 x 2^48 < 2^52,
// so the sums are exact. With u = unit x s (1 or 1000) and D = cum x u, the test
// |a| x total + D < 2^53 is exact in floating point (rounding is monotone and 2^53 is a double),
// and under it |a| x total, D and the floor divisions below are exact: T = round(a x total / D),
// round(A) = round(a / u) and R = T - round(A) are the exact integers, as the decimal path's
// (exact sums and products, one exact rounded division: money.ts divideRounded). The spread is
// apportionFloat, exact under |R| x max weight + their sum <= 2^53 (checked per line); the
// weights |k| are the decimal path's weights times one common factor, which changes no floor,
// remainder order or tie.

/** 2^53: below it every whole number is a double. */
const EXACT = 2 ** 53;
/** The largest |k| the fast path takes, 2^48 (12 of them sum below 2^52). */
const FAST_LIMIT = 2 ** 48;

/** Scratch weights and parts of the remaining months, one pair per count of remaining months. */
const fastWeights = Array.from({ length: MONTHS }, (_, k) => new Float64Array(k));
const fastParts = Array.from({ length: MONTHS }, (_, k) => new Float64Array(k));

/** An amount as whole 1/s kroner, or NaN when it is not one within the fast path's limit. */
function wholeAt(value: unknown, s: number): number {
  if (typeof value !== "number") return NaN;
  const k = s === 1 ? value : Math.round(value * s);
  return Number.isInteger(k) && Math.abs(k) <= FAST_LIMIT && (s === 1 || k / s === value) ? k : NaN;
}

/** round(n / d) half away from zero, for whole n and d > 0 with |n| + d <= 2^53. */
function roundHalfAway(n: number, d: number): number {
  const magnitude = n < 0 ? -n : n;
  const q = floorDivide(magnitude, d);
  const rounded = 2 * (magnitude - q * d) >= d ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

/**
 * The profile method along the budget's own shape, in floating point, when the line meets the
 * conditions above (and its adjustments are plain numbers); null sends it to the decimal path.
 * Exported so the tests can tell which path a line took.
 */
export function profileFast(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): number[] | null {
  if (options.method !== "profile" || options.history !== undefined) return null;
  const unit = options.unit ?? 1;
  if (unit !== 0.01 && unit !== 1 && unit !== 1000) return null;
  // below, budget.length (checked to be 12) stands for the imported MONTHS, which the test
  // runner's module transform turns into a getter call at every use
  if (!Array.isArray(actuals) || !Array.isArray(budget) || budget.length !== MONTHS || actuals.length > budget.length) return null;
  const s = unit === 0.01 ? 100 : 1;
  const u = unit === 1000 ? 1000 : 1;

  let m = 0;
  let a = 0;
  for (let i = 0; i < actuals.length; i++) {
    const value = actuals[i];
    if (value === null || value === undefined) continue;
    if (m < i) return null; // a gap
    const k = wholeAt(value, s);
    if (k !== k) return null;
    a += k;
    m++;
  }
  const monthCount = budget.length;
  if (m === 0 || m === monthCount) return null;

  const len = monthCount - m;
  const weights = fastWeights[len];
  let positive = false;
  let negative = false;
  let cum = 0;
  let total = 0;
  let maxWeight = 0;
  for (let i = 0; i < monthCount; i++) {
    const k = wholeAt(budget[i], s);
    if (k !== k) return null;
    if (k > 0) positive = true;
    else if (k < 0) negative = true;
    const w = k < 0 ? -k : k;
    total += w;
    if (i < m) cum += w;
    else {
      weights[i - m] = w;
      if (w > maxWeight) maxWeight = w;
    }
  }
  if ((positive && negative) || cum === 0) return null;
  const d = cum * u;
  if (!(Math.abs(a) * total + d < EXACT)) return null;

  const rest = roundHalfAway(a * total, d) - roundHalfAway(a, u);
  const sum = total - cum;
  const parts = fastParts[len];
  if (rest === 0) parts.fill(0);
  else if (sum > 0 && Math.abs(rest) * maxWeight + sum < EXACT) apportionFloat(rest, weights, sum, parts);
  else return null;

  const adjustments = options.adjustments;
  if (adjustments !== undefined) {
    if (!Array.isArray(adjustments) || adjustments.length !== monthCount) return null;
    // within these limits toUnits raises nothing and counts in safe integers, as prepare() does
    for (let i = 0; i < monthCount; i++) {
      const x: unknown = adjustments[i];
      if (typeof x !== "number" || !(Math.abs(x) <= MAX_AMOUNT_ORE)) return null;
    }
    for (let i = 0; i < len; i++) {
      const adjustment = toUnits(adjustments[m + i], unit, adjustmentSubject(m + i + 1)) as number;
      if (!(Math.abs(parts[i]) + Math.abs(adjustment) < EXACT)) return null;
      parts[i] += adjustment;
    }
  }

  const months = new Array<number>(monthCount);
  for (let i = 0; i < m; i++) months[i] = actuals[i] as number;
  fromUnitsInto(parts, unit, months, m);
  return months;
}

/**
 * forecast() on the decimal path alone, without the fast path: what the fast path must equal (the
 * tests and the benchmark compare against it).
 */
export function forecastDecimal(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number[] {
  return run(actuals, budget, options).months;
}

/** Every projected month within the amount limit (a projection can scale a small share up a lot). */
function checkMonths(months: readonly number[], unit: Unit | undefined): readonly number[] {
  const limit = amountLimit(unit).value;
  for (let i = 0; i < months.length; i++) {
    if (!(Math.abs(months[i]) <= limit)) checkResult(months[i], projectionSubject(i + 1), unit);
  }
  return months;
}

/** The 12 months: the booked months as they are, then the projected months (plus adjustments). */
export function forecast(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number[] {
  const months = profileFast(actuals, budget, options) ?? run(actuals, budget, options).months;
  checkMonths(months, options.unit);
  return months;
}

/** The projected year-end: the exact decimal sum of forecast()'s 12 months, within the amount limit. */
export function yearEnd(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number {
  const fast = profileFast(actuals, budget, options);
  const { months, total } = fast !== null ? { months: fast, total: fast.reduce((s: Exact, v) => s.plus(v), new Exact(0)) } : run(actuals, budget, options);
  checkMonths(months, options.unit);
  checkResult(total, YEAR_END, options.unit);
  return total.toNumber();
}
