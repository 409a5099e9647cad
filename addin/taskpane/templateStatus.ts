// The Templates panel's status sheet (Skabelonstatus / Template status) in the master workbook:
// what was sent to whom and what came back. It is written by a build (the register grows) and by a
// collect (the returns), and read back by both; the one table of which section holds what is here,
// so writing and reading back cannot drift apart.
//
// From the block's first cell (found by its mark, or A1), rows:
//   the title, an information line, a blank row;
//   "Status per department": its header, one row per department of the register's latest year
//     (its latest template): the status of the latest file received (or not returned, with the
//     days left to the deadline), that file, when, its counts of errors and remarks, and the file
//     whose lines are in the consolidation; the status column is the AutoFilter's first;
//   "Problems": the problems of each department's latest file (sheet and cell in that file);
//   "Earlier returns": every file that a later one for its department replaced as the latest;
//   "Register of templates built": every template ever built, all versions, every field a
//     returned file is checked against.
// A blank row ends each section. Sections are found by their headings, in either language, and
// rows are read by their content, not their place: rows sorted or filtered read the same.

import { cellText, isBlank, UNITS, type Language, type Unit } from "../../core";
import { daysToDeadline } from "../../core/templates/status";
import type { RegisterEntry, ReturnProblem, ReturnStatus } from "../../core/templates/types";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { CellInput, CellValue, RangeData } from "../gateway/types";
import type { Strings } from "./i18n";
import { da } from "./i18n/da";
import { en } from "./i18n/en";
import type { BadLine } from "./planner";
import { amountFormat } from "./numberFormats";
import { intactRow, type SheetMemory } from "./sheetMemory";

type Words = Strings["templates"];
const LANGUAGES: readonly Words[] = [en.templates, da.templates];

export const STATUS_COLUMNS = [
  "status",
  "department",
  "departmentName",
  "parent",
  "version",
  "deadline",
  "days",
  "fileName",
  "received",
  "errors",
  "remarks",
  "consolidatedFile",
  "consolidatedReceived",
] as const;
export const PROBLEM_COLUMNS = ["department", "fileName", "sheet", "cell", "severity", "message", "code"] as const;
export const HISTORY_COLUMNS = ["department", "fileName", "received", "status", "version", "errors", "remarks", "replacedBy"] as const;
export const REGISTER_COLUMNS = ["id", "kind", "version", "department", "departmentName", "parent", "year", "unit", "frame", "deadline", "generated", "fileName", "checksum", "month"] as const;

/** Every row of the block has this many cells. */
export const STATUS_WIDTH = Math.max(STATUS_COLUMNS.length, PROBLEM_COLUMNS.length, HISTORY_COLUMNS.length, REGISTER_COLUMNS.length);

/** What a sheet section is; "status" is the status per department. */
export type Section = "status" | "problems" | "history" | "register";
const SECTIONS: readonly Section[] = ["status", "problems", "history", "register"];

/** A file received from a department, as the status sheet keeps it. */
export interface Received {
  fileName: string;
  /** When it was collected: "2026-09-10 14:32". */
  received: string;
  status: ReturnStatus;
  errors: number;
  remarks: number;
}

export interface StatusRow {
  department: string;
  departmentName: string;
  parent: string;
  version: number;
  /** A follow-up template's month; null for a budget template. */
  month: number | null;
  deadline: string | null;
  /** The latest file received from the department, for its latest template; null: not returned. */
  latest: Received | null;
  /** The return whose lines are in the consolidation. */
  consolidated: { fileName: string; received: string } | null;
}

export interface ProblemRow {
  department: string;
  fileName: string;
  sheet: string;
  cell: string;
  severity: ReturnProblem["severity"];
  message: string;
  code: string;
}

export interface HistoryRow extends Received {
  department: string;
  version: number | null;
  replacedBy: string;
}

/** Everything the status sheet says. */
export interface StatusBook {
  register: RegisterEntry[];
  rows: StatusRow[];
  problems: ProblemRow[];
  history: HistoryRow[];
}

/** The status sheet read back, and the register's rows changed since they were written. */
export interface ReadStatus extends StatusBook {
  damaged: BadLine[];
}

const text = cellText;

