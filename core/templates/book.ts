// A workbook as the template rules see it, apart from any file format: what a template is to
// hold (BookSpec, written to .xlsx by addin/templates) and what a returned file holds (ReadBook,
// read from .xlsx by addin/templates). The rules in this folder only ever see these.

import type { Cell } from "../read";

/** How a written cell looks; the writer maps each to fonts, fills, borders and number formats. */
export type CellStyle =
  /** The sheet's title: large, bold. */
  | "title"
  /** A label in the header block or a column header: bold. */
  | "label"
  /** A column header: bold, filled, wrapped. */
  | "header"
  /** Locked text. */
  | "text"
  /** A locked amount: #,##0 (with the unit's decimals). */
  | "amount"
  /** A locked rate: 0.0%. */
  | "rate"
  /** A total: bold amount with a line above. */
  | "total"
  /** Small grey text (notes, the status of the file). */
  | "note"
  /** Running text, wrapped within its column. */
  | "paragraph";

/** What a department may type in a cell; the writer unlocks it, validates it and shows `prompt`. */
export interface InputRule {
  /** "amount": a decimal number; "whole": a whole number from `min` to `max`; "list": one of the values of `list`; "text": free text up to `maxLength`. */
  kind: "amount" | "whole" | "list" | "text";
  /** For "whole": the least and the most allowed. */
  min?: number;
  max?: number;
  /** For "list": a range on another sheet holding the choices, e.g. "Profiler!$A$2:$A$9". */
  list?: string;
  /** For "text": the longest text allowed. */
  maxLength?: number;
  /** The input message Excel shows when the cell is selected: title at most 32, text at most 255 characters. */
  prompt: { title: string; text: string };
  /** The message when the validation refuses what was typed (title at most 32, text at most 225 characters). */
  error: { title: string; text: string };
  /** Number format of the input cell (amounts: "#,##0"). */
  numberFormat?: string;
}

/** One cell to write. A cell holds a constant (`value`) or a formula, never both. */
export interface CellSpec {
  /** A constant. Text is written as text, never read as a number or a formula. */
  value?: string | number | boolean | null;
  /**
   * A formula, without "=", with English function names and "," between arguments, as the file
   * format stores it.
   */
  formula?: string;
  /**
   * The formula's value as the file caches it, so a reader without a calculation engine sees it.
   * With `spill`, one value per cell of the spill.
   */
  result?: number | string | readonly (number | string)[];
  /** The formula fills this many cells to its right (itself included) as one array formula. */
  spill?: number;
  style?: CellStyle;
  /** Number format when it is not the style's. */
  numberFormat?: string;
  /** The cell is an input cell (unlocked, validated). */
  input?: InputRule;
}

/** A live conditional format: `ref`'s cells are drawn red while `formula` (relative to the first cell) is TRUE. */
export interface AlertRule {
  ref: string;
  formula: string;
}

export interface SheetSpec {
  /** At most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** "veryHidden": not listed in Excel's Unhide dialog; only code can show it. */
  state: "visible" | "veryHidden";
  /** Protected: every cell locked except the input cells; formatting columns is allowed, sorting is not (it would part input cells from their locked lines). */
  protect: boolean;
  /** Column widths in characters, from column A. */
  widths: readonly number[];
  /** Rows from row 1, cells from column A; null or a missing cell is left empty. */
  rows: readonly (readonly (CellSpec | null)[])[];
  alerts?: readonly AlertRule[];
  /** Row heights in points, from row 1, where a row needs more than one line; missing: Excel's default. */
  heights?: readonly (number | undefined)[];
  /** Printed landscape, as wide as one page. */
  landscape?: boolean;
  /** Rows and columns kept in view when scrolling (e.g. the header row and the key columns). */
  freeze?: { rows: number; columns: number };
}

export interface BookSpec {
  sheets: readonly SheetSpec[];
  /** The workbook's title property. */
  title: string;
}

/** One cell as read from a file: its value (a formula's cached value), and its formula if it has one. */
export interface ReadCell {
  value: Cell;
  /** The formula without "=", when the cell holds one. */
  formula?: string;
}

export interface ReadSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Rows from row 1, cells from column A (0-based arrays); missing entries are empty cells. */
  rows: readonly (readonly (ReadCell | undefined)[] | undefined)[];
}

/** A workbook as read from a file. */
export interface ReadBook {
  sheets: readonly ReadSheet[];
}
