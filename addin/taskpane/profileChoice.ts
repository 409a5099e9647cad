// The profile a user picks in the panel, turned into what the worksheet functions take: the
// profile fields as filled in (ProfileForm), read with what they name in the workbook
// (profileChoiceFrom); the weights (through the same BUDGET.PROFILE adapter Excel runs) and the
// formula text that gives the same weights in a cell, so "live formulas" and "values" always agree.

import { FIELD } from "./fieldSubjects";
import { BudgetError, MONTHS, type Language } from "../../core";
import { isFunctionError, type Cell } from "../functions/cells";
import { PROFILE } from "../functions/catalog";
import { absoluteAddress, parseBlock, withSheet } from "../gateway/address";
import type { CellValue, WorkbookGateway } from "../gateway/types";
import { readNumberField, readPercentChangeField } from "./fields";
import type { Strings } from "./i18n";
import { ChoiceError } from "./planner";

/** The profile a user picked, with what it needs from the workbook already read. */
export type ProfileChoice =
  | { kind: "builtin"; name: "equal" | "days" | "workdays"; workdayOptions: string }
  /** 12 weights in the workbook: a range the user names, or a row of the profile library. */
  | { kind: "range"; ref: string; weights: Cell[][] }
  /** A profile built from data in the workbook: prior years' actuals, or planned activity. */
  | { kind: "historical" | "activity"; ref: string; options: Cell[][] }
  /** Payment months, 1 to 12, at least one. */
  | { kind: "payments"; months: number[] }
  /** Rates per month (0.04 for 4 %), 0 where there is none; extra payments in months of salary. */
  | { kind: "salary"; rises: number[]; extras: number[] }
  /** Re-spreading only: the current shape of the remaining months. */
  | { kind: "current" };

export interface ResolvedProfile {
  /** The profile argument as the worksheet adapters take it: a name or 12 weights; null for "current". */
  cells: Cell[][] | null;
  /** The same profile as formula text, e.g. "equal" or Profiler!$B$2:$M$2. */
  formula: string;
  error: string | null;
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An Excel array constant: {1,2,3;4,5,6} (formulas always use "." and "," in the API). */
function arrayConstant(rows: readonly (readonly number[])[]): string {
  return `{${rows.map((row) => row.join(",")).join(";")}}`;
}

function absolute(ref: string): string {
  const block = parseBlock(ref);
  return block ? withSheet(block.sheet, absoluteAddress(block)) : ref;
}

/** The method and options for BUDGET.PROFILE, with their formula text. */
function profileCall(choice: ProfileChoice): { method: string; options: Cell[][] | undefined; optionsFormula: string } | null {
  switch (choice.kind) {
    case "builtin":
      return choice.workdayOptions.trim() === "" || choice.name !== "workdays"
        ? null
        : { method: "workdays", options: [[choice.workdayOptions]], optionsFormula: quote(choice.workdayOptions) };
    case "historical":
    case "activity":
      return { method: choice.kind, options: choice.options, optionsFormula: absolute(choice.ref) };
    case "payments": {
      const text = choice.months.join(",");
      return { method: "payments", options: [[text]], optionsFormula: quote(text) };
    }
    case "salary":
      return { method: "salary", options: [choice.rises, choice.extras], optionsFormula: arrayConstant([choice.rises, choice.extras]) };
    default:
      return null;
  }
}

export function resolveProfile(choice: ProfileChoice, year: number, language: Language): ResolvedProfile {
  if (choice.kind === "current") return { cells: null, formula: "", error: null };
  if (choice.kind === "range") return { cells: choice.weights, formula: absolute(choice.ref), error: null };
  const call = profileCall(choice);
  if (!call) {
    const name = (choice as { name: string }).name;
    return { cells: [[name]], formula: quote(name), error: null };
  }
  const result = PROFILE.evaluate(call.method, year, call.options);
  const first = result[0][0];
  if (isFunctionError(first)) return { cells: null, formula: "", error: language === "da" ? first.messageDa : first.message };
  return {
    cells: result as number[][],
    formula: `BUDGET.PROFILE(${quote(call.method)},${year},${call.optionsFormula})`,
    error: null,
  };
}

export type ProfileKind = keyof Strings["profileKinds"];

export const WORKDAY_OPTIONS = ["grundlovsdag", "christmasEve", "newYearsEve", "mayDay"] as const;
type WorkdayOption = (typeof WORKDAY_OPTIONS)[number];
/** The worksheet keyword for each option (BUDGET.WORKDAYS). */
const KEYWORD: Record<WorkdayOption, string> = { grundlovsdag: "grundlovsdag", christmasEve: "24dec", newYearsEve: "31dec", mayDay: "1maj" };

export interface ProfileForm {
  kind: ProfileKind;
  workdayOptions: Record<WorkdayOption, boolean>;
  librarySheet: string;
  libraryRow: number | null;
  ref: string;
  paymentMonths: number[];
  rises: { month: number; percent: string }[];
  extras: { month: number; months: string }[];
}

export const initialProfileForm = (kind: ProfileKind): ProfileForm => ({
  kind,
  workdayOptions: { grundlovsdag: false, christmasEve: false, newYearsEve: false, mayDay: false },
  librarySheet: "Profiler",
  libraryRow: null,
  ref: "",
  paymentMonths: [1, 4, 7, 10],
  rises: [{ month: 4, percent: "" }],
  extras: [],
});

/** A profile in the library sheet: a name in column A and 12 weights in B:M. */
export interface LibraryEntry {
  name: string;
  row: number;
}

export const LIBRARY_ROWS = 200;

export function libraryEntries(values: CellValue[][]): LibraryEntry[] {
  return values
    .map((row, i) => ({ name: row[0], weights: row.slice(1, 1 + MONTHS), row: i }))
    .filter((r) => typeof r.name === "string" && r.name.trim() !== "" && r.weights.length === MONTHS && r.weights.every((w) => typeof w === "number"))
    .map((r) => ({ name: String(r.name), row: r.row }));
}

async function readRef(gateway: WorkbookGateway, ref: string, t: Strings): Promise<{ ref: string; values: CellValue[][] }> {
  const trimmed = ref.trim();
  if (trimmed === "") throw new ChoiceError(t.noProfileRange);
  if (!parseBlock(trimmed)) throw new ChoiceError(t.badProfileRange(ref));
  return { ref: trimmed, values: (await gateway.readRange(trimmed)).values };
}

function byMonth<T>(entries: { month: number }[], value: (entry: number) => T, zero: T, t: Strings): T[] {
  const months = entries.map((e) => e.month);
  if (new Set(months).size !== months.length) throw new ChoiceError(t.duplicateMonth);
  const row = new Array<T>(MONTHS).fill(zero);
  entries.forEach((e, i) => (row[e.month - 1] = value(i)));
  return row;
}

function userMessage<T>(compute: () => T, language: Language): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof BudgetError) throw new ChoiceError(error.describe(language));
    throw error;
  }
}

