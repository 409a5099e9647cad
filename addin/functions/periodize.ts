// BUDGET.PERIODIZE (PERIODISER): annual amounts (k x 1) and a profile (a built-in name, 1 x 12
// weights for all lines, or k x 12 weights, one row per line) give k x 12 months. A bad line
// gives a row of errors with its message; a bad argument gives one error for the whole result.

import { ANNUAL, BudgetError, periodizer, type Profile, type Subject, type Unit } from "../../core";
import { readNumber, toFunctionError, type Cell, type FunctionResult } from "./cells";

const MONTHS = 12;

const weightSubject = (index: number): Subject => ({ label: "profileWeight", index });

export interface ProfileRows {
  /** One profile for every line (checked already), or one per line (checked when asked for). */
  shared: boolean;
  of(line: number): Profile;
}

/** Reads a profile argument: a name, a row of 12 weights (or a column of 12), or one row per line. */
export function readProfileRows(profile: Cell[][], lines: number): ProfileRows {
  const single = profile.length === 1 && profile[0].length === 1 ? profile[0][0] : undefined;
  if (single === null || single === "") throw new BudgetError("PROFILE_BLANK");
  if (typeof single === "string") return { shared: true, of: () => single };
  // a 12 x 1 column is read as one profile
  const rows = profile.length === MONTHS && profile.every((r) => r.length === 1) ? [profile.map((r) => r[0])] : profile;
  const width = rows[0]?.length ?? 0;
  if (width !== MONTHS) throw new BudgetError("PROFILE_LENGTH", { count: width });
  if (rows.length !== 1 && rows.length !== lines) throw new BudgetError("PROFILE_ROWS", { rows: rows.length, lines });
  if (rows.length === 1) {
    const shared = weightsOf(rows[0]);
    return { shared: true, of: () => shared };
  }
  return { shared: false, of: (line) => weightsOf(rows[line]) };
}

/** A row of weight cells as numbers: the row itself when every cell holds one (a call per cell reads it often). */
function weightsOf(row: Cell[]): readonly number[] {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (!(typeof cell === "number" && Number.isFinite(cell))) return row.map((c, m) => readNumber(c, weightSubject(m + 1)));
  }
  return row as number[];
}

/** Checks that annual amounts come as one column, k x 1. */
export function checkColumn(annual: Cell[][]): void {
  const columns = annual[0]?.length ?? 0;
  if (columns !== 1) throw new BudgetError("ANNUAL_SHAPE", { rows: annual.length, cols: columns });
}

/** Runs each line on its own, so a bad line gives a row of errors and the rest still compute. */
export function perLine(lines: number, compute: (line: number) => number[]): FunctionResult {
  const result: FunctionResult = new Array(lines);
  for (let line = 0; line < lines; line++) {
    try {
      result[line] = compute(line);
    } catch (error) {
      result[line] = new Array(MONTHS).fill(toFunctionError(error));
    }
  }
  return result;
}

/** The whole result, or one error for it when an argument is wrong. */
export function wholeOrError(compute: () => FunctionResult): FunctionResult {
  try {
    return compute();
  } catch (error) {
    return [[toFunctionError(error)]];
  }
}

type Line = (annual: number) => number[];

interface PeriodizeOptions {
  year: number;
  unit: Unit | undefined;
}

/** The year and unit as read by the catalogue (addin/functions/args.ts). */
export function periodizeCells(annual: Cell[][], profile: Cell[][], options: PeriodizeOptions): FunctionResult {
  return wholeOrError(() => {
    checkColumn(annual);
    let shared = profile.length === 1 ? sameRowAsLast(profile[0], options) : null;
    if (shared !== null) {
      const line = shared;
      return perLine(annual.length, (i) => line(annualOf(annual[i][0])));
    }
    const profiles = readProfileRows(profile, annual.length);
    if (profiles.shared) {
      const weights = profiles.of(0);
      shared = periodizer(weights, options);
      if (typeof weights !== "string") remember(weights, options, shared);
    }
    return perLine(annual.length, (line) => (shared ?? periodizer(profiles.of(line), options))(annualOf(annual[line][0])));
  });
}

/**
 * The last row of weights shared by all lines, with its year, unit and periodizer. A formula
 * filled down a column calls the function once per line with the same row: a row equal cell by
 * cell to the last one is 12 numbers already checked, and splits along the same periodizer.
 */
let last: { weights: readonly number[]; year: number; unit: Unit | undefined; line: Line } | null = null;

function remember(weights: readonly number[], { year, unit }: PeriodizeOptions, line: Line): void {
  last = { weights: weights.slice(), year, unit, line };
}

function sameRowAsLast(row: Cell[], { year, unit }: PeriodizeOptions): Line | null {
  if (last === null || last.year !== year || last.unit !== unit || row.length !== last.weights.length) return null;
  const kept = last.weights;
  for (let i = 0; i < kept.length; i++) if (row[i] !== kept[i]) return null;
  return last.line;
}

/** An annual amount: a number cell as it is, any other read (and refused) by the one reader. */
const annualOf = (cell: Cell): number => (typeof cell === "number" && Number.isFinite(cell) ? cell : readNumber(cell, ANNUAL));
