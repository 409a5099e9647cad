// Writes that keep what they replace. A panel's write is a list of steps; before any is made,
// every block they touch is read (a snapshot), so that a write that fails part way is put back as
// it was, and a finished one can be undone (Excel cannot undo what an add-in writes). Undo puts
// back what the write replaced (the cells it wrote, number formats, marks and settings), deletes
// the sheets and charts it added, and first says which cells it wrote have been changed since,
// since undoing would lose those changes. Columns a number format is written to are widened where
// the numbers would not show, and undo gives them back their widths.

import { BudgetError } from "../../core";
import { blockAddress, parseRef, withSheet } from "./address";
import { checkCells, checkChartTitle, checkHighlight, checkOnSheet, checkSheetName, parseAnchor } from "./checks";
import {
  isFormula,
  PartialWriteError,
  type CellInput,
  type ChartSpec,
  type ColumnWidths,
  type HighlightRule,
  type Mark,
  type RangeFormat,
  type Snapshot,
  type WorkbookGateway,
} from "./types";

export type WriteStep =
  /** Adds the sheet unless there is one of that name. */
  | { kind: "sheet"; name: string }
  | { kind: "cells"; topLeft: string; cells: CellInput[][] }
  | { kind: "format"; ref: string; format: RangeFormat }
  | { kind: "highlight"; rule: HighlightRule }
  | { kind: "chart"; chart: ChartSpec }
  /** Puts the sheet's mark of that name on a block (`ref` without the sheet). */
  | { kind: "mark"; sheet: string; name: string; ref: string; comment: string }
  /** Keeps a value in the workbook's settings (undefined removes it). */
  | { kind: "setting"; name: string; value: unknown }
  /** Turns on the sheet's AutoFilter over a block, its first row the headers (undo leaves it). */
  | { kind: "filter"; ref: string };

/** The blocks whose contents a step changes: "Sheet!A1:D20". */
export function touched(step: WriteStep): string | null {
  if (step.kind === "format") return step.ref;
  if (step.kind !== "cells" || step.cells.length === 0 || step.cells[0].length === 0) return null;
  const at = parseRef(step.topLeft);
  return withSheet(at.sheet, blockAddress(at.start, step.cells.length, step.cells[0].length));
}

/**
 * Checks every step as the gateways would, so that a write Excel would refuse part way (a text
 * too long for a cell, a bad sheet name) is refused before anything is written.
 */
export function validateSteps(steps: readonly WriteStep[]): void {
  for (const step of steps) {
    switch (step.kind) {
      case "sheet":
        checkSheetName(step.name);
        break;
      case "cells": {
        const at = parseRef(step.topLeft);
        checkOnSheet(at.start, step.cells.length, step.cells[0]?.length ?? 0);
        checkCells(step.cells, at.start);
        break;
      }
      case "highlight":
        checkHighlight(step.rule, parseRef(step.rule.range));
        break;
      case "chart":
        checkChartTitle(step.chart.title);
        if (step.chart.anchor !== undefined) parseAnchor(step.chart.anchor);
        break;
      case "mark":
      case "format":
      case "filter":
        parseRef(step.ref);
        break;
      case "setting":
        break;
    }
  }
}

/**
 * Every block the steps touch, with what it holds now (null: its sheet does not exist yet);
 * `each` is told after each block is read, and waited for.
 */
export async function snapshotsOf(
  gateway: WorkbookGateway,
  steps: readonly WriteStep[],
  each: (done: number, of: number) => Promise<void> = async () => {},
): Promise<(Snapshot | null)[]> {
  const snapshots: (Snapshot | null)[] = [];
  const blocks = steps.filter((step) => touched(step) !== null).length;
  let read = 0;
  for (const step of steps) {
    const ref = touched(step);
    snapshots.push(ref === null ? null : await gateway.snapshot(ref));
    if (ref !== null) await each(++read, blocks);
  }
  return snapshots;
}

/** A write made (or begun), with what it needs to be undone. */
export interface WriteRecord {
  steps: readonly WriteStep[];
  /** Each step's block before the write (null: none, or on a sheet the write added). */
  before: (Snapshot | null)[];
  /** Each step's block right after the write, to tell what was changed since ([] when unknown). */
  after: (Snapshot | null)[];
  addedSheets: string[];
  /** Charts the write added where there was none of that title: undo deletes them. */
  addedCharts: { sheet: string; title: string }[];
  /** The marks the write moved, as they were before (comment and block; null: none). */
  marks: { sheet: string; name: string; before: Mark | null }[];
  /** The settings the write changed, as they were before (undefined: none). */
  settings: { name: string; before: unknown }[];
  /** The columns the write widened, as wide as they were. */
  widths: ColumnWidths[];
}

