// What the Forecast panel will write, worked out before anything is written: each line of the
// follow-up table projected as at the chosen month (core/followup.ts), the total, the lines with
// bad input, and the report sheet's cells. Running it again next month rewrites the numbers and
// keeps every explanation a person typed, matched by line key: an explanation whose line has left
// the table is kept below the report, never dropped. What an earlier report holds is read by
// reportMemory.ts; a note typed anywhere else is left where it is, or asked about when the report
// needs its cell.
//
// The report (columns A-N from its first column, then the chart's data in P-S), at the earlier
// report's place (its mark) or at A1:
//   row 1 title, row 2 the settings, row 3 headers, one row per line, the total row, and (when
//   there are any) a heading and the explanations of lines no longer in the table.

import { z } from "zod";
import {
  actualSubject,
  BudgetError,
  budgetSubject,
  followUpCurves,
  FORECAST_METHODS,
  followUpLine,
  followUpTotal,
  MONTHS,
  UNITS,
  type FollowUpFigures,
  type FollowUpLine,
  type FollowUpOptions,
  type FollowUpRow,
  type Language,
  type Subject,
  cellText,
} from "../../core";
import { readNumber, type Cell } from "../functions/cells";
import { bookedRow } from "../functions/forecast";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import { checkSheetName } from "../gateway/checks";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, ChartSpec, HighlightRule, Mark, RangeData } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import { optionalField, readAmountField, readPercentField } from "./fields";
import type { Strings } from "./i18n";
import {
  CHART_COLUMN,
  CHART_COLUMNS,
  EXPLANATION,
  FLAG,
  memoryOf,
  memorySetting,
  readComment,
  readEarlierReport,
  REPORT_COLUMNS,
  REPORT_MARK,
  WIDTH,
  type EarlierReport,
  type ReportMemory,
  type ReportSheet,
} from "./reportMemory";

/** The earlier report's memory setting, when the new report keeps its own under another run. */
function staleMemory(mark: Mark, run: number): string | null {
  const earlier = readComment(mark.comment).run;
  return earlier > 0 && earlier !== run ? memorySetting(earlier) : null;
}

const column = z.number().int().min(0);

/** The follow-up table's columns: the line key, January's actual and budget, and the optional adjustment. */
export const FORECAST_COLUMNS = {
  key: { role: "lineKey", fallback: 0 },
  actual: { role: "actual", fallback: 1 },
  budget: { role: "monthBudget", fallback: 13 },
  adjustment: { role: "adjustment", optional: true },
} as const satisfies ColumnWants;

export type ForecastColumns = ColumnsOf<typeof FORECAST_COLUMNS>;

export const forecastSchema = z.object({
  keyColumn: column,
  /** The table column holding January's actual; the 11 columns after it hold the other months. */
  actualColumn: column,
  /** The table column holding January's budget; the 11 columns after it hold the other months. */
  budgetColumn: column,
  adjustmentColumn: column.nullable(),
  month: z.number().int().min(1).max(MONTHS),
  method: z.enum([...FORECAST_METHODS, "auto"]),
  unit: z.union(UNITS.map((u) => z.literal(u))),
  materialAmount: z.number().finite().min(0).nullable(),
  materialRate: z.number().finite().min(0).max(1).nullable(),
  capRate: z.number().finite().min(0).max(1),
  reportSheet: z.string().trim().min(1),
  /** The line the chart shows, by key; null for the total. */
  chartLine: z.string().nullable(),
});

export type ForecastChoices = z.infer<typeof forecastSchema>;

/** The panel's fields as typed: amounts and percentages as text, read exactly by the core. */
export type ForecastForm = Omit<ForecastChoices, "materialAmount" | "materialRate" | "capRate"> & {
  materialAmount: string;
  materialRate: string;
  capRate: string;
};

