// The workbook gateway on Excel, through Office.js. The only code in the add-in that calls
// Excel.run: one Excel.run per operation, and a number of context.sync() round trips that does
// not grow with the number of rows as long as the data fits in one request. Large blocks go in
// row chunks, so that no request exceeds the payload limit of Excel on the web (5 MB per request
// and per response; see "Resource limits and performance optimization for Office Add-ins").

import { blockAddress, cellName, columnName, parseBlock, quoteSheet, type BlockRef, type CellRef } from "./address";
import { checkChartTitle, checkHighlight, checkSheetName, parseAnchor } from "./checks";
import { asCellText } from "./sanitize";
import {
  isFormula,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type HighlightRule,
  type RangeData,
  type RangeFormat,
  type WorkbookGateway,
} from "./types";

/** What one request may carry, in bytes: Excel on the web's limit (5 MB) less a safety margin. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;

/**
 * How many bytes a read cell is assumed to take in a response ("1234567.8912345," is 17). A read
 * cannot be measured before it is made, so reads are chunked by cell count; a read that Excel
 * still finds too large is split further (see `splitOnOverflow`).
 */
export const READ_BYTES_PER_CELL = 20;

/** Cells read per sync: 200,000, so 10,000 rows x 12 months is one round trip. */
export const READ_CELLS_PER_SYNC = Math.floor(PAYLOAD_BUDGET_BYTES / READ_BYTES_PER_CELL);

/** The size of an Excel worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Excel.run, or a stand-in for tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A cell as sent in `Range.formulas`: a constant, a formula string, or null for "leave it". */
export type WireCell = number | string | boolean | null;

/**
 * Splits rows into consecutive chunks whose JSON (`JSON.stringify(chunk).length`) is at most
 * `budgetBytes`, each as large as it can be. Joined again, the chunks are `cells`. A row that
 * alone exceeds the budget is an error: rows are never split.
 */
