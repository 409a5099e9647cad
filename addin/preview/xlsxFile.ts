// The preview workbook as an .xlsx file, both ways, in the browser: a file the user opens is read
// here and sent nowhere, and the workbook saved is made here. Loaded only when the user opens or
// saves, in the same chunk as the templates layer (ExcelJS and JSZip).
//
// What a file keeps: every worksheet in order with its name; numbers, text (always as text, so a
// text "=1+1" or "00123" stays that text), booleans, error values, dates (as Excel's serial
// numbers, with their number format); formulas (a shared formula as each cell's own, an array
// formula as one formula that spills over its range); number formats and bold; each sheet's
// AutoFilter; the defined names (sheet-scoped ones are the add-in's marks, with their comments);
// and the add-in's workbook settings, in a custom XML part of their own.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { BlockRef, CellRef } from "../gateway/address";
import type { RangeFormat } from "../gateway/types";
import { FileProblem } from "../templates/fileProblem";
import { guard } from "../templates/xlsxGuard";
import { parseOnly, plain } from "../templates/xlsxRead";
import { OPEN_LIMITS, OpenProblem, type BookToSave, type EngineCell, type FileName, type OpenedBook, type OpenedSheet, type SavedCell, type SheetToSave } from "./workbookFileTypes";

export type { BookToSave, OpenedBook } from "./workbookFileTypes";

/** The custom XML part's namespace, by which the preview finds its settings in a file. */
const SETTINGS_NAMESPACE = "urn:budget-addin:workbook-settings";
const SETTINGS_PART = "customXml/item1.xml";

const GENERAL = "General";
const DEFINED_NAMES = /<(?:\w+:)?definedNames\b[^>]*>([\s\S]*?)<\/(?:\w+:)?definedNames>/;
const DEFINED_NAME = /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g;

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] as string;
  });
}

const attribute = (attributes: string, name: string): string | undefined => {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match === null ? undefined : unescapeXml(match[1] ?? match[2]);
};

/**
 * A formula's function names as a file holds them and as a formula shows them: the functions newer
 * than the file format carry a prefix (_xlfn., and _xlws. for some), and the add-in's own
 * functions are saved by Excel as _xldudf_BUDGET_PERIODIZE for BUDGET.PERIODIZE.
 */
const NEWER = ["SEQUENCE", "SORTBY", "UNIQUE", "XLOOKUP", "XMATCH", "IFS", "MAXIFS", "MINIFS", "SWITCH", "TEXTJOIN", "CONCAT", "IFNA", "XOR", "DAYS", "ISOWEEKNUM", "NUMBERVALUE", "RANDARRAY", "LET"];
const WORKSHEET_NEWER = ["FILTER", "SORT"];
const CUSTOM_IN_FILE = /\b_xldudf_BUDGET_([A-Z]+)\(/g;
const CUSTOM_SHOWN = /(?<![\w.])BUDGET\.([A-Z]+)\(/g;
const NEWER_SHOWN = new RegExp(`(?<![\\w.])(${[...NEWER, ...WORKSHEET_NEWER].join("|")})\\(`, "g");

/** Applies `change` to a formula outside its text in quotes. */
const outsideText = (formula: string, change: (part: string) => string): string =>
  formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join("");

const fromFile = (formula: string): string =>
  outsideText(formula, (part) => part.replace(/\b_xlfn\.(?:_xlws\.)?/g, "").replace(CUSTOM_IN_FILE, "BUDGET.$1("));

/** A formula as Excel saves it: the prefixes of newer functions and the add-in's functions' names in the file. */
export const toFile = (formula: string): string =>
  outsideText(formula, (part) =>
    part
      .replace(NEWER_SHOWN, (_, name: string) => `${WORKSHEET_NEWER.includes(name) ? "_xlfn._xlws." : "_xlfn."}${name}(`)
      .replace(CUSTOM_SHOWN, "_xldudf_BUDGET_$1("),
  );

const asProblem = (error: FileProblem): OpenProblem => new OpenProblem(error.code, error.message);

// --- reading ---------------------------------------------------------------------------------------

/** "B3:D9" as a block (0-based), or null when it is no plain block. */
function blockOf(ref: string): Omit<BlockRef, "sheet"> | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(ref.trim());
  if (match === null) return null;
  const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const start = { row: Number(match[2]) - 1, column: column(match[1]) };
  const end = match[3] === undefined ? start : { row: Number(match[4]) - 1, column: column(match[3]) };
  return { start, end };
}

/** A value as the engine takes it: text always as text, an error as its code, a date as its serial number. */
function engineValue(value: unknown): EngineCell {
  const read = plain(value, false);
  if (read === null || typeof read === "number" || typeof read === "boolean") return read;
  if (typeof read === "string") return read === "" ? null : `'${read}`;
  return read.error;
}

interface ArrayFormula {
  formula: string;
  shareType?: string;
  ref?: string;
}

function sheetOf(worksheet: ExcelJS.Worksheet): OpenedSheet {
  const cells: EngineCell[][] = [];
  const formats: [CellRef, RangeFormat][] = [];
  /** The cells an array formula's result covers, but its own: the engine spills into them. */
  const covered = new Set<string>();
  const put = (row: number, column: number, value: EngineCell) => {
    if (value === null) return;
    while (cells.length <= row) cells.push([]);
    const line = cells[row];
    while (line.length < column) line.push(null);
    line[column] = value;
  };
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.cellCount > OPEN_LIMITS.columns) {
      throw new OpenProblem("FILE_TOO_MANY_COLUMNS", `sheet "${worksheet.name}" has cells past column ${OPEN_LIMITS.columns}`);
    }
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const at = { row: rowNumber - 1, column: columnNumber - 1 };
      const format: RangeFormat = {};
      if (typeof cell.numFmt === "string" && cell.numFmt !== "" && cell.numFmt !== GENERAL) format.numberFormat = cell.numFmt;
      if (cell.font?.bold === true) format.bold = true;
      if (Object.keys(format).length > 0) formats.push([at, format]);
      if (cell.type === ExcelJS.ValueType.Formula) {
        const formula = cell.formula;
        if (typeof formula !== "string" || formula === "") return;
        const value = cell.value as ArrayFormula;
        if (value.shareType === "array" && value.ref !== undefined) {
          const block = blockOf(value.ref);
          if (block !== null) {
            for (let r = block.start.row; r <= block.end.row; r++) for (let c = block.start.column; c <= block.end.column; c++) covered.add(`${r}:${c}`);
          }
        }
        put(at.row, at.column, `=${fromFile(formula.replace(/^=/, ""))}`);
        return;
      }
      // an array formula comes before the cells it covers (its top-left cell is its own)
      if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return;
      if (covered.has(`${at.row}:${at.column}`)) return;
      put(at.row, at.column, engineValue(cell.value));
    });
  });
  const filter = typeof worksheet.autoFilter === "string" ? blockOf(worksheet.autoFilter) : null;
  return { name: worksheet.name, cells, formats, filter };
}

