// Where everything is on a follow-up template's sheets; one layout serves the build and the return
// checks:
//
//   input sheet   rows 1-7 the title, then department, hospital, as at, deadline, contact (label in
//                 A, value in B), a note; row 8 the column headers; from row 9 one row per line:
//                 key, text, the figures to date, the annual budget, the add-in's projection, its
//                 band, the expected result, the material flag and the method, locked; the
//                 department's own year-end (prefilled with the projection) and an explanation
//                 (prefilled with last time's) as input cells; then the total
//   action plan   row 1 the title, row 2 a note, row 3 the column headers; from row 4 the measures
//                 prefilled (their ids locked), then the empty rows for new measures; to the right,
//                 locked, the choices of the line and the decided lists

import { ANNUAL } from "../errors";
import { sumAmounts } from "../money";
import type { AlertRule, BookSpec, CellSpec, InputRule, SheetSpec } from "../templates/book";
import { cellName, columnName, deadlineShown, paragraphSheet } from "../templates/layout";
import { followUpMetaSheet, type FollowUpMeta } from "./meta";
import { FOLLOWUP_WORDS } from "./wording";

/** The input sheet's columns, 0-based. */
export const LINE_COLUMN = {
  key: 0,
  text: 1,
  actualToDate: 2,
  budgetToDate: 3,
  budget: 4,
  projection: 5,
  bandLow: 6,
  bandHigh: 7,
  result: 8,
  material: 9,
  method: 10,
  yearEnd: 11,
  explanation: 12,
} as const;

/** The input sheet's header block, 0-based rows; the value is in column B. */
export const LINE_HEADER = { title: 0, department: 1, hospital: 2, asAt: 3, deadline: 4, contact: 5, note: 6, columns: 7 } as const;

/** The action plan's columns, 0-based; the choices of the lists stand to the right. */
export const ACTION_COLUMN = { id: 0, measure: 1, key: 2, owner: 3, decided: 4, startMonth: 5, effect: 6, lineChoices: 8, decidedChoices: 9 } as const;
export const ACTION_HEADER = { title: 0, note: 1, columns: 2 } as const;

export const MAX_EXPLANATION = 1000;
export const MAX_ACTION_TEXT = 255;

const label = (value: string): CellSpec => ({ value, style: "label" });
const locked = (value: string | number | null, style: CellSpec["style"] = typeof value === "number" ? "amount" : "text"): CellSpec => ({ value, style });
const header = (value: string): CellSpec => ({ value, style: "header" });

