// The Templates panel's collect: the returned files (read in the pane, sent nowhere) checked
// against the register on the status sheet (addin/templates' collectReturns, loaded on demand),
// then one write of both kept sheets: the status sheet (templateTracking.ts moves it on) and the
// consolidation (templateConsolidation.ts), whose totals the core adds up. Collecting again
// replaces only the departments whose return is accepted now; the others' lines are read back
// from the sheet, and every Finance note stays with its line.

import { BudgetError, type Language } from "../../core";
import { consolidationTotals } from "../../core/templates/consolidate";
import type { CollectReport, ConsolidatedLine, FileReport } from "../../core/templates/types";
import type { CollectSettings, EarlierReturn } from "../templates";
import type { WriteStep } from "../gateway/journal";
import type { RegisterEntry } from "../../core/templates/types";
import type { Strings } from "./i18n";
import type { BadLine, PlanContext } from "./planner";
import { CONS, CONS_WIDTH, consKey, consolidationContent, consPlacements, readConsolidation, remembered } from "./templateConsolidation";
import { prepareActionRegister } from "./actionRegister";
import { prepareDepartmentForecasts } from "./departmentForecasts";
import { CONSOLIDATION_MARK, FOLLOWUP_STATUS_MARK, keptWrite, readKeptSheet, STATUS_MARK, type KeptWrite } from "./templateSheets";
import { latestTemplates, readStatus, type StatusBook, STATUS_WIDTH, statusContent, statusPlacements } from "./templateStatus";
import { afterCollect, earlierReturns } from "./templateTracking";
import { quietWork } from "./work";
import type { PreparedWrite } from "./writeFlow";

