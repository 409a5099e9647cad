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
//
// Known adjustments are monthly: the months booked (<= m) are in the actuals already and count
// for nothing; a row's adjustment is the exact sum of months m+1..12, each rounded to the unit as
// the projection rounds it. Carry-over (variance.ts): up to capRate x |cap base| (a line's base is
// its annual budget unless given; the total's is the sum of the lines' bases), and only the share
// capShare (default all) of an underspend.
//
// Three projections per line: the add-in's (the method plus the table's adjustments), which the
// expected result, materiality and carry-over follow; the department's own (its follow-up
// return's year-end; none without one); and after decided actions: the add-in's projection with
// the decided measures' monthly adjustments (actionPlan.ts) added to the table's. In the total, a
// line without the department's projection counts with the add-in's (none when no line has one),
// and the decided measures on no line of the table (whole departments) count in the total only.
//
// The sums, the judgement, the carry-over and the band run on whole øre in doubles where the
// amounts allow (followupFast.ts), with exactly the decimal path's results; the decimal path below
// takes everything else and is the reference (the *Decimal functions).

import { chooseMethod } from "./autoMethod";
import { bandFast, errorBand } from "./backtest";
import { BudgetError, type Subject } from "./errors";
import { forecast } from "./forecast";
import { adjustmentSubject, YEAR_END, type ForecastMethod } from "./forecastTerms";
import { MONTHS } from "./profiles";
import { amountLimit, checkResult, checkUnit, Exact, fromUnits, toDecimal, toUnits, type Unit } from "./money";
import { curvesFast, figuresFast, lineAmountsFast, totalAmountsFast } from "./followupFast";
import type { FollowUpFigures, FollowUpLine, FollowUpOptions, FollowUpRow } from "./followupTerms";
import { CAP_BASE, carryover } from "./variance";

export type { FollowUpFigures, FollowUpLine, FollowUpOptions, FollowUpRow } from "./followupTerms";

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
  capBase: CAP_BASE,
  departmentYearEnd: { label: "departmentYearEnd" },
  actions: { label: "decidedActions" },
  actionsYearEnd: { label: "yearEndAfterActions" },
  resultAfterActions: { label: "resultAfterActions" },
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

/** The amounts a row's figures follow from, exact. */
interface Amounts {
  actualToDate: Exact;
  budgetToDate: Exact;
  monthVariance: Exact;
  budget: Exact;
  adjustment: Exact;
  yearEnd: Exact;
  capBase: Exact;
  departmentYearEnd: Exact | null;
  actions: Exact;
}

/** The figures that follow from to-date amounts, the budget and the projected year-ends. */
function figures(a: Amounts, options: FollowUpOptions): FollowUpFigures {
  const result = a.yearEnd.minus(a.budget);
  const actionsYearEnd = a.yearEnd.plus(a.actions);
  const resultAfterActions = actionsYearEnd.minus(a.budget);
  // sums of amounts within the limit can pass it; no amount beyond it comes out
  const ytdVariance = a.actualToDate.minus(a.budgetToDate);
  const checked: [Exact | null, keyof typeof FIGURE_SUBJECTS][] = [
    [a.actualToDate, "actualToDate"],
    [a.budgetToDate, "budgetToDate"],
    [a.monthVariance, "monthVariance"],
    [ytdVariance, "ytdVariance"],
    [a.budget, "budget"],
    [a.adjustment, "adjustment"],
    [a.yearEnd, "yearEnd"],
    [result, "result"],
    [a.capBase, "capBase"],
    [a.departmentYearEnd, "departmentYearEnd"],
    [a.actions, "actions"],
    [actionsYearEnd, "actionsYearEnd"],
    [resultAfterActions, "resultAfterActions"],
  ];
  for (const [value, name] of checked) if (value !== null) checkResult(value, FIGURE_SUBJECTS[name], options.unit);
  return {
    actualToDate: a.actualToDate.toNumber(),
    budgetToDate: a.budgetToDate.toNumber(),
    monthVariance: a.monthVariance.toNumber(),
    ytdVariance: ytdVariance.toNumber(),
    budget: a.budget.toNumber(),
    adjustment: a.adjustment.toNumber(),
    yearEnd: a.yearEnd.toNumber(),
    result: result.toNumber(),
    capBase: a.capBase.toNumber(),
    // to the øre, whatever the report's unit: what carries over is carried as booked
    carryover: carryover(a.budget.toString(), a.yearEnd.toString(), options.capRate, undefined, a.capBase.toString(), options.capShare),
    material: isMaterial(result, a.budget, options),
    departmentYearEnd: a.departmentYearEnd === null ? null : a.departmentYearEnd.toNumber(),
    actions: a.actions.toNumber(),
    actionsYearEnd: actionsYearEnd.toNumber(),
    resultAfterActions: resultAfterActions.toNumber(),
  };
}

