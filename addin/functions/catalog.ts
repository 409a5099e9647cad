// The worksheet functions as one table, so every host registers the same set: Excel through
// functions.ts (whose JSDoc generates the metadata) and the preview engine through its plugin.
// Each entry says how its arguments come (a range or one value), how many are required, how to
// run it, and how big its result is (engines that spill need that before evaluating).

import type { Cell, FunctionResult } from "./cells";
import { allocateCells } from "./allocate";
import { carryoverCells, forecastCells, varianceCells, yearEndCells } from "./forecast";
import { periodizeCells } from "./periodize";
import { profileCells, workdaysCells } from "./profile";
import { reperiodizeCells } from "./reperiodize";

export type ArgKind = "matrix" | "scalar";
export type Arg = Cell[][] | Cell | undefined;

export interface Size {
  rows: number;
  columns: number;
}

export interface WorksheetFunction {
  /** The English id, as in =BUDGET.PERIODIZE; the Danish name is in names-da.json. */
  id: string;
  args: readonly ArgKind[];
  required: number;
  run(args: readonly Arg[]): FunctionResult;
  size(args: readonly Size[]): Size;
}

const matrix = (arg: Arg): Cell[][] => (Array.isArray(arg) ? arg : [[arg ?? null]]);
const scalar = (arg: Arg): Cell | undefined => (Array.isArray(arg) ? arg[0]?.[0] : arg);

export const WORKSHEET_FUNCTIONS: readonly WorksheetFunction[] = [
  {
    id: "PERIODIZE",
    args: ["matrix", "matrix", "scalar", "scalar"],
    required: 2,
    run: ([annual, profile, year, unit]) => periodizeCells(matrix(annual), matrix(profile), scalar(year), scalar(unit)),
    size: ([annual]) => ({ rows: annual.rows, columns: 12 }),
  },
  {
    id: "REPERIODIZE",
    args: ["matrix", "matrix", "scalar", "matrix", "scalar"],
    required: 3,
    run: ([newAnnual, months, locked, profile, unit]) =>
      reperiodizeCells(matrix(newAnnual), matrix(months), scalar(locked), profile === undefined ? undefined : matrix(profile), scalar(unit)),
    size: ([newAnnual]) => ({ rows: newAnnual.rows, columns: 12 }),
  },
  {
    id: "ALLOCATE",
    args: ["scalar", "matrix", "matrix", "scalar", "scalar", "scalar"],
    required: 2,
    run: ([total, bases, keys, minRate, maxRate, unit]) =>
      allocateCells(scalar(total), matrix(bases), keys === undefined ? undefined : matrix(keys), scalar(minRate), scalar(maxRate), scalar(unit)),
    size: ([, bases]) => bases,
  },
  {
    id: "FORECAST",
    args: ["matrix", "matrix", "scalar", "matrix"],
    required: 2,
    run: ([actuals, budget, method, history]) =>
      forecastCells(matrix(actuals), matrix(budget), scalar(method), history === undefined ? undefined : matrix(history)),
    size: ([actuals]) => ({ rows: actuals.rows, columns: 12 }),
  },
  {
    id: "YEAREND",
    args: ["matrix", "matrix", "scalar", "matrix"],
    required: 2,
    run: ([actuals, budget, method, history]) =>
      yearEndCells(matrix(actuals), matrix(budget), scalar(method), history === undefined ? undefined : matrix(history)),
    size: ([actuals]) => ({ rows: actuals.rows, columns: 1 }),
  },
  {
    id: "VARIANCE",
    args: ["matrix", "matrix", "matrix", "matrix"],
    required: 2,
    run: ([actual, budget, actualQty, budgetQty]) =>
      varianceCells(matrix(actual), matrix(budget), actualQty === undefined ? undefined : matrix(actualQty), budgetQty === undefined ? undefined : matrix(budgetQty)),
    size: ([actual, budget]) => ({ rows: Math.max(actual.rows, budget.rows), columns: 3 }),
  },
  {
    id: "CARRYOVER",
    args: ["matrix", "matrix", "scalar"],
    required: 2,
    run: ([budget, actual, capRate]) => carryoverCells(matrix(budget), matrix(actual), scalar(capRate)),
    size: ([budget, actual]) => ({ rows: Math.max(budget.rows, actual.rows), columns: 1 }),
  },
  {
    id: "WORKDAYS",
    args: ["scalar", "scalar"],
    required: 1,
    run: ([year, options]) => workdaysCells(scalar(year), scalar(options)),
    size: () => ({ rows: 1, columns: 12 }),
  },
  {
    id: "PROFILE",
    args: ["scalar", "scalar", "matrix"],
    required: 1,
    run: ([method, year, options]) => profileCells(scalar(method), scalar(year), options === undefined ? undefined : matrix(options)),
    size: () => ({ rows: 1, columns: 12 }),
  },
];
