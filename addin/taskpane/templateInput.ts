// What the Templates panel builds from, read from the master workbook: the lines table (one row
// per account of a department), the frames table (a department's key or name and its frame, e.g.
// what the Requirement panel wrote as "budget after") and the profile library (a name and 12
// weights per row). Cells are read by the core's one reader; a cell that does not read is a bad
// line naming its cell, and nothing is built while there is one.

import { BudgetError, cellText, isBlank, MONTHS, readNumber, shown, type Cell, type Language } from "../../core";
import type { LibraryProfile, MasterFrame, MasterLine } from "../../core/templates/types";
import { cellName, withSheet } from "../gateway/address";
import type { CellValue, RangeData } from "../gateway/types";
import type { ColumnsOf, ColumnWants } from "./columnGuess";
import type { Strings } from "./i18n";
import type { BadLine } from "./planner";
import { libraryEntries } from "./profileChoice";

/** The lines table's columns: the department, its hospital, the account, last year's figures, a profile. */
export const TEMPLATE_COLUMNS = {
  department: { role: "templateDepartment", fallback: 0 },
  departmentName: { role: "templateDepartmentName", fallback: 1 },
  parent: { role: "hospital", fallback: 2 },
  account: { role: "account", fallback: 3 },
  text: { role: "lineText", fallback: 4 },
  lastBudget: { role: "lastBudget", fallback: 5 },
  lastActual: { role: "lastActual", fallback: 6 },
  profile: { role: "lineProfile", optional: true },
} as const satisfies ColumnWants;

/** The frames table's columns: the unit (a department's key or name) and its frame. */
export const FRAME_COLUMNS = {
  unit: { role: "frameUnit", fallback: 0 },
  frame: { role: "frame", fallback: "lastNumber" },
} as const satisfies ColumnWants;

const LAST_BUDGET = { label: "lastBudget" } as const;
const LAST_ACTUAL = { label: "lastActual" } as const;

const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/** A master line read, with the address of its row's first cell. */
export interface ReadMasterLine {
  line: MasterLine;
  address: string;
}

/**
 * The lines of the table (its header row first). A blank row is skipped; a blank figure is 0, as
 * for a department's new account; a figure that is not a number is a bad line.
 */
export function readMasterLines(table: RangeData, columns: ColumnsOf<typeof TEMPLATE_COLUMNS>, language: Language) {
  const lines: ReadMasterLine[] = [];
  const bad: BadLine[] = [];
  table.values.slice(1).forEach((row, i) => {
    if (row.every((v) => isBlank(v as Cell))) return;
    const at = (column: number) => withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + column }));
    const txt = (column: number | null) => (column === null ? "" : cellText(row[column]));
    const label = [txt(columns.department), txt(columns.account)].filter((s) => s !== "").join(" · ");
    const figure = (column: number, subject: typeof LAST_BUDGET | typeof LAST_ACTUAL): number | null => {
      const cell = row[column] as Cell;
      if (isBlank(cell)) return 0;
      try {
        return readNumber(cell, subject);
      } catch (error) {
        bad.push({ address: at(column), label, error: message(error, language) });
        return null;
      }
    };
    const lastBudget = figure(columns.lastBudget, LAST_BUDGET);
    const lastActual = figure(columns.lastActual, LAST_ACTUAL);
    if (lastBudget === null || lastActual === null) return;
    const profile = txt(columns.profile);
    lines.push({
      address: at(0),
      line: {
        department: txt(columns.department),
        departmentName: txt(columns.departmentName),
        parent: txt(columns.parent),
        account: txt(columns.account),
        text: txt(columns.text),
        lastBudget,
        lastActual,
        ...(profile === "" ? {} : { profile }),
      },
    });
  });
  return { lines, bad };
}

/**
 * The frames of the departments of `lines`, from the frames table (its header row first): a row
 * is a department's when its unit is the department's key or else its name (a Requirement
 * panel's table names its units); rows of other units (a hospital, the region) are left out. A
 * department's frame found twice, or one that is not a number, is a bad line.
 */
export function readFrames(table: RangeData, columns: ColumnsOf<typeof FRAME_COLUMNS>, lines: readonly MasterLine[], t: Strings, language: Language) {
  const byKey = new Map(lines.map((l) => [l.department, l.department]));
  const byName = new Map(lines.map((l) => [l.departmentName.toLowerCase(), l.department]));
  const frames: MasterFrame[] = [];
  const bad: BadLine[] = [];
  const seen = new Map<string, string>();
  table.values.slice(1).forEach((row, i) => {
    const unit = cellText(row[columns.unit]);
    const department = byKey.get(unit) ?? byName.get(unit.toLowerCase());
    if (department === undefined) return;
    const address = withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + columns.frame }));
    const cell = row[columns.frame] as Cell;
    if (isBlank(cell)) return;
    const first = seen.get(department);
    if (first !== undefined) {
      bad.push({ address, label: department, error: t.templates.frameTwice(department, first) });
      return;
    }
    seen.set(department, address);
    if (typeof cell !== "number") {
      bad.push({ address, label: department, error: new BudgetError("TEMPLATE_FRAME_NUMBER", { department, value: shown(cell) }).describe(language) });
      return;
    }
    frames.push({ department, frame: cell });
  });
  return { frames, bad };
}

/** The profile library: every row with a name and 12 numbers (a header row, or notes, are left out). */
export function readLibrary(values: CellValue[][]): LibraryProfile[] {
  return libraryEntries(values).map(({ name, row }) => ({ name: name.trim(), weights: values[row].slice(1, 1 + MONTHS) as number[] }));
}
