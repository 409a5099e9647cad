// What an earlier Forecast report on a sheet holds, read back before the report is written again:
// which cells are the report's own output (rewritten freely), the explanations people typed (kept
// by line key), and everything else, which is a person's and is never overwritten without asking.
//
// The report is found by its mark (a sheet-scoped name, gateway Mark), which follows the report
// when rows are inserted or deleted above or inside it and when the sheet is renamed. Inside the
// marked block nothing is found by position: rows are told by their content, so a report whose
// rows were sorted (total row included), or whose title row was deleted, reads the same. A report
// written before reports were marked is found by its header row in row 3, as it was written then.
//
// What a report wrote is kept in the workbook's settings (ReportMemory: every row's own cells as
// a hash, under the row's first cell: its line key or its label), so a cell is the report's own
// only while it still holds what the report wrote there: a figure typed over, a row inserted with
// a text and a number, a note that looks like a label, a formula anywhere are the person's. A
// report written before the memory existed is read by the rules below instead.
//
// A report's own cells, by row (without a memory):
//   title row: a title, in either language, for any month, in the first column
//   settings row: the settings line ("Method: ..." / "Metode: ...") in the first column
//   header row: the header texts in either language
//   line, total and orphan rows (a key in the first column): the method's short name, numbers in
//     the figure and error columns, the material flag; the explanation column is an explanation
//   the orphan heading row: the heading in the first column
//   the chart's data (from the column of "Month" / "Måned" on): month names and numbers
// A cell of such a row that holds anything else (a note typed beside the title, text in a figure
// column), the gap column between report and chart data, and any row of none of these kinds
// (a row inserted into the report) hold notes: the person's.

import { cellText } from "../../core";
import { parseBlock, type BlockRef } from "../gateway/address";
import type { CellValue, Mark, RangeData } from "../gateway/types";
import { da } from "./i18n/da";
import { en } from "./i18n/en";

/** The mark every Forecast report carries. */
export const REPORT_MARK = "BudgetForecastReport";

/** The report's columns from its first, and the chart's data from column CHART_COLUMN on. */
export const REPORT_COLUMNS = 14;
export const EXPLANATION = 13;
export const FLAG = 12;
const METHOD = 1;
const MAPE = 11;
export const CHART_COLUMN = 15;
export const CHART_COLUMNS = 4;
export const WIDTH = CHART_COLUMN + CHART_COLUMNS;

/** What a report's mark stores: its month, and a run count that tells the newest report. */
export interface ReportComment {
  month: number;
  run: number;
}

export function readComment(comment: string): ReportComment {
  try {
    const parsed: unknown = JSON.parse(comment);
    if (typeof parsed === "object" && parsed !== null) {
      const { month, run } = parsed as Record<string, unknown>;
      return { month: typeof month === "number" ? month : 0, run: typeof run === "number" ? run : 0 };
    }
  } catch {
    // a comment someone else wrote: an old report
  }
  return { month: 0, run: 0 };
}

