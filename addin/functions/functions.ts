// Excel's custom functions: the BUDGET namespace. Thin bindings from Excel's arguments to the
// adapters and back; the JSDoc below generates functions.json (custom-functions-metadata-plugin)
// and names-da.json gives the Danish names (scripts/functions-da.mjs); the plugin's loader adds the
// CustomFunctions.associate calls. Runs in the shared runtime, beside the task pane.

import { isFunctionError, type Cell, type FunctionError, type FunctionResult } from "./cells";
import { allocateCells } from "./allocate";
import { carryoverCells, forecastCells, varianceCells, yearEndCells } from "./forecast";
import { periodizeCells } from "./periodize";
import { profileCells, workdaysCells } from "./profile";
import { reperiodizeCells } from "./reperiodize";

/** Excel shows a custom error's message only on #VALUE! and #N/A, so those are the only two used. */
export const ERROR_CODES: Record<FunctionError["kind"], CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  na: CustomFunctions.ErrorCode.notAvailable,
};

/** Excel hands over blanks as "" or null and input errors as error objects; make them Cells. An
 * optional argument left out comes as null (or undefined), never as a matrix. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && "code" in value) return { error: String((value as { code: unknown }).code) };
  return String(value);
}

const toCells = (matrix: unknown[][]): Cell[][] => matrix.map((row) => row.map(toCell));

/** Numbers, and CustomFunctions.Error for the cells that failed (typed unknown for the metadata generator). */
function toExcel(result: FunctionResult): unknown[][] {
  return result.map((row) =>
    row.map((v) => (isFunctionError(v) ? new CustomFunctions.Error(ERROR_CODES[v.kind], v.message) : v)),
  );
}

/**
 * Splits annual amounts into 12 months along a profile. The months add up exactly to the annual amount.
 * @customfunction PERIODIZE
 * @param annual Annual amount, or a column of annual amounts (one per line).
 * @param profile 12 weights (one row for all lines, or one row per line) or a built-in profile name such as "equal".
 * @param [year] Budget year; default this year.
 * @param [unit] Rounding unit in kroner: 0.01, 1 (default) or 1000.
 * @returns 12 months per line.
 */
export function periodize(annual: unknown[][], profile: unknown[][], year?: unknown, unit?: unknown): unknown[][] {
  return toExcel(periodizeCells(toCells(annual), toCells(profile), toCell(year), toCell(unit)));
}

/**
 * Danish working days per month: Monday to Friday less the public holidays.
 * @customfunction WORKDAYS
 * @param year Budget year.
 * @param [options] Extra days off, as agreements differ: any of "grundlovsdag", "24dec", "31dec", "1maj".
 * @returns 12 working-day counts.
 */
export function workdaysFn(year: unknown, options?: unknown): unknown[][] {
  return toExcel(workdaysCells(toCell(year), toCell(options)));
}

/**
 * The 12 monthly weights of a profile: built in, or built from history, payment months, salary or planned activity.
 * @customfunction PROFILE
 * @param method "equal", "days" (calendar days), "workdays", "historical", "payments", "salary" or "activity"; Danish names too.
 * @param [year] Budget year, for "days" and "workdays"; default this year.
 * @param [options] "workdays": extra days off, e.g. "grundlovsdag, 24dec". "historical": prior years' actuals, one row of 12 per year. "payments": months, e.g. "jan,apr,jul,okt". "salary": row 1 pay-rise rate per month, row 2 extra payment in months of salary. "activity": row 1 activity per month, row 2 unit cost and fixed amount per month.
 * @returns 12 weights.
 */
export function profileFn(method: unknown, year?: unknown, options?: unknown[][]): unknown[][] {
  return toExcel(profileCells(toCell(method), toCell(year), options == null ? undefined : toCells(options)));
}

/**
 * Re-spreads months after a budget change: months 1 to lockedThrough keep their values, and the rest of the new annual amount is spread over the remaining months.
 * @customfunction REPERIODIZE
 * @param newAnnual New annual amount, or a column of them (one per line).
 * @param months The current 12 months per line.
 * @param lockedThrough The last month to keep (0 to 12), e.g. 5 to keep January to May.
 * @param [profile] Weights for the remaining months (12 weights or a built-in name); default the current shape of the remaining months.
 * @param [unit] Rounding unit in kroner: 0.01, 1 (default) or 1000.
 * @returns 12 months per line.
 */
