// Where the preview grid's rows and columns are on screen: every row is ROW_HEIGHT high, so a row
// not drawn has a known place; the columns are all drawn, their places those of their letters in
// the header row. From these the grid scrolls a cell into view and finds the column under the
// pointer while a drag scrolls it.

import type { CellRef } from "../gateway/address";

/** The height of every row, the header's too, in CSS pixels (preview.css draws them so). */
export const ROW_HEIGHT = 21;
/** Rows drawn above and below those in view, so a short scroll shows no gap. */
export const OVERSCAN = 8;
/** The grid's height before it is measured (as rendered without a browser): 40 rows. */
export const UNMEASURED_HEIGHT = 40 * ROW_HEIGHT;
/** How often a drag held past the grid's edge scrolls, in ms; a row or column a tick, more further out. */
export const DRAG_TICK = 50;
const DRAG_PIXELS_PER_STEP = 24;

/** How many cells a drag held `distance` pixels past the edge moves a tick. */
export const dragStep = (distance: number) => (distance <= 0 ? 0 : 1 + Math.floor(distance / DRAG_PIXELS_PER_STEP));

/**
 * Scrolls the grid just enough that the cell shows whole, clear of the column letters and the row
 * numbers that stay in view. Rows are of one height, so a row not drawn has a known place; columns
 * are all drawn, their places are those of their letters.
 */
export function reveal(el: HTMLElement, head: HTMLTableRowElement, cell: CellRef): void {
  const header = head.offsetHeight;
  const top = cell.row * ROW_HEIGHT;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (header + top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = header + top + ROW_HEIGHT - el.clientHeight;
  const letters = head.children;
  const letter = letters[cell.column + 1] as HTMLElement | undefined;
  if (letter === undefined) return;
  const corner = (letters[0] as HTMLElement).offsetWidth;
  if (letter.offsetLeft - corner < el.scrollLeft) el.scrollLeft = letter.offsetLeft - corner;
  else if (letter.offsetLeft + letter.offsetWidth > el.scrollLeft + el.clientWidth) el.scrollLeft = letter.offsetLeft + letter.offsetWidth - el.clientWidth;
}

/** The column whose letter is under the pointer's x, or null off the columns. */
export function columnAt(head: HTMLTableRowElement, x: number): number | null {
  const letters = [...head.children];
  for (let c = 1; c < letters.length; c++) {
    const box = letters[c].getBoundingClientRect();
    if (x >= box.left && x < box.right) return c - 1;
  }
  return null;
}

/** The rows drawn, [from, to), with the first row scrolled to and the grid's height in pixels. */
export function drawnRows(first: number, height: number, rows: number): { from: number; to: number } {
  return { from: Math.max(0, Math.min(first, rows - 1) - OVERSCAN), to: Math.min(rows, first + Math.ceil(height / ROW_HEIGHT) + 1 + OVERSCAN) };
}
