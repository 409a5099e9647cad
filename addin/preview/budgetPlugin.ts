// The BUDGET functions registered on the preview's formula engine (HyperFormula) from the same
// catalogue Excel's bindings run, so the preview workbook computes exactly what Excel does. The
// Danish names are the catalogue's, as in Excel's functions-da.json. Their messages are in the
// language of the engine's context, as Excel in that language shows them.

import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { BudgetError, type Language } from "../../core";
import { isRangeKind } from "../functions/args";
import { isFunctionError, type Cell, type FunctionResult } from "../functions/cells";
import { WORKSHEET_FUNCTIONS, type WorksheetFunction } from "../functions/catalog";

type ProcedureAst = Parameters<FunctionPlugin["evaluateAst"]>[0] & { args: Parameters<FunctionPlugin["evaluateAst"]>[0][] };
type State = Parameters<FunctionPlugin["evaluateAst"]>[1];

/** What an engine tells its BUDGET functions: the language of their messages. */
export interface BudgetContext {
  messages: Language;
}

const messagesOf = (context: unknown): Language =>
  typeof context === "object" && context !== null && (context as Partial<BudgetContext>).messages === "da" ? "da" : "en";

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
};

/** An engine value as an argument cell. */
function toCell(value: unknown): Cell {
  if (value === undefined || value === null || value === EmptyValue) return null;
  if (value instanceof CellError) return { error: ERROR_TEXT[value.type] ?? `#${value.type}` };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && "val" in value) return Number((value as { val: unknown }).val); // formatted numbers
  return String(value);
}

function toCells(value: unknown): Cell[][] {
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toCell));
  return [[toCell(value)]];
}

/** A whole-result error stays in the formula cell; otherwise the matrix spills. */
function toEngine(result: FunctionResult, language: Language): SimpleRangeValue | CellError {
  const only = result.length === 1 && result[0].length === 1 ? result[0][0] : undefined;
  const cellOf = (v: FunctionResult[number][number]) =>
    isFunctionError(v) ? new CellError(v.kind === "na" ? ErrorType.NA : ErrorType.VALUE, language === "da" ? v.messageDa : v.message) : v;
  if (only !== undefined && isFunctionError(only)) return cellOf(only) as CellError;
  return SimpleRangeValue.onlyValues(result.map((row) => row.map(cellOf)));
}

const required = (fn: WorksheetFunction) => fn.args.filter((arg) => !arg.optional).length;

/** One plugin for every function in the catalogue: the same adapters Excel runs. */
export class BudgetPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    WORKSHEET_FUNCTIONS.map((fn) => [
      `BUDGET.${fn.id}`,
      {
        method: `run${fn.id}`,
        sizeOfResultArrayMethod: `size${fn.id}`,
        vectorizationForbidden: true,
        parameters: fn.args.map((arg) => ({
          argumentType: isRangeKind(arg.kind) ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
          optionalArg: arg.optional === true,
        })),
      },
    ]),
  );

  /**
   * The arguments evaluated here rather than by runFunction, which stops at an error value in a
   * range kind's argument (a single cell holding #N/A) before the function sees it: Excel, with
   * errors allowed as inputs, hands it over, so the message names the cell in both hosts.
   */
  run(fn: WorksheetFunction, ast: ProcedureAst, state: State) {
    if (ast.args.length < required(fn) || ast.args.length > fn.args.length) return new CellError(ErrorType.NA, argumentCount(fn, messagesOf(this.config.context)));
    const values = ast.args.map((arg) => ((arg as { type: string }).type === "EMPTY" ? undefined : this.evaluateAst(arg, state)));
    // a range where one cell is expected goes over as the range, for the catalogue to refuse by name
    const args = values.map((value, i) =>
      value === undefined ? undefined : isRangeKind(fn.args[i].kind) || value instanceof SimpleRangeValue ? toCells(value) : toCell(value),
    );
    const result = fn.invoke(args);
    // the engine has set aside the room the arguments' shapes give; a larger result would break it
    const room = this.size(fn, ast, state);
    const rows = result.length;
    const columns = Math.max(0, ...result.map((row) => row.length));
    if (rows > room.height || columns > room.width) {
      const name = { en: `BUDGET.${fn.id}`, da: `BUDGET.${fn.da.name}` };
      const error = new BudgetError("RESULT_OUTGROWS_ROOM", { name, rows, cols: columns, roomRows: room.height, roomCols: room.width });
      return new CellError(ErrorType.VALUE, error.describe(messagesOf(this.config.context)));
    }
    return toEngine(result, messagesOf(this.config.context));
  }

  size(fn: WorksheetFunction, ast: ProcedureAst, state: State) {
    if (ast.args.length < required(fn)) return ArraySize.error();
    const sizes = ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg, state);
      return { rows: size.height, columns: size.width };
    });
    const { rows, columns } = fn.size(sizes);
    return new ArraySize(columns, rows);
  }
}

// HyperFormula calls plugin methods by name: one pair per function
for (const fn of WORKSHEET_FUNCTIONS) {
  Object.assign(BudgetPlugin.prototype, {
    [`run${fn.id}`](this: BudgetPlugin, ast: ProcedureAst, state: State) {
      return this.run(fn, ast, state);
    },
    [`size${fn.id}`](this: BudgetPlugin, ast: ProcedureAst, state: State) {
      return this.size(fn, ast, state);
    },
  });
}

/** The message for a call with too few or too many arguments: how many the function takes. */
function argumentCount(fn: WorksheetFunction, language: Language): string {
  const [least, most] = [required(fn), fn.args.length];
  const name = language === "da" ? `BUDGET.${fn.da.name}` : `BUDGET.${fn.id}`;
  const takes = least === most ? `${most}` : language === "da" ? `${least} til ${most}` : `${least} to ${most}`;
  return language === "da" ? `forkert antal argumenter: ${name} tager ${takes}` : `wrong number of arguments: ${name} takes ${takes}`;
}

/** Function names per engine language: the English ids and the catalogue's Danish names. */
export const budgetTranslations = {
  enGB: Object.fromEntries(WORKSHEET_FUNCTIONS.map((fn) => [`BUDGET.${fn.id}`, `BUDGET.${fn.id}`])),
  daDK: Object.fromEntries(WORKSHEET_FUNCTIONS.map((fn) => [`BUDGET.${fn.id}`, `BUDGET.${fn.da.name}`])),
};
