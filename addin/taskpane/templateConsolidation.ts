// The Templates panel's consolidation sheet (Konsolidering / Consolidation): every line of every
// department's accepted return, with its 12 months as the core computed them from the inputs, the
// totals per department (against its frame), per hospital and for the region, and a Finance note
// column for finance's own remarks. The one table of which row and column holds what is here, for
// writing and for reading the sheet back.
//
// From the block's first cell (found by its mark, or A1), rows:
//   the title, an information line, a blank row;
//   "Lines": its header, one row per line, grouped by department in the register's order;
//   "Total per department": lines, frame, over (+) or under (-) the frame, last year's budget,
//     the budget, its months; a department over its frame is flagged (and drawn red);
//   "Total per hospital", ending with the region's total;
//   "Notes of lines no longer consolidated" (only when there are any).
// Columns: department, name, hospital, line key, account, text, last year's budget, budget,
// profile, justification, the 12 months, the Finance note. The totals use the same columns for
// the same figures, so the amounts line up.
//
// Collecting again replaces only the departments collected: the other departments' lines are read
// back from the sheet (while they hold what the panel wrote: a figure typed over stops the write),
// and every Finance note stays with its line (department and line key), its department, its
// hospital or the region, wherever the row has moved; a note whose row is gone is kept at the end.

import { cellText, isBlank, MONTHS, type Unit } from "../../core";
import type { ConsolidationTotals } from "../../core/templates/consolidate";
import type { ConsolidatedLine } from "../../core/templates/types";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { CellInput, CellValue, HighlightRule, RangeData } from "../gateway/types";
import type { Strings } from "./i18n";
import { da } from "./i18n/da";
import { en } from "./i18n/en";
import type { BadLine } from "./planner";
import { intactRow, type RowKey, type SheetMemory } from "./sheetMemory";
import { amountFormat } from "./numberFormats";

type Words = Strings["templates"];
const LANGUAGES: readonly Words[] = [en.templates, da.templates];

/** Columns from the block's first. */
export const CONS = {
  department: 0,
  departmentName: 1,
  parent: 2,
  key: 3,
  account: 4,
  text: 5,
  lastBudget: 6,
  annual: 7,
  profile: 8,
  justification: 9,
  firstMonth: 10,
  note: 10 + MONTHS,
} as const;
export const CONS_WIDTH = CONS.note + 1;
/** In the department totals: the lines, the over-frame flag, the frame and the difference. */
const DEPT = { lines: CONS.key, flag: CONS.account, frame: CONS.profile, overFrame: CONS.justification } as const;

export type ConsSection = "lines" | "departments" | "hospitals" | "notes";
const SECTIONS: readonly ConsSection[] = ["lines", "departments", "hospitals", "notes"];

/** What a Finance note belongs to. */
export type NoteOwner = { kind: "line"; department: string; key: string } | { kind: "department"; department: string } | { kind: "hospital"; parent: string } | { kind: "region" };
export type NoteKind = NoteOwner["kind"];

export const noteKey = (o: NoteOwner): string =>
  JSON.stringify(o.kind === "line" ? [o.kind, o.department, o.key] : o.kind === "department" ? [o.kind, o.department] : o.kind === "hospital" ? [o.kind, o.parent] : [o.kind]);

/** The memory tells the rows by their department (or hospital) and line key, the note left out. */
export const consKey: RowKey = (row) => JSON.stringify([row[CONS.department] ?? null, row[CONS.key] ?? null]);
/** The cells remembered of a row: all but the note, which is finance's. */
export const remembered = <T,>(row: readonly T[]): T[] => row.slice(0, CONS.note);

const text = cellText;

