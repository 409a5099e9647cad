// The Templates panel's build: the master's lines table, the frames and the profile library read
// (templateInput.ts), the options read from the fields, one template per department built
// (addin/templates, loaded only when this panel needs it), and the register of what was built
// written to the status sheet (templateStatus.ts) through the write flow. The files are offered
// for download and Open in Excel only once the register holding them is written, so every
// template sent can be checked when it comes back.
//
// A build is kept for the fields, lines and register it was made from: the preview and the write
// (and the write again after a question) use the same templates, with the same ids and the same
// time, so what the question was about is what is written.

import { BudgetError, type Language, type Unit } from "../../core";
import type { TemplateInput, TemplateOptions } from "../../core/templates/types";
import type { BuildResult, BuildSettings } from "../templates";
import { withSheet } from "../gateway/address";
import type { CellValue, RangeData } from "../gateway/types";
import { FIELD } from "./fieldSubjects";
import { optionalField, readAmountField, readPercentField, readYearField } from "./fields";
import type { Strings } from "./i18n";
import { ChoiceError, type BadLine, type PanelPlan, type Planner } from "./planner";
import { afterBuild } from "./templateTracking";
import { readFrames, readLibrary, readMasterLines, TEMPLATE_COLUMNS } from "./templateInput";
import { keptWrite, readKeptSheet, STATUS_MARK, type KeptWrite } from "./templateSheets";
import { momentShown, readStatus, STATUS_WIDTH, statusContent, statusPlacements } from "./templateStatus";
import { Cancelled, quietWork } from "./work";
import type { PreparedWrite } from "./writeFlow";

/** The panel's fields for a build (the lines table's columns are the workflow's). */
export interface TemplateBuildForm {
  year: string;
  unit: Unit;
  /** "YYYY-MM-DD", or "" for none. */
  deadline: string;
  contact: string;
  instructions: string;
  freeRows: number;
  /** A justification is required from a change of this many kroner and this percentage; blank: not on that count. */
  justifyAmount: string;
  justifyRate: string;
  language: Language;
  /** The frames table ("Rammer!A1:B7"), its header row as taken, and its two columns. */
  framesRef: string;
  framesHeaders: CellValue[];
  frameUnitColumn: number;
  frameColumn: number;
  /** The profile library's sheet; blank for none. */
  librarySheet: string;
}

/** A department as the preview shows it before building. */
export interface DepartmentPreview {
  department: string;
  departmentName: string;
  parent: string;
  lines: number;
  frame: number;
  version: number;
  fileName: string;
}

export interface TemplateBuildPlan extends PanelPlan {
  table: RangeData;
  bad: BadLine[];
  departments: DepartmentPreview[];
  /** The templates built, offered once the register holding them is written. */
  built: BuildResult | null;
  statusSheet: string;
  write: KeptWrite | null;
}

/** Builds the templates (addin/templates' buildTemplates, loaded on demand). */
export type BuildTemplates = (input: TemplateInput, options: TemplateOptions, settings: BuildSettings) => Promise<BuildResult>;

/** The options as the fields give them; a field that does not read is a BudgetError naming it. */
export function templateOptions(form: TemplateBuildForm, language: Language): TemplateOptions {
  const year = readYearField(form.year);
  if (year === null) throw new BudgetError("YEAR_INVALID", { value: `"${form.year.trim()}"` });
  const amount = optionalField(form.justifyAmount, (text) => readAmountField(text, language, FIELD.justifyAmount));
  const rate = optionalField(form.justifyRate, (text) => readPercentField(text, language, FIELD.justifyRate));
  const deadline = form.deadline.trim();
  return {
    year,
    unit: form.unit,
    ...(deadline === "" ? {} : { deadline }),
    contact: form.contact.trim(),
    instructions: form.instructions.trim(),
    freeRows: form.freeRows,
    // a threshold left blank counts for nothing: the other alone decides
    ...(amount === null && rate === null ? {} : { justifyFrom: { amount: amount ?? 0, rate: rate ?? 0 } }),
    language: form.language,
  };
}

export function initialBuildForm(t: Strings, language: Language, today: Date): TemplateBuildForm {
  return {
    year: String(today.getFullYear() + 1),
    unit: 1,
    deadline: "",
    contact: "",
    instructions: "",
    freeRows: 5,
    justifyAmount: "100000",
    justifyRate: "10",
    language,
    framesRef: "",
    framesHeaders: [],
    frameUnitColumn: 0,
    frameColumn: 1,
    librarySheet: t.templates.defaultLibrarySheet,
  };
}

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/**
 * The build's planner. `build` makes the files; `clock` tells the time a build is made at (its
 * templates' time, and the status sheet's "updated" and days to the deadline).
 */
