// What the Forecast panel will write, worked out before anything is written: each line of the
// follow-up table projected as at the chosen month (core/followup.ts), the total, the lines with
// bad input, and the report sheet's cells. Running it again next month rewrites the numbers and
// keeps every explanation a person typed, matched by line key: an explanation whose line has left
// the table is kept below the report, never dropped. The choices are read by forecastForm.ts, the
// table's lines by forecastLines.ts, the prior years by forecastHistory.ts, what an earlier report
// holds by earlierReport.ts; where each part of the report goes is forecastLayout.ts.

import {
  BudgetError,
  followUpCurves,
  followUpLine,
  followUpTotal,
  MONTHS,
  type FollowUpFigures,
  type FollowUpOptions,
  type FollowUpRow,
  type Language,
} from "../../core";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, ChartSpec, HighlightRule, Mark, RangeData } from "../gateway/types";
import { cellsOver, readEarlierReport, type EarlierReport, type ReportSheet } from "./earlierReport";
import type { ForecastChoices } from "./forecastForm";
import { readHistory } from "./forecastHistory";
import { readLines, type BadLine } from "./forecastLines";
import { chartHeaderRow, COLUMN, headerRow, orphanRow, placements, reportContent, reportRow, WIDTH } from "./forecastLayout";
import type { Strings } from "./i18n";
import { memoryOf, memorySetting, REPORT_MARK, staleMemory, type ReportMemory } from "./reportMemory";

export type { BadLine } from "./forecastLines";

export const MATERIAL_FILL = "#F8CBAD";

export interface ReportLine extends FollowUpRow {
  key: string;
  budgetMonths: readonly number[];
  explanation: string;
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

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

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

  const body: CellInput[][] = [
    [t.reportTitle(c.month, t.monthsLong[c.month - 1])],
    [t.reportSettings(t.forecastMethodChosen[c.method], c.materialAmount, c.materialRate, c.capRate, withSheet(table.sheet, table.address))],
    headerRow(t, t.months[c.month - 1]),
    ...lines.map((l) => reportRow({ ...l, method: t.forecastMethodShort[l.method] }, t)),
    reportRow({ ...total, key: totalLabel, method: "", mape: null, explanation: typed.get(totalLabel) ?? "" }, t),
    ...(orphans.length > 0 ? [[t.orphanHeading], ...orphans.map(orphanRow)] : []),
  ];

  // the chart's data: the chosen line, or the total of all lines
  const chosen = c.chartLine === null ? undefined : lines.find((l) => l.key === c.chartLine);
  const curves = followUpCurves((chosen ? [chosen] : lines).map((l) => ({ budget: l.budgetMonths, months: l.months })), c.month);
  const chart: CellInput[][] = [chartHeaderRow(t), ...t.months.map((name, m) => [name, curves.budget[m], curves.actual[m] ?? "", curves.forecast[m]])];

  const content = reportContent(body, chart);
  const cells = cellsOver(content, earlier, previous, origin);
  const placed = placements(sheet, origin, lines.length);
  return {
    ...empty,
    lines,
    total,
    orphans,
    kept: typed.size,
    keptFrom: previous === null && carried !== null && carry ? carry.mark.sheet : null,
    target: withSheet(sheet, blockAddress(origin, cells.length, WIDTH)),
    cells,
    chart: { range: placed.chartRange, title: t.forecastChartTitle(chosen ? chosen.key : totalLabel), kind: "line", anchor: placed.chartAnchor },
    highlight: { range: placed.highlightRange, flagColumn: COLUMN.material, equals: t.materialYes, fill: MATERIAL_FILL },
    formats: placed.formats,
    mark: { ref: blockAddress(origin, content.length, WIDTH), comment: JSON.stringify({ month: c.month, run }) },
    memory: {
      setting: memorySetting(run),
      value: memoryOf(content as (CellValue | undefined)[][]),
      forget: earlier?.mark && previous ? staleMemory(earlier.mark, run) : null,
    },
    owned: previous?.owned ?? (() => false),
  };
}