/** The panel's fields read and checked; a bad field raises a BudgetError naming it. */
export function forecastChoices(form: ForecastForm, t: Strings, language: Language): ForecastChoices {
  const amount = optionalField(form.materialAmount, (text) => readAmountField(text, language, t.amountSubject));
  if (amount !== null && amount < 0) throw new BudgetError("VALUE_NEGATIVE", { what: t.amountSubject, value: amount });
  const sheet = form.reportSheet.trim();
  checkSheetName(sheet);
  return forecastSchema.parse({
    ...form,
    reportSheet: sheet,
    materialAmount: amount,
    materialRate: optionalField(form.materialRate, (text) => readPercentField(text, language, t.materialRateSubject)),
    capRate: readPercentField(form.capRate, language, t.capRateSubject),
  });
}

export { REPORT_COLUMNS } from "./reportMemory";
/** Rows from the report's first: the header row, and the first line. */
const HEADER_ROW = 2;
const FIRST_LINE_ROW = 3;
export const MATERIAL_FILL = "#F8CBAD";

export interface ReportLine extends FollowUpRow {
  key: string;
  budgetMonths: readonly number[];
  explanation: string;
}

export interface BadLine {
  /** The line key's cell, e.g. "Opfølgning!A5". */
  address: string;
  label: string;
  error: string;
}

export interface ForecastPlan {
  /** The follow-up table as read for this plan. */
  table: RangeData;
  /** A problem with the whole input; nothing is written. */
  error: string | null;
  bad: BadLine[];
  lines: ReportLine[];
  total: FollowUpFigures | null;
  /** Explanations of lines no longer in the table, kept below the report. */
  orphans: { key: string; explanation: string }[];
  /** How many typed explanations were found and carried over. */
  kept: number;
  /** The sheet they were carried from when it is not the report sheet (an earlier report elsewhere). */
  keptFrom: string | null;
  /** Whether the sheet holds an earlier report (then its own cells are updated without asking). */
  isReport: boolean;
  sheet: string;
  /** "Prognose!A1:S40": every cell the write touches. */
  target: string;
  /** The report's top-left cell: the earlier report's, or A1. */
  origin: { row: number; column: number };
  cells: CellInput[][];
  chart: ChartSpec;
  highlight: HighlightRule;
  formats: { ref: string; numberFormat?: string; bold?: boolean }[];
  /** The report's mark: the block it covers and what it stores. */
  mark: { ref: string; comment: string };
  /** What the report writes, kept in the workbook under `setting`; `forget`: the earlier report's, now stale. */
  memory: { setting: string; value: ReportMemory; forget: string | null };
  /** Whether a cell of the sheet holds the earlier report's own output, rewritten without asking. */
  owned: (row: number, column: number) => boolean;
}