export function templateBuildPlanner(build: BuildTemplates, clock: () => Date = () => new Date()): Planner<typeof TEMPLATE_COLUMNS, TemplateBuildForm, TemplateBuildPlan> {
  let kept: { key: string; result: BuildResult; at: Date } | null = null;
  return {
    columns: TEMPLATE_COLUMNS,
    initialForm: (t) => initialBuildForm(t, t.templates.language, clock()),
    async plan({ gateway, t, language, work = quietWork }, { table, columns, form }) {
      const current = await gateway.readRange(withSheet(table.sheet, table.address));
      const empty: TemplateBuildPlan = { table: current, error: null, bad: [], departments: [], built: null, statusSheet: t.templates.statusSheet, write: null };
      const read = readMasterLines(current, columns, language);
      if (form.framesRef.trim() === "") throw new ChoiceError(t.templates.noFrames);
      const framesTable = await gateway.readRange(form.framesRef.trim());
      const width = framesTable.values[0]?.length ?? 0;
      if (form.frameUnitColumn >= width || form.frameColumn >= width) throw new ChoiceError(t.templates.framesColumnsGone);
      const frames = readFrames(framesTable, { unit: form.frameUnitColumn, frame: form.frameColumn }, read.lines.map((l) => l.line), t, language);
      let profiles: TemplateInput["profiles"] = [];
      const librarySheet = form.librarySheet.trim();
      if (librarySheet !== "") {
        const library = await gateway.readUsed(librarySheet);
        if (library === null) throw new ChoiceError(t.templates.noLibrary(librarySheet));
        profiles = readLibrary(library.values);
      }
      const bad = [...read.bad, ...frames.bad];
      if (bad.length > 0) return { table: current, plan: { ...empty, bad } };
      if (read.lines.length === 0) return { table: current, plan: { ...empty, error: t.tooFewRows } };
      const options = templateOptions(form, language);
      const input: TemplateInput = { lines: read.lines.map((l) => l.line), frames: frames.frames, profiles };

      const status = await readKeptSheet(gateway, STATUS_MARK, t.templates.statusSheet, STATUS_WIDTH);
      const book = readStatus(status.used, { row: status.origin.row, column: status.origin.column, rows: status.rows }, status.memory, t);
      if (book.damaged.length > 0) return { table: current, plan: { ...empty, bad: book.damaged } };
      const key = JSON.stringify([input, options, book.register]);
      if (kept?.key !== key) {
        const at = clock();
        try {
          const progress = (done: number, of: number) => work.step("building", done, of);
          kept = { key, result: await build(input, options, { earlier: book.register, now: at, progress }), at };
        } catch (error) {
          if (error instanceof Cancelled) throw error;
          const text = message(error, language);
          // a line the core names ("line 3: ...") is shown at its row
          const line = error instanceof BudgetError && typeof (error.params as { line?: unknown })?.line === "number" ? (error.params as { line: number }).line : null;
          const address = line === null ? undefined : read.lines[line - 1]?.address;
          return { table: current, plan: address === undefined ? { ...empty, error: text } : { ...empty, bad: [{ address, label: "", error: text }] } };
        }
      }
      const { result, at } = kept;
      const counts = new Map<string, number>();
      for (const l of input.lines) counts.set(l.department, (counts.get(l.department) ?? 0) + 1);
      const departments = result.register.map((e) => ({
        department: e.department,
        departmentName: e.departmentName,
        parent: e.parent,
        lines: counts.get(e.department) ?? 0,
        frame: e.frame,
        version: e.version,
        fileName: e.fileName,
      }));
      const content = statusContent(afterBuild(book, result.register, t), t, language, at, momentShown(at));
      const placed = statusPlacements(status.sheet, status.origin, content, options.unit ?? 1);
      const write = keptWrite(status, STATUS_MARK, content.rows, STATUS_WIDTH, [
        ...placed.formats.map((f) => ({ kind: "format" as const, ref: f.ref, format: { numberFormat: f.numberFormat, bold: f.bold } })),
        { kind: "filter", ref: placed.filter },
      ]);
      return { table: current, plan: { ...empty, departments, built: result, statusSheet: status.sheet, write } };
    },
    write: (plan, t): PreparedWrite => ({
      steps: plan.write?.steps ?? [],
      owned: plan.write?.owned,
      done: t.templates.builtDone(plan.departments.length, plan.statusSheet),
    }),
  };
}
