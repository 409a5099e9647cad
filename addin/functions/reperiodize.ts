// BUDGET.REPERIODIZE (OMPERIODISER): new annual amounts (k x 1) and the current months (k x 12)
// give k x 12 months where months 1..lockedThrough keep their values and the rest of each new
// annual amount is spread over the remaining months (core/reperiodize.ts has the rules). The
// profile is optional: blank means the current shape of the remaining months.

import { ANNUAL, BudgetError, monthSubject, reperiodize, type Profile, type Subject, type Unit } from "../../core";
import { readNumber, type Cell, type FunctionResult } from "./cells";
import { checkColumn, perLine, readProfileRows, wholeOrError } from "./periodize";

const MONTHS = 12;

/** The lockedThrough argument: one for every line, so a bad one is an error for the whole result. */
export function readLockedThrough(cell: Cell | undefined, subject: Subject): number {
  const locked = readNumber(cell ?? null, subject);
  if (!(Number.isInteger(locked) && locked >= 0 && locked <= MONTHS)) throw new BudgetError("LOCKED_INVALID", { value: locked });
  return locked;
}

/** lockedThrough and unit as read by the catalogue; no profile: the remaining months' current shape. */
export function reperiodizeCells(
  newAnnual: Cell[][],
  months: Cell[][],
  lockedThrough: number,
  profile: Cell[][] | undefined,
  unit: Unit | undefined,
): FunctionResult {
  return wholeOrError(() => {
    checkColumn(newAnnual);
    if (months.length !== newAnnual.length) {
      throw new BudgetError("MONTHS_ROWS", { rows: months.length, lines: newAnnual.length });
    }
    const width = months[0]?.length ?? 0;
    if (width !== MONTHS) throw new BudgetError("MONTHS_LENGTH", { count: width });
    const profiles = profile === undefined ? null : readProfileRows(profile, newAnnual.length);
    return perLine(newAnnual.length, (line) => {
      const current = months[line].map((cell, m) => readNumber(cell, monthSubject(m + 1)));
      const lineProfile: Profile | undefined = profiles?.of(line);
      return reperiodize(readNumber(newAnnual[line][0], ANNUAL), current, lockedThrough, { unit, profile: lineProfile });
    });
  });
}