/** The report sheet as read: its cells from A1 (readUsed), its mark, and what its report wrote. */
export interface ReportSheet {
  used: RangeData | null;
  mark: Mark | null;
  memory?: ReportMemory | null;
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

/** FNV-1a, 32 bits, of the cells as text: a short fingerprint, not a secret. */
function hashOf(cells: readonly (CellValue | undefined)[]): string {
  const textOf = JSON.stringify(cells.map((v) => (v === null || v === undefined ? "" : v)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < textOf.length; i++) {
    hash ^= textOf.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const reportKey = (first: CellValue | undefined) => `r:${text(first)}`;
const chartKey = (first: CellValue | undefined) => `c:${text(first)}`;

/** A row's cells as remembered: their hash, then each one's. */
const remembered = (cells: readonly (CellValue | undefined)[]) => `${hashOf(cells)}${cells.map((v) => hashOf([v]).slice(0, 4)).join("")}`;

/**
 * Which of a row's cells still hold what the report wrote: all when the row's hash matches; else
 * those whose own hash matches, and none when no single cell tells the difference.
 */
function intactCells(memory: string | undefined, cells: readonly (CellValue | undefined)[]): boolean[] {
  if (memory === undefined) return cells.map(() => false);
  const now = remembered(cells);
  if (now.slice(0, 8) === memory.slice(0, 8)) return cells.map(() => true);
  const same = cells.map((_, i) => now.slice(8 + 4 * i, 12 + 4 * i) === memory.slice(8 + 4 * i, 12 + 4 * i));
  return same.every(Boolean) ? cells.map(() => false) : same;
}

/** The memory of a report about to be written: `rows` are its cells from its first column (A-S). */
export function memoryOf(rows: readonly (readonly (CellValue | undefined)[])[]): ReportMemory {
  const memory: ReportMemory = { rows: {} };
  for (const row of rows) {
    if (!blank(row[0])) memory.rows[reportKey(row[0])] = remembered(row.slice(1, EXPLANATION));
    if (!blank(row[CHART_COLUMN])) memory.rows[chartKey(row[CHART_COLUMN])] = remembered(row.slice(CHART_COLUMN + 1, WIDTH));
  }
  return memory;
}

/** Whether a setting's value is a report's memory. */
export function asMemory(value: unknown): ReportMemory | null {
  if (typeof value !== "object" || value === null || !("rows" in value)) return null;
  const rows = (value as { rows: unknown }).rows;
  return typeof rows === "object" && rows !== null ? { rows: rows as Record<string, string> } : null;
}

/** An earlier report, read. Rows and columns are sheet positions (0-based). */
export interface EarlierReport {
  /** The block the report covers (its own rows, columns A-S from its first column). */
  block: BlockRef;
  /** Explanations typed in it, by line key ("" for rows without one); several for one key joined. */
  explanations: Map<string, string>;
  /** Whether the cell holds the report's own output or an explanation, which may be rewritten. */
  owned: (row: number, column: number) => boolean;
}

const LANGUAGES = [en, da] as const;
const text = cellText;
const blank = (v: CellValue | undefined) => text(v) === "";

const TITLES = new Set(LANGUAGES.flatMap((s) => s.monthsLong.map((name, m) => s.reportTitle(m + 1, name))));
const SETTINGS_LEADS = LANGUAGES.map((s) => s.settingsLead);
const HEADERS = LANGUAGES.flatMap((s) => [s.reportHeaders(""), ...s.months.map((m) => s.reportHeaders(m))]);
const TOTALS = new Set(LANGUAGES.map((s) => s.totalLabel));
const ORPHAN_HEADINGS = new Set(LANGUAGES.map((s) => s.orphanHeading));
const METHOD_NAMES = new Set(LANGUAGES.flatMap((s) => Object.values(s.forecastMethodShort)));
const FLAGS = new Set(LANGUAGES.map((s) => s.materialYes));
const CHART_HEADERS = LANGUAGES.map((s) => s.forecastChartHeaders);
const MONTH_NAMES = new Set(LANGUAGES.flatMap((s) => s.months));

const isHeaderRow = (row: readonly CellValue[]) =>
  HEADERS.some((header) => text(row[0]) === header[0] && text(row[EXPLANATION]) === header[EXPLANATION]);

/** Whether a cell in column `c` of a line, total or orphan row holds what the report writes there. */
function lineCellIsOurs(c: number, v: CellValue): boolean {
  if (blank(v) || c === 0) return true;
  if (c === METHOD) return typeof v === "string" && METHOD_NAMES.has(v.trim());
  if (c === FLAG) return typeof v === "string" && FLAGS.has(v.trim());
  if (c === MAPE || (c > METHOD && c < MAPE)) return typeof v === "number";
  return false;
}

/** The block of a report written before reports were marked: from A1 to its last own row. */
function unmarkedBlock(used: RangeData): BlockRef | null {
  if (used.row !== 0 || used.column !== 0 || !isHeaderRow(used.values[2] ?? [])) return null;
  const rows = used.values;
  let end = 3;
  while (end < rows.length && !(TOTALS.has(text(rows[end][0])) && blank(rows[end][METHOD]))) end++;
  if (end < rows.length) {
    end++;
    if (end < rows.length && ORPHAN_HEADINGS.has(text(rows[end][0]))) {
      end++;
      while (end < rows.length && !blank(rows[end][EXPLANATION])) end++;
    }
  }
  // the chart's data reaches 13 rows below the header row
  return { sheet: used.sheet, start: { row: 0, column: 0 }, end: { row: Math.max(end, 2 + 13) - 1, column: WIDTH - 1 } };
}

/**
 * Reads the earlier report on a sheet, or null when the sheet holds none. An explanation typed in
 * a row without a line key is kept under the key "".
 */
export function readEarlierReport(sheet: ReportSheet): EarlierReport | null {
  const { used, mark } = sheet;
  const marked = mark === null ? null : parseBlock(mark.address);
  const block = marked ? { sheet: mark?.sheet ?? null, start: marked.start, end: { row: marked.end.row, column: marked.start.column + WIDTH - 1 } } : used ? unmarkedBlock(used) : null;
  if (block === null) return null;
  const at = (row: number, column: number): CellValue => {
    if (used === null) return null;
    return used.values[row - used.row]?.[column - used.column] ?? null;
  };
  const first = block.start.column;
  const rowAt = (row: number) => Array.from({ length: WIDTH }, (_, c) => at(row, first + c));

  const owned = new Set<string>();
  const own = (row: number, c: number) => owned.add(`${row}:${first + c}`);
  const explanations = new Map<string, string>();
  const explain = (key: string, explanation: string) => {
    const before = explanations.get(key);
    explanations.set(key, before === undefined || before === explanation ? explanation : `${before} / ${explanation}`);
  };
  let chartRows = 0;
  let chartHeaders: readonly string[] | null = null;
  const memory = sheet.memory ?? null;

  for (let row = block.start.row; row <= block.end.row; row++) {
    const cells = rowAt(row);
    if (memory !== null) {
      // by the memory: a row is the report's while its cells hold what the report wrote there
      const lead = text(cells[0]);
      const known = memory.rows[reportKey(cells[0])];
      const intact = intactCells(known, cells.slice(1, EXPLANATION));
      if (lead === "" || known !== undefined) own(row, 0);
      for (let c = 1; c < EXPLANATION; c++) if (blank(cells[c]) || intact[c - 1]) own(row, c);
      own(row, EXPLANATION);
      // the header row's "Explanation" is the report's heading, no explanation
      if (!blank(cells[EXPLANATION]) && !isHeaderRow(cells)) explain(known !== undefined ? lead : "", text(cells[EXPLANATION]));
      if (blank(cells[REPORT_COLUMNS])) own(row, REPORT_COLUMNS);
      const chartKnown = memory.rows[chartKey(cells[CHART_COLUMN])];
      const chartIntact = intactCells(chartKnown, cells.slice(CHART_COLUMN + 1, WIDTH));
      if (blank(cells[CHART_COLUMN]) || chartKnown !== undefined) own(row, CHART_COLUMN);
      for (let c = CHART_COLUMN + 1; c < WIDTH; c++) if (blank(cells[c]) || chartIntact[c - CHART_COLUMN - 1]) own(row, c);
      continue;
    }
    // the report's part, A-N
    const lead = text(cells[0]);
    const labelOnly = (label: boolean) => {
      if (!label) return false;
      own(row, 0);
      for (let c = 1; c < REPORT_COLUMNS; c++) if (blank(cells[c])) own(row, c);
      return true;
    };
    if (
      !labelOnly(TITLES.has(lead)) &&
      !labelOnly(SETTINGS_LEADS.some((s) => lead.startsWith(s))) &&
      !labelOnly(ORPHAN_HEADINGS.has(lead))
    ) {
      if (isHeaderRow(cells)) {
        const header = HEADERS.find((h) => h[0] === lead && h[EXPLANATION] === text(cells[EXPLANATION])) as readonly string[];
        for (let c = 0; c < REPORT_COLUMNS; c++) if (blank(cells[c]) || HEADERS.some((h) => h[c] === text(cells[c])) || header[c] === text(cells[c])) own(row, c);
      } else {
        // a line or the total (a key and figures), an orphan (a key and an explanation), or a
        // row someone inserted: only its explanation and blanks are taken, the rest is theirs
        const figures = cells.slice(METHOD + 1, MAPE).some((v) => typeof v === "number");
        const explained = !blank(cells[EXPLANATION]);
        const ours = lead !== "" && (figures || explained);
        for (let c = 0; c < REPORT_COLUMNS; c++) {
          if (blank(cells[c]) || (c === EXPLANATION && explained) || (ours && lineCellIsOurs(c, cells[c]))) own(row, c);
        }
        if (explained) explain(ours ? lead : "", text(cells[EXPLANATION]));
      }
    }
    if (blank(cells[REPORT_COLUMNS])) own(row, REPORT_COLUMNS);
    // the chart's part, P-S: its header row, then 12 months
    const chart = cells.slice(CHART_COLUMN, WIDTH).map(text);
    const headers = CHART_HEADERS.find((h) => h.every((name, i) => name === chart[i]));
    if (headers) {
      chartHeaders = headers;
      chartRows = 12;
      for (let c = CHART_COLUMN; c < WIDTH; c++) own(row, c);
    } else if (chartRows > 0 && chartHeaders !== null) {
      chartRows--;
      const values = cells.slice(CHART_COLUMN, WIDTH);
      if (blank(values[0]) || MONTH_NAMES.has(text(values[0]))) own(row, CHART_COLUMN);
      for (let c = 1; c < CHART_COLUMNS; c++) if (blank(values[c]) || typeof values[c] === "number") own(row, CHART_COLUMN + c);
    } else {
      for (let c = CHART_COLUMN; c < WIDTH; c++) if (blank(cells[c])) own(row, c);
    }
  }
  return { block, explanations, owned: (row, column) => owned.has(`${row}:${column}`) };
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