const headerOf = (w: Words, section: Section): string[] => {
  switch (section) {
    case "status":
      return STATUS_COLUMNS.map((c) => w.statusHeaders[c]);
    case "problems":
      return PROBLEM_COLUMNS.map((c) => w.problemHeaders[c]);
    case "history":
      return HISTORY_COLUMNS.map((c) => w.historyHeaders[c]);
    case "register":
      return REGISTER_COLUMNS.map((c) => w.registerHeaders[c]);
  }
};

const headingOf = (w: Words, section: Section): string => w.statusHeadings[section];

const statusWord = (w: Words, status: ReturnStatus | null): string => (status === null ? w.notReturned : w.statuses[status]);

/** A date "2026-09-15" as the language writes it: 15.09.2026 in Danish. */
export function dateShown(date: string, language: Language): string {
  const [y, m, d] = date.split("-");
  return language === "da" && d !== undefined ? `${d}.${m}.${y}` : date;
}

/** A moment as the sheets show it, in local time: "2026-09-10 14:32". */
export function momentShown(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The latest year of the register, and its latest template per department (of the latest month, for follow-ups), in the order first built. */
export function latestTemplates(register: readonly RegisterEntry[]): RegisterEntry[] {
  const year = Math.max(0, ...register.map((e) => e.year));
  const latest = new Map<string, RegisterEntry>();
  for (const entry of register) {
    if (entry.year !== year) continue;
    const before = latest.get(entry.department);
    // a follow-up template of a later month is the latest whatever its version (versions count per month)
    const later = before === undefined || (entry.month ?? 0) > (before.month ?? 0) || ((entry.month ?? 0) === (before.month ?? 0) && entry.version > before.version);
    if (later) latest.set(entry.department, entry);
  }
  return [...latest.values()];
}

/** The sheet's content, rows of STATUS_WIDTH cells, and where its parts are (rows from the block's first). */
export interface StatusContent {
  rows: CellInput[][];
  /** The status table: its header row and how many departments below it. */
  statusHeader: number;
  statusRows: number;
  /** Header and heading rows (bold), and the rows of the register (their frame an amount). */
  bold: number[];
  register: { first: number; count: number };
}

/** The status sheet's content for `book`, written on `updated` (for the days left, `today`). */
export function statusContent(book: StatusBook, t: Strings, language: Language, today: Date, updated: string): StatusContent {
  const w = t.templates;
  const pad = (cells: CellInput[]): CellInput[] => [...cells, ...new Array<CellInput>(STATUS_WIDTH - cells.length).fill("")];
  const rows: CellInput[][] = [];
  const bold: number[] = [0];
  const year = Math.max(0, ...book.register.map((e) => e.year));
  const returned = book.rows.filter((r) => r.latest !== null).length;
  // a sheet keeps the register of one kind: the follow-up status is titled by its latest month
  const followUp = book.register.find((e) => e.kind === "followup" && e.year === year);
  const month = Math.max(0, ...book.register.filter((e) => e.year === year).map((e) => e.month ?? 0));
  rows.push(pad([followUp === undefined ? w.statusTitle(year) : w.followUpStatusTitle(year, t.monthsLong[month - 1] ?? "")]));
  rows.push(pad([w.statusInfo(book.rows.length, returned, updated)]));
  rows.push(pad([]));
  const section = (name: Section, lines: CellInput[][]) => {
    bold.push(rows.length, rows.length + 1);
    rows.push(pad([headingOf(w, name)]));
    rows.push(pad(headerOf(w, name)));
    const first = rows.length;
    for (const line of lines) rows.push(pad(line));
    rows.push(pad([]));
    return first;
  };
  const statusFirst = section(
    "status",
    book.rows.map((r) => [
      statusWord(w, r.latest?.status ?? null),
      r.department,
      r.departmentName,
      r.parent,
      r.version,
      r.deadline === null ? "" : dateShown(r.deadline, language),
      r.latest === null ? (daysToDeadline(r.deadline, today) ?? "") : "",
      r.latest?.fileName ?? "",
      r.latest?.received ?? "",
      r.latest?.errors ?? "",
      r.latest?.remarks ?? "",
      r.consolidated?.fileName ?? "",
      r.consolidated?.received ?? "",
    ]),
  );
  section(
    "problems",
    book.problems.map((p) => [p.department, p.fileName, p.sheet, p.cell, w.severities[p.severity], p.message, p.code]),
  );
  section(
    "history",
    book.history.map((h) => [h.department, h.fileName, h.received, statusWord(w, h.status), h.version ?? "", h.errors, h.remarks, h.replacedBy]),
  );
  const registerFirst = section(
    "register",
    book.register.map((e) => [e.id, w.registerKinds[e.kind], e.version, e.department, e.departmentName, e.parent, e.year, e.unit, e.frame, e.deadline ?? "", e.generated, e.fileName, e.checksum, e.month ?? ""]),
  );
  // the last section needs no blank row after it
  rows.pop();
  return { rows, statusHeader: statusFirst - 1, statusRows: book.rows.length, bold, register: { first: registerFirst, count: book.register.length } };
}


/** Where the content goes on the sheet: the status table for the AutoFilter, bold rows, the frames' number format. */
export function statusPlacements(sheet: string, origin: { row: number; column: number }, content: StatusContent, unit: Unit) {
  const block = (row: number, column: number, rows: number, columns: number) =>
    withSheet(sheet, blockAddress({ row: origin.row + row, column: origin.column + column }, rows, columns));
  const frame = REGISTER_COLUMNS.indexOf("frame");
  const year = REGISTER_COLUMNS.indexOf("year");
  const { first, count } = content.register;
  return {
    filter: block(content.statusHeader, 0, content.statusRows + 1, STATUS_COLUMNS.length),
    formats: [
      ...content.bold.map((row) => ({ ref: block(row, 0, 1, STATUS_WIDTH), bold: true })),
      // a frame is an amount; a budget year is no amount: 2027, never 2.027
      ...(count > 0 ? [{ ref: block(first, frame, count, 1), numberFormat: amountFormat(unit) }, { ref: block(first, year, count, 1), numberFormat: "0" }] : []),
    ] as { ref: string; numberFormat?: string; bold?: boolean }[],
  };
}

// --- reading back ---------------------------------------------------------------------------------

const STATUS_OF = new Map<string, ReturnStatus | null>(
  LANGUAGES.flatMap((w) => [[w.notReturned, null] as const, ...(Object.entries(w.statuses) as [ReturnStatus, string][]).map(([s, word]) => [word, s] as const)]),
);
const SEVERITY_OF = new Map<string, ReturnProblem["severity"]>(
  LANGUAGES.flatMap((w) => (Object.entries(w.severities) as [ReturnProblem["severity"], string][]).map(([s, word]) => [word, s] as const)),
);
/** A register row's kind as either language writes it, or as the register wrote it before it was worded ("budget", "followup"). */
const KIND_OF = new Map<string, RegisterEntry["kind"]>([
  ["budget", "budget"],
  ["followup", "followup"],
  ...LANGUAGES.flatMap((w) => (Object.entries(w.registerKinds) as [RegisterEntry["kind"], string][]).map(([kind, word]) => [word, kind] as const)),
]);
const HEADINGS = new Map<string, Section>(LANGUAGES.flatMap((w) => SECTIONS.map((s) => [headingOf(w, s), s] as const)));
const HEADERS = LANGUAGES.flatMap((w) => SECTIONS.map((s) => headerOf(w, s)));

const isHeader = (cells: readonly CellValue[]) => HEADERS.some((h) => h.every((name, i) => text(cells[i]) === name));
const count = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : null);
const whole = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isSafeInteger(v) ? v : null);

