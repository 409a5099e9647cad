// The kinds of argument a worksheet function takes, and the one place an argument is read by its
// kind. Range kinds reach the adapter as cells (Cell[][]), so a bad cell stays the error of its
// line; scalar kinds are read here into the value the adapter needs, and a bad one is one error
// for the whole result. An optional argument left blank reads as its kind's default, or as none
// (undefined) where each function has its own: a unit, a rate.

import { BudgetError, type ForecastMethod, type Subject, type Unit, type WorkdayOptions } from "../../core";
import { isBlank, readNumber, readUnit, readYear, type Cell } from "./cells";
import { readForecastMethod } from "./forecast";
import { readProfileMethod, readWorkdayOptions, requiredYear, type ProfileMethod } from "./profile";
import { readLockedThrough } from "./reperiodize";

/**
 * Arguments handed over as cells: amounts or quantities (one column, a line per row; one value
 * for every line), months (rows of 12), a profile (12 weights, one row per line, or a built-in
 * name), a range of any shape, and the options of a method (a cell or a range, read by the method).
 */
export type RangeKind = "amounts" | "quantities" | "months" | "profile" | "range" | "options";

/** What each scalar kind reads as. */
export interface ScalarValues {
  /**
   * Rounding unit in kroner: 0.01, 1 or 1000; blank is none, the function's default (1 kr for most,
   * the øre for the variance and the carry-over, which work on amounts already booked).
   */
  unit: Unit | undefined;
  /** Budget year, 1900 to 9999; blank is this year when optional, an error when required. */
  year: number;
  /** A required amount in kroner. */
  amount: number;
  /** A rate such as 0.02 for 2 %; blank, when optional, is none (the function's default). */
  rate: number | undefined;
  /** The last month of those kept, 0 to 12. */
  lockedThrough: number;
  /** A forecast method name, any case; blank is "budget". */
  forecastMethod: ForecastMethod | "auto";
  /** A profile method name, English or Danish, any case. */
  profileMethod: ProfileMethod;
  /** Extra days off, such as "grundlovsdag, 24dec"; blank is none. */
  daysOff: WorkdayOptions;
}

export type ScalarKind = keyof ScalarValues;
export type ArgKind = RangeKind | ScalarKind;

export interface ArgText {
  name: string;
  description: string;
}

/** One argument of a worksheet function, as the catalogue declares it. */
export interface ArgSpec {
  kind: ArgKind;
  en: ArgText;
  da: ArgText;
  /** May be left out; only arguments after the required ones. */
  optional?: true;
  /** How messages name the argument (amount, rate and month kinds need one). */
  subject?: Subject;
}

/** An argument as a host hands it over: a range of cells, one cell, or nothing (left out). */
export type Arg = Cell[][] | Cell | undefined;

const RANGE_KINDS: ReadonlySet<ArgKind> = new Set<RangeKind>(["amounts", "quantities", "months", "profile", "range", "options"]);

export const isRangeKind = (kind: ArgKind): kind is RangeKind => RANGE_KINDS.has(kind);

/** How messages name an argument read on its own: every amount, rate and month argument declares it. */
function subjectOf(arg: ArgSpec): Subject {
  if (arg.subject === undefined) throw new Error(`the catalogue gives argument ${arg.en.name} no subject`);
  return arg.subject;
}

const SCALAR_READERS: { [K in ScalarKind]: (cell: Cell | undefined, arg: ArgSpec) => ScalarValues[K] } = {
  unit: (cell) => readUnit(cell),
  year: (cell, arg) => (arg.optional ? readYear(cell) : requiredYear(cell)),
  amount: (cell, arg) => readNumber(cell ?? null, subjectOf(arg)),
  rate: (cell, arg) => (arg.optional && isBlank(cell) ? undefined : readNumber(cell ?? null, subjectOf(arg))),
  lockedThrough: (cell, arg) => readLockedThrough(cell, subjectOf(arg)),
  forecastMethod: (cell) => readForecastMethod(cell),
  profileMethod: (cell) => readProfileMethod(cell),
  daysOff: (cell) => readWorkdayOptions(cell),
};

/** An optional range left out: nothing, no cells, or one blank cell. */
const leftOut = (cells: Cell[][]) => cells.every((row) => row.length === 0) || (cells.length === 1 && cells[0].length === 1 && isBlank(cells[0][0]));

/** The reader of one argument, chosen once from its kind (a worksheet function runs per cell). */
function argReader(spec: ArgSpec): (arg: Arg) => unknown {
  const { kind } = spec;
  if (isRangeKind(kind)) {
    if (!spec.optional) return (arg) => (Array.isArray(arg) ? arg : [[arg ?? null]]);
    return (arg) => {
      if (arg === undefined) return undefined;
      const cells = Array.isArray(arg) ? arg : [[arg]];
      return leftOut(cells) ? undefined : cells;
    };
  }
  const read = SCALAR_READERS[kind] as (cell: Cell | undefined, arg: ArgSpec) => unknown;
  return (arg) => read(Array.isArray(arg) ? oneCell(spec, arg) : arg, spec);
}

/** A scalar kind given as a range: its one cell; a range of more cells is refused, naming the argument. */
function oneCell(spec: ArgSpec, cells: Cell[][]): Cell | undefined {
  // a loop, not Math.max(...): a range may have more rows than a call takes arguments
  const cols = cells.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (cells.length > 1 || cols > 1) {
    throw new BudgetError("ARGUMENT_NOT_ONE_CELL", { argument: { en: spec.en.name, da: spec.da.name }, rows: cells.length, cols });
  }
  return cells[0]?.[0];
}

/**
 * A reader of every argument by its kind, in order; a bad scalar throws its BudgetError. Made
 * once per function, so a call only runs the readers its arguments need.
 */
export function argsReader(specs: readonly ArgSpec[]): (args: readonly Arg[]) => unknown[] {
  const readers = specs.map(argReader);
  return (args) => {
    const values = new Array<unknown>(readers.length);
    for (let i = 0; i < readers.length; i++) values[i] = readers[i](args[i]);
    return values;
  };
}

/** The value the adapter gets for an argument. */
export type ArgValue<S extends ArgSpec> = S["kind"] extends ScalarKind
  ? ScalarValues[S["kind"]]
  : S extends { optional: true }
    ? Cell[][] | undefined
    : Cell[][];

export type ArgValues<A extends readonly ArgSpec[]> = { -readonly [I in keyof A]: ArgValue<A[I]> };

/** An argument as cells: a range kind as a range, a scalar kind as one cell. */
type CellArg<S extends ArgSpec> = S["kind"] extends ScalarKind ? Cell | undefined : Cell[][];

/** The arguments as cells, in order, the optional ones optional. */
export type CellArgs<A extends readonly ArgSpec[]> = A extends readonly [infer S extends ArgSpec, ...infer Rest extends readonly ArgSpec[]]
  ? S extends { optional: true }
    ? [arg?: CellArg<S>, ...CellArgs<Rest>]
    : [CellArg<S>, ...CellArgs<Rest>]
  : [];
