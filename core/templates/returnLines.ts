// The lines of a returned template's input sheet, checked against its metadata (already proven
// by the checksum to be what was sent). Rows are told by the key in their first column, so lines
// a department sorted or moved are found; a line's locked cells must hold what was sent, its
// input cells values of the right kind (a number, not text or a formula), a known profile, and a
// justification where the rule asks for one. The months are computed by the core from the inputs,
// never read from the file.

import { ANNUAL, BudgetError } from "../errors";
import { amountLimit, Exact, sumAmounts, toUnits } from "../money";
import { cellText, isCellError, type Cell } from "../read";
import type { ReadBook, ReadCell, ReadSheet } from "./book";
import { cellName, COLUMN, freeKey, HEADER, LIBRARY_ROW, rowsOf, templateMonths } from "./layout";
import type { TemplateMeta } from "./meta";
import { finding, type Finding } from "./findings";
import type { ConsolidatedLine } from "./types";
import { BUILT_IN_PROFILES, WORDS } from "./wording";

/** How far down the sheet the column headers are looked for (rows inserted above them move them). */
const HEADER_SEARCH = 40;

export type Get = (row: number, column: number) => ReadCell | undefined;
export const getter = (sheet: ReadSheet): Get => (row, column) => sheet.rows[row]?.[column];
export const valueOf = (c: ReadCell | undefined): Cell => c?.value ?? null;
export const isEmpty = (c: ReadCell | undefined) => c === undefined || (c.formula === undefined && (c.value === null || (typeof c.value === "string" && c.value.trim() === "")));
const sameValue = (a: Cell, b: string | number | null) => (typeof b === "number" ? a === b : cellText(a) === (b ?? ""));
export const shownValue = (c: Cell) => (isCellError(c) ? c.error : c);

export interface Place {
  sheet: string;
  get: Get;
  findings: Finding[];
}

export const at = (p: Place, error: BudgetError, row: number, column: number) => p.findings.push(finding(error, p.sheet, cellName(row, column)));

export function lockedCell(p: Place, row: number, column: number, expected: string | number | null): void {
  const cell = p.get(row, column);
  const held = valueOf(cell);
  if (cell?.formula !== undefined || !sameValue(held, expected)) {
    at(p, new BudgetError("RETURN_LOCKED_CHANGED", { was: expected, now: cell?.formula !== undefined ? `=${cell.formula}` : shownValue(held) }), row, column);
  }
}

/** An input cell that must hold a plain value: a formula there is a problem. */
export function plain(p: Place, row: number, column: number): Cell | undefined {
  const cell = p.get(row, column);
  if (cell?.formula !== undefined) {
    at(p, new BudgetError("RETURN_INPUT_FORMULA", { formula: `=${cell.formula}` }), row, column);
    return undefined;
  }
  return valueOf(cell);
}

function readAnnual(p: Place, row: number, key: string, meta: TemplateMeta): number | undefined {
  const value = plain(p, row, COLUMN.annual);
  if (value === undefined) return undefined;
  const problem = (error: BudgetError) => (at(p, error, row, COLUMN.annual), undefined);
  if (value === null || (typeof value === "string" && value.trim() === "")) return problem(new BudgetError("RETURN_ANNUAL_MISSING", { key }));
  if (typeof value === "string") return problem(new BudgetError("RETURN_INPUT_TEXT", { key, text: value }));
  if (typeof value !== "number") return problem(new BudgetError("RETURN_INPUT_NOT_NUMBER", { key, value: shownValue(value) }));
  if (!Number.isFinite(value) || Math.abs(value) > amountLimit(meta.unit)) return problem(new BudgetError("RETURN_AMOUNT_LIMIT", { key, value }));
  return value;
}

function readProfile(p: Place, row: number, key: string, library: ReadonlyMap<string, readonly number[]>): string | readonly number[] | undefined {
  const value = plain(p, row, COLUMN.profile);
  if (value === undefined) return undefined;
  const name = cellText(value).trim();
  if (name === "") return void at(p, new BudgetError("RETURN_PROFILE_MISSING", { key }), row, COLUMN.profile);
  const found = BUILT_IN_PROFILES.get(name.toLowerCase()) ?? library.get(name.toLowerCase());
  if (found === undefined) return void at(p, new BudgetError("RETURN_PROFILE_UNKNOWN", { key, text: name }), row, COLUMN.profile);
  return found;
}

/**
 * Whether a change must be justified: by at least the amount and the rate of last year's budget,
 * both compared in øre (the rate's share rounded to the øre), so a change of exactly the limit counts.
 */
function justificationNeeded(meta: TemplateMeta, annual: number, lastBudget: number): boolean {
  const j = meta.justifyFrom;
  if (j === null) return false;
  const ore = (amount: number | string) => BigInt(toUnits(amount, 0.01, ANNUAL));
  const abs = (n: bigint) => (n < 0n ? -n : n);
  const change = abs(ore(annual) - ore(lastBudget));
  const share = ore(new Exact(j.rate).times(Math.abs(lastBudget)).toFixed());
  return change >= ore(j.amount) && change >= share;
}

/** The row of the column headers: where the layout puts it, or lower when rows were inserted above. */
function headerRow(get: Get, meta: TemplateMeta): number {
  const label = WORDS[meta.language].key;
  for (let r = HEADER.columns; r < HEADER_SEARCH; r++) if (cellText(valueOf(get(r, COLUMN.key))) === label) return r;
  return HEADER.columns;
}

