// The method "auto": the projection method the backtest (backtest.ts) recommends for a line, the
// one with the lowest mean absolute percentage error on the history years at this year's month.
// When the history is too short for any method to be tested, that is FORECAST_AUTO_HISTORY. Every
// forecast that takes "auto" resolves it here: the forecast entry points and the follow-up.

import type Decimal from "decimal.js";
import { BACKTEST_PREFERENCE, priorYearTest } from "./backtest";
import { BudgetError } from "./errors";
import type { ForecastMethod, ForecastOptions } from "./forecastTerms";

export interface MethodChoice<M> {
  /** The method to project by: the backtest's pick for "auto", otherwise the method as given. */
  method: M | ForecastMethod;
  /** The backtest's exact MAPE of the pick; null when the method was given, not tested. */
  mape: Decimal | null;
}

/** The backtest's pick for "auto", or FORECAST_AUTO_HISTORY when no method could be tested. */
function pick(actuals: readonly (number | null)[], budget: readonly number[], history: ForecastOptions["history"], unit: ForecastOptions["unit"]) {
  const rows = history ?? [];
  const test = priorYearTest(actuals, budget, rows, unit);
  if (test.best === null) throw new BudgetError("FORECAST_AUTO_HISTORY", { count: Array.isArray(rows) ? rows.length : 0, month: test.month });
  return { test, best: test.best };
}

/**
 * The method a forecast of this line runs: "auto" becomes the backtest's pick on the history; any
 * other method is passed on as it is (the projection checks it).
 */
export function resolveMethod<M>(
  method: M | "auto",
  actuals: readonly (number | null)[],
  budget: readonly number[],
  history: ForecastOptions["history"],
  unit: ForecastOptions["unit"],
): M | ForecastMethod {
  return method === "auto" ? pick(actuals, budget, history, unit).best : (method as M);
}

/** resolveMethod(), with the exact MAPE of the pick (null when the method was given). */
export function chooseMethod<M>(
  method: M | "auto",
  actuals: readonly (number | null)[],
  budget: readonly number[],
  history: ForecastOptions["history"],
  unit: ForecastOptions["unit"],
): MethodChoice<M> {
  if (method !== "auto") return { method: method as M, mape: null };
  const { test, best } = pick(actuals, budget, history, unit);
  return { method: best, mape: test.mape(BACKTEST_PREFERENCE.indexOf(best)) };
}
