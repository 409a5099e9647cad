// The preview's workbook gateway: the same interface as the Office.js one, on the in-browser
// workbook (HyperFormula). The workbook state (sheets, active sheet, selection, charts, highlight
// rules, formats) lives in PreviewWorkbook so the grid and the task pane see the same thing.

import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import { blockAddress, parseBlock, withSheet, type BlockRef, type CellRef } from "../gateway/address";
import { checkChartTitle, checkHighlight, checkSheetName, parseAnchor } from "../gateway/checks";
import { asCellText } from "../gateway/sanitize";
import {
  isFormula,
  type CellInput,
  type CellValue,
  type ChartSpec,
  type HighlightRule,
  type RangeData,
  type RangeFormat,
  type WorkbookGateway,
} from "../gateway/types";

export interface Selection {
  sheet: string;
  anchor: CellRef;
  focus: CellRef;
}

/** A chart on a sheet (the sheet as the engine spells it). */
export interface PreviewChart extends ChartSpec {
  sheet: string;
}

/** A block on a sheet (the sheet as the engine spells it). */
export type SheetBlock = BlockRef & { sheet: string };

/** A highlight rule as the grid evaluates it: `flag` is the flag's sheet column. */
export interface PreviewHighlight {
  block: SheetBlock;
  flag: number;
  equals: string;
  fill: string;
}

/** A format set on a block; later ones override earlier ones, property by property. */
export interface PreviewFormat extends RangeFormat {
  block: SheetBlock;
}

function contains(outer: SheetBlock, inner: SheetBlock): boolean {
  return (
    outer.sheet === inner.sheet &&
    outer.start.row <= inner.start.row &&
    outer.start.column <= inner.start.column &&
    outer.end.row >= inner.end.row &&
    outer.end.column >= inner.end.column
  );
}

function inside(cell: CellRef, block: BlockRef): boolean {
  return cell.row >= block.start.row && cell.row <= block.end.row && cell.column >= block.start.column && cell.column <= block.end.column;
}

/** The preview workbook: the engine plus what the user has selected; notifies on every change. */
export class PreviewWorkbook {
  private listeners = new Set<() => void>();
  selection: Selection;
  readonly charts: PreviewChart[] = [];
  readonly highlights: PreviewHighlight[] = [];
  readonly formats: PreviewFormat[] = [];
  version = 0;