/**
 * The exact sum of the months still to come (m+1..12) of 12 monthly adjustments, each rounded to
 * the unit as the projection rounds it; the months booked count for nothing.
 */
export function stillToCome(adjustments: readonly number[] | undefined, month: number, unit?: Unit): number {
  return stillToComeWith(adjustments, month, unit, true);
}

/** stillToCome on the decimal path alone: the reference the integer path is tested against. */
export function stillToComeDecimal(adjustments: readonly number[] | undefined, month: number, unit?: Unit): number {
  return stillToComeWith(adjustments, month, unit, false);
}

function stillToComeWith(adjustments: readonly number[] | undefined, month: number, unit: Unit | undefined, fast: boolean): number {
  checkMonth(month);
  const at = checkUnit(unit);
  if (adjustments === undefined) return 0;
  if (adjustments.length !== MONTHS) throw new BudgetError("ADJUSTMENTS_LENGTH", { count: adjustments.length });
  // whole units in doubles while the sum is a safe integer, BigInt beyond
  let units = 0;
  let big: bigint | null = null;
  adjustments.forEach((a, i) => {
    const u = toUnits(a, at, adjustmentSubject(i + 1));
    if (i < month) return;
    if (fast && big === null && typeof u === "number" && Number.isSafeInteger(units + u)) units += u;
    else big = (big ?? BigInt(units)) + BigInt(u);
  });
  if (big === null) {
    const amount = fromUnits(units, at);
    if (Math.abs(amount) <= amountLimit(at)) return amount;
  }
  const total = new Exact((big ?? BigInt(units)).toString()).times(at);
  checkResult(total, FIGURE_SUBJECTS.adjustment, at);
  return total.isZero() ? 0 : total.toNumber();
}

/** The table's adjustments and the decided measures', month by month, each on the unit. */
function combined(adjustments: readonly number[] | undefined, actions: readonly number[], unit: Unit, fast: boolean): number[] {
  if (actions.length !== MONTHS) throw new BudgetError("ADJUSTMENTS_LENGTH", { count: actions.length });
  return actions.map((a, i) => {
    const table = adjustments === undefined ? 0 : toUnits(adjustments[i], unit, adjustmentSubject(i + 1));
    const own = toUnits(a, unit, adjustmentSubject(i + 1));
    // amounts within the limit: a sum of two counts is safe, and back in kroner the nearest double
    if (fast && typeof table === "number" && typeof own === "number" && Number.isSafeInteger(table + own)) return fromUnits(table + own, unit);
    const count = BigInt(table) + BigInt(own);
    return new Exact(count.toString()).times(unit).toNumber();
  });
}

/** One line as at month m. Raises the core's BudgetError for bad input. */
export function followUpLine(line: FollowUpLine, options: FollowUpOptions): FollowUpRow {
  return lineWith(line, options, true);
}

/** followUpLine on the decimal path alone (the projection aside): the reference for the integer path. */
export function followUpLineDecimal(line: FollowUpLine, options: FollowUpOptions): FollowUpRow {
  return lineWith(line, options, false);
}

function lineWith(line: FollowUpLine, options: FollowUpOptions, fast: boolean): FollowUpRow {
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
  const months = forecast(actuals, line.budget, { method, history: line.history, unit, adjustments: line.adjustments });
  const adjustment = stillToComeWith(line.adjustments, m, unit, fast);
  // after decided actions: the same projection with the measures' adjustments added to the table's
  const afterActions = line.actions === undefined ? null : forecast(actuals, line.budget, { method, history: line.history, unit, adjustments: combined(line.adjustments, line.actions, unit, fast) });
  const booked = actuals as number[];
  const department = line.departmentYearEnd ?? null;
  const whole = fast ? lineAmountsFast(booked, line.budget, months, adjustment, line.capBase, department, afterActions) : null;
  const row = (whole && figuresFast(whole, options)) ?? lineFigures(line, options, booked, months, adjustment, department, afterActions);
  const quick = fast && mape !== null ? bandFast(row.yearEnd, mape, unit) : null;
  const band = choice.mape === null ? null : (quick ?? errorBand(row.yearEnd, choice.mape, unit));
  return rowOf(row, method, mape, months, band);
}

