// A returned file, checked: is it one of our templates, the right year, kind and version, and is
// its locked content what was sent (the checksum, against the register)? Then every line
// (returnLines.ts). Each problem names the sheet and cell in the department's file and decides
// the file's status: a file with any problem that must be corrected is rejected; one with only
// remarks (a missing justification, the total over the frame) is accepted with remarks.

import { BudgetError } from "../errors";
import type { ReadBook, ReadSheet } from "./book";
import { cellName } from "./layout";
import { findMetaSheet, MetaDamage, readMeta, TEMPLATE_FORMAT, type TemplateMeta } from "./meta";
import { finding, statusOf, type Finding } from "./findings";
import { checkLines } from "./returnLines";
import type { ConsolidatedLine, RegisterEntry, ReturnStatus, TemplateKind } from "./types";

export interface CheckedReturn {
  department?: string;
  id?: string;
  version?: number;
  status: ReturnStatus;
  findings: Finding[];
  /** The lines, with months computed from the inputs; empty when the file is rejected. */
  lines: ConsolidatedLine[];
}

/** What a file's metadata says, or why it cannot be read: the first step of a check. */
export type MetaReading = { meta: TemplateMeta } | { rejected: CheckedReturn };

const rejected = (f: Finding, meta?: Pick<TemplateMeta, "department" | "id" | "version">): CheckedReturn => ({
  ...(meta ? { department: meta.department, id: meta.id, version: meta.version } : {}),
  status: "rejected",
  findings: [f],
  lines: [],
});

/**
 * Finds the metadata sheet of a returned book and reads it with `read` (a kind's own reader): a
 * file without one is not ours, a format beyond this version's is refused, damage names its cell.
 */
export function readMetaWith<M>(book: ReadBook, read: (sheet: ReadSheet) => M): { meta: M } | { rejected: CheckedReturn } {
  const sheet = findMetaSheet(book.sheets);
  if (!sheet) return { rejected: rejected(finding(new BudgetError("RETURN_NOT_OURS"))) };
  const format = sheet.rows[0]?.[1]?.value;
  if (typeof format !== "number" || !Number.isSafeInteger(format) || format < 1) {
    return { rejected: rejected(finding(new BudgetError("RETURN_META_DAMAGED"), sheet.name, "B1")) };
  }
  if (format > TEMPLATE_FORMAT) return { rejected: rejected(finding(new BudgetError("RETURN_FORMAT_UNKNOWN", { format }), sheet.name, "B1")) };
  try {
    return { meta: read(sheet) };
  } catch (error) {
    if (error instanceof MetaDamage) return { rejected: rejected(finding(new BudgetError("RETURN_META_DAMAGED"), sheet.name, cellName(error.row, error.column))) };
    throw error;
  }
}

/** Finds and reads the metadata sheet of a returned budget template. */
export function readReturnMeta(book: ReadBook): MetaReading {
  return readMetaWith(book, readMeta);
}

export interface ReturnContext {
  register: readonly RegisterEntry[];
  /** The budget year being collected. */
  year: number;
}

/**
 * Checks a returned book whose metadata has been read. `checksum` is the SHA-256 of the
 * metadata's checksumContent, computed by the caller.
 */
export function checkReturn(book: ReadBook, meta: TemplateMeta, checksum: string, context: ReturnContext): CheckedReturn {
  const who = { department: meta.department, id: meta.id, version: meta.version };
  if (meta.kind !== "budget") return rejected(finding(new BudgetError("RETURN_KIND_OTHER", { kind: meta.kind })), who);
  if (meta.year !== context.year) return rejected(finding(new BudgetError("RETURN_YEAR_OTHER", { year: meta.year, expected: context.year })), who);
  const entry = context.register.find((e) => e.id === meta.id);
  if (!entry) return rejected(finding(new BudgetError("RETURN_UNKNOWN_TEMPLATE", { department: meta.department })), who);
  const latest = Math.max(...context.register.filter((e) => e.department === entry.department && e.year === entry.year && e.kind === entry.kind).map((e) => e.version));
  if (entry.version < latest) return rejected(finding(new BudgetError("RETURN_OLDER_VERSION", { version: entry.version, latest })), who);
  if (checksum !== meta.checksum || checksum !== entry.checksum) return rejected(finding(new BudgetError("RETURN_TAMPERED")), who);
  const checked = checkLines(book, meta);
  return { ...who, status: statusOf(checked.findings), findings: checked.findings, lines: statusOf(checked.findings) === "rejected" ? [] : checked.lines };
}

/** The return of a department already collected: what a new one replaces. */
export interface EarlierReturn {
  department: string;
  fileName: string;
  received: string;
  /** A follow-up return's kind and month; absent: a budget return. */
  kind?: TemplateKind;
  month?: number;
}

/** What a return replaces: by default, the same department's return of a budget template. */
export interface ReturnGroup<R> {
  of: (r: R) => string | undefined;
  ofEarlier: (e: EarlierReturn) => string | undefined;
}

const byDepartment: ReturnGroup<{ checked: { department?: string } }> = {
  of: (r) => r.checked.department,
  ofEarlier: (e) => (e.kind === undefined || e.kind === "budget" ? e.department : undefined),
};

/**
 * Each department's return that counts, among `returns` (in the order the files were given):
 * the last one not rejected. Files of a department that a later file replaces get a note,
 * and the one that counts a note when it replaces an earlier collect's return. `group` says
 * which returns replace each other (a follow-up's: the same department and month).
 */
export function latestReturns<R extends { fileName: string; checked: Pick<CheckedReturn, "department" | "status" | "findings"> }>(
  returns: readonly R[],
  earlier: readonly EarlierReturn[],
  group: ReturnGroup<R> = byDepartment,
): { counted: Map<string, R>; replacedBy: Map<R, string> } {
  const counted = new Map<string, R>();
  const replacedBy = new Map<R, string>();
  for (const r of returns) {
    const key = group.of(r);
    if (key === undefined || r.checked.status === "rejected") continue;
    const before = counted.get(key);
    if (before) replacedBy.set(before, r.fileName);
    counted.set(key, r);
  }
  for (const [key, r] of counted) {
    const previous = earlier.find((e) => group.ofEarlier(e) === key);
    if (previous) r.checked.findings.push(finding(new BudgetError("RETURN_REPLACES", { fileName: previous.fileName, received: previous.received })));
  }
  for (const [r, by] of replacedBy) r.checked.findings.push(finding(new BudgetError("RETURN_REPLACED", { fileName: by })));
  return { counted, replacedBy };
}
