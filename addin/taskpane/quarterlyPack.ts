// The quarterly pack (kvartalsrapport): a new sheet per quarter ("Kvartal 2 2027" / "Q2 2027") as
// at months 3, 6, 9 and 12, or on demand as at any other month ("Prognose maj 2027" / "Forecast
// May 2027"), with the follow-up summed per department, hospital and the whole (core/quarterlyPack.ts).
// A pack is a record of what was reported: it is written once and never rewritten. Its mark
// (one per sheet) stores its year, month and quarter; a pack for a period whose mark exists is
// refused, and so is a sheet of its name that holds anything.
//
// From A1, rows: the title, the as-at line, a blank row; then sections, each a heading, a header
// row and its rows, a blank row between them:
//   "Departments and hospitals": per hospital its departments and its total, then the total;
//   "Material variances": the material lines with finance's and the department's explanations;
//   "Action plans": the decided and proposed measures with their effect still to come;
//   "Expected result per hospital": the column chart's data;
//   "The year's projected year-end, pack by pack": each earlier pack of the year (its total row
//     read from its sheet, found by its mark) and this one: the line chart's data.
// Sections and the total row are found by their text, in either language, so an earlier pack is
// read whichever language wrote it.

import { BudgetError, cellText, type Language, type Unit } from "../../core";
import type { ActionRegisterRow } from "../../core/actionPlan";
import { quarterlyPack, type PackFigures, type PackLine, type QuarterlyPack } from "../../core/quarterlyPack";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, ChartSpec, Mark, RangeData, WorkbookGateway } from "../gateway/types";
import { amountIn, LANGUAGES, loadActionRegister, markedBlock } from "./actionRegister";
import type { Strings } from "./i18n";
import type { PreparedWrite } from "./writeFlow";

export const PACK_MARK = "BudgetQuarterlyPack";

type Words = Strings["followup"];

/** A pack's period: its year and month, and its quarter when the month ends one. */
export interface PackPeriod {
  year: number;
  month: number;
  quarter: number | null;
}

const QUARTER_OF: Readonly<Record<number, number>> = { 3: 1, 6: 2, 9: 3, 12: 4 };

export const packPeriod = (year: number, month: number): PackPeriod => ({ year, month, quarter: QUARTER_OF[month] ?? null });

/** What a pack's mark stores; null for a mark without it. */
export function readPackComment(mark: Mark): PackPeriod | null {
  try {
    const parsed: unknown = JSON.parse(mark.comment);
    if (typeof parsed === "object" && parsed !== null) {
      const { year, month } = parsed as Record<string, unknown>;
      if (Number.isInteger(year) && Number.isInteger(month)) return packPeriod(year as number, month as number);
    }
  } catch {
    // a mark someone else wrote
  }
  return null;
}

/** The pack's sheet name in a language. */
export function packSheetName(period: PackPeriod, t: Strings): string {
  const w = t.followup;
  return period.quarter === null ? w.packSheetMonth(t.monthsLong[period.month - 1], period.year) : w.packSheetQuarter(period.quarter, period.year);
}

/** The period as a message names it: the quarter, or the month. */
const periodShown = (period: PackPeriod, t: Strings) =>
  period.quarter === null ? `${t.monthsLong[period.month - 1]} ${period.year}` : t.followup.packSheetQuarter(period.quarter, period.year);

/** The pack's columns per section, from A. */
export const UNIT_COLUMNS = ["hospital", "department", "departmentName", "budget", "actualToDate", "projection", "departmentProjection", "afterActions", "result", "carryover", "materialLines", "decidedEffect", "proposedEffect"] as const;
export const MATERIAL_COLUMNS = ["hospital", "department", "key", "text", "budget", "projection", "departmentProjection", "result", "explanation", "departmentExplanation"] as const;
export const PACK_ACTION_COLUMNS = ["hospital", "department", "id", "line", "measure", "owner", "status", "startMonth", "effect", "remaining"] as const;
export const HISTORY_COLUMNS = ["pack", "projection", "departmentProjection", "afterActions"] as const;
export const PACK_WIDTH = UNIT_COLUMNS.length;
/** The charts are placed right of the tables, one column apart. */
const CHART_COLUMN = PACK_WIDTH + 1;
const FIGURES = ["budget", "actualToDate", "projection", "departmentProjection", "afterActions", "result", "carryover", "materialLines", "decidedEffect", "proposedEffect"] as const satisfies readonly (keyof PackFigures)[];
const TOTAL_AT = { projection: UNIT_COLUMNS.indexOf("projection"), departmentProjection: UNIT_COLUMNS.indexOf("departmentProjection"), afterActions: UNIT_COLUMNS.indexOf("afterActions") };

