// What Excel accepts in a workbook, checked before a byte is written: a file past one of these
// limits opens with a repair prompt or loses the part, so the writer refuses the spec instead,
// naming the sheet, the cell and the limit.

import type { BookSpec, CellSpec, InputRule, SheetSpec } from "../../core/templates/book";
import { columnName } from "../../core";

/** Excel's limits, as its specifications and the file format state them. */
export const LIMITS = {
  sheetName: 31,
  cellText: 32_767,
  formula: 8_192,
  promptTitle: 32,
  promptText: 255,
  errorTitle: 32,
  errorText: 225,
  listFormula: 255,
  rows: 1_048_576,
  columns: 16_384,
  columnWidth: 255,
} as const;

/** Characters a sheet name may not hold. */
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

/** Characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** "A" for 1, "Z" for 26, "AA" for 27. */
export const columnLetters = (column: number): string => columnName(column - 1);

/** "F12" for row 12, column 6 (both from 1). */
export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row}`;

function refuse(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

function checkText(where: string, label: string, text: string, max: number): void {
  if (text.length > max) refuse(where, `${label} has ${text.length} characters; Excel allows at most ${max}`);
  if (NOT_XML.test(text)) refuse(where, `${label} holds a control character that an .xlsx file cannot store`);
}

function checkSheetName(name: string, seen: Set<string>): void {
  const where = `sheet "${name}"`;
  if (name.trim() === "") refuse(where, "a sheet name cannot be blank");
  if (name.length > LIMITS.sheetName) refuse(where, `the name has ${name.length} characters; Excel allows at most ${LIMITS.sheetName}`);
  if (SHEET_NAME_FORBIDDEN.test(name)) refuse(where, "a sheet name cannot hold any of : \\ / ? * [ ]");
  if (name.startsWith("'") || name.endsWith("'")) refuse(where, "a sheet name cannot begin or end with an apostrophe");
  if (name.toLowerCase() === "history") refuse(where, 'Excel reserves the sheet name "History"');
  checkText(where, "the name", name, LIMITS.sheetName);
  const key = name.toLowerCase();
  if (seen.has(key)) refuse(where, "two sheets have this name (Excel ignores case)");
  seen.add(key);
}

function checkFormula(where: string, formula: string, label = "the formula"): void {
  if (formula.trim() === "") refuse(where, `${label} is blank`);
  if (formula.startsWith("=")) refuse(where, `${label} must be given without "=", as the file stores it`);
  checkText(where, label, formula, LIMITS.formula);
}

function checkInput(where: string, rule: InputRule): void {
  checkText(where, "the prompt title", rule.prompt.title, LIMITS.promptTitle);
  checkText(where, "the prompt text", rule.prompt.text, LIMITS.promptText);
  checkText(where, "the error title", rule.error.title, LIMITS.errorTitle);
  checkText(where, "the error text", rule.error.text, LIMITS.errorText);
  if (rule.kind === "list") {
    if (rule.list === undefined) refuse(where, "a list input needs the range of its choices");
    checkFormula(where, rule.list, "the list formula");
    if (rule.list.length > LIMITS.listFormula) refuse(where, `the list formula has ${rule.list.length} characters; Excel allows at most ${LIMITS.listFormula}`);
  }
  if (rule.kind === "text" && rule.maxLength !== undefined) {
    if (!Number.isInteger(rule.maxLength) || rule.maxLength < 0 || rule.maxLength > LIMITS.cellText) {
      refuse(where, `the longest text allowed must be a whole number from 0 to ${LIMITS.cellText}; got ${rule.maxLength}`);
    }
  }
}

function checkCell(where: string, cell: CellSpec, row: readonly (CellSpec | null)[], column: number): void {
  const { value, formula, result, spill } = cell;
  if (formula !== undefined && value !== undefined) refuse(where, "a cell holds a constant or a formula, not both");
  if (typeof value === "string") checkText(where, "the text", value, LIMITS.cellText);
  if (typeof value === "number" && !Number.isFinite(value)) refuse(where, `the number ${value} cannot be stored`);
  if (formula === undefined) {
    if (result !== undefined || spill !== undefined) refuse(where, "a cached result or a spill needs a formula");
  } else {
    checkFormula(where, formula);
    if (typeof result === "string") checkText(where, "the cached result", result, LIMITS.cellText);
    const results = typeof result === "object" ? result : result === undefined ? [] : [result];
    if (results.some((item) => typeof item === "number" && !Number.isFinite(item))) refuse(where, "a cached result is not a finite number");
  }
  if (spill !== undefined) {
    if (!Number.isInteger(spill) || spill < 1) refuse(where, `a spill covers a whole number of cells, 1 or more; got ${spill}`);
    if (!Array.isArray(result) || result.length !== spill) refuse(where, `a spill of ${spill} cells needs ${spill} cached results`);
    if (column + spill - 1 > LIMITS.columns) refuse(where, "the spill runs past the last column");
    for (let offset = 1; offset < spill; offset++) {
      if (row[column - 1 + offset]) refuse(where, `the spill runs into ${columnLetters(column + offset)}, which holds a cell of its own`);
    }
  } else if (Array.isArray(result)) {
    refuse(where, "several cached results need a spill");
  }
  if (cell.input) checkInput(where, cell.input);
}

function checkSheet(sheet: SheetSpec): void {
  if (sheet.rows.length > LIMITS.rows) refuse(`sheet "${sheet.name}"`, `${sheet.rows.length} rows; Excel has ${LIMITS.rows}`);
  if (sheet.widths.length > LIMITS.columns) refuse(`sheet "${sheet.name}"`, `${sheet.widths.length} column widths; Excel has ${LIMITS.columns} columns`);
  sheet.widths.forEach((width, index) => {
    if (!Number.isFinite(width) || width < 0 || width > LIMITS.columnWidth) {
      refuse(`sheet "${sheet.name}", column ${columnLetters(index + 1)}`, `a width is 0 to ${LIMITS.columnWidth} characters; got ${width}`);
    }
  });
  sheet.rows.forEach((row, rowIndex) => {
    if (row.length > LIMITS.columns) refuse(`sheet "${sheet.name}", row ${rowIndex + 1}`, `${row.length} cells; Excel has ${LIMITS.columns} columns`);
    row.forEach((cell, columnIndex) => {
      if (cell) checkCell(`sheet "${sheet.name}", cell ${cellAddress(rowIndex + 1, columnIndex + 1)}`, cell, row, columnIndex + 1);
    });
  });
  for (const alert of sheet.alerts ?? []) {
    const where = `sheet "${sheet.name}", alert on ${alert.ref}`;
    if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(alert.ref)) refuse(where, "the range must be a reference such as F9:F40");
    checkFormula(where, alert.formula);
  }
  const freeze = sheet.freeze;
  if (freeze && (!Number.isInteger(freeze.rows) || !Number.isInteger(freeze.columns) || freeze.rows < 0 || freeze.columns < 0)) {
    refuse(`sheet "${sheet.name}"`, "frozen rows and columns are whole numbers, 0 or more");
  }
}

/** Throws an Error naming the sheet, the cell and the limit when the spec is past what Excel accepts. */
export function checkBook(spec: BookSpec): void {
  if (spec.sheets.length === 0) throw new Error("a workbook needs at least one sheet");
  if (!spec.sheets.some((sheet) => sheet.state === "visible")) throw new Error("a workbook needs at least one visible sheet");
  checkText("the workbook", "the title", spec.title, LIMITS.cellText);
  const seen = new Set<string>();
  for (const sheet of spec.sheets) {
    checkSheetName(sheet.name, seen);
    checkSheet(sheet);
  }
}
