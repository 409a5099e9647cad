// A1 addresses: "Budget!B2:M21", "'Min side'!A1", "C7", and as Excel hands over a selection of
// whole columns or rows, "Budget!A:D" and "Budget!3:40". Rows and columns are 0-based here.

import { BudgetError, columnName } from "../../core";

export interface CellRef {
  row: number;
  column: number;
}

export interface BlockRef {
  /** The sheet name, or null when the address names none (the active sheet). */
  sheet: string | null;
  start: CellRef;
  end: CellRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export { columnName };

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(cell: CellRef): string {
  return `${columnName(cell.column)}${cell.row + 1}`;
}

function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m || Number(m[2]) < 1) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** Splits "Sheet!A1:B2" into sheet and block; null when the text is no address. */
export function parseBlock(ref: string): BlockRef | null {
  const bang = ref.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (sheet === "") return null;
  }
  const [first, second, ...rest] = ref.slice(bang + 1).split(":");
  if (rest.length > 0 || first === undefined) return null;
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

/** The size of an Excel worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * A reference as a user or Excel gives it: a block of cells, or whole columns or rows of a sheet
 * (which stand for the part of them that holds values).
 */
export type RangeRef = BlockRef & { whole: "columns" | "rows" | null };

const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

/** Splits "Sheet!rest" into the sheet (unquoted) and the rest; the sheet is null when not named. */
function splitSheet(ref: string): { sheet: string | null; rest: string } | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, rest: ref };
  let sheet = ref.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return sheet === "" ? null : { sheet, rest: ref.slice(bang + 1) };
}

/** The areas of a multi-area reference ("Budget!A1:B2,Budget!D1:E2"), split at commas outside quotes. */
function areasOf(ref: string): string[] {
  const areas: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === "'") quoted = !quoted;
    else if (ref[i] === "," && !quoted) {
      areas.push(ref.slice(start, i).trim());
      start = i + 1;
    }
  }
  areas.push(ref.slice(start).trim());
  return areas;
}

/**
 * Reads a reference: a block, whole columns ("A:D") or whole rows ("3:40"), with or without a
 * sheet. Several areas, or text that is no address, are refused with a message that says so.
 */
export function parseRef(ref: string): RangeRef {
  const text = ref.trim();
  const areas = areasOf(text);
  if (areas.length > 1 && areas.every((area) => area !== "")) throw new BudgetError("SELECTION_AREAS", { count: areas.length, text });
  const block = parseBlock(text);
  if (block !== null) return { ...block, whole: null };
  const split = splitSheet(text);
  const columns = split && COLUMNS.exec(split.rest.trim());
  if (split && columns) {
    const [a, b] = [columnIndex(columns[1]), columnIndex(columns[2])];
    if (Math.max(a, b) < MAX_COLUMNS) {
      return { sheet: split.sheet, start: { row: 0, column: Math.min(a, b) }, end: { row: MAX_ROWS - 1, column: Math.max(a, b) }, whole: "columns" };
    }
  }
  const rows = split && ROWS.exec(split.rest.trim());
  if (split && rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (Math.min(a, b) >= 0 && Math.max(a, b) < MAX_ROWS) {
      return { sheet: split.sheet, start: { row: Math.min(a, b), column: 0 }, end: { row: Math.max(a, b), column: MAX_COLUMNS - 1 }, whole: "rows" };
    }
  }
  throw new BudgetError("ADDRESS_INVALID", { text });
}

/** A block as Excel writes it: "A1:D20", or "A:D" and "3:40" for whole columns and rows. */
export function refAddress(ref: RangeRef): string {
  if (ref.whole === "columns") return `${columnName(ref.start.column)}:${columnName(ref.end.column)}`;
  if (ref.whole === "rows") return `${ref.start.row + 1}:${ref.end.row + 1}`;
  return blockAddress(ref.start, ref.end.row - ref.start.row + 1, ref.end.column - ref.start.column + 1);
}

/** A sheet name as it must appear in a formula or address: quoted when it is not a plain word. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function blockAddress(start: CellRef, rows: number, columns: number): string {
  const end = { row: start.row + rows - 1, column: start.column + columns - 1 };
  return rows === 1 && columns === 1 ? cellName(start) : `${cellName(start)}:${cellName(end)}`;
}

export function withSheet(sheet: string | null, address: string): string {
  return sheet === null ? address : `${quoteSheet(sheet)}!${address}`;
}

/** "$B$2:$M$2": the block fixed, for a formula that is copied down. */
export function absoluteAddress(block: Pick<BlockRef, "start" | "end">): string {
  const fixed = (cell: CellRef) => `$${columnName(cell.column)}$${cell.row + 1}`;
  return `${fixed(block.start)}:${fixed(block.end)}`;
}
