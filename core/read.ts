// The one reader for values that come from cells: Excel's custom functions runtime, the preview
// engine and the workbook gateway all hand over numbers, text, TRUE/FALSE, blanks and error
// values, and every one of them is checked here, with the same message wherever it is met. Text
// in a number cell is refused, never guessed at: "1.234" means 1234 to a Danish reader and 1.234
// to a machine.

import { BudgetError, type Shown, type Subject } from "./errors";

/** An error value in a cell, such as #N/A. */
export interface CellError {
  error: string;
}

/** One cell as a host hands it over: blank cells are null. */
export type Cell = number | string | boolean | null | CellError;

export const isCellError = (value: unknown): value is CellError =>
  typeof value === "object" && value !== null && "error" in value && typeof (value as CellError).error === "string";

export const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** Text such as "1.234,56", "1234,5" or "12.500": a number typed in Danish format but stored as text. */
const DANISH_NUMBER_TEXT = /^[+-]?(\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+)$/;

/** A decimal as a machine writes it ("-1234.56"): what the core takes as exact text. */
export const PLAIN_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The errors every number cell shares: blank, TRUE/FALSE, an error value, text. */
function refuse(value: unknown, what: Subject): never {
  if (isBlank(value)) throw new BudgetError("AMOUNT_BLANK", { what });
  if (typeof value === "boolean") throw new BudgetError("AMOUNT_BOOLEAN", { what, value });
  if (isCellError(value)) throw new BudgetError("AMOUNT_ERROR", { what, text: value.error });
  if (typeof value === "number") throw new BudgetError("AMOUNT_NOT_FINITE", { what });
  const text = String(value);
  if (DANISH_NUMBER_TEXT.test(text.trim())) throw new BudgetError("AMOUNT_DANISH_TEXT", { what, text });
  throw new BudgetError("AMOUNT_TEXT", { what, text });
}

/** A cell that must hold a finite number. */
export function readNumber(value: unknown, what: Subject): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return refuse(value, what);
}

/**
 * An amount as the core takes it: a finite number, or a decimal written as a machine writes it
 * ("-1234.56"), which is read exactly. The amount limit is checked where the unit is known.
 */
export function readAmount(value: unknown, what: Subject): number | string {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && PLAIN_DECIMAL.test(value.trim())) return value.trim();
  return refuse(value, what);
}

/** A whole number from min to max, or null if the value is anything else. */
export function wholeNumber(value: unknown, min: number, max: number): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** What a cell says as text, trimmed: "" for a blank, "#N/A" for an error value. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (isCellError(value)) return value.error;
  return String(value).trim();
}

/** A value as a message shows it back: blank as blank, text in quotes, an error value as it is. */
export function shown(value: unknown): Shown {
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isCellError(value)) return value.error;
  return `"${String(value)}"`;
}