/** Where a write stopped, and what became of what it had written. */
export class WriteFailure extends Error {
  constructor(
    /** The block being written when it stopped, or the step's sheet or chart. */
    readonly where: string,
    /** For a block: rows written of rows; null for another step. */
    readonly rows: { written: number; of: number } | null,
    /** What the workbook reported. */
    readonly reason: unknown,
    /** Empty when everything written was put back; else what putting back reported, part by part. */
    readonly restoreFailed: unknown[],
    /** What the steps made so far replaced, so that putting it back can be tried again. */
    readonly record: WriteRecord,
  ) {
    super(`writing ${where} stopped`);
    this.name = "WriteFailure";
  }
}

function whereOf(step: WriteStep): string {
  switch (step.kind) {
    case "sheet":
    case "setting":
      return step.name;
    case "highlight":
      return step.rule.range;
    case "chart":
      return step.chart.title;
    case "mark":
      return withSheet(step.sheet, step.ref);
    case "filter":
      return step.ref;
    default:
      return touched(step) ?? "";
  }
}

/**
 * Told as a write goes: once with `done` 0 just before its first change, then after each batch of
 * rows written, `done` of the `of` rows all its blocks have; waited for each time.
 */
export type WriteProgress = (done: number, of: number) => Promise<void>;

/**
 * Checks the steps (validateSteps), then makes them in order, telling `progress` as it goes. `before` are the snapshots the
 * caller took (snapshotsOf) when it asked about what would be overwritten, read after the
 * question. On failure everything the steps made is put back (the failing block whole, since a
 * request can fail after Excel made it), the sheets added are deleted, and a WriteFailure says
 * what happened.
 */
export async function applyWrite(
  gateway: WorkbookGateway,
  steps: readonly WriteStep[],
  before: (Snapshot | null)[],
  progress: WriteProgress = async () => {},
): Promise<WriteRecord> {
  validateSteps(steps);
  const record: WriteRecord = { steps, before, after: [], addedSheets: [], addedCharts: [], marks: [], settings: [], widths: [] };
  const rows = steps.reduce((sum, step) => sum + (step.kind === "cells" ? step.cells.length : 0), 0);
  let rowsBefore = 0;
  // told before anything is changed: a write begins now
  await progress(0, rows);
  let done = 0;
  try {
    for (const step of steps) {
      switch (step.kind) {
        case "sheet":
          if (await gateway.ensureSheet(step.name)) record.addedSheets.push(step.name);
          break;
        case "cells": {
          const from = rowsBefore;
          await gateway.writeRange(step.topLeft, step.cells, (written) => progress(from + written, rows));
          rowsBefore += step.cells.length;
          break;
        }
        case "format":
          await gateway.formatRange(step.ref, step.format);
          if (step.format.numberFormat !== undefined) await fitColumns(gateway, step.ref, record);
          break;
        case "highlight":
          await gateway.highlight(step.rule);
          break;
        case "chart":
          if (!(await gateway.addChart(step.chart))) record.addedCharts.push({ sheet: parseRef(step.chart.range).sheet ?? "", title: step.chart.title });
          break;
        case "mark": {
          const earlier = (await gateway.findMarks(step.name)).find((m) => m.sheet.toLowerCase() === step.sheet.toLowerCase()) ?? null;
          record.marks.push({ sheet: step.sheet, name: step.name, before: earlier });
          await gateway.setMark(step.sheet, step.name, step.ref, step.comment);
          break;
        }
        case "filter":
          await gateway.setFilter(step.ref);
          break;
        case "setting":
          record.settings.push({ name: step.name, before: await gateway.readSetting(step.name) });
          await gateway.writeSetting(step.name, step.value);
          break;
      }
      done++;
    }
  } catch (error) {
    const partial = error instanceof PartialWriteError ? error : null;
    const made: WriteRecord = { ...record, steps: steps.slice(0, done + 1), before: before.slice(0, done + 1) };
    throw new WriteFailure(
      partial ? partial.ref : whereOf(steps[done]),
      partial ? { written: partial.rowsWritten, of: partial.rows } : null,
      partial ? partial.reason : error,
      await putBack(gateway, made),
      made,
    );
  }
  // what the write left, to tell later what was changed since; without it undo asks nothing more
  record.after = await snapshotsOf(gateway, steps).catch(() => []);
  return record;
}

/**
 * Numbers too wide for their column show as ##### in Excel: their columns are widened, and the
 * widths they had kept for undo. A convenience: where Excel refuses it (a sheet protected against
 * column formatting) the write goes on without it.
 */
async function fitColumns(gateway: WorkbookGateway, ref: string, record: WriteRecord): Promise<void> {
  try {
    const widths = await gateway.fitColumns(ref);
    if (widths.widths.length > 0) record.widths.push(widths);
  } catch {
    // the columns keep their widths
  }
}

/** A snapshot narrowed to the cells a step wrote: the others are null, left as they are. */
function writtenOnly(snapshot: Snapshot, step: WriteStep | undefined): Snapshot {
  if (step?.kind !== "cells") return snapshot;
  return { ...snapshot, cells: snapshot.cells.map((row, r) => row.map((cell, c) => (step.cells[r]?.[c] === null ? null : cell))) };
}

/**
 * Puts back what a write replaced: its blocks last first (only the cells each step wrote), then
 * its settings and marks, the charts it added, the sheets it added. Every part is tried; what
 * failed is returned (empty when everything was put back).
 */
