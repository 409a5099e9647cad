// BUDGET.REPERIODIZE (OMPERIODISER): new annual amounts (k x 1) and the current months (k x 12)
// give k x 12 months where months 1..lockedThrough keep their values and the rest of each new
// annual amount is spread over the remaining months (core/reperiodize.ts has the rules). The
// profile is optional: blank means the current shape of the remaining months.

import { z } from "zod";
import { ANNUAL, BudgetError, monthSubject, reperiodize, type Profile } from "../../core";
import { readNumber, readUnit, type Cell, type FunctionResult } from "./cells";
import { checkColumn, perLine, readProfileRows, wholeOrError } from "./periodize";

const MONTHS = 12;
const LOCKED = { what: "lockedThrough", whatDa: "låst til og med", blankDa: "tom" };

const lockedSchema = z.number().int().min(0).max(MONTHS);

const isBlankProfile = (profile: Cell[][] | undefined) =>
  profile === undefined || (profile.length === 1 && profile[0].length === 1 && (profile[0][0] === null || profile[0][0] === ""));

export function reperiodizeCells(
  newAnnual: Cell[][],
  months: Cell[][],
  lockedThrough: Cell | undefined,
  profile?: Cell[][],
  unit?: Cell,
): FunctionResult {
  return wholeOrError(() => {
    checkColumn(newAnnual);
    if (months.length !== newAnnual.length) {
      throw new BudgetError("PROFILE_ROWS", { rows: months.length, lines: newAnnual.length });
    }
    const width = months[0]?.length ?? 0;
    if (width !== MONTHS) throw new BudgetError("MONTHS_LENGTH", { count: width });
    const locked = readNumber(lockedThrough ?? null, LOCKED);
    // one lockedThrough for every line: a bad one is an error for the whole result
    if (!lockedSchema.safeParse(locked).success) throw new BudgetError("LOCKED_INVALID", { text: String(locked) });
    const options = { unit: readUnit(unit) };
    const profiles = isBlankProfile(profile) ? null : readProfileRows(profile as Cell[][], newAnnual.length);
    return perLine(newAnnual.length, (line) => {
      const current = months[line].map((cell, m) => readNumber(cell, monthSubject(m + 1)));
      const lineProfile: Profile | undefined = profiles?.of(line);
      return reperiodize(readNumber(newAnnual[line][0], ANNUAL), current, locked, { ...options, profile: lineProfile });
    });
  });
}
