// Writes that keep what they replace. A panel's write is a list of steps; before any is made,
// every block they touch is read (a snapshot), so that a write that fails part way is put back as
// it was, and a finished one can be undone (Excel cannot undo what an add-in writes). Undo puts
// back the snapshots, deletes the sheets and charts the write added, and first says which cells
// were changed since the write, since undoing would lose those changes.

import { blockAddress, parseRef, withSheet } from "./address";
import { checkCells, checkChartTitle, checkHighlight, checkOnSheet, checkSheetName, parseAnchor } from "./checks";
import {
  describeCause,
  isFormula,
  PartialWriteError,
  type CellInput,
  type ChartSpec,
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
  | { kind: "mark"; sheet: string; name: string; ref: string; comment: string };

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
        parseRef(step.ref);
        break;
      case "format":
        parseRef(step.ref);
        break;
    }
  }
}

/** Every block the steps touch, with what it holds now (null: its sheet does not exist yet). */
export async function snapshotsOf(gateway: WorkbookGateway, steps: readonly WriteStep[]): Promise<(Snapshot | null)[]> {
  const snapshots: (Snapshot | null)[] = [];
  for (const step of steps) {
    const ref = touched(step);
    snapshots.push(ref === null ? null : await gateway.snapshot(ref));
  }
  return snapshots;
}

/** A finished write, with what it needs to be undone. */
export interface WriteRecord {
  steps: readonly WriteStep[];
  /** Each step's block before the write (null: none, or on a sheet the write added). */
  before: (Snapshot | null)[];
  /** Each step's block right after the write, to tell what was changed since. */
  after: (Snapshot | null)[];
  addedSheets: string[];
  /** Charts the write added where there was none of that title: undo deletes them. */
  addedCharts: { sheet: string; title: string }[];
  /** The marks the write moved, as they were before (comment and block; null: none). */
  marks: { sheet: string; name: string; before: Mark | null }[];
}

/** Where a write stopped, and what became of what it had written. */
export class WriteFailure extends Error {
  constructor(
    /** The block being written when it stopped, or the step's sheet or chart. */
    readonly where: string,
    /** For a block: rows written of rows; null for another step. */
    readonly rows: { written: number; of: number } | null,
    /** What the workbook reported. */
    readonly reason: string,
    /** Null when everything written was put back; else what putting it back reported. */
    readonly restoreFailed: string | null,
    /** What the write was to replace, so that putting it back can be tried again. */
    readonly record: WriteRecord,
  ) {
    super(`writing ${where} stopped: ${reason}`);
    this.name = "WriteFailure";
  }
}

function whereOf(step: WriteStep): string {
  switch (step.kind) {
    case "sheet":
      return step.name;
    case "highlight":
      return step.rule.range;
    case "chart":
      return step.chart.title;
    case "mark":
      return withSheet(step.sheet, step.ref);
    default:
      return touched(step) ?? "";
  }
}

function sheetOf(ref: string): string | null {
  return parseRef(ref).sheet;
}

/**
 * Checks the steps (validateSteps), then makes them in order. `before` are the snapshots the caller took (snapshotsOf) when it
 * asked about what would be overwritten, read after the question. On failure everything already
 * written is put back, the sheets added are deleted, and a WriteFailure says what happened.
 */
export async function applyWrite(gateway: WorkbookGateway, steps: readonly WriteStep[], before: (Snapshot | null)[]): Promise<WriteRecord> {
  validateSteps(steps);
  const addedSheets: string[] = [];
  const addedCharts: { sheet: string; title: string }[] = [];
  const marks: WriteRecord["marks"] = [];
  let done = 0;
  try {
    for (const step of steps) {
      switch (step.kind) {
        case "sheet":
          if (await gateway.ensureSheet(step.name)) addedSheets.push(step.name);
          break;
        case "cells":
          await gateway.writeRange(step.topLeft, step.cells);
          break;
        case "format":
          await gateway.formatRange(step.ref, step.format);
          break;
        case "highlight":
          await gateway.highlight(step.rule);
          break;
        case "chart": {
          const replaced = await gateway.addChart(step.chart);
          if (!replaced) addedCharts.push({ sheet: sheetOf(step.chart.range) ?? "", title: step.chart.title });
          break;
        }
        case "mark": {
          const earlier = (await gateway.findMarks(step.name)).find((m) => m.sheet.toLowerCase() === step.sheet.toLowerCase()) ?? null;
          await gateway.setMark(step.sheet, step.name, step.ref, step.comment);
          marks.push({ sheet: step.sheet, name: step.name, before: earlier });
          break;
        }
      }
      done++;
    }
  } catch (error) {
    const step = steps[done];
    const partial = error instanceof PartialWriteError ? error : null;
    let restoreFailed: string | null = null;
    try {
      // the failing step's block as far as it got, then every earlier one, last first
      const failing = before[done];
      if (failing) await gateway.restore(failing, partial ? partial.rowsWritten : undefined);
      await putBack(gateway, { steps: steps.slice(0, done), before: before.slice(0, done), after: [], addedSheets, addedCharts, marks });
    } catch (again) {
      restoreFailed = describeCause(again);
    }
    throw new WriteFailure(
      partial ? partial.ref : whereOf(step),
      partial ? { written: partial.rowsWritten, of: partial.rows } : null,
      describeCause(partial ? partial.reason : error),
      restoreFailed,
      { steps, before, after: [], addedSheets, addedCharts, marks },
    );
  }
  const after = await snapshotsOf(gateway, steps);
  return { steps, before, after, addedSheets, addedCharts, marks };
}

