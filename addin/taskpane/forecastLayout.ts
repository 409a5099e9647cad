// The Forecast report's layout: the one table of which row and column of the report holds what.
// The report is written by it (forecastPlan.ts) and an earlier report is read back by it
// (earlierReport.ts, reportMemory.ts), so writing and reading back cannot drift apart.
//
// From the report's first cell (the earlier report's, found by its mark, or A1):
//   rows: the title, the settings, the column headers, one row per line, the total row, and (when
//     there are any) a heading and the explanations of lines no longer in the table;
//   columns: the report (REPORT below, A-N), a gap (O), and the chart's data (CHART, P-S): its
//     header row level with the report's headers, then one row per month.

import { MONTHS, type FollowUpFigures } from "../../core";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { CellInput } from "../gateway/types";
import type { Strings } from "./i18n";

type ReportHeaders = ReturnType<Strings["reportHeaders"]>;

/**
 * What a column of the report holds: a row's lead (the line key, or a label), the method's short
 * name, a figure, the backtest's error, the material flag, or the explanation a person types.
 */
export type ColumnKind = "lead" | "method" | "figure" | "error" | "flag" | "explanation";

/** The report's columns, left to right, with the number format of those that hold numbers. */
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
  { field: "result", kind: "figure", format: "#,##0" },
  { field: "carryover", kind: "figure", format: "#,##0" },
  { field: "mape", kind: "error", format: "0.0%" },
  { field: "material", kind: "flag" },
  { field: "explanation", kind: "explanation" },
] as const satisfies readonly { field: keyof ReportHeaders; kind: ColumnKind; format?: string }[];

export type ReportField = (typeof REPORT)[number]["field"];

/** Each field's column, from the report's first. */
export const COLUMN = Object.fromEntries(REPORT.map((c, i) => [c.field, i])) as Record<ReportField, number>;
export const REPORT_COLUMNS = REPORT.length;
export const kindAt = (column: number): ColumnKind | undefined => REPORT[column]?.kind;

/** The chart's data, from CHART_COLUMN on: the month, then budget, actual and forecast, cumulative. */
export const CHART = ["month", "budget", "actual", "forecast"] as const satisfies readonly (keyof Strings["forecastChartHeaders"])[];
/** One empty column between the report and the chart's data. */
export const CHART_COLUMN = REPORT_COLUMNS + 1;
export const CHART_COLUMNS = CHART.length;
/** Every column the report covers, from its first. */
export const WIDTH = CHART_COLUMN + CHART_COLUMNS;

/** Rows from the report's first. */
export const TITLE_ROW = 0;
export const SETTINGS_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_LINE_ROW = 3;
/** The chart's data: a header row level with the report's headers, then one row per month. */
export const CHART_ROWS = 1 + MONTHS;

/** The header row in a language, for the report as at the month named (short name, or "" for none). */
export function headerRow(t: Strings, month: string): string[] {
  const headers = t.reportHeaders(month);
  return REPORT.map((c) => headers[c.field]);
}

export function chartHeaderRow(t: Strings): string[] {
  return CHART.map((c) => t.forecastChartHeaders[c]);
}

/** What a line's row, or the total's, shows. */
export interface RowFigures extends FollowUpFigures {
  key: string;
  method: string;
  mape: number | null;
  explanation: string;
}

export function reportRow(r: RowFigures, t: Strings): CellInput[] {
  return REPORT.map(({ field }): CellInput => {
    if (field === "mape") return r.mape ?? "";
    if (field === "material") return r.material ? t.materialYes : "";
    return r[field];
  });
}

/** The row of an explanation whose line has left the table: the key and the explanation. */
export function orphanRow(o: { key: string; explanation: string }): CellInput[] {
  return REPORT.map(({ kind }) => (kind === "lead" ? o.key : kind === "explanation" ? o.explanation : ""));
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

/** Runs of neighbouring report columns with the same number format: [first column, count, format]. */
function formatRuns(): [number, number, string][] {
  const runs: [number, number, string][] = [];
  REPORT.forEach((c, i) => {
    const format = "format" in c ? c.format : undefined;
    const last = runs[runs.length - 1];
    if (format === undefined) return;
    if (last && last[2] === format && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1, format]);
  });
  return runs;
}

/**
 * Where the parts of a report of `lines` lines go on `sheet`, its first cell at `origin`: the
 * chart's data and the chart, the rows the material flag highlights, and bold and number formats.
 */
export function placements(sheet: string, origin: { row: number; column: number }, lines: number) {
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
      ...formatRuns().map(([column, count, numberFormat]) => ({ ref: block(FIRST_LINE_ROW, column, lines + 1, count), numberFormat })),
      { ref: block(HEADER_ROW + 1, CHART_COLUMN + 1, MONTHS, CHART_COLUMNS - 1), numberFormat: "#,##0" },
    ] as { ref: string; numberFormat?: string; bold?: boolean }[],
  };
}
