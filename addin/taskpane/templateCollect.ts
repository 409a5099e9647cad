// The Templates panel's collect: the returned files (read in the pane, sent nowhere) checked
// against the register on the status sheet (addin/templates' collectReturns, loaded on demand),
// then one write of both kept sheets: the status sheet (templateTracking.ts moves it on) and the
// consolidation (templateConsolidation.ts), whose totals the core adds up. Collecting again
// replaces only the departments whose return is accepted now; the others' lines are read back
// from the sheet, and every Finance note stays with its line.

import { BudgetError, type Language } from "../../core";
import { consolidationTotals } from "../../core/templates/consolidate";
import type { CollectReport, ConsolidatedLine } from "../../core/templates/types";
import type { CollectSettings } from "../templates";
import type { WriteStep } from "../gateway/journal";
import type { RegisterEntry } from "../../core/templates/types";
import type { Strings } from "./i18n";
import type { BadLine, PlanContext } from "./planner";
import { CONS, CONS_WIDTH, consKey, consolidationContent, consPlacements, readConsolidation, remembered } from "./templateConsolidation";
import { CONSOLIDATION_MARK, keptWrite, readKeptSheet, STATUS_MARK, type KeptWrite } from "./templateSheets";
import { latestTemplates, readStatus, STATUS_WIDTH, statusContent, statusPlacements } from "./templateStatus";
import { afterCollect, earlierReturns } from "./templateTracking";
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

/**
 * The collect's planner: `plan(context, batch)` reads both kept sheets, checks the batch (the
 * check is kept for the batch and register it was made for, so a plan made again after a
 * question checks nothing again) and makes the write.
 */
export function templateCollector(collect: CollectReturns) {
  let kept: { key: string; report: CollectReport } | null = null;
  return async function plan({ gateway, t, language }: PlanContext, batch: Batch): Promise<CollectPlan> {
    const w = t.templates;
    const status = await readKeptSheet(gateway, STATUS_MARK, w.statusSheet, STATUS_WIDTH);
    const empty: CollectPlan = { error: null, bad: [], report: null, statusSheet: status.sheet, consolidationSheet: w.consolidationSheet, names: {}, lines: 0, departments: 0, write: null };
    const book = readStatus(status.used, { row: status.origin.row, column: status.origin.column, rows: status.rows }, status.memory, t);
    if (book.damaged.length > 0) return { ...empty, bad: book.damaged };
    if (status.mark === null || book.register.length === 0) return { ...empty, error: w.noRegister(status.sheet) };
    const earlier = earlierReturns(book);
    const key = JSON.stringify([batch.id, book.register, earlier, language]);
    if (kept?.key !== key) kept = { key, report: await collect(book.register, batch.files, { language, earlier }) };
    const report = kept.report;

    const cons = await readKeptSheet(gateway, CONSOLIDATION_MARK, w.consolidationSheet, CONS_WIDTH, consKey);
    const earlierCons = { row: cons.origin.row, column: cons.origin.column, rows: cons.rows };
    const read = readConsolidation(cons.used, earlierCons, cons.memory, t);
    const accepted = new Set(report.consolidated.map((l) => l.department));
    const bad = read.bad.filter((b) => !accepted.has(b.department)).map(({ address, label, error }) => ({ address, label, error }));
    const names = Object.fromEntries(book.register.map((e) => [e.department, e.departmentName]));
    const planned = { ...empty, report, consolidationSheet: cons.sheet, names };
    if (bad.length > 0) return { ...planned, bad };

    const latest = latestTemplates(book.register);
    const lines = mergedLines(
      latest.map((e) => e.department),
      report.consolidated,
      read.lines.map((l) => l.line),
    );
    const next = afterCollect(book, report, batch.received);
    const statusRows = statusContent(next, t, language, batch.today, batch.received);
    const statusPlaced = statusPlacements(status.sheet, status.origin, statusRows, latest[0]?.unit ?? 1);
    const statusWrite = keptWrite(status, STATUS_MARK, statusRows.rows, STATUS_WIDTH, [
      ...statusPlaced.formats.map((f) => ({ kind: "format" as const, ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
      { kind: "filter", ref: statusPlaced.filter },
    ]);
    let consWrite: KeptWrite | null = null;
    let departments = 0;
    if (lines.length > 0 || cons.mark !== null) {
      const unit = latest[0]?.unit ?? 1;
      const year = latest[0]?.year ?? 0;
      let totals;
      try {
        totals = consolidationTotals(lines, unit, new Map(latest.map((e) => [e.department, e.frame])));
      } catch (error) {
        return { ...planned, error: `${w.consolidationSheet}: ${message(error, language)}` };
      }
      departments = totals.departments.length;
      const content = consolidationContent(lines, totals, read.notes, t, year, batch.received);
      const placed = consPlacements(cons.sheet, cons.origin, content, unit, t);
      // a Finance note of a line, a total or a kept note is carried by the panel to its row, so its
      // cell is rewritten freely; a note typed anywhere else (a heading, the title) is asked about
      const noteColumn = cons.origin.column + CONS.note;
      const withNotes = { ...cons, owned: (row: number, column: number) => (column === noteColumn && read.noteRows.has(row)) || cons.owned(row, column) };
      consWrite = keptWrite(
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
      );
    }
    const steps = [...statusWrite.steps, ...(consWrite?.steps ?? [])];
    const owned: NonNullable<PreparedWrite["owned"]> = (sheet, row, column, held) => statusWrite.owned(sheet, row, column, held) || (consWrite?.owned(sheet, row, column, held) ?? false);
    return { ...planned, lines: lines.length, departments, write: { steps, owned } };
  };
}

/** A collect plan as the write it makes, or null while it has nothing to write. */
export function collectWrite(plan: CollectPlan, t: Strings): PreparedWrite | null {
  if (plan.write === null || plan.error !== null || plan.bad.length > 0 || plan.report === null) return null;
  const files = plan.report.files;
  return {
    steps: plan.write.steps,
    owned: plan.write.owned,
    done: t.templates.collectedDone(
      files.length,
      files.filter((f) => f.status !== "rejected").length,
      plan.statusSheet,
      plan.departments > 0 ? plan.consolidationSheet : null,
      plan.lines,
    ),
  };
}
