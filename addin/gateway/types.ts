// The workbook gateway: the one interface through which the task pane reads and writes the
// workbook. Two implementations: office.ts (Excel, via Office.js) and the preview's (an
// in-browser workbook). Nothing else touches the workbook.

import type { Cell } from "../../core";

/** A cell as read: a number, text, a boolean, an error value ({ error: "#N/A" }), or null when empty. */
export type CellValue = Cell;

/** A formula to write; kept apart from text so text can never turn into a formula. */
export interface Formula {
  formula: string;
}

/** A cell to write: a value, a formula, or null to leave the cell as it is. */
export type CellInput = number | string | boolean | Formula | null;

/** A block of cells read from the workbook. Rows and columns are 0-based sheet positions. */
export interface RangeData {
  sheet: string;
  /** The block's address without the sheet, e.g. "A1:D21". */
  address: string;
  row: number;
  column: number;
  values: CellValue[][];
}

/**
 * A small native chart: the first column of `range` names the categories, the others are series.
 * The title also names the chart: a chart added with the title of one already on its sheet
 * replaces that one, so running a report again does not pile charts up.
 */
export interface ChartSpec {
  /** "Sheet!A1:B13", header row included (it names the series). */
  range: string;
  /** Shown above the chart and its name on the sheet; not empty. */
  title: string;
  /**
   * Columns side by side per category, columns stacked (one column per category: when each
   * category has a value in one series only, it is one full-width bar in that series' colour), or
   * lines.
   */
  kind: "column" | "stackedColumn" | "line";
  /** The value axis's number format ("0.0%"); Excel's own (the source cells') when absent. */
  valueFormat?: string;
  /** The cell the chart's top-left corner is placed at ("K16", on the chart's sheet); Excel's default place when absent. */
  anchor?: string;
}

/**
 * A live conditional format for flagged rows: every cell of a row of `range` gets the fill while
 * the row's flag cell holds the text `equals` (compared as Excel compares text, ignoring case;
 * a number or an error never equals it). Editing the flag cell changes the fill.
 */
export interface HighlightRule {
  /** "Sheet!A3:J40": the cells that get the fill. */
  range: string;
  /** 0-based column within `range` whose cell, in the same row, decides. */
  flagColumn: number;
  /** The row is highlighted while that cell's value equals this text (at most 255 characters). */
  equals: string;
  /** Fill colour, "#RRGGBB". */
  fill: string;
}

/**
 * How a block's cells are shown. `numberFormat` is an Excel number format code ("#,##0", "0.0000%",
 * "General"), shown by Excel and by the preview as Excel shows it. `bold` sets or clears bold. A
 * property left out is left as it is.
 */
export interface RangeFormat {
  numberFormat?: string;
  bold?: boolean;
}

/**
 * What a block held, cell by cell, so that it can be put back exactly: a number, a boolean, text,
 * a formula (an error value typed as a constant, such as #N/A, is kept as that constant's
 * "formula"), or "" for an empty cell and for a cell that a dynamic array spills into (the
 * formula that spills fills it again). Never null.
 */
export interface Snapshot {
  /** The sheet as the workbook spells it. */
  sheet: string;
  /** The block without the sheet, e.g. "E1:P21". */
  address: string;
  row: number;
  column: number;
  cells: CellInput[][];
  /** Each cell's number format code; "General" where none is set. */
  numberFormats: string[][];
  /** Whether a dynamic array spills into the cell (its content is then ""; its formula is elsewhere). */
  spilled: boolean[][];
}

/**
 * A named mark on a sheet that finds the add-in's own block wherever it has moved to: it follows
 * rows and columns inserted or deleted above and inside it and the sheet being renamed, as
 * Excel's sheet-scoped names do.
 */
export interface Mark {
  /** The sheet it is on, as the workbook spells it now. */
  sheet: string;
  /** The block it refers to now, without the sheet. */
  address: string;
  /** What the add-in stored with it (at most 255 characters). */
  comment: string;
}

/**
 * Whether the host can open a file as a new workbook beside the one the add-in runs in: yes, or
 * why not.
 */
export type WorkbookOpening =
  | { available: true }
  /** Excel without the requirement set Excel.createWorkbook needs (ExcelApi 1.8). */
  | { available: false; reason: "requirementSet"; set: string }
  /** The preview workbook opens no other workbook. */
  | { available: false; reason: "preview" };

/**
 * A write that stopped part way: the rows of the block up to `rowsWritten` (of `rows`) were
 * written, the rest not. `cause` is what the workbook reported.
 */
export class PartialWriteError extends Error {
  constructor(
    readonly ref: string,
    readonly rowsWritten: number,
    readonly rows: number,
    readonly reason: unknown,
  ) {
    super(`${ref}: ${rowsWritten} of ${rows} rows written before the workbook reported: ${describeCause(reason)}`);
    this.name = "PartialWriteError";
  }
}

/** What a failure from the workbook says: Office's code and message, or the error's message. */
export function describeCause(cause: unknown): string {
  if (typeof cause === "object" && cause !== null) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : "";
    if (typeof code === "string" && code !== "" && code !== text) return text === "" ? code : `${code} (${text})`;
    if (text !== "") return text;
  }
  return String(cause);
}

