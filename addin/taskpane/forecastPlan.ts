// What the Forecast panel will write, worked out before anything is written: each line of the
// follow-up table projected as at the chosen month (core/followup.ts), the total, the lines with
// bad input, and the report sheet's cells. Running it again next month rewrites the numbers and
// keeps every explanation a person typed, matched by line key: an explanation whose line has left
// the table is kept below the report, never dropped.
//
// The report sheet (columns A-N, then the chart's data in P-S):
//   row 1 title, row 2 the settings, row 3 headers, one row per line, the total row, and (when
//   there are any) a heading and the explanations of lines no longer in the table.

import { z } from "zod";
import {
  actualSubject,
  BudgetError,
  budgetSubject,
  decimalText,
  followUpCurves,
  FORECAST_METHODS,
  followUpLine,
  followUpTotal,
  MONTHS,
  percentToRate,
  UNITS,
  type FollowUpFigures,
  type FollowUpLine,
  type FollowUpOptions,
  type FollowUpRow,
  type Language,
  type Subject,
} from "../../core";
import { readNumber, type Cell } from "../functions/cells";
import { bookedRow } from "../functions/forecast";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import { checkSheetName } from "../gateway/checks";
import type { CellInput, CellValue, ChartSpec, HighlightRule, RangeData } from "../gateway/types";
import { da } from "./i18n/da";
import { en } from "./i18n/en";
import type { Strings } from "./i18n";

const column = z.number().int().min(0);

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

/** A percentage typed in the panel ("5", "0,5 %") as a rate from 0 to 1. */
function percentField(text: string, subject: Subject): number {
  const rate = percentToRate(text, subject);
  if (rate < 0 || rate > 1) throw new BudgetError("PERCENT_RANGE", { ...subject, text: text.replace("%", "").trim() });
  return rate;
}

/** The panel's fields read and checked; a bad field raises a BudgetError (or names the sheet). */
export function forecastChoices(form: ForecastForm, t: Strings): ForecastChoices | string {
  const blank = (v: string) => v.trim() === "";
  const amount = blank(form.materialAmount) ? null : decimalText(form.materialAmount, t.amountSubject);
  if (amount !== null && amount < 0) throw new BudgetError("VALUE_NEGATIVE", { ...t.amountSubject, text: form.materialAmount.trim() });
  const sheet = form.reportSheet.trim();
  try {
    checkSheetName(sheet);
  } catch {
    return t.badSheetName(sheet);
  }
  return forecastSchema.parse({
    ...form,
    reportSheet: sheet,
    materialAmount: amount,
    materialRate: blank(form.materialRate) ? null : percentField(form.materialRate, t.materialRateSubject),
    capRate: percentField(form.capRate, t.capRateSubject),
  });
}

/** The report's columns, in order. */
export const REPORT_COLUMNS = 14;
const EXPLANATION = 13;
const FLAG = 12;
const HEADER_ROW = 2;
const FIRST_LINE_ROW = 3;
/** The chart's data: month, budget, actual and forecast, cumulative, from column P. */
const CHART_COLUMN = 15;
const CHART_COLUMNS = 4;
const WIDTH = CHART_COLUMN + CHART_COLUMNS;
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
  /** A problem with the whole input; nothing is written. */
  error: string | null;
  bad: BadLine[];
  lines: ReportLine[];
  total: FollowUpFigures | null;
  /** Explanations of lines no longer in the table, kept below the report. */
  orphans: { key: string; explanation: string }[];
  /** How many typed explanations were found and carried over. */
  kept: number;
  /** Whether the sheet holds an earlier report (then its own cells are updated without asking). */
  isReport: boolean;
  /** Non-empty cells the write would overwrite that are not the earlier report's own: ask first. */
  overwrites: number;
  sheet: string;
  /** "Prognose!A1:S40": every cell the write touches. */
  target: string;
  cells: CellInput[][];
  chart: ChartSpec;
  highlight: HighlightRule;
  formats: { ref: string; numberFormat?: string; bold?: boolean }[];
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};
const historySubject = (key: string, year: string) => (month: number): Subject => ({
  what: `history of "${key}" ${year}, month ${month}`,
  whatDa: `historik for "${key}" ${year}, måned ${month}`,
  blankDa: "tom",
});

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

