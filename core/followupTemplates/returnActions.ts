// The action plan of a returned follow-up, checked against its metadata. The measures sent stand
// first, each told by its locked id in its own row; the empty rows for new measures follow.
//
// A measure row is read whole or not at all: what it does, its line (one of the template's, or the
// whole department), whether it is decided (yes or no), its start month (1-12) and its effect in
// kroner per month (a number; a saving positive); the owner may be left blank. A new measure's
// effect falls in the months still to come (it starts after month m); a measure sent may keep the
// start month it had. A measure sent that the department emptied (all but its id) is dropped. A
// new measure's id is made from the template (department, year, month, the version when not the
// first) and its row among the new rows, so the same file collected twice gives the same ids.

import type { ActionPlanEntry } from "../actionPlan";
import { BudgetError } from "../errors";
import type { ActionField } from "../messages/followupEn";
import { amountLimit, fromUnits, toUnits } from "../money";
import { cellText, shown, type Cell } from "../read";
import type { ReadBook } from "../templates/book";
import { finding, type Finding } from "../templates/findings";
import { at, getter, isEmpty, lockedCell, plain, shownValue, valueOf, type Place } from "../templates/returnLines";
import { ACTION_COLUMN, ACTION_HEADER } from "./layout";
import type { FollowUpMeta } from "./meta";
import { headerRowOf } from "./returnLines";
import { decidedOf, FOLLOWUP_WORDS, isWholeDepartment } from "./wording";

const EFFECT = { label: "adjustment" } as const;

/** The id a new measure gets: "4101-2027-05-1" for the first new row of version 1, "4101-2027-05-v2-1" of a later version. */
export function newActionId(meta: Pick<FollowUpMeta, "department" | "year" | "month" | "version">, n: number): string {
  const month = String(meta.month).padStart(2, "0");
  return `${meta.department}-${meta.year}-${month}-${meta.version > 1 ? `v${meta.version}-` : ""}${n}`;
}

const blank = (v: Cell | undefined) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

interface RowContext {
  p: Place;
  meta: FollowUpMeta;
  row: number;
  /** The measure sent in this row, or null for a row of a new measure. */
  sent: ActionPlanEntry | null;
  id: string;
}

/** One measure row read whole; undefined when it is empty (or has a problem, then recorded). */
function readMeasure(x: RowContext): ActionPlanEntry | "empty" | undefined {
  const { p, meta, row } = x;
  const c = ACTION_COLUMN;
  const w = FOLLOWUP_WORDS[meta.language];
  const columns = [c.measure, c.key, c.owner, c.decided, c.startMonth, c.effect];
  if (columns.every((column) => isEmpty(p.get(row, column)))) return "empty";
  const before = p.findings.length;
  const [measure, key, owner, decided, startMonth, effect] = columns.map((column) => plain(p, row, column));
  const excelRow = row + 1;
  const problem = (error: BudgetError, column: number) => at(p, error, row, column);
  const required: [Cell | undefined, ActionField, number][] = [
    [measure, "measure", c.measure],
    [key, "key", c.key],
    [decided, "decided", c.decided],
    [startMonth, "startMonth", c.startMonth],
    [effect, "effect", c.effect],
  ];
  for (const [value, field, column] of required) {
    if (value !== undefined && blank(value)) problem(new BudgetError("FOLLOWUP_ACTION_INCOMPLETE", { row: excelRow, field }), column);
  }
  let line: string | null = null;
  const keyText = cellText(key ?? null);
  if (keyText !== "" && !isWholeDepartment(keyText)) {
    if (meta.lines.some((l) => l.key === keyText)) line = keyText;
    else problem(new BudgetError("FOLLOWUP_ACTION_KEY_UNKNOWN", { row: excelRow, text: keyText, whole: w.wholeDepartment }), c.key);
  }
  const decidedText = cellText(decided ?? null);
  const isDecided = decidedOf(decidedText);
  if (decidedText !== "" && isDecided === undefined) problem(new BudgetError("FOLLOWUP_ACTION_DECIDED", { row: excelRow, text: decidedText, yes: w.yes, no: w.no }), c.decided);
  let start = 0;
  if (startMonth !== undefined && !blank(startMonth)) {
    if (typeof startMonth === "number" && Number.isInteger(startMonth) && startMonth >= 1 && startMonth <= 12) {
      start = startMonth;
      // what is booked cannot change: a new start falls after month m; a measure sent may keep its own
      if (start <= meta.month && start !== x.sent?.startMonth) {
        problem(new BudgetError("FOLLOWUP_ACTION_START_PAST", { row: excelRow, start, first: meta.month + 1 }), c.startMonth);
      }
    } else problem(new BudgetError("FOLLOWUP_ACTION_START_MONTH", { row: excelRow, value: shown(startMonth) }), c.startMonth);
  }
  let amount = 0;
  if (effect !== undefined && !blank(effect)) {
    if (typeof effect === "string") problem(new BudgetError("FOLLOWUP_ACTION_EFFECT_TEXT", { row: excelRow, text: effect }), c.effect);
    else if (typeof effect !== "number") problem(new BudgetError("FOLLOWUP_ACTION_EFFECT_NOT_NUMBER", { row: excelRow, value: shownValue(effect) }), c.effect);
    else if (!Number.isFinite(effect) || Math.abs(effect) > amountLimit(meta.unit)) problem(new BudgetError("FOLLOWUP_ACTION_EFFECT_LIMIT", { row: excelRow, value: effect }), c.effect);
    else {
      amount = fromUnits(Number(toUnits(effect, meta.unit, EFFECT)), meta.unit);
      if (amount !== effect) problem(new BudgetError("FOLLOWUP_EFFECT_ROUNDED", { row: excelRow, value: effect, rounded: amount }), c.effect);
    }
  }
  const rejects = p.findings.slice(before).some((f) => f.severity === "reject");
  if (rejects) return undefined;
  return {
    id: x.id,
    department: meta.department,
    key: line,
    measure: cellText(measure ?? null),
    owner: cellText(owner ?? null),
    decided: isDecided === true,
    startMonth: start,
    effect: amount,
  };
}