/** The write a plan makes, step by step: the sheet, the cells, formats, the rule, the chart, the mark. */
export function forecastSteps(plan: ForecastPlan): WriteStep[] {
  return [
    { kind: "sheet", name: plan.sheet },
    { kind: "cells", topLeft: withSheet(plan.sheet, cellName(plan.origin)), cells: plan.cells },
    ...plan.formats.map((f): WriteStep => ({ kind: "format", ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
    { kind: "highlight", rule: plan.highlight },
    { kind: "chart", chart: plan.chart },
    { kind: "mark", sheet: plan.sheet, name: REPORT_MARK, ref: plan.mark.ref, comment: plan.mark.comment },
    { kind: "setting", name: plan.memory.setting, value: plan.memory.value },
    ...(plan.memory.forget === null ? [] : [{ kind: "setting" as const, name: plan.memory.forget, value: undefined }]),
  ];
}

const text = cellText;
const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};
const historySubject = (key: string, year: string) => (month: number): Subject => ({ label: "historyOf", key, year, month });

/**
 * Prior years' actuals: one row per line and year (key, year, 12 months), grouped by key and put
 * oldest first. Returns an error text for a bad row.
 */
export function readHistory(history: RangeData | null, t: Strings, language: Language): Map<string, (number | null)[][]> | string {
  const byKey = new Map<string, { year: number; months: (number | null)[] }[]>();
  if (history === null) return new Map();
  for (const [i, row] of history.values.slice(1).entries()) {
    const key = text(row[0]);
    if (key === "") continue;
    const address = withSheet(history.sheet, cellName({ row: history.row + 1 + i, column: history.column + 1 }));
    const year = row[1];
    if (typeof year !== "number" || !Number.isInteger(year)) return t.historyYearBad(address, text(year));
    if (row.length < 2 + MONTHS) return t.historyColumns;
    const years = byKey.get(key) ?? [];
    if (years.some((y) => y.year === year)) return t.historyYearTwice(key, year);
    try {
      years.push({ year, months: bookedRow(row.slice(2, 2 + MONTHS) as Cell[], historySubject(key, String(year))) });
    } catch (error) {
      return message(error, language);
    }
    byKey.set(key, years);
  }
  return new Map([...byKey].map(([key, years]) => [key, years.sort((a, b) => a.year - b.year).map((y) => y.months)]));
}

interface ReadLine {
  key: string;
  address: string;
  line: FollowUpLine;
}

/** The table's lines as the core takes them; a bad line is listed with its message. */
function readLines(table: RangeData, c: ForecastChoices, history: Map<string, (number | null)[][]>, t: Strings, language: Language) {
  const lines: ReadLine[] = [];
  const bad: BadLine[] = [];
  const seen = new Map<string, string>();
  table.values.slice(1).forEach((row, i) => {
    const address = withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + c.keyColumn }));
    const key = text(row[c.keyColumn]);
    const fail = (error: string) => bad.push({ address, label: key, error });
    if (key === "") return fail(t.blankKey);
    const first = seen.get(key);
    if (first !== undefined) return fail(t.duplicateKey(key, first));
    seen.set(key, address);
    try {
      const adjustment = c.adjustmentColumn === null ? null : row[c.adjustmentColumn];
      lines.push({
        key,
        address,
        line: {
          actuals: bookedRow(row.slice(c.actualColumn, c.actualColumn + MONTHS) as Cell[], actualSubject),
          budget: row.slice(c.budgetColumn, c.budgetColumn + MONTHS).map((v, m) => readNumber(v as Cell, budgetSubject(m + 1))),
          history: history.get(key),
          adjustment: adjustment === null || adjustment === "" ? undefined : readNumber(adjustment as Cell, t.adjustmentSubject),
        },
      });
    } catch (error) {
      fail(message(error, language));
    }
  });
  return { lines, bad };
}

function reportRow(r: { key: string; method: string; mape: number | null; explanation: string | null } & FollowUpFigures, t: Strings): CellInput[] {
  return [
    r.key,
    r.method,
    r.actualToDate,
    r.budgetToDate,
    r.monthVariance,
    r.ytdVariance,
    r.budget,
    r.adjustment,
    r.yearEnd,
    r.result,
    r.carryover,
    r.mape ?? "",
    r.material ? t.materialYes : "",
    r.explanation,
  ];
}

/**
 * The report for the table. `earlier` is the report sheet as read (its cells and its mark);
 * `carry` another sheet's report whose explanations are carried over when the report sheet holds
 * none (the newest report, when the last one was renamed or a new sheet is chosen); `run` the
 * count the new report's mark stores.
 */