/** Whether a block read from the report sheet is an earlier report: its header row, in either language. */
function isEarlierReport(existing: RangeData | null): boolean {
  if (existing === null || existing.row !== 0 || existing.column !== 0) return false;
  const header = existing.values[HEADER_ROW] ?? [];
  return [en, da].some((s) => text(header[0]) === s.reportHeaders("")[0] && text(header[EXPLANATION]) === s.reportHeaders("")[EXPLANATION]);
}

/**
 * Where an earlier report ends (exclusive row): after its total row and the explanations kept
 * below it. Anything further down is the user's own and is not touched.
 */
function earlierReportEnd(existing: RangeData): number {
  const rows = existing.values;
  const isTotal = (row: CellValue[]) => [en, da].some((s) => text(row[0]) === s.totalLabel) && text(row[1]) === "";
  let end = FIRST_LINE_ROW;
  while (end < rows.length && !isTotal(rows[end])) end++;
  if (end >= rows.length) return rows.length; // no total row: the report was cut short; take it all
  end++;
  if (end < rows.length && [en, da].some((s) => text(rows[end][0]) === s.orphanHeading)) {
    end++;
    while (end < rows.length && text(rows[end][EXPLANATION]) !== "") end++;
  }
  return end;
}

/** The explanations typed in an earlier report, by line key (several for one key are joined). */
function typedExplanations(existing: RangeData, end: number): Map<string, string> {
  const found = new Map<string, string>();
  for (const row of existing.values.slice(FIRST_LINE_ROW, end)) {
    const explanation = text(row[EXPLANATION]);
    if (explanation === "") continue;
    const key = text(row[0]);
    const before = found.get(key);
    found.set(key, before === undefined || before === explanation ? explanation : `${before} / ${explanation}`);
  }
  return found;
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

export function planForecast(
  table: RangeData,
  historyRange: RangeData | null,
  existing: RangeData | null,
  c: ForecastChoices,
  t: Strings,
  language: Language,
): ForecastPlan {
  const sheet = c.reportSheet.trim();
  const isReport = isEarlierReport(existing);
  const empty: ForecastPlan = {
    error: null,
    bad: [],
    lines: [],
    total: null,
    orphans: [],
    kept: 0,
    isReport,
    overwrites: 0,
    sheet,
    target: withSheet(sheet, "A1"),
    cells: [],
    chart: { range: withSheet(sheet, "A1"), title: "", kind: "line" },
    highlight: { range: withSheet(sheet, "A1"), flagColumn: 0, equals: t.materialYes, fill: MATERIAL_FILL },
    formats: [],
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
  const total = followUpTotal(rows, options);

  // explanations: by key from the earlier report; what no line claims is kept below
  const reportEnd = isReport && existing ? earlierReportEnd(existing) : 0;
  const typed = isReport && existing ? typedExplanations(existing, reportEnd) : new Map<string, string>();
  const budgets = new Map(read.lines.map((l) => [l.key, l.line.budget]));
  const lines: ReportLine[] = rows.map((r) => ({ ...r, budgetMonths: budgets.get(r.key) ?? [], explanation: typed.get(r.key) ?? "" }));
  const totalLabel = t.totalLabel;
  const claimed = new Set([...lines.map((l) => l.key), totalLabel]);
  const orphans = [...typed].filter(([key]) => !claimed.has(key)).map(([key, explanation]) => ({ key, explanation }));

  const monthName = t.months[c.month - 1];
  const body: CellInput[][] = [
    [t.reportTitle(c.month, t.monthsLong[c.month - 1]), ...blankCells(REPORT_COLUMNS - 1)],
    [t.reportSettings(c.method, c.materialAmount, c.materialRate, c.capRate, withSheet(table.sheet, table.address)), ...blankCells(REPORT_COLUMNS - 1)],
    t.reportHeaders(monthName),
    ...lines.map((l) => reportRow({ ...l, method: t.forecastMethodShort[l.method] }, t)),
    reportRow({ ...total, key: totalLabel, method: "", mape: null, explanation: typed.get(totalLabel) ?? "" }, t),
    ...(orphans.length > 0 ? [[t.orphanHeading, ...blankCells(REPORT_COLUMNS - 1)], ...orphans.map(orphanRow)] : []),
  ];

  // the chart's data: the chosen line, or the total of all lines
  const chosen = c.chartLine === null ? undefined : lines.find((l) => l.key === c.chartLine);
  const curves = followUpCurves((chosen ? [chosen] : lines).map((l) => ({ budget: l.budgetMonths, months: l.months })), c.month);
  const chartBlock: CellInput[][] = [
    [...t.forecastChartHeaders],
    ...t.months.map((name, m) => [name, curves.budget[m], curves.actual[m] ?? "", curves.forecast[m]]),
  ];

  // every cell from A1: the report, the rest of the earlier report cleared, and the chart's data
  const height = Math.max(body.length, HEADER_ROW + chartBlock.length, reportEnd);
  const cells: CellInput[][] = Array.from({ length: height }, (_, r) => {
    const row: CellInput[] = r < body.length ? [...body[r]] : new Array<CellInput>(REPORT_COLUMNS).fill(r < reportEnd ? "" : null);
    // an explanation already in its line's row is left as it is
    const old = existing?.values[r];
    if (reportEnd > r && r >= FIRST_LINE_ROW && r < body.length && text(old?.[0]) === text(row[0] as string) && text(old?.[EXPLANATION]) === text(row[EXPLANATION] as string)) {
      row[EXPLANATION] = null;
    }
    const chartRow = r - HEADER_ROW;
    return [...row, null, ...(chartRow >= 0 && chartRow < chartBlock.length ? chartBlock[chartRow] : new Array<CellInput>(CHART_COLUMNS).fill(null))];
  });
  // cells that hold something the user typed and would be overwritten: anything outside an
  // earlier report's own rows and chart block
  const ours = (r: number, col: number) => isReport && (col >= CHART_COLUMN ? r >= HEADER_ROW && r <= HEADER_ROW + MONTHS : r < reportEnd);
  let overwrites = 0;
  cells.forEach((row, r) =>
    row.forEach((cell, col) => {
      const old = existing === null ? null : existing.values[r - existing.row]?.[col - existing.column];
      if (cell !== null && old !== null && old !== undefined && old !== "" && !ours(r, col)) overwrites++;
    }),
  );

  const lastLine = FIRST_LINE_ROW + lines.length; // the total row, 0-based
  const block = (row: number, col: number, rows: number, cols: number) => withSheet(sheet, blockAddress({ row, column: col }, rows, cols));
  return {
    ...empty,
    lines,
    total,
    orphans,
    kept: typed.size,
    overwrites,
    target: block(0, 0, height, WIDTH),
    cells,
    chart: {
      range: block(HEADER_ROW, CHART_COLUMN, MONTHS + 1, CHART_COLUMNS),
      title: t.forecastChartTitle(chosen ? chosen.key : totalLabel),
      kind: "line",
      anchor: cellName({ row: HEADER_ROW + MONTHS + 2, column: CHART_COLUMN }),
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
  };
}

const blankCells = (count: number): CellInput[] => new Array<CellInput>(count).fill("");
const orphanRow = (o: { key: string; explanation: string }): CellInput[] => [o.key, ...blankCells(EXPLANATION - 1), o.explanation];

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
