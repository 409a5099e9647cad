// Forecasting the year-end: the months booked so far, kept as they are, then the remaining months
// projected by the chosen method (projection.ts), plus known adjustments. The method "auto" is
// first resolved to the method the backtest recommends (autoMethod.ts); every other method
// projects as it is.

import type { ForecastOptions, ProjectionOptions } from "./forecastTerms";
import * as autoMethod from "./autoMethod";
import * as projection from "./projection";

/** Local copies: an imported binding can cost a lookup per use, and forecast runs line by line. */
const { resolveMethod } = autoMethod;
const { projectDecimal, projectedMonths, projectedYearEnd } = projection;

/** The options with "auto" resolved to the method it stands for; other methods stay as they are. */
function resolved(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): ProjectionOptions {
  const method = resolveMethod(options.method, actuals, budget, options.history, options.unit);
  return method === options.method ? (options as ProjectionOptions) : { ...options, method };
}

/** The 12 months: the booked months as they are, then the projected months (plus adjustments). */
export function forecast(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number[] {
  return projectedMonths(actuals, budget, resolved(actuals, budget, options));
}

/** The projected year-end: the exact decimal sum of forecast()'s 12 months, within the amount limit. */
export function yearEnd(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number {
  return projectedYearEnd(actuals, budget, resolved(actuals, budget, options));
}

/**
 * forecast() on the decimal path alone, without the fast path: what the fast path must equal (the
 * tests and the benchmark compare against it).
 */
export function forecastDecimal(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions = {}): number[] {
  return projectDecimal(actuals, budget, resolved(actuals, budget, options)).months;
}