/** The workbook's defined names, read from its own part (the reader is given the file without them). */
function namesOf(workbookXml: string): FileName[] {
  const list = DEFINED_NAMES.exec(workbookXml);
  if (list === null) return [];
  const names: FileName[] = [];
  for (const [, attributes, body] of list[1].matchAll(DEFINED_NAME)) {
    const name = attribute(attributes, "name");
    if (name === undefined || body === undefined || name.startsWith("_xlnm.")) continue;
    const local = attribute(attributes, "localSheetId");
    const hidden = attribute(attributes, "hidden");
    if (hidden === "1" || hidden === "true") continue;
    names.push({
      name,
      ...(local === undefined ? {} : { sheet: Number(local) }),
      refersTo: fromFile(unescapeXml(body).trim()),
      comment: attribute(attributes, "comment") ?? "",
    });
  }
  return names;
}

/** The add-in's settings, from the custom XML part that holds them, if the file has one. */
async function settingsOf(zip: JSZip): Promise<[string, unknown][]> {
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/^customXml\/item\d+\.xml$/i.test(file.name)) continue;
    const xml = await file.async("string");
    if (!xml.includes(SETTINGS_NAMESPACE)) continue;
    const settings: [string, unknown][] = [];
    for (const [, attributes, body] of xml.matchAll(/<setting\b([^>]*)>([\s\S]*?)<\/setting>/g)) {
      const name = attribute(attributes, "name");
      if (name === undefined) continue;
      try {
        settings.push([name, JSON.parse(unescapeXml(body)) as unknown]);
      } catch {
        // a setting that is not JSON is no setting the add-in wrote
      }
    }
    return settings;
  }
  return [];
}

/**
 * Reads an .xlsx file. A file that cannot be opened is an OpenProblem saying why: empty, not an
 * .xlsx, encrypted or an old .xls, too large (as its parts declare or as they inflate), past
 * Excel's rows or columns, damaged, or without a worksheet.
 */