function headerOf(w: Words, section: ConsSection, year: number, monthNames: readonly string[]): string[] {
  const h = w.consHeaders;
  const months = monthNames.map((m) => `${m} ${year}`);
  const row = new Array<string>(CONS_WIDTH).fill("");
  const put = (column: number, value: string) => (row[column] = value);
  if (section === "lines") {
    [h.department, h.departmentName, h.parent, h.key, h.account, h.text, h.lastBudget(year - 1), h.annual(year), h.profile, h.justification].forEach((v, c) => put(c, v));
  } else if (section === "departments") {
    [h.department, h.departmentName, h.parent].forEach((v, c) => put(c, v));
    put(DEPT.lines, h.lines);
    put(DEPT.flag, h.frameFlag);
    put(CONS.lastBudget, h.lastBudget(year - 1));
    put(CONS.annual, h.annual(year));
    put(DEPT.frame, h.frame);
    put(DEPT.overFrame, h.overFrame);
  } else if (section === "hospitals") {
    put(0, h.parent);
    put(DEPT.lines, h.departments);
    put(CONS.lastBudget, h.lastBudget(year - 1));
    put(CONS.annual, h.annual(year));
  } else {
    [h.noteOf, h.noteKind, "", h.key].forEach((v, c) => put(c, v));
  }
  if (section !== "notes") months.forEach((m, i) => put(CONS.firstMonth + i, m));
  put(CONS.note, h.note);
  return row;
}

/** The sheet's content, rows of CONS_WIDTH cells, and where its parts are (rows from the block's first). */
export interface ConsContent {
  rows: CellInput[][];
  bold: number[];
  /** The rows holding amounts: from the first line to the region's total. */
  amounts: { first: number; count: number };
  departments: { first: number; count: number };
  /** Whether a line's last-year budget has øre, so that column is shown to the øre. */
  lastOre: boolean;
  /** Notes carried to their rows, and those kept at the end (their row is gone). */
  carried: number;
  orphans: number;
}

/**
 * The consolidation's content: `lines` in their order, `totals` (core/templates/consolidate.ts),
 * and the notes finance typed, by noteKey.
 */
export function consolidationContent(
  lines: readonly ConsolidatedLine[],
  totals: ConsolidationTotals,
  notes: ReadonlyMap<string, string>,
  t: Strings,
  year: number,
  updated: string,
): ConsContent {
  const w = t.templates;
  const pad = (cells: CellInput[]): CellInput[] => [...cells, ...new Array<CellInput>(CONS_WIDTH - cells.length).fill("")];
  const used = new Set<string>();
  const note = (owner: NoteOwner): string => {
    const key = noteKey(owner);
    const found = notes.get(key);
    if (found === undefined) return "";
    used.add(key);
    return found;
  };
  const withNote = (cells: CellInput[], owner: NoteOwner) => {
    const row = pad(cells);
    row[CONS.note] = note(owner);
    return row;
  };
  const rows: CellInput[][] = [];
  const bold: number[] = [0];
  rows.push(pad([w.consTitle(year)]));
  rows.push(pad([w.consInfo(totals.departments.length, lines.length, updated)]));
  rows.push(pad([]));
  const section = (name: ConsSection, body: CellInput[][]) => {
    bold.push(rows.length, rows.length + 1);
    rows.push(pad([w.consHeadings[name]]));
    rows.push(headerOf(w, name, year, t.months));
    const first = rows.length;
    rows.push(...body);
    return first;
  };
  const amountsFirst = section(
    "lines",
    lines.map((l) =>
      withNote(
        [l.department, l.departmentName, l.parent, l.key, l.account, l.text, l.lastBudget ?? "", l.annual, l.profile, l.justification, ...l.months],
        { kind: "line", department: l.department, key: l.key },
      ),
    ),
  );
  rows.push(pad([]));
  const departmentsFirst = section(
    "departments",
    totals.departments.map((d) => {
      const row = withNote([d.department, d.departmentName, d.parent], { kind: "department", department: d.department });
      row[DEPT.lines] = d.lines;
      row[DEPT.flag] = d.overFrame !== null && d.overFrame > 0 ? w.overFrameFlag : "";
      row[CONS.lastBudget] = d.lastBudget;
      row[CONS.annual] = d.annual;
      row[DEPT.frame] = d.frame ?? "";
      row[DEPT.overFrame] = d.overFrame ?? "";
      d.months.forEach((m, i) => (row[CONS.firstMonth + i] = m));
      return row;
    }),
  );
  rows.push(pad([]));
  const totalRow = (label: string, count: number, figures: ConsolidationTotals["region"], owner: NoteOwner) => {
    const row = withNote([label], owner);
    row[DEPT.lines] = count;
    row[CONS.lastBudget] = figures.lastBudget;
    row[CONS.annual] = figures.annual;
    figures.months.forEach((m, i) => (row[CONS.firstMonth + i] = m));
    return row;
  };
  section("hospitals", [
    ...totals.hospitals.map((h) => totalRow(h.parent, h.departments, h, { kind: "hospital", parent: h.parent })),
    totalRow(w.regionTotal, totals.departments.length, totals.region, { kind: "region" }),
  ]);
  const regionRow = rows.length - 1;
  bold.push(regionRow);
  const orphans = [...notes].filter(([key]) => !used.has(key));
  if (orphans.length > 0) {
    rows.push(pad([]));
    section(
      "notes",
      orphans.map(([key, text]) => {
        const [kind, first, second] = JSON.parse(key) as [NoteKind, string?, string?];
        const row = pad([first ?? "", w.noteKinds[kind], "", second ?? ""]);
        row[CONS.note] = text;
        return row;
      }),
    );
  }
  return {
    rows,
    bold,
    amounts: { first: amountsFirst, count: regionRow - amountsFirst + 1 },
    departments: { first: departmentsFirst, count: totals.departments.length },
    lastOre: lines.some((l) => l.lastBudget !== null && !Number.isInteger(l.lastBudget)),
    carried: used.size,
    orphans: orphans.length,
  };
}