/** A line's row: its figures and how they were projected (one object literal: rows are many, and read often). */
function rowOf(f: FollowUpFigures, method: ForecastMethod, mape: number | null, months: number[], band: FollowUpRow["band"]): FollowUpRow {
  return {
    actualToDate: f.actualToDate,
    budgetToDate: f.budgetToDate,
    monthVariance: f.monthVariance,
    ytdVariance: f.ytdVariance,
    budget: f.budget,
    adjustment: f.adjustment,
    yearEnd: f.yearEnd,
    result: f.result,
    capBase: f.capBase,
    carryover: f.carryover,
    material: f.material,
    departmentYearEnd: f.departmentYearEnd,
    actions: f.actions,
    actionsYearEnd: f.actionsYearEnd,
    resultAfterActions: f.resultAfterActions,
    method,
    mape,
    months,
    band,
  };
}

/** followUpLine's figures on the decimal path: every amount an exact decimal. */
function lineFigures(
  line: FollowUpLine,
  options: FollowUpOptions,
  booked: readonly number[],
  months: readonly number[],
  adjustment: number,
  department: number | null,
  afterActions: readonly number[] | null,
): FollowUpFigures {
  const m = options.month;
  const unit = options.unit ?? 1;
  const yearEnd = sum(months);
  const budget = sum(line.budget);
  return figures(
    {
      actualToDate: sum(booked),
      budgetToDate: sum(line.budget.slice(0, m)),
      monthVariance: new Exact(booked[m - 1]).minus(line.budget[m - 1]),
      budget,
      adjustment: new Exact(adjustment),
      yearEnd,
      capBase: line.capBase === undefined ? budget : new Exact(toDecimal(line.capBase, CAP_BASE, unit)),
      departmentYearEnd: department === null ? null : new Exact(toDecimal(department, FIGURE_SUBJECTS.departmentYearEnd, unit)),
      actions: afterActions === null ? new Exact(0) : sum(afterActions).minus(yearEnd),
    },
    options,
  );
}

/**
 * The total of the lines: every amount summed exactly; material and carry-over judged on the
 * total, its cap on the sum of the lines' bases. `outside`: the decided measures on no line of the
 * table (whole departments), sets of 12 monthly adjustments, counted in the total after actions only.
 */
export function followUpTotal(rows: readonly FollowUpFigures[], options: FollowUpOptions, outside: readonly (readonly number[])[] = []): FollowUpFigures {
  return totalWith(rows, options, outside, true);
}

/** followUpTotal on the decimal path alone: the reference for the integer path. */
export function followUpTotalDecimal(rows: readonly FollowUpFigures[], options: FollowUpOptions, outside: readonly (readonly number[])[] = []): FollowUpFigures {
  return totalWith(rows, options, outside, false);
}

function totalWith(rows: readonly FollowUpFigures[], options: FollowUpOptions, outside: readonly (readonly number[])[], fast: boolean): FollowUpFigures {
  const outsideStill = outside.map((o) => stillToComeWith(o, options.month, options.unit, fast));
  const whole = fast ? totalAmountsFast(rows, outsideStill) : null;
  const quick = whole && figuresFast(whole, options);
  if (quick) return quick;
  const total = (pick: (r: FollowUpFigures) => number) => sum(rows.map(pick));
  const departments = rows.some((r) => r.departmentYearEnd !== null);
  return figures(
    {
      actualToDate: total((r) => r.actualToDate),
      budgetToDate: total((r) => r.budgetToDate),
      monthVariance: total((r) => r.monthVariance),
      budget: total((r) => r.budget),
      adjustment: total((r) => r.adjustment),
      yearEnd: total((r) => r.yearEnd),
      capBase: total((r) => r.capBase),
      departmentYearEnd: departments ? total((r) => r.departmentYearEnd ?? r.yearEnd) : null,
      actions: total((r) => r.actions).plus(sum(outsideStill)),
    },
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
export function followUpCurves(lines: readonly CurveLine[], month: number): Curves {
  return curvesWith(lines, month, true);
}

/** followUpCurves on the decimal path alone: the reference for the integer path. */
export function followUpCurvesDecimal(lines: readonly CurveLine[], month: number): Curves {
  return curvesWith(lines, month, false);
}

type CurveLine = { budget: readonly number[]; months: readonly number[] };
type Curves = { budget: number[]; actual: (number | null)[]; forecast: number[] };

function curvesWith(lines: readonly CurveLine[], month: number, fast: boolean): Curves {
  checkMonth(month);
  const whole = fast ? curvesFast(lines, MONTHS) : null;
  if (whole) return { budget: whole.budget, actual: whole.forecast.map((v, m) => (m < month ? v : null)), forecast: whole.forecast };
  const byMonth = (pick: (l: CurveLine) => readonly number[]) => Array.from({ length: MONTHS }, (_, m) => sum(lines.map((l) => pick(l)[m])));
  const forecast = cumulative(byMonth((l) => l.months));
  return { budget: cumulative(byMonth((l) => l.budget)), actual: forecast.map((v, m) => (m < month ? v : null)), forecast };
}
