// BUDGET.FORECAST (PROGNOSE), BUDGET.YEAREND (AARSRESULTAT), BUDGET.VARIANCE (AFVIGELSE) and
// BUDGET.CARRYOVER (OVERFOERSEL): the monthly follow-up, line by line. Actuals are a row of 12
// with blanks for months not yet booked. A bad line gives a row of errors; the others compute.

import {
  actualSubject,
  ACTUAL,
  ACTUAL_QTY,
  BUDGET,
  BUDGET_QTY,
  BudgetError,
  CAP_BASE,
  budgetSubject,
  carryover,
  forecast,
  FORECAST_METHODS,
  variance,
  yearEnd,
  type ForecastMethod,
  type Subject,
  type LineArg,
  cellText,
  type Unit,
} from "../../core";
import { isBlank, readNumber, type Cell, type FunctionResult } from "./cells";
import { perLine, wholeOrError } from "./periodize";

const MONTHS = 12;
const historySubject = (row: number, month: number): Subject => ({ label: "historyCell", row, month });

/** A row of months where a blank means "not booked (yet)". */
export const bookedRow = (row: Cell[], subject: (month: number) => Subject) =>
  row.map((cell, m) => (isBlank(cell) ? null : readNumber(cell, subject(m + 1))));

/** The method argument: a method name, any case, blank for "budget"; "auto" is the backtest's recommendation. */
export function readForecastMethod(cell: Cell | undefined): ForecastMethod | "auto" {
  if (isBlank(cell)) return "budget";
  const name = cellText(cell).toLowerCase();
  if (name !== "auto" && !(FORECAST_METHODS as readonly string[]).includes(name)) throw new BudgetError("FORECAST_METHOD_UNKNOWN", { text: cellText(cell) });
  return name as ForecastMethod | "auto";
}

function checkRows(actuals: Cell[][], budget: Cell[][], history: Cell[][] | undefined): void {
  if ((actuals[0]?.length ?? 0) > MONTHS) throw new BudgetError("ACTUALS_LENGTH", { count: actuals[0].length });
  if (budget.length !== 1 && budget.length !== actuals.length) {
    throw new BudgetError("BUDGET_ROWS", { rows: budget.length, lines: actuals.length });
  }
  if (history !== undefined && actuals.length !== 1) throw new BudgetError("HISTORY_ONE_LINE", { lines: actuals.length });
}

/** The method and unit as read by the catalogue; the history as cells, undefined when left out. */
export interface ProjectArgs {
  method: ForecastMethod | "auto";
  history: Cell[][] | undefined;
  unit: Unit | undefined;
}

/** The projection of each line: 12 months, or with `total` its year-end as one cell. */
function project(actuals: Cell[][], budget: Cell[][], { method, history, unit }: ProjectArgs, total: boolean): FunctionResult {
  return wholeOrError(() => {
    checkRows(actuals, budget, history);
    const options = {
      method,
      unit,
      history: history?.map((row, r) => bookedRow(row, (m) => historySubject(r + 1, m))),
    };
    return perLine(actuals.length, (line) => {
      const booked = bookedRow(actuals[line], actualSubject);
      const planned = (budget.length === 1 ? budget[0] : budget[line]).map((cell, m) => readNumber(cell, budgetSubject(m + 1)));
      return total ? [yearEnd(booked, planned, options)] : forecast(booked, planned, options);
    }).map((row) => (total ? row.slice(0, 1) : row));
  });
}

export const forecastCells = (actuals: Cell[][], budget: Cell[][], args: ProjectArgs) => project(actuals, budget, args, false);

export const yearEndCells = (actuals: Cell[][], budget: Cell[][], args: ProjectArgs) => project(actuals, budget, args, true);

/** Column by column: one line per row; a single value applies to every line. */
function columns(args: readonly (readonly [LineArg, Cell[][] | undefined])[]): { lines: number; at: (arg: Cell[][] | undefined, line: number) => Cell | undefined } {
  const [longest, most] = args.reduce<[LineArg, number]>((best, [name, a]) => ((a?.length ?? 1) > best[1] ? [name, a?.length ?? 1] : best), [args[0][0], 0]);
  const lines = most;
  for (const [name, a] of args) {
    if (a !== undefined && a.length !== 1 && a.length !== lines) throw new BudgetError("LINE_ROWS", { name, rows: a.length, longest, lines });
  }
  return { lines, at: (a, line) => (a === undefined ? undefined : (a.length === 1 ? a[0] : a[line])[0]) };
}

const optional = (cell: Cell | undefined, subject: Subject) => (isBlank(cell) ? null : readNumber(cell as Cell, subject));

/** The quantities as cells, undefined when left out; the unit as read by the catalogue, undefined for the øre. */
export function varianceCells(
  actual: Cell[][],
  budget: Cell[][],
  actualQty: Cell[][] | undefined,
  budgetQty: Cell[][] | undefined,
  unit: Unit | undefined,
): FunctionResult {
  return wholeOrError(() => {
    const { lines, at } = columns([
      ["actual", actual],
      ["budget", budget],
      ["actualQty", actualQty],
      ["budgetQty", budgetQty],
    ]);
    return perLine(lines, (line) =>
      variance(
        readNumber(at(actual, line) ?? null, ACTUAL),
        readNumber(at(budget, line) ?? null, BUDGET),
        optional(at(actualQty, line), ACTUAL_QTY),
        optional(at(budgetQty, line), BUDGET_QTY),
        unit,
      ),
    ).map((row) => row.slice(0, 3));
  });
}

/**
 * The cap rate, unit and share as read by the catalogue; undefined for their defaults (2 %, the
 * øre, all of it). The cap base is a column like the budget, or left out for the budget itself.
 */
export function carryoverCells(
  budget: Cell[][],
  actual: Cell[][],
  capRate: number | undefined,
  unit: Unit | undefined,
  capBase?: Cell[][],
  share?: number,
): FunctionResult {
  return wholeOrError(() => {
    const { lines, at } = columns([
      ["budget", budget],
      ["actual", actual],
      ["capBase", capBase],
    ]);
    return perLine(lines, (line) => [
      carryover(
        readNumber(at(budget, line) ?? null, BUDGET),
        readNumber(at(actual, line) ?? null, ACTUAL),
        capRate,
        unit,
        optional(at(capBase, line), CAP_BASE) ?? undefined,
        share,
      ),
    ]).map((row) => row.slice(0, 1));
  });
}
