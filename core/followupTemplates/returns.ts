// A returned follow-up file, checked: the kind its metadata records is read first (a budget
// template goes the budget way, core/templates/returns.ts); then, as for a budget template, is it
// the right year (and month, when one is collected), in the register, the latest version for its
// department, year and month, and is its locked content what was sent (the checksum, against the
// register)? Then its lines (returnLines.ts) and its action plan (returnActions.ts). Each problem
// names the sheet and cell and decides the file's status, as a budget template's do.

import { BudgetError } from "../errors";
import type { ReadBook } from "../templates/book";
import { finding, statusOf, type Finding } from "../templates/findings";
import { findMetaSheet, metaKind } from "../templates/meta";
import { latestReturns, readMetaWith, type EarlierReturn } from "../templates/returns";
import type { RegisterEntry, ReturnStatus, TemplateKind } from "../templates/types";
import { FOLLOWUP_KIND, readFollowUpMeta, type FollowUpMeta } from "./meta";
import { checkFollowUpActions } from "./returnActions";
import { checkFollowUpLines } from "./returnLines";
import type { FollowUpReturn } from "./types";

export interface CheckedFollowUp {
  department?: string;
  id?: string;
  version?: number;
  month?: number;
  status: ReturnStatus;
  findings: Finding[];
  /** The return as accepted; null when the file is rejected. */
  followUp: Omit<FollowUpReturn, "fileName"> | null;
}

export interface FollowUpContext {
  register: readonly RegisterEntry[];
  /** The budget year being followed up. */
  year: number;
  /** The month collected; absent: a return of any month is taken. */
  month?: number;
}

/** The kind of template a returned book is, by its metadata: a file that is no follow-up goes the budget way. */
export function returnKind(book: ReadBook): TemplateKind {
  const sheet = findMetaSheet(book.sheets);
  return sheet !== undefined && metaKind(sheet) === FOLLOWUP_KIND ? FOLLOWUP_KIND : "budget";
}

const rejected = (f: Finding, meta?: Pick<FollowUpMeta, "department" | "id" | "version" | "month">): CheckedFollowUp => ({
  ...(meta ? { department: meta.department, id: meta.id, version: meta.version, month: meta.month } : {}),
  status: "rejected",
  findings: [f],
  followUp: null,
});

/** Finds and reads a follow-up's metadata sheet. */
export function readFollowUpReturnMeta(book: ReadBook): { meta: FollowUpMeta } | { rejected: CheckedFollowUp } {
  const read = readMetaWith(book, readFollowUpMeta);
  if ("meta" in read) return read;
  const { lines, ...rest } = read.rejected;
  void lines;
  return { rejected: { ...rest, followUp: null } };
}

/**
 * Checks a returned follow-up whose metadata has been read. `checksum` is the SHA-256 of the
 * metadata's followUpChecksumContent, computed by the caller.
 */
export function checkFollowUpReturn(book: ReadBook, meta: FollowUpMeta, checksum: string, context: FollowUpContext): CheckedFollowUp {
  const who = { department: meta.department, id: meta.id, version: meta.version, month: meta.month };
  if (meta.year !== context.year) return rejected(finding(new BudgetError("RETURN_YEAR_OTHER", { year: meta.year, expected: context.year })), who);
  if (context.month !== undefined && meta.month !== context.month) {
    return rejected(finding(new BudgetError("FOLLOWUP_MONTH_OTHER", { month: meta.month, expected: context.month })), who);
  }
  const entry = context.register.find((e) => e.id === meta.id && e.kind === FOLLOWUP_KIND);
  if (!entry) return rejected(finding(new BudgetError("RETURN_UNKNOWN_TEMPLATE", { department: meta.department })), who);
  const same = context.register.filter((e) => e.kind === FOLLOWUP_KIND && e.department === entry.department && e.year === entry.year && e.month === entry.month);
  const latest = Math.max(...same.map((e) => e.version));
  if (entry.version < latest) return rejected(finding(new BudgetError("RETURN_OLDER_VERSION", { version: entry.version, latest })), who);
  if (checksum !== meta.checksum || checksum !== entry.checksum) return rejected(finding(new BudgetError("FOLLOWUP_RETURN_TAMPERED")), who);
  const lines = checkFollowUpLines(book, meta);
  const actions = checkFollowUpActions(book, meta);
  const findings = [...lines.findings, ...actions.findings];
  const status = statusOf(findings);
  const { department, departmentName, parent, year, month } = meta;
  return {
    ...who,
    status,
    findings,
    followUp: status === "rejected" ? null : { department, departmentName, parent, year, month, lines: lines.lines, actions: actions.actions },
  };
}

/** A follow-up replaces the same department's return of the same month. */
const byDepartmentAndMonth = {
  of: (r: { checked: CheckedFollowUp }) => (r.checked.department === undefined ? undefined : `${r.checked.department}\u0000${r.checked.month}`),
  ofEarlier: (e: EarlierReturn) => (e.kind === FOLLOWUP_KIND ? `${e.department}\u0000${e.month}` : undefined),
};

/**
 * The follow-up returns that count, among `returns` (in the order the files were given): per
 * department and month the last one not rejected, with the notes of what replaces what; the
 * returns in the order of `departments` (the register's), then by month.
 */
export function latestFollowUps<R extends { fileName: string; checked: CheckedFollowUp }>(
  returns: readonly R[],
  earlier: readonly EarlierReturn[],
  departments: readonly string[],
): { followUps: FollowUpReturn[]; replacedBy: Map<R, string> } {
  const { counted, replacedBy } = latestReturns(returns, earlier, byDepartmentAndMonth);
  const rank = (department: string) => (departments.includes(department) ? departments.indexOf(department) : departments.length);
  const followUps = [...counted.values()]
    .flatMap((r) => (r.checked.followUp === null ? [] : [{ ...r.checked.followUp, fileName: r.fileName }]))
    .sort((a, b) => rank(a.department) - rank(b.department) || a.month - b.month);
  return { followUps, replacedBy };
}