function receivedOf(status: ReturnStatus | null | undefined, fileName: string, received: string, errors: CellValue, remarks: CellValue): Received | null {
  if (status === null || status === undefined || fileName === "") return null;
  return { fileName, received, status, errors: count(errors) ?? 0, remarks: count(remarks) ?? 0 };
}

function statusRow(cells: readonly CellValue[]): StatusRow | null {
  const at = (c: (typeof STATUS_COLUMNS)[number]) => cells[STATUS_COLUMNS.indexOf(c)];
  const status = STATUS_OF.get(text(at("status")));
  const department = text(at("department"));
  const version = whole(at("version"));
  if (status === undefined || department === "" || version === null) return null;
  const consolidated = text(at("consolidatedFile"));
  return {
    department,
    departmentName: text(at("departmentName")),
    parent: text(at("parent")),
    version,
    month: null,
    deadline: null,
    latest: receivedOf(status, text(at("fileName")), text(at("received")), at("errors"), at("remarks")),
    consolidated: consolidated === "" ? null : { fileName: consolidated, received: text(at("consolidatedReceived")) },
  };
}

function problemRow(cells: readonly CellValue[]): ProblemRow | null {
  const at = (c: (typeof PROBLEM_COLUMNS)[number]) => text(cells[PROBLEM_COLUMNS.indexOf(c)]);
  const severity = SEVERITY_OF.get(at("severity"));
  if (severity === undefined || at("message") === "") return null;
  return { department: at("department"), fileName: at("fileName"), sheet: at("sheet"), cell: at("cell"), severity, message: at("message"), code: at("code") };
}