export function chunkRows<T>(cells: T[][], budgetBytes: number): T[][][] {
  const chunks: T[][][] = [];
  let chunk: T[][] = [];
  let size = 0; // JSON length of `chunk`: "[" + rows joined by "," + "]"
  cells.forEach((row, index) => {
    const rowSize = JSON.stringify(row).length;
    if (rowSize + 2 > budgetBytes) {
      throw new Error(`row ${index + 1} alone is ${rowSize + 2} bytes, more than one request may carry (${budgetBytes})`);
    }
    const grown = chunk.length === 0 ? rowSize + 2 : size + rowSize + 1;
    if (grown > budgetBytes) {
      chunks.push(chunk);
      chunk = [row];
      size = rowSize + 2;
    } else {
      chunk.push(row);
      size = grown;
    }
  });
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export class OfficeGateway implements WorkbookGateway {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  async getSelection(): Promise<string> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      return range.address;
    });
  }

  async readRange(ref: string): Promise<RangeData> {
    const block = parseRef(ref);
    checkOnSheet(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
    const rows = block.end.row - block.start.row + 1;
    const width = block.end.column - block.start.column + 1;
    const rowsPerSync = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / width));

    return this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const pieces: { address: string; row: number; column: number; values: CellValue[][] }[] = [];
      const readPiece = async (offset: number, count: number): Promise<void> => {
        const sheet = sheets.proxy();
        const range = sheet.getRange(blockAddress({ row: block.start.row + offset, column: block.start.column }, count, width));
        range.load(["address", "rowIndex", "columnIndex", "values"]);
        await context.sync();
        sheets.resolved(sheet);
        const values: unknown[][] = range.values;
        pieces.push({
          address: range.address,
          row: range.rowIndex,
          column: range.columnIndex,
          values: values.map((line) => line.map(toCellValue)),
        });
      };
      for (let offset = 0; offset < rows; offset += rowsPerSync) {
        await splitOnOverflow(offset, Math.min(rowsPerSync, rows - offset), readPiece);
      }

      const first = pieces[0];
      const last = pieces[pieces.length - 1];
      const startCell = localAddress(first.address).split(":")[0];
      const endCell = localAddress(last.address).split(":").pop() ?? startCell;
      return {
        sheet: sheets.name(),
        address: startCell === endCell ? startCell : `${startCell}:${endCell}`,
        row: first.row,
        column: first.column,
        values: pieces.flatMap((piece) => piece.values),
      };
    });
  }

  async readUsed(sheetName: string): Promise<RangeData | null> {
    checkSheetName(sheetName);
    const end = await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) return null;
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
      used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      return used.isNullObject ? null : { row: used.rowIndex + used.rowCount - 1, column: used.columnIndex + used.columnCount - 1 };
    });
    if (end === null) return null;
    return this.readRange(`${quoteSheet(sheetName)}!A1:${cellName(end)}`);
  }

  async writeRange(topLeft: string, cells: CellInput[][]): Promise<void> {
    const block = parseRef(topLeft);
    const start = block.start;
    const width = cells.length === 0 ? 0 : cells[0].length;
    if (cells.some((row) => row.length !== width)) throw new Error("rows must have equal length");
    if (width === 0) return;
    checkOnSheet(start, cells.length, width);
    const wire = cells.map((row, r) => row.map((cell, c) => toWire(cell, { row: start.row + r, column: start.column + c })));
    const chunks = chunkRows(wire, PAYLOAD_BUDGET_BYTES);

    await this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const writePiece = async (offset: number, count: number): Promise<void> => {
        const sheet = sheets.proxy();
        const range = sheet.getRange(blockAddress({ row: start.row + offset, column: start.column }, count, width));
        range.formulas = wire.slice(offset, offset + count);
        await context.sync();
        sheets.resolved(sheet);
      };
      let offset = 0;
      for (const chunk of chunks) {
        await splitOnOverflow(offset, chunk.length, writePiece);
        offset += chunk.length;
      }
    });
  }

  /**
   * Two syncs: the first finds a chart of the same title on the sheet, the second deletes it and
   * adds the new one, named by its title (so the next report finds it) and placed at the anchor.
   */
  async addChart(chart: ChartSpec): Promise<void> {
    const block = parseRef(chart.range);
    checkChartTitle(chart.title);
    const anchor = chart.anchor === undefined ? undefined : cellName(parseAnchor(chart.anchor));
    await this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const first = sheets.proxy();
      const earlier = first.charts.getItemOrNullObject(chart.title);
      await context.sync();
      sheets.resolved(first);
      if (!earlier.isNullObject) earlier.delete();
      const sheet = sheets.proxy();
      // the API's string forms of Excel.ChartType and Excel.ChartSeriesBy
      const type = chart.kind === "line" ? "Line" : "ColumnClustered";
      const added = sheet.charts.add(type, sheet.getRange(blockRange(block)), "Columns");
      added.name = chart.title;
      added.title.text = chart.title;
      if (anchor !== undefined) added.setPosition(anchor);
      await context.sync();
    });
  }

  /** One sync when the sheet exists, two when it is added. */
  async ensureSheet(name: string): Promise<boolean> {
    checkSheetName(name);
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(name);
      await context.sync();
      if (!existing.isNullObject) return false;
      worksheets.add(name);
      await context.sync();
      return true;
    });
  }

  /**
   * One sync: clears the conditional formats on the range and adds one whose formula compares the
   * flag cell of the range's first row, its column fixed and its row relative, so Excel applies it
   * row by row: for "Ark!A3:J40", flag column 7 and "Ja", the formula is =$H3="Ja".
   */
  async highlight(rule: HighlightRule): Promise<void> {
    const block = parseRef(rule.range);
    checkHighlight(rule, block);
    const flag = `$${columnName(block.start.column + rule.flagColumn)}${block.start.row + 1}`;
    const formula = `=${flag}="${rule.equals.replace(/"/g, '""')}"`;
    await this.run(async (context) => {
      const sheet = new SheetResolver(context, block.sheet).proxy();
      const formats = sheet.getRange(blockRange(block)).conditionalFormats;
      formats.clearAll();
      const added = formats.add("Custom");
      added.custom.rule.formula = formula;
      added.custom.format.fill.color = rule.fill;
      await context.sync();
    });
  }

  /**
   * Number formats go as a 2-D array the size of the block (Range.numberFormat takes one code per
   * cell), in row chunks under the payload budget like writeRange: one sync up to about 400,000
   * cells of "#,##0". Bold alone is one sync whatever the size.
   */
  async formatRange(ref: string, format: RangeFormat): Promise<void> {
    const block = parseRef(ref);
    const rows = block.end.row - block.start.row + 1;
    const width = block.end.column - block.start.column + 1;
    checkOnSheet(block.start, rows, width);
    const { numberFormat, bold } = format;
    if (numberFormat === undefined && bold === undefined) return;
    const row = numberFormat === undefined ? [] : Array<string>(width).fill(numberFormat);
    // n rows of JSON are n x (row + 1 comma) + 1 bytes
    const rowsPerSync =
      numberFormat === undefined ? rows : Math.max(1, Math.floor((PAYLOAD_BUDGET_BYTES - 1) / (JSON.stringify(row).length + 1)));

    await this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const formatPiece = async (offset: number, count: number): Promise<void> => {
        const sheet = sheets.proxy();
        const range = sheet.getRange(blockAddress({ row: block.start.row + offset, column: block.start.column }, count, width));
        if (numberFormat !== undefined) range.numberFormat = Array.from({ length: count }, () => row);
        if (bold !== undefined) range.format.font.bold = bold;
        await context.sync();
        sheets.resolved(sheet);
      };
      for (let offset = 0; offset < rows; offset += rowsPerSync) {
        await splitOnOverflow(offset, Math.min(rowsPerSync, rows - offset), formatPiece);
      }
    });
  }

  async selectRange(ref: string): Promise<void> {
    const block = parseRef(ref);
    await this.run(async (context) => {
      const sheet = new SheetResolver(context, block.sheet).proxy();
      sheet.activate();
      sheet.getRange(blockRange(block)).select();
      await context.sync();
    });
  }
}

