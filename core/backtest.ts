// The backtest: how far off would each projection method have been on the prior years, at the same
// point in the year? It tells the controller how much to trust this year's number.
//
// With m = the months booked this year and k history rows (oldest first), for each prior year y:
// pretend it is month m of year y, take y's months 1..m as the actuals (blank history months count
// as 0, as everywhere in projection.ts), give every method the years before y as its history, and
// compare the projected year-end (projectedYearEnd, same rounding unit) with y's real total:
//   APE = |projected - actual total| / |actual total|,   MAPE = the mean APE over the years it ran.
// Which years a method can run on:
// - budget:    never. The prior years have no stored budget, and any stand-in would be unfair: a
//              budget made from the year's own total already knows the answer (APE 0 whenever the
//              months follow the shape), and one made from other years tests that stand-in rather
//              than the budget the method would use this year. It is reported with mape null and
//              years 0, so "auto" never picks it blind.
// - runrate:   every prior year (needs only the booked months).
// - profile:   from the 2nd history year on: the shape is the average pattern of the years before
//              (without them profile would follow the budget, which the prior years lack).
// - prioryear: from the 2nd history year on (the years before as the prior years).
// - ets:       from the 3rd history year on (24 months of history before the year).
// A year whose real total is 0 has no percentage error and is skipped for every method. A method
// that raises a BudgetError on a prior year (nothing booked for a scaling method, a shape that is
// 0 or of both signs in the booked months, an all-zero history) did not run on that year.
// best: the lowest MAPE, compared exactly; ties go to the simpler method in the fixed order
// budget, runrate, profile, prioryear, ets. null when no method ran. Where the amounts are whole
// kroner or øre, the year-ends come from the fast path on whole numbers, and float means of their
// exact errors decide wherever their error bound tells the methods apart; only a tie or a near
// tie is compared in decimals, and the MAPEs are computed in decimals when asked for.
// band: this year's projected year-end P with the best method and the full history, then
// low = round(P - |P| x MAPE) and high = round(P + |P| x MAPE) to the unit, half away from zero.
// This year's actuals, budget, history and unit are checked first, with forecast()'s messages.

import Decimal from "decimal.js";
import { BudgetError } from "./errors";
import type { ForecastMethod } from "./forecastTerms";
import type { Unit } from "./money";
import * as projection from "./projection";
import * as fast from "./projectionFast";
import { dividedBy20, number20, plus20, quotient20, text20, ZERO20, type Digits20 } from "./twentyDigits";
import * as whole from "./wholeAmounts";

/** Local copies: the test runner's module transform makes every use of an imported binding a getter call, and this runs line by line. */
const { projectedYearEnd, projectedYearEndUnits } = projection;
const { priorYearEndUnits } = fast;
const { scaleOf, wholeAt } = whole;

/** The 12 months, and 2^53 (below it every whole number is a double). */
const MONTHS = 12;
const EXACT = 2 ** 53;

/** Tie order: the simplest method first. */
export const BACKTEST_PREFERENCE: readonly ForecastMethod[] = ["budget", "runrate", "profile", "prioryear", "ets"];

/** History years a method needs before a prior year to run on it (budget never runs). */
const YEARS_BEFORE: Record<ForecastMethod, number> = { budget: Infinity, runrate: 0, profile: 1, prioryear: 1, ets: 2 };

export interface BacktestMethodResult {
  method: ForecastMethod;
  /** Mean absolute percentage error as a fraction (0.05 = 5 %); null when it ran on no year. */
  mape: number | null;
  /** How many prior years it ran on. */
  years: number;
}

export interface BacktestResult {
  /** The month the backtest pretends to be at: the months booked this year. */
  month: number;
  /** Every method, in the order budget, runrate, profile, prioryear, ets. */
  results: BacktestMethodResult[];
  best: ForecastMethod | null;
  /** This year's projected year-end with the best method, plus and minus its MAPE. */
  band: { low: number; high: number } | null;
}

export interface BacktestOptions {
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
}

type History = readonly (readonly (number | null)[])[];

const ZERO_BUDGET: readonly number[] = new Array<number>(12).fill(0);

