// How the status sheet moves on (templateStatus.ts holds its layout): after a build, the register
// grows and every department of the latest year has a row for its latest template; after a
// collect, each file received becomes its department's latest, the file it follows goes to the
// earlier returns, and the accepted return that counts is the one in the consolidation.
//
// The rules:
//   - a department's row shows the latest file received for its latest template, whatever its
//     status, so a rejected correction is seen; the consolidation keeps the last accepted return
//     (a rejected file replaces nothing there), and the row names it;
//   - a department built again (a new version) is not returned until a file of the new version
//     comes back: the file it had returned goes to the earlier returns, its consolidated lines stay
//     until a new return is accepted;
//   - the problems listed are those of each department's latest file, and of this collect's files
//     of no department of the register (not ours, another year).

import type { CollectReport, FileReport, RegisterEntry } from "../../core/templates/types";
import type { EarlierReturn } from "../../core/templates";
import { problemCounts } from "../../core/templates/status";
import type { Strings } from "./i18n";
import { latestTemplates, type HistoryRow, type ProblemRow, type Received, type StatusBook, type StatusRow } from "./templateStatus";

/** Each department of the register's latest year with its latest template, the earlier row's returns kept where they still hold. */
function rowsFor(register: readonly RegisterEntry[], earlier: readonly StatusRow[]): { rows: StatusRow[]; moved: HistoryRow[]; reset: Set<string> } {
  const moved: HistoryRow[] = [];
  const reset = new Set<string>();
  const rows = latestTemplates(register).map((entry): StatusRow => {
    const before = earlier.find((r) => r.department === entry.department);
    const month = entry.month ?? null;
    const same = before !== undefined && before.version === entry.version && before.month === month;
    if (before?.latest && !same) {
      // the replacing template is named when it is the next month's; a new version is named by its version
      moved.push({ ...before.latest, department: entry.department, version: before.version, replacedBy: before.month !== month && month !== null ? `${month}` : "" });
      reset.add(entry.department);
    }
    return {
      department: entry.department,
      departmentName: entry.departmentName,
      parent: entry.parent,
      version: entry.version,
      month: entry.month ?? null,
      deadline: entry.deadline,
      latest: same ? before.latest : null,
      // a follow-up return counts for its month only; a budget return stays consolidated until another is accepted
      consolidated: month === null || before?.month === month ? (before?.consolidated ?? null) : null,
    };
  });
  return { rows, moved, reset };
}

/** The status after templates were built: `built` joins the register. */
export function afterBuild(book: StatusBook, built: readonly RegisterEntry[], t: Strings): StatusBook {
  const register = [...book.register, ...built];
  const { rows, moved, reset } = rowsFor(register, book.rows);
  const version = new Map(rows.map((r) => [r.department, r.version]));
  const history = [
    ...book.history,
    ...moved.map((h) => ({ ...h, replacedBy: h.replacedBy === "" ? t.templates.newVersionSent(version.get(h.department) ?? 0) : t.templates.nextMonthSent(t.monthsLong[Number(h.replacedBy) - 1]) })),
  ];
  const problems = book.problems.filter((p) => version.has(p.department) && !reset.has(p.department));
  return { register, rows, problems, history };
}

/** The returns a collect replaces: each department's return in the consolidation. */
export function earlierReturns(book: StatusBook): EarlierReturn[] {
  return book.rows.flatMap((r) => (r.consolidated === null ? [] : [{ department: r.department, fileName: r.consolidated.fileName, received: r.consolidated.received }]));
}

const counts = (file: FileReport) => {
  const { rejects, remarks } = problemCounts(file.problems);
  return { errors: rejects, remarks };
};

/** The problems of a file, as the status sheet lists them. */
const problemsOf = (file: FileReport, department: string): ProblemRow[] =>
  file.problems.map((p) => ({ department, fileName: file.fileName, sheet: p.sheet ?? "", cell: p.cell ?? "", severity: p.severity, message: p.message, code: p.code }));

/** The status after a collect: `report` of files collected at `received` ("2026-09-10 14:32"). */
export function afterCollect(book: StatusBook, report: CollectReport, received: string): StatusBook {
  const rows = rowsFor(book.register, book.rows).rows.map((r) => ({ ...r }));
  const byDepartment = new Map(rows.map((r) => [r.department, r]));
  const history = [...book.history];
  const fresh = new Map<string, ProblemRow[]>();
  const strays: ProblemRow[] = [];
  for (const file of report.files) {
    const row = file.department === undefined ? undefined : byDepartment.get(file.department);
    // a file of no department of the register: its problems are listed, it has no row
    if (row === undefined) {
      strays.push(...problemsOf(file, file.department ?? ""));
      continue;
    }
    const now: Received = { fileName: file.fileName, received, status: file.status, ...counts(file) };
    // a follow-up return of an earlier month than the department's latest template is listed with
    // the earlier returns and its problems; it is not the latest template's return
    if (file.month !== undefined && row.month !== null && file.month !== row.month) {
      history.push({ ...now, department: row.department, version: null, replacedBy: "" });
      strays.push(...problemsOf(file, row.department));
      continue;
    }
    if (row.latest !== null) history.push({ ...row.latest, department: row.department, version: row.version, replacedBy: file.fileName });
    row.latest = now;
    fresh.set(row.department, problemsOf(file, row.department));
    if (file.status !== "rejected" && file.replacedBy === undefined) row.consolidated = { fileName: file.fileName, received };
  }
  const order = rows.map((r) => r.department);
  const problems = [
    ...order.flatMap((d) => fresh.get(d) ?? book.problems.filter((p) => p.department === d)),
    ...strays,
  ];
  return { register: book.register, rows, problems, history };
}
