// A BookSpec written as .xlsx bytes with ExcelJS. Every part of the spec lands in the file as Excel
// reads it: very hidden sheets, protection without a password with only the input cells unlocked,
// a validation and an input message on every input cell, styles and number formats, formulas with
// their cached results (a spill as one array formula over its cells), alerts as conditional
// formats, widths, frozen panes and the title. The spec is checked against Excel's limits first.

import ExcelJS from "exceljs";
import type { BookSpec, CellSpec, CellStyle, InputRule, SheetSpec } from "../../core/templates/book";
import { cellAddress, checkBook, LIMITS } from "./xlsxLimits";

export interface WriteOptions {
  /** Decimals of the amount format: 0 (#,##0) or 2 (#,##0.00), by the template's unit. */
  unitDecimals: 0 | 2;
}

/** The input cells' fill: light yellow, where a department types. */
const INPUT_FILL = "FFFFF2CC";
const HEADER_FILL = "FFD9E1F2";
const NOTE_COLOUR = "FF7F7F7F";
/** An alert: red fill and dark red text, Excel's own "light red fill with dark red text". */
const ALERT_FILL = "FFFFC7CE";
const ALERT_FONT = "FF9C0006";
/** The widest amount an amount input takes, the same as the calculation core's limit. */
const AMOUNT_LIMIT = 1e15;

const RATE_FORMAT = "0.0%";
/** The workbook's default font, which every styled font starts from. */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, size: 11 };

/** An array formula's master cell as ExcelJS writes it: <f t="array" ref="K9:V9">. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  shareType: "array";
  ref: string;
}

function amountFormat(options: WriteOptions): string {
  return options.unitDecimals === 2 ? "#,##0.00" : "#,##0";
}

/** The font, fill, border and number format of a style; input cells are filled and unlocked on top. */
function styleOf(style: CellStyle | undefined, options: WriteOptions): Partial<ExcelJS.Style> {
  // a font names its face and size in full: Excel draws a font without them in a fallback face
  const font = (extra: Partial<ExcelJS.Font>): Partial<ExcelJS.Font> => ({ ...BASE_FONT, ...extra });
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
  switch (style) {
    case "title":
      return { font: font({ bold: true, size: 14 }) };
    case "label":
      return { font: font({ bold: true }) };
    case "header":
      return {
        font: font({ bold: true }),
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
        alignment: { wrapText: true, vertical: "top" },
        border: { bottom: thin },
      };
    case "amount":
      return { numFmt: amountFormat(options) };
    case "rate":
      return { numFmt: RATE_FORMAT };
    case "total":
      return { font: font({ bold: true }), numFmt: amountFormat(options), border: { top: thin } };
    case "note":
      return { font: font({ size: 9, color: { argb: NOTE_COLOUR } }) };
    case "paragraph":
      return { alignment: { wrapText: true, vertical: "top" } };
    case "text":
    case undefined:
      return {};
  }
}

/** The validation Excel applies to an input cell, with its input message and its error message. */
function validationOf(rule: InputRule): ExcelJS.DataValidation {
  const messages = {
    showInputMessage: true,
    promptTitle: rule.prompt.title,
    prompt: rule.prompt.text,
    showErrorMessage: true,
    errorStyle: "error",
    errorTitle: rule.error.title,
    error: rule.error.text,
  };
  switch (rule.kind) {
    case "amount":
      return { type: "decimal", operator: "between", allowBlank: true, formulae: [-AMOUNT_LIMIT, AMOUNT_LIMIT], ...messages };
    case "whole":
      return { type: "whole", operator: "between", allowBlank: true, formulae: [rule.min ?? -AMOUNT_LIMIT, rule.max ?? AMOUNT_LIMIT], ...messages };
    case "list":
      return { type: "list", allowBlank: true, formulae: [rule.list], ...messages };
    case "text":
      return { type: "textLength", operator: "lessThanOrEqual", allowBlank: true, formulae: [rule.maxLength ?? LIMITS.cellText], ...messages };
  }
}

/** The cell's whole style, built at once: ExcelJS shares a style object between the cells it is given to. */
function cellStyle(cell: CellSpec, options: WriteOptions): Partial<ExcelJS.Style> {
  const style = styleOf(cell.style, options);
  if (cell.input) {
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
    style.protection = { locked: false };
    if (cell.input.numberFormat !== undefined) style.numFmt = cell.input.numberFormat;
    else if (cell.input.kind === "amount" && style.numFmt === undefined) style.numFmt = amountFormat(options);
  }
  if (cell.numberFormat !== undefined) style.numFmt = cell.numberFormat;
  return style;
}