/** The months booked: the checks (and their messages) are forecast()'s own. */
function check(actuals: readonly (number | null)[], budget: readonly number[], history: History, unit: Unit | undefined): number {
  projectedYearEnd(actuals, budget, { method: "budget", history, unit });
  return actuals.filter((v) => v !== null && v !== undefined).length;
}

/** A prior year's real total, exact (blanks 0). */
const yearTotal = (row: readonly (number | null)[]): Decimal => row.reduce((s: Decimal, v) => (v === null || v === undefined ? s : s.plus(v)), new Decimal(0));

/** One year a method ran on: the year, the projected year-end, and the same in whole 1/s kroner (NaN off that scale). */
interface Run {
  year: number;
  projected: number;
  units: number;
}

/** The history in whole 1/s kroner (blanks 0), year after year, with each year's total. */
interface WholeHistory {
  months: Float64Array;
  totals: number[];
}

/** The history in whole 1/s kroner, or null when a month is not whole at that scale or the month sums could pass 2^53. */
function wholeYears(history: History, s: number): WholeHistory | null {
  let largest = 0;
  const months = new Float64Array(history.length * MONTHS);
  const totals = new Array<number>(history.length);
  for (let y = 0; y < history.length; y++) {
    const row = history[y];
    let total = 0;
    for (let i = 0; i < MONTHS; i++) {
      const v = row[i];
      if (v === null || v === undefined) continue;
      const k = wholeAt(v, s);
      if (k !== k) return null;
      months[y * MONTHS + i] = k;
      total += k;
      if (Math.abs(k) > largest) largest = Math.abs(k);
    }
    totals[y] = total;
  }
  return largest * history.length * MONTHS < EXACT ? { months, totals } : null;
}

/** Every method's runs on the prior years at this year's month, and each year's total in whole 1/s kroner (null when not whole in øre). */
function priorYears(history: History, month: number, unit: Unit | undefined): { runs: Run[][]; totals: number[] | null; scale: number } {
  const at = unit ?? 1;
  const runs: Run[][] = BACKTEST_PREFERENCE.map(() => []);
  // whole kroner, else whole øre (bookings to the øre at unit 1 or 1000)
  let s = scaleOf(unit);
  let whole = wholeYears(history, s);
  if (whole === null && s === 1) whole = wholeYears(history, (s = 100));
  const sums = new Float64Array(MONTHS);
  for (let y = 0; y < history.length; y++) {
    const row = history[y];
    if (whole !== null && y > 0) for (let i = 0; i < MONTHS; i++) sums[i] += whole.months[(y - 1) * MONTHS + i];
    if (whole !== null ? whole.totals[y] === 0 : yearTotal(row).isZero()) continue;
    const booked = new Array<number>(month);
    let a = 0;
    for (let i = 0; i < month; i++) {
      booked[i] = row[i] ?? 0;
      if (whole !== null) a += whole.months[y * MONTHS + i];
    }
    const before = y > 0 ? history.slice(0, y) : undefined;
    for (let i = 0; i < BACKTEST_PREFERENCE.length; i++) {
      const method = BACKTEST_PREFERENCE[i];
      if (y < YEARS_BEFORE[method]) continue;
      let units = whole !== null ? priorYearEndUnits(method, booked, a, before, sums, whole.months, at, s) : NaN;
      try {
        if (whole !== null && units !== units) units = projectedYearEndUnits(booked, ZERO_BUDGET, { method, history: before, unit }, s);
        runs[i].push({ year: y, projected: whole !== null ? units / s : projectedYearEnd(booked, ZERO_BUDGET, { method, history: before, unit }), units });
      } catch (error) {
        if (!(error instanceof BudgetError)) throw error;
      }
    }
  }
  return { runs, totals: whole?.totals ?? null, scale: s };
}

/** A method's exact MAPE from its runs: the decimal mean of |projected - total| / |total|; null when it ran on no year. */
function exactMape(runs: readonly Run[], totalOf: (year: number) => Decimal): Decimal | null {
  if (runs.length === 0) return null;
  let sum = new Decimal(0);
  for (const run of runs) {
    const total = totalOf(run.year);
    sum = sum.plus(new Decimal(run.projected).minus(total).abs().dividedBy(total.abs()));
  }
  return sum.dividedBy(runs.length);
}

