// The Forecast report's layout: the one table of which row and column of the report holds what.
// The report is written by it (forecastPlan.ts) and an earlier report is read back by it
// (earlierReport.ts, reportMemory.ts), so writing and reading back cannot drift apart.
//
// From the report's first cell (the earlier report's, found by its mark, or A1):
//   rows: the title, the settings, the column headers, one row per line, the total row, and (when
//     there are any) a heading and the explanations of lines no longer in the table;
//   columns: the report (REPORT below, A-R), a gap (S), and the chart's data (CHART, T-W): its
//     header row level with the report's headers, then one row per month.
// Below the total, when there are action plans, two rows: the decided measures on no line of the
// table (whole departments, in the total after actions) and the proposed measures' potential, each
// its label and the amount in the adjustment column (a saving positive, as the labels say).
//
// Layouts: a report is written in the current layout (2) and says so in its mark; a report of the
// earlier layout (1: before the department's and the action plan's columns; its mark says no
// layout) is read back by its own, so its explanations are kept. Both come from the one table
// REPORT: layout 1 is its columns without those added in layout 2.

import { MONTHS, type FollowUpFigures } from "../../core";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { CellInput } from "../gateway/types";
import type { Strings } from "./i18n";
import { WHOLE_AMOUNT_FORMAT } from "./numberFormats";

type ReportHeaders = ReturnType<Strings["reportHeaders"]>;

/**
 * What a column of the report holds: a row's lead (the line key, or a label), the method's short
 * name, a figure, the backtest's error, the material flag, a text the report writes (the
 * department's explanation), or the explanation a person types.
 */
export type ColumnKind = "lead" | "method" | "figure" | "error" | "flag" | "text" | "explanation";

/** The report's columns, left to right, with the number format of those that hold numbers and the layout that added them. */
export const REPORT = [
  { field: "key", kind: "lead" },
  { field: "method", kind: "method" },
  { field: "actualToDate", kind: "figure", format: "#,##0" },
  { field: "budgetToDate", kind: "figure", format: "#,##0" },
  { field: "monthVariance", kind: "figure", format: "#,##0" },
  { field: "ytdVariance", kind: "figure", format: "#,##0" },
  { field: "budget", kind: "figure", format: "#,##0" },
  { field: "adjustment", kind: "figure", format: "#,##0" },
  { field: "yearEnd", kind: "figure", format: "#,##0" },
  { field: "departmentYearEnd", kind: "figure", format: "#,##0", since: 2 },
  { field: "actionsYearEnd", kind: "figure", format: "#,##0", since: 2 },
  { field: "result", kind: "figure", format: "#,##0" },
  { field: "resultAfterActions", kind: "figure", format: "#,##0", since: 2 },
  { field: "carryover", kind: "figure", format: "#,##0" },
  { field: "mape", kind: "error", format: "0.0%" },
  { field: "material", kind: "flag" },
  { field: "departmentExplanation", kind: "text", since: 2 },
  { field: "explanation", kind: "explanation" },
] as const satisfies readonly { field: keyof ReportHeaders; kind: ColumnKind; format?: string; since?: number }[];

export type ReportField = (typeof REPORT)[number]["field"];
type ReportColumn = (typeof REPORT)[number];

/** The chart's data, from the chart column on: the month, then budget, actual and forecast, cumulative. */
export const CHART = ["month", "budget", "actual", "forecast"] as const satisfies readonly (keyof Strings["forecastChartHeaders"])[];
export const CHART_COLUMNS = CHART.length;

/** One layout of the report: its columns, and where the explanation, the gap and the chart's data are. */
export interface Layout {
  version: 1 | 2;
  columns: readonly ReportColumn[];
  /** Each field's column, from the report's first; undefined for a field the layout lacks. */
  column: Partial<Record<ReportField, number>>;
  /** The explanation a person types: the report's last column. */
  explanation: number;
  method: number;
  reportColumns: number;
  /** One empty column between the report and the chart's data. */
  chartColumn: number;
  /** Every column the report covers, from its first. */
  width: number;
  kindAt: (column: number) => ColumnKind | undefined;
  /** The header row in a language, for the report as at the month named (short name, or "" for none). */
  headerRow: (t: Strings, month: string) => string[];
}

function layoutOf(version: 1 | 2): Layout {
  const columns: readonly ReportColumn[] = REPORT.filter((c) => !("since" in c) || c.since <= version);
  const column = Object.fromEntries(columns.map((c, i) => [c.field, i])) as Partial<Record<ReportField, number>>;
  const reportColumns = columns.length;
  return {
    version,
    columns,
    column,
    explanation: reportColumns - 1,
    method: column.method as number,
    reportColumns,
    chartColumn: reportColumns + 1,
    width: reportColumns + 1 + CHART_COLUMNS,
    kindAt: (c) => columns[c]?.kind,
    headerRow: (t, month) => {
      const headers = t.reportHeaders(month);
      // the earlier layout had one explanation, headed as such
      return columns.map((c) => (version === 1 && c.field === "explanation" ? t.earlierExplanationHeader : headers[c.field]));
    },
  };
}

/** The layout reports are written in, and the earlier one they are still read back by. */
export const CURRENT_LAYOUT = layoutOf(2);
export const EARLIER_LAYOUT = layoutOf(1);
export const LAYOUTS: readonly Layout[] = [CURRENT_LAYOUT, EARLIER_LAYOUT];
/** The layout a report's mark names; a mark that names none is of the earlier layout. */
export const layoutNamed = (version: number): Layout => LAYOUTS.find((l) => l.version === version) ?? EARLIER_LAYOUT;