export const OVER_FRAME_FILL = "#F8CBAD";

/** Where the content goes on the sheet: bold rows, the amounts' number format, the over-frame rule. */
export function consPlacements(sheet: string, origin: { row: number; column: number }, content: ConsContent, unit: Unit, t: Strings) {
  const block = (row: number, column: number, rows: number, columns: number) =>
    withSheet(sheet, blockAddress({ row: origin.row + row, column: origin.column + column }, rows, columns));
  const format = amountFormat(unit);
  const highlight: HighlightRule | null =
    content.departments.count === 0
      ? null
      : { range: block(content.departments.first, 0, content.departments.count, CONS_WIDTH), flagColumn: DEPT.flag, equals: t.templates.overFrameFlag, fill: OVER_FRAME_FILL };
  return {
    formats: [
      ...content.bold.map((row) => ({ ref: block(row, 0, 1, CONS_WIDTH), bold: true })),
      { ref: block(content.amounts.first, CONS.lastBudget, content.amounts.count, 1), numberFormat: content.lastOre ? amountFormat(0.01) : format },
      { ref: block(content.amounts.first, CONS.annual, content.amounts.count, 1), numberFormat: format },
      { ref: block(content.amounts.first, CONS.firstMonth, content.amounts.count, MONTHS), numberFormat: format },
      ...(content.departments.count > 0 ? [{ ref: block(content.departments.first, DEPT.frame, content.departments.count, 2), numberFormat: format }] : []),
    ] as { ref: string; numberFormat?: string; bold?: boolean }[],
    highlight,
  };
}

// --- reading back ---------------------------------------------------------------------------------

const HEADINGS = new Map<string, ConsSection>(LANGUAGES.flatMap((w) => SECTIONS.map((s) => [w.consHeadings[s], s] as const)));
const NOTE_KINDS = new Map<string, NoteKind>(LANGUAGES.flatMap((w) => (Object.entries(w.noteKinds) as [NoteKind, string][]).map(([k, word]) => [word, k] as const)));
const REGION_LABELS = new Set(LANGUAGES.map((w) => w.regionTotal));
/** A header row starts with the section's first header; the years in the others may be any. */
const HEADER_LEADS = new Set(LANGUAGES.flatMap((w) => [w.consHeaders.department, w.consHeaders.parent, w.consHeaders.noteOf]));

/** A line of the sheet read back, with where it is. */
export interface SheetLine {
  line: ConsolidatedLine;
  /** Its first cell, e.g. "Konsolidering!A5". */
  address: string;
}

