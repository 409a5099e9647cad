// Input checks both gateways share, so that Excel and the preview reject the same input with the
// same message, before anything is sent to the workbook.

import { parseBlock, type BlockRef, type CellRef } from "./address";
import type { HighlightRule } from "./types";

/** Excel's longest sheet name. */
export const SHEET_NAME_MAX = 31;

/** The characters Excel does not allow in a sheet name. */
const SHEET_NAME_FORBIDDEN = [":", "\\", "/", "?", "*", "[", "]"];

/** Excel's longest text constant in a formula, and so the longest `equals` of a highlight rule. */
export const FORMULA_TEXT_MAX = 255;

/** Throws unless Excel would accept `name` as a new sheet's name. */
export function checkSheetName(name: string): void {
  if (name.length < 1 || name.length > SHEET_NAME_MAX) {
    throw new Error(`a sheet name must have 1 to ${SHEET_NAME_MAX} characters; "${name}" has ${name.length}`);
  }
  const forbidden = SHEET_NAME_FORBIDDEN.find((ch) => name.includes(ch));
  if (forbidden !== undefined) {
    throw new Error(`sheet name "${name}" contains "${forbidden}"; a sheet name cannot contain ${SHEET_NAME_FORBIDDEN.join(" ")}`);
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    throw new Error(`sheet name "${name}" begins or ends with an apostrophe, which Excel does not allow`);
  }
  if (name.toLowerCase() === "history") {
    throw new Error(`"${name}" is a name Excel reserves and cannot name a sheet`);
  }
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
