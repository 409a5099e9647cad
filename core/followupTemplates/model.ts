// The Forecast panel's follow-up lines, checked and grouped into one follow-up template per
// department: every line with a key once in its department, its figures numbers, its band in
// order; the measures of the action-plan register and last month's explanations given to their
// department; the options with their defaults. Nothing is built from input that does not read: a
// bad line is a BudgetError naming it.

import type { ActionPlanEntry } from "../actionPlan";
import { BudgetError } from "../errors";
import { FORECAST_METHODS } from "../forecastTerms";
import { MAX_AMOUNT, type Unit } from "../money";
import { shown } from "../read";
import type { Language } from "../messages/render";
import type { FollowUpField } from "../messages/followupEn";
import { MAX_LINES, resolveTemplateOptions } from "../templates/model";
import type { FollowUpTemplateInput, FollowUpTemplateLine, FollowUpTemplateOptions } from "./types";

/** A line as the template holds it, locked: the table's line without its department, which the template names once. */
export type FollowUpSentLine = Omit<FollowUpTemplateLine, "department" | "departmentName" | "parent">;

export interface DepartmentFollowUp {
  department: string;
  departmentName: string;
  parent: string;
  lines: FollowUpSentLine[];
  /** The register's measures of the department, prefilled with their ids. */
  actions: ActionPlanEntry[];
  /** Last time's explanations by key, prefilled. */
  explanations: Map<string, string>;
}

export interface ResolvedFollowUpOptions {
  year: number;
  month: number;
  unit: Unit;
  deadline: string | null;
  contact: string;
  instructions: string;
  language: Language;
  actionRows: number;
  materialAmount: number | null;
  materialRate: number | null;
}

export const MAX_ACTION_ROWS = 50;
const DEFAULT_ACTION_ROWS = 5;

export function resolveFollowUpOptions(options: FollowUpTemplateOptions): ResolvedFollowUpOptions {
  const base = resolveTemplateOptions({ ...options, freeRows: 0, justifyFrom: undefined });
  const { month } = options;
  if (!(Number.isSafeInteger(month) && month >= 1 && month <= 11)) throw new BudgetError("FOLLOWUP_TEMPLATE_MONTH", { value: shown(month) });
  const actionRows = options.actionRows ?? DEFAULT_ACTION_ROWS;
  if (!(Number.isSafeInteger(actionRows) && actionRows >= 0 && actionRows <= MAX_ACTION_ROWS)) {
    throw new BudgetError("FOLLOWUP_TEMPLATE_ACTION_ROWS", { value: shown(actionRows), max: MAX_ACTION_ROWS });
  }
  const threshold = (value: number | null | undefined, field: "amount" | "rate", max: number): number | null => {
    if (value === undefined || value === null) return null;
    if (!(typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= max)) throw new BudgetError("FOLLOWUP_TEMPLATE_MATERIAL", { field, value: shown(value) });
    return value;
  };
  return {
    year: base.year,
    month,
    unit: base.unit,
    deadline: base.deadline,
    contact: base.contact,
    instructions: base.instructions,
    language: base.language,
    actionRows,
    materialAmount: threshold(options.materialAmount, "amount", MAX_AMOUNT),
    materialRate: threshold(options.materialRate, "rate", 100),
  };
}

const text = (value: unknown): string => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "");

function required(line: FollowUpTemplateLine, field: "department" | "departmentName" | "parent" | "key", index: number): string {
  const value = text(line[field]);
  if (value === "") throw new BudgetError("FOLLOWUP_TEMPLATE_LINE_BLANK", { line: index + 1, field });
  return value;
}

function amount(value: unknown, field: FollowUpField, index: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > MAX_AMOUNT) {
    throw new BudgetError("FOLLOWUP_TEMPLATE_LINE_NUMBER", { line: index + 1, field, value: shown(value) });
  }
  return value;
}

