// Where everything is on a template's input sheet, and the sheets a template is made of. One
// layout serves the build (templateBook) and the return checks (returns.ts):
//
//   rows 1-7   the title, then department, hospital, frame, deadline, contact (label in A, value in B), a note
//   row 8      the column headers
//   rows 9-    one row per line: key, account, text and last year's figures locked; next year's
//              amount, the profile and a justification are input cells; the change and the 12
//              months are formulas
//   then       the free rows, marked +1, +2, ... in the key column, where account and text are inputs too
//   then       the total, the frame and what is still available (red when the total is over the frame)

import { formatNumber } from "../typedNumber";
import { MONTHS } from "../profiles";
import { periodize } from "../periodize";
import { sumAmounts } from "../money";
import { ANNUAL } from "../errors";
import { cellName, columnName } from "../cellNames";
import type { AlertRule, BookSpec, CellSpec, InputRule, SheetSpec } from "./book";
import { metaSheet, type TemplateMeta } from "./meta";
import { WORDS, type TemplateWords } from "./wording";

/** The input sheet's columns, 0-based. */
export const COLUMN = {
  key: 0,
  account: 1,
  text: 2,
  lastBudget: 3,
  lastActual: 4,
  annual: 5,
  profile: 6,
  justification: 7,
  change: 8,
  changeRate: 9,
  months: 10,
} as const;
export const WIDTH = COLUMN.months + MONTHS;

/** The header block's rows, 0-based; the value is in column B. */
export const HEADER = { title: 0, department: 1, hospital: 2, frame: 3, deadline: 4, contact: 5, note: 6, columns: 7 } as const;
export const FIRST_LINE_ROW = HEADER.columns + 1;

/** The profile sheet's first row (1-based) of the library's own profiles, below the 3 built-in ones. */
export const LIBRARY_ROW = 5;

/** The longest justification, and the longest account or text of a new line. */
export const MAX_JUSTIFICATION = 1000;
export const MAX_FREE_TEXT = 255;

/** The key a free row carries: +1, +2, ... */
export const freeKey = (n: number): string => `+${n}`;

/**
 * Excel saves a custom function of an add-in under this name (the namespace's dot as an
 * underscore, behind the _xldudf_ prefix) and shows it as BUDGET.PERIODIZE where the add-in is
 * loaded; a file written so reads as one Excel saved.
 */
export const PERIODIZE_IN_FILE = "_xldudf_BUDGET_PERIODIZE";

export { cellName, columnName };

/** How a template writes a built-in profile's name: in its language. */
export function profileShown(profile: string, words: TemplateWords): string {
  const index = ["equal", "days", "workdays"].indexOf(profile);
  return index < 0 ? profile : words.builtInNames[index];
}

/** The rows of the input sheet a template of `lines` lines and `freeRows` free rows uses. */
export function rowsOf(lines: number, freeRows: number) {
  const free = FIRST_LINE_ROW + lines;
  const total = free + freeRows;
  return { first: FIRST_LINE_ROW, free, total, frame: total + 1, available: total + 2 };
}

const percent = (rate: number, language: "da" | "en") => `${formatNumber(String(Math.round(rate * 1e6) / 1e4), language)}${language === "da" ? " %" : "%"}`;

export function justifyRuleText(meta: Pick<TemplateMeta, "justifyFrom" | "language">): string {
  const words = WORDS[meta.language];
  const j = meta.justifyFrom;
  return j === null ? words.noJustifyRule : words.justifyRule(formatNumber(String(j.amount), meta.language), percent(j.rate, meta.language));
}

/** A deadline as the template shows it: 15.09.2026 in Danish, 2026-09-15 in English. */
export function deadlineShown(deadline: string | null, language: "da" | "en"): string {
  if (deadline === null) return "";
  const [y, m, d] = deadline.split("-");
  return language === "da" ? `${d}.${m}.${y}` : deadline;
}

const label = (value: string): CellSpec => ({ value, style: "label" });
const locked = (value: string | number | null, style: CellSpec["style"] = typeof value === "number" ? "amount" : "text"): CellSpec => ({ value, style });

