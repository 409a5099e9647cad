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
  const read = (row: Cell[]) => row.map((cell, i) => readNumber(cell, weightSubject(i + 1)));
  if (rows.length === 1) {
    const shared = read(rows[0]);
    return { shared: true, of: () => shared };
  }
  return { shared: false, of: (line) => read(rows[line]) };
}

/** Checks that annual amounts come as one column, k x 1. */
export function checkColumn(annual: Cell[][]): void {
  const columns = annual[0]?.length ?? 0;
  if (columns !== 1) throw new BudgetError("ANNUAL_SHAPE", { rows: annual.length, cols: columns });
}

/** Runs each line on its own, so a bad line gives a row of errors and the rest still compute. */
export function perLine(lines: number, compute: (line: number) => number[]): FunctionResult {
  return Array.from({ length: lines }, (_, line) => {
    try {
      return compute(line);
    } catch (error) {
      return new Array(MONTHS).fill(toFunctionError(error));
    }
  });
}

/** The whole result, or one error for it when an argument is wrong. */
export function wholeOrError(compute: () => FunctionResult): FunctionResult {
  try {
    return compute();
  } catch (error) {
    return [[toFunctionError(error)]];
  }
}

/** The year and unit as read by the catalogue (addin/functions/args.ts). */
export function periodizeCells(annual: Cell[][], profile: Cell[][], options: { year: number; unit: Unit | undefined }): FunctionResult {
  return wholeOrError(() => {
    checkColumn(annual);
    const profiles = readProfileRows(profile, annual.length);
    const shared = profiles.shared ? periodizer(profiles.of(0), options) : null;
    return perLine(annual.length, (line) =>
      (shared ?? periodizer(profiles.of(line), options))(readNumber(annual[line][0], ANNUAL)),
    );
  });
}