function inputSheet(meta: FollowUpMeta, explanations: ReadonlyMap<string, string>): SheetSpec {
  const w = FOLLOWUP_WORDS[meta.language];
  const unitFormat = meta.unit === 0.01 ? "#,##0.00" : "#,##0";
  const yearEnd: InputRule = { kind: "amount", prompt: w.prompts.yearEnd(meta.year), error: w.errors.amount, numberFormat: unitFormat };
  const explanation: InputRule = { kind: "text", maxLength: MAX_EXPLANATION, prompt: w.prompts.explanation, error: w.errors.text(MAX_EXPLANATION) };
  // the figures are shown to the øre when any of them has øre
  const figures = meta.lines.flatMap((l) => [l.actualToDate, l.budgetToDate, l.budget, l.projection, l.result, ...(l.band ? [l.band.low, l.band.high] : [])]);
  const oreFormat = figures.some((x) => !Number.isInteger(x)) ? "#,##0.00" : undefined;
  const figure = (value: number | null): CellSpec => (value === null ? locked(null) : { ...locked(value), ...(oreFormat ? { numberFormat: oreFormat } : {}) });
  const first = LINE_HEADER.columns + 1;
  const total = first + meta.lines.length;
  const lines = meta.lines.map((l): CellSpec[] => [
    locked(l.key),
    locked(l.text),
    figure(l.actualToDate),
    figure(l.budgetToDate),
    figure(l.budget),
    figure(l.projection),
    figure(l.band?.low ?? null),
    figure(l.band?.high ?? null),
    figure(l.result),
    locked(l.material ? w.yes : null),
    locked(w.methods[l.method]),
    { value: l.projection, input: yearEnd },
    { value: explanations.get(l.key) ?? null, input: explanation },
  ]);
  const sum = (column: number, values: readonly number[]): CellSpec => ({
    formula: `SUM(${columnName(column)}${first + 1}:${columnName(column)}${Math.max(first + 1, total)})`,
    // the cached totals are exact: the figures are added to the øre, as sent
    result: sumAmounts(values, 0.01, ANNUAL),
    style: "total",
    ...(oreFormat ? { numberFormat: oreFormat } : {}),
  });
  const c = LINE_COLUMN;
  const totalRow: (CellSpec | null)[] = [
    { value: w.total, style: "total" },
    null,
    sum(c.actualToDate, meta.lines.map((l) => l.actualToDate)),
    sum(c.budgetToDate, meta.lines.map((l) => l.budgetToDate)),
    sum(c.budget, meta.lines.map((l) => l.budget)),
    sum(c.projection, meta.lines.map((l) => l.projection)),
    null,
    null,
    sum(c.result, meta.lines.map((l) => l.result)),
    null,
    null,
    sum(c.yearEnd, meta.lines.map((l) => l.projection)),
  ];
  const alerts: AlertRule[] = [];
  if (meta.lines.length > 0) {
    const r = first + 1;
    const ref = `${columnName(c.explanation)}${r}:${columnName(c.explanation)}${total}`;
    const m = `${columnName(c.explanation)}${r}`;
    // an explanation still missing shows red on a material line, and where the year-end left the band
    alerts.push({ ref, formula: `AND(TRIM(${m})="",$${columnName(c.material)}${r}="${w.yes}")` });
    const [low, high, end] = [c.bandLow, c.bandHigh, c.yearEnd].map((k) => `$${columnName(k)}${r}`);
    alerts.push({ ref, formula: `AND(TRIM(${m})="",ISNUMBER(${low}),ISNUMBER(${end}),OR(${end}<${low},${end}>${high}))` });
  }
  const rows: (CellSpec | null)[][] = [
    [{ value: w.title(meta.month, meta.year, meta.department, meta.departmentName), style: "title" }],
    [label(w.department), locked(meta.department), locked(meta.departmentName)],
    [label(w.hospital), locked(meta.parent)],
    [label(w.asAt), locked(w.asAtValue(meta.month, meta.year))],
    [label(w.deadline), locked(deadlineShown(meta.deadline, meta.language))],
    [label(w.contact), locked(meta.contact)],
    [{ value: w.inputNote, style: "note" }],
    [w.key, w.text, w.actualToDate, w.budgetToDate, w.budget(meta.year), w.projection, w.bandLow, w.bandHigh, w.result, w.material, w.method, w.yearEnd, w.explanation].map(header),
    ...lines,
    totalRow,
  ];
  return {
    name: meta.inputSheet,
    state: "visible",
    protect: true,
    widths: [20, 34, 15, 15, 15, 15, 13, 13, 15, 10, 13, 17, 48],
    rows,
    alerts,
    landscape: true,
    freeze: { rows: first, columns: c.actualToDate },
  };
}

/** The first row (0-based) of the action plan's measures. */
export const FIRST_ACTION_ROW = ACTION_HEADER.columns + 1;