/** One point of the year's history: a pack's total projected year-ends. */
export interface HistoryPoint {
  period: PackPeriod;
  sheet: string;
  projection: number;
  departmentProjection: number;
  afterActions: number;
}

/**
 * An earlier pack's total, read from its sheet (the sheet as read from A1, the block its mark
 * refers to): the first total row below the header of "Departments and hospitals"; null when it
 * cannot be read.
 */
export function readPackTotal(used: RangeData | null, block: { row: number; column: number; rows: number }): Omit<HistoryPoint, "period" | "sheet"> | null {
  if (used === null) return null;
  const headings = new Set(LANGUAGES.map((w) => w.packHeadings.units));
  const totals = new Set(LANGUAGES.map((w) => w.packTotal));
  const cell = (row: number, c: number): CellValue => used.values[row - used.row]?.[block.column + c - used.column] ?? null;
  let inUnits = false;
  for (let row = block.row; row < block.row + block.rows; row++) {
    const lead = cellText(cell(row, 0));
    if (headings.has(lead)) inUnits = true;
    else if (inUnits && totals.has(lead)) {
      const projection = amountIn(cell(row, TOTAL_AT.projection));
      const departmentProjection = amountIn(cell(row, TOTAL_AT.departmentProjection));
      const afterActions = amountIn(cell(row, TOTAL_AT.afterActions));
      return projection === null || departmentProjection === null || afterActions === null ? null : { projection, departmentProjection, afterActions };
    }
  }
  return null;
}

/** What a pack is made of, from the Forecast panel. */
export interface PackRequest {
  year: number;
  /** The months booked: the pack is as at the end of this month (1-12). */
  month: number;
  lines: readonly PackLine[];
  unit?: Unit;
  capRate?: number;
  capShare?: number;
}

/** An earlier pack as found: its mark and its sheet as read. */
export interface EarlierPack {
  mark: Mark;
  used: RangeData | null;
}

export interface QuarterlyPackPlan {
  /** Why no pack is written (already written, a sheet of its name taken, nothing to report). */
  error: string | null;
  period: PackPeriod;
  sheet: string;
  pack: QuarterlyPack | null;
  cells: CellInput[][];
  formats: { ref: string; numberFormat?: string; bold?: boolean }[];
  charts: ChartSpec[];
  mark: { ref: string; comment: string };
  /** The earlier packs of the year and this one, by month. */
  history: HistoryPoint[];
  /** Earlier packs whose total could not be read: left out of the history, named in `notice`. */
  notice: string | null;
}

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/**
 * The pack for the request: `marks` are every pack's mark in the workbook, `earlier` the packs of
 * the year before this month with their sheets, `target` the sheet of the pack's name as read (null
 * when there is none or it is empty).
 */