export function reperiodizeFn(newAnnual: unknown[][], months: unknown[][], lockedThrough: unknown, profile?: unknown[][], unit?: unknown): unknown[][] {
  return toExcel(
    reperiodizeCells(toCells(newAnnual), toCells(months), toCell(lockedThrough), profile == null ? undefined : toCells(profile), toCell(unit)),
  );
}

/**
 * Splits a total (a requirement) over units in proportion to their bases or keys, exactly, with optional floors and caps as rates of base.
 * @customfunction ALLOCATE
 * @param total The total to split, e.g. the region's requirement.
 * @param bases Each unit's base (budget or activity value); the result has the same shape.
 * @param [keys] Allocation keys (beds, staff, budget shares) in the shape of bases; default the bases. A key of 0 exempts the unit.
 * @param [minRate] Floor: no unit below this rate of its base, e.g. 0.01.
 * @param [maxRate] Cap: no unit above this rate of its base, e.g. 0.03.
 * @param [unit] Rounding unit in kroner: 0.01, 1 (default) or 1000.
 * @returns Each unit's amount; the amounts add up exactly to the total.
 */
export function allocateFn(total: unknown, bases: unknown[][], keys?: unknown[][], minRate?: unknown, maxRate?: unknown, unit?: unknown): unknown[][] {
  return toExcel(allocateCells(toCell(total), toCells(bases), keys == null ? undefined : toCells(keys), toCell(minRate), toCell(maxRate), toCell(unit)));
}

/**
 * Projects the year month by month: the booked months as they are, then the projected months.
 * @customfunction FORECAST
 * @param actuals The months booked so far (12 columns; blanks for months not yet booked), one row per line.
 * @param budget The periodised budget, 12 months (one row for all lines, or one per line).
 * @param [method] "budget" (default), "profile", "runrate", "prioryear", "ets" or "auto" (the method that did best on the prior years).
 * @param [history] Prior years' monthly actuals, one row of 12 per year, oldest first (one line at a time).
 * @returns 12 months per line.
 */
export function forecastFn(actuals: unknown[][], budget: unknown[][], method?: unknown, history?: unknown[][]): unknown[][] {
  return toExcel(forecastCells(toCells(actuals), toCells(budget), toCell(method), history == null ? undefined : toCells(history)));
}

/**
 * The projected year-end total: the booked months plus the projected rest.
 * @customfunction YEAREND
 * @param actuals The months booked so far (12 columns; blanks for months not yet booked), one row per line.
 * @param budget The periodised budget, 12 months (one row for all lines, or one per line).
 * @param [method] "budget" (default), "profile", "runrate", "prioryear", "ets" or "auto" (the method that did best on the prior years).
 * @param [history] Prior years' monthly actuals, one row of 12 per year, oldest first (one line at a time).
 * @returns The year-end total per line.
 */
export function yearEndFn(actuals: unknown[][], budget: unknown[][], method?: unknown, history?: unknown[][]): unknown[][] {
  return toExcel(yearEndCells(toCells(actuals), toCells(budget), toCell(method), history == null ? undefined : toCells(history)));
}

/**
 * Total, volume and price variance: actual minus budget (positive = overspend); volume + price = total exactly.
 * @customfunction VARIANCE
 * @param actual Actual amount, or a column of them.
 * @param budget Budget amount, or a column of them.
 * @param [actualQty] Actual quantity (activity), for the volume/price split.
 * @param [budgetQty] Budget quantity (activity), for the volume/price split.
 * @returns Total, volume and price variance per line.
 */
export function varianceFn(actual: unknown[][], budget: unknown[][], actualQty?: unknown[][], budgetQty?: unknown[][]): unknown[][] {
  return toExcel(
    varianceCells(toCells(actual), toCells(budget), actualQty == null ? undefined : toCells(actualQty), budgetQty == null ? undefined : toCells(budgetQty)),
  );
}

/**
 * What moves to next year: an underspend up to capRate of the budget, an overspend in full as a negative amount.
 * @customfunction CARRYOVER
 * @param budget Budget, or a column of budgets.
 * @param actual Actual result, or a column of them.
 * @param [capRate] The most of an underspend that may be carried, as a rate of the budget; default 0.02.
 * @returns The amount carried to next year per line.
 */
export function carryoverFn(budget: unknown[][], actual: unknown[][], capRate?: unknown): unknown[][] {
  return toExcel(carryoverCells(toCells(budget), toCells(actual), toCell(capRate)));
}
