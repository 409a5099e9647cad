// The preview workbook to and from what an .xlsx file holds: the engine's sheets, cells and names,
// and the formats, marks, AutoFilters and settings the preview keeps beside it. The file itself is
// read and written by xlsxFile.ts, loaded only when the user opens or saves.

import { DetailedCellError, type HyperFormula, type SimpleCellAddress } from "hyperformula";
import type { Language } from "../../core";
import type { CellRef } from "../gateway/address";
import type { RangeFormat } from "../gateway/types";
import { createOrderedEngine } from "./engine";
import type { PreviewWorkbook, SheetBlock } from "./previewGateway";
import type { BookToSave, FileName, OpenedBook, SavedCell, SheetToSave } from "./workbookFileTypes";

/** The error values a file may cache; the engine's own others are cached as the nearest of them. */
const FILE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA"]);
const ENGINE_ERRORS: Record<string, string> = { "#CYCLE!": "#REF!", "#ERROR!": "#NAME?", "#LIC!": "#NAME?" };

/**
 * A formula with every sheet name quoted where Excel needs it: the engine writes a name of letters
 * and digits bare, but Excel reads "2027!A1" (a name starting with a digit) or "A1!B2" (a name
 * like a cell) only quoted. Text in double quotes is left as it is.
 */
export function excelQuoting(formula: string, sheets: readonly string[]): string {
  const needed = sheets.filter((name) => /^[\p{L}\p{N}_]+$/u.test(name) && (/^\d/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name)));
  if (needed.length === 0) return formula;
  const escaped = needed.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'!])(${escaped})!`, "giu");
  return formula
    .split('"')
    .map((part, index) => (index % 2 === 1 ? part : part.replace(bare, (_, before: string, name: string) => `${before}'${name}'!`)))
    .join('"');
}

function savedValue(value: unknown): SavedCell["value"] {
  if (value === null || value === undefined) return null;
  if (value instanceof DetailedCellError) return { error: FILE_ERRORS.has(value.value) ? value.value : (ENGINE_ERRORS[value.value] ?? "#VALUE!") };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** The block a formula's result spills over, from the engine's own record of it; 1 x 1 when it does not spill. */
function spillOf(engine: HyperFormula, address: SimpleCellAddress): { rows: number; columns: number } {
  const graph = (engine as unknown as { dependencyGraph?: { getCell?(address: SimpleCellAddress): unknown } }).dependencyGraph;
  const vertex = graph?.getCell?.(address) as { width?: unknown; height?: unknown } | undefined;
  const { width, height } = vertex ?? {};
  return typeof width === "number" && typeof height === "number" && width >= 1 && height >= 1 ? { rows: height, columns: width } : { rows: 1, columns: 1 };
}

function sheetToSave(book: PreviewWorkbook, name: string): SheetToSave {
  const { engine } = book;
  const sheets = engine.getSheetNames();
  const sheet = book.sheetId(name);
  const { height, width } = engine.getSheetDimensions(sheet);
  const cells: (SavedCell | undefined)[][] = [];
  for (let row = 0; row < height; row++) {
    const line: (SavedCell | undefined)[] = [];
    for (let col = 0; col < width; col++) {
      const address = { sheet, row, col };
      const formula = engine.getCellFormula(address);
      const value = engine.getCellValue(address);
      let cell: SavedCell | undefined;
      if (formula !== undefined) {
        const spill = value instanceof DetailedCellError ? { rows: 1, columns: 1 } : spillOf(engine, address);
        cell = { value: savedValue(value), formula: excelQuoting(formula.replace(/^=/, ""), sheets), ...(spill.rows > 1 || spill.columns > 1 ? { spill } : {}) };
      } else if (value !== null && value !== "") {
        // a cell a formula spills into keeps its cached value, inside the formula's array
        cell = { value: savedValue(value) };
      }
      line.push(cell);
    }
    while (line.length > 0 && line[line.length - 1] === undefined) line.pop();
    cells.push(line);
  }
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  const filter = book.filters.get(name);
  return { name, cells, formats: book.formatEntries(name), filter: filter === undefined ? null : { start: filter.start, end: filter.end } };
}

/** The workbook as the file keeps it: every sheet in order, the names (marks with their comments), the settings. */
export function bookToSave(book: PreviewWorkbook): BookToSave {
  const { engine } = book;
  const order = engine.getSheetNames();
  const names: FileName[] = engine.getAllNamedExpressionsSerialized().map(({ name, expression, scope }) => {
    const sheet = scope === undefined ? undefined : order.indexOf(engine.getSheetName(scope) as string);
    return {
      name,
      ...(sheet === undefined || sheet < 0 ? {} : { sheet }),
      refersTo: excelQuoting(String(expression).replace(/^=/, ""), order),
      comment: scope === undefined ? "" : book.markComment(scope, name),
    };
  });
  return { sheets: order.map((name) => sheetToSave(book, name)), names, settings: [...book.settings] };
}

/**
 * Replaces the preview workbook with what a file holds. The engine speaks English, as Excel keeps
 * formulas; its BUDGET functions' messages are in `messages`. Names the engine cannot take (a
 * defined name that is no expression it knows) are left out and listed.
 */
export function openBook(book: PreviewWorkbook, opened: OpenedBook, messages: Language): { skippedNames: string[] } {
  const names = opened.names.filter((name) => name.sheet === undefined || (name.sheet >= 0 && name.sheet < opened.sheets.length));
  const { engine, skippedNames } = createOrderedEngine(
    opened.sheets,
    names.map(({ name, refersTo, sheet }) => ({ name, expression: `=${refersTo}`, ...(sheet === undefined ? {} : { sheet }) })),
    "enGB",
    messages,
  );
  const sheetNames = engine.getSheetNames();
  const formats = new Map<string, [CellRef, RangeFormat][]>(opened.sheets.map((sheet, index) => [sheetNames[index], sheet.formats]));
  const filters = new Map<string, SheetBlock>();
  opened.sheets.forEach((sheet, index) => {
    if (sheet.filter !== null) filters.set(sheetNames[index], { sheet: sheetNames[index], ...sheet.filter });
  });
  const markComments = new Map<string, string>();
  for (const { name, sheet, comment } of names) {
    if (sheet === undefined || skippedNames.includes(name)) continue;
    markComments.set(`${engine.getSheetId(sheetNames[sheet]) as number}:${name}`, comment);
  }
  book.replace(engine, { formats, markComments, settings: new Map(opened.settings), filters });
  return { skippedNames };
}
