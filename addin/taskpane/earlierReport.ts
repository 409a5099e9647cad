// What an earlier Forecast report on a sheet holds, read back before the report is written again:
// which cells are the report's own output (rewritten freely), the explanations people typed (kept
// by line key), and everything else, which is a person's and is never overwritten without asking.
//
// Inside the marked block (reportMemory.ts) nothing is found by position: rows are told by their
// content, so a report whose rows were sorted (total row included), or whose title row was
// deleted, reads the same. A report written before reports were marked is found by its header row,
// where the layout puts it (forecastLayout.ts). A report with a memory is read by it (a cell is the
// report's while it holds what the report wrote); one written before the memory existed by the
// rules below.
//
// A report's own cells, by row (without a memory):
//   title row: a title, in either language, for any month, in the first column
//   settings row: the settings line ("Method: ..." / "Metode: ...") in the first column
//   header row: the header texts in either language
//   line, total and orphan rows (a key in the first column): the method's short name, numbers in
//     the figure and error columns, the material flag, text in the department's explanation
//     column; the explanation column is an explanation
//   the orphan heading row: the heading in the first column
//   the chart's data (from the column of "Month" / "Måned" on): month names and numbers
// A cell of such a row that holds anything else (a note typed beside the title, text in a figure
// column), the gap column between report and chart data, and any row of none of these kinds
// (a row inserted into the report) hold notes: the person's.

import { MONTHS, cellText, isBlank } from "../../core";
import { parseBlock, type BlockRef } from "../gateway/address";
import type { CellInput, CellValue, Mark, RangeData } from "../gateway/types";
import { CHART_COLUMNS, CHART_ROWS, chartHeaderRow, CURRENT_LAYOUT, FIRST_LINE_ROW, HEADER_ROW, LAYOUTS, layoutNamed, type Layout } from "./forecastLayout";
import { da } from "./i18n/da";
import { en } from "./i18n/en";
import { chartKey, intactCells, readComment, reportKey, type ReportMemory } from "./reportMemory";

/** The report sheet as read: its cells from A1 (readUsed), its mark, and what its report wrote. */
export interface ReportSheet {
  used: RangeData | null;
  mark: Mark | null;
  memory?: ReportMemory | null;
}

/** An earlier report, read. Rows and columns are sheet positions (0-based). */
export interface EarlierReport {
  /** The block the report covers (its own rows, every column of the layout from its first). */
  block: BlockRef;
  /** Explanations typed in it, by line key ("" for rows without one); several for one key joined. */
  explanations: Map<string, string>;
  /** Whether the cell holds the report's own output or an explanation, which may be rewritten. */
  owned: (row: number, column: number) => boolean;
  /** The layout it was written in. */
  layout: Layout;
}

const LANGUAGES = [en, da] as const;
const text = cellText;

const TITLES = new Set(LANGUAGES.flatMap((s) => s.monthsLong.map((name, m) => s.reportTitle(m + 1, name))));
const SETTINGS_LEADS = LANGUAGES.map((s) => s.settingsLead);
const TOTALS = new Set(LANGUAGES.map((s) => s.totalLabel));
const ORPHAN_HEADINGS = new Set(LANGUAGES.map((s) => s.orphanHeading));
const METHOD_NAMES = new Set(LANGUAGES.flatMap((s) => Object.values(s.forecastMethodShort)));
const FLAGS = new Set(LANGUAGES.map((s) => s.materialYes));
const CHART_HEADERS = LANGUAGES.map(chartHeaderRow);
const MONTH_NAMES = new Set(LANGUAGES.flatMap((s) => s.months));
/** Each layout's header rows, in both languages, for every month and none. */
const HEADERS = new Map(LAYOUTS.map((l) => [l, LANGUAGES.flatMap((s) => [l.headerRow(s, ""), ...s.months.map((m) => l.headerRow(s, m))])]));

const headersOf = (layout: Layout) => HEADERS.get(layout) ?? [];
const isHeaderRow = (layout: Layout, row: readonly CellValue[]) =>
  headersOf(layout).some((header) => text(row[0]) === header[0] && text(row[layout.explanation]) === header[layout.explanation]);

