// The action-plan register sheet (Handleplaner / Action plans) in the master workbook: one row per
// measure the departments reported in their follow-up returns, kept across the months by the
// measure's id (core/actionRegister.ts merges), with a note column for finance.
//
// From the block's first cell (found by its mark, else a new block from A1 of the sheet of the
// default name), rows: the title, an information line, a blank row, the header, one row per
// measure. Columns: id, department, line (or the whole department), measure, owner, decided
// (yes/no), start month, effect per month, effect still to come (as at the register's month, the
// latest month collected), status, first month reported, as at, and Finance's note.
//
// Written again after a collect: a cell is rewritten without asking only while it still holds
// what the panel wrote there (sheetMemory.ts, rows told by their id); the note is finance's and is
// never remembered, but it is carried with its measure wherever the row goes. The mark's comment
// keeps the register's year and month. Rows are read back by their content, in either language:
// sorted or filtered rows read the same; a row that is no measure's is a person's and left out.

import { BudgetError, cellText, isBlank, type Language } from "../../core";
import { effectStillToCome, type ActionRegisterRow, type ActionStatus } from "../../core/actionPlan";
import { mergeActionRegister } from "../../core/actionRegister";
import type { FollowUpReturn } from "../../core/followupTemplates/types";
import { blockAddress, cellName, parseBlock, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, Mark, RangeData, WorkbookGateway } from "../gateway/types";
import type { Strings } from "./i18n";
import { da } from "./i18n/da";
import { en } from "./i18n/en";
import type { BadLine } from "./planner";
import type { RowKey } from "./sheetMemory";
import { keptWrite, readKeptSheet, type KeptSheet } from "./templateSheets";
import type { PreparedWrite } from "./writeFlow";

type Words = Strings["followup"];
export const LANGUAGES: readonly Words[] = [en.followup, da.followup];

export const ACTION_MARK = "BudgetActionPlans";

export const ACTION_COLUMNS = ["id", "department", "line", "measure", "owner", "decided", "startMonth", "effect", "remaining", "status", "firstMonth", "asAt", "note"] as const;
export const ACTION_WIDTH = ACTION_COLUMNS.length;
const AT = Object.fromEntries(ACTION_COLUMNS.map((c, i) => [c, i])) as Record<(typeof ACTION_COLUMNS)[number], number>;
/** The first measure's row, from the block's first. */
export const ACTION_FIRST_ROW = 4;

/** The memory tells a measure's row by its id. */
export const actionKey: RowKey = (row) => JSON.stringify([cellText(row[AT.id])]);
/** The cells remembered of a row: all but the note, which is finance's. */
const rememberedCells = <T,>(row: readonly T[]): T[] => row.slice(0, AT.note);

/** What a kept sheet's mark stores: the year and the latest month it holds. */
export interface SheetPeriod {
  year: number;
  month: number;
}

export function readPeriod(mark: Mark | null): SheetPeriod | null {
  if (mark === null) return null;
  try {
    const parsed: unknown = JSON.parse(mark.comment);
    if (typeof parsed === "object" && parsed !== null) {
      const { year, month } = parsed as Record<string, unknown>;
      if (Number.isInteger(year) && monthIn(month as CellValue) !== null) return { year: year as number, month: month as number };
    }
  } catch {
    // a mark without the period: read as none
  }
  return null;
}

