// The template's metadata, kept in a very hidden sheet of the file: what the template was built
// as (id, kind, version, department, year, unit, its rules) and its locked content (the lines with
// last year's figures, the frame, the profile library), with a SHA-256 checksum over that content.
// The register in the master keeps the same checksum, so a returned file is checked against what
// was sent without trusting anything the department could change, this sheet included.
//
// A sheet rather than a custom XML part: every xlsx writer a department may use keeps sheets.
// The sheet is found by its first cell (META_MARK), never by its name or position.

import type { Cell } from "../read";
import type { Language } from "../messages/render";
import type { CellSpec, ReadSheet, SheetSpec } from "./book";
import type { ResolvedTemplateOptions, TemplateLine } from "./model";
import type { JustifyFrom, LibraryProfile, TemplateIdentity } from "./types";

/** The first cell of the metadata sheet: says the file is one of this product's templates. */
export const META_MARK = "BudgetAddinTemplate";
/** The version of the template's layout; a file of a later format is refused, not misread. */
export const TEMPLATE_FORMAT = 1;
export const META_SHEET = "BudgetMeta";

export interface TemplateMeta extends TemplateIdentity {
  format: number;
  /** "budget"; a kind this version does not know is read, and refused by the return checks. */
  kind: string;
  language: Language;
  contact: string;
  freeRows: number;
  justifyFrom: JustifyFrom | null;
  inputSheet: string;
  lines: TemplateLine[];
  profiles: LibraryProfile[];
}

export type MetaContent = Omit<TemplateMeta, "checksum">;

/** The text the checksum is taken over: every locked part of the template, in a fixed order. */
export function checksumContent(m: MetaContent): string {
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
    m.unit,
    m.language,
    m.deadline,
    m.contact,
    m.freeRows,
    m.justifyFrom === null ? null : [m.justifyFrom.amount, m.justifyFrom.rate],
    m.frame,
    m.generated,
    m.inputSheet,
    m.lines.map((l) => [l.key, l.account, l.text, l.lastBudget, l.lastActual]),
    m.profiles.map((p) => [p.name, ...p.weights]),
  ]);
}

export function metaContent(
  d: { department: string; departmentName: string; parent: string; frame: number; lines: TemplateLine[] },
  o: ResolvedTemplateOptions,
  build: { id: string; version: number; generated: string; inputSheet: string; profiles: LibraryProfile[] },
): MetaContent {
  return {
    format: TEMPLATE_FORMAT,
    id: build.id,
    kind: "budget",
    version: build.version,
    department: d.department,
    departmentName: d.departmentName,
    parent: d.parent,
    year: o.year,
    unit: o.unit,
    language: o.language,
    deadline: o.deadline,
    contact: o.contact,
    freeRows: o.freeRows,
    justifyFrom: o.justifyFrom,
    frame: d.frame,
    generated: build.generated,
    inputSheet: build.inputSheet,
    lines: d.lines,
    profiles: build.profiles,
  };
}

const FIELDS = ["id", "kind", "version", "department", "departmentName", "parent", "year", "unit", "language", "deadline", "contact", "freeRows", "justifyAmount", "justifyRate", "frame", "generated", "inputSheet", "checksum"] as const;
type Field = (typeof FIELDS)[number];

const value = (v: string | number | null): CellSpec => ({ value: v, style: typeof v === "number" ? "amount" : "text" });

/** The metadata sheet: key and value rows, then the lines, then the profiles. */
export function metaSheet(m: TemplateMeta): SheetSpec {
  const fields: Record<Field, string | number | null> = {
    ...m,
    justifyAmount: m.justifyFrom?.amount ?? null,
    justifyRate: m.justifyFrom?.rate ?? null,
  };
  const rows: CellSpec[][] = [
    [value(META_MARK), value(m.format)],
    ...FIELDS.map((f) => [value(f), value(fields[f])]),
    [value("lines"), value(m.lines.length)],
    ...m.lines.map((l) => [l.key, l.account, l.text, l.lastBudget, l.lastActual, l.profile].map(value)),
    [value("profiles"), value(m.profiles.length)],
    ...m.profiles.map((p) => [value(p.name), ...p.weights.map(value)]),
  ];
  return { name: META_SHEET, state: "veryHidden", protect: true, widths: [18, 40], rows };
}

/** Where the metadata sheet is damaged, so a problem can name the cell. */
export class MetaDamage extends Error {
  constructor(readonly row: number, readonly column: number) {
    super(`metadata damaged at row ${row + 1}, column ${column + 1}`);
  }
}

