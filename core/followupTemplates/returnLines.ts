// The lines of a returned follow-up's input sheet, checked against its metadata (already proven by
// the checksum to be what was sent). Rows are told by the key in their first column; a line's
// locked cells must hold what was sent, its year-end a number (not text or a formula). The
// department's year-end is taken rounded to the unit (a remark when that changed it). An
// explanation is asked for (a remark when missing) on a material line, and where the year-end
// leaves the band, or, without a band, differs from the projection by the materiality thresholds.

import { BudgetError } from "../errors";
import { YEAR_END } from "../forecastTerms";
import { amountLimit, Exact, fromUnits, toUnits } from "../money";
import { cellText } from "../read";
import type { ReadBook } from "../templates/book";
import { finding, type Finding } from "../templates/findings";
import { at, getter, isEmpty, lockedCell, plain, shownValue, valueOf, type Get, type Place } from "../templates/returnLines";
import { cellName, LINE_COLUMN, LINE_HEADER } from "./layout";
import type { FollowUpMeta } from "./meta";
import type { FollowUpSentLine } from "./model";
import type { FollowUpReturnLine } from "./types";
import { FOLLOWUP_WORDS } from "./wording";

/** How far down a sheet its column headers are looked for (rows inserted above them move them). */
export const HEADER_SEARCH = 40;

/** The row of a sheet's column headers: where the layout puts it, or lower when rows were inserted above. */
export function headerRowOf(get: Get, label: string, layoutRow: number): number {
  for (let r = layoutRow; r < HEADER_SEARCH; r++) if (cellText(valueOf(get(r, 0))) === label) return r;
  return layoutRow;
}

/** An amount typed by the department: a number within the limit, or a problem at its cell. */
function readYearEnd(p: Place, row: number, key: string, meta: FollowUpMeta): number | undefined {
  const value = plain(p, row, LINE_COLUMN.yearEnd);
  if (value === undefined) return undefined;
  const problem = (error: BudgetError) => (at(p, error, row, LINE_COLUMN.yearEnd), undefined);
  if (value === null || (typeof value === "string" && value.trim() === "")) return problem(new BudgetError("FOLLOWUP_YEAR_END_MISSING", { key }));
  if (typeof value === "string") return problem(new BudgetError("FOLLOWUP_YEAR_END_TEXT", { key, text: value }));
  if (typeof value !== "number") return problem(new BudgetError("FOLLOWUP_YEAR_END_NOT_NUMBER", { key, value: shownValue(value) }));
  if (!Number.isFinite(value) || Math.abs(value) > amountLimit(meta.unit)) return problem(new BudgetError("FOLLOWUP_YEAR_END_LIMIT", { key, value }));
  return value;
}

/** Whether the year-end is as far from the projection as the thresholds call material (both, where both are set). */
function farFromProjection(meta: FollowUpMeta, line: FollowUpSentLine, yearEnd: number): boolean {
  if (meta.materialAmount === null && meta.materialRate === null) return false;
  const size = new Exact(yearEnd).minus(line.projection).abs();
  if (meta.materialAmount !== null && size.lessThan(meta.materialAmount)) return false;
  return meta.materialRate === null || size.greaterThanOrEqualTo(new Exact(line.budget).abs().times(meta.materialRate));
}

/** Why the line needs an explanation it does not have, if it does. */
function missingExplanation(meta: FollowUpMeta, line: FollowUpSentLine, yearEnd: number): BudgetError | null {
  const key = line.key;
  if (line.material) return new BudgetError("FOLLOWUP_EXPLANATION_MISSING", { key, result: line.result });
  if (line.band !== null) {
    const { low, high } = line.band;
    return yearEnd < low || yearEnd > high ? new BudgetError("FOLLOWUP_OUTSIDE_BAND", { key, yearEnd, low, high }) : null;
  }
  if (!farFromProjection(meta, line, yearEnd)) return null;
  const difference = new Exact(yearEnd).minus(line.projection).toNumber();
  return new BudgetError("FOLLOWUP_FAR_FROM_PROJECTION", { key, yearEnd, projection: line.projection, difference });
}

export function checkFollowUpLines(book: ReadBook, meta: FollowUpMeta): { findings: Finding[]; lines: FollowUpReturnLine[] } {
  const findings: Finding[] = [];
  const sheet = book.sheets.find((s) => s.name === meta.inputSheet);
  if (!sheet) return { findings: [finding(new BudgetError("RETURN_SHEET_MISSING", { sheet: meta.inputSheet }))], lines: [] };
  const get = getter(sheet);
  const p: Place = { sheet: sheet.name, get, findings };
  const w = FOLLOWUP_WORDS[meta.language];
  const c = LINE_COLUMN;
  const header = headerRowOf(get, w.key, LINE_HEADER.columns);
  const shift = header - LINE_HEADER.columns;
  lockedCell(p, LINE_HEADER.department + shift, 1, meta.department);
  lockedCell(p, LINE_HEADER.department + shift, 2, meta.departmentName);
  lockedCell(p, LINE_HEADER.hospital + shift, 1, meta.parent);

  const sent = new Map(meta.lines.map((l) => [l.key, l]));
  const seen = new Map<string, number>();
  const lines: FollowUpReturnLine[] = [];
  for (let row = header + 1; row < sheet.rows.length; row++) {
    const key = cellText(valueOf(get(row, c.key))).trim();
    if (key === w.total) continue;
    const line = sent.get(key);
    if (line === undefined) {
      const first = (sheet.rows[row] ?? []).findIndex((cell) => !isEmpty(cell));
      if (first >= 0) at(p, new BudgetError("FOLLOWUP_EXTRA_LINE"), row, first);
      continue;
    }
    if (seen.has(key)) {
      at(p, new BudgetError("RETURN_LINE_TWICE", { key, row: (seen.get(key) as number) + 1 }), row, c.key);
      continue;
    }
    seen.set(key, row);
    const fixed: [number, string | number | null][] = [
      [c.text, line.text],
      [c.actualToDate, line.actualToDate],
      [c.budgetToDate, line.budgetToDate],
      [c.budget, line.budget],
      [c.projection, line.projection],
      [c.bandLow, line.band?.low ?? null],
      [c.bandHigh, line.band?.high ?? null],
      [c.result, line.result],
      [c.material, line.material ? w.yes : null],
      [c.method, w.methods[line.method]],
    ];
    for (const [column, expected] of fixed) lockedCell(p, row, column, expected);
    const typed = readYearEnd(p, row, key, meta);
    const explanation = cellText(plain(p, row, c.explanation) ?? null).trim();
    if (typed === undefined) continue;
    const yearEnd = fromUnits(Number(toUnits(typed, meta.unit, YEAR_END)), meta.unit);
    if (yearEnd !== typed) at(p, new BudgetError("FOLLOWUP_YEAR_END_ROUNDED", { key, value: typed, rounded: yearEnd }), row, c.yearEnd);
    const missing = explanation === "" ? missingExplanation(meta, line, yearEnd) : null;
    if (missing !== null) at(p, missing, row, c.explanation);
    lines.push({ department: meta.department, key, text: line.text, projection: line.projection, yearEnd, explanation, material: line.material });
  }
  meta.lines.forEach((l, i) => {
    if (!seen.has(l.key)) findings.push(finding(new BudgetError("RETURN_LINE_DELETED", { key: l.key, text: l.text }), sheet.name, cellName(header + 1 + i, c.key)));
  });
  return { findings, lines };
}

