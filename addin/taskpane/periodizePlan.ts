// What the Periodise panel will write, worked out before anything is written: each line's months
// (from the same adapters the worksheet functions use), the totals (from the core), the lines
// with bad input, and the block of cells to write. The panel only shows and writes this plan.
// Two tasks: periodise (12 new month columns right of the table) and re-spread (the table's own
// month columns, the first months kept as they are).

import { BudgetError, cellText, checkTotal, MONTHS, sumAmounts, type Language, type Subject, type Unit } from "../../core";
import { isFunctionError, type Cell, type FunctionError, type FunctionResult } from "../functions/cells";
import { PERIODIZE, REPERIODIZE } from "../functions/catalog";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, RangeData } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import { fieldProblem, readBudgetYear } from "./fields";
import type { Strings } from "./i18n";
import { amountFormat, type BlockFormat } from "./numberFormats";
import { ChoiceError, type Planner } from "./planner";
import { initialProfileForm, profileChoiceFrom, resolveProfile, type ProfileChoice, type ProfileForm } from "./profileChoice";
import type { PreparedWrite } from "./writeFlow";

/** Periodise: 12 new month columns right of the table; re-spread: the table's own, the first months kept. */
export type Task = "periodize" | "respread";

/** The table's columns: the annual amount (a header naming it, else the last column of numbers) and, to re-spread, January's. */
export const PERIODIZE_COLUMNS = {
  annual: { role: "annual", fallback: "lastNumber" },
  firstMonth: { role: "january", fallback: { after: "annual" } },
} as const satisfies ColumnWants;

export type PeriodizeColumns = ColumnsOf<typeof PERIODIZE_COLUMNS>;

/** The panel's choices for periodising; table columns are 0-based positions in the table. */
export interface Choices {
  annualColumn: number;
  profile: ProfileChoice;
  /** Budget year, 1900 to 9999. */
  year: number;
  unit: Unit;
  mode: "formulas" | "values";
}

/** The panel's choices for re-spreading. */
export interface RespreadChoices {
  annualColumn: number;
  /** The table column holding January; the 11 columns after it hold the other months. */
  firstMonthColumn: number;
  /** The last month kept, 0 to 12. */
  lockedThrough: number;
  profile: ProfileChoice;
  year: number;
  unit: Unit;
}

export interface PlanLine {
  /** The annual amount's cell, e.g. "Budget!C5". */
  address: string;
  label: string;
  months: number[] | null;
  error: string | null;
}

export interface Plan {
  lines: PlanLine[];
  bad: PlanLine[];
  annualTotal: number;
  monthTotals: number[];
  monthsTotal: number;
  /** Where the header and months go, e.g. "Budget!E1:P21". */
  target: string;
  targetTopLeft: string;
  cells: CellInput[][];
  /** The formats written after the cells: bold headers, amounts with thousands separators. */
  formats: BlockFormat[];
  /** A problem with the profile, or with the totals, that applies to every line; nothing is written. */
  error: string | null;
}

/** A line's name: the first two filled cells left of the annual column (cost centre, account). */
function lineLabel(row: CellValue[], annualColumn: number): string {
  return row
    .slice(0, annualColumn)
    .map(cellText)
    .filter((v) => v !== "")
    .slice(0, 2)
    .join(" · ");
}

const message = (error: FunctionError, language: Language) => (language === "da" ? error.messageDa : error.message);

/** Month headers such as "Jan 2026". */
export function monthHeaders(names: readonly string[], year: number): string[] {
  return names.map((name) => `${name} ${year}`);
}

/** The lines of a result: months, or the line's error in the user's language. */
function linesOf(table: RangeData, annualColumn: number, result: FunctionResult, language: Language): PlanLine[] {
  const whole = result.length === 1 && result[0].length === 1 && isFunctionError(result[0][0]) ? result[0][0] : null;
  return table.values.slice(1).map((row, i) => {
    const out = whole ? [whole] : result[i];
    const error = out.find(isFunctionError);
    return {
      address: withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + annualColumn })),
      label: lineLabel(row, annualColumn),
      months: error ? null : (out as number[]),
      error: error ? message(error, language) : null,
    };
  });
}

/**
 * Month totals over the good lines, and the check: each annual amount rounded, summed on its own.
 * A total beyond the amount limit is no amount the check can show exactly: the plan says so, and
 * names the total, rather than blame a line.
 */
