// What the Forecast panel will write, worked out before anything is written: each line of the
// follow-up table projected as at the chosen month (core/followup.ts), the total, the lines with
// bad input, and the report sheet's cells. Running it again next month rewrites the numbers and
// keeps every explanation a person typed, matched by line key: an explanation whose line has left
// the table is kept below the report, never dropped. The choices are read by forecastForm.ts, the
// table's lines by forecastLines.ts, the prior years by forecastHistory.ts, what an earlier report
// holds by earlierReport.ts; where each part of the report goes is forecastLayout.ts.
//
// The departments' follow-up returns come in as their forecasts (each line's own year-end and
// explanation, core/followupReturns.ts) and the action-plan register: only decided measures feed
// the projection after actions (core/actionPlan.ts); the proposed ones are listed with their
// potential; dropped ones, and those of a department with no line in the table, count for
// nothing. The controller's explanation is kept as typed; the department's is written as the
// department gave it.

import {
  BudgetError,
  decidedAdjustments,
  departmentProjection,
  effectStillToCome,
  followUpCurves,
  followUpLine,
  followUpTotal,
  MONTHS,
  potential,
  type ActionRegisterRow,
  type FollowUpFigures,
  type FollowUpOptions,
  type FollowUpRow,
  type Language,
} from "../../core";
import type { DepartmentForecast, FollowUpTemplateLine } from "../../core/followupTemplates/types";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, ChartSpec, HighlightRule, Mark, RangeData } from "../gateway/types";
import { cellsOver, readEarlierReport, type EarlierReport, type ReportSheet } from "./earlierReport";
import type { ForecastChoices } from "./forecastForm";
import { readHistory } from "./forecastHistory";
import { readLines, type BadLine, type LinePlace } from "./forecastLines";
import { amountRow, chartHeaderRow, COLUMN, headerRow, orphanRow, placements, reportContent, reportRow, WIDTH } from "./forecastLayout";
import { amountFormat } from "./numberFormats";
import type { Strings } from "./i18n";
import { lineCount } from "./planner";
import type { Work } from "./work";
import { memoryOf, memorySetting, REPORT_MARK, staleMemory, writeComment, type ReportMemory } from "./reportMemory";

export type { BadLine } from "./forecastLines";

export const MATERIAL_FILL = "#F8CBAD";

/** What the departments' follow-up returns hold for the report: their forecasts and the action-plan register. */
export interface FollowUpReturns {
  departments: readonly DepartmentForecast[];
  actions: readonly ActionRegisterRow[];
}

export const NO_RETURNS: FollowUpReturns = { departments: [], actions: [] };

/**
 * A line of the report: its figures (with the add-in's, the department's and the after-actions
 * projection), where it belongs (department, its name, hospital, text), the explanation the
 * controller typed and the department's.
 */
export interface ReportLine extends FollowUpRow, LinePlace {
  key: string;
  budgetMonths: readonly number[];
  explanation: string;
  departmentExplanation: string;
}

/** A proposed measure, not decided yet, with what it would save in the months still to come. */
export interface ProposedMeasure {
  id: string;
  department: string;
  key: string | null;
  measure: string;
  potential: number;
}

