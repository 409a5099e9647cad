// The department forecasts sheet (Afdelingsprognoser / Department forecasts) in the master
// workbook: per department, month and line, the add-in's projection the department was sent and
// its own expected year-end, with its explanation, as its follow-up returns said
// (core/actionRegister.ts merges: a department's return for a month replaces its rows of that
// month only).
//
// From the block's first cell (found by its mark, else a new block from A1 of the sheet of the
// default name), rows: the title, an information line, a blank row, the header, one row per
// department, month and line. A cell is rewritten without asking only while it still holds what
// the panel wrote there (sheetMemory.ts, rows told by department, month and line). The mark's
// comment keeps the year and the latest month. Rows are read back by their content, in either
// language; a row that is no line's is a person's and left out.

import { cellText, isBlank, type Language } from "../../core";
import { mergeDepartmentForecasts } from "../../core/actionRegister";
import type { DepartmentForecast, FollowUpReturn } from "../../core/followupTemplates/types";
import { blockAddress, cellName, withSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import type { CellInput, CellValue, RangeData, WorkbookGateway } from "../gateway/types";
import { amountIn, keptRowsWrite, LANGUAGES, loadMarked, monthIn, readPeriod, returnsYear, type Block, type KeptRowsPlan, type SheetPeriod } from "./actionRegister";
import type { Strings } from "./i18n";
import { en } from "./i18n/en";
import type { BadLine } from "./planner";
import type { RowKey } from "./sheetMemory";
import { keptWrite, readKeptSheet, type KeptSheet } from "./templateSheets";
import type { PreparedWrite } from "./writeFlow";

export const FORECASTS_MARK = "BudgetDepartmentForecasts";

export const FORECAST_COLUMNS = ["department", "month", "key", "projection", "yearEnd", "explanation"] as const;
export const FORECAST_WIDTH = FORECAST_COLUMNS.length;
const AT = Object.fromEntries(FORECAST_COLUMNS.map((c, i) => [c, i])) as Record<(typeof FORECAST_COLUMNS)[number], number>;
/** The first line's row, from the block's first. */
export const FORECAST_FIRST_ROW = 4;

/** The memory tells a row by its department, month and line. */
export const forecastKey: RowKey = (row) => JSON.stringify([cellText(row[AT.department]), cellText(row[AT.month]), cellText(row[AT.key])]);

const headerOf = (w: Strings["followup"]): string[] => FORECAST_COLUMNS.map((c) => w.forecastHeaders[c]);

/** A row of the sheet read as a department's line; "bad" when it names a department and a line but cannot be read; null when it is none. */
function forecastRow(cells: readonly CellValue[]): DepartmentForecast | "bad" | null {
  const department = cellText(cells[AT.department]);
  const key = cellText(cells[AT.key]);
  if (department === "" || key === "") return null;
  const month = monthIn(cells[AT.month]);
  const projection = amountIn(cells[AT.projection]);
  const yearEnd = amountIn(cells[AT.yearEnd]);
  if (month === null || projection === null || yearEnd === null) return "bad";
  return { department, key, month, yearEnd, projection, explanation: cellText(cells[AT.explanation]) };
}

export interface ReadForecasts {
  rows: DepartmentForecast[];
  bad: BadLine[];
}


/** Reads the sheet's block (the sheet as read from A1; the whole sheet unless a block is given) with the rows that cannot be read. */
export function readForecastSheet(used: RangeData | null, block?: Block, t: Strings = en): ReadForecasts {
  const read: ReadForecasts = { rows: [], bad: [] };
  if (used === null) return read;
  const { row: first, column, rows } = block ?? { row: used.row, column: used.column, rows: used.values.length };
  const headers = LANGUAGES.map(headerOf);
  for (let row = first; row < first + rows; row++) {
    const cells = Array.from({ length: FORECAST_WIDTH }, (_, c) => used.values[row - used.row]?.[column + c - used.column] ?? null);
    if (cells.every(isBlank) || headers.some((h) => h.every((name, c) => cellText(cells[c]) === name))) continue;
    const line = forecastRow(cells);
    if (line === "bad") {
      const label = `${cellText(cells[AT.department])} · ${cellText(cells[AT.key])}`;
      read.bad.push({ address: withSheet(used.sheet, cellName({ row, column })), label, error: t.followup.forecastRowDamaged });
    } else if (line !== null) read.rows.push(line);
  }
  return read;
}

/** The departments' forecasts as the sheet holds them (rows that cannot be read left out). */
export function readDepartmentForecasts(used: RangeData | null, block?: Block): DepartmentForecast[] {
  return readForecastSheet(used, block).rows;
}

/** The department forecasts in the workbook, found by their mark: none without one (or when they are of another year than `year`). */
export function loadDepartmentForecasts(gateway: WorkbookGateway, year?: number): Promise<DepartmentForecast[]> {
  return loadMarked(gateway, FORECASTS_MARK, LANGUAGES.map((w) => w.forecastSheet), year, readDepartmentForecasts);
}

/** The sheet as read for a write: its mark (or the sheet of the default name), cells and memory. */
export function readForecastsSheet(gateway: WorkbookGateway, t: Strings): Promise<KeptSheet> {
  return readKeptSheet(gateway, FORECASTS_MARK, t.followup.forecastSheet, FORECAST_WIDTH, forecastKey);
}

export type DepartmentForecastsPlan = KeptRowsPlan<DepartmentForecast>;

/**
 * The departments' forecasts after the returns, and the write that puts them on the sheet
 * (`kept`, as read by readForecastsSheet). Nothing is written while a line on the sheet cannot be
 * read or the returns are for another year than the sheet's.
 */
export function planDepartmentForecasts(kept: KeptSheet, returns: readonly FollowUpReturn[], t: Strings, language: Language): DepartmentForecastsPlan {
  const w = t.followup;
  const read = readForecastSheet(kept.used, { row: kept.origin.row, column: kept.origin.column, rows: kept.rows }, t);
  const empty: DepartmentForecastsPlan = { error: null, bad: [], sheet: kept.sheet, rows: read.rows, period: null, steps: [], owned: () => false, summary: "" };
  if (read.bad.length > 0) return { ...empty, bad: read.bad };
  const earlier = readPeriod(kept.mark);
  const checked = returnsYear(kept.sheet, earlier, returns, t, language);
  if (checked === null || "error" in checked) return { ...empty, error: checked?.error ?? null };
  const year = checked.year;
  const rows = mergeDepartmentForecasts(read.rows, returns);
  const period: SheetPeriod = { year, month: Math.max(earlier?.month ?? 1, ...rows.map((r) => r.month)) };

  const pad = (cells: CellInput[]) => [...cells, ...new Array<CellInput>(FORECAST_WIDTH - cells.length).fill("")];
  const body: CellInput[][] = rows.map((r) => [r.department, r.month, r.key, r.projection, r.yearEnd, r.explanation]);
  const content: CellInput[][] = [pad([w.forecastTitle(year)]), pad([w.forecastInfo(new Set(rows.map((r) => r.department)).size, rows.length)]), pad([]), headerOf(w), ...body];
  const block = (row: number, column: number, height: number, width: number) =>
    withSheet(kept.sheet, blockAddress({ row: kept.origin.row + row, column: kept.origin.column + column }, height, width));
  const extra: WriteStep[] = [
    { kind: "format", ref: block(0, 0, 1, 1), format: { bold: true } },
    { kind: "format", ref: block(FORECAST_FIRST_ROW - 1, 0, 1, FORECAST_WIDTH), format: { bold: true } },
    ...(body.length > 0 ? [{ kind: "format" as const, ref: block(FORECAST_FIRST_ROW, AT.projection, body.length, 2), format: { numberFormat: "#,##0" } }] : []),
    { kind: "filter", ref: block(FORECAST_FIRST_ROW - 1, 0, body.length + 1, FORECAST_WIDTH) },
  ];
  const write = keptWrite(kept, FORECASTS_MARK, content, FORECAST_WIDTH, extra, forecastKey);
  const comment = JSON.stringify(period);
  return {
    ...empty,
    rows,
    period,
    steps: write.steps.map((s) => (s.kind === "mark" ? { ...s, comment } : s)),
    owned: write.owned,
    summary: w.forecastsDone(kept.sheet, rows.length),
  };
}

/** Reads the sheet and plans its write after the returns. */
export async function prepareDepartmentForecasts(gateway: WorkbookGateway, returns: readonly FollowUpReturn[], t: Strings, language: Language): Promise<DepartmentForecastsPlan> {
  return planDepartmentForecasts(await readForecastsSheet(gateway, t), returns, t, language);
}

/** A plan as the write it makes, or null while it has nothing to write. */
export const departmentForecastsWrite: (plan: DepartmentForecastsPlan) => PreparedWrite | null = keptRowsWrite;