/** The lowest exact MAPE; ties to the method earlier in BACKTEST_PREFERENCE. */
function bestByDecimals(mapes: readonly (Decimal | null)[]): ForecastMethod | null {
  let best = -1;
  mapes.forEach((mape, i) => {
    if (mape !== null && (best < 0 || mape.lessThan(mapes[best] as Decimal))) best = i;
  });
  return best < 0 ? null : BACKTEST_PREFERENCE[best];
}

/**
 * The lowest MAPE from floating-point means of the exact whole-number APEs, or undefined where
 * they cannot tell. Each APE |P - T| / |T| is within 2 roundings, a sum of n within n more and the
 * mean one more, so a float MAPE f lies within f x (n + 3) x 2^-52 of the exact one (and the
 * decimal path's 20 digits are far closer): methods whose floats lie further apart than
 * (f1 + f2) x (n + 4) x 2^-50 compare as their exact MAPEs do. Two floats of 0 are exact ties.
 */
function bestByFloats(runs: readonly Run[][], totals: readonly number[]): ForecastMethod | null | undefined {
  const means = runs.map((list) => {
    if (list.length === 0) return NaN;
    let sum = 0;
    for (const run of list) {
      const total = totals[run.year];
      sum += Math.abs(run.units - total) / Math.abs(total);
    }
    return sum / list.length;
  });
  let best = -1;
  for (let i = 0; i < means.length; i++) if (means[i] === means[i] && (best < 0 || means[i] < means[best])) best = i;
  if (best < 0) return null;
  const tolerance = (totals.length + 4) * 2 ** -50;
  for (let i = 0; i < means.length; i++) {
    if (i === best || means[i] !== means[i] || (means[i] === 0 && means[best] === 0)) continue;
    if (!(Math.abs(means[i] - means[best]) > (means[i] + means[best]) * tolerance)) return undefined;
  }
  return BACKTEST_PREFERENCE[best];
}

/** What the backtest found: the month, the years each method ran on, the best method, and any method's exact MAPE. */
export interface PriorYearTest {
  month: number;
  years: number[];
  best: ForecastMethod | null;
  /** The exact MAPE of the method at this index of BACKTEST_PREFERENCE (null when it ran on no year). */
  mape(index: number): Decimal | null;
  /** The same as the number nearest it. */
  mapeNumber(index: number): number | null;
}

/**
 * A method's MAPE as decimal.js computes it (exactMape), in BigInt, from the whole 1/s kroner of
 * its runs; null where a year-end's shortest decimal could differ from its whole 1/s kroner (15
 * digits or more in øre), which exactMape then computes.
 */
function wholeMape(runs: readonly Run[], totals: readonly number[], s: number): Digits20 | null {
  let sum = ZERO20;
  for (const run of runs) {
    if (s !== 1 && !(Math.abs(run.units) < 1e15)) return null;
    const difference = BigInt(run.units) - BigInt(totals[run.year]);
    sum = plus20(sum, quotient20(difference < 0n ? -difference : difference, BigInt(Math.abs(totals[run.year]))));
  }
  return dividedBy20(sum, runs.length);
}

/** Every method on the prior years at this year's month, and the best one; the MAPEs are computed exactly when asked for. */
export function priorYearTest(actuals: readonly (number | null)[], budget: readonly number[], history: History, unit: Unit | undefined): PriorYearTest {
  const month = check(actuals, budget, history, unit);
  const { runs, totals, scale } = priorYears(history, month, unit);
  // each year's real total in decimals, once: from its whole 1/s kroner where read so (exactly the same decimal)
  const yearTotals: Decimal[] = [];
  const totalOf = (y: number) => (yearTotals[y] ??= totals !== null ? new Decimal(totals[y]).dividedBy(scale) : yearTotal(history[y]));
  const digits: (Digits20 | null | undefined)[] = runs.map(() => undefined);
  const digitsOf = (i: number) => (digits[i] === undefined ? (digits[i] = runs[i].length === 0 || totals === null ? null : wholeMape(runs[i], totals, scale)) : digits[i]);
  const exact: (Decimal | null | undefined)[] = runs.map(() => undefined);
  const mape = (i: number): Decimal | null => {
    if (exact[i] !== undefined) return exact[i];
    const fast = digitsOf(i);
    return (exact[i] = fast !== null ? new Decimal(text20(fast)) : exactMape(runs[i], totalOf));
  };
  const mapeNumber = (i: number): number | null => {
    if (runs[i].length === 0) return null;
    const fast = digitsOf(i);
    return fast !== null ? number20(fast) : (mape(i) as Decimal).toNumber();
  };
  const fast = totals !== null ? bestByFloats(runs, totals) : undefined;
  const best = fast !== undefined ? fast : bestByDecimals(runs.map((_, i) => mape(i)));
  return { month, years: runs.map((r) => r.length), best, mape, mapeNumber };
}