export function planForecast(
  table: RangeData,
  historyRange: RangeData | null,
  earlier: ReportSheet | null,
  c: ForecastChoices,
  t: Strings,
  language: Language,
  carry: (ReportSheet & { mark: Mark }) | null = null,
  run = 1,
): ForecastPlan {
  const sheet = c.reportSheet.trim();
  const previous: EarlierReport | null = earlier === null ? null : readEarlierReport(earlier);
  const origin = previous ? previous.block.start : { row: 0, column: 0 };
  const empty: ForecastPlan = {
    table,
    error: null,
    bad: [],
    lines: [],
    total: null,
    orphans: [],
    kept: 0,
    keptFrom: null,
    isReport: previous !== null,
    sheet,
    target: withSheet(sheet, cellName(origin)),
    origin,
    cells: [],
    chart: { range: withSheet(sheet, "A1"), title: "", kind: "line" },
    highlight: { range: withSheet(sheet, "A1"), flagColumn: 0, equals: t.materialYes, fill: MATERIAL_FILL },
    formats: [],
    mark: { ref: "A1", comment: "" },
    memory: { setting: memorySetting(run), value: { rows: {} }, forget: null },
    owned: () => false,
  };
  const width = table.values[0]?.length ?? 0;
  if (c.actualColumn + MONTHS > width || c.budgetColumn + MONTHS > width) return { ...empty, error: t.noForecastMonths };
  const history = readHistory(historyRange, t, language);
  if (typeof history === "string") return { ...empty, error: history };

  const options: FollowUpOptions = {
    month: c.month,
    method: c.method,
    unit: c.unit,
    materialAmount: c.materialAmount,
    materialRate: c.materialRate,
    capRate: c.capRate,
  };
  const read = readLines(table, c, history, t, language);
  const bad = [...read.bad];
  const rows: (FollowUpRow & { key: string })[] = [];
  for (const l of read.lines) {
    try {
      rows.push({ key: l.key, ...followUpLine(l.line, options) });
    } catch (error) {
      bad.push({ address: l.address, label: l.key, error: message(error, language) });
    }
  }
  if (bad.length > 0) return { ...empty, bad };
  if (rows.length === 0) return { ...empty, error: t.tooFewRows };
  let total: FollowUpFigures;
  try {
    total = followUpTotal(rows, options);
  } catch (error) {
    return { ...empty, error: `${t.totalLabel}: ${message(error, language)}` };
  }

  // explanations: by key from the earlier report here, or else from the newest one elsewhere
  const carried = previous ?? (carry ? readEarlierReport(carry) : null);
  const typed = carried?.explanations ?? new Map<string, string>();
  const budgets = new Map(read.lines.map((l) => [l.key, l.line.budget]));
  const lines: ReportLine[] = rows.map((r) => ({ ...r, budgetMonths: budgets.get(r.key) ?? [], explanation: typed.get(r.key) ?? "" }));
  const totalLabel = t.totalLabel;
  const claimed = new Set([...lines.map((l) => l.key), totalLabel]);
  const orphans = [...typed]
    .filter(([key]) => !claimed.has(key))
    .map(([key, explanation]) => ({ key: key === "" ? t.keylessLine : key, explanation }));

  const monthName = t.months[c.month - 1];
  const body: CellInput[][] = [
    [t.reportTitle(c.month, t.monthsLong[c.month - 1])],
    [t.reportSettings(t.forecastMethodChosen[c.method], c.materialAmount, c.materialRate, c.capRate, withSheet(table.sheet, table.address))],
    t.reportHeaders(monthName),
    ...lines.map((l) => reportRow({ ...l, method: t.forecastMethodShort[l.method] }, t)),
    reportRow({ ...total, key: totalLabel, method: "", mape: null, explanation: typed.get(totalLabel) ?? "" }, t),
    ...(orphans.length > 0 ? [[t.orphanHeading], ...orphans.map(orphanRow)] : []),
  ];

  // the chart's data: the chosen line, or the total of all lines
  const chosen = c.chartLine === null ? undefined : lines.find((l) => l.key === c.chartLine);
  const curves = followUpCurves((chosen ? [chosen] : lines).map((l) => ({ budget: l.budgetMonths, months: l.months })), c.month);
  const chartBlock: CellInput[][] = [
    [...t.forecastChartHeaders],
    ...t.months.map((name, m) => [name, curves.budget[m], curves.actual[m] ?? "", curves.forecast[m]]),
  ];

  // every cell of the block: the report, the chart's data, and what is left of the earlier report.
  // Where the new report has nothing, a cell of the earlier report's own is cleared and anything
  // else is left as it is; a blank of the report's own ("" in a row) is written only over its own.
  const earlierRows = previous ? previous.block.end.row - origin.row + 1 : 0;
  const height = Math.max(body.length, HEADER_ROW + chartBlock.length, earlierRows);
  const owned = previous?.owned ?? (() => false);
  const old = (r: number, col: number): CellValue => {
    const used = earlier?.used;
    return used ? (used.values[origin.row + r - used.row]?.[origin.column + col - used.column] ?? null) : null;
  };
  const cells: CellInput[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: WIDTH }, (_, col): CellInput => {
      const chartRow = r - HEADER_ROW;
      const content =
        col < REPORT_COLUMNS ? body[r]?.[col] : col >= CHART_COLUMN && chartRow >= 0 && chartRow < chartBlock.length ? chartBlock[chartRow][col - CHART_COLUMN] : undefined;
      const mine = owned(origin.row + r, origin.column + col);
      const was = old(r, col);
      if (content === undefined || content === "" || content === null) return mine && was !== null && was !== "" ? "" : null;
      // an explanation already in its line's row is left as it is
      if (r >= FIRST_LINE_ROW && col === EXPLANATION && text(was) === text(content as string) && text(old(r, 0)) === text(body[r]?.[0] as string)) return null;
      return content;
    }),
  );

  const lastLine = FIRST_LINE_ROW + lines.length; // the total row, from the report's first
  const block = (row: number, col: number, rows: number, cols: number) =>
    withSheet(sheet, blockAddress({ row: origin.row + row, column: origin.column + col }, rows, cols));
  return {
    ...empty,
    lines,
    total,
    orphans,
    kept: typed.size,
    keptFrom: previous === null && carried !== null && carry ? carry.mark.sheet : null,
    target: block(0, 0, height, WIDTH),
    cells,
    chart: {
      range: block(HEADER_ROW, CHART_COLUMN, MONTHS + 1, CHART_COLUMNS),
      title: t.forecastChartTitle(chosen ? chosen.key : totalLabel),
      kind: "line",
      anchor: cellName({ row: origin.row + HEADER_ROW + MONTHS + 2, column: origin.column + CHART_COLUMN }),
    },
    highlight: { range: block(FIRST_LINE_ROW, 0, lines.length + 1, REPORT_COLUMNS), flagColumn: FLAG, equals: t.materialYes, fill: MATERIAL_FILL },
    formats: [
      { ref: block(0, 0, 1, 1), bold: true },
      { ref: block(HEADER_ROW, 0, 1, WIDTH), bold: true },
      { ref: block(lastLine, 0, 1, REPORT_COLUMNS), bold: true },
      { ref: block(FIRST_LINE_ROW, 2, lines.length + 1, 9), numberFormat: "#,##0" },
      { ref: block(FIRST_LINE_ROW, 11, lines.length + 1, 1), numberFormat: "0.0%" },
      { ref: block(HEADER_ROW + 1, CHART_COLUMN + 1, MONTHS, CHART_COLUMNS - 1), numberFormat: "#,##0" },
    ],
    mark: {
      ref: blockAddress(origin, Math.max(body.length, HEADER_ROW + chartBlock.length), WIDTH),
      comment: JSON.stringify({ month: c.month, run }),
    },
    memory: {
      setting: memorySetting(run),
      value: memoryOf(
        Array.from({ length: Math.max(body.length, HEADER_ROW + chartBlock.length) }, (_, r) => {
          const chartRow = chartBlock[r - HEADER_ROW];
          return [...Array.from({ length: REPORT_COLUMNS + 1 }, (_, col) => body[r]?.[col] as CellValue | undefined), ...(chartRow ?? []).map((v) => v as CellValue)];
        }),
      ),
      forget: earlier?.mark && previous ? staleMemory(earlier.mark, run) : null,
    },
    owned,
  };
}

const orphanRow = (o: { key: string; explanation: string }): CellInput[] => [o.key, ...new Array<CellInput>(EXPLANATION - 1).fill(""), o.explanation];

/** The months booked in the table: the most months any line has booked from January on. */
export function bookedMonths(table: RangeData, actualColumn: number): number {
  let most = 0;
  for (const row of table.values.slice(1)) {
    let m = 0;
    while (m < MONTHS && row[actualColumn + m] !== null && row[actualColumn + m] !== undefined && row[actualColumn + m] !== "") m++;
    most = Math.max(most, m);
  }
  return most;
}
