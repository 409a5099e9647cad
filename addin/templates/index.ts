// Standard budget templates and follow-up templates as files: build one .xlsx per department from
// the master's lines (or the Forecast panel's follow-up lines), and collect the returned files of
// either kind back. The rules (what a template holds, every check of a return, the consolidation)
// are core/templates and core/followupTemplates; this is the thin layer that turns them into .xlsx
// bytes and back (xlsxWrite.ts, xlsxRead.ts). No DOM: tests and tools drive it in Node, the Templates panel
// in the browser, where the files a user picks are read and sent nowhere.

import { BudgetError, type Language } from "../../core";
import {
  checkReturn,
  checksumContent,
  finding,
  latestReturns,
  planTemplates,
  readReturnMeta,
  registerEntry,
  templateBook,
  type CheckedReturn,
  type CollectReport,
  type EarlierReturn,
  type ReadBook,
  type RegisterEntry,
  type ReturnContext,
  type TemplateInput,
  type TemplateKind,
  type TemplateMeta,
  type TemplateOptions,
} from "../../core/templates";
import {
  checkFollowUpReturn,
  followUpBook,
  followUpChecksumContent,
  followUpRegisterEntry,
  latestFollowUps,
  planFollowUpTemplates,
  readFollowUpReturnMeta,
  returnKind,
  type CheckedFollowUp,
  type FollowUpContext,
  type FollowUpMeta,
  type FollowUpTemplateInput,
  type FollowUpTemplateOptions,
} from "../../core/followupTemplates";
import { sha256Hex } from "./sha256";
import { writeBook } from "./xlsxWrite";
import { FileProblem, readBook } from "./xlsxRead";

/** A returned file is refused unread beyond these: far more than any template holds. */
export const MAX_EXPANDED_BYTES = 50_000_000;
export const MAX_ROWS = 20_000;

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
  TemplateKind,
  EarlierReturn,
} from "../../core/templates";
export type { FollowUpReturn, FollowUpReturnLine, FollowUpTemplateInput, FollowUpTemplateLine, FollowUpTemplateOptions } from "../../core/followupTemplates";

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

/** Told after each file is built or read: how many of how many; waited for. */
export type FilesDone = (done: number, of: number) => Promise<void>;

export interface BuildSettings {
  /** The register so far: a department built again gets the next version. */
  earlier?: readonly RegisterEntry[];
  /** The time the templates are built at (default now). */
  now?: Date;
  /** Told after each file is built. */
  progress?: FilesDone;
}

export interface CollectSettings {
  /** Told after each file is read. */
  progress?: FilesDone;
  /** The language of the problems' messages; default Danish. */
  language?: Language;
  /** The budget year collected; default, for each kind, the latest year of the register's templates of that kind. */
  year?: number;
  /** The follow-up month collected; default any month (each department's latest return per month counts). */
  month?: number;
  /** The returns collected before: a department's new return replaces its earlier one. */
  earlier?: readonly EarlierReturn[];
}

/** Builds one template per department of the input. A bad input is a BudgetError naming the line. */
export async function buildTemplates(input: TemplateInput, options: TemplateOptions, settings: BuildSettings = {}): Promise<BuildResult> {
  const planned = planTemplates(input, options, settings.earlier ?? [], settings.now ?? new Date(), () => globalThis.crypto.randomUUID());
  const register: RegisterEntry[] = [];
  const files: BuiltTemplate[] = [];
  for (const p of planned) {
    const meta: TemplateMeta = { ...p.content, checksum: await sha256Hex(checksumContent(p.content)) };
    const bytes = await writeBook(templateBook(meta, p.instructions), { unitDecimals: meta.unit === 0.01 ? 2 : 0 });
    register.push(registerEntry(meta, p.fileName));
    files.push({ fileName: p.fileName, department: meta.department, bytes });
    await settings.progress?.(files.length, planned.length);
  }
  return { register, files };
}

/**
 * Builds one follow-up template per department of the follow-up lines, as at `options.month`. A
 * bad input is a BudgetError naming the line.
 */
export async function buildFollowUpTemplates(input: FollowUpTemplateInput, options: FollowUpTemplateOptions, settings: BuildSettings = {}): Promise<BuildResult> {
  const planned = planFollowUpTemplates(input, options, settings.earlier ?? [], settings.now ?? new Date(), () => globalThis.crypto.randomUUID());
  const register: RegisterEntry[] = [];
  const files: BuiltTemplate[] = [];
  for (const p of planned) {
    const meta: FollowUpMeta = { ...p.content, checksum: await sha256Hex(followUpChecksumContent(p.content)) };
    const bytes = await writeBook(followUpBook(meta, p.instructions, p.explanations), { unitDecimals: meta.unit === 0.01 ? 2 : 0 });
    register.push(followUpRegisterEntry(meta, p.fileName));
    files.push({ fileName: p.fileName, department: meta.department, bytes });
    await settings.progress?.(files.length, planned.length);
  }
  return { register, files };
}

