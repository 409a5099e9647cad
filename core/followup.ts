// The monthly follow-up (forventet regnskab): for each line, as at month m, the actual and budget
// to date, the variances for the month and the year to date, the projected year-end (forecast.ts),
// the expected result against the annual budget, what would carry over (variance.ts), how well the
// method did on the prior years (backtest.ts), and whether the expected result is material enough
// to need an explanation (afvigelsesforklaring).
//
// Signs as everywhere: a variance is actual minus budget, positive = overspend (merforbrug).
// Material: |expected result| >= the amount threshold AND |expected result| >= the rate threshold
// x |annual budget|; a threshold left out (null) is not applied; with neither, nothing is material.
// The total line adds up the lines exactly; its carry-over is the rule applied to the total (the
// cap is on the net frame), not the sum of the lines' carry-overs.

import { chooseMethod } from "./autoMethod";
import { BudgetError, type Subject } from "./errors";
import { forecast } from "./forecast";
import { adjustmentSubject, YEAR_END, type ForecastMethod } from "./forecastTerms";
import { MONTHS } from "./profiles";
import { checkResult, Exact, fromUnits, toUnits, type Unit } from "./money";
import { carryover } from "./variance";

export interface FollowUpLine {
  /** The line's actuals by month; months after `month` are ignored. */
  actuals: readonly (number | null)[];
  /** The 12 budget months. */
  budget: readonly number[];
  /** Prior years' monthly actuals, oldest first (for profile, prioryear, ets and auto). */
  history?: readonly (readonly (number | null)[])[];
  /** A known amount still to come this year (one-off booking, decided measure), added to December. */
  adjustment?: number;
}

export interface FollowUpOptions {
  /** The months booked so far: the report is as at the end of this month (1-12). */
  month: number;
  method: ForecastMethod | "auto";
  unit?: Unit;
  /** Material from this absolute amount in kroner; null = no amount threshold. */
  materialAmount: number | null;
  /** Material from this share of the annual budget (0.05 = 5 %); null = no rate threshold. */
  materialRate: number | null;
  /** Underspend carried over up to this share of the budget (variance.ts). */
  capRate: number;
}

export interface FollowUpFigures {
  actualToDate: number;
  budgetToDate: number;
  /** Actual minus budget in month m. */
  monthVariance: number;
  /** Actual to date minus budget to date. */
  ytdVariance: number;
  budget: number;
  adjustment: number;
  yearEnd: number;
  /** Projected year-end minus budget; positive = expected overspend. */
  result: number;
  carryover: number;
  material: boolean;
}

export interface FollowUpRow extends FollowUpFigures {
  /** The method used: the chosen one, or the backtest's pick for "auto". */
  method: ForecastMethod;
  /** The backtest's mean absolute percentage error of that method; null when not backtested. */
  mape: number | null;
  /** The 12 months: actuals through month m, then the projection. */
  months: number[];
}

/** The figures a follow-up row holds that are sums, named for a message when one passes the limit. */
const FIGURE_SUBJECTS = {
  actualToDate: { label: "actualToDate" },
  budgetToDate: { label: "budgetToDate" },
  monthVariance: { label: "monthVariance" },
  ytdVariance: { label: "ytdVariance" },
  budget: { label: "annualBudget" },
  adjustment: { label: "knownAdjustments" },
  yearEnd: YEAR_END,
  result: { label: "expectedResult" },
} satisfies Record<string, Subject>;

const sum = (values: readonly (number | Exact)[]) => values.reduce((s: Exact, v) => s.plus(v), new Exact(0));

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > MONTHS) throw new BudgetError("FOLLOWUP_MONTH", { value: month });
}

function isMaterial(result: Exact, budget: Exact, options: FollowUpOptions): boolean {
  if (options.materialAmount === null && options.materialRate === null) return false;
  const size = result.abs();
  if (options.materialAmount !== null && size.lessThan(options.materialAmount)) return false;
  return options.materialRate === null || size.greaterThanOrEqualTo(budget.abs().times(options.materialRate));
}

