// BUDGET.PERIODIZE (PERIODISER): annual amounts (k x 1) and a profile (a built-in name, 1 x 12
// weights for all lines, or k x 12 weights, one row per line) give k x 12 months. A bad line
// gives a row of errors with its message; a bad argument gives one error for the whole result.

import { ANNUAL, BudgetError, periodizer, type Subject } from "../../core";
import { readNumber, readUnit, readYear, toFunctionError, type Cell, type FunctionResult } from "./cells";

const MONTHS = 12;

const weightSubject = (index: number): Subject => ({
  what: `profile weight ${index}`,
  whatDa: `profilvægt ${index}`,
  blankDa: "tom",
});

type Line = (annual: number) => number[];

/** One periodiser per profile row, or one shared by every line; built lazily per row. */
function profileLines(profile: Cell[][], lines: number, year: number, unit: 0.01 | 1 | 1000): (line: number) => Line {
  const single = profile.length === 1 && profile[0].length === 1 ? profile[0][0] : undefined;
  if (single === null || single === "") throw new BudgetError("PROFILE_BLANK");
  if (typeof single === "string") {
    const shared = periodizer(single, { year, unit });
    return () => shared;
  }
  // a 12 x 1 column is read as one profile
  const rows = profile.length === MONTHS && profile.every((r) => r.length === 1) ? [profile.map((r) => r[0])] : profile;
  const width = rows[0]?.length ?? 0;
  if (width !== MONTHS) throw new BudgetError("PROFILE_LENGTH", { count: width });
  if (rows.length !== 1 && rows.length !== lines) {
    throw new BudgetError("PROFILE_ROWS", { rows: rows.length, lines });
  }
  const make = (row: Cell[]): Line => periodizer(row.map((cell, i) => readNumber(cell, weightSubject(i + 1))), { year, unit });
  if (rows.length === 1) {
    const shared = make(rows[0]);
    return () => shared;
  }
  return (line) => make(rows[line]);
}

export function periodizeCells(annual: Cell[][], profile: Cell[][], year?: Cell, unit?: Cell): FunctionResult {
  try {
    const columns = annual[0]?.length ?? 0;
    if (columns !== 1) throw new BudgetError("ANNUAL_SHAPE", { rows: annual.length, cols: columns });
    const lineOf = profileLines(profile, annual.length, readYear(year), readUnit(unit));
    return annual.map((row, line) => {
      try {
        return lineOf(line)(readNumber(row[0], ANNUAL));
      } catch (error) {
        return new Array(MONTHS).fill(toFunctionError(error));
      }
    });
  } catch (error) {
    return [[toFunctionError(error)]];
  }
}