const FILE_CODES = {
  FILE_EMPTY: () => new BudgetError("RETURN_FILE_EMPTY"),
  FILE_NOT_XLSX: () => new BudgetError("RETURN_NOT_XLSX"),
  FILE_ENCRYPTED: () => new BudgetError("RETURN_ENCRYPTED"),
  FILE_TOO_LARGE: () => new BudgetError("RETURN_TOO_LARGE", { megabytes: Math.round(MAX_EXPANDED_BYTES / 1e6) }),
  FILE_TOO_MANY_ROWS: () => new BudgetError("RETURN_TOO_MANY_ROWS", { rows: MAX_ROWS }),
  FILE_UNREADABLE: () => new BudgetError("RETURN_UNREADABLE"),
} as const;

const rejectedAs = (error: BudgetError): CheckedReturn => ({ status: "rejected", findings: [finding(error)], lines: [] });

type Checked = { kind: "budget"; checked: CheckedReturn } | { kind: "followup"; checked: CheckedFollowUp };

/**
 * One file checked: read, the kind its metadata records, its checksum taken, every check of that
 * kind made. Whatever a file holds, the answer is a status: a file the checks cannot make sense of
 * is one that cannot be read.
 */
async function checkFile(bytes: Uint8Array, context: ReturnContext, followUps: FollowUpContext): Promise<Checked> {
  let book: ReadBook;
  try {
    book = await readBook(bytes, { maxExpandedBytes: MAX_EXPANDED_BYTES, maxRows: MAX_ROWS });
  } catch (error) {
    return { kind: "budget", checked: rejectedAs(error instanceof FileProblem ? FILE_CODES[error.code]() : new BudgetError("RETURN_UNREADABLE")) };
  }
  try {
    if (returnKind(book) === "followup") {
      const read = readFollowUpReturnMeta(book);
      if ("rejected" in read) return { kind: "followup", checked: read.rejected };
      return { kind: "followup", checked: checkFollowUpReturn(book, read.meta, await sha256Hex(followUpChecksumContent(read.meta)), followUps) };
    }
    const read = readReturnMeta(book);
    if ("rejected" in read) return { kind: "budget", checked: read.rejected };
    return { kind: "budget", checked: checkReturn(book, read.meta, await sha256Hex(checksumContent(read.meta)), context) };
  } catch {
    return { kind: "budget", checked: rejectedAs(new BudgetError("RETURN_UNREADABLE")) };
  }
}

/** The latest year of the register's templates of a kind. */
const latestYear = (register: readonly RegisterEntry[], kind: TemplateKind) => Math.max(0, ...register.filter((e) => e.kind === kind).map((e) => e.year));

/**
 * Checks each returned file against the register and consolidates the accepted ones: budget
 * returns per department, follow-up returns per department and month, the last file given that
 * is not rejected. Either kind may come in one call: each file is checked as the kind its
 * metadata records. Never throws for a bad file: a file that cannot be read is a rejected file
 * with the reason.
 */
export async function collectReturns(
  register: readonly RegisterEntry[],
  files: readonly { fileName: string; bytes: Uint8Array }[],
  settings: CollectSettings = {},
): Promise<CollectReport> {
  const language = settings.language ?? "da";
  const context: ReturnContext = { register, year: settings.year ?? latestYear(register, "budget") };
  const followUpContext: FollowUpContext = {
    register,
    year: settings.year ?? latestYear(register, "followup"),
    ...(settings.month === undefined ? {} : { month: settings.month }),
  };
  const checked: ({ fileName: string } & Checked)[] = [];
  for (const file of files) {
    checked.push({ fileName: file.fileName, ...(await checkFile(file.bytes, context, followUpContext)) });
    await settings.progress?.(checked.length, files.length);
  }
  const budgets = checked.filter((r): r is { fileName: string; kind: "budget"; checked: CheckedReturn } => r.kind === "budget");
  const followUps = checked.filter((r): r is { fileName: string; kind: "followup"; checked: CheckedFollowUp } => r.kind === "followup");
  const earlier = settings.earlier ?? [];
  const order = [...new Set(register.map((e) => e.department))];
  const { counted, replacedBy } = latestReturns(budgets, earlier);
  const latest = latestFollowUps(followUps, earlier, order);
  const rank = (department: string) => (order.includes(department) ? order.indexOf(department) : order.length);
  const consolidated = [...counted.entries()].sort(([a], [b]) => rank(a) - rank(b)).flatMap(([, r]) => r.checked.lines);
  const replaced = (r: (typeof checked)[number]) => (r.kind === "budget" ? replacedBy.get(r) : latest.replacedBy.get(r));
  return {
    files: checked.map((r) => ({
      fileName: r.fileName,
      ...(r.checked.department === undefined ? {} : { department: r.checked.department }),
      status: r.checked.status,
      problems: r.checked.findings.map((f) => ({
        code: f.error.code,
        severity: f.severity,
        ...(f.sheet === undefined ? {} : { sheet: f.sheet }),
        ...(f.cell === undefined ? {} : { cell: f.cell }),
        message: f.error.describe(language),
      })),
      ...(r.checked.id === undefined ? {} : { id: r.checked.id, version: r.checked.version }),
      ...(replaced(r) === undefined ? {} : { replacedBy: replaced(r) }),
      ...(r.kind === "followup" ? { kind: r.kind, ...(r.checked.month === undefined ? {} : { month: r.checked.month }) } : {}),
    })),
    consolidated,
    followUps: latest.followUps,
  };
}
