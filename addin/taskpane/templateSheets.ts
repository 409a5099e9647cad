// The two sheets the Templates panel keeps in the master workbook, found and read back: the status
// sheet (with the register) and the consolidation. Each is found by its mark (a sheet-scoped name
// on the block the panel wrote, which follows the block when rows are inserted or deleted and the
// sheet renamed), else it is a new one on the sheet of its default name, from A1. What the panel
// wrote on each is remembered in the workbook's settings (sheetMemory.ts) under the mark's name.

import { blockAddress, cellName, parseBlock, quoteSheet } from "../gateway/address";
import type { WriteStep } from "../gateway/journal";
import { isFormula, type CellInput, type Mark, type RangeData, type WorkbookGateway } from "../gateway/types";
import { asSheetMemory, cellsOver, ownedBy, remember, type RowKey, type SheetMemory } from "./sheetMemory";
import type { PreparedWrite } from "./writeFlow";

export const STATUS_MARK = "BudgetTemplateStatus";
export const CONSOLIDATION_MARK = "BudgetTemplateConsolidation";
/** The follow-up returns' status sheet: the same layout as the budget templates', its own register. */
export const FOLLOWUP_STATUS_MARK = "BudgetFollowUpStatus";

/** A kept sheet as read: where its block is, what the sheet holds, and which cells are the panel's. */
export interface KeptSheet {
  /** The sheet, as the workbook spells it (the mark's), or the default name for a new one. */
  sheet: string;
  mark: Mark | null;
  used: RangeData | null;
  memory: SheetMemory | null;
  /** The block's first cell: the mark's, or A1. */
  origin: { row: number; column: number };
  /** Rows of the earlier block (0 without a mark). */
  rows: number;
  owned: (row: number, column: number) => boolean;
}

/**
 * The sheet marked `name`, or the sheet of the default name when none is: a copy of a marked
 * sheet carries the mark too, so the sheet of the default name wins among several.
 */
export async function readKeptSheet(gateway: WorkbookGateway, name: string, defaultSheet: string, width: number, keyOf?: RowKey): Promise<KeptSheet> {
  const marks = await gateway.findMarks(name);
  const mark = marks.find((m) => m.sheet.toLowerCase() === defaultSheet.toLowerCase()) ?? marks[0] ?? null;
  const sheet = mark?.sheet ?? defaultSheet;
  const used = await gateway.readUsed(sheet);
  const block = mark === null ? null : parseBlock(mark.address);
  const origin = block?.start ?? { row: 0, column: 0 };
  const rows = block === null ? 0 : block.end.row - block.start.row + 1;
  const memory = mark === null ? null : asSheetMemory(await gateway.readSetting(name));
  const owned = ownedBy(memory, used, { row: origin.row, column: origin.column, rows, columns: width }, keyOf);
  return { sheet, mark, used, memory, origin, rows, owned };
}

/** A kept sheet's write: its sheet, cells over what it holds, formats, its mark and memory. */
export interface KeptWrite {
  steps: WriteStep[];
  owned: NonNullable<PreparedWrite["owned"]>;
}

/**
 * The steps that write `content` (rows of `width` cells) as the kept sheet's block, its formats
 * (`extra`: bold rows, number formats, rules) over a block cleared of the earlier ones, and which
 * of the cells they overwrite are the panel's own: a formula never is, the panel writes none.
 * `remembered` picks the cells of a row the memory keeps.
 */
export function keptWrite(
  kept: KeptSheet,
  name: string,
  content: CellInput[][],
  width: number,
  extra: WriteStep[],
  keyOf?: RowKey,
  remembered: (row: CellInput[]) => CellInput[] = (row) => row,
): KeptWrite {
  const cells = cellsOver(content, width, kept.rows, kept.used, kept.origin, kept.owned);
  const ref = blockAddress(kept.origin, content.length, width);
  // the block's formats start afresh, so a row that was a header before is not bold now
  const whole = `${quoteSheet(kept.sheet)}!${blockAddress(kept.origin, cells.length, width)}`;
  return {
    steps: [
      { kind: "sheet", name: kept.sheet },
      { kind: "cells", topLeft: `${quoteSheet(kept.sheet)}!${cellName(kept.origin)}`, cells },
      { kind: "format", ref: whole, format: { numberFormat: "General", bold: false } },
      ...extra,
      { kind: "mark", sheet: kept.sheet, name, ref, comment: "" },
      { kind: "setting", name, value: remember(content.map(remembered), keyOf) },
    ],
    owned: (sheet, row, column, held) => sheet.toLowerCase() === kept.sheet.toLowerCase() && !isFormula(held) && kept.owned(row, column),
  };
}