function totals(table: RangeData, annualColumn: number, lines: PlanLine[], unit: Unit, language: Language) {
  const good = lines.filter((l) => l.months !== null);
  const annuals = table.values.slice(1).filter((_, i) => lines[i].months !== null);
  const monthTotals = Array.from({ length: MONTHS }, (_, m) => sumAmounts(good.map((l) => (l.months as number[])[m]), unit, monthTotalSubject(m + 1)));
  const annualTotal = sumAmounts(annuals.map((row) => row[annualColumn] as number), unit, ANNUAL_TOTAL);
  try {
    monthTotals.forEach((total, m) => checkTotal(total, monthTotalSubject(m + 1), unit));
    checkTotal(annualTotal, ANNUAL_TOTAL, unit);
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
    return { monthTotals: new Array<number>(MONTHS).fill(0), monthsTotal: 0, annualTotal: 0, totalsError: error.describe(language) };
  }
  return { monthTotals, monthsTotal: sumAmounts(monthTotals, unit, ANNUAL_TOTAL), annualTotal, totalsError: null };
}

const monthTotalSubject = (month: number): Subject => ({ label: "monthTotal", month });
const ANNUAL_TOTAL: Subject = { label: "annualTotal" };

const annualCells = (table: RangeData, column: number): Cell[][] => table.values.slice(1).map((row) => [row[column]]);

export function planPeriodize(table: RangeData, choices: Choices, monthNames: readonly string[], language: Language): Plan {
  const rows = table.values.slice(1);
  const profile = resolveProfile(choices.profile, choices.year, language);
  const result = profile.cells ? PERIODIZE.evaluate(annualCells(table, choices.annualColumn), profile.cells, choices.year, choices.unit) : [];
  const lines = profile.error ? [] : linesOf(table, choices.annualColumn, result, language);

  const topLeft = { row: table.row, column: table.column + table.values[0].length };
  const header: CellInput[] = monthHeaders(monthNames, choices.year);
  const body: CellInput[][] = lines.map((line, i) => {
    if (choices.mode === "values") return line.months ?? new Array<CellInput>(MONTHS).fill(null);
    const annualRef = cellName({ row: table.row + 1 + i, column: table.column + choices.annualColumn });
    const formula = `=BUDGET.PERIODIZE(${annualRef},${profile.formula},${choices.year},${choices.unit})`;
    // the formula spills into the 11 cells to its right, which must be empty
    return [{ formula }, ...new Array<CellInput>(MONTHS - 1).fill("")];
  });
  return {
    lines,
    bad: lines.filter((l) => l.error !== null),
    ...withTotals(totals(table, choices.annualColumn, lines, choices.unit, language), profile.error),
    target: withSheet(table.sheet, blockAddress(topLeft, rows.length + 1, MONTHS)),
    targetTopLeft: withSheet(table.sheet, cellName(topLeft)),
    cells: [header, ...body],
    // the month headers bold; the months (the cells a formula spills into too) as amounts
    formats: [
      { ref: withSheet(table.sheet, blockAddress(topLeft, 1, MONTHS)), bold: true },
      ...(rows.length > 0 ? [{ ref: withSheet(table.sheet, blockAddress({ row: topLeft.row + 1, column: topLeft.column }, rows.length, MONTHS)), numberFormat: amountFormat(choices.unit) }] : []),
    ],
  };
}

/**
 * Re-spreading a table whose 12 month columns are filled: the new annual amounts, the first
 * `lockedThrough` months kept, the rest spread again. All 12 month cells of a line are written as
 * values (the kept months as they are), so a spilled formula there becomes plain numbers.
 */
export function planRespread(table: RangeData, choices: RespreadChoices, language: Language): Plan {
  const rows = table.values.slice(1);
  const profile = resolveProfile(choices.profile, choices.year, language);
  const months: Cell[][] = rows.map((row) => row.slice(choices.firstMonthColumn, choices.firstMonthColumn + MONTHS));
  const result = profile.error
    ? []
    : REPERIODIZE.evaluate(annualCells(table, choices.annualColumn), months, choices.lockedThrough, profile.cells ?? undefined, choices.unit);
  const lines = profile.error ? [] : linesOf(table, choices.annualColumn, result, language);
  const topLeft = { row: table.row + 1, column: table.column + choices.firstMonthColumn };
  return {
    lines,
    bad: lines.filter((l) => l.error !== null),
    ...withTotals(totals(table, choices.annualColumn, lines, choices.unit, language), profile.error),
    target: withSheet(table.sheet, blockAddress(topLeft, rows.length, MONTHS)),
    targetTopLeft: withSheet(table.sheet, cellName(topLeft)),
    cells: lines.map((line) => line.months ?? new Array<CellInput>(MONTHS).fill(null)),
    // the table's own month columns keep the formats the user gave them
    formats: [],
  };
}

