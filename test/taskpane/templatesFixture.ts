// What the Templates panel's tests share: the sample workbook on the preview gateway, a build and
// a collect that stand in for addin/templates (the panel's plans are tested here, the files
// themselves in test/templates), and a write made as the write flow makes it.

import { expect } from "vitest";
import type { Language } from "../../core";
import { consolidationTotals } from "../../core/templates/consolidate";
import type { CollectReport, ConsolidatedLine, FileReport, RegisterEntry } from "../../core/templates/types";
import { applyWrite } from "../../addin/gateway/journal";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { sampleSheets } from "../../addin/preview/sample";
import { guessColumns } from "../../addin/taskpane/columnGuess";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { templateBuildPlanner, initialBuildForm, type BuildTemplates, type TemplateBuildForm, type TemplateBuildPlan } from "../../addin/taskpane/templateBuild";
import type { CollectReturns } from "../../addin/taskpane/templateCollect";
import { TEMPLATE_COLUMNS } from "../../addin/taskpane/templateInput";
import { examineWrite, type PreparedWrite } from "../../addin/taskpane/writeFlow";
import type { Sheets } from "hyperformula";

export const strings = (language: Language) => (language === "da" ? da : en);

export function sample(sheets: Sheets = sampleSheets()) {
  const book = new PreviewWorkbook(createEngine(sheets));
  return { book, gateway: new PreviewGateway(book) };
}

/** The time every build in the tests is made at: 1 September 2026, 10:15 local time. */
export const BUILT_AT = new Date(2026, 8, 1, 10, 15);

/**
 * A build that makes the register as addin/templates does (one entry per department in the order
 * of the lines, the next version after the earlier register's) with a file of three bytes each.
 */
export function fakeBuild(calls: { count: number } = { count: 0 }): BuildTemplates {
  return async (input, options, settings) => {
    calls.count++;
    const departments = [...new Map(input.lines.map((l) => [l.department, l])).values()];
    const register: RegisterEntry[] = departments.map((l) => {
      const version = 1 + Math.max(0, ...(settings.earlier ?? []).filter((e) => e.department === l.department && e.year === options.year).map((e) => e.version));
      return {
        id: `${options.year}-${l.department}-v${version}`,
        kind: "budget",
        version,
        department: l.department,
        departmentName: l.departmentName,
        parent: l.parent,
        year: options.year,
        unit: options.unit ?? 1,
        frame: input.frames.find((f) => f.department === l.department)?.frame ?? 0,
        checksum: "ab".repeat(32),
        generated: (settings.now ?? BUILT_AT).toISOString(),
        deadline: options.deadline ?? null,
        fileName: `${options.year} ${l.department} ${l.departmentName}.xlsx`,
      };
    });
    return { register, files: register.map((e) => ({ fileName: e.fileName, department: e.department, bytes: new Uint8Array([1, 2, 3]) })) };
  };
}

/** The sample's lines table, columns guessed, and the fields for the sample's frames. */
export async function buildRequest(gateway: PreviewGateway, language: Language, patch: Partial<TemplateBuildForm> = {}) {
  const table = await gateway.readRange("Skabelonlinjer!A1:H30");
  const framesTable = await gateway.readRange("Rammer!A1:C7");
  const form: TemplateBuildForm = {
    ...initialBuildForm(strings(language), language, BUILT_AT),
    deadline: "2026-09-15",
    framesRef: "Rammer!A1:C7",
    framesHeaders: framesTable.values[0],
    frameUnitColumn: 0,
    frameColumn: 2,
    ...patch,
  };
  return { table, columns: guessColumns(table.values, TEMPLATE_COLUMNS), form };
}

/** Plans the sample's build with the fake. */
export async function planBuild(gateway: PreviewGateway, language: Language, patch: Partial<TemplateBuildForm> = {}, build: BuildTemplates = fakeBuild()) {
  const planner = templateBuildPlanner(build, () => BUILT_AT);
  const { plan } = await planner.plan({ gateway, t: strings(language), language }, await buildRequest(gateway, language, patch));
  return { planner, plan };
}

/** Writes as the write flow does when the user has been asked nothing: the losses must be none. */
export async function writeUnasked(gateway: PreviewGateway, prepared: PreparedWrite | null) {
  if (prepared === null) throw new Error("nothing to write");
  const examined = await examineWrite(gateway, prepared);
  expect(examined.losses).toEqual([]);
  return applyWrite(gateway, prepared.steps, examined.before);
}

/** Builds the sample's templates and writes the register: what a department is sent. */
export async function built(gateway: PreviewGateway, language: Language, patch: Partial<TemplateBuildForm> = {}): Promise<TemplateBuildPlan> {
  const { planner, plan } = await planBuild(gateway, language, patch);
  await writeUnasked(gateway, planner.write(plan, strings(language)));
  return plan;
}

/** A line a department returned, its months the annual amount's twelfths by largest remainder as the core gives them. */
export function returnedLine(department: string, key: string, annual: number, extra: Partial<ConsolidatedLine> = {}): ConsolidatedLine {
  const base = Math.trunc(annual / 12);
  const rest = annual - base * 12;
  return {
    department,
    departmentName: `Afd. ${department}`,
    parent: "Hospital Nord",
    key,
    account: key,
    text: `Konto ${key}`,
    lastBudget: annual,
    lastActual: null,
    annual,
    profile: "lige",
    justification: "",
    months: Array.from({ length: 12 }, (_, m) => base + (m < rest ? 1 : 0)),
    ...extra,
  };
}

/** A collect that reports `files` and consolidates `lines`, recording what it was given. */
export function fakeCollect(files: FileReport[], lines: ConsolidatedLine[], calls: { count: number; earlier?: unknown } = { count: 0 }): CollectReturns {
  return async (_register, _files, settings) => {
    calls.count++;
    calls.earlier = settings.earlier;
    const report: CollectReport = { files, consolidated: lines, followUps: [] };
    return report;
  };
}

/** The totals the core makes of lines, for the expected values. */
export const totalsOf = consolidationTotals;

/** A sheet's cells as a person sees them (text behind its apostrophe shown without it). */
export const sheetCells = (book: PreviewWorkbook, sheet: string) =>
  book.engine.getSheetSerialized(book.sheetId(sheet)).map((row) => row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)));
