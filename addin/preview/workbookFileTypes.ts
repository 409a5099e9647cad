// What an .xlsx file holds for the preview workbook, both ways, and why a file cannot be opened:
// the shapes the lazily loaded reader and writer (xlsxFile.ts) exchange with the workbook, and the
// limits and messages the page needs before that code is loaded.

import type { Language } from "../../core";
import type { BlockRef, CellRef } from "../gateway/address";
import type { RangeFormat } from "../gateway/types";
import type { FileProblemCode } from "../templates/fileProblem";
import { LIMITS } from "../templates/xlsxLimits";
import { workbookFileDa } from "../taskpane/i18n/workbookFileDa";
import { workbookFileEn } from "../taskpane/i18n/workbookFileEn";

/** A file is refused unread beyond these. */
export const OPEN_LIMITS = {
  /** The most the file's parts may expand to, all together. */
  megabytes: 100,
  /** The most cells all sheets may hold together: the preview keeps every one in the browser. */
  cells: 1_000_000,
  rows: LIMITS.rows,
  columns: LIMITS.columns,
} as const;

export type OpenProblemCode = FileProblemCode | "FILE_TOO_MANY_COLUMNS" | "FILE_NO_SHEETS";

/** Why a file cannot be opened, as a code the caller turns into a message in its language. */
export class OpenProblem extends Error {
  constructor(
    readonly code: OpenProblemCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = "OpenProblem";
  }
}

/**
 * A cell as the preview's engine takes it: a number, a boolean, null for empty, or a text in the
 * engine's own spelling: "=…" a formula, "#N/A" an error value, "'…" a text.
 */
export type EngineCell = number | string | boolean | null;

/** A defined name: sheet-scoped (the add-in's marks) when `sheet` is set. */
export interface FileName {
  name: string;
  /** The index of the sheet it belongs to, or undefined for the whole workbook. */
  sheet?: number;
  /** What it refers to, without "=": "'Budget 2027'!$A$1:$D$17". */
  refersTo: string;
  comment: string;
}

export interface OpenedSheet {
  name: string;
  /** Row by row from A1, each row as long as it needs to be. */
  cells: EngineCell[][];
  /** The number formats and bold set, by cell. */
  formats: [CellRef, RangeFormat][];
  filter: Omit<BlockRef, "sheet"> | null;
}

export interface OpenedBook {
  sheets: OpenedSheet[];
  names: FileName[];
  settings: [string, unknown][];
}

/** A cell to save: its value (a formula's cached result), and its formula without "=". */
export interface SavedCell {
  value: number | string | boolean | { error: string } | null;
  formula?: string;
  /** The block a formula's result spills over, from its own cell: written as an array formula. */
  spill?: { rows: number; columns: number };
}

export interface SheetToSave {
  name: string;
  /** Row by row from A1; undefined where a cell is empty. */
  cells: (SavedCell | undefined)[][];
  formats: [CellRef, RangeFormat][];
  filter: Omit<BlockRef, "sheet"> | null;
}

export interface BookToSave {
  sheets: SheetToSave[];
  names: FileName[];
  settings: [string, unknown][];
}


export const workbookFileStrings = (language: Language) => (language === "da" ? workbookFileDa : workbookFileEn);

/** Whether a file's name says it is an .xlsx workbook (what the picker offers; a dropped file may be anything). */
export const isXlsxName = (fileName: string): boolean => /\.xlsx$/i.test(fileName.trim());

/** What the user is told when a file cannot be opened, naming the file. */
export function openProblemText(code: OpenProblemCode | "FILE_NOT_XLSX_NAME", fileName: string, language: Language): string {
  const problems = workbookFileStrings(language).problems;
  switch (code) {
    case "FILE_TOO_LARGE":
      return problems.FILE_TOO_LARGE(fileName, OPEN_LIMITS.megabytes, OPEN_LIMITS.cells);
    case "FILE_TOO_MANY_ROWS":
      return problems.FILE_TOO_MANY_ROWS(fileName, OPEN_LIMITS.rows);
    case "FILE_TOO_MANY_COLUMNS":
      return problems.FILE_TOO_MANY_COLUMNS(fileName, OPEN_LIMITS.columns);
    default:
      return problems[code](fileName);
  }
}