function checkProfiles(book: ReadBook, meta: TemplateMeta, findings: Finding[]): void {
  const name = WORDS[meta.language].profileSheet;
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) return void findings.push(finding(new BudgetError("RETURN_SHEET_MISSING", { sheet: name })));
  const p: Place = { sheet: name, get: getter(sheet), findings };
  meta.profiles.forEach((profile, i) => {
    const row = LIBRARY_ROW - 1 + i;
    lockedCell(p, row, 0, profile.name);
    profile.weights.forEach((w, m) => lockedCell(p, row, 1 + m, w));
  });
}

export function checkLines(book: ReadBook, meta: TemplateMeta): { findings: Finding[]; lines: ConsolidatedLine[] } {
  const findings: Finding[] = [];
  const sheet = book.sheets.find((s) => s.name === meta.inputSheet);
  if (!sheet) return { findings: [finding(new BudgetError("RETURN_SHEET_MISSING", { sheet: meta.inputSheet }))], lines: [] };
  const get = getter(sheet);
  const p: Place = { sheet: sheet.name, get, findings };
  const words = WORDS[meta.language];
  const header = headerRow(get, meta);
  const shift = header - HEADER.columns;
  lockedCell(p, HEADER.department + shift, 1, meta.department);
  lockedCell(p, HEADER.department + shift, 2, meta.departmentName);
  lockedCell(p, HEADER.hospital + shift, 1, meta.parent);
  lockedCell(p, HEADER.frame + shift, 1, meta.frame);
  checkProfiles(book, meta, findings);

  const library = new Map(meta.profiles.map((x) => [x.name.toLowerCase(), x.weights]));
  const sent = new Map(meta.lines.map((l, i) => [l.key, { line: l, index: i }]));
  const free = new Set(Array.from({ length: meta.freeRows }, (_, i) => freeKey(i + 1)));
  const summary = new Set([words.total, words.frameRow, words.difference]);
  const seen = new Map<string, number>();
  const lines: ConsolidatedLine[] = [];
  let unread = 0;
  let totalRow = rowsOf(meta.lines.length, meta.freeRows).total + shift;

  for (let row = header + 1; row < sheet.rows.length; row++) {
    const key = cellText(valueOf(get(row, COLUMN.key))).trim();
    const cells = sheet.rows[row] ?? [];
    if (key === words.total) totalRow = row;
    if (summary.has(key)) continue;
    if (!sent.has(key) && !free.has(key)) {
      const first = cells.findIndex((c) => !isEmpty(c));
      if (first >= 0) at(p, new BudgetError("RETURN_EXTRA_LINE"), row, first);
      continue;
    }
    if (seen.has(key)) {
      at(p, new BudgetError("RETURN_LINE_TWICE", { key, row: (seen.get(key) as number) + 1 }), row, COLUMN.key);
      continue;
    }
    seen.set(key, row);
    const original = sent.get(key)?.line;
    let account: string;
    let text: string;
    if (original) {
      lockedCell(p, row, COLUMN.account, original.account);
      lockedCell(p, row, COLUMN.text, original.text);
      lockedCell(p, row, COLUMN.lastBudget, original.lastBudget);
      lockedCell(p, row, COLUMN.lastActual, original.lastActual);
      account = original.account;
      text = original.text;
    } else {
      const inputs = [COLUMN.account, COLUMN.text, COLUMN.annual, COLUMN.profile, COLUMN.justification];
      if (inputs.every((c) => isEmpty(get(row, c)))) continue;
      account = cellText(plain(p, row, COLUMN.account) ?? null).trim();
      text = cellText(plain(p, row, COLUMN.text) ?? null).trim();
      if (account === "") at(p, new BudgetError("RETURN_FREE_ROW_INCOMPLETE", { key, field: "account" }), row, COLUMN.account);
      if (text === "") at(p, new BudgetError("RETURN_FREE_ROW_INCOMPLETE", { key, field: "text" }), row, COLUMN.text);
    }
    const annual = readAnnual(p, row, key, meta);
    const profile = readProfile(p, row, key, library);
    const justification = cellText(plain(p, row, COLUMN.justification) ?? null).trim();
    if (annual === undefined || profile === undefined) {
      unread++;
      continue;
    }
    const months = templateMonths(annual, profile, meta);
    const rounded = sumAmounts(months, meta.unit, ANNUAL);
    if (rounded !== annual) at(p, new BudgetError("RETURN_ANNUAL_ROUNDED", { key, value: annual, rounded }), row, COLUMN.annual);
    const lastBudget = original?.lastBudget ?? 0;
    if (justification === "" && justificationNeeded(meta, rounded, lastBudget)) {
      at(p, new BudgetError("RETURN_JUSTIFICATION_MISSING", { key, change: rounded - lastBudget }), row, COLUMN.justification);
    }
    lines.push({
      department: meta.department,
      departmentName: meta.departmentName,
      parent: meta.parent,
      key,
      account,
      text,
      lastBudget: original?.lastBudget ?? null,
      lastActual: original?.lastActual ?? null,
      annual: rounded,
      profile: cellText(valueOf(get(row, COLUMN.profile))).trim(),
      justification,
      months,
    });
  }

  const deleted = meta.lines.filter((l) => !seen.has(l.key)).length;
  meta.lines.forEach((l, i) => {
    if (!seen.has(l.key)) findings.push(finding(new BudgetError("RETURN_LINE_DELETED", { key: l.key, text: l.text }), sheet.name, cellName(header + 1 + i, COLUMN.key)));
  });
  // the total is held against the frame only when every line is there and could be read
  const total = sumAmounts(lines.map((l) => l.annual), meta.unit, ANNUAL);
  if (unread === 0 && deleted === 0 && total > meta.frame) {
    findings.push(finding(new BudgetError("RETURN_OVER_FRAME", { total, frame: meta.frame, over: sumAmounts([total, -meta.frame], meta.unit, ANNUAL) }), sheet.name, cellName(totalRow, COLUMN.annual)));
  }
  return { findings, lines };
}
