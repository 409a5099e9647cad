// The preview grid's keyboard, as Excel's: arrows move the active cell, Shift+arrows extend the
// selection from it, PageDown/PageUp move it a screen down or up (Shift extends), a typed character starts editing with that character (replacing the cell's
// content), F2 edits the content, Enter/Tab commit and move down/right, Escape cancels, Delete
// clears, Ctrl+Z undoes. While editing a typed entry the arrows commit and move too; while editing
// with F2 they move the caret. The clipboard holds a block as Excel puts it there: cells by tab,
// rows by line break, a cell holding a tab or a line break in double quotes.

import { MAX_COLUMNS, MAX_ROWS, type CellRef } from "../gateway/address";

/** A key as pressed: the key's value (KeyboardEvent.key) and the modifiers held. */
export interface GridKey {
  key: string;
  shift: boolean;
  ctrl: boolean;
  alt: boolean;
}

/** A move of the active cell (or, extending, of the selection's other end), in rows and columns. */
export interface Move {
  rows: number;
  columns: number;
  extend: boolean;
}

export type GridAction =
  | ({ kind: "move" } & Move)
  /** A screen down (1) or up (-1): as many rows as the grid shows, which only the grid knows. */
  | { kind: "page"; direction: 1 | -1; extend: boolean }
  /** Start editing the active cell: with the typed text replacing its content, or (null) its content, as F2. */
  | { kind: "edit"; text: string | null }
  | { kind: "clear" }
  | { kind: "undo" }
  | { kind: "none" };

/** How an edit began: by typing (arrows commit) or by F2 (arrows move the caret). */
export type EditMode = "enter" | "edit";

export type EditorAction = { kind: "commit"; rows: number; columns: number } | { kind: "cancel" } | { kind: "none" };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * Whether the key types a character. AltGr (Ctrl+Alt on Windows) types "@", "{" and "€" on a
 * Danish keyboard, so Ctrl and Alt together still type.
 */
function typesCharacter(key: GridKey): boolean {
  return [...key.key].length === 1 && (key.ctrl === key.alt);
}

/** What a key pressed on the grid (not editing) does. Tab is not the grid's: it leaves the grid. */
export function gridAction(key: GridKey): GridAction {
  const arrow = ARROWS[key.key];
  if (arrow !== undefined && !key.ctrl && !key.alt) return { kind: "move", rows: arrow[0], columns: arrow[1], extend: key.shift };
  if (key.key === "Enter" && !key.ctrl && !key.alt) return { kind: "move", rows: key.shift ? -1 : 1, columns: 0, extend: false };
  if ((key.key === "PageDown" || key.key === "PageUp") && !key.ctrl && !key.alt) return { kind: "page", direction: key.key === "PageDown" ? 1 : -1, extend: key.shift };
  if (key.key === "F2" && !key.ctrl && !key.alt && !key.shift) return { kind: "edit", text: null };
  if ((key.key === "Delete" || key.key === "Backspace") && !key.ctrl && !key.alt) {
    // Backspace empties the cell and starts editing it, as in Excel
    return key.key === "Delete" ? { kind: "clear" } : { kind: "edit", text: "" };
  }
  if (key.ctrl && !key.alt && !key.shift && key.key.toLowerCase() === "z") return { kind: "undo" };
  if (typesCharacter(key)) return { kind: "edit", text: key.key };
  return { kind: "none" };
}

/** What a key pressed while editing a cell does; "none" leaves the key to the text field. */
export function editorAction(key: GridKey, mode: EditMode): EditorAction {
  if (key.ctrl || key.alt) return { kind: "none" };
  if (key.key === "Enter") return { kind: "commit", rows: key.shift ? -1 : 1, columns: 0 };
  if (key.key === "Tab") return { kind: "commit", rows: 0, columns: key.shift ? -1 : 1 };
  if (key.key === "Escape") return { kind: "cancel" };
  const arrow = ARROWS[key.key];
  if (arrow !== undefined && mode === "enter" && !key.shift) return { kind: "commit", rows: arrow[0], columns: arrow[1] };
  return { kind: "none" };
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1);

/** A cell moved by rows and columns, kept on the sheet. */
export function shifted(cell: CellRef, rows: number, columns: number): CellRef {
  return { row: clamp(cell.row + rows, MAX_ROWS), column: clamp(cell.column + columns, MAX_COLUMNS) };
}

/**
 * The selection after a move: the active cell (anchor) moves and the selection shrinks to it;
 * extending, the active cell stays and the selection's other end (focus) moves.
 */
export function moved(selection: { anchor: CellRef; focus: CellRef }, move: Move): { anchor: CellRef; focus: CellRef } {
  if (move.extend) return { anchor: selection.anchor, focus: shifted(selection.focus, move.rows, move.columns) };
  const cell = shifted(selection.anchor, move.rows, move.columns);
  return { anchor: cell, focus: cell };
}

/**
 * A cell as Excel writes it to the clipboard: quoted when it holds a tab or a line break, or starts
 * with a quote (which would otherwise read back as a quoted cell).
 */
function clipboardCell(text: string): string {
  return /[\t\r\n]|^"/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A block of cell texts as clipboard text: cells by tab, rows by "\n". */
export function copiedText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(clipboardCell).join("\t")).join("\n");
}

/**
 * The block of cell texts a clipboard text holds: rows by "\n" or "\r\n" (the last line break
 * Excel adds ends the block, it starts no empty row), cells by tab, a quoted cell as one cell.
 * Every row is as long as the longest; short rows end in empty cells.
 */
export function pastedCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      const end = closingQuote(text, i + 1);
      if (end >= 0) {
        cell = text.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n" || ch === "\r") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (!atCellStart || cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

/**
 * Where a quoted cell starting at `from` ends: the quote followed by a tab, a line break or the end
 * ("" inside is a quote); -1 when the quote does not close a cell, and the quote is then text.
 */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    const next = text[i + 1];
    return next === undefined || next === "\t" || next === "\n" || next === "\r" ? i : -1;
  }
  return -1;
}
