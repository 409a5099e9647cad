// BUDGET.WORKDAYS (ARBEJDSDAGE) and BUDGET.PROFILE (PROFIL): the built-in profiles as 1 x 12
// rows, so finance can see, keep and adjust them in a sheet.

import { builtInProfile, parseWorkdayOptions, workdays, YEAR, type WorkdayOptions } from "../../core";
import { readNumber, readYear, type Cell, type FunctionResult } from "./cells";
import { wholeOrError } from "./periodize";

const isBlank = (cell: Cell | undefined) => cell === undefined || cell === null || cell === "";

/** The working-day options argument: blank, or keywords such as "grundlovsdag, 24dec". */
export function readWorkdayOptions(cell: Cell | undefined): WorkdayOptions {
  if (isBlank(cell)) return {};
  if (typeof cell === "object" && cell !== null) return parseWorkdayOptions(cell.error);
  return parseWorkdayOptions(String(cell));
}

/** A required year: blank is an error here, not this year. */
function requiredYear(cell: Cell | undefined): number {
  if (isBlank(cell)) readNumber(null, YEAR);
  return readYear(cell);
}

export function workdaysCells(year: Cell | undefined, options?: Cell): FunctionResult {
  return wholeOrError(() => [workdays(requiredYear(year), readWorkdayOptions(options))]);
}

export function profileCells(method: Cell | undefined, year?: Cell, options?: Cell[][]): FunctionResult {
  return wholeOrError(() => {
    const name = typeof method === "string" ? method : String(method ?? "");
    const single = options && options.length === 1 && options[0].length === 1 ? options[0][0] : undefined;
    return [[...builtInProfile(name, readYear(year), readWorkdayOptions(single))]];
  });
}