function historyRow(cells: readonly CellValue[]): HistoryRow | null {
  const at = (c: (typeof HISTORY_COLUMNS)[number]) => cells[HISTORY_COLUMNS.indexOf(c)];
  const received = receivedOf(STATUS_OF.get(text(at("status"))), text(at("fileName")), text(at("received")), at("errors"), at("remarks"));
  if (received === null || text(at("department")) === "") return null;
  return { ...received, department: text(at("department")), version: whole(at("version")), replacedBy: text(at("replacedBy")) };
}

const HEX64 = /^[0-9a-f]{64}$/;

function registerRow(cells: readonly CellValue[]): RegisterEntry | null {
  const at = (c: (typeof REGISTER_COLUMNS)[number]) => cells[REGISTER_COLUMNS.indexOf(c)];
  const version = whole(at("version"));
  const year = whole(at("year"));
  const unit = UNITS.find((u) => u === at("unit")) as Unit | undefined;
  const frame = at("frame");
  const checksum = text(at("checksum"));
  const kind = KIND_OF.get(text(at("kind")));
  const month = whole(at("month"));
  if (text(at("id")) === "" || kind === undefined || version === null || version < 1 || year === null || unit === undefined) return null;
  if (typeof frame !== "number" || !HEX64.test(checksum) || text(at("department")) === "") return null;
  if (kind === "followup" && (month === null || month < 1 || month > 12)) return null;
  return {
    id: text(at("id")),
    kind,
    ...(kind === "followup" ? { month: month as number } : {}),
    version,
    department: text(at("department")),
    departmentName: text(at("departmentName")),
    parent: text(at("parent")),
    year,
    unit,
    frame,
    checksum,
    generated: text(at("generated")),
    deadline: text(at("deadline")) || null,
    fileName: text(at("fileName")),
  };
}

/**
 * Reads the status sheet's block (rows of the sheet as read from A1, the block's sheet rows and
 * first column). A row that reads as none of its section's rows is a person's and is left out. A
 * row of the register that is not what the panel wrote (by its memory) is damaged: a returned
 * file is checked against the register, so it is never read as changed.
 */
export function readStatus(used: RangeData | null, block: { row: number; column: number; rows: number }, memory: SheetMemory | null, t: Strings): ReadStatus {
  const book: ReadStatus = { register: [], rows: [], problems: [], history: [], damaged: [] };
  if (used === null) return book;
  let section: Section | null = null;
  for (let row = block.row; row < block.row + block.rows; row++) {
    const cells = Array.from({ length: STATUS_WIDTH }, (_, c) => used.values[row - used.row]?.[block.column + c - used.column] ?? null);
    if (cells.every(isBlank)) continue;
    const heading = HEADINGS.get(text(cells[0]));
    // a heading is told by its text, whatever a person typed beside it
    if (heading !== undefined) {
      section = heading;
      continue;
    }
    if (isHeader(cells)) continue;
    if (section === "status") push(book.rows, statusRow(cells));
    else if (section === "problems") push(book.problems, problemRow(cells));
    else if (section === "history") push(book.history, historyRow(cells));
    else if (section === "register") {
      const entry = registerRow(cells);
      if (entry !== null && memory !== null && !intactRow(memory, cells)) {
        book.damaged.push({ address: withSheet(used.sheet, cellName({ row, column: block.column })), label: entry.department, error: t.templates.registerChanged(entry.id) });
      } else push(book.register, entry);
    }
  }
  // the deadlines and months are the register's
  const latest = new Map(latestTemplates(book.register).map((e) => [e.department, e]));
  book.rows = book.rows.map((r) => ({ ...r, month: latest.get(r.department)?.month ?? null, deadline: latest.get(r.department)?.deadline ?? null }));
  return book;
}

function push<T>(list: T[], item: T | null): void {
  if (item !== null) list.push(item);
}
