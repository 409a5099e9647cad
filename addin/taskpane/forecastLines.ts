// The Forecast panel's follow-up table, read: one line per row with its key, 12 months of
// actuals (blank = not booked yet), 12 months of budget, known adjustments (one column, counted in
// December, or 12 monthly ones; a blank is none), a cap base (blank: the annual budget) and the
// line's department, department name, hospital and text where the table has them, as the core
// takes them; a row that cannot be read is listed with its message.

import { FIELD } from "./fieldSubjects";
import { actualSubject, adjustmentSubject, BudgetError, budgetSubject, MONTHS, type FollowUpLine, type Language, cellText, isBlank } from "../../core";
import { readNumber, type Cell } from "../functions/cells";
import { bookedRow } from "../functions/forecast";
import { cellName, withSheet } from "../gateway/address";
import type { RangeData } from "../gateway/types";
import type { ForecastChoices } from "./forecastForm";
import type { History } from "./forecastHistory";
import type { Strings } from "./i18n";

export interface BadLine {
  /** The line key's cell, e.g. "Opfølgning!A5". */
  address: string;
  label: string;
  error: string;
}

const text = cellText;
const message = (error: unknown, language: Language) => {
  if (error instanceof BudgetError) return error.describe(language);
  throw error;
};

/** Where the line belongs: "" for a column the table lacks. */
export interface LinePlace {
  department: string;
  departmentName: string;
  hospital: string;
  text: string;
}

interface ReadLine extends LinePlace {
  key: string;
  address: string;
  line: FollowUpLine;
}

/** The known adjustments of a row: none when blank, December's from one column, or 12 months. */
function adjustmentsOf(row: readonly unknown[], c: ForecastChoices): number[] | undefined {
  if (c.adjustmentColumn === null) return undefined;
  if (c.adjustmentMonths === "one") {
    const value = row[c.adjustmentColumn];
    return isBlank(value) ? undefined : [...new Array<number>(MONTHS - 1).fill(0), readNumber(value as Cell, FIELD.adjustment)];
  }
  const cells = row.slice(c.adjustmentColumn, c.adjustmentColumn + MONTHS);
  if (cells.every(isBlank)) return undefined;
  return cells.map((v, m) => (isBlank(v) ? 0 : readNumber(v as Cell, adjustmentSubject(m + 1))));
}

/** The table's lines as the core takes them; a bad line is listed with its message. */
export function readLines(table: RangeData, c: ForecastChoices, history: History, t: Strings, language: Language) {
  const lines: ReadLine[] = [];
  const bad: BadLine[] = [];
  const seen = new Map<string, string>();
  table.values.slice(1).forEach((row, i) => {
    const address = withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + c.keyColumn }));
    const key = text(row[c.keyColumn]);
    const fail = (error: string) => bad.push({ address, label: key, error });
    if (key === "") return fail(t.blankKey);
    const first = seen.get(key);
    if (first !== undefined) return fail(t.duplicateKey(key, first));
    seen.set(key, address);
    const textAt = (column: number | null) => (column === null ? "" : text(row[column]));
    try {
      const capBase = c.capBaseColumn === null ? null : row[c.capBaseColumn];
      lines.push({
        key,
        address,
        department: textAt(c.departmentColumn),
        departmentName: textAt(c.departmentNameColumn),
        hospital: textAt(c.hospitalColumn),
        text: textAt(c.textColumn),
        line: {
          actuals: bookedRow(row.slice(c.actualColumn, c.actualColumn + MONTHS) as Cell[], actualSubject),
          budget: row.slice(c.budgetColumn, c.budgetColumn + MONTHS).map((v, m) => readNumber(v as Cell, budgetSubject(m + 1))),
          history: history.get(key),
          adjustments: adjustmentsOf(row, c),
          capBase: isBlank(capBase) ? undefined : readNumber(capBase as Cell, FIELD.capBase),
        },
      });
    } catch (error) {
      fail(message(error, language));
    }
  });
  return { lines, bad };
}

/** The months booked in the table: the most months any line has booked from January on. */
export function bookedMonths(table: RangeData, actualColumn: number): number {
  let most = 0;
  for (const row of table.values.slice(1)) {
    let m = 0;
    while (m < MONTHS && !isBlank(row[actualColumn + m])) m++;
    most = Math.max(most, m);
  }
  return most;
}

/** The month a report is first offered as at: the last month booked, or January. */
export function reportMonthOf(table: RangeData, actualColumn: number): number {
  return Math.max(1, bookedMonths(table, actualColumn));
}

/** The line keys of the table, in its order, for choosing the line the chart shows. */
export function lineKeys(table: RangeData, keyColumn: number): string[] {
  return table.values
    .slice(1)
    .map((row) => text(row[keyColumn]))
    .filter((key) => key !== "");
}