/** The widths of a run of a sheet's columns, in points as Excel gives them: what fitting them replaced. */
export interface ColumnWidths {
  /** The sheet as the workbook spells it. */
  sheet: string;
  /** The first column, 0-based. */
  column: number;
  widths: number[];
}

/** Told after each batch of a block's rows is written: how many rows of the block are written so far. */
export type RowsWritten = (rows: number) => Promise<void> | void;

export interface WorkbookGateway {
  /** The selected block as "Sheet!A1:D21". */
  getSelection(): Promise<string>;
  /** Reads a block ("Sheet!A1:D21", or "A1:D21" on the active sheet). */
  readRange(ref: string): Promise<RangeData>;
  /**
   * Reads a sheet from A1 to its last cell with a value, or null when there is no sheet of that
   * name or it holds no values (formats alone do not count).
   */
  readUsed(sheet: string): Promise<RangeData | null>;
  /**
   * Writes a block whose top-left cell is `topLeft` ("Sheet!E1"). Text is written as text (see
   * sanitize.ts), formulas as formulas. Large blocks are written in bounded batches; after each,
   * `progress` is told how many rows are written so far, and is waited for.
   */
  writeRange(topLeft: string, cells: CellInput[][], progress?: RowsWritten): Promise<void>;
  /** Selects a block, so the user sees the cell a message is about. */
  selectRange(ref: string): Promise<void>;
  /**
   * What a block holds, to put back later (see Snapshot); null when its sheet does not exist.
   * Whole columns or rows are not taken: a snapshot is of the block a write touches.
   */
  snapshot(ref: string): Promise<Snapshot | null>;
  /**
   * Puts a snapshot back: its cells and number formats, exactly. With `rows`, only the first
   * that many rows (the part of a write that got written).
   */
  restore(snapshot: Snapshot, rows?: number): Promise<void>;
  /**
   * Adds a native chart of a block on that block's sheet, replacing a chart of the same title on
   * that sheet, placed at `anchor` when given. True when it replaced one.
   */
  addChart(chart: ChartSpec): Promise<boolean>;
  /** Deletes the chart of that title on the sheet, if there is one. */
  deleteChart(sheet: string, title: string): Promise<void>;
  /** Deletes a worksheet (one the add-in added, on undo); nothing when it is gone already. */
  deleteSheet(name: string): Promise<void>;
  /**
   * A value the add-in keeps in the workbook (Excel's workbook settings: saved with the file,
   * seen by no one), or undefined when there is none of that name.
   */
  readSetting(name: string): Promise<unknown>;
  /** Keeps a value (JSON-like) under that name, or removes it when `value` is undefined. */
  writeSetting(name: string, value: unknown): Promise<void>;
  /** Every sheet's mark of that name whose block still exists. */
  findMarks(name: string): Promise<Mark[]>;
  /**
   * Puts a mark of that name on the sheet, referring to the block `ref` ("A1:S40", without a
   * sheet) and storing `comment` (at most 255 characters), in place of the sheet's mark of that
   * name; with `ref` null, removes it.
   */
  setMark(sheet: string, name: string, ref: string | null, comment?: string): Promise<void>;
  /**
   * Adds a worksheet named `name` unless the workbook has one of that name (compared ignoring
   * case, as Excel does); true when it was added. A name Excel would refuse (empty, over 31
   * characters, with one of : \ / ? * [ ], beginning or ending with an apostrophe, "History") is an
   * error, whether or not the sheet exists.
   */
  ensureSheet(name: string): Promise<boolean>;
  /**
   * Puts a highlight rule on its range, replacing the conditional formats on that range, so that
   * running a report again does not pile rules up. A bad address, fill or flag column is an error.
   */
  highlight(rule: HighlightRule): Promise<void>;
  /** Sets the number format and/or bold of a block ("Sheet!B3:M40"); nothing when `format` sets neither. */
  formatRange(ref: string, format: RangeFormat): Promise<void>;
  /**
   * Widens the columns of a block ("Sheet!D2:O5001") that are too narrow for what the block holds
   * (Excel shows a number too wide for its column as #####); never narrows one. The widths as they
   * were, to put back.
   */
  fitColumns(ref: string): Promise<ColumnWidths>;
  /** Sets columns' widths: puts back what fitColumns changed. */
  setColumnWidths(widths: ColumnWidths): Promise<void>;
  /**
   * Turns on the sheet's AutoFilter over a block ("Sheet!A4:N10", its first row the headers, each
   * with a filter button), in place of an AutoFilter elsewhere on that sheet. Where the host has
   * no AutoFilter (Excel before ExcelApi 1.9) nothing happens: a filter is a convenience.
   */
  setFilter(ref: string): Promise<void>;
  /** Whether createWorkbook works here; asked before offering it. */
  workbookOpening(): WorkbookOpening;
  /**
   * Opens an .xlsx file (Base64) as a new workbook, beside this one; the add-in stays with this
   * one. An error where workbookOpening says it is not available.
   */
  createWorkbook(base64: string): Promise<void>;
}

export function isFormula(cell: CellInput): cell is Formula {
  return typeof cell === "object" && cell !== null;
}
