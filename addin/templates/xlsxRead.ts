// A returned .xlsx read into a ReadBook: every sheet by name and state, every cell's value (a
// formula's cached value) and formula text. A file Excel, ExcelJS or another library wrote reads
// the same: shared or inline strings, with or without a styles part, formulas with or without
// cached values. A bad file is a FileProblem with a code, never a hang or an exhausted memory:
// xlsxGuard checks it before ExcelJS parses it.

import ExcelJS from "exceljs";
import type { ReadBook, ReadCell, ReadSheet } from "../../core/templates/book";
import type { Cell } from "../../core/read";
import { FileProblem } from "./fileProblem";
import { guard } from "./xlsxGuard";

export { FileProblem, type FileProblemCode } from "./fileProblem";

export interface ReadLimits {
  /** The most the file's parts may expand to, all together; default 50 MB. */
  maxExpandedBytes?: number;
  /** The most rows a sheet may have; default 20,000. */
  maxRows?: number;
  /** The most cells all sheets may hold together; default 1,000,000 (some 300 MB to the reader). */
  maxCells?: number;
}

export const DEFAULT_LIMITS: Required<ReadLimits> = { maxExpandedBytes: 50 * 1024 * 1024, maxRows: 20_000, maxCells: 1_000_000 };

/**
 * Parts of a sheet a ReadBook has no use for. They are skipped, not parsed: ExcelJS spells out a
 * validation's or a merge's range cell by cell, so one over a whole column costs a million cells.
 */
export const IGNORED_NODES = ["dataValidations", "conditionalFormatting", "mergeCells", "hyperlinks", "extLst", "drawing", "picture", "tableParts", "rowBreaks"];

const DAY_MS = 24 * 60 * 60 * 1000;
/** Excel's serial number of 1970-01-01 in the 1900 date system; the 1904 system counts 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;

/** A date as Excel's serial number, in the workbook's date system. */
function serialOf(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / DAY_MS - (date1904 ? 1462 : 0);
}

/** A plain value as a ReadCell value: rich text flattened to its text, a date as its serial number. */
export function plain(value: unknown, date1904: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if (typeof value === "object") {
    if ("error" in value && typeof value.error === "string") return { error: value.error };
    if ("richText" in value && Array.isArray(value.richText)) {
      return value.richText.map((run: { text?: unknown }) => (typeof run.text === "string" ? run.text : "")).join("");
    }
    // a hyperlink: its text
    if ("text" in value) return plain(value.text, date1904);
  }
  return null;
}

function cellOf(cell: ExcelJS.Cell, date1904: boolean): ReadCell | undefined {
  switch (cell.type) {
    // a merged cell other than the range's first holds nothing of its own
    case ExcelJS.ValueType.Merge:
    case ExcelJS.ValueType.Null:
      return undefined;
    case ExcelJS.ValueType.Formula: {
      const value = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
      const formula = cell.formula;
      const read: ReadCell = { value: plain(value.result, date1904) };
      if (typeof formula === "string" && formula !== "") read.formula = formula.startsWith("=") ? formula.slice(1) : formula;
      return read;
    }
    default:
      return { value: plain(cell.value, date1904) };
  }
}

function sheetOf(worksheet: ExcelJS.Worksheet, date1904: boolean): ReadSheet {
  const rows: ((ReadCell | undefined)[] | undefined)[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (ReadCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const read = cellOf(cell, date1904);
      if (read === undefined) return;
      while (cells.length < columnNumber - 1) cells.push(undefined);
      cells[columnNumber - 1] = read;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(undefined);
    rows[rowNumber - 1] = cells;
  });
  const state = worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
  return { name: worksheet.name, state, rows };
}

/** The bytes as ExcelJS's typings name them; JSZip, under ExcelJS, reads any Uint8Array. */
type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];
const asBuffer = (bytes: Uint8Array): LoadInput => bytes as unknown as LoadInput;

/** Parses the bytes with ExcelJS and nothing else: no checks, no ReadBook (for benchmarks). */
export async function parseOnly(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asBuffer(bytes), { ignoreNodes: IGNORED_NODES });
  return workbook;
}

/** Reads a returned file; a file that cannot be read is a FileProblem saying why. */
export async function readBook(bytes: Uint8Array, limits: ReadLimits = {}): Promise<ReadBook> {
  const checked = await guard(bytes, {
    maxExpandedBytes: limits.maxExpandedBytes ?? DEFAULT_LIMITS.maxExpandedBytes,
    maxRows: limits.maxRows ?? DEFAULT_LIMITS.maxRows,
    maxCells: limits.maxCells ?? DEFAULT_LIMITS.maxCells,
  });
  try {
    const workbook = await parseOnly(checked);
    const date1904 = workbook.properties.date1904 === true;
    return { sheets: workbook.worksheets.map((worksheet) => sheetOf(worksheet, date1904)) };
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem("FILE_UNREADABLE", `the workbook cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