export function planQuarterlyPack(
  request: PackRequest,
  register: readonly ActionRegisterRow[],
  marks: readonly Mark[],
  earlier: readonly EarlierPack[],
  target: RangeData | null,
  t: Strings,
  language: Language,
): QuarterlyPackPlan {
  const w = t.followup;
  const period = packPeriod(request.year, request.month);
  const sheet = packSheetName(period, t);
  const empty: QuarterlyPackPlan = { error: null, period, sheet, pack: null, cells: [], formats: [], charts: [], mark: { ref: "A1", comment: "" }, history: [], notice: null };
  const written = marks.find((m) => {
    const p = readPackComment(m);
    return p !== null && p.year === period.year && p.month === period.month;
  });
  if (written !== undefined) return { ...empty, error: w.packExists(periodShown(period, t), written.sheet) };
  if (target !== null && target.values.some((row) => row.some((v) => v !== null && v !== ""))) return { ...empty, error: w.packSheetTaken(sheet) };
  if (request.lines.length === 0) return { ...empty, error: w.packNoLines };
  let pack: QuarterlyPack;
  try {
    pack = quarterlyPack(request.lines, register, { month: request.month, unit: request.unit, capRate: request.capRate, capShare: request.capShare });
  } catch (error) {
    return { ...empty, error: message(error, language) };
  }

  const unread: string[] = [];
  const history: HistoryPoint[] = [];
  for (const e of earlier) {
    const p = readPackComment(e.mark);
    if (p === null || p.year !== period.year || p.month >= period.month) continue;
    const total = readPackTotal(e.used, markedBlock(e.mark));
    if (total === null) unread.push(e.mark.sheet);
    else history.push({ period: p, sheet: e.mark.sheet, ...total });
  }
  history.sort((a, b) => a.period.month - b.period.month);
  history.push({ period, sheet, projection: pack.total.projection, departmentProjection: pack.total.departmentProjection, afterActions: pack.total.afterActions });

  const layout = packContent(pack, history, period, t);
  const block = (row: number, column: number, rows: number, columns: number) => withSheet(sheet, blockAddress({ row, column }, rows, columns));
  const amounts = (section: { header: number; rows: number }, from: number, count: number) =>
    section.rows > 0 ? [{ ref: block(section.header + 1, from, section.rows, count), numberFormat: "#,##0" }] : [];
  const { units, material, actions, chart, past } = layout.sections;
  return {
    ...empty,
    pack,
    cells: layout.rows,
    formats: [
      ...layout.bold.map((row) => ({ ref: block(row, 0, 1, PACK_WIDTH), bold: true })),
      ...amounts(units, UNIT_COLUMNS.indexOf("budget"), UNIT_COLUMNS.length - UNIT_COLUMNS.indexOf("budget")),
      ...(layout.material > 0 ? amounts(material, MATERIAL_COLUMNS.indexOf("budget"), 4) : []),
      ...(layout.actions > 0 ? amounts(actions, PACK_ACTION_COLUMNS.indexOf("effect"), 2) : []),
      ...amounts(chart, 1, 1),
      ...amounts(past, 1, HISTORY_COLUMNS.length - 1),
    ],
    charts: [
      { range: block(chart.header, 0, chart.rows + 1, 2), title: w.packChartResult, kind: "column", anchor: cellName({ row: units.header - 1, column: CHART_COLUMN }) },
      { range: block(past.header, 0, past.rows + 1, HISTORY_COLUMNS.length), title: w.packChartHistory(period.year), kind: "line", anchor: cellName({ row: units.header + 19, column: CHART_COLUMN }) },
    ],
    mark: { ref: blockAddress({ row: 0, column: 0 }, layout.rows.length, PACK_WIDTH), comment: JSON.stringify(period) },
    history,
    notice: unread.length > 0 ? w.packHistoryUnread(unread) : null,
  };
}

interface Layout {
  rows: CellInput[][];
  bold: number[];
  /** Each section's header row and its rows' count. */
  sections: Record<"units" | "material" | "actions" | "chart" | "past", { header: number; rows: number }>;
  material: number;
  actions: number;
}

