// The master's lines, checked and grouped into one template per department: every line with a
// key, every department with its frame, the options with their defaults. Nothing is built from
// input that does not read: a bad line is a BudgetError naming it.

import { BudgetError } from "../errors";
import { checkUnit, MAX_AMOUNT, type Unit } from "../money";
import { MONTHS } from "../profiles";
import { shown } from "../read";
import type { Language } from "../messages/render";
import type { JustifyFrom, LibraryProfile, MasterLine, TemplateInput, TemplateOptions } from "./types";
import { BUILT_IN_PROFILES } from "./wording";

/** A line as the template holds it: its key is the account, or the account and a count when the account repeats. */
export interface TemplateLine {
  key: string;
  account: string;
  text: string;
  lastBudget: number;
  lastActual: number;
  /** A built-in name (the core's: equal, days, workdays) or a library profile's name. */
  profile: string;
}

export interface DepartmentTemplate {
  department: string;
  departmentName: string;
  parent: string;
  frame: number;
  lines: TemplateLine[];
}

export interface ResolvedTemplateOptions {
  year: number;
  unit: Unit;
  deadline: string | null;
  contact: string;
  instructions: string;
  freeRows: number;
  justifyFrom: JustifyFrom | null;
  language: Language;
}

/** The most lines one department's template takes. */
export const MAX_LINES = 2000;
export const MAX_FREE_ROWS = 50;
const DEFAULT_FREE_ROWS = 5;

export type LineField = "department" | "departmentName" | "parent" | "account" | "text" | "lastBudget" | "lastActual";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function resolveTemplateOptions(options: TemplateOptions): ResolvedTemplateOptions {
  const { year } = options;
  if (!(Number.isSafeInteger(year) && year >= 1900 && year <= 9999)) throw new BudgetError("YEAR_INVALID", { value: shown(year) });
  const unit = checkUnit(options.unit);
  const freeRows = options.freeRows ?? DEFAULT_FREE_ROWS;
  if (!(Number.isSafeInteger(freeRows) && freeRows >= 0 && freeRows <= MAX_FREE_ROWS)) {
    throw new BudgetError("TEMPLATE_FREE_ROWS", { value: shown(freeRows), max: MAX_FREE_ROWS });
  }
  const deadline = options.deadline?.trim() || null;
  if (deadline !== null && !validDate(deadline)) throw new BudgetError("TEMPLATE_DEADLINE", { text: deadline });
  const justify = options.justifyFrom ?? null;
  if (justify !== null) {
    const good = (v: number, max: number) => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= max;
    if (!good(justify.amount, MAX_AMOUNT)) throw new BudgetError("TEMPLATE_JUSTIFY_AMOUNT", { value: shown(justify.amount) });
    if (!good(justify.rate, 100)) throw new BudgetError("TEMPLATE_JUSTIFY_RATE", { value: shown(justify.rate) });
  }
  return {
    year,
    unit,
    deadline,
    contact: options.contact?.trim() ?? "",
    instructions: options.instructions?.trim() ?? "",
    freeRows,
    justifyFrom: justify,
    language: options.language ?? "da",
  };
}

/** The library's profiles, checked: a name, 12 non-negative weights that do not all add to 0. */
export function checkLibrary(profiles: readonly LibraryProfile[]): LibraryProfile[] {
  const seen = new Set<string>();
  return profiles.map((p) => {
    const name = String(p.name ?? "").trim();
    if (name === "") throw new BudgetError("TEMPLATE_PROFILE_NAME_BLANK");
    const id = name.toLowerCase();
    if (seen.has(id) || BUILT_IN_PROFILES.has(id)) throw new BudgetError("TEMPLATE_PROFILE_NAME_TWICE", { name });
    seen.add(id);
    const good = p.weights.length === MONTHS && p.weights.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0);
    if (!good || p.weights.every((w) => w === 0)) throw new BudgetError("TEMPLATE_PROFILE_WEIGHTS", { name });
    return { name, weights: [...p.weights] };
  });
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "");

