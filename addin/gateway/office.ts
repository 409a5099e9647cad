// The workbook gateway on Excel, through Office.js. The only code in the add-in that calls
// Excel.run: one Excel.run per operation, and a number of context.sync() round trips that does
// not grow with the number of rows as long as the data fits in one request. Large blocks go in
// row chunks, so that no request exceeds the payload limit of Excel on the web (5 MB per request
// and per response; see "Resource limits and performance optimization for Office Add-ins").

import { BudgetError } from "../../core";
import { blockAddress, cellName, columnName, parseRef, quoteSheet, refAddress, type BlockRef, type RangeRef } from "./address";
import { checkCells, checkChartTitle, checkHighlight, checkOnSheet, checkSheetName, parseAnchor } from "./checks";
import { asCellText } from "./sanitize";
import {
  isFormula,
  PartialWriteError,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type ColumnWidths,
  type HighlightRule,
  type Mark,
  type RangeData,
  type RangeFormat,
  type RowsWritten,
  type Snapshot,
  type WorkbookGateway,
  type WorkbookOpening,
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

/** A snapshot reads four arrays per cell (formulas, values, value types, number formats). */
export const SNAPSHOT_CELLS_PER_SYNC = Math.floor(READ_CELLS_PER_SYNC / 4);

/** Single-cell look-ups (a spill's range or parent) per sync. */
export const PROBES_PER_SYNC = 5_000;

export { MAX_COLUMNS, MAX_ROWS } from "./address";

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

/**
 * The Office.js calls made outside Excel.run: whether a requirement set is there, and opening a
 * file as a new workbook. A stand-in for tests.
 */
export interface OfficeHost {
  isSetSupported(set: string, version: string): boolean;
  createWorkbook(base64: string): Promise<void>;
}

const OFFICE_HOST: OfficeHost = {
  // outside an Office client (the page opened in a browser, a test) there is nothing to ask
  isSetSupported: (set, version) => (typeof Office === "undefined" ? false : (Office.context?.requirements?.isSetSupported(set, version) ?? false)),
  createWorkbook: (base64) => Excel.createWorkbook(base64),
};

/** Excel.createWorkbook needs ExcelApi 1.8, the AutoFilter ExcelApi 1.9: both below the manifest's minimum, and checked all the same. */
export const CREATE_WORKBOOK_SET = { set: "ExcelApi", version: "1.8" } as const;
export const AUTO_FILTER_SET = { set: "ExcelApi", version: "1.9" } as const;

export class OfficeGateway implements WorkbookGateway {
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    private readonly host: OfficeHost = OFFICE_HOST,
  ) {}

  /** One sync. A selection of several areas is refused: every panel works on one block. */
  async getSelection(): Promise<string> {
    const { address, areaCount } = await this.run(async (context) => {
      const ranges = context.workbook.getSelectedRanges();
      ranges.load(["address", "areaCount"]);
      await context.sync();
      return { address: ranges.address, areaCount: ranges.areaCount };
    });
    if (areaCount > 1) throw new BudgetError("SELECTION_AREAS", { count: areaCount, text: address });
    return address;
  }

  /**
   * Whole columns or rows ("Budget!A:D") are read as the part of them that holds values: one
   * sync more to find it.
   */
  async readRange(ref: string): Promise<RangeData> {
    const parsed = parseRef(ref);
    const block = parsed.whole === null ? parsed : await this.usedPart(parsed, ref);
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
        range.load(["address", "rowIndex", "columnIndex", "values", "valueTypes"]);
        await context.sync();
        sheets.resolved(sheet);
        const values: unknown[][] = range.values;
        const types: unknown[][] = range.valueTypes;
        pieces.push({
          address: range.address,
          row: range.rowIndex,
          column: range.columnIndex,
          values: values.map((line, r) => line.map((value, c) => toCellValue(value, types[r]?.[c]))),
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

  /** The block of whole columns or rows that holds values (Range.getUsedRangeOrNullObject). */
  private async usedPart(ref: RangeRef, text: string): Promise<BlockRef> {
    const used = await this.run(async (context) => {
      const sheet = new SheetResolver(context, ref.sheet).proxy();
      const range = sheet.getRange(refAddress(ref)).getUsedRangeOrNullObject(true);
      range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
      await context.sync();
      return range.isNullObject ? null : { sheet: sheet.name, row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
    });
    if (used === null) throw new BudgetError("RANGE_EMPTY", { text: text.trim() });
    return {
      sheet: used.sheet,
      start: { row: used.row, column: used.column },
      end: { row: used.row + used.rows - 1, column: used.column + used.columns - 1 },
    };
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

  /**
   * Every cell is checked against Excel's limits before anything is sent. A sync that fails part
   * way raises PartialWriteError, saying how many rows were written.
   */
  async writeRange(topLeft: string, cells: CellInput[][], progress?: RowsWritten): Promise<void> {
    const block = blockRef(topLeft);
    const width = cells.length === 0 ? 0 : cells[0].length;
    if (cells.some((row) => row.length !== width)) throw new Error("rows must have equal length");
    if (width === 0) return;
    checkOnSheet(block.start, cells.length, width);
    checkCells(cells, block.start);
    await this.writeRows(block, cells.map((row) => row.map(toWire)), null, progress);
  }

  /**
   * Rows of formulas (and, when given, number formats) from the block's top-left cell, in chunks
   * under the payload budget, halved and retried when Excel finds a request too large.
   */
  private async writeRows(block: BlockRef, wire: WireCell[][], numberFormats: string[][] | null, progress?: RowsWritten): Promise<void> {
    const start = block.start;
    const width = wire[0].length;
    const measured = numberFormats === null ? wire : wire.map((row, r) => [...row, ...numberFormats[r]]);
    const chunks = chunkRows(measured, PAYLOAD_BUDGET_BYTES);
    const ref = withSheetName(block.sheet, blockAddress(start, wire.length, width));
    let written = 0;
    try {
      await this.run(async (context) => {
        const sheets = new SheetResolver(context, block.sheet);
        const writePiece = async (offset: number, count: number): Promise<void> => {
          const sheet = sheets.proxy();
          const range = sheet.getRange(blockAddress({ row: start.row + offset, column: start.column }, count, width));
          range.formulas = wire.slice(offset, offset + count);
          if (numberFormats !== null) range.numberFormat = numberFormats.slice(offset, offset + count);
          await context.sync();
          sheets.resolved(sheet);
          written = offset + count;
        };
        let offset = 0;
        for (const chunk of chunks) {
          await splitOnOverflow(offset, chunk.length, writePiece);
          offset += chunk.length;
          await progress?.(offset);
        }
      });
    } catch (error) {
      throw new PartialWriteError(ref, written, wire.length, error);
    }
  }

  /**
   * One sync to find the sheet, then the block's formulas, values, value types and number formats
   * in chunks (one sync per 50,000 cells, halved when Excel finds a response too large); then,
   * only where the block holds part of a dynamic array (Range.hasSpill is not false), which cells
   * are spilled into: the spill ranges of the formulas in the block, then the spill parent of
   * every other cell that holds a value (a spill from a formula outside the block), one sync per
   * PROBES_PER_SYNC cells each. A spilled cell is kept as "", since its formula fills it again;
   * writing its value back would block the spill.
   */
  async snapshot(ref: string): Promise<Snapshot | null> {
    const block = blockRef(ref);
    const rows = block.end.row - block.start.row + 1;
    const width = block.end.column - block.start.column + 1;
    checkOnSheet(block.start, rows, width);
    const rowsPerSync = Math.max(1, Math.floor(SNAPSHOT_CELLS_PER_SYNC / width));

    return this.run(async (context) => {
      if (block.sheet !== null) {
        const found = context.workbook.worksheets.getItemOrNullObject(block.sheet);
        await context.sync();
        if (found.isNullObject) return null;
      }
      const sheets = new SheetResolver(context, block.sheet);
      const formulas: unknown[][] = [];
      const values: unknown[][] = [];
      const types: string[][] = [];
      const numberFormats: string[][] = [];
      let spills = false;
      const readPiece = async (offset: number, count: number): Promise<void> => {
        const sheet = sheets.proxy();
        const range = sheet.getRange(blockAddress({ row: block.start.row + offset, column: block.start.column }, count, width));
        range.load(["formulas", "values", "valueTypes", "numberFormat", "hasSpill"]);
        await context.sync();
        sheets.resolved(sheet);
        formulas.push(...range.formulas);
        values.push(...range.values);
        types.push(...(range.valueTypes as string[][]));
        numberFormats.push(...(range.numberFormat as string[][]));
        // hasSpill is false only when no cell of the piece is part of a spill
        if (range.hasSpill !== false) spills = true;
      };
      for (let offset = 0; offset < rows; offset += rowsPerSync) {
        await splitOnOverflow(offset, Math.min(rowsPerSync, rows - offset), readPiece);
      }

      const cells: CellInput[][] = formulas.map((row, r) => row.map((formula, c) => held(formula, values[r][c], types[r][c])));
      const spilled = cells.map((row) => row.map(() => false));
      if (spills) {
        const at = (r: number, c: number) => cellName({ row: block.start.row + r, column: block.start.column + c });
        const mark = (r: number, c: number) => {
          cells[r][c] = "";
          spilled[r][c] = true;
        };
        // the formulas in the block: each one's spill range
        const isAnchor = (cell: CellInput) => isFormula(cell) && cell.formula.startsWith("=");
        const anchors = cells.flatMap((row, r) => row.flatMap((cell, c) => (isAnchor(cell) ? [{ r, c }] : [])));
        await probe(context, sheets, anchors, (sheet, { r, c }) => sheet.getRange(at(r, c)).getSpillingToRangeOrNullObject(), (range) => {
          for (const cell of cellsIn(range.address, block)) if (!(cell.r === range.r && cell.c === range.c)) mark(cell.r, cell.c);
        });
        // every other value, an error value too: spilled from a formula outside the block?
        const doubtful = cells.flatMap((row, r) => row.flatMap((cell, c) => (cell !== "" && !isAnchor(cell) ? [{ r, c }] : [])));
        await probe(context, sheets, doubtful, (sheet, { r, c }) => sheet.getRange(at(r, c)).getSpillParentOrNullObject(), ({ r, c }) => mark(r, c));
      }
      return {
        sheet: sheets.name(),
        address: blockAddress(block.start, rows, width),
        row: block.start.row,
        column: block.start.column,
        cells,
        numberFormats,
        spilled,
      };
    });
  }

  /** The snapshot's first `rows` rows (all by default): formulas and number formats, as one write. */
  async restore(snapshot: Snapshot, rows = snapshot.cells.length): Promise<void> {
    const count = Math.min(rows, snapshot.cells.length);
    if (count <= 0 || snapshot.cells[0].length === 0) return;
    const block: BlockRef = { sheet: snapshot.sheet, start: { row: snapshot.row, column: snapshot.column }, end: { row: snapshot.row, column: snapshot.column } };
    const wire = snapshot.cells.slice(0, count).map((row) => row.map((cell) => toWire(cell)));
    await this.writeRows(block, wire, snapshot.numberFormats.slice(0, count));
  }

  /**
   * Two syncs: the first finds a chart of the same title on the sheet, the second deletes it and
   * adds the new one, named by its title (so the next report finds it) and placed at the anchor.
   */
  async addChart(chart: ChartSpec): Promise<boolean> {
    const block = blockRef(chart.range);
    checkChartTitle(chart.title);
    const anchor = chart.anchor === undefined ? undefined : cellName(parseAnchor(chart.anchor));
    return this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const first = sheets.proxy();
      const earlier = first.charts.getItemOrNullObject(chart.title);
      await context.sync();
      sheets.resolved(first);
      if (!earlier.isNullObject) earlier.delete();
      const sheet = sheets.proxy();
      // the API's string forms of Excel.ChartType and Excel.ChartSeriesBy
      const type = CHART_TYPES[chart.kind];
      const added = sheet.charts.add(type, sheet.getRange(blockRange(block)), "Columns");
      added.name = chart.title;
      added.title.text = chart.title;
      if (chart.valueFormat !== undefined) added.axes.valueAxis.numberFormat = chart.valueFormat;
      if (anchor !== undefined) added.setPosition(anchor);
      await context.sync();
      return !earlier.isNullObject;
    });
  }

  /** Two syncs: find the chart, then delete it (one when there is none). */
  async deleteChart(sheetName: string, title: string): Promise<void> {
    await this.run((context) => deleteIfThere(context, context.workbook.worksheets.getItem(sheetName).charts.getItemOrNullObject(title)));
  }

  /** One sync. */
  async readSetting(name: string): Promise<unknown> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(name);
      setting.load("value");
      await context.sync();
      return setting.isNullObject ? undefined : (setting.value as unknown);
    });
  }

  /** One sync to add or replace; two to remove (find it, then delete it). */
  async writeSetting(name: string, value: unknown): Promise<void> {
    await this.run(async (context) => {
      const settings = context.workbook.settings;
      if (value === undefined) return deleteIfThere(context, settings.getItemOrNullObject(name));
      settings.add(name, value);
      await context.sync();
    });
  }

  /** Two syncs: find the sheet, then delete it (one when it is gone already). */
  async deleteSheet(name: string): Promise<void> {
    await this.run((context) => deleteIfThere(context, context.workbook.worksheets.getItemOrNullObject(name)));
  }

  /**
   * Three syncs whatever the number of sheets: the sheets, each one's name of that name, and the
   * blocks of those that exist (a name whose cells were all deleted refers to #REF! and is skipped).
   */
  async findMarks(name: string): Promise<Mark[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const items = worksheets.items.map((sheet) => ({ sheet, item: sheet.names.getItemOrNullObject(name) }));
      for (const { item } of items) item.load("comment");
      await context.sync();
      const found = items
        .filter(({ item }) => !item.isNullObject)
        .map(({ sheet, item }) => ({ sheet: sheet.name, comment: item.comment, range: item.getRangeOrNullObject() }));
      for (const { range } of found) range.load("address");
      await context.sync();
      return found
        .filter(({ range }) => !range.isNullObject)
        .map(({ sheet, comment, range }) => ({ sheet, address: localAddress(range.address), comment: comment ?? "" }));
    });
  }

  /** Two syncs: find the sheet's mark of that name, then replace (or remove) it. */
  async setMark(sheetName: string, name: string, ref: string | null, comment = ""): Promise<void> {
    const block = ref === null ? null : blockRef(ref);
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const earlier = sheet.names.getItemOrNullObject(name);
      await context.sync();
      if (!earlier.isNullObject) earlier.delete();
      if (block !== null) sheet.names.add(name, sheet.getRange(blockRange(block)), comment);
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
    const block = blockRef(rule.range);
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
    const block = blockRef(ref);
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

  /**
   * The block's text as Excel shows it, in syncs of READ_CELLS_PER_SYNC cells: a column where a
   * cell shows only "#" is too narrow for its number. Nothing more when none is. Else one sync for
   * those columns' widths and one to fit each (Office's autofitColumns fits a column to all it
   * holds, so it is at least as wide as its numbers need), skipping hidden ones (width 0); when
   * fitting fails, the widths are put back as far as they can be before the failure is raised.
   */
  async fitColumns(ref: string): Promise<ColumnWidths> {
    const block = blockRef(ref);
    const rows = block.end.row - block.start.row + 1;
    const width = block.end.column - block.start.column + 1;
    checkOnSheet(block.start, rows, width);
    const rowsPerSync = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / width));
    return this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const narrow = new Set<number>();
      const readPiece = async (offset: number, count: number): Promise<void> => {
        const sheet = sheets.proxy();
        const range = sheet.getRange(blockAddress({ row: block.start.row + offset, column: block.start.column }, count, width));
        range.load("text");
        await context.sync();
        sheets.resolved(sheet);
        for (const line of range.text) line.forEach((text, c) => /^#+$/.test(text) && narrow.add(c));
      };
      for (let offset = 0; offset < rows; offset += rowsPerSync) await splitOnOverflow(offset, Math.min(rowsPerSync, rows - offset), readPiece);
      const unchanged = { sheet: sheets.name(), column: block.start.column, widths: [] };
      if (narrow.size === 0) return unchanged;
      const first = Math.min(...narrow);
      const last = Math.max(...narrow);
      const run = context.workbook.worksheets.getItem(sheets.name()).getRange(blockAddress({ row: block.start.row, column: block.start.column + first }, 1, last - first + 1));
      const formats = Array.from({ length: last - first + 1 }, (_, i) => run.getColumn(i).format);
      for (const format of formats) format.load("columnWidth");
      await context.sync();
      const before = formats.map((format) => format.columnWidth);
      try {
        formats.forEach((format, i) => narrow.has(first + i) && before[i] > 0 && format.autofitColumns());
        await context.sync();
      } catch (error) {
        formats.forEach((format, i) => (format.columnWidth = before[i]));
        await context.sync().catch(() => undefined);
        throw error;
      }
      return { sheet: sheets.name(), column: block.start.column + first, widths: before };
    });
  }

  async setColumnWidths({ sheet, column, widths }: ColumnWidths): Promise<void> {
    if (widths.length === 0) return;
    checkOnSheet({ row: 0, column }, 1, widths.length);
    await this.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(blockAddress({ row: 0, column }, 1, widths.length));
      widths.forEach((w, i) => (range.getColumn(i).format.columnWidth = w));
      await context.sync();
    });
  }

  /**
   * Two syncs: the sheet's AutoFilter as it is, then the new one. On the same block it is
   * reapplied, so the criteria the user chose stay and filter the new rows; elsewhere it is
   * removed first (a sheet has one AutoFilter).
   */
  async setFilter(ref: string): Promise<void> {
    const block = blockRef(ref);
    checkOnSheet(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
    if (!this.host.isSetSupported(AUTO_FILTER_SET.set, AUTO_FILTER_SET.version)) return;
    await this.run(async (context) => {
      const sheets = new SheetResolver(context, block.sheet);
      const first = sheets.proxy();
      const current = first.autoFilter.getRangeOrNullObject();
      current.load("address");
      await context.sync();
      sheets.resolved(first);
      const sheet = sheets.proxy();
      const wanted = blockRange(block);
      if (!current.isNullObject && localAddress(current.address) === wanted) sheet.autoFilter.reapply();
      else {
        if (!current.isNullObject) sheet.autoFilter.remove();
        sheet.autoFilter.apply(sheet.getRange(wanted));
      }
      await context.sync();
    });
  }

  workbookOpening(): WorkbookOpening {
    const { set, version } = CREATE_WORKBOOK_SET;
    return this.host.isSetSupported(set, version) ? { available: true } : { available: false, reason: "requirementSet", set: `${set} ${version}` };
  }

  /** No sync: Excel.createWorkbook is a call of its own, outside Excel.run. */
  async createWorkbook(base64: string): Promise<void> {
    const opening = this.workbookOpening();
    if (!opening.available) throw new Error(`opening a new workbook needs ${CREATE_WORKBOOK_SET.set} ${CREATE_WORKBOOK_SET.version}`);
    await this.host.createWorkbook(base64);
  }

  async selectRange(ref: string): Promise<void> {
    const block = blockRef(ref);
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

/** Two syncs: finds out whether a *OrNullObject item exists, then deletes it (one when it does not). */
async function deleteIfThere(context: Excel.RequestContext, item: { isNullObject: boolean; delete(): void }): Promise<void> {
  await context.sync();
  if (item.isNullObject) return;
  item.delete();
  await context.sync();
}

/** A block of cells; whole columns or rows are refused where a block is needed. */
function blockRef(ref: string): BlockRef {
  const parsed = parseRef(ref);
  if (parsed.whole !== null) throw new BudgetError("ADDRESS_INVALID", { text: ref });
  return parsed;
}

/** "Budget!E1:P21", or the address alone on the active sheet. */
function withSheetName(sheet: string | null, address: string): string {
  return sheet === null ? address : `${quoteSheet(sheet)}!${address}`;
}

/**
 * Single-cell look-ups in batches of PROBES_PER_SYNC, one sync each: `ask` queues one per item,
 * and `found` gets each item whose answer is not a null object, with the address it answered.
 */
async function probe<T extends { r: number; c: number }>(
  context: Excel.RequestContext,
  sheets: SheetResolver,
  items: readonly T[],
  ask: (sheet: Excel.Worksheet, item: T) => Excel.Range,
  found: (answer: T & { address: string }) => void,
): Promise<void> {
  for (let i = 0; i < items.length; i += PROBES_PER_SYNC) {
    const sheet = sheets.proxy();
    const batch = items.slice(i, i + PROBES_PER_SYNC).map((item) => ({ item, range: ask(sheet, item) }));
    for (const { range } of batch) range.load("address");
    await context.sync();
    for (const { item, range } of batch) if (!range.isNullObject) found({ ...item, address: range.address });
  }
}

/** The cells of `address` ("Sheet!G4:J4") that lie in `block`, as 0-based offsets into the block. */
function cellsIn(address: string, block: BlockRef): { r: number; c: number }[] {
  const area = parseRef(address);
  const cells: { r: number; c: number }[] = [];
  for (let row = Math.max(area.start.row, block.start.row); row <= Math.min(area.end.row, block.end.row); row++) {
    for (let column = Math.max(area.start.column, block.start.column); column <= Math.min(area.end.column, block.end.column); column++) {
      cells.push({ r: row - block.start.row, c: column - block.start.column });
    }
  }
  return cells;
}

/**
 * What a cell read holds, to write back: a formula is a formula (text that merely begins with "="
 * reads back as that same text, typed String, and stays text); an error typed as a constant is
 * written back as typed; empty is "".
 */
function held(formula: unknown, value: unknown, type: string): CellInput {
  if (typeof formula === "string" && formula.startsWith("=") && !(type === "String" && value === formula)) return { formula };
  if (type === "Error") return { formula: String(formula) };
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

function blockRange(block: BlockRef): string {
  return blockAddress(block.start, block.end.row - block.start.row + 1, block.end.column - block.start.column + 1);
}

/** "Budget!B2:M21" -> "B2:M21"; "'Min side'!A1" -> "A1". */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** A value as Office.js reads it; an error cell reads as its text ("#N/A") with value type Error. */
function toCellValue(value: unknown, type: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** A checked cell as Office.js takes it in Range.formulas (checks.ts has refused what Excel cannot hold). */
/** A chart's kind as Excel.ChartType's string form. */
const CHART_TYPES: Record<ChartSpec["kind"], "ColumnClustered" | "ColumnStacked" | "Line"> = {
  column: "ColumnClustered",
  stackedColumn: "ColumnStacked",
  line: "Line",
};

function toWire(cell: CellInput): WireCell {
  if (cell === null) return null;
  if (isFormula(cell)) return cell.formula;
  if (typeof cell === "string") return asCellText(cell);
  return cell;
}
