// Standard budget templates as files: build one .xlsx per department from the master's lines, and
// collect the returned files back. The rules (what a template holds, every check of a return, the
// consolidation) are core/templates; this is the thin layer that turns them into .xlsx bytes and
// back (xlsxWrite.ts, xlsxRead.ts). No DOM: tests and tools drive it in Node, the Templates panel
// in the browser, where the files a user picks are read and sent nowhere.

import type { Language } from "../../core";
import type { CollectReport, RegisterEntry, TemplateInput, TemplateOptions } from "../../core/templates/types";

export type {
  CollectReport,
  ConsolidatedLine,
  FileReport,
  MasterFrame,
  MasterLine,
  RegisterEntry,
  ReturnProblem,
  ReturnStatus,
  TemplateInput,
  TemplateOptions,
} from "../../core/templates/types";

export interface BuiltTemplate {
  /** E.g. "2027 4101 Kardiologisk afd.xlsx". */
  fileName: string;
  department: string;
  bytes: Uint8Array;
}

export interface BuildResult {
  /** One entry per template built, to keep in the master's status sheet. */
  register: RegisterEntry[];
  files: BuiltTemplate[];
}

export interface BuildSettings {
  /** The register so far: a department built again gets the next version. */
  earlier?: readonly RegisterEntry[];
  /** The time the templates are built at (default now). */
  now?: Date;
}

export interface CollectSettings {
  /** The language of the problems' messages; default Danish. */
  language?: Language;
}

/** Builds one template per department of the input. A bad input is a BudgetError naming the line. */
export async function buildTemplates(input: TemplateInput, options: TemplateOptions, settings: BuildSettings = {}): Promise<BuildResult> {
  void input;
  void options;
  void settings;
  throw new Error("buildTemplates: not yet implemented");
}

/** Checks each returned file against the register and consolidates the accepted ones. Never throws for a bad file. */
export async function collectReturns(register: readonly RegisterEntry[], files: readonly { fileName: string; bytes: Uint8Array }[], settings: CollectSettings = {}): Promise<CollectReport> {
  void register;
  void files;
  void settings;
  throw new Error("collectReturns: not yet implemented");
}
