// What the Periodise panel will write, worked out before anything is written: each line's months
// (from the same adapter the worksheet function uses), the totals (from the core), the lines with
// bad input, and the block of cells to write. The panel only shows and writes this plan.

import { z } from "zod";
import { ANNUAL, MONTHS, sumAmounts, UNITS, type Language, type Unit } from "../../core";
import { isFunctionError, type Cell, type FunctionError } from "../functions/cells";
import { periodizeCells } from "../functions/periodize";
import { absoluteAddress, blockAddress, cellName, parseBlock, withSheet } from "../gateway/address";
import type { CellInput, CellValue, RangeData } from "../gateway/types";

export const choicesSchema = z.object({
  annualColumn: z.number().int().min(0),
  profile: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("equal") }),
    z.object({ kind: z.literal("range"), ref: z.string().min(1), weights: z.array(z.array(z.unknown())) }),
  ]),
  year: z.number().int().min(1900).max(9999),
  unit: z.union(UNITS.map((u) => z.literal(u))),
  mode: z.enum(["formulas", "values"]),
});

export type Choices = z.infer<typeof choicesSchema>;

export interface PlanLine {
  /** The annual amount's cell, e.g. "Budget!C5". */
  address: string;
  label: string;
  months: number[] | null;
  error: string | null;
}

export interface Plan {
  lines: PlanLine[];
  bad: PlanLine[];
  annualTotal: number;
  monthTotals: number[];
  monthsTotal: number;
  /** Where the header and months go, e.g. "Budget!E1:P21". */
  target: string;
  targetTopLeft: string;
  cells: CellInput[][];
}

const asCell = (value: CellValue): Cell => value;

/** The first text column left of the annual column names a line (cost centre, account). */
function lineLabel(row: CellValue[], annualColumn: number): string {
  for (let c = 0; c < annualColumn; c++) {
    const v = row[c];
    if (v !== null && v !== "") return String(v);
  }
  return "";
}

function profileArgument(choices: Choices): { cells: Cell[][]; formula: string } {
  if (choices.profile.kind === "equal") return { cells: [["equal"]], formula: '"equal"' };
  const block = parseBlock(choices.profile.ref);
  const absolute = block ? withSheet(block.sheet, absoluteAddress(block)) : choices.profile.ref;
  return { cells: choices.profile.weights as Cell[][], formula: absolute };
}

const message = (error: FunctionError, language: Language) => (language === "da" ? error.messageDa : error.message);

/** Month headers such as "Jan 2026". */
export function monthHeaders(names: readonly string[], year: number): string[] {
  return names.map((name) => `${name} ${year}`);
}

export function planPeriodize(table: RangeData, choices: Choices, monthNames: readonly string[], language: Language): Plan {
  const rows = table.values.slice(1);
  const annualCells = rows.map((row) => [asCell(row[choices.annualColumn])]);
  const profile = profileArgument(choices);
  const result = periodizeCells(annualCells, profile.cells, choices.year, choices.unit);
  const whole = result.length === 1 && result[0].length === 1 && isFunctionError(result[0][0]) ? result[0][0] : null;

  const lines: PlanLine[] = rows.map((row, i) => {
    const address = withSheet(table.sheet, cellName({ row: table.row + 1 + i, column: table.column + choices.annualColumn }));
    const out = whole ? [whole] : result[i];
    const error = out.find(isFunctionError);
    return {
      address,
      label: lineLabel(row, choices.annualColumn),
      months: error ? null : (out as number[]),
      error: error ? message(error, language) : null,
    };
  });
  const goodRows = rows.filter((_, i) => lines[i].months !== null);
  const good = lines.filter((l) => l.months !== null);
  const unit: Unit = choices.unit;
  const monthTotals = Array.from({ length: MONTHS }, (_, m) => sumAmounts(good.map((l) => (l.months as number[])[m]), unit, ANNUAL));
  // the check: each annual amount rounded to the unit, summed on its own
  const annualTotal = sumAmounts(goodRows.map((row) => row[choices.annualColumn] as number), unit, ANNUAL);

  const topLeft = { row: table.row, column: table.column + table.values[0].length };
  const header: CellInput[] = monthHeaders(monthNames, choices.year);
  const body: CellInput[][] = lines.map((line, i) => {
    if (choices.mode === "values") return line.months ?? new Array<CellInput>(MONTHS).fill(null);
    const annualRef = cellName({ row: table.row + 1 + i, column: table.column + choices.annualColumn });
    const formula = `=BUDGET.PERIODIZE(${annualRef},${profile.formula},${choices.year},${choices.unit})`;
    // the formula spills into the 11 cells to its right, which must be empty
    return [{ formula }, ...new Array<CellInput>(MONTHS - 1).fill("")];
  });
  return {
    lines,
    bad: lines.filter((l) => l.error !== null),
    annualTotal,
    monthTotals,
    monthsTotal: sumAmounts(monthTotals, unit, ANNUAL),
    target: withSheet(table.sheet, blockAddress(topLeft, rows.length + 1, MONTHS)),
    targetTopLeft: withSheet(table.sheet, cellName(topLeft)),
    cells: [header, ...body],
  };
}

/** Cells in a block that hold something: what writing there would overwrite. */
export function countFilled(values: CellValue[][]): number {
  return values.reduce((n, row) => n + row.filter((v) => v !== null && v !== "").length, 0);
}
