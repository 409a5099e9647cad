// Follow-up returns sent from the Forecast panel: the report's lines as at month m (with their
// department, the add-in's projection, its band and the material flag) built into one follow-up
// template per department (addin/templates, loaded only when needed), and the register of what
// was sent written to the follow-up status sheet through the write flow, as the Templates panel
// does for budget templates. A department's measures still in the action-plan register and its
// latest explanations (of the month or an earlier one) are carried into its new template, so
// nothing it typed is lost.
//
// A build is kept for the lines, options and register it was made from: the write (and the write
// again after a question) registers the very templates that are then offered.

import { BudgetError, type Language } from "../../core";
import type { ActionRegisterRow } from "../../core/actionPlan";
import type { DepartmentForecast, FollowUpTemplateInput, FollowUpTemplateLine, FollowUpTemplateOptions } from "../../core/followupTemplates/types";
import type { Unit } from "../../core";
import type { BuildResult, BuildSettings } from "../templates";
import type { WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import type { PlanContext } from "./planner";
import { afterBuild } from "./templateTracking";
import { FOLLOWUP_STATUS_MARK, keptWrite, readKeptSheet, type KeptWrite } from "./templateSheets";
import { momentShown, readStatus, STATUS_WIDTH, statusContent, statusPlacements } from "./templateStatus";
import type { BadLine } from "./planner";
import { Cancelled, quietWork } from "./work";
import type { PreparedWrite } from "./writeFlow";

/** The send's own fields; the year, month, unit and thresholds are the Forecast panel's. */
export interface FollowUpSendForm {
  /** "YYYY-MM-DD", or "" for none. */
  deadline: string;
  contact: string;
  instructions: string;
  language: Language;
  actionRows: number;
}

/** What the Forecast plan gives the send: its lines as a follow-up template takes them, or why not. */
export interface FollowUpSource {
  lines: readonly FollowUpTemplateLine[] | string;
  year: number;
  month: number;
  unit: Unit;
  materialAmount: number | null;
  materialRate: number | null;
}

export type BuildFollowUps = (input: FollowUpTemplateInput, options: FollowUpTemplateOptions, settings: BuildSettings) => Promise<BuildResult>;

/** Where the measures and the departments' earlier explanations of a year are read from (the kept sheets). */
export interface FollowUpMemory {
  actions: (gateway: WorkbookGateway, year: number) => Promise<ActionRegisterRow[]>;
  forecasts: (gateway: WorkbookGateway, year: number) => Promise<DepartmentForecast[]>;
}

export interface FollowUpSendPlan {
  error: string | null;
  bad: BadLine[];
  /** Per department: its lines, the measures and explanations carried over, the file. */
  departments: { department: string; departmentName: string; lines: number; measures: number; explanations: number; version: number; fileName: string }[];
  built: BuildResult | null;
  /** Open measures not carried: their line is no longer in the table. */
  leftOut: number;
  statusSheet: string;
  write: KeptWrite | null;
}

export function initialSendForm(language: Language): FollowUpSendForm {
  return { deadline: "", contact: "", instructions: "", language, actionRows: 5 };
}

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/**
 * Each department's latest explanation per line from `month` or a month before: what its new
 * template starts from (a new version of a month's template keeps what was typed in that month's return).
 */
export function earlierExplanations(forecasts: readonly DepartmentForecast[], month: number): { department: string; key: string; explanation: string }[] {
  const latest = new Map<string, DepartmentForecast>();
  for (const f of forecasts) {
    if (f.month > month || f.explanation.trim() === "") continue;
    const id = JSON.stringify([f.department, f.key]);
    const before = latest.get(id);
    if (before === undefined || f.month > before.month) latest.set(id, f);
  }
  return [...latest.values()].map(({ department, key, explanation }) => ({ department, key, explanation }));
}

/** The send's planner: `build` makes the files; `clock` the time they are built at. */
export function followUpSender(build: BuildFollowUps, memory: FollowUpMemory, clock: () => Date = () => new Date()) {
  let kept: { key: string; result: BuildResult; at: Date } | null = null;
  return async function plan({ gateway, t, language, work = quietWork }: PlanContext, source: FollowUpSource, form: FollowUpSendForm): Promise<FollowUpSendPlan> {
    const w = t.templates;
    const empty: FollowUpSendPlan = { error: null, bad: [], departments: [], built: null, leftOut: 0, statusSheet: w.followUpStatusSheet, write: null };
    if (typeof source.lines === "string") return { ...empty, error: source.lines };
    if (source.lines.length === 0) return { ...empty, error: t.tooFewRows };
    if (source.month >= 12) return { ...empty, error: t.followUpSend.nothingLeft };
    const status = await readKeptSheet(gateway, FOLLOWUP_STATUS_MARK, w.followUpStatusSheet, STATUS_WIDTH);
    const book = readStatus(status.used, { row: status.origin.row, column: status.origin.column, rows: status.rows }, status.memory, t);
    if (book.damaged.length > 0) return { ...empty, statusSheet: status.sheet, bad: book.damaged };
    const departments = new Set(source.lines.map((l) => l.department));
    // the measures and explanations of the templates' year only: another year's are no department's now
    const open = (await memory.actions(gateway, source.year)).filter((a) => a.status !== "dropped" && departments.has(a.department));
    // a measure on a line no longer in the table stays in the register; it is not carried into a template that has no such line
    const lineKeys = new Set(source.lines.map((l) => JSON.stringify([l.department, l.key])));
    const actions = open.filter((a) => a.key === null || lineKeys.has(JSON.stringify([a.department, a.key])));
    const explanations = earlierExplanations(await memory.forecasts(gateway, source.year), source.month).filter((e) => departments.has(e.department));
    const input: FollowUpTemplateInput = {
      lines: source.lines,
      actions: actions.map(({ id, department, key, measure, owner, decided, startMonth, effect }) => ({ id, department, key, measure, owner, decided, startMonth, effect })),
      explanations,
    };
    const deadline = form.deadline.trim();
    const options: FollowUpTemplateOptions = {
      year: source.year,
      month: source.month,
      unit: source.unit,
      ...(deadline === "" ? {} : { deadline }),
      contact: form.contact.trim(),
      instructions: form.instructions.trim(),
      language: form.language,
      actionRows: form.actionRows,
      materialAmount: source.materialAmount,
      materialRate: source.materialRate,
    };
    const key = JSON.stringify([input, options, book.register]);
    if (kept?.key !== key) {
      const at = clock();
      try {
        const progress = (done: number, of: number) => work.step("building", done, of);
        kept = { key, result: await build(input, options, { earlier: book.register, now: at, progress }), at };
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        return { ...empty, error: message(error, language) };
      }
    }
    const { result, at } = kept;
    const count = <T extends { department: string }>(list: readonly T[], department: string) => list.filter((x) => x.department === department).length;
    const content = statusContent(afterBuild(book, result.register, t), t, language, at, momentShown(at));
    const placed = statusPlacements(status.sheet, status.origin, content, source.unit);
    const write = keptWrite(status, FOLLOWUP_STATUS_MARK, content.rows, STATUS_WIDTH, [
      ...placed.formats.map((f) => ({ kind: "format" as const, ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
      { kind: "filter", ref: placed.filter },
    ]);
    return {
      ...empty,
      statusSheet: status.sheet,
      departments: result.register.map((e) => ({
        department: e.department,
        departmentName: e.departmentName,
        lines: count(source.lines as readonly FollowUpTemplateLine[], e.department),
        measures: count(actions, e.department),
        explanations: count(explanations, e.department),
        version: e.version,
        fileName: e.fileName,
      })),
      built: result,
      leftOut: open.length - actions.length,
      write,
    };
  };
}

/** A send plan as the write it makes (the register on the status sheet), or null while it has none. */
export function sendWrite(plan: FollowUpSendPlan, t: Strings): PreparedWrite | null {
  if (plan.write === null || plan.error !== null || plan.bad.length > 0) return null;
  return { steps: plan.write.steps, owned: plan.write.owned, done: [t.followUpSend.sentDone(plan.departments.length, plan.statusSheet), ...(plan.leftOut > 0 ? [t.followUpSend.leftOut(plan.leftOut)] : [])].join(" ") };
}