/**
 * The worksheet an operation works on. The sheet is fetched anew for every sync (a proxy from a
 * failed request is not reused), by name once the first sync has told which sheet was active, so
 * every chunk of one operation lands on the same sheet.
 */
class SheetResolver {
  private sheetName: string | null;

  constructor(
    private readonly context: Excel.RequestContext,
    sheet: string | null,
  ) {
    this.sheetName = sheet;
  }

  proxy(): Excel.Worksheet {
    const worksheets = this.context.workbook.worksheets;
    const sheet = this.sheetName === null ? worksheets.getActiveWorksheet() : worksheets.getItem(this.sheetName);
    sheet.load("name");
    return sheet;
  }

  /** After a sync: the sheet's name as Excel spells it. */
  resolved(sheet: Excel.Worksheet): void {
    this.sheetName = sheet.name;
  }

  name(): string {
    if (this.sheetName === null) throw new Error("the sheet is not known before the first sync");
    return this.sheetName;
  }
}

/** Rows [offset, offset + count) through `piece`, halved and retried when Excel finds a request too large. */
async function splitOnOverflow(
  offset: number,
  count: number,
  piece: (offset: number, count: number) => Promise<void>,
): Promise<void> {
  try {
    await piece(offset, count);
  } catch (error) {
    if (count <= 1 || !isPayloadTooLarge(error)) throw error;
    const half = Math.ceil(count / 2);
    await splitOnOverflow(offset, half, piece);
    await splitOnOverflow(offset + half, count - half, piece);
  }
}

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("code" in error)) return false;
  return typeof error.code === "string" && PAYLOAD_ERRORS.has(error.code);
}

function parseRef(ref: string): BlockRef {
  const block = parseBlock(ref);
  if (block === null) throw new Error(`not a cell address: "${ref}"`);
  return block;
}

function checkOnSheet(start: CellRef, rows: number, columns: number): void {
  if (start.row + rows > MAX_ROWS || start.column + columns > MAX_COLUMNS) {
    const end = cellName({ row: start.row + rows - 1, column: start.column + columns - 1 });
    throw new Error(`${cellName(start)}:${end} does not fit on a worksheet`);
  }
}

function blockRange(block: BlockRef): string {
  return blockAddress(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
}

/** "Budget!B2:M21" -> "B2:M21"; "'Min side'!A1" -> "A1". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function toWire(cell: CellInput, at: CellRef): WireCell {
  if (cell === null) return null;
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return asCellText(cell);
  if (typeof cell === "number" && !Number.isFinite(cell)) {
    throw new Error(`${cellName(at)}: ${cell} is not a number a cell can hold`);
  }
  return cell;
}
