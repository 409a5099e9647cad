// Worksheet arguments as both hosts hand them over (Excel's custom functions runtime and the
// preview engine) are cells, read by the core's one reader (core/read.ts); a problem comes back
// as an Excel error with its message, the same text in Excel and in the preview.

import { BudgetError, checkUnit, isBlank, readNumber, UNIT, YEAR, type Cell, type ErrorKind, type Unit } from "../../core";

export { isBlank, readNumber, type Cell };

/** A problem to show as an Excel error in the result, with its message. */
export interface FunctionError {
  kind: ErrorKind;
  /** In English: Excel's in an English display language, the English pane's. */
  message: string;
  /** In Danish: Excel's in a Danish display language, the Danish pane's. */
  messageDa: string;
}

/** What a worksheet function returns: a matrix of numbers and per-cell errors. */
export type FunctionResult = (number | FunctionError)[][];

export const isFunctionError = (v: unknown): v is FunctionError =>
  typeof v === "object" && v !== null && "kind" in v && "message" in v;

export function toFunctionError(error: unknown): FunctionError {
  if (error instanceof BudgetError) return { kind: error.kind, message: error.message, messageDa: error.describe("da") };
  throw error;
}

/** The optional unit argument: blank is undefined, the function's own default. */
export function readUnit(cell: Cell | undefined): Unit | undefined {
  if (cell === 1 || cell === 0.01 || cell === 1000) return cell;
  if (isBlank(cell)) return undefined;
  return checkUnit(readNumber(cell, UNIT)); // text, TRUE or an error: say so
}

/** The optional year argument: blank means this year. */
export function readYear(cell: Cell | undefined, thisYear?: number): number {
  if (typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 1900 && cell <= 9999) return cell;
  // the clock is read only for a blank: a formula filled down reads its year once per line
  if (isBlank(cell)) return thisYear ?? new Date().getFullYear();
  const year = readNumber(cell, YEAR);
  // a whole number from 1900 to 9999, as the core's periodisation takes it
  if (!(Number.isSafeInteger(year) && year >= 1900 && year <= 9999)) throw new BudgetError("YEAR_INVALID", { value: year });
  return year;
}
