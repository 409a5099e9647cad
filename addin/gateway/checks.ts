// Input checks both gateways share, so that Excel and the preview reject the same input with the
// same message, before anything is sent to the workbook.

import { BudgetError } from "../../core";
import { blockAddress, cellName, MAX_COLUMNS, MAX_ROWS, parseBlock, type BlockRef, type CellRef } from "./address";
import { isFormula, type CellInput, type HighlightRule } from "./types";

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/** The characters Excel does not allow in a sheet name. */
const SHEET_NAME_FORBIDDEN = [":", "\\", "/", "?", "*", "[", "]"];

/** Excel's longest text constant in a formula, and so the longest `equals` of a highlight rule. */
export const FORMULA_TEXT_MAX = 255;

/** The most characters a cell holds (Excel's specifications and limits). */
export const CELL_TEXT_MAX = 32_767;

/** The longest formula Excel takes, in characters. */
export const FORMULA_MAX = 8_192;

/** Throws unless Excel would accept `name` as a new sheet's name. */
export function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > SHEET_NAME_MAX) throw new BudgetError("SHEET_NAME_LENGTH", { name, count: name.length });
  const control = [...name].find((ch) => /\p{Cc}/u.test(ch));
  if (control !== undefined) {
    const code = `U+${control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    throw new BudgetError("SHEET_NAME_CONTROL", { name: name.replace(/\p{Cc}/gu, "·"), text: code });
  }
  const forbidden = SHEET_NAME_FORBIDDEN.find((ch) => name.includes(ch));
  if (forbidden !== undefined) throw new BudgetError("SHEET_NAME_CHARACTER", { name, text: forbidden });
  if (name.startsWith("'") || name.endsWith("'")) throw new BudgetError("SHEET_NAME_APOSTROPHE", { name });
  if (name.toLowerCase() === "history") throw new BudgetError("SHEET_NAME_RESERVED", { name });
}

/** Throws unless a block of `rows` x `columns` from `start` lies on a worksheet. */
export function checkOnSheet(start: CellRef, rows: number, columns: number): void {
  if (start.row + rows > MAX_ROWS || start.column + columns > MAX_COLUMNS) {
    throw new BudgetError("RANGE_OFF_SHEET", { text: blockAddress(start, rows, columns) });
  }
}

/**
 * Throws unless every cell of a block to write from `start` fits in Excel: text of at most
 * 32,767 characters (the apostrophe that keeps it text not counted, as Excel does not store it),
 * formulas of at most 8,192, finite numbers. The message names the first cell that does not fit.
 */
export function checkCells(cells: readonly (readonly CellInput[])[], start: CellRef): void {
  const at = (r: number, c: number) => cellName({ row: start.row + r, column: start.column + c });
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "string" && cell.length > CELL_TEXT_MAX) {
        throw new BudgetError("CELL_TEXT_TOO_LONG", { address: at(r, c), count: cell.length });
      }
      if (isFormula(cell) && cell.formula.length > FORMULA_MAX) {
        throw new BudgetError("FORMULA_TOO_LONG", { address: at(r, c), count: cell.formula.length });
      }
      if (typeof cell === "number" && !Number.isFinite(cell)) throw new BudgetError("CELL_NOT_FINITE", { address: at(r, c), value: cell });
    }),
  );
}

/** Throws unless `fill` is a colour "#RRGGBB". */
export function checkFill(fill: string): void {
  if (!/^#[0-9A-Fa-f]{6}$/.test(fill)) throw new Error(`fill must be a colour "#RRGGBB"; got "${fill}"`);
}

/**
 * Throws unless `rule` can be applied to `block` (the rule's range, parsed): the flag column lies
 * within the block, the fill is a colour and the text fits in a formula.
 */
export function checkHighlight(rule: HighlightRule, block: BlockRef): void {
  const last = block.end.column - block.start.column;
  if (!Number.isInteger(rule.flagColumn) || rule.flagColumn < 0 || rule.flagColumn > last) {
    throw new Error(`flagColumn must be a whole number from 0 to ${last} (a column of ${rule.range}); got ${rule.flagColumn}`);
  }
  checkFill(rule.fill);
  if (rule.equals.length > FORMULA_TEXT_MAX) {
    throw new Error(`equals may have at most ${FORMULA_TEXT_MAX} characters; it has ${rule.equals.length}`);
  }
}

/** A chart's anchor ("K16"): one cell, without a sheet (it is on the chart's sheet). */
export function parseAnchor(anchor: string): CellRef {
  const block = parseBlock(anchor);
  if (block === null || block.sheet !== null || block.start.row !== block.end.row || block.start.column !== block.end.column) {
    throw new Error(`a chart's anchor must be one cell such as "K16"; got "${anchor}"`);
  }
  return block.start;
}

/** Throws unless a chart's title can name it (a new chart replaces the one with its title). */
export function checkChartTitle(title: string): void {
  if (title.trim() === "") throw new Error("a chart needs a title: the title names it, and a new chart replaces the one of that title");
}