  constructor(readonly engine: HyperFormula) {
    const first = engine.getSheetNames()[0];
    this.selection = { sheet: first, anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named "${name}"`);
    return id;
  }

  /** A sheet's name as the engine spells it (names match ignoring case, as in Excel). */
  sheetName(name: string): string {
    return this.engine.getSheetName(this.sheetId(name)) as string;
  }

  /**
   * The fill a cell has under the highlight rules, evaluated on the current values, or null. The
   * newest rule wins, as in Excel, where a rule added goes to the top.
   */
  highlightAt(sheet: string, cell: CellRef): string | null {
    for (let i = this.highlights.length - 1; i >= 0; i--) {
      const rule = this.highlights[i];
      if (rule.block.sheet !== sheet || !inside(cell, rule.block)) continue;
      const flag = this.engine.getCellValue({ sheet: this.sheetId(sheet), row: cell.row, col: rule.flag });
      // Excel's = on text ignores case; an empty cell equals ""; numbers, booleans and errors are no text
      const text = flag === null || flag === "" ? "" : typeof flag === "string" ? flag : null;
      if (text !== null && text.toLowerCase() === rule.equals.toLowerCase()) return rule.fill;
    }
    return null;
  }

  /** A cell's format: what the formats set on blocks holding it say, the latest for each property. */
  formatAt(sheet: string, cell: CellRef): RangeFormat {
    const format: RangeFormat = {};
    for (const { block, numberFormat, bold } of this.formats) {
      if (block.sheet !== sheet || !inside(cell, block)) continue;
      if (numberFormat !== undefined) format.numberFormat = numberFormat;
      if (bold !== undefined) format.bold = bold;
    }
    return format;
  }

  /** Adds a format, dropping earlier ones it entirely overrides, so that repeated reports do not pile them up. */
  addFormat(format: PreviewFormat): void {
    const overridden = (earlier: PreviewFormat) =>
      contains(format.block, earlier.block) &&
      (earlier.numberFormat === undefined || format.numberFormat !== undefined) &&
      (earlier.bold === undefined || format.bold !== undefined);
    const kept = this.formats.filter((earlier) => !overridden(earlier));
    this.formats.splice(0, this.formats.length, ...kept, format);
    this.changed();
  }

  /** Puts a rule on its block, replacing a rule on exactly that block. */
  addHighlight(rule: PreviewHighlight): void {
    const same = (other: PreviewHighlight) => contains(rule.block, other.block) && contains(other.block, rule.block);
    const kept = this.highlights.filter((other) => !same(other));
    this.highlights.splice(0, this.highlights.length, ...kept, rule);
    this.changed();
  }

  /** Adds a chart, replacing one of the same title on the same sheet. */
  addChart(chart: PreviewChart): void {
    const kept = this.charts.filter((other) => other.sheet !== chart.sheet || other.title !== chart.title);
    this.charts.splice(0, this.charts.length, ...kept, chart);
    this.changed();
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.changed();
  }

  selectedBlock(): BlockRef {
    const { anchor, focus, sheet } = this.selection;
    return {
      sheet,
      start: { row: Math.min(anchor.row, focus.row), column: Math.min(anchor.column, focus.column) },
      end: { row: Math.max(anchor.row, focus.row), column: Math.max(anchor.column, focus.column) },
    };
  }

  /** A cell's value as read through the gateway: errors as their text ("#VALUE!"), empty as null. */
  value(sheet: string, cell: CellRef): CellValue {
    return toCellValue(this.engine.getCellValue({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column }));
  }

  /** What the user typed: a formula with its "=", or the value. */
  content(sheet: string, cell: CellRef): string {
    const raw = this.engine.getCellSerialized({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column });
    return raw === null || raw === undefined ? "" : String(raw);
  }

  /** Sets one cell as a person typing into it would. */
  type(sheet: string, cell: CellRef, text: string): void {
    const trimmed = text.trim();
    const content: RawCellContent = trimmed === "" ? null : /^[+-]?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
    this.engine.setCellContents({ sheet: this.sheetId(sheet), row: cell.row, col: cell.column }, content);
    this.changed();
  }
}

function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

export class PreviewGateway implements WorkbookGateway {
  constructor(private readonly book: PreviewWorkbook) {}

  /** A block on a sheet that exists, the sheet as the engine spells it. */
  private resolve(ref: string): SheetBlock {
    const block = parseBlock(ref);
    if (!block) throw new Error(`"${ref}" is not a range address`);
    return { ...block, sheet: this.book.sheetName(block.sheet ?? this.book.selection.sheet) };
  }

  async getSelection(): Promise<string> {
    const block = this.book.selectedBlock();
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    return withSheet(block.sheet, blockAddress(block.start, rows, columns));
  }

  async readRange(ref: string): Promise<RangeData> {
    const block = this.resolve(ref);
    const values: CellValue[][] = [];
    for (let r = block.start.row; r <= block.end.row; r++) {
      const row: CellValue[] = [];
      for (let c = block.start.column; c <= block.end.column; c++) row.push(this.book.value(block.sheet, { row: r, column: c }));
      values.push(row);
    }
    const rows = block.end.row - block.start.row + 1;
    const columns = block.end.column - block.start.column + 1;
    return { sheet: block.sheet, address: blockAddress(block.start, rows, columns), row: block.start.row, column: block.start.column, values };
  }

  async readUsed(sheet: string): Promise<RangeData | null> {
    checkSheetName(sheet);
    if (!this.book.engine.doesSheetExist(sheet)) return null;
    const name = this.book.sheetName(sheet);
    const size = this.book.engine.getSheetDimensions(this.book.sheetId(name));
    // the engine's dimensions may count cells emptied later: trim to the last value
    const data = size.height === 0 || size.width === 0 ? null : await this.readRange(withSheet(name, blockAddress({ row: 0, column: 0 }, size.height, size.width)));
    if (data === null) return null;
    const filled = (v: CellValue) => v !== null && v !== "";
    const lastOf = <T,>(items: T[], test: (item: T) => boolean) => items.reduce((last, item, i) => (test(item) ? i : last), -1);
    const height = lastOf(data.values, (row) => row.some(filled)) + 1;
    if (height === 0) return null;
    const width = Math.max(...data.values.map((row) => lastOf(row, filled) + 1));
    return { ...data, address: blockAddress({ row: 0, column: 0 }, height, width), values: data.values.slice(0, height).map((row) => row.slice(0, width)) };
  }

  async writeRange(topLeft: string, cells: CellInput[][]): Promise<void> {
    const block = this.resolve(topLeft);
    const sheet = this.book.sheetId(block.sheet);
    const contents: RawCellContent[][] = cells.map((row, r) =>
      row.map((cell, c): RawCellContent => {
        if (cell === null) return this.book.engine.getCellSerialized({ sheet, row: block.start.row + r, col: block.start.column + c }) as RawCellContent;
        if (isFormula(cell)) return cell.formula;
        if (typeof cell === "string") return cell === "" ? null : asCellText(cell);
        return cell;
      }),
    );
    this.book.engine.setCellContents({ sheet, row: block.start.row, col: block.start.column }, contents);
    this.book.changed();
  }

  /** The preview keeps the anchor but draws charts below the grid. */
  async addChart(chart: ChartSpec): Promise<void> {
    const block = this.resolve(chart.range);
    checkChartTitle(chart.title);
    if (chart.anchor !== undefined) parseAnchor(chart.anchor);
    this.book.addChart({ ...chart, sheet: block.sheet });
  }

  async ensureSheet(name: string): Promise<boolean> {
    checkSheetName(name);
    if (this.book.engine.doesSheetExist(name)) return false;
    this.book.engine.addSheet(name);
    this.book.changed();
    return true;
  }

  async highlight(rule: HighlightRule): Promise<void> {
    const block = this.resolve(rule.range);
    checkHighlight(rule, block);
    this.book.addHighlight({ block, flag: block.start.column + rule.flagColumn, equals: rule.equals, fill: rule.fill });
  }

  async formatRange(ref: string, format: RangeFormat): Promise<void> {
    const block = this.resolve(ref);
    const { numberFormat, bold } = format;
    if (numberFormat === undefined && bold === undefined) return;
    this.book.addFormat({ block, numberFormat, bold });
  }

  async selectRange(ref: string): Promise<void> {
    const block = this.resolve(ref);
    this.book.select({ sheet: block.sheet, anchor: block.start, focus: block.end });
  }
}