function sentLine(line: FollowUpTemplateLine, key: string, index: number): FollowUpSentLine {
  const band = line.band ?? null;
  const checked = band === null ? null : { low: amount(band.low, "bandLow", index), high: amount(band.high, "bandHigh", index) };
  if (checked !== null && checked.low > checked.high) throw new BudgetError("FOLLOWUP_TEMPLATE_BAND", { line: index + 1 });
  if (!(FORECAST_METHODS as readonly string[]).includes(line.method)) throw new BudgetError("FOLLOWUP_TEMPLATE_LINE_METHOD", { line: index + 1, text: String(line.method) });
  return {
    key,
    text: text(line.text),
    actualToDate: amount(line.actualToDate, "actualToDate", index),
    budgetToDate: amount(line.budgetToDate, "budgetToDate", index),
    budget: amount(line.budget, "budget", index),
    projection: amount(line.projection, "projection", index),
    band: checked,
    result: amount(line.result, "result", index),
    material: line.material === true,
    method: line.method,
  };
}

/** A measure of the register, checked as the template will hold it. */
function checkedAction(a: ActionPlanEntry, keys: ReadonlySet<string>): ActionPlanEntry {
  const id = text(a.id);
  const bad = (field: "id" | "measure" | "startMonth" | "effect", value: unknown) => new BudgetError("FOLLOWUP_TEMPLATE_ACTION_FIELD", { id, field, value: shown(value) });
  if (id === "") throw bad("id", a.id);
  if (text(a.measure) === "") throw bad("measure", a.measure);
  if (!(Number.isInteger(a.startMonth) && a.startMonth >= 1 && a.startMonth <= 12)) throw bad("startMonth", a.startMonth);
  if (typeof a.effect !== "number" || !Number.isFinite(a.effect) || Math.abs(a.effect) > MAX_AMOUNT) throw bad("effect", a.effect);
  const key = a.key === null ? null : text(a.key);
  if (key !== null && !keys.has(key)) throw new BudgetError("FOLLOWUP_TEMPLATE_ACTION_KEY", { id, department: a.department, key });
  return { id, department: a.department, key, measure: text(a.measure), owner: text(a.owner), decided: a.decided === true, startMonth: a.startMonth, effect: a.effect };
}

/**
 * One follow-up per department, in the order departments first appear in the lines. Measures and
 * explanations of a department without lines this month are left out: it gets no template.
 */
export function departmentFollowUps(input: FollowUpTemplateInput): DepartmentFollowUp[] {
  if (input.lines.length === 0) throw new BudgetError("TEMPLATE_NO_LINES");
  const departments = new Map<string, DepartmentFollowUp>();
  input.lines.forEach((line, index) => {
    const department = required(line, "department", index);
    const departmentName = required(line, "departmentName", index);
    const parent = required(line, "parent", index);
    let group = departments.get(department);
    if (!group) {
      group = { department, departmentName, parent, lines: [], actions: [], explanations: new Map() };
      departments.set(department, group);
    }
    if (group.departmentName !== departmentName) {
      throw new BudgetError("TEMPLATE_DEPARTMENT_NAMES", { department, first: group.departmentName, second: departmentName });
    }
    if (group.parent !== parent) throw new BudgetError("TEMPLATE_DEPARTMENT_PARENTS", { department, first: group.parent, second: parent });
    const key = required(line, "key", index);
    if (group.lines.some((l) => l.key === key)) throw new BudgetError("FOLLOWUP_TEMPLATE_KEY_TWICE", { department, key });
    group.lines.push(sentLine(line, key, index));
    if (group.lines.length > MAX_LINES) throw new BudgetError("TEMPLATE_TOO_MANY_LINES", { department, max: MAX_LINES });
  });
  const ids = new Set<string>();
  for (const a of input.actions ?? []) {
    const group = departments.get(text(a.department));
    if (!group) continue;
    const action = checkedAction({ ...a, department: group.department }, new Set(group.lines.map((l) => l.key)));
    if (ids.has(action.id)) throw new BudgetError("FOLLOWUP_TEMPLATE_ACTION_TWICE", { id: action.id });
    ids.add(action.id);
    group.actions.push(action);
  }
  for (const e of input.explanations ?? []) {
    const group = departments.get(text(e.department));
    const explanation = text(e.explanation);
    if (group && explanation !== "" && group.lines.some((l) => l.key === text(e.key))) group.explanations.set(text(e.key), explanation);
  }
  return [...departments.values()];
}
