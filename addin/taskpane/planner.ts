// What a panel's plan module gives the panel workflow (usePanelWorkflow.ts, PanelShell.tsx): the
// table's columns it needs, its fields, and how it reads the workbook, plans and makes the write.
// The workflow is the same for every panel: select a table, its columns guessed from the headers
// (columnGuess.ts); fill in the fields; preview the plan, made from what the workbook holds now;
// write it through the write flow (writeFlow.tsx), which asks before anything is lost; undo.

import type { Language } from "../../core";
import type { RangeData, WorkbookGateway } from "../gateway/types";
import { guessColumns, type ColumnsOf, type ColumnWants } from "./columnGuess";
import type { Strings } from "./i18n";
import { Cancelled, type Work } from "./work";
import type { PreparedWrite } from "./writeFlow";

/** A choice that cannot be made as it stands: the message for the user, in their language. */
export class ChoiceError extends Error {}

/** A line of the table whose input is bad: the cell to go to, the line's name, what is wrong. */
export interface BadLine {
  address: string;
  label: string;
  error: string | null;
}

/** What every plan tells the workflow: a problem with the whole input, and the lines with bad input. */
export interface PanelPlan {
  error: string | null;
  bad?: readonly BadLine[];
}

export interface PlanContext {
  gateway: WorkbookGateway;
  t: Strings;
  language: Language;
  /** The work's progress and Cancel, for a plan that takes a while (building or reading files). */
  work?: Work;
}

/** The table as chosen, its columns and the panel's fields: what a plan is made from. */
export interface PlanRequest<W extends ColumnWants, Form> {
  table: RangeData;
  columns: ColumnsOf<W>;
  form: Form;
}

export interface Planner<W extends ColumnWants, Form, Plan extends PanelPlan> {
  /** The table's columns the panel offers, each with its role for the guess. */
  columns: W;
  /** The fields as the panel opens. */
  initialForm: (t: Strings) => Form;
  /** The fields for a table just chosen (e.g. as many levels as its tree is deep). */
  adopt?: (form: Form, table: RangeData, columns: ColumnsOf<W>) => Form;
  /**
   * Reads what the plan needs, the table again first (a cell may have changed since it was chosen),
   * and plans. A field that cannot be read throws a BudgetError, a choice that cannot be made a
   * ChoiceError; a plan with bad input says so in `error` and `bad`.
   */
  plan: (context: PlanContext, request: PlanRequest<W, Form>) => Promise<{ table: RangeData; plan: Plan }>;
  /** The write a plan makes; asked only of a plan without bad input. */
  write: (plan: Plan, t: Strings) => PreparedWrite;
}

/** A table taken: its columns guessed, and how the fields are fitted to it. */
export interface TableChoice<W extends ColumnWants, Form> {
  table: RangeData;
  columns: ColumnsOf<W>;
  /**
   * The fields as they are when the table is taken, fitted to it: what the user typed while the
   * table was read is kept, only what the table decides (e.g. the levels) changes.
   */
  fit: (form: Form) => Form;
}

/** A selection taken as the panel's table; null when it has no line below its header row. */
export function tableChoice<W extends ColumnWants, Form, Plan extends PanelPlan>(planner: Planner<W, Form, Plan>, data: RangeData): TableChoice<W, Form> | null {
  if (data.values.length < 2) return null;
  const columns = guessColumns(data.values, planner.columns);
  return { table: data, columns, fit: (form) => (planner.adopt ? planner.adopt(form, data, columns) : form) };
}

/**
 * A selection taken as the panel's table: its columns guessed, the fields fitted to it; null
 * when it has no line below its header row.
 */
export function chooseTable<W extends ColumnWants, Form, Plan extends PanelPlan>(
  planner: Planner<W, Form, Plan>,
  data: RangeData,
  form: Form,
): PlanRequest<W, Form> | null {
  const choice = tableChoice(planner, data);
  return choice === null ? null : { table: choice.table, columns: choice.columns, form: choice.fit(form) };
}

/** How many times the panel's table, columns or fields have changed; every change adds one. */
export interface ChangeCount {
  readonly current: number;
}

/**
 * The plan for `request`, begun when the panel's changes stood at `at`, or null when the table,
 * a column or a field changed while it was made: its plan, or its problem, is for what is no
 * longer on screen.
 */
export async function planIfCurrent<W extends ColumnWants, Form, Plan extends PanelPlan>(
  planner: Planner<W, Form, Plan>,
  context: PlanContext,
  request: PlanRequest<W, Form>,
  changes: ChangeCount,
  at: number,
): Promise<{ table: RangeData; plan: Plan } | null> {
  if (changes.current !== at) return null;
  try {
    const next = await planner.plan(context, request);
    return changes.current === at ? next : null;
  } catch (error) {
    if (changes.current !== at && !(error instanceof Cancelled)) return null;
    throw error;
  }
}

/** The columns before any table is chosen: the fallbacks. */
export const initialColumns = <W extends ColumnWants>(wants: W): ColumnsOf<W> => guessColumns([], wants);

/** Whether a column may be left out ("(none)"). */
export const isOptional = (wants: ColumnWants, key: string): boolean => "optional" in wants[key];

/** Nothing is written while any input is bad. */
export function writable(plan: PanelPlan): boolean {
  return plan.error === null && (plan.bad ?? []).length === 0;
}

/**
 * The plan whose results a panel shows: none while it has a problem with the whole input, so no
 * figures (totals of nothing, a tree of an earlier input) are shown beside the problem.
 */
export function shownPlan<Plan extends PanelPlan>(plan: Plan | null): Plan | null {
  return plan !== null && plan.error === null ? plan : null;
}

/** The write a plan makes, or null while it has bad input. */
export function writeOf<W extends ColumnWants, Form, Plan extends PanelPlan>(planner: Planner<W, Form, Plan>, plan: Plan, t: Strings): PreparedWrite | null {
  return writable(plan) ? planner.write(plan, t) : null;
}

/** How many lines a table has below its header row. */
export const lineCount = (table: RangeData): number => Math.max(0, table.values.length - 1);