/** The pack's cells, PACK_WIDTH to a row, and where its sections are. */
export function packContent(pack: QuarterlyPack, history: readonly HistoryPoint[], period: PackPeriod, t: Strings): Layout {
  const w: Words = t.followup;
  const pad = (cells: CellInput[]): CellInput[] => [...cells, ...new Array<CellInput>(PACK_WIDTH - cells.length).fill("")];
  const rows: CellInput[][] = [];
  const bold: number[] = [0];
  const title = period.quarter === null ? w.packTitleMonth(t.monthsLong[period.month - 1], period.year) : w.packTitleQuarter(period.quarter, period.year);
  rows.push(pad([title]), pad([w.packAsAt(t.monthsLong[period.month - 1], period.year, period.month)]), pad([]));
  const section = (heading: string, header: readonly string[], body: CellInput[][], none = false) => {
    bold.push(rows.length, rows.length + 1);
    rows.push(pad([heading]), pad([...header]));
    const at = { header: rows.length - 1, rows: body.length };
    rows.push(...(body.length === 0 && none ? [pad([w.noneListed])] : body.map(pad)));
    rows.push(pad([]));
    return at;
  };
  const figures = (f: PackFigures) => FIGURES.map((k) => f[k]);
  const unitRows: CellInput[][] = [];
  const totals: number[] = [];
  for (const h of pack.hospitals) {
    for (const d of h.departments) unitRows.push([h.hospital, d.department, d.departmentName, ...figures(d)]);
    totals.push(unitRows.length);
    unitRows.push([w.hospitalTotal(h.hospital), "", "", ...figures(h)]);
  }
  totals.push(unitRows.length);
  unitRows.push([w.packTotal, "", "", ...figures(pack.total)]);
  const units = section(w.packHeadings.units, UNIT_COLUMNS.map((c) => w.packHeaders[c]), unitRows);
  bold.push(...totals.map((r) => units.header + 1 + r));

  const material = section(
    w.packHeadings.material,
    MATERIAL_COLUMNS.map((c) => w.materialHeaders[c]),
    pack.material.map((l) => [l.hospital, l.department, l.key, l.text, l.budget, l.projection, l.departmentProjection ?? "", l.result, l.explanation, l.departmentExplanation]),
    true,
  );
  const actionList = [...pack.actions, ...pack.otherActions];
  const actions = section(
    w.packHeadings.actions,
    PACK_ACTION_COLUMNS.map((c) => w.packActionHeaders[c]),
    actionList.map((a) => [a.hospital, a.department, a.id, a.key ?? w.wholeDepartment, a.measure, a.owner, w.statuses[a.status], a.startMonth, a.effect, a.remaining]),
    true,
  );
  const chart = section(w.packHeadings.chart, [w.chartHeaders.hospital, w.chartHeaders.result], pack.hospitals.map((h) => [h.hospital, h.result]));
  const past = section(
    w.packHeadings.history,
    HISTORY_COLUMNS.map((c) => w.historyHeaders[c]),
    history.map((p) => [p.period.quarter === null ? t.months[p.period.month - 1] : w.historyQuarter(p.period.quarter), p.projection, p.departmentProjection, p.afterActions]),
  );
  // the last section needs no blank row after it
  rows.pop();
  return { rows, bold, sections: { units, material, actions, chart, past }, material: pack.material.length, actions: actionList.length };
}

/**
 * Reads what the pack needs from the workbook (every pack's mark, the earlier packs' sheets, the
 * sheet of its name, the action-plan register of its year unless given) and plans it.
 */
export async function prepareQuarterlyPack(
  gateway: WorkbookGateway,
  request: PackRequest,
  t: Strings,
  language: Language,
  register?: readonly ActionRegisterRow[],
): Promise<QuarterlyPackPlan> {
  const marks = await gateway.findMarks(PACK_MARK);
  const earlier: EarlierPack[] = [];
  for (const mark of marks) {
    const p = readPackComment(mark);
    if (p !== null && p.year === request.year && p.month < request.month) earlier.push({ mark, used: await gateway.readUsed(mark.sheet) });
  }
  const target = await gateway.readUsed(packSheetName(packPeriod(request.year, request.month), t));
  return planQuarterlyPack(request, register ?? (await loadActionRegister(gateway, request.year)), marks, earlier, target, t, language);
}

/** The pack as a write: a new sheet, its cells, formats, charts and mark. Nothing on it is the panel's to rewrite. */
export function packWrite(plan: QuarterlyPackPlan, t: Strings): PreparedWrite {
  if (plan.error !== null || plan.pack === null) return { steps: [], owned: () => false, done: plan.error ?? "" };
  const steps: WriteStep[] = [
    { kind: "sheet", name: plan.sheet },
    { kind: "cells", topLeft: withSheet(plan.sheet, "A1"), cells: plan.cells },
    ...plan.formats.map((f): WriteStep => ({ kind: "format", ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
    ...plan.charts.map((chart): WriteStep => ({ kind: "chart", chart })),
    { kind: "mark", sheet: plan.sheet, name: PACK_MARK, ref: plan.mark.ref, comment: plan.mark.comment },
  ];
  const departments = plan.pack.hospitals.flatMap((h) => h.departments);
  return { steps, owned: () => false, done: t.followup.packDone(plan.sheet, departments.length, plan.pack.hospitals.length) };
}