/** Whether a cell in column `c` of a line, total or orphan row holds what the report writes there. */
function lineCellIsOurs(layout: Layout, c: number, v: CellValue): boolean {
  if (isBlank(v)) return true;
  switch (layout.kindAt(c)) {
    case "lead":
      return true;
    case "method":
      return typeof v === "string" && METHOD_NAMES.has(v.trim());
    case "flag":
      return typeof v === "string" && FLAGS.has(v.trim());
    case "figure":
    case "error":
      return typeof v === "number";
    case "text":
      return typeof v === "string";
    default:
      return false;
  }
}

/** Whether a row holds a figure in one of the figure columns. */
const hasFigures = (layout: Layout, cells: readonly CellValue[]) => layout.columns.some((c, i) => c.kind === "figure" && typeof cells[i] === "number");

/** The block of a report written before reports were marked, and its layout: from A1 to its last own row. */
function unmarkedBlock(used: RangeData): { block: BlockRef; layout: Layout } | null {
  const layout = used.row === 0 && used.column === 0 ? LAYOUTS.find((l) => isHeaderRow(l, used.values[HEADER_ROW] ?? [])) : undefined;
  if (layout === undefined) return null;
  const rows = used.values;
  let end = FIRST_LINE_ROW;
  while (end < rows.length && !(TOTALS.has(text(rows[end][0])) && isBlank(rows[end][layout.method]))) end++;
  if (end < rows.length) {
    end++;
    if (end < rows.length && ORPHAN_HEADINGS.has(text(rows[end][0]))) {
      end++;
      while (end < rows.length && !isBlank(rows[end][layout.explanation])) end++;
    }
  }
  // the chart's data reaches below the total when there are few lines
  const block = { sheet: used.sheet, start: { row: 0, column: 0 }, end: { row: Math.max(end, HEADER_ROW + CHART_ROWS) - 1, column: layout.width - 1 } };
  return { block, layout };
}

/**
 * Reads the earlier report on a sheet, or null when the sheet holds none. An explanation typed in
 * a row without a line key is kept under the key "".
 */