/** The totals, and the plan's error: the profile's, else the totals'. */
function withTotals({ totalsError, ...sums }: ReturnType<typeof totals>, profileError: string | null) {
  return { ...sums, error: profileError ?? totalsError };
}

/** Lines shown month by month before writing; the totals cover every line. */
const PREVIEW_LINES = 50;

/** The lines a preview shows, and how many more the plan has. */
export function previewLines(plan: Plan): { shown: PlanLine[]; more: number } {
  return { shown: plan.lines.slice(0, PREVIEW_LINES), more: Math.max(0, plan.lines.length - PREVIEW_LINES) };
}

/**
 * The check of the totals as the preview shows it. It is green only when every line is in the
 * totals and the months add up to the annual total; while a line has bad input the totals are of
 * the other lines only, and the check says how many they leave out (and, when no line is left,
 * no more).
 */
export function totalsCheck(plan: Plan, t: Strings): { intent: "success" | "warning" | "error"; text: string } {
  const left = plan.bad.length;
  const match = plan.monthsTotal === plan.annualTotal;
  if (left === 0) return match ? { intent: "success", text: t.totalsMatch } : { intent: "error", text: t.totalsDiffer };
  if (left === plan.lines.length) return { intent: "error", text: t.totalsLeaveOut(left) };
  return { intent: match ? "warning" : "error", text: `${t.totalsLeaveOut(left)} ${match ? t.totalsMatchOthers : t.totalsDiffer}` };
}

/** A plan as the write it makes (one block of cells, then its formats), with the message after it. */
export function periodizeWrite(plan: Plan, t: Strings): PreparedWrite {
  const formats = plan.formats.map((f): WriteStep => ({ kind: "format", ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } }));
  return { steps: [{ kind: "cells", topLeft: plan.targetTopLeft, cells: plan.cells }, ...formats], done: t.written(plan.lines.length, plan.target) };
}

/** What is wrong with the panel's typed fields, each as its message under the field; null when it reads. */
export function periodizeFieldProblems(form: PeriodizeForm, language: Language): { year: string | null } {
  return { year: fieldProblem(() => readBudgetYear(form.year), language) };
}

/** The panel's fields as filled in: the task, the profile, and the year, unit and output as chosen or typed. */
export interface PeriodizeForm {
  task: Task;
  profile: ProfileForm;
  /** Re-spreading: the months kept as they are, January through this one. */
  lockedThrough: number;
  year: string;
  unit: Unit;
  mode: Choices["mode"];
}

/** The fields for a task: its profile starts as equal (periodise) or as the current shape (re-spread). */
export const taskForm = (task: Task): Pick<PeriodizeForm, "task" | "profile"> => ({
  task,
  profile: initialProfileForm(task === "periodize" ? "equal" : "current"),
});

export const periodizePlanner: Planner<typeof PERIODIZE_COLUMNS, PeriodizeForm, Plan> = {
  columns: PERIODIZE_COLUMNS,
  initialForm: () => ({ ...taskForm("periodize"), lockedThrough: 5, year: String(new Date().getFullYear()), unit: 1, mode: "formulas" }),
  async plan({ gateway, t, language }, { table, columns, form }) {
    const profile = await profileChoiceFrom(form.profile, gateway, t, language);
    // read the table again: the user may have changed a cell since choosing it
    const current = await gateway.readRange(withSheet(table.sheet, table.address));
    const year = readBudgetYear(form.year);
    if (form.task === "periodize") {
      const choices: Choices = { annualColumn: columns.annual, profile, year, unit: form.unit, mode: form.mode };
      return { table: current, plan: planPeriodize(current, choices, t.months, language) };
    }
    if (columns.firstMonth + MONTHS > current.values[0].length) throw new ChoiceError(t.noMonthColumns);
    const choices: RespreadChoices = {
      annualColumn: columns.annual,
      firstMonthColumn: columns.firstMonth,
      lockedThrough: form.lockedThrough,
      profile,
      year,
      unit: form.unit,
    };
    return { table: current, plan: planRespread(current, choices, language) };
  },
  write: periodizeWrite,
};