export function checkFollowUpActions(book: ReadBook, meta: FollowUpMeta): { findings: Finding[]; actions: ActionPlanEntry[] } {
  const findings: Finding[] = [];
  const sheet = book.sheets.find((s) => s.name === meta.actionSheet);
  if (!sheet) return { findings: [finding(new BudgetError("RETURN_SHEET_MISSING", { sheet: meta.actionSheet }))], actions: [] };
  const get = getter(sheet);
  const p: Place = { sheet: sheet.name, get, findings };
  const w = FOLLOWUP_WORDS[meta.language];
  const c = ACTION_COLUMN;
  const header = headerRowOf(get, w.actionColumns.id, ACTION_HEADER.columns);
  const first = header + 1;
  // the lists' choices are locked as sent
  [w.wholeDepartment, ...meta.lines.map((l) => l.key)].forEach((choice, i) => lockedCell(p, first + i, c.lineChoices, choice));
  [w.yes, w.no].forEach((choice, i) => lockedCell(p, first + i, c.decidedChoices, choice));

  const sentRow = new Map(meta.actions.map((a, i) => [a.id, first + i]));
  const end = first + meta.actions.length + meta.actionRows;
  const actions: ActionPlanEntry[] = [];
  for (let row = first; row < Math.max(end, sheet.rows.length); row++) {
    const idCell = get(row, c.id);
    const held = idCell?.formula !== undefined ? `=${idCell.formula}` : cellText(valueOf(idCell));
    if (row >= end) {
      const firstFilled = Array.from({ length: c.effect + 1 }, (_, k) => k).find((k) => !isEmpty(get(row, k)));
      if (firstFilled !== undefined) at(p, new BudgetError("FOLLOWUP_ACTION_EXTRA_ROW"), row, firstFilled);
      continue;
    }
    const index = row - first;
    const sent = index < meta.actions.length ? meta.actions[index] : null;
    if (sent !== null && held !== sent.id) {
      at(p, new BudgetError("FOLLOWUP_ACTION_ID_CHANGED", { row: row + 1, was: sent.id, now: held === "" ? null : held }), row, c.id);
      continue;
    }
    if (sent === null && held !== "") {
      const twice = sentRow.get(held);
      const error =
        twice === undefined
          ? new BudgetError("FOLLOWUP_ACTION_ID_CHANGED", { row: row + 1, was: null, now: held })
          : new BudgetError("FOLLOWUP_ACTION_TWICE", { id: held, row: row + 1, first: twice + 1 });
      at(p, error, row, c.id);
      continue;
    }
    const id = sent?.id ?? newActionId(meta, index - meta.actions.length + 1);
    const read = readMeasure({ p, meta, row, sent, id });
    if (read !== undefined && read !== "empty") actions.push(read);
  }
  return { findings, actions };
}
