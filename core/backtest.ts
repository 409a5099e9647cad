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
// best: the lowest MAPE, compared exactly (decimals, not rounded floats); ties go to the simpler
// method in the fixed order budget, runrate, profile, prioryear, ets. null when no method ran.
// band: this year's projected year-end P with the best method and the full history, then
// low = round(P - |P| x MAPE) and high = round(P + |P| x MAPE) to the unit, half away from zero.
// This year's actuals, budget, history and unit are checked first, with forecast()'s messages.

import Decimal from "decimal.js";
import { BudgetError } from "./errors";
import type { ForecastMethod } from "./forecastTerms";
import type { Unit } from "./money";
import { projectedYearEnd } from "./projection";

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

/** Every method's exact MAPE (null when it ran on no year), the years it ran, and the best method. */
export function backtestExact(
  actuals: readonly (number | null)[],
  budget: readonly number[],
  history: History,
  unit: Unit | undefined,
): { month: number; results: { method: ForecastMethod; mape: Decimal | null; years: number }[]; best: ForecastMethod | null } {
  const month = check(actuals, budget, history, unit);
  const sums = BACKTEST_PREFERENCE.map(() => ({ sum: new Decimal(0), years: 0 }));
  history.forEach((row, y) => {
    const total = row.reduce((s: Decimal, v) => (v === null || v === undefined ? s : s.plus(v)), new Decimal(0));
    if (total.isZero()) return;
    const booked = row.slice(0, month).map((v) => v ?? 0);
    const before = history.slice(0, y);
    BACKTEST_PREFERENCE.forEach((method, i) => {
      if (y < YEARS_BEFORE[method]) return;
      let projected: number;
      try {
        projected = projectedYearEnd(booked, ZERO_BUDGET, { method, history: y > 0 ? before : undefined, unit });
      } catch (error) {
        if (error instanceof BudgetError) return;
        throw error;
      }
      sums[i].sum = sums[i].sum.plus(new Decimal(projected).minus(total).abs().dividedBy(total.abs()));
      sums[i].years++;
    });
  });
  const results = BACKTEST_PREFERENCE.map((method, i) => ({
    method,
    mape: sums[i].years === 0 ? null : sums[i].sum.dividedBy(sums[i].years),
    years: sums[i].years,
  }));
  let best: { method: ForecastMethod; mape: Decimal } | null = null;
  for (const r of results) if (r.mape !== null && (best === null || r.mape.lessThan(best.mape))) best = { method: r.method, mape: r.mape };
  return { month, results, best: best?.method ?? null };
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

/** Run every method on the prior years at this year's month; recommend the most accurate one. */
export function backtest(actuals: readonly (number | null)[], budget: readonly number[], history: History, options: BacktestOptions = {}): BacktestResult {
  const { month, results, best } = backtestExact(actuals, budget, history, options.unit);
  let band: BacktestResult["band"] = null;
  if (best !== null) {
    const unit = options.unit ?? 1;
    const mape = results.find((r) => r.method === best)?.mape ?? new Decimal(0);
    band = errorBand(projectedYearEnd(actuals, budget, { method: best, history, unit }), mape, unit);
  }
  return { month, results: results.map((r) => ({ method: r.method, mape: r.mape === null ? null : r.mape.toNumber(), years: r.years })), best, band };
}