export interface ForecastPlan {
  /** The follow-up table as read for this plan. */
  table: RangeData;
  /** The panel's choices it was made from. */
  choices: ForecastChoices;
  year: number;
  month: number;
  /** A problem with the whole input; nothing is written. */
  error: string | null;
  bad: BadLine[];
  lines: ReportLine[];
  total: FollowUpFigures | null;
  /** The proposed measures, each with its potential, and their total. */
  proposed: ProposedMeasure[];
  potential: number;
  /** What the decided measures on no line of the table (whole departments, another department's line) save still to come. */
  outsideActions: number;
  /** Why the lines cannot go into follow-up templates (no department column, a line without one, December); null when they can. */
  templateProblem: string | null;
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

/** Lines planned between two steps of the work: the progress bar counts them, and Cancel waits no longer than a chunk. */
export const PLAN_CHUNK = 250;

/** How far the plan is: the table's lines done, of all of them. */
interface PlanProgress {
  done: number;
  of: number;
}

/**
 * The report for the table. `earlier` is the report sheet as read (its cells and its mark);
 * `carry` another sheet's report whose explanations are carried over when the report sheet holds
 * none (the newest report, when the last one was renamed or a new sheet is chosen); `run` the
 * count the new report's mark stores; `returns` what the departments' follow-up returns hold.
 */
export function planForecast(...args: Parameters<typeof planSteps>): ForecastPlan {
  const steps = planSteps(...args);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same plan made line by line as work (work.ts): every PLAN_CHUNK lines it tells how many of
 * the table's lines are planned, so the pane paints the progress and a Cancel stops the plan there.
 */
export async function planForecastWorking(work: Work, ...args: Parameters<typeof planSteps>): Promise<ForecastPlan> {
  const steps = planSteps(...args);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await work.step("planning", next.value.done, next.value.of);
  }
}

/** The plan, told line by line (planForecast's arguments). */
function* planSteps(
  table: RangeData,
  historyRange: RangeData | null,
  earlier: ReportSheet | null,
  c: ForecastChoices,
  t: Strings,
  language: Language,
  carry: (ReportSheet & { mark: Mark }) | null = null,
  run = 1,
  returns: FollowUpReturns = NO_RETURNS,
): Generator<PlanProgress, ForecastPlan, void> {
  const sheet = c.reportSheet.trim();
  const previous: EarlierReport | null = earlier === null ? null : readEarlierReport(earlier);
  const origin = previous ? previous.block.start : { row: 0, column: 0 };
  const empty: ForecastPlan = {
    table,
    choices: c,
    year: c.year,
    month: c.month,
    error: null,
    bad: [],
    lines: [],
    total: null,
    proposed: [],
    potential: 0,
    outsideActions: 0,
    templateProblem: null,
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
  if (c.adjustmentColumn !== null && c.adjustmentMonths === "twelve" && c.adjustmentColumn + MONTHS > width) return { ...empty, error: t.adjustmentMonthsMissing };
  const history = readHistory(historyRange, t, language);
  if (typeof history === "string") return { ...empty, error: history };

  const options: FollowUpOptions = {
    month: c.month,
    method: c.method,
    unit: c.unit,
    materialAmount: c.materialAmount,
    materialRate: c.materialRate,
    capRate: c.capRate,
    capShare: c.capShare,
  };
  const read = readLines(table, c, history, t, language);
  // a measure of a department with no line in the table counts for nothing (the table has no
  // budget of it), as in the quarterly pack; without a department column no line tells its own
  const departments = new Set(read.lines.map((l) => l.department));
  const ours = returns.actions.filter((a) => c.departmentColumn === null || departments.has(a.department));
  // only decided measures feed the projection; proposed ones are listed; dropped ones count for nothing
  const decided = ours.filter((a) => a.status === "decided");
  const proposedRows = ours.filter((a) => a.status === "proposed");
  // a measure is on a line of the table when its key is there and, where the line names its
  // department, it is that department's; any other (a whole department's) counts in the total only
  const departmentOf = new Map(read.lines.map((l) => [l.key, l.department]));
  const onLine = (a: ActionRegisterRow) => a.key !== null && (departmentOf.get(a.key) === "" || departmentOf.get(a.key) === a.department);
  const outside = decided.filter((a) => !onLine(a));
  let measures: ReturnType<typeof decidedAdjustments>;
  let outsideMeasures: ReturnType<typeof decidedAdjustments>;
  let proposed: ProposedMeasure[];
  let outsideActions: number;
  let potentialTotal: number;
  try {
    measures = decidedAdjustments(decided.filter(onLine), c.month, c.unit);
    outsideMeasures = decidedAdjustments(outside, c.month, c.unit);
    proposed = proposedRows.map((a) => ({ id: a.id, department: a.department, key: a.key, measure: a.measure, potential: potential([a], c.month) }));
    potentialTotal = potential(proposedRows, c.month);
    outsideActions = effectStillToCome(outside, c.month);
  } catch (error) {
    return { ...empty, error: message(error, language) };
  }
  const bad = [...read.bad];
  const rows: ReportLine[] = [];
  // the table's lines: those that could not be read are done already
  const of = lineCount(table);
  for (const [i, l] of read.lines.entries()) {
    if (i > 0 && i % PLAN_CHUNK === 0) yield { done: read.bad.length + i, of };
    const own = departmentProjection(returns.departments, c.month, { key: l.key, department: l.department === "" ? null : l.department });
    try {
      const line = { ...l.line, actions: measures.lines.get(l.key), departmentYearEnd: own?.yearEnd ?? null };
      // the row as it comes, with the line's place added (a spread of every figure, line by line, costs far more)
      const row = followUpLine(line, options);
      const place = { key: l.key, department: l.department, departmentName: l.departmentName, hospital: l.hospital, text: l.text, departmentExplanation: own?.explanation ?? "" };
      rows.push(Object.assign(row, place, { budgetMonths: l.line.budget, explanation: "" }));
    } catch (error) {
      bad.push({ address: l.address, label: l.key, error: message(error, language) });
    }
  }
  // every line planned; the total, the report's cells and what it remembers are made next
  yield { done: of, of };
  if (bad.length > 0) return { ...empty, bad };
  if (rows.length === 0) return { ...empty, error: t.tooFewRows };
  let total: FollowUpFigures;
  try {
    const outsideSets = [...outsideMeasures.department.values(), ...outsideMeasures.lines.values()];
    total = followUpTotal(rows, options, outsideSets);
  } catch (error) {
    return { ...empty, error: `${t.totalLabel}: ${message(error, language)}` };
  }

  // explanations: by key from the earlier report here, or else from the newest one elsewhere
  const carried = previous ?? (carry ? readEarlierReport(carry) : null);
  const typed = carried?.explanations ?? new Map<string, string>();
  for (const r of rows) r.explanation = typed.get(r.key) ?? "";
  const lines = rows;
  const totalLabel = t.totalLabel;
  // the rows below the total, when there are action plans: labelled, so explanations typed there are kept by their label
  const below = returns.actions.length === 0 ? [] : [amountRow(t.outsideActionsLabel, outsideActions, typed.get(t.outsideActionsLabel) ?? ""), amountRow(t.proposedLabel, potentialTotal, typed.get(t.proposedLabel) ?? "")];
  const claimed = new Set([...lines.map((l) => l.key), totalLabel, ...(below.length > 0 ? [t.outsideActionsLabel, t.proposedLabel] : [])]);
  const orphans = [...typed]
    .filter(([key]) => !claimed.has(key))
    .map(([key, explanation]) => ({ key: key === "" ? t.keylessLine : key, explanation }));

  const body: CellInput[][] = [
    [t.reportTitle(c.month, t.monthsLong[c.month - 1])],
    [t.reportSettings(t.forecastMethodChosen[c.method], c.year, c.materialAmount, c.materialRate, c.capRate, c.capShare, withSheet(table.sheet, table.address))],
    headerRow(t, t.months[c.month - 1]),
    ...lines.map((l) => reportRow(l, t, t.forecastMethodShort[l.method])),
    reportRow({ ...total, key: totalLabel, method: "", mape: null, departmentExplanation: "", explanation: typed.get(totalLabel) ?? "" }, t),
    ...below,
    ...(orphans.length > 0 ? [[t.orphanHeading], ...orphans.map(orphanRow)] : []),
  ];

  // the chart's data: the chosen line, or the total of all lines
  const chosen = c.chartLine === null ? undefined : lines.find((l) => l.key === c.chartLine);
  const curves = followUpCurves((chosen ? [chosen] : lines).map((l) => ({ budget: l.budgetMonths, months: l.months })), c.month);
  const chart: CellInput[][] = [chartHeaderRow(t), ...t.months.map((name, m) => [name, curves.budget[m], curves.actual[m] ?? "", curves.forecast[m]])];

  const content = reportContent(body, chart);
  const cells = cellsOver(content, earlier, previous, origin);
  const placed = placements(sheet, origin, lines.length, below.length, amountFormat(c.unit));
  return {
    ...empty,
    lines,
    total,
    proposed,
    potential: potentialTotal,
    outsideActions,
    templateProblem: templateProblem(c, lines, t),
    orphans,
    kept: typed.size,
    keptFrom: previous === null && carried !== null && carry ? carry.mark.sheet : null,
    target: withSheet(sheet, blockAddress(origin, cells.length, WIDTH)),
    cells,
    chart: { range: placed.chartRange, title: t.forecastChartTitle(chosen ? chosen.key : totalLabel), kind: "line", anchor: placed.chartAnchor },
    highlight: { range: placed.highlightRange, flagColumn: COLUMN.material, equals: t.materialYes, fill: MATERIAL_FILL },
    formats: placed.formats,
    mark: { ref: blockAddress(origin, content.length, WIDTH), comment: writeComment({ month: c.month, year: c.year, run }) },
    memory: {
      setting: memorySetting(run),
      value: memoryOf(content as (CellValue | undefined)[][]),
      forget: earlier?.mark && previous ? staleMemory(earlier.mark, run) : null,
    },
    owned: previous?.owned ?? (() => false),
  };
}

/** Why the lines cannot go into follow-up templates, or null. */
function templateProblem(c: ForecastChoices, lines: readonly ReportLine[], t: Strings): string | null {
  if (c.month === MONTHS) return t.noTemplateInDecember;
  if (c.departmentColumn === null) return t.noDepartmentColumn;
  const without = lines.find((l) => l.department === "");
  return without ? t.lineWithoutDepartment(without.key) : null;
}

/**
 * The plan's lines as a follow-up template takes them (core/followupTemplates): each with its
 * department, the add-in's projection and the backtest's band around it; or the message why not
 * (the plan's own problem, a bad line, no department column, a line without a department, December).
 */
export function followUpTemplateLines(plan: ForecastPlan): FollowUpTemplateLine[] | string {
  if (plan.error !== null) return plan.error;
  if (plan.bad.length > 0) return `${plan.bad[0].address}: ${plan.bad[0].error}`;
  if (plan.templateProblem !== null) return plan.templateProblem;
  return plan.lines.map((l) => ({
    department: l.department,
    departmentName: l.departmentName,
    parent: l.hospital,
    key: l.key,
    text: l.text,
    actualToDate: l.actualToDate,
    budgetToDate: l.budgetToDate,
    budget: l.budget,
    projection: l.yearEnd,
    band: l.band,
    result: l.result,
    material: l.material,
    method: l.method,
  }));
}
