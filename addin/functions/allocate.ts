// BUDGET.ALLOCATE (FORDEL): a requirement (or any total) split over units in proportion to their
// bases or keys, with optional floors and caps as rates of base; one amount per unit, in the shape
// of `bases`. A key of 0 exempts a unit. The whole split is one answer: any bad cell is one error.

import { allocate, type Subject } from "../../core";
import { readNumber, readUnit, type Cell, type FunctionResult } from "./cells";
import { wholeOrError } from "./periodize";

const TOTAL: Subject = { what: "total", whatDa: "total", blankDa: "tom" };
const MIN_RATE: Subject = { what: "minRate", whatDa: "mindstesats", blankDa: "tom" };
const MAX_RATE: Subject = { what: "maxRate", whatDa: "højestesats", blankDa: "tom" };
const baseSubject = (i: number): Subject => ({ what: `base of unit ${i}`, whatDa: `grundlaget for enhed ${i}`, blankDa: "tomt" });
const keySubject = (i: number): Subject => ({ what: `key of unit ${i}`, whatDa: `nøglen for enhed ${i}`, blankDa: "tom" });

const isBlank = (cell: Cell | undefined) => cell === undefined || cell === null || cell === "";
const blankMatrix = (m: Cell[][] | undefined) => m === undefined || (m.length === 1 && m[0].length === 1 && isBlank(m[0][0]));

export function allocateCells(total: Cell | undefined, bases: Cell[][], keys?: Cell[][], minRate?: Cell, maxRate?: Cell, unit?: Cell): FunctionResult {
  return wholeOrError(() => {
    const width = bases[0]?.length ?? 0;
    const flatBases = bases.flat().map((cell, i) => readNumber(cell, baseSubject(i + 1)));
    const flatKeys = blankMatrix(keys) ? undefined : (keys as Cell[][]).flat().map((cell, i) => readNumber(cell, keySubject(i + 1)));
    const amounts = allocate(readNumber(total ?? null, TOTAL), flatBases, {
      keys: flatKeys,
      minRate: isBlank(minRate) ? undefined : readNumber(minRate as Cell, MIN_RATE),
      maxRate: isBlank(maxRate) ? undefined : readNumber(maxRate as Cell, MAX_RATE),
      unit: readUnit(unit),
    });
    // back into the shape of bases
    return bases.map((_, r) => amounts.slice(r * width, (r + 1) * width));
  });
}
