// How every panel writes: the plan is made from what the workbook holds now; the blocks it would
// write are read, and if any cell holding something would be overwritten the user is asked,
// with what would be lost named; after a yes everything is read and planned again, and if
// anything changed while the question was open nothing is written. The write keeps what it
// replaces (gateway/journal.ts): a failure is put back, and Undo last write puts a finished
// write back, asking first when cells it wrote have been changed since.

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, useRestoreFocusSource, useRestoreFocusTarget } from "@fluentui/react-components";
import { useState } from "react";
import { BudgetError, type Language } from "../../core";
import { blockAddress, parseRef, withSheet, type BlockRef } from "../gateway/address";
import { applyWrite, changedSince, snapshotsOf, touched, undoWrite, validateSteps, WriteFailure, type WriteRecord, type WriteStep } from "../gateway/journal";
import { describeCause, isFormula, type CellInput, type Snapshot, type WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import type { FailureText, LossSummary } from "./i18n/lists";
import { quietWork, type Work } from "./work";

/** What a panel tells the user after an action: a line in green, red or neutral. */
export type Status = { intent: "success" | "error" | "info"; text: string } | null;

/** What a panel would write, and what it may rewrite without asking. */
export interface PreparedWrite {
  steps: WriteStep[];
  /**
   * Whether a cell (sheet as the workbook spells it, 0-based, what it holds) holds the panel's own
   * earlier output, which it rewrites without asking. Everything else that is not empty is asked about.
   */
  owned?: (sheet: string, row: number, column: number, held: CellInput) => boolean;
  /** The message after a successful write. */
  done: string;
  /**
   * Whether the fields and columns the write was planned from are still those on screen; asked
   * again just before writing, and a write that is no longer for them is not made.
   */
  current?: () => boolean;
  /** Called once the write is made (not when it failed, or nothing was written). */
  onWritten?: () => void;
}

/** Whether a prepared write is still for the fields on screen (see PreparedWrite.current). */
export const isCurrent = (prepared: PreparedWrite): boolean => prepared.current?.() !== false;

/** A cell a write would overwrite: where, and what it holds ("" and spilled: a formula spills into it). */
export interface Loss {
  address: string;
  held: CellInput;
  spilled?: true;
}

const same = (a: CellInput, b: CellInput) => (isFormula(a) && isFormula(b) ? a.formula === b.formula : a === b);

/**
 * The cells the steps would change that hold something and are not the panel's own: a value, a
 * formula, or a value a formula spills into (writing there blocks the formula's spill).
 */
export function lossesOf(steps: readonly WriteStep[], before: readonly (Snapshot | null)[], owned?: PreparedWrite["owned"]): Loss[] {
  const losses: Loss[] = [];
  const seen = new Set<string>();
  steps.forEach((step, i) => {
    const snapshot = before[i];
    if (step.kind !== "cells" || !snapshot) return;
    // a formula the step overwrites takes its spill with it: the cells it spills into (to its right
    // or below it) lose nothing more
    const replacedFormula = (r: number, c: number) => {
      const held = snapshot.cells[r][c];
      return isFormula(held) && held.formula.startsWith("=") && step.cells[r][c] !== null && !same(step.cells[r][c], held);
    };
    const spillOfReplaced = (r: number, c: number) => {
      let left = c - 1;
      while (left >= 0 && snapshot.spilled[r][left]) left--;
      let up = r - 1;
      while (up >= 0 && snapshot.spilled[up][c]) up--;
      return (left >= 0 && replacedFormula(r, left)) || (up >= 0 && replacedFormula(up, c));
    };
    step.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const held = snapshot.cells[r][c];
        const spilled = snapshot.spilled[r]?.[c] === true && !spillOfReplaced(r, c);
        const at = { row: snapshot.row + r, column: snapshot.column + c };
        if (cell === null || (held === "" && !(spilled && cell !== "")) || same(cell, held) || owned?.(snapshot.sheet, at.row, at.column, held)) return;
        const address = withSheet(snapshot.sheet, blockAddress(at, 1, 1));
        if (seen.has(address)) return;
        seen.add(address);
        losses.push(spilled ? { address, held, spilled } : { address, held });
      }),
    );
  });
  return losses;
}

