// The workbook gateway: the one interface through which the task pane reads and writes the
// workbook. Two implementations: office.ts (Excel, via Office.js) and the preview's (an
// in-browser workbook). Nothing else touches the workbook.

/** A cell as read: a number, text, a boolean, an error value ("#N/A") as text, or null when empty. */
export type CellValue = number | string | boolean | null;

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

/** A small native chart: the first column of `range` names the categories, the others are series. */
export interface ChartSpec {
  /** "Sheet!A1:B13", header row included (it names the series). */
  range: string;
  title: string;
  kind: "column" | "line";
}

export interface WorkbookGateway {
  /** The selected block as "Sheet!A1:D21". */
  getSelection(): Promise<string>;
  /** Reads a block ("Sheet!A1:D21", or "A1:D21" on the active sheet). */
  readRange(ref: string): Promise<RangeData>;
  /**
   * Writes a block whose top-left cell is `topLeft` ("Sheet!E1"). Text is written as text (see
   * sanitize.ts), formulas as formulas. Large blocks are written in bounded batches.
   */
  writeRange(topLeft: string, cells: CellInput[][]): Promise<void>;
  /** Selects a block, so the user sees the cell a message is about. */
  selectRange(ref: string): Promise<void>;
  /** Adds a native chart of a block on that block's sheet. */
  addChart(chart: ChartSpec): Promise<void>;
}

export function isFormula(cell: CellInput): cell is Formula {
  return typeof cell === "object" && cell !== null;
}