export async function profileChoiceFrom(form: ProfileForm, gateway: WorkbookGateway, t: Strings, language: Language): Promise<ProfileChoice> {
  switch (form.kind) {
    case "equal":
    case "days":
    case "workdays": {
      const keywords = WORKDAY_OPTIONS.filter((o) => form.workdayOptions[o]).map((o) => KEYWORD[o]);
      return { kind: "builtin", name: form.kind, workdayOptions: form.kind === "workdays" ? keywords.join(",") : "" };
    }
    case "library": {
      if (form.libraryRow === null) throw new ChoiceError(t.libraryEmpty(form.librarySheet));
      const row = form.libraryRow + 1;
      const ref = `${form.librarySheet}!B${row}:M${row}`;
      return { kind: "range", ref, weights: (await readRef(gateway, ref, t)).values };
    }
    case "range": {
      const { ref, values } = await readRef(gateway, form.ref, t);
      return { kind: "range", ref, weights: values };
    }
    case "historical":
    case "activity": {
      const { ref, values } = await readRef(gateway, form.ref, t);
      return { kind: form.kind, ref, options: values };
    }
    case "payments":
      if (form.paymentMonths.length === 0) throw new ChoiceError(t.noPaymentMonths);
      return { kind: "payments", months: [...form.paymentMonths].sort((a, b) => a - b) };
    case "salary":
      return userMessage(
        () => ({
          kind: "salary",
          rises: byMonth(form.rises, (i) => readPercentChangeField(form.rises[i].percent, language, FIELD.payRise), 0, t),
          extras: byMonth(form.extras, (i) => readNumberField(form.extras[i].months, language, FIELD.extraPayment), 0, t),
        }),
        language,
      );
    case "current":
      return { kind: "current" };
  }
}