/** Up to this many cells are named in a question. */
const EXAMPLES = 3;

/** The losses counted by kind, with the first few cells shown as the user sees them. */
export function summarize(losses: readonly Loss[], language: Language): LossSummary {
  const numbers = new Intl.NumberFormat(language === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 10 });
  const shown = (held: CellInput): string => {
    if (held === "") return language === "da" ? "spildt" : "spilled";
    if (isFormula(held)) return held.formula;
    if (typeof held === "number") return numbers.format(held);
    if (typeof held === "boolean") return language === "da" ? (held ? "SAND" : "FALSK") : held ? "TRUE" : "FALSE";
    const text = String(held);
    return `"${text.length > 30 ? `${text.slice(0, 29)}…` : text}"`;
  };
  // an error typed as a constant (#N/A) is kept as its "formula", but it is no formula
  const kind = (loss: Loss) =>
    loss.spilled
      ? "spilled"
      : isFormula(loss.held)
        ? loss.held.formula.startsWith("=")
          ? "formulas"
          : "others"
        : typeof loss.held === "number"
          ? "numbers"
          : typeof loss.held === "string"
            ? "texts"
            : "others";
  const count = (k: string) => losses.filter((l) => kind(l) === k).length;
  return {
    count: losses.length,
    numbers: count("numbers"),
    texts: count("texts"),
    formulas: count("formulas"),
    others: count("others"),
    spilled: count("spilled"),
    examples: losses.slice(0, EXAMPLES).map((l) => `${l.address} (${shown(l.held)})`),
  };
}

export interface Examined {
  prepared: PreparedWrite;
  before: (Snapshot | null)[];
  losses: Loss[];
  /** Everything the question was about: if it differs after the question, nothing is written. */
  fingerprint: string;
}

/** The blocks a write touched, for messages: "Budget!E1:P21, Budget!R1" (a block inside another not again). */
function wherever(steps: readonly WriteStep[]): string {
  const refs = [...new Set(steps.map(touched).filter((ref): ref is string => ref !== null))];
  const blocks = refs.map(parseRef);
  const within = (a: BlockRef, b: BlockRef) =>
    a.sheet === b.sheet && a.start.row >= b.start.row && a.end.row <= b.end.row && a.start.column >= b.start.column && a.end.column <= b.end.column;
  return refs.filter((_, i) => !blocks.some((other, j) => j !== i && within(blocks[i], other) && !(within(other, blocks[i]) && j > i))).join(", ");
}

/** Reads the blocks a prepared write touches and finds what it would overwrite. */
export async function examineWrite(gateway: WorkbookGateway, prepared: PreparedWrite, work: Work = quietWork): Promise<Examined> {
  validateSteps(prepared.steps);
  const before = await snapshotsOf(gateway, prepared.steps, (done, of) => work.step("checking", done, of));
  const losses = lossesOf(prepared.steps, before, prepared.owned);
  return { prepared, before, losses, fingerprint: JSON.stringify([prepared.steps, losses]) };
}

/**
 * After the user said yes to `asked`: reads and plans again, and writes only if nothing the
 * question was about has changed (the plan's steps and what they would overwrite). Null when the
 * plan can no longer be made (its input went bad meanwhile) or is no longer for the fields on
 * screen (a field or a column changed since the write was begun): nothing is written.
 */
export async function writeIfUnchanged(
  gateway: WorkbookGateway,
  prepare: Prepare,
  asked: Examined,
  work: Work = quietWork,
): Promise<{ changed: true } | { changed: false; record: WriteRecord } | null> {
  const prepared = await prepare(work);
  if (prepared === null) return null;
  const examined = await examineWrite(gateway, prepared, work);
  if (!isCurrent(examined.prepared)) return null;
  if (examined.fingerprint !== asked.fingerprint) return { changed: true };
  return { changed: false, record: await applyWrite(gateway, examined.prepared.steps, examined.before, writing(work)) };
}

