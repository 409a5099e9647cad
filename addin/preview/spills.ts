// Blocked spills, as Excel treats them: a dynamic array whose spill range holds a value shows
// #SPILL!, and spills again as soon as that range is free. The engine decides a formula's room
// only when the formula is entered, so the preview keeps the formulas it found blocked and enters
// them again after every write that could have freed their room (a cell below or to the right).

import { DetailedCellError, ErrorType, type ExportedChange, type HyperFormula, type SimpleCellAddress } from "hyperformula";

/** Cells written: a sheet and the rows and columns the write reached. */
export interface Written {
  sheet: number;
  lastRow: number;
  lastColumn: number;
}

const key = (address: SimpleCellAddress) => `${address.sheet}:${address.row}:${address.col}`;

const isSpillError = (value: unknown) => value instanceof DetailedCellError && value.type === ErrorType.SPILL;

export class BlockedSpills {
  /** The formulas shown as #SPILL!, by "sheet:row:column". */
  private readonly blocked = new Map<string, SimpleCellAddress>();

  constructor(private readonly engine: HyperFormula) {
    // a workbook may open with a spill blocked
    for (const name of engine.getSheetNames()) {
      const sheet = engine.getSheetId(name) as number;
      engine.getSheetValues(sheet).forEach((row, r) =>
        row.forEach((value, col) => {
          if (isSpillError(value)) this.blocked.set(key({ sheet, row: r, col }), { sheet, row: r, col });
        }),
      );
    }
  }

  /** Notes the formulas a change left blocked. */
  record(changes: readonly ExportedChange[]): void {
    for (const change of changes) {
      if (!("address" in change)) continue;
      if (isSpillError(change.newValue)) this.blocked.set(key(change.address), change.address);
    }
  }

  /**
   * Enters again every blocked formula whose spill range the write may have freed: one above and
   * to the left of a written cell. A formula still blocked stays #SPILL!; one no longer there, or
   * no longer blocked, is forgotten.
   */
  respill(written: Written): void {
    const again: [SimpleCellAddress, string][] = [];
    for (const [id, address] of [...this.blocked]) {
      const formula = this.engine.getCellFormula(address);
      const stale = formula === undefined || !isSpillError(this.engine.getCellValue(address));
      const reached = address.sheet === written.sheet && address.row <= written.lastRow && address.col <= written.lastColumn;
      if (stale || reached) this.blocked.delete(id);
      if (!stale && reached) again.push([address, formula]);
    }
    if (again.length === 0) return;
    this.record(this.engine.batch(() => again.forEach(([address, formula]) => this.engine.setCellContents(address, formula))));
  }

  /** Forgets a removed sheet's formulas. */
  forgetSheet(sheet: number): void {
    for (const [id, address] of [...this.blocked]) if (address.sheet === sheet) this.blocked.delete(id);
  }
}