/** The metadata sheet of a book: the sheet whose first cell is the mark. */
export function findMetaSheet(sheets: readonly ReadSheet[]): ReadSheet | undefined {
  return sheets.find((s) => s.rows[0]?.[0]?.value === META_MARK);
}

/** The kind a metadata sheet records, read before the rest: each kind of template has its own layout. */
export function metaKind(sheet: ReadSheet): string | undefined {
  const row = sheet.rows[1 + FIELDS.indexOf("kind")];
  const value = row?.[1]?.value;
  return row?.[0]?.value === "kind" && typeof value === "string" ? value : undefined;
}

/** The metadata sheet's cells read as they were written; a cell that does not read so is MetaDamage at that cell. */
export function metaCells(sheet: ReadSheet) {
  const at = (r: number, c: number): Cell => sheet.rows[r]?.[c]?.value ?? null;
  const str = (r: number, c: number): string => {
    const v = at(r, c);
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    if (v === null) return "";
    throw new MetaDamage(r, c);
  };
  const num = (r: number, c: number): number => {
    const v = at(r, c);
    if (typeof v !== "number" || !Number.isFinite(v)) throw new MetaDamage(r, c);
    return v;
  };
  const optNum = (r: number, c: number): number | null => (at(r, c) === null ? null : num(r, c));
  // a count names the rows below it: more than the sheet has is damage, not a size to allocate
  const count = (r: number, name: string): number => {
    if (at(r, 0) !== name) throw new MetaDamage(r, 0);
    const n = num(r, 1);
    if (!Number.isSafeInteger(n) || n < 0 || r + 1 + n > sheet.rows.length) throw new MetaDamage(r, 1);
    return n;
  };
  /** The rows of the key and value fields, in order from row 2; a key out of place is damage. */
  const fieldRows = <F extends string>(fields: readonly F[]): ((f: F) => number) => {
    fields.forEach((f, i) => {
      if (at(i + 1, 0) !== f) throw new MetaDamage(i + 1, 0);
    });
    return (f) => fields.indexOf(f) + 1;
  };
  return { at, str, num, optNum, count, fieldRows };
}

/** Reads the metadata back; a cell that does not read as written is MetaDamage at that cell. */
export function readMeta(sheet: ReadSheet): TemplateMeta {
  const { str, num, optNum, count, fieldRows } = metaCells(sheet);
  const r = fieldRows(FIELDS);
  const lineRow = FIELDS.length + 1;
  const lineCount = count(lineRow, "lines");
  const lines: TemplateLine[] = Array.from({ length: lineCount }, (_, i) => {
    const k = lineRow + 1 + i;
    return { key: str(k, 0), account: str(k, 1), text: str(k, 2), lastBudget: num(k, 3), lastActual: num(k, 4), profile: str(k, 5) };
  });
  const profileRow = lineRow + 1 + lineCount;
  const profileCount = count(profileRow, "profiles");
  const profiles: LibraryProfile[] = Array.from({ length: profileCount }, (_, i) => {
    const k = profileRow + 1 + i;
    return { name: str(k, 0), weights: Array.from({ length: 12 }, (_, m) => num(k, m + 1)) };
  });
  const unit = num(r("unit"), 1);
  if (unit !== 0.01 && unit !== 1 && unit !== 1000) throw new MetaDamage(r("unit"), 1);
  const language = str(r("language"), 1);
  if (language !== "da" && language !== "en") throw new MetaDamage(r("language"), 1);
  const kind = str(r("kind"), 1);
  const justifyAmount = optNum(r("justifyAmount"), 1);
  const justifyRate = optNum(r("justifyRate"), 1);
  return {
    format: num(0, 1),
    id: str(r("id"), 1),
    kind,
    version: num(r("version"), 1),
    department: str(r("department"), 1),
    departmentName: str(r("departmentName"), 1),
    parent: str(r("parent"), 1),
    year: num(r("year"), 1),
    unit,
    language,
    deadline: str(r("deadline"), 1) || null,
    contact: str(r("contact"), 1),
    freeRows: num(r("freeRows"), 1),
    justifyFrom: justifyAmount === null || justifyRate === null ? null : { amount: justifyAmount, rate: justifyRate },
    frame: num(r("frame"), 1),
    generated: str(r("generated"), 1),
    inputSheet: str(r("inputSheet"), 1),
    lines,
    profiles,
    checksum: str(r("checksum"), 1),
  };
}