async function putBack(gateway: WorkbookGateway, record: WriteRecord): Promise<unknown[]> {
  const failed: unknown[] = [];
  const attempt = async (part: () => Promise<void>) => {
    try {
      await part();
    } catch (error) {
      failed.push(error);
    }
  };
  const added = new Set(record.addedSheets.map((s) => s.toLowerCase()));
  for (let i = record.before.length - 1; i >= 0; i--) {
    const snapshot = record.before[i];
    if (snapshot && !added.has(snapshot.sheet.toLowerCase())) await attempt(() => gateway.restore(writtenOnly(snapshot, record.steps[i])));
  }
  for (const widths of [...record.widths].reverse()) if (!added.has(widths.sheet.toLowerCase())) await attempt(() => gateway.setColumnWidths(widths));
  for (const setting of [...record.settings].reverse()) await attempt(() => gateway.writeSetting(setting.name, setting.before));
  for (const mark of [...record.marks].reverse()) {
    if (!added.has(mark.sheet.toLowerCase())) await attempt(() => gateway.setMark(mark.sheet, mark.name, mark.before?.address ?? null, mark.before?.comment ?? ""));
  }
  for (const chart of record.addedCharts) if (!added.has(chart.sheet.toLowerCase())) await attempt(() => gateway.deleteChart(chart.sheet, chart.title));
  for (const sheet of record.addedSheets) await attempt(() => gateway.deleteSheet(sheet));
  return failed;
}

const sameCell = (a: CellInput, b: CellInput) => (isFormula(a) && isFormula(b) ? a.formula === b.formula : a === b);

/** The cells (as "Sheet!B7") a step wrote whose content or number format differs between two reads of its block. */
function differences(was: Snapshot, now: Snapshot, step: WriteStep | undefined): string[] {
  const changed: string[] = [];
  was.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const wrote = step?.kind !== "cells" || step.cells[r]?.[c] !== null;
      const content = step?.kind !== "format" && !sameCell(cell, now.cells[r]?.[c] ?? "");
      const format = step?.kind === "format" && was.numberFormats[r][c] !== now.numberFormats[r]?.[c];
      if (wrote && (content || format)) changed.push(withSheet(was.sheet, blockAddress({ row: was.row + r, column: was.column + c }, 1, 1)));
    }),
  );
  return changed;
}

/**
 * The cells the write wrote that have been changed since: what undoing it would lose. A sheet the
 * write wrote on that is gone (deleted, or renamed) cannot be put back: that is an error saying so.
 */
export async function changedSince(gateway: WorkbookGateway, record: WriteRecord): Promise<string[]> {
  const changed = new Set<string>();
  for (const [i, after] of record.after.entries()) {
    if (after === null) continue;
    const now = await gateway.snapshot(withSheet(after.sheet, after.address));
    // a sheet the write added and the user deleted: nothing of it to put back
    if (now === null && record.addedSheets.some((s) => s.toLowerCase() === after.sheet.toLowerCase())) continue;
    if (now === null) throw new BudgetError("UNDO_SHEET_GONE", { name: after.sheet });
    for (const cell of differences(after, now, record.steps[i])) changed.add(cell);
  }
  return [...changed];
}

/**
 * Undoes a write: the cells it wrote as they were before, its settings and marks as they were,
 * and the charts and sheets it added deleted. A sheet it added is kept (emptied of what the write
 * put there) when something else has been put on it since. Call changedSince first and ask.
 * Raises WriteFailure when a part could not be put back.
 */
export async function undoWrite(gateway: WorkbookGateway, record: WriteRecord): Promise<void> {
  const kept = new Set<string>();
  for (const sheet of record.addedSheets) {
    const used = await gateway.readUsed(sheet).catch(() => null);
    const ours = record.after.filter((s): s is Snapshot => s !== null && s.sheet.toLowerCase() === sheet.toLowerCase());
    const inside = (row: number, column: number) =>
      ours.some((s) => row >= s.row && row < s.row + s.cells.length && column >= s.column && column < s.column + (s.cells[0]?.length ?? 0));
    if (used?.values.some((line, r) => line.some((v, c) => v !== null && v !== "" && !inside(used.row + r, used.column + c)))) kept.add(sheet.toLowerCase());
  }
  // on an added sheet that stays, the blocks are put back as they were before the write: empty
  const before = record.before.map((snapshot, i) => {
    const after = record.after[i];
    if (after === null || after === undefined || !kept.has(after.sheet.toLowerCase())) return snapshot;
    return { ...after, cells: after.cells.map((row) => row.map(() => "")), numberFormats: after.numberFormats.map((row) => row.map(() => "General")) };
  });
  const failed = await putBack(gateway, { ...record, before, addedSheets: record.addedSheets.filter((s) => !kept.has(s.toLowerCase())) });
  if (failed.length > 0) throw new WriteFailure(record.steps.map(touched).filter((r) => r !== null).join(", "), null, failed[0], failed, record);
}