export function readEarlierReport(sheet: ReportSheet): EarlierReport | null {
  const { used, mark } = sheet;
  const marked = mark === null ? null : parseBlock(mark.address);
  const found = marked
    ? (() => {
        const layout = layoutNamed(readComment(mark?.comment ?? "").layout);
        return { block: { sheet: mark?.sheet ?? null, start: marked.start, end: { row: marked.end.row, column: marked.start.column + layout.width - 1 } }, layout };
      })()
    : used
      ? unmarkedBlock(used)
      : null;
  if (found === null) return null;
  const { block, layout } = found;
  const { explanation: EXPLANATION, reportColumns: REPORT_COLUMNS, chartColumn: CHART_COLUMN, width: WIDTH } = layout;
  const first = block.start.column;
  const rowAt = (row: number) => Array.from({ length: WIDTH }, (_, c) => cellOf(used, row, first + c));

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
      for (let c = 1; c < EXPLANATION; c++) if (isBlank(cells[c]) || intact[c - 1]) own(row, c);
      own(row, EXPLANATION);
      // the header row's "Explanation" is the report's heading, no explanation
      if (!isBlank(cells[EXPLANATION]) && !isHeaderRow(layout, cells)) explain(known !== undefined ? lead : "", text(cells[EXPLANATION]));
      if (isBlank(cells[REPORT_COLUMNS])) own(row, REPORT_COLUMNS);
      const chartKnown = memory.rows[chartKey(cells[CHART_COLUMN])];
      const chartIntact = intactCells(chartKnown, cells.slice(CHART_COLUMN + 1, WIDTH));
      if (isBlank(cells[CHART_COLUMN]) || chartKnown !== undefined) own(row, CHART_COLUMN);
      for (let c = CHART_COLUMN + 1; c < WIDTH; c++) if (isBlank(cells[c]) || chartIntact[c - CHART_COLUMN - 1]) own(row, c);
      continue;
    }
    // the report's part
    const lead = text(cells[0]);
    const labelOnly = (label: boolean) => {
      if (!label) return false;
      own(row, 0);
      for (let c = 1; c < REPORT_COLUMNS; c++) if (isBlank(cells[c])) own(row, c);
      return true;
    };
    if (
      !labelOnly(TITLES.has(lead)) &&
      !labelOnly(SETTINGS_LEADS.some((s) => lead.startsWith(s))) &&
      !labelOnly(ORPHAN_HEADINGS.has(lead))
    ) {
      if (isHeaderRow(layout, cells)) {
        const headers = headersOf(layout);
        const header = headers.find((h) => h[0] === lead && h[EXPLANATION] === text(cells[EXPLANATION])) as readonly string[];
        for (let c = 0; c < REPORT_COLUMNS; c++) if (isBlank(cells[c]) || headers.some((h) => h[c] === text(cells[c])) || header[c] === text(cells[c])) own(row, c);
      } else {
        // a line or the total (a key and figures), an orphan (a key and an explanation), or a
        // row someone inserted: only its explanation and blanks are taken, the rest is theirs
        const explained = !isBlank(cells[EXPLANATION]);
        const ours = lead !== "" && (hasFigures(layout, cells) || explained);
        for (let c = 0; c < REPORT_COLUMNS; c++) {
          if (isBlank(cells[c]) || (c === EXPLANATION && explained) || (ours && lineCellIsOurs(layout, c, cells[c]))) own(row, c);
        }
        if (explained) explain(ours ? lead : "", text(cells[EXPLANATION]));
      }
    }
    if (isBlank(cells[REPORT_COLUMNS])) own(row, REPORT_COLUMNS);
    // the chart's part: its header row, then the months
    const chart = cells.slice(CHART_COLUMN, WIDTH).map(text);
    const headers = CHART_HEADERS.find((h) => h.every((name, i) => name === chart[i]));
    if (headers) {
      chartHeaders = headers;
      chartRows = MONTHS;
      for (let c = CHART_COLUMN; c < WIDTH; c++) own(row, c);
    } else if (chartRows > 0 && chartHeaders !== null) {
      chartRows--;
      const values = cells.slice(CHART_COLUMN, WIDTH);
      if (isBlank(values[0]) || MONTH_NAMES.has(text(values[0]))) own(row, CHART_COLUMN);
      for (let c = 1; c < CHART_COLUMNS; c++) if (isBlank(values[c]) || typeof values[c] === "number") own(row, CHART_COLUMN + c);
    } else {
      for (let c = CHART_COLUMN; c < WIDTH; c++) if (isBlank(cells[c])) own(row, c);
    }
  }
  return { block, explanations, owned: (row, column) => owned.has(`${row}:${column}`), layout };
}

/** What the sheet as read holds at a sheet position. */
function cellOf(used: RangeData | null, row: number, column: number): CellValue {
  return used ? (used.values[row - used.row]?.[column - used.column] ?? null) : null;
}

/**
 * The cells to write for a report's content (reportContent) at `origin`, over what the sheet
 * holds. Where the new report has nothing, a cell of the earlier report's own is cleared and
 * anything else is left as it is; a blank of the report's own ("" in a row) is written only over
 * its own; an explanation already in its line's row (of a report in the same layout) is left as it
 * is. `rows` is at least the earlier report's height, so what is left of a longer one is cleared.
 */
export function cellsOver(
  content: readonly (readonly (CellInput | undefined)[])[],
  sheet: ReportSheet | null,
  previous: EarlierReport | null,
  origin: { row: number; column: number },
): CellInput[][] {
  const earlierRows = previous ? previous.block.end.row - origin.row + 1 : 0;
  const owned = previous?.owned ?? (() => false);
  const old = (r: number, col: number): CellValue => cellOf(sheet?.used ?? null, origin.row + r, origin.column + col);
  const { explanation: EXPLANATION, width: WIDTH } = CURRENT_LAYOUT;
  const sameLayout = previous?.layout === CURRENT_LAYOUT;
  return Array.from({ length: Math.max(content.length, earlierRows) }, (_, r) =>
    Array.from({ length: WIDTH }, (_, col): CellInput => {
      const wanted = content[r]?.[col];
      const mine = owned(origin.row + r, origin.column + col);
      const was = old(r, col);
      if (wanted === undefined || wanted === "" || wanted === null) return mine && was !== null && was !== "" ? "" : null;
      if (sameLayout && r >= FIRST_LINE_ROW && col === EXPLANATION && text(was) === text(wanted as string) && text(old(r, 0)) === text(content[r][0] as string)) return null;
      return wanted;
    }),
  );
}