/** Puts back what a write replaced: blocks last first, then marks, charts and sheets it added. */
async function putBack(gateway: WorkbookGateway, record: WriteRecord): Promise<void> {
  const added = new Set(record.addedSheets.map((s) => s.toLowerCase()));
  for (let i = record.before.length - 1; i >= 0; i--) {
    const snapshot = record.before[i];
    if (snapshot && !added.has(snapshot.sheet.toLowerCase())) await gateway.restore(snapshot);
  }
  for (const mark of [...record.marks].reverse()) {
    if (added.has(mark.sheet.toLowerCase())) continue;
    await gateway.setMark(mark.sheet, mark.name, mark.before?.address ?? null, mark.before?.comment ?? "");
  }
  for (const chart of record.addedCharts) if (!added.has(chart.sheet.toLowerCase())) await gateway.deleteChart(chart.sheet, chart.title);
  for (const sheet of record.addedSheets) await gateway.deleteSheet(sheet);
}

const sameCell = (a: CellInput, b: CellInput) => (isFormula(a) && isFormula(b) ? a.formula === b.formula : a === b);

/** The cells (as "Sheet!B7") whose content or number format differs between two reads of a block. */
function differences(was: Snapshot, now: Snapshot): string[] {
  const changed: string[] = [];
  was.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!sameCell(cell, now.cells[r]?.[c] ?? "") || was.numberFormats[r][c] !== now.numberFormats[r]?.[c]) {
        changed.push(withSheet(was.sheet, blockAddress({ row: was.row + r, column: was.column + c }, 1, 1)));
      }
    }),
  );
  return changed;
}

/**
 * The cells changed since the write: what undoing it would lose. A sheet the write added that is
 * gone, or a block whose sheet is gone, counts as changed ("Sheet" alone).
 */
export async function changedSince(gateway: WorkbookGateway, record: WriteRecord): Promise<string[]> {
  const changed = new Set<string>();
  for (const after of record.after) {
    if (after === null) continue;
    const now = await gateway.snapshot(withSheet(after.sheet, after.address));
    if (now === null) changed.add(after.sheet);
    else for (const cell of differences(after, now)) changed.add(cell);
  }
  return [...changed];
}

/**
 * Undoes a write: every block as it was before, the marks as they were, and the charts and
 * sheets it added deleted. A sheet it added is kept (emptied of what the write put there) when
 * the user has put something else on it since. Call changedSince first and ask.
 */
export async function undoWrite(gateway: WorkbookGateway, record: WriteRecord): Promise<void> {
  const keep: string[] = [];
  for (const sheet of record.addedSheets) {
    const used = await gateway.readUsed(sheet).catch(() => null);
    const ours = record.after.filter((s): s is Snapshot => s !== null && s.sheet.toLowerCase() === sheet.toLowerCase());
    const inside = (row: number, column: number) =>
      ours.some((s) => row >= s.row && row < s.row + s.cells.length && column >= s.column && column < s.column + (s.cells[0]?.length ?? 0));
    const foreign = used?.values.some((line, r) => line.some((v, c) => v !== null && v !== "" && !inside(used.row + r, used.column + c))) ?? false;
    if (foreign) keep.push(sheet);
  }
  const kept = new Set(keep.map((s) => s.toLowerCase()));
  // on a sheet that stays, put the blocks back as they were: empty
  const emptied = record.after.map((after, i) =>
    after !== null && kept.has(after.sheet.toLowerCase()) ? { ...after, cells: after.cells.map((row) => row.map(() => "")), numberFormats: after.numberFormats.map((row) => row.map(() => "General")) } : record.before[i],
  );
  await putBack(gateway, {
    ...record,
    before: emptied,
    addedSheets: record.addedSheets.filter((s) => !kept.has(s.toLowerCase())),
    addedCharts: record.addedCharts,
  });
}
