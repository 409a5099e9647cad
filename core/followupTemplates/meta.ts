// A follow-up template's metadata, kept in a very hidden sheet as a budget template's is (found by
// META_MARK, its "kind" row read first): what the template was built as (id, kind "followup",
// version, department, year and month, unit, the materiality thresholds) and its locked content
// (the lines with their figures, projections, bands and methods; the measures prefilled, with
// their ids and what they said), with a SHA-256 checksum over that content. The register keeps the
// same checksum, so a returned file is checked against what was sent.

import type { ActionPlanEntry } from "../actionPlan";
import { FORECAST_METHODS, type ForecastMethod } from "../forecastTerms";
import type { Language } from "../messages/render";
import type { CellSpec, ReadSheet, SheetSpec } from "../templates/book";
import { META_MARK, META_SHEET, MetaDamage, metaCells } from "../templates/meta";
import type { TemplateIdentity } from "../templates/types";
import type { FollowUpSentLine } from "./model";

export const FOLLOWUP_KIND = "followup";

export interface FollowUpMeta extends TemplateIdentity {
  format: number;
  kind: typeof FOLLOWUP_KIND;
  /** The template is as at the end of this month (1-11). */
  month: number;
  language: Language;
  contact: string;
  actionRows: number;
  materialAmount: number | null;
  materialRate: number | null;
  inputSheet: string;
  actionSheet: string;
  lines: FollowUpSentLine[];
  /** The measures prefilled, as sent. */
  actions: ActionPlanEntry[];
}

export type FollowUpMetaContent = Omit<FollowUpMeta, "checksum">;

/** The text the checksum is taken over: every locked part of the template, in a fixed order. */
export function followUpChecksumContent(m: FollowUpMetaContent): string {
  return JSON.stringify([
    META_MARK,
    m.format,
    m.id,
    m.kind,
    m.version,
    m.department,
    m.departmentName,
    m.parent,
    m.year,
    m.month,
    m.unit,
    m.language,
    m.deadline,
    m.contact,
    m.actionRows,
    m.materialAmount,
    m.materialRate,
    m.frame,
    m.generated,
    m.inputSheet,
    m.actionSheet,
    m.lines.map((l) => [l.key, l.text, l.actualToDate, l.budgetToDate, l.budget, l.projection, l.band?.low ?? null, l.band?.high ?? null, l.result, l.material, l.method]),
    m.actions.map((a) => [a.id, a.key, a.measure, a.owner, a.decided, a.startMonth, a.effect]),
  ]);
}

/** The key and value rows; "id" and "kind" come first, as in a budget template's metadata. */
const FIELDS = [
  "id",
  "kind",
  "version",
  "department",
  "departmentName",
  "parent",
  "year",
  "month",
  "unit",
  "language",
  "deadline",
  "contact",
  "actionRows",
  "materialAmount",
  "materialRate",
  "frame",
  "generated",
  "inputSheet",
  "actionSheet",
  "checksum",
] as const;

const value = (v: string | number | null): CellSpec => ({ value: v, style: typeof v === "number" ? "amount" : "text" });
const flag = (b: boolean) => (b ? 1 : 0);

/** The metadata sheet: key and value rows, then the lines, then the measures prefilled. */
export function followUpMetaSheet(m: FollowUpMeta): SheetSpec {
  const rows: CellSpec[][] = [
    [value(META_MARK), value(m.format)],
    ...FIELDS.map((f) => [value(f), value(m[f])]),
    [value("lines"), value(m.lines.length)],
    ...m.lines.map((l) =>
      [l.key, l.text, l.actualToDate, l.budgetToDate, l.budget, l.projection, l.band?.low ?? null, l.band?.high ?? null, l.result, flag(l.material), l.method].map(value),
    ),
    [value("actions"), value(m.actions.length)],
    ...m.actions.map((a) => [a.id, a.key ?? "", a.measure, a.owner, flag(a.decided), a.startMonth, a.effect].map(value)),
  ];
  return { name: META_SHEET, state: "veryHidden", protect: true, widths: [18, 40], rows };
}

/** Reads a follow-up's metadata back; a cell that does not read as written is MetaDamage at that cell. */
export function readFollowUpMeta(sheet: ReadSheet): FollowUpMeta {
  const { at, str, num, optNum, count, fieldRows } = metaCells(sheet);
  const r = fieldRows(FIELDS);
  const bool = (row: number, c: number): boolean => {
    const v = num(row, c);
    if (v !== 0 && v !== 1) throw new MetaDamage(row, c);
    return v === 1;
  };
  const whole = (row: number, c: number, min: number, max: number): number => {
    const v = num(row, c);
    if (!Number.isInteger(v) || v < min || v > max) throw new MetaDamage(row, c);
    return v;
  };
  const lineRow = FIELDS.length + 1;
  const lineCount = count(lineRow, "lines");
  const lines: FollowUpSentLine[] = Array.from({ length: lineCount }, (_, i) => {
    const k = lineRow + 1 + i;
    const low = optNum(k, 6);
    const high = optNum(k, 7);
    if ((low === null) !== (high === null)) throw new MetaDamage(k, low === null ? 6 : 7);
    const method = str(k, 10);
    if (!(FORECAST_METHODS as readonly string[]).includes(method)) throw new MetaDamage(k, 10);
    return {
      key: str(k, 0),
      text: str(k, 1),
      actualToDate: num(k, 2),
      budgetToDate: num(k, 3),
      budget: num(k, 4),
      projection: num(k, 5),
      band: low === null || high === null ? null : { low, high },
      result: num(k, 8),
      material: bool(k, 9),
      method: method as ForecastMethod,
    };
  });
  const department = str(r("department"), 1);
  const actionRow = lineRow + 1 + lineCount;
  const actionCount = count(actionRow, "actions");
  const actions: ActionPlanEntry[] = Array.from({ length: actionCount }, (_, i) => {
    const k = actionRow + 1 + i;
    const key = str(k, 1);
    return { id: str(k, 0), department, key: key === "" ? null : key, measure: str(k, 2), owner: str(k, 3), decided: bool(k, 4), startMonth: whole(k, 5, 1, 12), effect: num(k, 6) };
  });
  const unit = num(r("unit"), 1);
  if (unit !== 0.01 && unit !== 1 && unit !== 1000) throw new MetaDamage(r("unit"), 1);
  const language = str(r("language"), 1);
  if (language !== "da" && language !== "en") throw new MetaDamage(r("language"), 1);
  if (at(r("kind"), 1) !== FOLLOWUP_KIND) throw new MetaDamage(r("kind"), 1);
  return {
    format: num(0, 1),
    id: str(r("id"), 1),
    kind: FOLLOWUP_KIND,
    version: num(r("version"), 1),
    department,
    departmentName: str(r("departmentName"), 1),
    parent: str(r("parent"), 1),
    year: num(r("year"), 1),
    month: whole(r("month"), 1, 1, 11),
    unit,
    language,
    deadline: str(r("deadline"), 1) || null,
    contact: str(r("contact"), 1),
    actionRows: whole(r("actionRows"), 1, 0, 50),
    materialAmount: optNum(r("materialAmount"), 1),
    materialRate: optNum(r("materialRate"), 1),
    frame: num(r("frame"), 1),
    generated: str(r("generated"), 1),
    inputSheet: str(r("inputSheet"), 1),
    actionSheet: str(r("actionSheet"), 1),
    lines,
    actions,
    checksum: str(r("checksum"), 1),
  };
}

