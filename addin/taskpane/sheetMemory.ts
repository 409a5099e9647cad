// What a panel wrote on a sheet it keeps (the Templates panel's status and consolidation sheets),
// remembered in the workbook's settings so that writing the sheet again tells its own earlier
// output from what a person typed. The rules:
//   - every row written is remembered under its key (what its first cells say, e.g. a department
//     and a line key), with a short fingerprint of each of its cells;
//   - a cell of the sheet is the panel's own while its row's key is remembered and the cell holds
//     what a row of that key held when it was written: it is rewritten without asking;
//   - anything else that is not empty (a figure typed over, a note typed beside a row, a row
//     inserted, a formula) is a person's, and the write flow asks before it is overwritten;
//   - rows are told by their key, not by their place, so sorting the rows keeps them the panel's.
// The fingerprints are short hashes (FNV-1a), to tell changes apart, not to keep secrets.

import { cellText, isBlank } from "../../core";
import type { CellInput, CellValue, RangeData } from "../gateway/types";

/** Per row key, each remembered row's cells, a 4-digit fingerprint each. */
export interface SheetMemory {
  rows: Record<string, string[]>;
}

/** A row's key: what identifies it, from its cells. */
export type RowKey = (row: readonly (CellValue | undefined)[]) => string;

/** A sheet's rows are told by their first two cells unless a layout says otherwise. */
export const firstTwoCells: RowKey = (row) => JSON.stringify([cellText(row[0]), cellText(row[1])]);

function fingerprint(value: CellValue | undefined): string {
  const text = value === null || value === undefined || value === "" ? "" : typeof value === "number" ? `n:${value}` : typeof value === "string" ? `s:${value}` : JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0xffff).toString(16).padStart(4, "0");
}


/** A cell to write as it will read back: text, a number, or empty. */
export function asRead(cell: CellInput | undefined): CellValue {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "object") return null;
  return cell;
}

/** The memory of rows about to be written (blank rows are not remembered). */
export function remember(rows: readonly (readonly (CellInput | undefined)[])[], keyOf: RowKey = firstTwoCells): SheetMemory {
  const memory: SheetMemory = { rows: {} };
  for (const row of rows) {
    const values = row.map(asRead);
    if (values.every(isBlank)) continue;
    const key = keyOf(values);
    (memory.rows[key] ??= []).push(values.map(fingerprint).join(""));
  }
  return memory;
}

/** Whether a setting's value is a sheet memory. */
export function asSheetMemory(value: unknown): SheetMemory | null {
  if (typeof value !== "object" || value === null || !("rows" in value)) return null;
  const rows = (value as { rows: unknown }).rows;
  if (typeof rows !== "object" || rows === null) return null;
  const valid = Object.values(rows).every((list) => Array.isArray(list) && list.every((entry) => typeof entry === "string"));
  return valid ? { rows: rows as Record<string, string[]> } : null;
}

/** A block of the sheet, sheet positions (0-based): its first row and column, rows and columns. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Which cells of `block` (as the sheet holds it now, `used` from A1) are the panel's own by the
 * memory: blanks, and the cells of remembered rows that hold what such a row held. Without a
 * memory only blanks are.
 */
export function ownedBy(memory: SheetMemory | null, used: RangeData | null, block: Block, keyOf: RowKey = firstTwoCells): (row: number, column: number) => boolean {
  const cellAt = (row: number, column: number): CellValue => (used ? (used.values[row - used.row]?.[column - used.column] ?? null) : null);
  const owned = new Set<string>();
  for (let row = block.row; row < block.row + block.rows; row++) {
    const values = Array.from({ length: block.columns }, (_, c) => cellAt(row, block.column + c));
    const known = memory?.rows[keyOf(values)] ?? [];
    values.forEach((value, c) => {
      const print = fingerprint(value);
      if (isBlank(value) || known.some((entry) => entry.slice(4 * c, 4 * c + 4) === print)) owned.add(`${row}:${block.column + c}`);
    });
  }
  return (row, column) => owned.has(`${row}:${column}`);
}

/**
 * Whether a row of the sheet (cells from the block's first column) still holds exactly what a
 * remembered row of its key held: no cell of it was changed since it was written.
 */
export function intactRow(memory: SheetMemory, row: readonly (CellValue | undefined)[], keyOf: RowKey = firstTwoCells): boolean {
  const prints = row.map(fingerprint).join("");
  // a row remembered before the layout grew a column is intact while the new cells are blank
  const blank = fingerprint(null);
  return (memory.rows[keyOf(row)] ?? []).some((entry) => entry === prints || (prints.startsWith(entry) && prints.slice(entry.length) === blank.repeat((prints.length - entry.length) / 4)));
}

/**
 * The cells to write for `content` (rows from the block's first cell at `origin`) over what the
 * sheet holds: where the new content has nothing, a cell of the panel's own that holds something
 * is emptied and anything else is left as it is (null); `earlierRows` is the earlier block's
 * height, so what is left of a longer one is cleared.
 */
export function cellsOver(
  content: readonly (readonly (CellInput | undefined)[])[],
  width: number,
  earlierRows: number,
  used: RangeData | null,
  origin: { row: number; column: number },
  owned: (row: number, column: number) => boolean,
): CellInput[][] {
  const cellAt = (row: number, column: number): CellValue => (used ? (used.values[row - used.row]?.[column - used.column] ?? null) : null);
  return Array.from({ length: Math.max(content.length, earlierRows) }, (_, r) =>
    Array.from({ length: width }, (_, c): CellInput => {
      const wanted = content[r]?.[c];
      if (wanted !== undefined && wanted !== null && wanted !== "") return wanted;
      const row = origin.row + r;
      const column = origin.column + c;
      return owned(row, column) && !isBlank(cellAt(row, column)) ? "" : null;
    }),
  );
}