/** A whole month number, 1-12, as a cell holds it; null for anything else. */
export const monthIn = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 12 ? v : null);
export const amountIn = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * The marked block of a kept sheet, read: the mark on the sheet of a default name (either
 * language's) first, as a copy of the sheet carries the mark too; null when there is no mark.
 */
export async function findMarked(gateway: WorkbookGateway, name: string, defaults: readonly string[]): Promise<{ mark: Mark; used: RangeData | null } | null> {
  const marks = await gateway.findMarks(name);
  const lower = defaults.map((d) => d.toLowerCase());
  const mark = marks.find((m) => lower.includes(m.sheet.toLowerCase())) ?? marks[0] ?? null;
  return mark === null ? null : { mark, used: await gateway.readUsed(mark.sheet) };
}

/** The block a mark refers to, as rows to read. */
export function markedBlock(mark: Mark): Block {
  const block = parseBlock(mark.address);
  return block === null ? { row: 0, column: 0, rows: 0 } : { row: block.start.row, column: block.start.column, rows: block.end.row - block.start.row + 1 };
}

const headerOf = (w: Words): string[] => ACTION_COLUMNS.map((c) => w.actionHeaders[c]);
const STATUS_OF = new Map<string, ActionStatus>(LANGUAGES.flatMap((w) => (Object.entries(w.statuses) as [ActionStatus, string][]).map(([s, word]) => [word, s] as const)));
const YES = new Set(LANGUAGES.map((w) => w.yes));
const NO = new Set(LANGUAGES.map((w) => w.no));
const WHOLE = new Set(LANGUAGES.map((w) => w.wholeDepartment));

/** The register's rows as written. */
export function actionRows(rows: readonly ActionRegisterRow[], month: number, t: Strings): CellInput[][] {
  const w = t.followup;
  return rows.map((r) => [
    r.id,
    r.department,
    r.key ?? w.wholeDepartment,
    r.measure,
    r.owner,
    r.decided ? w.yes : w.no,
    r.startMonth,
    r.effect,
    r.status === "dropped" ? "" : effectStillToCome([r], month),
    w.statuses[r.status],
    r.firstMonth,
    r.asAt,
    r.note,
  ]);
}

/** A row of the sheet read as a measure; "bad" when it is one (an id and a status) that cannot be read; null when it is none. */
function actionRow(cells: readonly CellValue[]): ActionRegisterRow | "bad" | null {
  const text = (c: number) => cellText(cells[c]);
  const status = STATUS_OF.get(text(AT.status));
  if (text(AT.id) === "" || status === undefined) return null;
  const decided = YES.has(text(AT.decided)) ? true : NO.has(text(AT.decided)) ? false : null;
  const startMonth = monthIn(cells[AT.startMonth]);
  const effect = amountIn(cells[AT.effect]);
  const firstMonth = monthIn(cells[AT.firstMonth]);
  const asAt = monthIn(cells[AT.asAt]);
  if (text(AT.department) === "" || decided === null || startMonth === null || effect === null || firstMonth === null || asAt === null) return "bad";
  const line = text(AT.line);
  return {
    id: text(AT.id),
    department: text(AT.department),
    key: line === "" || WHOLE.has(line) ? null : line,
    measure: text(AT.measure),
    owner: text(AT.owner),
    decided,
    startMonth,
    effect,
    status,
    firstMonth,
    asAt,
    note: text(AT.note),
  };
}

export interface ReadActions {
  rows: ActionRegisterRow[];
  bad: BadLine[];
  /** The sheet rows whose note cell is a measure's (carried with it) or the column's header. */
  noteRows: Set<number>;
}

/** A kept sheet's marked block, as rows to read. */
export type Block = { row: number; column: number; rows: number };
const wholeSheet = (used: RangeData): Block => ({ row: used.row, column: used.column, rows: used.values.length });

/** Reads the register's block (the sheet as read from A1; the whole sheet unless a block is given) with the rows that cannot be read. */
export function readActionSheet(used: RangeData | null, block?: Block, t: Strings = en): ReadActions {
  const read: ReadActions = { rows: [], bad: [], noteRows: new Set() };
  if (used === null) return read;
  const { row: first, column, rows } = block ?? wholeSheet(used);
  const headers = LANGUAGES.map(headerOf);
  for (let row = first; row < first + rows; row++) {
    const cells = Array.from({ length: ACTION_WIDTH }, (_, c) => used.values[row - used.row]?.[column + c - used.column] ?? null);
    if (cells.every(isBlank)) continue;
    if (headers.some((h) => h.every((name, c) => cellText(cells[c]) === name))) {
      read.noteRows.add(row);
      continue;
    }
    const measure = actionRow(cells);
    if (measure === null) continue;
    read.noteRows.add(row);
    if (measure === "bad") read.bad.push({ address: withSheet(used.sheet, cellName({ row, column })), label: cellText(cells[AT.id]), error: t.followup.actionRowDamaged });
    else read.rows.push(measure);
  }
  return read;
}

/** The register's measures as the sheet holds them (rows that cannot be read left out). */
export function readActionRegister(used: RangeData | null, block?: Block): ActionRegisterRow[] {
  return readActionSheet(used, block).rows;
}

/** The register in the workbook, found by its mark: its measures, none without one (or when it is of another year than `year`). */
export function loadActionRegister(gateway: WorkbookGateway, year?: number): Promise<ActionRegisterRow[]> {
  return loadMarked(gateway, ACTION_MARK, LANGUAGES.map((w) => w.actionSheet), year, readActionRegister);
}

/** The register sheet as read for a write: its mark (or the sheet of the default name), cells and memory. */
export function readActionRegisterSheet(gateway: WorkbookGateway, t: Strings): Promise<KeptSheet> {
  return readKeptSheet(gateway, ACTION_MARK, t.followup.actionSheet, ACTION_WIDTH, actionKey);
}

/** A kept sheet's plan after a collect: its rows after the returns and the write that puts them there. */
export interface KeptRowsPlan<Row> {
  /** A problem with the whole collect; nothing is written. */
  error: string | null;
  /** Rows on the sheet that cannot be read; nothing is written. */
  bad: BadLine[];
  sheet: string;
  rows: Row[];
  period: SheetPeriod | null;
  steps: WriteStep[];
  owned: NonNullable<PreparedWrite["owned"]>;
  summary: string;
}

export type ActionRegisterPlan = KeptRowsPlan<ActionRegisterRow>;

/** A kept sheet's plan as the write it makes, or null while it has nothing to write. */
export function keptRowsWrite<Row>(plan: KeptRowsPlan<Row>): PreparedWrite | null {
  if (plan.error !== null || plan.bad.length > 0 || plan.steps.length === 0) return null;
  return { steps: plan.steps, owned: plan.owned, done: plan.summary };
}

/** The rows of a kept sheet found by its mark (`name`, on a sheet of one of `sheets` first), read by `read`; none without one, or when it is of another year than `year`. */
export async function loadMarked<Row>(gateway: WorkbookGateway, name: string, sheets: readonly string[], year: number | undefined, read: (used: RangeData | null, block: Block) => Row[]): Promise<Row[]> {
  const found = await findMarked(gateway, name, sheets);
  if (found === null || (year !== undefined && readPeriod(found.mark)?.year !== year)) return [];
  return read(found.used, markedBlock(found.mark));
}

/**
 * The year the returns are written for (the sheet's, by its mark, else theirs), or why they cannot
 * be: returns of another year than the sheet's, or a month that is none. Null for no returns on a
 * new sheet: nothing to write.
 */
export function returnsYear(sheet: string, earlier: SheetPeriod | null, returns: readonly FollowUpReturn[], t: Strings, language: Language): { year: number } | { error: string } | null {
  const years = [...new Set(returns.map((r) => r.year))];
  const year = earlier?.year ?? years[0];
  if (year === undefined) return null;
  if (years.some((y) => y !== year)) return { error: t.followup.yearMismatch(sheet, year, years.filter((y) => y !== year)) };
  const bad = returns.find((r) => monthIn(r.month) === null);
  if (bad !== undefined) return { error: `${sheet}: ${new BudgetError("FOLLOWUP_MONTH", { value: bad.month }).describe(language)}` };
  return { year };
}

/**
 * The register after the returns, and the write that puts it on the sheet (`kept`, as read by
 * readActionRegisterSheet). Nothing is written while a measure on the sheet cannot be read or the
 * returns are for another year than the register's.
 */
export function planActionRegister(kept: KeptSheet, returns: readonly FollowUpReturn[], t: Strings, language: Language): ActionRegisterPlan {
  const w = t.followup;
  const read = readActionSheet(kept.used, { row: kept.origin.row, column: kept.origin.column, rows: kept.rows }, t);
  const empty: ActionRegisterPlan = { error: null, bad: [], sheet: kept.sheet, rows: read.rows, period: null, steps: [], owned: () => false, summary: "" };
  if (read.bad.length > 0) return { ...empty, bad: read.bad };
  const earlier = readPeriod(kept.mark);
  const year = returnsYear(kept.sheet, earlier, returns, t, language);
  if (year === null || "error" in year) return { ...empty, error: year?.error ?? null };
  const rows = mergeActionRegister(read.rows, returns);
  // as at the latest month collected: the effect still to come is from the month after it
  const period: SheetPeriod = { year: year.year, month: Math.max(earlier?.month ?? 1, ...rows.map((r) => r.asAt), ...returns.map((r) => r.month)) };
  const body = actionRows(rows, period.month, t);

  const count = (status: ActionStatus) => rows.filter((r) => r.status === status).length;
  const pad = (cells: CellInput[]) => [...cells, ...new Array<CellInput>(ACTION_WIDTH - cells.length).fill("")];
  const content: CellInput[][] = [
    pad([w.actionTitle(period.year)]),
    pad([w.actionInfo(rows.length, count("decided"), count("proposed"), count("dropped"), t.monthsLong[period.month - 1])]),
    pad([]),
    headerOf(w),
    ...body,
  ];
  const block = (row: number, column: number, height: number, width: number) =>
    withSheet(kept.sheet, blockAddress({ row: kept.origin.row + row, column: kept.origin.column + column }, height, width));
  const table = block(ACTION_FIRST_ROW - 1, 0, body.length + 1, ACTION_WIDTH);
  const extra: WriteStep[] = [
    { kind: "format", ref: block(0, 0, 1, 1), format: { bold: true } },
    { kind: "format", ref: block(ACTION_FIRST_ROW - 1, 0, 1, ACTION_WIDTH), format: { bold: true } },
    ...(body.length > 0 ? [{ kind: "format" as const, ref: block(ACTION_FIRST_ROW, AT.effect, body.length, 2), format: { numberFormat: "#,##0" } }] : []),
    // the status is the AutoFilter's: decided, proposed and dropped measures told apart at a click
    { kind: "filter", ref: table },
  ];
  // a note of a measure is carried by the panel to its row, so its cell is rewritten freely
  const noteColumn = kept.origin.column + AT.note;
  const withNotes = { ...kept, owned: (row: number, column: number) => (column === noteColumn && read.noteRows.has(row)) || kept.owned(row, column) };
  const write = keptWrite(withNotes, ACTION_MARK, content, ACTION_WIDTH, extra, actionKey, rememberedCells);
  const comment = JSON.stringify({ year: period.year, month: period.month });
  const known = new Set(read.rows.map((r) => r.id));
  const wasDropped = new Set(read.rows.filter((r) => r.status === "dropped").map((r) => r.id));
  return {
    ...empty,
    rows,
    period,
    steps: write.steps.map((s) => (s.kind === "mark" ? { ...s, comment } : s)),
    owned: write.owned,
    summary: w.actionsDone(kept.sheet, rows.length, rows.filter((r) => !known.has(r.id)).length, rows.filter((r) => r.status === "dropped" && !wasDropped.has(r.id)).length),
  };
}

/** Reads the register sheet and plans its write after the returns. */
export async function prepareActionRegister(gateway: WorkbookGateway, returns: readonly FollowUpReturn[], t: Strings, language: Language): Promise<ActionRegisterPlan> {
  return planActionRegister(await readActionRegisterSheet(gateway, t), returns, t, language);
}

/** A register plan as the write it makes, or null while it has nothing to write. */
export const actionRegisterWrite: (plan: ActionRegisterPlan) => PreparedWrite | null = keptRowsWrite;
