// How a Forecast report is known again: by its mark, and by what it remembers having written.
//
// The report is found by its mark (a sheet-scoped name, gateway Mark), which follows the report
// when rows are inserted or deleted above or inside it and when the sheet is renamed. The mark's
// comment stores the report's month, its year, a run count that tells the newest report, and the
// layout it was written in (forecastLayout.ts; none stored: the earlier layout, 1).
//
// What a report wrote is kept in the workbook's settings (ReportMemory: every row's own cells as
// a hash, under the row's first cell: its line key or its label), so a cell is the report's own
// only while it still holds what the report wrote there: a figure typed over, a row inserted with
// a text and a number, a note that looks like a label, a formula anywhere are the person's.
// earlierReport.ts reads a report back with it.

import { cellText, isBlank } from "../../core";
import type { CellValue, Mark } from "../gateway/types";
import { CURRENT_LAYOUT, type Layout } from "./forecastLayout";

/** The mark every Forecast report carries. */
export const REPORT_MARK = "BudgetForecastReport";

/** What a report's mark stores: its month and year (0: not stored), a run count that tells the newest report, its layout. */
export interface ReportComment {
  month: number;
  year: number;
  run: number;
  layout: number;
}

export function readComment(comment: string): ReportComment {
  try {
    const parsed: unknown = JSON.parse(comment);
    if (typeof parsed === "object" && parsed !== null) {
      const { month, year, run, layout } = parsed as Record<string, unknown>;
      const number = (value: unknown, absent: number) => (typeof value === "number" ? value : absent);
      return { month: number(month, 0), year: number(year, 0), run: number(run, 0), layout: number(layout, 1) };
    }
  } catch {
    // a comment someone else wrote: an old report
  }
  return { month: 0, year: 0, run: 0, layout: 1 };
}

/** The comment a report's mark stores. */
export function writeComment(c: Omit<ReportComment, "layout">): string {
  return JSON.stringify({ month: c.month, year: c.year, run: c.run, layout: CURRENT_LAYOUT.version });
}

/** The newest report among the marks, other than on the sheet named `except`. */
export function newestReport(marks: readonly Mark[], except: string): Mark | null {
  const others = marks.filter((m) => m.sheet.toLowerCase() !== except.toLowerCase());
  return others.reduce<Mark | null>((best, m) => (best === null || readComment(m.comment).run > readComment(best.comment).run ? m : best), null);
}

/** The run count a new report's mark takes: one more than any report in the workbook. */
export function nextRun(marks: readonly Mark[]): number {
  return Math.max(0, ...marks.map((m) => readComment(m.comment).run)) + 1;
}

/**
 * What a report wrote: per row, by its first cell ("r:" + key or label, "c:" + the chart row's
 * month), a hash of its other own cells (8 hex digits) followed by one of each cell (4 digits).
 */
export interface ReportMemory {
  rows: Record<string, string>;
}

/** The setting a report's memory is kept under: one per run. */
export const memorySetting = (run: number) => `${REPORT_MARK}.${run}`;

/** The earlier report's memory setting, when the new report keeps its own under another run. */
export function staleMemory(mark: Mark, run: number): string | null {
  const earlier = readComment(mark.comment).run;
  return earlier > 0 && earlier !== run ? memorySetting(earlier) : null;
}

const text = cellText;

/** A cell as its JSON inside the row's: a blank as "", a number as its shortest text. */
const cellJson = (v: CellValue | undefined): string => (typeof v === "number" && Number.isFinite(v) ? String(v) : JSON.stringify(v === null || v === undefined ? "" : v));

/** FNV-1a, 32 bits (a short fingerprint, not a secret), of a text; with `wrap`, of the text in brackets, as the JSON of a one-cell row. */
function fnv(text: string, wrap = false): number {
  let hash = 0x811c9dc5;
  if (wrap) hash = Math.imul(hash ^ 0x5b, 0x01000193) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return wrap ? Math.imul(hash ^ 0x5d, 0x01000193) >>> 0 : hash;
}

const hex = (hash: number): string => hash.toString(16).padStart(8, "0");

/** The memory's key of a report row and of a chart row, by its first cell. */
export const reportKey = (first: CellValue | undefined) => `r:${text(first)}`;
export const chartKey = (first: CellValue | undefined) => `c:${text(first)}`;

/** A row's cells as remembered: their hash, then each one's (the hash of the cell as a row of one). */
function remembered(cells: readonly (CellValue | undefined)[]): string {
  const texts = cells.map(cellJson);
  let each = "";
  // a cell's own: the first 4 of its hash's 8 hex digits
  for (const text of texts) each += (fnv(text, true) >>> 16).toString(16).padStart(4, "0");
  return `${hex(fnv(`[${texts.join(",")}]`))}${each}`;
}

/**
 * Which of a row's cells still hold what the report wrote: all when the row's hash matches; else
 * those whose own hash matches, and none when no single cell tells the difference.
 */
export function intactCells(memory: string | undefined, cells: readonly (CellValue | undefined)[]): boolean[] {
  if (memory === undefined) return cells.map(() => false);
  const now = remembered(cells);
  if (now.slice(0, 8) === memory.slice(0, 8)) return cells.map(() => true);
  const same = cells.map((_, i) => now.slice(8 + 4 * i, 12 + 4 * i) === memory.slice(8 + 4 * i, 12 + 4 * i));
  return same.every(Boolean) ? cells.map(() => false) : same;
}

/**
 * The memory of a report about to be written: `rows` are its cells from its first column (the
 * layout's width of them). A report row remembers the cells between its lead and its explanation,
 * a chart row those after its month.
 */
export function memoryOf(rows: readonly (readonly (CellValue | undefined)[])[], layout: Layout = CURRENT_LAYOUT): ReportMemory {
  const memory: ReportMemory = { rows: {} };
  const chart = layout.chartColumn;
  for (const row of rows) {
    if (!isBlank(row[0])) memory.rows[reportKey(row[0])] = remembered(row.slice(1, layout.explanation));
    if (!isBlank(row[chart])) memory.rows[chartKey(row[chart])] = remembered(row.slice(chart + 1, layout.width));
  }
  return memory;
}

/** Whether a setting's value is a report's memory. */
export function asMemory(value: unknown): ReportMemory | null {
  if (typeof value !== "object" || value === null || !("rows" in value)) return null;
  const rows = (value as { rows: unknown }).rows;
  return typeof rows === "object" && rows !== null ? { rows: rows as Record<string, string> } : null;
}