function inputSheet(meta: TemplateMeta, profileList: string): SheetSpec {
  const w = WORDS[meta.language];
  const at = rowsOf(meta.lines.length, meta.freeRows);
  const rule = justifyRuleText(meta);
  const unitFormat = meta.unit === 0.01 ? "#,##0.00" : "#,##0";
  const inputs: Record<"annual" | "profile" | "justification" | "account" | "text", InputRule> = {
    annual: { kind: "amount", prompt: w.prompts.annual(meta.year), error: w.errors.amount, numberFormat: unitFormat },
    profile: { kind: "list", list: profileList, prompt: w.prompts.profile, error: w.errors.profile },
    justification: { kind: "text", maxLength: MAX_JUSTIFICATION, prompt: w.prompts.justification(rule), error: w.errors.text(MAX_JUSTIFICATION) },
    account: { kind: "text", maxLength: MAX_FREE_TEXT, prompt: w.prompts.account, error: w.errors.text(MAX_FREE_TEXT) },
    text: { kind: "text", maxLength: MAX_FREE_TEXT, prompt: w.prompts.text, error: w.errors.text(MAX_FREE_TEXT) },
  };
  const blankMonths = Array.from({ length: MONTHS }, () => "");
  // last year's figures are shown to the øre when any of them has øre
  const lastFormat = meta.lines.some((l) => !Number.isInteger(l.lastBudget) || !Number.isInteger(l.lastActual)) ? "#,##0.00" : undefined;
  const figure = (value: number): CellSpec => ({ ...locked(value), ...(lastFormat ? { numberFormat: lastFormat } : {}) });
  const lineCells = (row: number, key: CellSpec, fixed: CellSpec[], profile: string | null): (CellSpec | null)[] => {
    const r = row + 1;
    // a library profile's name stands for its weights; a built-in name is passed as it is
    const library = (from: string, to: string) => `'${w.profileSheet}'!$${from}$${LIBRARY_ROW}:$${to}$${LIBRARY_ROW + meta.profiles.length - 1}`;
    const profileArg = meta.profiles.length === 0 ? `G${r}` : `IFERROR(INDEX(${library("B", "M")},MATCH(G${r},${library("A", "A")},0),0),G${r})`;
    return [
      key,
      ...fixed,
      { value: null, input: inputs.annual },
      { value: profile === null ? null : profileShown(profile, w), input: inputs.profile },
      { value: null, input: inputs.justification },
      { formula: `IF(F${r}="","",F${r}-N(D${r}))`, result: "", style: "amount" },
      { formula: `IF(OR(F${r}="",N(D${r})=0),"",(F${r}-D${r})/ABS(D${r}))`, result: "", style: "rate" },
      { formula: `IF(F${r}="","",${PERIODIZE_IN_FILE}(F${r},${profileArg},${meta.year},${meta.unit}))`, result: blankMonths, spill: MONTHS, style: "amount" },
    ];
  };
  const lines = meta.lines.map((l, i) =>
    lineCells(at.first + i, locked(l.key), [locked(l.account), locked(l.text), figure(l.lastBudget), figure(l.lastActual)], l.profile),
  );
  const free = Array.from({ length: meta.freeRows }, (_, i) =>
    lineCells(at.free + i, locked(freeKey(i + 1)), [{ value: null, input: inputs.account }, { value: null, input: inputs.text }, locked(null), locked(null)], null),
  );
  const span = (column: number) => `${columnName(column)}${at.first + 1}:${columnName(column)}${at.total}`;
  const sum = (column: number, result: number, numberFormat?: string): CellSpec => ({
    formula: `SUM(${span(column)})`,
    result,
    style: "total",
    ...(numberFormat ? { numberFormat } : {}),
  });
  // last year's figures are shown as sent, to the øre, whatever the unit of next year's months
  const lastBudgets = sumAmounts(meta.lines.map((l) => l.lastBudget), 0.01, ANNUAL);
  const lastActuals = sumAmounts(meta.lines.map((l) => l.lastActual), 0.01, ANNUAL);
  const frameCell = `$F$${at.frame + 1}`;
  const totalRow: CellSpec[] = [
    { value: w.total, style: "total" },
    locked(null),
    locked(null),
    sum(COLUMN.lastBudget, lastBudgets, lastFormat),
    sum(COLUMN.lastActual, lastActuals, lastFormat),
    sum(COLUMN.annual, 0),
    locked(null),
    locked(null),
    sum(COLUMN.change, 0),
    locked(null),
    ...Array.from({ length: MONTHS }, (_, m) => sum(COLUMN.months + m, 0)),
  ];
  const alerts: AlertRule[] = [
    { ref: `F${at.total + 1}`, formula: `F${at.total + 1}>${frameCell}` },
    { ref: `F${at.available + 1}`, formula: `F${at.available + 1}<0` },
  ];
  const j = meta.justifyFrom;
  if (j !== null && at.total > at.first) {
    // a required justification still missing shows red while the line's change is material
    const r = at.first + 1;
    alerts.push({
      ref: `H${r}:H${at.total}`,
      formula: `AND(F${r}<>"",TRIM(H${r})="",ABS(F${r}-N(D${r}))>=${j.amount},ABS(F${r}-N(D${r}))>=${j.rate}*ABS(N(D${r})))`,
    });
  }
  const rows: (CellSpec | null)[][] = [
    [{ value: w.title(meta.year, meta.department, meta.departmentName), style: "title" }],
    [label(w.department), locked(meta.department), locked(meta.departmentName)],
    [label(w.hospital), locked(meta.parent)],
    [label(w.frame(meta.year)), locked(meta.frame)],
    [label(w.deadline), locked(deadlineShown(meta.deadline, meta.language))],
    [label(w.contact), locked(meta.contact)],
    [{ value: w.inputNote, style: "note" }],
    [w.key, w.account, w.text, w.lastBudget(meta.year), w.lastActual(meta.year), w.annual(meta.year), w.profile, w.justification, w.change, w.changeRate, ...w.months].map(
      (value): CellSpec => ({ value, style: "header" }),
    ),
    ...lines,
    ...free,
    totalRow,
    [{ value: w.frameRow, style: "label" }, null, null, null, null, { formula: "B4", result: meta.frame, style: "total" }],
    [{ value: w.difference, style: "label" }, null, null, null, null, { formula: `F${at.frame + 1}-F${at.total + 1}`, result: meta.frame, style: "total" }],
  ];
  return {
    name: meta.inputSheet,
    state: "visible",
    protect: true,
    widths: [20, 22, 34, 15, 15, 15, 22, 40, 13, 11, ...Array.from({ length: MONTHS }, () => 12)],
    rows,
    alerts,
    landscape: true,
    freeze: { rows: FIRST_LINE_ROW, columns: COLUMN.lastBudget },
  };
}