/** A file picked or dropped, read in the pane. */
export interface ReturnedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Checks the files (addin/templates' collectReturns, loaded on demand). */
export type CollectReturns = (register: readonly RegisterEntry[], files: readonly ReturnedFile[], settings: CollectSettings) => Promise<CollectReport>;

/** The files of one pick or drop, and when they were received ("2026-09-10 14:32"). */
export interface Batch {
  /** Tells one pick from another: the same files picked again are another batch. */
  id: number;
  files: ReturnedFile[];
  received: string;
  /** The day it was received, for the days left to the deadline. */
  today: Date;
}

export interface CollectPlan {
  error: string | null;
  bad: BadLine[];
  report: CollectReport | null;
  statusSheet: string;
  consolidationSheet: string;
  /** The departments' names, by key, as the register has them. */
  names: Record<string, string>;
  /** The lines the consolidation holds after the write, and its departments. */
  lines: number;
  departments: number;
  /** Whether the budget returns' sheets are written (the status sheet and the consolidation). */
  budget: boolean;
  /** The follow-up returns' part: their status sheet, how many returns count, and what the kept sheets say after them. */
  followUp: { statusSheet: string; returns: number; summaries: string[] } | null;
  write: { steps: WriteStep[]; owned: NonNullable<PreparedWrite["owned"]> } | null;
}

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/** The lines of the consolidation: the departments' in the register's order, each one's from its return now accepted or else from the sheet. */
export function mergedLines(order: readonly string[], accepted: readonly ConsolidatedLine[], kept: readonly ConsolidatedLine[]): ConsolidatedLine[] {
  const now = new Set(accepted.map((l) => l.department));
  const from = (d: string) => (now.has(d) ? accepted : kept).filter((l) => l.department === d);
  const known = new Set(order);
  const others = [...new Set([...kept, ...accepted].map((l) => l.department))].filter((d) => !known.has(d));
  return [...order, ...others].flatMap(from);
}

/** The follow-up returns a collect may replace: per department the return that counts for its latest template's month. */
function earlierFollowUps(book: StatusBook): EarlierReturn[] {
  const month = new Map(latestTemplates(book.register).map((e) => [e.department, e.month]));
  return earlierReturns(book).map((e) => ({ ...e, kind: "followup" as const, ...(month.get(e.department) === undefined ? {} : { month: month.get(e.department) }) }));
}

type StatusSheet = Awaited<ReturnType<typeof readStatusSheet>>;

/** A status sheet found by its mark and read back. */
async function readStatusSheet(gateway: PlanContext["gateway"], mark: string, name: string, t: Strings) {
  const sheet = await readKeptSheet(gateway, mark, name, STATUS_WIDTH);
  const book = readStatus(sheet.used, { row: sheet.origin.row, column: sheet.origin.column, rows: sheet.rows }, sheet.memory, t);
  return { sheet, book, mark };
}

/** The status sheet's write after a collect of `report` (the files of its register's kind). */
function statusWrite({ sheet, book, mark }: StatusSheet, report: CollectReport, t: Strings, language: Language, batch: Batch): KeptWrite {
  const latest = latestTemplates(book.register);
  const rows = statusContent(afterCollect(book, report, batch.received), t, language, batch.today, batch.received);
  const placed = statusPlacements(sheet.sheet, sheet.origin, rows, latest[0]?.unit ?? 1);
  return keptWrite(sheet, mark, rows.rows, STATUS_WIDTH, [
    ...placed.formats.map((f) => ({ kind: "format" as const, ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
    { kind: "filter", ref: placed.filter },
  ]);
}

/**
 * The collect's planner: `plan(context, batch)` reads the kept sheets, checks the batch (the
 * check is kept for the batch and registers it was made for, so a plan made again after a
 * question checks nothing again) and makes the write. The files may be budget templates and
 * follow-up returns alike: each kind goes to its own status sheet; budget returns are
 * consolidated, follow-up returns go to the department forecasts and the action-plan register.
 */
export function templateCollector(collect: CollectReturns) {
  let kept: { key: string; report: CollectReport } | null = null;
  return async function plan({ gateway, t, language, work = quietWork }: PlanContext, batch: Batch): Promise<CollectPlan> {
    const w = t.templates;
    const budget = await readStatusSheet(gateway, STATUS_MARK, w.statusSheet, t);
    const followUp = await readStatusSheet(gateway, FOLLOWUP_STATUS_MARK, w.followUpStatusSheet, t);
    const empty: CollectPlan = {
      error: null,
      bad: [],
      report: null,
      statusSheet: budget.sheet.sheet,
      consolidationSheet: w.consolidationSheet,
      names: {},
      lines: 0,
      departments: 0,
      budget: false,
      followUp: null,
      write: null,
    };
    const damaged = [...budget.book.damaged, ...followUp.book.damaged];
    if (damaged.length > 0) return { ...empty, bad: damaged };
    const hasBudget = budget.sheet.mark !== null && budget.book.register.length > 0;
    const hasFollowUp = followUp.sheet.mark !== null && followUp.book.register.length > 0;
    if (!hasBudget && !hasFollowUp) return { ...empty, error: w.noRegister(budget.sheet.sheet) };
    const register = [...budget.book.register, ...followUp.book.register];
    const earlier = [...earlierReturns(budget.book), ...earlierFollowUps(followUp.book)];
    const key = JSON.stringify([batch.id, register, earlier, language]);
    const progress = (done: number, of: number) => work.step("reading", done, of);
    if (kept?.key !== key) kept = { key, report: await collect(register, batch.files, { language, earlier, progress }) };
    const report = kept.report;
    const names = Object.fromEntries(register.map((e) => [e.department, e.departmentName]));
    const planned = { ...empty, report, names };

    // each file to the status sheet of its template's kind; a file of neither register by the kind
    // its metadata records (a file that cannot be read: the budget's), to a sheet there is
    const followUpIds = new Set(followUp.book.register.map((e) => e.id));
    const budgetIds = new Set(budget.book.register.map((e) => e.id));
    const isFollowUp = (f: FileReport) => {
      if (f.id !== undefined && followUpIds.has(f.id)) return true;
      if (f.id !== undefined && budgetIds.has(f.id)) return false;
      return f.kind === "followup" ? hasFollowUp || !hasBudget : !hasBudget;
    };
    const followUpFiles = report.files.filter(isFollowUp);
    const budgetFiles = report.files.filter((f) => !isFollowUp(f));

    const writes: KeptWrite[] = [];
    let lines = 0;
    let departments = 0;
    let consolidationSheet = w.consolidationSheet;
    const withBudget = hasBudget && (budgetFiles.length > 0 || !hasFollowUp);
    if (withBudget) {
      const part = await budgetPart(gateway, budget, { ...report, files: budgetFiles }, t, language, batch);
      if ("error" in part || "bad" in part) return { ...planned, ...part };
      writes.push(...part.writes);
      ({ lines, departments, consolidationSheet } = part);
    }
    let followUpSummary: CollectPlan["followUp"] = null;
    if (hasFollowUp && followUpFiles.length > 0) {
      const returns = report.followUps;
      const actions = await prepareActionRegister(gateway, returns, t, language);
      const forecasts = await prepareDepartmentForecasts(gateway, returns, t, language);
      const bad = [...actions.bad, ...forecasts.bad];
      if (bad.length > 0) return { ...planned, consolidationSheet, bad };
      const error = actions.error ?? forecasts.error;
      if (error !== null) return { ...planned, consolidationSheet, error };
      writes.push(statusWrite(followUp, { ...report, files: followUpFiles }, t, language, batch), actions, forecasts);
      followUpSummary = { statusSheet: followUp.sheet.sheet, returns: returns.length, summaries: [actions.summary, forecasts.summary].filter((x) => x !== "") };
    }
    const owned: NonNullable<PreparedWrite["owned"]> = (sheet, row, column, held) => writes.some((x) => x.owned(sheet, row, column, held));
    return { ...planned, consolidationSheet, lines, departments, budget: withBudget, followUp: followUpSummary, write: { steps: writes.flatMap((x) => x.steps), owned } };
  };
}

/** The budget returns' part of a collect: their status sheet and the consolidation. */
async function budgetPart(
  gateway: PlanContext["gateway"],
  status: StatusSheet,
  report: CollectReport,
  t: Strings,
  language: Language,
  batch: Batch,
): Promise<{ writes: KeptWrite[]; lines: number; departments: number; consolidationSheet: string } | { error: string } | { bad: BadLine[] }> {
  const w = t.templates;
  const cons = await readKeptSheet(gateway, CONSOLIDATION_MARK, w.consolidationSheet, CONS_WIDTH, consKey);
  const earlierCons = { row: cons.origin.row, column: cons.origin.column, rows: cons.rows };
  const read = readConsolidation(cons.used, earlierCons, cons.memory, t);
  const accepted = new Set(report.consolidated.map((l) => l.department));
  const bad = read.bad.filter((b) => !accepted.has(b.department)).map(({ address, label, error }) => ({ address, label, error }));
  if (bad.length > 0) return { bad };

  const latest = latestTemplates(status.book.register);
  const lines = mergedLines(
    latest.map((e) => e.department),
    report.consolidated,
    read.lines.map((l) => l.line),
  );
  const writes = [statusWrite(status, report, t, language, batch)];
  let departments = 0;
  if (lines.length > 0 || cons.mark !== null) {
    const unit = latest[0]?.unit ?? 1;
    const year = latest[0]?.year ?? 0;
    let totals;
    try {
      totals = consolidationTotals(lines, unit, new Map(latest.map((e) => [e.department, e.frame])));
    } catch (error) {
      return { error: `${w.consolidationSheet}: ${message(error, language)}` };
    }
    departments = totals.departments.length;
    const content = consolidationContent(lines, totals, read.notes, t, year, batch.received);
    const placed = consPlacements(cons.sheet, cons.origin, content, unit, t);
    // a Finance note of a line, a total or a kept note is carried by the panel to its row, so its
    // cell is rewritten freely; a note typed anywhere else (a heading, the title) is asked about
    const noteColumn = cons.origin.column + CONS.note;
    const withNotes = { ...cons, owned: (row: number, column: number) => (column === noteColumn && read.noteRows.has(row)) || cons.owned(row, column) };
    writes.push(
      keptWrite(
        withNotes,
        CONSOLIDATION_MARK,
        content.rows,
        CONS_WIDTH,
        [
          ...placed.formats.map((f) => ({ kind: "format" as const, ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
          ...(placed.highlight === null ? [] : [{ kind: "highlight" as const, rule: placed.highlight }]),
        ],
        consKey,
        remembered,
      ),
    );
  }
  return { writes, lines: lines.length, departments, consolidationSheet: cons.sheet };
}

/** A collect plan as the write it makes, or null while it has nothing to write. */
export function collectWrite(plan: CollectPlan, t: Strings): PreparedWrite | null {
  if (plan.write === null || plan.error !== null || plan.bad.length > 0 || plan.report === null) return null;
  const files = plan.report.files;
  const accepted = files.filter((f) => f.status !== "rejected").length;
  const budget = plan.budget ? t.templates.collectedDone(files.length, accepted, plan.statusSheet, plan.departments > 0 ? plan.consolidationSheet : null, plan.lines) : null;
  const followUp = plan.followUp === null ? [] : [t.templates.followUpCollected(plan.followUp.returns, plan.followUp.statusSheet), ...plan.followUp.summaries];
  return {
    steps: plan.write.steps,
    owned: plan.write.owned,
    done: [budget ?? t.templates.collectedFiles(files.length, accepted), ...followUp].join(" "),
  };
}