/** The figures that follow from to-date amounts, the budget and the projected year-end. */
function figures(
  actualToDate: Exact,
  budgetToDate: Exact,
  monthVariance: Exact,
  budget: Exact,
  adjustment: Exact,
  yearEnd: Exact,
  options: FollowUpOptions,
): FollowUpFigures {
  const result = yearEnd.minus(budget);
  // sums of amounts within the limit can pass it; no amount beyond it comes out
  const ytdVariance = actualToDate.minus(budgetToDate);
  const checked: [Exact, keyof typeof FIGURE_SUBJECTS][] = [
    [actualToDate, "actualToDate"],
    [budgetToDate, "budgetToDate"],
    [monthVariance, "monthVariance"],
    [ytdVariance, "ytdVariance"],
    [budget, "budget"],
    [adjustment, "adjustment"],
    [yearEnd, "yearEnd"],
    [result, "result"],
  ];
  for (const [value, name] of checked) checkResult(value, FIGURE_SUBJECTS[name], options.unit);
  return {
    actualToDate: actualToDate.toNumber(),
    budgetToDate: budgetToDate.toNumber(),
    monthVariance: monthVariance.toNumber(),
    ytdVariance: ytdVariance.toNumber(),
    budget: budget.toNumber(),
    adjustment: adjustment.toNumber(),
    yearEnd: yearEnd.toNumber(),
    result: result.toNumber(),
    // to the øre, whatever the report's unit: what carries over is carried as booked
    carryover: carryover(budget.toString(), yearEnd.toString(), options.capRate),
    material: isMaterial(result, budget, options),
  };
}

/** One line as at month m. Raises the core's BudgetError for bad input. */
export function followUpLine(line: FollowUpLine, options: FollowUpOptions): FollowUpRow {
  checkMonth(options.month);
  const m = options.month;
  if (line.actuals.length > MONTHS) throw new BudgetError("ACTUALS_LENGTH", { count: line.actuals.length });
  const actuals = line.actuals.slice(0, m);
  const blank = Array.from({ length: m }, (_, i) => i).find((i) => actuals[i] === null || actuals[i] === undefined);
  // a blank before a booked month is forecast()'s ACTUALS_GAP; a blank at the end is this month not booked
  if (blank !== undefined && actuals.slice(blank).every((v) => v === null || v === undefined)) {
    throw new BudgetError("FOLLOWUP_NOT_BOOKED", { month: blank + 1, report: m });
  }
  const choice = chooseMethod(options.method, actuals, line.budget, line.history, options.unit);
  const method = choice.method;
  const mape = choice.mape === null ? null : choice.mape.toNumber();
  const unit = options.unit ?? 1;
  const adjustments = line.adjustment === undefined ? undefined : [...new Array<number>(MONTHS - 1).fill(0), line.adjustment];
  const months = forecast(actuals, line.budget, { method, history: line.history, unit, adjustments });
  // the adjustment goes into December; in a fully booked year it is already in the actuals (projection.ts)
  const adjustment = line.adjustment === undefined || m === MONTHS ? 0 : fromUnits(Number(toUnits(line.adjustment, unit, adjustmentSubject(MONTHS))), unit);
  const booked = actuals as number[];
  const row = figures(
    sum(booked),
    sum(line.budget.slice(0, m)),
    new Exact(booked[m - 1]).minus(line.budget[m - 1]),
    sum(line.budget),
    new Exact(adjustment),
    sum(months),
    options,
  );
  return { ...row, method, mape, months };
}

/** The total of the lines: every amount summed exactly; material and carry-over judged on the total. */
export function followUpTotal(rows: readonly FollowUpFigures[], options: FollowUpOptions): FollowUpFigures {
  const total = (pick: (r: FollowUpFigures) => number) => sum(rows.map(pick));
  return figures(
    total((r) => r.actualToDate),
    total((r) => r.budgetToDate),
    total((r) => r.monthVariance),
    total((r) => r.budget),
    total((r) => r.adjustment),
    total((r) => r.yearEnd),
    options,
  );
}

/** Running totals, exact. */
function cumulative(months: readonly Exact[]): number[] {
  let running = new Exact(0);
  return months.map((v) => (running = running.plus(v)).toNumber());
}

/**
 * The curves a follow-up chart draws, for one line or the sum of several: cumulative budget,
 * cumulative actual through month m (null after it), and cumulative forecast (actuals, then the
 * projection), each month summed exactly over the lines.
 */
export function followUpCurves(
  lines: readonly { budget: readonly number[]; months: readonly number[] }[],
  month: number,
): { budget: number[]; actual: (number | null)[]; forecast: number[] } {
  checkMonth(month);
  const byMonth = (pick: (l: (typeof lines)[number]) => readonly number[]) =>
    Array.from({ length: MONTHS }, (_, m) => sum(lines.map((l) => pick(l)[m])));
  const forecast = cumulative(byMonth((l) => l.months));
  return { budget: cumulative(byMonth((l) => l.budget)), actual: forecast.map((v, m) => (m < month ? v : null)), forecast };
}
