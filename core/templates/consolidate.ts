// The consolidation of the accepted returns: totals per department, per hospital and for the
// region, each month and the year, summed exactly at the unit, so every level adds up to the
// one below it to the last øre; and each department's total against its frame.

import { ANNUAL } from "../errors";
import { sumAmounts, type Unit } from "../money";
import { MONTHS } from "../profiles";
import type { ConsolidatedLine } from "./types";

export interface Totals {
  annual: number;
  months: number[];
  /** Last year's budget over the lines that have one, to the øre. */
  lastBudget: number;
}

export interface DepartmentTotal extends Totals {
  department: string;
  departmentName: string;
  parent: string;
  lines: number;
  /** The frame, when the department's template had one; and the total less the frame (over it when positive). */
  frame: number | null;
  overFrame: number | null;
}

export interface HospitalTotal extends Totals {
  parent: string;
  departments: number;
}

export interface ConsolidationTotals {
  departments: DepartmentTotal[];
  hospitals: HospitalTotal[];
  region: Totals;
}

type Figures = Pick<ConsolidatedLine, "annual" | "months" | "lastBudget">;

function totalsOf(rows: readonly Figures[], unit: Unit): Totals {
  const month = (m: number) => sumAmounts(rows.map((r) => r.months[m]), unit, ANNUAL);
  return {
    annual: sumAmounts(rows.map((r) => r.annual), unit, ANNUAL),
    months: Array.from({ length: MONTHS }, (_, m) => month(m)),
    // last year's budgets are added as sent, to the øre, whatever the unit of next year's months
    lastBudget: sumAmounts(rows.map((r) => r.lastBudget ?? 0), 0.01, ANNUAL),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The totals of consolidated lines, departments and hospitals in the order they first appear.
 * `frames` gives each department's frame.
 */
export function consolidationTotals(lines: readonly ConsolidatedLine[], unit: Unit, frames: ReadonlyMap<string, number> = new Map()): ConsolidationTotals {
  const departments: DepartmentTotal[] = [...groupBy(lines, (l) => l.department)].map(([department, rows]) => {
    const totals = totalsOf(rows, unit);
    const frame = frames.get(department) ?? null;
    return {
      department,
      departmentName: rows[0].departmentName,
      parent: rows[0].parent,
      lines: rows.length,
      ...totals,
      frame,
      overFrame: frame === null ? null : sumAmounts([totals.annual, -frame], unit, ANNUAL),
    };
  });
  const hospitals: HospitalTotal[] = [...groupBy(departments, (d) => d.parent)].map(([parent, rows]) => ({
    parent,
    departments: rows.length,
    ...totalsOf(rows, unit),
  }));
  return { departments, hospitals, region: totalsOf(hospitals, unit) };
}