export async function readWorkbookFile(bytes: Uint8Array): Promise<OpenedBook> {
  let checked: Uint8Array;
  try {
    checked = await guard(bytes, { maxExpandedBytes: OPEN_LIMITS.megabytes * 1_000_000, maxRows: OPEN_LIMITS.rows, maxCells: OPEN_LIMITS.cells });
  } catch (error) {
    if (error instanceof FileProblem) throw asProblem(error);
    throw new OpenProblem("FILE_UNREADABLE", String(error));
  }
  try {
    // the guard has inflated every part within the limits: reading the names and settings is safe
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const workbook = await parseOnly(checked);
    const sheets = workbook.worksheets.map(sheetOf);
    if (sheets.length === 0) throw new OpenProblem("FILE_NO_SHEETS", "the workbook has no worksheet");
    return { sheets, names: namesOf(workbookXml), settings: await settingsOf(zip) };
  } catch (error) {
    if (error instanceof OpenProblem) throw error;
    if (error instanceof FileProblem) throw asProblem(error);
    // the reader refuses a cell past Excel's last column (XFD) as it meets it
    if (error instanceof Error && /^Out of bounds\. (Excel supports columns|Invalid column letter)/.test(error.message)) {
      throw new OpenProblem("FILE_TOO_MANY_COLUMNS", error.message);
    }
    throw new OpenProblem("FILE_UNREADABLE", `the workbook cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

// --- writing ---------------------------------------------------------------------------------------

const letters = (column: number): string => {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};
const address = (row: number, column: number) => `${letters(column)}${row + 1}`;

type ExcelValue = ExcelJS.CellValue;

function excelValue(cell: SavedCell, row: number, column: number): ExcelValue {
  const { value, spill } = cell;
  if (cell.formula === undefined) return value as ExcelValue;
  const formula = toFile(cell.formula);
  const result = value === null ? undefined : (value as ExcelJS.CellFormulaValue["result"]);
  if (spill !== undefined && (spill.rows > 1 || spill.columns > 1)) {
    const ref = `${address(row, column)}:${address(row + spill.rows - 1, column + spill.columns - 1)}`;
    return { formula, result, shareType: "array", ref } as ExcelJS.CellFormulaValue;
  }
  return result === undefined ? ({ formula } as ExcelJS.CellFormulaValue) : { formula, result };
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetToSave): void {
  const worksheet = workbook.addWorksheet(sheet.name);
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell !== undefined && !(cell.value === null && cell.formula === undefined)) worksheet.getCell(r + 1, c + 1).value = excelValue(cell, r, c);
    }),
  );
  for (const [at, format] of sheet.formats) {
    const cell = worksheet.getCell(at.row + 1, at.column + 1);
    // each cell its own style object: ExcelJS shares one between the cells it is given to
    const style: Partial<ExcelJS.Style> = {};
    if (format.numberFormat !== undefined) style.numFmt = format.numberFormat;
    if (format.bold === true) style.font = { name: "Calibri", family: 2, size: 11, bold: true };
    cell.style = style;
  }
  if (sheet.filter !== null) {
    const { start, end } = sheet.filter;
    worksheet.autoFilter = `${address(start.row, start.column)}:${address(end.row, end.column)}`;
  }
}

/** The defined names as the workbook part lists them: a sheet's own with its index and comment. */
function definedNamesXml(names: readonly FileName[]): string {
  if (names.length === 0) return "";
  const items = names.map(({ name, sheet, refersTo, comment }) => {
    const scope = sheet === undefined ? "" : ` localSheetId="${sheet}"`;
    const note = comment === "" ? "" : ` comment="${escapeXml(comment)}"`;
    return `<definedName name="${escapeXml(name)}"${scope}${note}>${escapeXml(refersTo)}</definedName>`;
  });
  return `<definedNames>${items.join("")}</definedNames>`;
}

function settingsXml(settings: readonly [string, unknown][]): string {
  const items = settings.map(([name, value]) => `<setting name="${escapeXml(name)}">${escapeXml(JSON.stringify(value))}</setting>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<settings xmlns="${SETTINGS_NAMESPACE}">${items.join("")}</settings>`;
}

/** The names and the settings put into the package ExcelJS wrote, as Excel would keep them. */
async function addParts(bytes: Uint8Array, book: BookToSave): Promise<Uint8Array> {
  if (book.names.length === 0 && book.settings.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    if (file === null) throw new Error(`the package has no ${name}`);
    return file.async("string");
  };
  if (book.names.length > 0) {
    const workbook = await text("xl/workbook.xml");
    // the names follow the sheets, as the file format orders the workbook's parts
    zip.file("xl/workbook.xml", workbook.replace(/<definedNames\b[\s\S]*?<\/definedNames>|<definedNames\/>/, "").replace("</sheets>", `</sheets>${definedNamesXml(book.names)}`));
  }
  if (book.settings.length > 0) {
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    zip.file(SETTINGS_PART, settingsXml(book.settings));
    zip.file(
      "customXml/itemProps1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6F1B7C2A-3D4E-4B5F-9A10-2B3C4D5E6F70}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    zip.file(
      "customXml/_rels/item1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    );
    const rels = await text("xl/_rels/workbook.xml.rels");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdBudgetSettings" Type="${rel}/customXml" Target="../${SETTINGS_PART}"/></Relationships>`));
    const types = await text("[Content_Types].xml");
    const override = `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`;
    const withXml = /<Default\s+Extension="xml"/i.test(types) ? types : types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
    zip.file("[Content_Types].xml", withXml.replace("</Types>", `${override}</Types>`));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The .xlsx bytes of the preview workbook. */
export async function writeWorkbookFile(book: BookToSave): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "";
  workbook.lastModifiedBy = "";
  for (const sheet of book.sheets) writeSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  return addParts(new Uint8Array(buffer), book);
}
