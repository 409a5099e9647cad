// Excel's custom functions: the BUDGET namespace. Every function in the catalogue is associated
// with its id in functions.json (which the build writes from the same catalogue), through one
// binding from Excel's arguments to the catalogue and back. Runs in the shared runtime, beside the
// task pane.

import { languageOf, type Language } from "../../core/messages/render";
import type { Arg } from "./args";
import { WORKSHEET_FUNCTIONS } from "./catalog";
import { isFunctionError, type Cell, type FunctionError, type FunctionResult } from "./cells";

/** Excel shows a custom error's message only on #VALUE! and #N/A, so those are the only two used. */
export const ERROR_CODES: Record<FunctionError["kind"], CustomFunctions.ErrorCode> = {
  value: CustomFunctions.ErrorCode.invalidValue,
  na: CustomFunctions.ErrorCode.notAvailable,
};

/** Excel hands over blanks as "" or null and input errors as error objects; make them Cells. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value !== "object") return String(value);
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown };
  // an error input (the metadata lets errors through): a CustomFunctions.Error, or an error cell value
  if (typeof v.code === "string") return { error: v.code };
  if (v.type === "Error") return { error: typeof v.basicValue === "string" ? v.basicValue : "#VALUE!" };
  // a cell value of a data type (a formatted number, an entity): its basic value
  if (typeof v.basicValue === "number" || typeof v.basicValue === "string" || typeof v.basicValue === "boolean") return toCell(v.basicValue);
  return { error: "#VALUE!" };
}

/** A matrix argument comes as rows of values; an optional argument left out as null (or undefined), never as a matrix. */
const toArg = (value: unknown): Arg =>
  Array.isArray(value) ? value.map((row: unknown) => (Array.isArray(row) ? row : [row]).map(toCell)) : value == null ? undefined : toCell(value);

/**
 * The language of the messages: Excel's display language. The functions run in the shared runtime,
 * where Office.context is the task pane's; before Office is ready, or without it, English.
 */
function messageLanguage(): Language {
  return typeof Office === "undefined" ? "en" : languageOf(Office.context?.displayLanguage);
}

/** Numbers, and CustomFunctions.Error for the cells that failed, their messages in Excel's display language. */
function toExcel(result: FunctionResult): (number | CustomFunctions.Error)[][] {
  const language = messageLanguage();
  return result.map((row) =>
    row.map((v) => (isFunctionError(v) ? new CustomFunctions.Error(ERROR_CODES[v.kind], language === "da" ? v.messageDa : v.message) : v)),
  );
}

// Excel passes every declared argument, then an invocation object of its own: only the declared
// ones are read.
for (const fn of WORKSHEET_FUNCTIONS) {
  CustomFunctions.associate(fn.id, (...args: unknown[]) => toExcel(fn.invoke(args.slice(0, fn.args.length).map(toArg))));
}
