// Prior years' actuals for the Forecast panel (the prior-year, smoothing and auto methods): one
// row per line and year (the line key, the year, 12 months), read from the range the user named.

import { BudgetError, MONTHS, type Language, type Subject, cellText } from "../../core";
import type { Cell } from "../functions/cells";
import { bookedRow } from "../functions/forecast";
import { cellName, withSheet } from "../gateway/address";
import type { RangeData } from "../gateway/types";
import type { Strings } from "./i18n";

/** A line's prior years, oldest first: each year's 12 months (null where nothing was booked). */
export type History = Map<string, (number | null)[][]>;

const text = cellText;

const historySubject = (key: string, year: string) => (month: number): Subject => ({ label: "historyOf", key, year, month });

/**
 * The history grouped by line key, each line's years oldest first; no range, no history. Returns
 * the message for a bad row instead: a year that is no whole number, a year twice for a line, a
 * row without its 12 months, a month that is no amount.
 */
export function readHistory(history: RangeData | null, t: Strings, language: Language): History | string {
  const byKey = new Map<string, { year: number; months: (number | null)[] }[]>();
  if (history === null) return new Map();
  for (const [i, row] of history.values.slice(1).entries()) {
    const key = text(row[0]);
    if (key === "") continue;
    const address = withSheet(history.sheet, cellName({ row: history.row + 1 + i, column: history.column + 1 }));
    const year = row[1];
    if (typeof year !== "number" || !Number.isInteger(year)) return t.historyYearBad(address, text(year));
    if (row.length < 2 + MONTHS) return t.historyColumns;
    const years = byKey.get(key) ?? [];
    if (years.some((y) => y.year === year)) return t.historyYearTwice(key, year);
    try {
      years.push({ year, months: bookedRow(row.slice(2, 2 + MONTHS) as Cell[], historySubject(key, String(year))) });
    } catch (error) {
      if (error instanceof BudgetError) return error.describe(language);
      throw error;
    }
    byKey.set(key, years);
  }
  return new Map([...byKey].map(([key, years]) => [key, years.sort((a, b) => a.year - b.year).map((y) => y.months)]));
}