/** Every method's exact MAPE (null when it ran on no year), the years it ran, and the best method. */
export function backtestExact(
  actuals: readonly (number | null)[],
  budget: readonly number[],
  history: History,
  unit: Unit | undefined,
): { month: number; results: { method: ForecastMethod; mape: Decimal | null; years: number }[]; best: ForecastMethod | null } {
  const test = priorYearTest(actuals, budget, history, unit);
  const results = BACKTEST_PREFERENCE.map((method, i) => ({ method, mape: test.mape(i), years: test.years[i] }));
  return { month: test.month, results, best: test.best };
}

/**
 * The band around a projected year-end P by a method's MAPE: low = round(P - |P| x MAPE) and
 * high = round(P + |P| x MAPE), each to the unit, half away from zero.
 */
export function errorBand(projected: number, mape: Decimal, unit: Unit = 1): { low: number; high: number } {
  const p = new Decimal(projected);
  const margin = p.abs().times(mape);
  const round = (v: Decimal) => v.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit).toNumber();
  return { low: round(p.minus(margin)), high: round(p.plus(margin)) };
}

/** The largest magnitude, in kroner and in units, the float band takes. */
const BAND_LIMIT = 2 ** 50;

/** One end of the band, p + margin or p - margin rounded to the unit; null when too near a half unit or zero. */
function bandEnd(value: number, size: number, unit: Unit): number | null {
  const scaled = unit === 0.01 ? value * 100 : value / unit;
  const tolerance = (unit === 0.01 ? size * 100 : size / unit) * 1e-14;
  const whole = Math.trunc(scaled);
  const fraction = Math.abs(scaled - whole);
  if (Math.abs(fraction - 0.5) <= tolerance || Math.abs(scaled) < 0.5 + tolerance) return null;
  const count = fraction > 0.5 ? whole + Math.sign(scaled) : whole;
  return unit === 0.01 ? count / 100 : count * unit;
}

/**
 * errorBand(projected, mape, unit) in doubles where it equals the exact band; null elsewhere. It
 * is kept only where its rounding to the unit cannot differ from the exact one: clear of a half
 * unit, and of zero, by far more than the error of a few float operations on these magnitudes.
 */
export function bandFast(projected: number, mape: number, unit: Unit): { low: number; high: number } | null {
  if (projected === 0 || !Number.isFinite(mape)) return null;
  const margin = Math.abs(projected) * mape;
  const size = Math.abs(projected) + Math.abs(margin);
  if (!(size < BAND_LIMIT) || !((unit === 0.01 ? size * 100 : size / unit) < BAND_LIMIT)) return null;
  const low = bandEnd(projected - margin, size, unit);
  const high = bandEnd(projected + margin, size, unit);
  return low === null || high === null ? null : { low, high };
}

/** Run every method on the prior years at this year's month; recommend the most accurate one. */
export function backtest(actuals: readonly (number | null)[], budget: readonly number[], history: History, options: BacktestOptions = {}): BacktestResult {
  const test = priorYearTest(actuals, budget, history, options.unit);
  const { best } = test;
  let band: BacktestResult["band"] = null;
  if (best !== null) {
    const unit = options.unit ?? 1;
    const i = BACKTEST_PREFERENCE.indexOf(best);
    const projected = projectedYearEnd(actuals, budget, { method: best, history, unit });
    band = bandFast(projected, test.mapeNumber(i) ?? 0, unit) ?? errorBand(projected, test.mape(i) ?? new Decimal(0), unit);
  }
  const results = BACKTEST_PREFERENCE.map((method, i) => ({ method, mape: test.mapeNumber(i), years: test.years[i] }));
  return { month: test.month, results, best, band };
}