/** The profile library, locked: the built-in profiles first (rows 2-4), then the library's (from row 5). */
function profileSheet(meta: TemplateMeta): SheetSpec {
  const w = WORDS[meta.language];
  return {
    name: w.profileSheet,
    state: "visible",
    protect: true,
    widths: [28, ...Array.from({ length: MONTHS }, () => 8)],
    rows: [
      [w.profileName, ...w.months].map((value): CellSpec => ({ value, style: "header" })),
      ...w.builtInNames.map((name) => [locked(name), { value: w.builtIn, style: "note" } as CellSpec]),
      ...meta.profiles.map((p) => [locked(p.name), ...p.weights.map((x): CellSpec => ({ value: x, style: "text", numberFormat: "0.###" }))]),
    ],
  };
}

/** The instructions' column (in characters), the characters a wrapped line of it holds, a line's height in points. */
const INSTRUCTION_WIDTH = 80;
const INSTRUCTION_CHARS = 92;
const LINE_HEIGHT = 15;

/**
 * An instructions sheet: the title, then finance's own text (one paragraph a line), then the
 * template's own paragraphs. A wrapped paragraph gets the height of its lines: Excel does not grow
 * a row for wrapped text it opens.
 */
export function paragraphSheet(name: string, title: string, instructions: string, paragraphs: readonly string[]): SheetSpec {
  const own = instructions === "" ? [] : [...instructions.split(/\r?\n/), ""];
  const all = [...own, ...paragraphs];
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / INSTRUCTION_CHARS));
  return {
    name,
    state: "visible",
    protect: true,
    widths: [INSTRUCTION_WIDTH],
    rows: [[{ value: title, style: "title" }], ...all.map((value): CellSpec[] => [{ value, style: "paragraph" }])],
    heights: [undefined, ...all.map((text) => (lines(text) > 1 ? lines(text) * LINE_HEIGHT : undefined))],
  };
}

function instructionsSheet(meta: TemplateMeta, instructions: string): SheetSpec {
  const w = WORDS[meta.language];
  const ours = w.instructions({
    year: meta.year,
    deadline: deadlineShown(meta.deadline, meta.language) || "-",
    contact: meta.contact || "-",
    freeRows: meta.freeRows,
    rule: justifyRuleText(meta),
  });
  return paragraphSheet(w.instructionsSheet, ours[0], instructions, ours.slice(1));
}

/** A template's months for a line as the core computes them: what the formula shows in Excel. */
export function templateMonths(annual: number, profile: string | readonly number[], meta: Pick<TemplateMeta, "year" | "unit">): number[] {
  return periodize(annual, profile, { year: meta.year, unit: meta.unit });
}

/** Every sheet of a department's template: the input sheet, the instructions, the profiles, the metadata. */
export function templateBook(meta: TemplateMeta, instructions: string): BookSpec {
  const w = WORDS[meta.language];
  const list = `'${w.profileSheet}'!$A$2:$A$${LIBRARY_ROW + meta.profiles.length - 1}`;
  return {
    title: w.title(meta.year, meta.department, meta.departmentName),
    sheets: [inputSheet(meta, list), instructionsSheet(meta, instructions), profileSheet(meta), metaSheet(meta)],
  };
}