/** The cell's content: a constant (text stays text, never a formula), or a formula with its cached result. */
function cellValue(cell: CellSpec, row: number, column: number): ExcelJS.CellValue {
  if (cell.formula === undefined) return cell.value ?? null;
  const { formula, result, spill } = cell;
  if (spill !== undefined && Array.isArray(result)) {
    const value: ArrayFormulaValue = {
      formula,
      result: result[0],
      shareType: "array",
      ref: `${cellAddress(row, column)}:${cellAddress(row, column + spill - 1)}`,
    };
    return value;
  }
  return typeof result === "object" ? { formula } : { formula, result };
}

/**
 * The sheet's validations by range: each column's runs of rows with the same rule, joined with
 * the runs beside them that cover the same rows. Given whole, the ranges are written as they are;
 * cell by cell, ExcelJS would join them itself and can write overlapping ranges.
 */
function validationRanges(sheet: SheetSpec): { ref: string; rule: InputRule }[] {
  const key = (rule: InputRule): string => JSON.stringify(rule);
  const width = sheet.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const runs: { top: number; bottom: number; left: number; right: number; rule: InputRule; id: string }[] = [];
  for (let column = 1; column <= width; column++) {
    let run: (typeof runs)[number] | null = null;
    for (let row = 1; row <= sheet.rows.length + 1; row++) {
      const rule = sheet.rows[row - 1]?.[column - 1]?.input;
      if (run && rule && key(rule) === run.id && run.bottom === row - 1) {
        run.bottom = row;
        continue;
      }
      if (run) {
        const done: (typeof runs)[number] = run;
        const beside = runs.find((other) => other.right === column - 1 && other.top === done.top && other.bottom === done.bottom && other.id === done.id);
        if (beside) beside.right = column;
        else runs.push(done);
        run = null;
      }
      if (rule) run = { top: row, bottom: row, left: column, right: column, rule, id: key(rule) };
    }
  }
  return runs.map((run) => ({
    ref: run.top === run.bottom && run.left === run.right ? cellAddress(run.top, run.left) : `${cellAddress(run.top, run.left)}:${cellAddress(run.bottom, run.right)}`,
    rule: run.rule,
  }));
}

/** ExcelJS keeps a sheet's validations in a model keyed by range, which its typings leave out. */
interface ValidationModel {
  dataValidations: { add(ref: string, validation: ExcelJS.DataValidation): void };
}

function writeCells(worksheet: ExcelJS.Worksheet, sheet: SheetSpec, options: WriteOptions): void {
  sheet.rows.forEach((row, rowIndex) => {
    row.forEach((spec, columnIndex) => {
      if (!spec) return;
      const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
      cell.style = cellStyle(spec, options);
      cell.value = cellValue(spec, rowIndex + 1, columnIndex + 1);
      // the other cells of a spill hold their cached values, in the master's style
      if (spec.spill !== undefined && Array.isArray(spec.result)) {
        for (let offset = 1; offset < spec.spill; offset++) {
          const member = worksheet.getCell(rowIndex + 1, columnIndex + 1 + offset);
          member.style = cellStyle(spec, options);
          member.value = spec.result[offset];
        }
      }
    });
  });
  const model = worksheet as unknown as ValidationModel;
  for (const { ref, rule } of validationRanges(sheet)) model.dataValidations.add(ref, validationOf(rule));
}

async function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetSpec, options: WriteOptions): Promise<void> {
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : undefined;
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.state,
    views: freeze
      ? [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell: cellAddress(freeze.rows + 1, freeze.columns + 1) }]
      : [{ state: "normal" }],
  });
  if (sheet.landscape) worksheet.pageSetup = { ...worksheet.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.widths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  writeCells(worksheet, sheet, options);
  sheet.heights?.forEach((height, index) => {
    if (height !== undefined) worksheet.getRow(index + 1).height = height;
  });
  for (const alert of sheet.alerts ?? []) {
    worksheet.addConditionalFormatting({
      ref: alert.ref,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [alert.formula],
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: ALERT_FILL } },
            font: { color: { argb: ALERT_FONT } },
          },
        },
      ],
    });
  }
  if (sheet.protect) {
    // no password: the protection guards against slips, and a password is not sent with a template
    await worksheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatCells: false,
      formatRows: false,
      insertColumns: false,
      insertRows: false,
      insertHyperlinks: false,
      deleteColumns: false,
      deleteRows: false,
      sort: false,
      autoFilter: false,
      pivotTables: false,
    });
  }
}

/** The .xlsx bytes of a book; throws an Error naming the sheet and cell when the spec is past Excel's limits. */
export async function writeBook(spec: BookSpec, options: WriteOptions): Promise<Uint8Array> {
  checkBook(spec);
  const workbook = new ExcelJS.Workbook();
  workbook.title = spec.title;
  workbook.creator = "";
  workbook.lastModifiedBy = "";
  // the workbook opens on its first visible sheet: a hidden sheet cannot be the active one
  const first = spec.sheets.findIndex((sheet) => sheet.state === "visible");
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: first, activeTab: first, visibility: "visible" }];
  for (const sheet of spec.sheets) await writeSheet(workbook, sheet, options);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