/** The write's progress as the work's: from its first change it can no longer be cancelled. */
const writing = (work: Work) => (done: number, of: number) => work.step("writing", done, of);

/** What the workbook reported, in the user's language where it is one of the add-in's own checks. */
function reported(cause: unknown, language: Language): string {
  return cause instanceof BudgetError ? cause.describe(language) : describeCause(cause);
}

/** A failed write as the messages tell it. */
export function failureText(failure: WriteFailure, language: Language): FailureText {
  return {
    where: failure.where,
    rows: failure.rows,
    reason: reported(failure.reason, language),
    restoreFailed: failure.restoreFailed.length === 0 ? null : failure.restoreFailed.map((e) => reported(e, language)).join("; "),
  };
}

export interface Guard {
  setStatus: (status: Status) => void;
  guarded: (action: (work: Work) => Promise<void>) => Promise<void>;
}

/** Makes the write's plan from what the workbook holds now, telling `work` how it goes; null when there is nothing to write. */
export type Prepare = (work: Work) => Promise<PreparedWrite | null>;

/**
 * The write flow of one panel. `start(prepare)` plans (prepare reads the workbook and shows the
 * preview; null when there is nothing to write), asks when needed, and writes; the dialogs and
 * the undo button come from WriteDialogs and UndoButton.
 */
export function useWriteFlow(gateway: WorkbookGateway, t: Strings, language: Language, { setStatus, guarded }: Guard) {
  // the last question stays while its dialog fades out after the answer; `asking` says it is open
  const [question, setQuestion] = useState<{ prepare: Prepare; examined: Examined } | null>(null);
  const [asking, setAsking] = useState(false);
  const [last, setLast] = useState<WriteRecord | null>(null);
  const [undoQuestion, setUndoQuestion] = useState<string[] | null>(null);
  const [askingUndo, setAskingUndo] = useState(false);
  const ask = (q: NonNullable<typeof question>) => {
    setQuestion(q);
    setAsking(true);
  };
  const askUndo = (cells: string[]) => {
    setUndoQuestion(cells);
    setAskingUndo(true);
  };

  async function examine(prepare: Prepare, work: Work): Promise<Examined | null> {
    const prepared = await prepare(work);
    return prepared === null ? null : examineWrite(gateway, prepared, work);
  }

  /** Runs a write; a failure is told, and when putting back failed too, undo can try again. */
  async function commit({ prepared }: Examined, write: () => Promise<WriteRecord | null>): Promise<void> {
    try {
      const record = await write();
      if (record === null) return;
      setLast(record);
      setStatus({ intent: "success", text: prepared.done });
      prepared.onWritten?.();
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
      // put back: the workbook is as before, and the earlier write can still be undone
      if (error.restoreFailed.length > 0) setLast(error.record);
      setStatus({ intent: "error", text: t.writeFailed(failureText(error, language)) });
    }
  }

  /** A write no longer for the fields on screen is not made, and the user is told why. */
  const fieldsChanged = () => setStatus({ intent: "info", text: t.changedWhilePlanning });

  const start = (prepare: Prepare) =>
    guarded(async (work) => {
      const examined = await examine(prepare, work);
      if (examined === null) return;
      if (!isCurrent(examined.prepared)) {
        fieldsChanged();
        return;
      }
      if (examined.losses.length > 0) ask({ prepare, examined });
      else await commit(examined, () => applyWrite(gateway, examined.prepared.steps, examined.before, writing(work)));
    });

  const confirm = () =>
    guarded(async (work) => {
      const asked = question;
      setAsking(false);
      if (asked === null) return;
      // read and plan again: the workbook may have changed while the question was open
      await commit(asked.examined, async () => {
        const outcome = await writeIfUnchanged(gateway, asked.prepare, asked.examined, work);
        if (outcome === null) {
          if (!isCurrent(asked.examined.prepared)) fieldsChanged();
          return null;
        }
        if (outcome.changed) {
          setStatus({ intent: "error", text: t.changedWhileAsking });
          return null;
        }
        return outcome.record;
      });
    });

  async function undoNow(record: WriteRecord): Promise<void> {
    try {
      await undoWrite(gateway, record);
    } catch (error) {
      if (!(error instanceof WriteFailure)) throw error;
      setStatus({ intent: "error", text: t.undoFailed(failureText(error, language).reason) });
      return;
    }
    setLast(null);
    setStatus({ intent: "success", text: t.undone(wherever(record.steps)) });
  }

  const undo = () =>
    guarded(async () => {
      if (last === null) return;
      const changed = await changedSince(gateway, last);
      if (changed.length > 0) askUndo(changed);
      else await undoNow(last);
    });

  const confirmUndo = () =>
    guarded(async () => {
      const asked = undoQuestion;
      setAskingUndo(false);
      if (last === null || asked === null) return;
      const changed = await changedSince(gateway, last);
      // more was changed while the question was open: ask about that
      if (changed.some((cell) => !asked.includes(cell))) askUndo(changed);
      else await undoNow(last);
    });

  return {
    start,
    undo,
    canUndo: last !== null,
    question: question && summarize(question.examined.losses, language),
    asking,
    confirm,
    cancel: () => setAsking(false),
    undoQuestion,
    askingUndo,
    confirmUndo,
    cancelUndo: () => setAskingUndo(false),
  };
}

