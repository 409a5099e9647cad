// Worksheet arguments as both hosts hand them over (Excel's custom functions runtime and the
// preview engine), read into core inputs. Text in a number cell is refused, never guessed at:
// "1.234" means 1234 to a Danish reader and 1.234 to a machine.

import { BudgetError, UNIT, UNITS, YEAR, type ErrorKind, type Subject, type Unit } from "../../core";

/** An error value in an input cell, such as #N/A. */
export interface CellErrorValue {
  error: string;
}

/** One argument cell: blank cells are null. */
export type Cell = number | string | boolean | null | CellErrorValue;

/** A problem to show as an Excel error in the result, with its message. */
export interface FunctionError {
  kind: ErrorKind;
  /** English, as Excel shows it. */
  message: string;
  /** Danish, for the task pane. */
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

/** Text such as "1.234,56", "1234,5" or "12.500": a number typed in Danish format but stored as text. */
const DANISH_NUMBER_TEXT = /^[+-]?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)$/;

function isErrorValue(cell: Cell): cell is CellErrorValue {
  return typeof cell === "object" && cell !== null;
}

/** Reads a cell that must hold a number (an amount or a weight). */
export function readNumber(cell: Cell, subject: Subject): number {
  if (typeof cell === "number") return cell;
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) {
    throw new BudgetError("AMOUNT_BLANK", { ...subject });
  }
  if (typeof cell === "boolean") throw new BudgetError("AMOUNT_BOOLEAN", { ...subject, text: cell ? "TRUE" : "FALSE" });
  if (isErrorValue(cell)) throw new BudgetError("AMOUNT_ERROR", { ...subject, text: cell.error });
  const code = DANISH_NUMBER_TEXT.test(cell.trim()) ? "AMOUNT_DANISH_TEXT" : "AMOUNT_TEXT";
  throw new BudgetError(code, { ...subject, text: cell });
}

/** Nothing in the cell: left out, blank or "". */
export const isBlank = (cell: Cell | undefined) => cell === undefined || cell === null || cell === "";

const shown = (cell: Cell) => (isErrorValue(cell) ? cell.error : String(cell));

/** The optional unit argument: blank means 1 kr. */
export function readUnit(cell: Cell | undefined): Unit {
  if (isBlank(cell)) return 1;
  if (typeof cell !== "number") readNumber(cell as Cell, UNIT); // text, TRUE or an error: say so
  if (typeof cell !== "number" || !(UNITS as readonly number[]).includes(cell)) {
    throw new BudgetError("UNIT_INVALID", { text: shown(cell as Cell) });
  }
  return cell as Unit;
}

/** The optional year argument: blank means this year. */
export function readYear(cell: Cell | undefined, thisYear = new Date().getFullYear()): number {
  if (isBlank(cell)) return thisYear;
  if (typeof cell !== "number") readNumber(cell as Cell, YEAR);
  // a whole number from 1900 to 9999, as the core's periodisation takes it
  if (!(typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 1900 && cell <= 9999)) {
    throw new BudgetError("YEAR_INVALID", { text: shown(cell as Cell) });
  }
  return cell;
}