function lineText(line: MasterLine, field: LineField, index: number, required: boolean): string {
  const value = text(line[field]);
  if (required && value === "") throw new BudgetError("TEMPLATE_LINE_BLANK", { line: index + 1, field });
  return value;
}

function lineAmount(line: MasterLine, field: "lastBudget" | "lastActual", index: number): number {
  const value: unknown = line[field];
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT) {
    throw new BudgetError("TEMPLATE_LINE_NUMBER", { line: index + 1, field, value: shown(value as never) });
  }
  return value;
}

/** The profile's name as the template keeps it: the core's name of a built-in, or the library's spelling. */
function lineProfile(line: MasterLine, index: number, library: ReadonlyMap<string, string>): string {
  const typed = text(line.profile);
  if (typed === "") return "equal";
  const id = typed.toLowerCase();
  const found = BUILT_IN_PROFILES.get(id) ?? library.get(id);
  if (found === undefined) throw new BudgetError("TEMPLATE_LINE_PROFILE", { line: index + 1, text: typed });
  return found;
}

/** One template per department, in the order departments first appear in the lines. */
export function departmentTemplates(input: TemplateInput, library: readonly LibraryProfile[]): DepartmentTemplate[] {
  if (input.lines.length === 0) throw new BudgetError("TEMPLATE_NO_LINES");
  const names = new Map(library.map((p) => [p.name.toLowerCase(), p.name]));
  const frames = new Map<string, number>();
  for (const f of input.frames) {
    const department = text(f.department);
    if (frames.has(department)) throw new BudgetError("TEMPLATE_FRAME_TWICE", { department });
    if (typeof f.frame !== "number" || !Number.isFinite(f.frame) || Math.abs(f.frame) > MAX_AMOUNT) {
      throw new BudgetError("TEMPLATE_FRAME_NUMBER", { department, value: shown(f.frame as never) });
    }
    frames.set(department, f.frame);
  }
  const departments = new Map<string, DepartmentTemplate & { accounts: Map<string, number> }>();
  input.lines.forEach((line, index) => {
    const department = lineText(line, "department", index, true);
    const departmentName = lineText(line, "departmentName", index, true);
    const parent = lineText(line, "parent", index, true);
    let group = departments.get(department);
    if (!group) {
      const frame = frames.get(department);
      if (frame === undefined) throw new BudgetError("TEMPLATE_NO_FRAME", { department });
      group = { department, departmentName, parent, frame, lines: [], accounts: new Map() };
      departments.set(department, group);
    }
    if (group.departmentName !== departmentName) {
      throw new BudgetError("TEMPLATE_DEPARTMENT_NAMES", { department, first: group.departmentName, second: departmentName });
    }
    if (group.parent !== parent) throw new BudgetError("TEMPLATE_DEPARTMENT_PARENTS", { department, first: group.parent, second: parent });
    const account = lineText(line, "account", index, true);
    const count = (group.accounts.get(account) ?? 0) + 1;
    group.accounts.set(account, count);
    group.lines.push({
      key: count === 1 ? account : `${account} (${count})`,
      account,
      text: lineText(line, "text", index, false),
      lastBudget: lineAmount(line, "lastBudget", index),
      lastActual: lineAmount(line, "lastActual", index),
      profile: lineProfile(line, index, names),
    });
    if (group.lines.length > MAX_LINES) throw new BudgetError("TEMPLATE_TOO_MANY_LINES", { department, max: MAX_LINES });
  });
  return [...departments.values()].map(({ accounts, ...d }) => (void accounts, d));
}

/**
 * The file's name: "2027 4101 Kardiologisk afd.xlsx" (a follow-up's period "2027-05" in front of
 * the department), without the characters file systems refuse.
 */
export function templateFileName(period: number | string, d: Pick<DepartmentTemplate, "department" | "departmentName">): string {
  const safe = [...`${period} ${d.department} ${d.departmentName}`].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "-" : ch)).join("");
  const name = safe.replace(/\s+/g, " ").trim();
  // "Kardiologisk afd." ends in its own dot: "2027 4101 Kardiologisk afd.xlsx"
  const base = name.slice(0, 120);
  return base.endsWith(".") ? `${base}xlsx` : `${base}.xlsx`;
}