export type WriteFlow = ReturnType<typeof useWriteFlow>;

interface QuestionProps {
  open: boolean;
  title: string;
  text: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancel: string;
  /** Test ids: `${testId}-text`, `${testId}-cancel` and `${testId}-confirm`. */
  testId: string;
}

function Question({ open, title, text, confirm, onConfirm, onCancel, cancel, testId }: QuestionProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent data-testid={`${testId}-text`}>{text}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel} data-testid={`${testId}-cancel`}>
              {cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm} data-testid={`${testId}-confirm`}>
              {confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** The two questions a write can ask: overwrite what is there, and undo over later changes. */
export function WriteDialogs({ flow, t, prefix = "" }: { flow: WriteFlow; t: Strings; prefix?: string }) {
  return (
    <>
      <Question
        open={flow.asking}
        title={t.overwriteTitle}
        text={flow.question ? t.overwriteBody(flow.question) : ""}
        confirm={t.overwriteConfirm}
        onConfirm={flow.confirm}
        onCancel={flow.cancel}
        cancel={t.cancel}
        testId={`${prefix}overwrite`}
      />
      <Question
        open={flow.askingUndo}
        title={t.undoChangedTitle}
        text={flow.undoQuestion ? t.undoChangedBody(flow.undoQuestion.length, flow.undoQuestion.slice(0, EXAMPLES)) : ""}
        confirm={t.undoConfirm}
        onConfirm={flow.confirmUndo}
        onCancel={flow.cancelUndo}
        cancel={t.cancel}
        testId={`${prefix}undo`}
      />
    </>
  );
}

/**
 * Shown after a write: Excel cannot undo what an add-in writes, so the panel can. The focus comes
 * back to it when its question closes; once the write is undone the button goes, and the focus
 * goes back to the button that wrote (its restore target), not lost to the page.
 */
export function UndoButton({ flow, t, busy, testId }: { flow: WriteFlow; t: Strings; busy: boolean; testId: string }) {
  const source = useRestoreFocusSource();
  const target = useRestoreFocusTarget();
  if (!flow.canUndo) return null;
  return (
    // no box of its own: the button stays laid out as the panel's other buttons
    <div {...source} style={{ display: "contents" }}>
      <Button {...target} onClick={flow.undo} disabledFocusable={busy} data-testid={testId}>
        {t.undoButton}
      </Button>
    </div>
  );
}