function actionSheet(meta: FollowUpMeta): SheetSpec {
  const w = FOLLOWUP_WORDS[meta.language];
  const c = ACTION_COLUMN;
  const first = FIRST_ACTION_ROW;
  const choices = [w.wholeDepartment, ...meta.lines.map((l) => l.key)];
  const range = (column: number, count: number) => `'${meta.actionSheet}'!$${columnName(column)}$${first + 1}:$${columnName(column)}$${first + count}`;
  const text = (prompt: { title: string; text: string }): InputRule => ({ kind: "text", maxLength: MAX_ACTION_TEXT, prompt, error: w.errors.text(MAX_ACTION_TEXT) });
  const inputs = {
    measure: text(w.prompts.measure),
    key: { kind: "list", list: range(c.lineChoices, choices.length), prompt: w.prompts.key, error: w.errors.list } as InputRule,
    owner: text(w.prompts.owner),
    decided: { kind: "list", list: range(c.decidedChoices, 2), prompt: w.prompts.decided, error: w.errors.list } as InputRule,
    startMonth: { kind: "whole", min: 1, max: 12, prompt: w.prompts.startMonth(meta.month + 1), error: w.errors.month, numberFormat: "0" } as InputRule,
    effect: { kind: "amount", prompt: w.prompts.effect, error: w.errors.amount, numberFormat: meta.unit === 0.01 ? "#,##0.00" : "#,##0" } as InputRule,
  };
  const measureRow = (a: FollowUpMeta["actions"][number] | null): (CellSpec | null)[] => [
    locked(a?.id ?? null),
    { value: a?.measure ?? null, input: inputs.measure },
    { value: a === null ? null : (a.key ?? w.wholeDepartment), input: inputs.key },
    { value: a === null || a.owner === "" ? null : a.owner, input: inputs.owner },
    { value: a === null ? null : a.decided ? w.yes : w.no, input: inputs.decided },
    { value: a?.startMonth ?? null, input: inputs.startMonth },
    { value: a?.effect ?? null, input: inputs.effect },
  ];
  const measures = [...meta.actions.map(measureRow), ...Array.from({ length: meta.actionRows }, () => measureRow(null))];
  const height = Math.max(measures.length, choices.length, 2);
  const body = Array.from({ length: height }, (_, i): (CellSpec | null)[] => {
    const row: (CellSpec | null)[] = [...(measures[i] ?? Array.from({ length: c.effect + 1 }, () => null)), null];
    row[c.lineChoices] = i < choices.length ? locked(choices[i]) : null;
    row[c.decidedChoices] = i < 2 ? locked([w.yes, w.no][i]) : null;
    return row;
  });
  const k = w.actionColumns;
  return {
    name: meta.actionSheet,
    state: "visible",
    protect: true,
    widths: [20, 40, 22, 22, 11, 11, 18, 3, 22, 11],
    rows: [
      [{ value: w.actionTitle(meta.month, meta.year, meta.department, meta.departmentName), style: "title" }],
      [{ value: w.actionNote(meta.month + 1), style: "note" }],
      [k.id, k.measure, k.key, k.owner, k.decided, k.startMonth, k.effect, "", w.choices.lines, w.choices.decided].map((v) => (v === "" ? null : header(v))),
      ...body,
    ],
    landscape: true,
    freeze: { rows: first, columns: 0 },
  };
}

function instructionsSheet(meta: FollowUpMeta, instructions: string): SheetSpec {
  const w = FOLLOWUP_WORDS[meta.language];
  const ours = w.instructions({
    month: w.monthNames[meta.month - 1],
    year: meta.year,
    deadline: deadlineShown(meta.deadline, meta.language) || "-",
    contact: meta.contact || "-",
    actionRows: meta.actionRows,
    first: meta.month + 1,
  });
  return paragraphSheet(w.instructionsSheet, ours[0], instructions, ours.slice(1));
}

/** Every sheet of a department's follow-up: the lines, the action plan, the instructions, the metadata. */
export function followUpBook(meta: FollowUpMeta, instructions: string, explanations: ReadonlyMap<string, string> = new Map()): BookSpec {
  const w = FOLLOWUP_WORDS[meta.language];
  return {
    title: w.title(meta.month, meta.year, meta.department, meta.departmentName),
    sheets: [inputSheet(meta, explanations), actionSheet(meta), instructionsSheet(meta, instructions), followUpMetaSheet(meta)],
  };
}

export { cellName };