/** Each field's column in the current layout, from the report's first. */
export const COLUMN = CURRENT_LAYOUT.column as Record<ReportField, number>;
export const REPORT_COLUMNS = CURRENT_LAYOUT.reportColumns;
export const kindAt = CURRENT_LAYOUT.kindAt;

/** The chart's data's first column, and every column the report covers, in the current layout. */
export const CHART_COLUMN = CURRENT_LAYOUT.chartColumn;
export const WIDTH = CURRENT_LAYOUT.width;

/** Rows from the report's first. */
export const TITLE_ROW = 0;
export const SETTINGS_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_LINE_ROW = 3;
/** The chart's data: a header row level with the report's headers, then one row per month. */
export const CHART_ROWS = 1 + MONTHS;

/** The header row in a language, for the report as at the month named (short name, or "" for none). */
export function headerRow(t: Strings, month: string): string[] {
  return CURRENT_LAYOUT.headerRow(t, month);
}

export function chartHeaderRow(t: Strings): string[] {
  return CHART.map((c) => t.forecastChartHeaders[c]);
}

/** What a line's row, or the total's, shows. */
export interface RowFigures extends FollowUpFigures {
  key: string;
  method: string;
  mape: number | null;
  departmentExplanation: string;
  explanation: string;
}

/** A row's cells; `method` is the method's name as the report shows it (default the row's own). */
export function reportRow(r: RowFigures, t: Strings, method: string = r.method): CellInput[] {
  return CURRENT_LAYOUT.columns.map(({ field }): CellInput => {
    if (field === "method") return method;
    if (field === "mape") return r.mape ?? "";
    if (field === "material") return r.material ? t.materialYes : "";
    if (field === "departmentYearEnd") return r.departmentYearEnd ?? "";
    return r[field];
  });
}

/** A row below the total: its label, an amount in the adjustment column, and its explanation. */
export function amountRow(label: string, amount: number, explanation: string): CellInput[] {
  return CURRENT_LAYOUT.columns.map(({ field }) => (field === "key" ? label : field === "adjustment" ? amount : field === "explanation" ? explanation : ""));
}

/** The row of an explanation whose line has left the table: the key and the explanation. */
export function orphanRow(o: { key: string; explanation: string }): CellInput[] {
  return CURRENT_LAYOUT.columns.map(({ kind }) => (kind === "lead" ? o.key : kind === "explanation" ? o.explanation : ""));
}

/**
 * The report's content as rows of WIDTH cells from its first column: `body` (the title down to
 * the orphans) in the report's columns, `chart` (its header row and months) in the chart's from the
 * header row on; undefined where the report has nothing.
 */
export function reportContent(body: readonly CellInput[][], chart: readonly CellInput[][]): (CellInput | undefined)[][] {
  return Array.from({ length: Math.max(body.length, HEADER_ROW + chart.length) }, (_, r) =>
    Array.from({ length: WIDTH }, (_, col) => {
      if (col < REPORT_COLUMNS) return body[r]?.[col];
      return col >= CHART_COLUMN ? chart[r - HEADER_ROW]?.[col - CHART_COLUMN] : undefined;
    }),
  );
}

/** Runs of neighbouring report columns with the same number format, amounts in `amounts`: [first column, count, format]. */
function formatRuns(amounts: string): [number, number, string][] {
  const runs: [number, number, string][] = [];
  CURRENT_LAYOUT.columns.forEach((c, i) => {
    const format = "format" in c ? (c.format === WHOLE_AMOUNT_FORMAT ? amounts : c.format) : undefined;
    const last = runs[runs.length - 1];
    if (format === undefined) return;
    if (last && last[2] === format && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1, format]);
  });
  return runs;
}

/**
 * Where the parts of a report of `lines` lines (and `below` rows of amounts below the total) go on
 * `sheet`, its first cell at `origin`: the chart's data and the chart, the rows the material flag
 * highlights, and bold and number formats (the amounts in `amounts`: with øre when they are
 * rounded to øre).
 */
export function placements(sheet: string, origin: { row: number; column: number }, lines: number, below = 0, amounts = WHOLE_AMOUNT_FORMAT) {
  const block = (row: number, column: number, rows: number, columns: number) =>
    withSheet(sheet, blockAddress({ row: origin.row + row, column: origin.column + column }, rows, columns));
  const totalRow = FIRST_LINE_ROW + lines;
  return {
    chartRange: block(HEADER_ROW, CHART_COLUMN, CHART_ROWS, CHART_COLUMNS),
    /** The chart itself: one row below its data. */
    chartAnchor: cellName({ row: origin.row + HEADER_ROW + CHART_ROWS + 1, column: origin.column + CHART_COLUMN }),
    /** The lines and the total. */
    highlightRange: block(FIRST_LINE_ROW, 0, lines + 1, REPORT_COLUMNS),
    formats: [
      { ref: block(TITLE_ROW, 0, 1, 1), bold: true },
      { ref: block(HEADER_ROW, 0, 1, WIDTH), bold: true },
      { ref: block(totalRow, 0, 1, REPORT_COLUMNS), bold: true },
      ...formatRuns(amounts).map(([column, count, numberFormat]) => ({ ref: block(FIRST_LINE_ROW, column, lines + 1 + below, count), numberFormat })),
      { ref: block(HEADER_ROW + 1, CHART_COLUMN + 1, MONTHS, CHART_COLUMNS - 1), numberFormat: amounts },
    ] as { ref: string; numberFormat?: string; bold?: boolean }[],
  };
}