export interface ReadConsolidation {
  lines: SheetLine[];
  /** Lines that cannot be taken as they are: changed since the panel wrote them, or damaged. */
  bad: (BadLine & { department: string })[];
  /** Every Finance note, by noteKey (several for one joined). */
  notes: Map<string, string>;
  /**
   * The sheet rows whose note cell belongs to a line, a total or a kept note (carried, so rewritten
   * freely), or holds the column's header.
   */
  noteRows: Set<number>;
}

const amount = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * Reads the consolidation sheet's block back. With a memory, a line whose cells are not what the
 * panel wrote is listed as bad; without one (none kept), every line is taken as it reads.
 */
export function readConsolidation(
  used: RangeData | null,
  block: { row: number; column: number; rows: number },
  memory: SheetMemory | null,
  t: Strings,
): ReadConsolidation {
  const read: ReadConsolidation = { lines: [], bad: [], notes: new Map(), noteRows: new Set() };
  if (used === null) return read;
  let current = -1;
  const addNote = (owner: NoteOwner, value: CellValue) => {
    read.noteRows.add(current);
    if (isBlank(value)) return;
    const key = noteKey(owner);
    const before = read.notes.get(key);
    read.notes.set(key, before === undefined || before === text(value) ? text(value) : `${before} / ${text(value)}`);
  };
  let section: ConsSection | null = null;
  for (let row = block.row; row < block.row + block.rows; row++) {
    const cells = Array.from({ length: CONS_WIDTH }, (_, c) => used.values[row - used.row]?.[block.column + c - used.column] ?? null);
    current = row;
    if (cells.every(isBlank)) continue;
    // a heading is told by its text, whatever a person typed beside it (a note there is theirs)
    const heading = HEADINGS.get(text(cells[0]));
    if (heading !== undefined) {
      section = heading;
      continue;
    }
    // a header row: its note cell holds the column's name, the panel's own
    if (HEADER_LEADS.has(text(cells[0])) && text(cells[CONS.note]) !== "" && LANGUAGES.some((w) => w.consHeaders.note === text(cells[CONS.note]))) {
      read.noteRows.add(row);
      continue;
    }
    const lead = text(cells[CONS.department]);
    const address = withSheet(used.sheet, cellName({ row, column: block.column }));
    if (section === "lines") {
      const key = text(cells[CONS.key]);
      if (lead === "" || key === "") continue;
      addNote({ kind: "line", department: lead, key }, cells[CONS.note]);
      const annual = amount(cells[CONS.annual]);
      const months = cells.slice(CONS.firstMonth, CONS.firstMonth + MONTHS).map(amount);
      const label = `${lead} · ${key}`;
      if (annual === null || months.some((m) => m === null)) {
        read.bad.push({ address, label, error: t.templates.consLineDamaged, department: lead });
        continue;
      }
      if (memory !== null && !intactRow(memory, remembered(cells), consKey)) {
        read.bad.push({ address, label, error: t.templates.consLineChanged, department: lead });
        continue;
      }
      read.lines.push({
        address,
        line: {
          department: lead,
          departmentName: text(cells[CONS.departmentName]),
          parent: text(cells[CONS.parent]),
          key,
          account: text(cells[CONS.account]),
          text: text(cells[CONS.text]),
          lastBudget: amount(cells[CONS.lastBudget]),
          lastActual: null,
          annual,
          profile: text(cells[CONS.profile]),
          justification: text(cells[CONS.justification]),
          months: months as number[],
        },
      });
    } else if (section === "departments" && lead !== "") addNote({ kind: "department", department: lead }, cells[CONS.note]);
    else if (section === "hospitals" && lead !== "") {
      addNote(REGION_LABELS.has(lead) ? { kind: "region" } : { kind: "hospital", parent: lead }, cells[CONS.note]);
    } else if (section === "notes") {
      const kind = NOTE_KINDS.get(text(cells[1]));
      const key = text(cells[CONS.key]);
      if (kind === "line" && lead !== "" && key !== "") addNote({ kind, department: lead, key }, cells[CONS.note]);
      else if (kind === "department" && lead !== "") addNote({ kind, department: lead }, cells[CONS.note]);
      else if (kind === "hospital" && lead !== "") addNote({ kind, parent: lead }, cells[CONS.note]);
      else if (kind === "region") addNote({ kind }, cells[CONS.note]);
    }
  }
  return read;
}
