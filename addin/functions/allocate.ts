// BUDGET.ALLOCATE (FORDEL): a requirement (or any total) split over units in proportion to their
// bases or keys, with optional floors and caps as rates of base; one amount per unit, in the shape
// of `bases`. A key of 0 exempts a unit. The whole split is one answer: any bad cell is one error.

import { allocate, type Subject, type Unit } from "../../core";
import { readNumber, type Cell, type FunctionResult } from "./cells";
import { wholeOrError } from "./periodize";

const baseSubject = (index: number): Subject => ({ label: "baseOfUnit", index });
const keySubject = (index: number): Subject => ({ label: "keyOfUnit", index });

export interface AllocateArgs {
  minRate: number | undefined;
  maxRate: number | undefined;
  unit: Unit | undefined;
}

/** The total, rates and unit as read by the catalogue; no keys: the bases. */
export function allocateCells(total: number, bases: Cell[][], keys: Cell[][] | undefined, { minRate, maxRate, unit }: AllocateArgs): FunctionResult {
  return wholeOrError(() => {
    const width = bases[0]?.length ?? 0;
    const flatBases = bases.flat().map((cell, i) => readNumber(cell, baseSubject(i + 1)));
    const flatKeys = keys?.flat().map((cell, i) => readNumber(cell, keySubject(i + 1)));
    const amounts = allocate(total, flatBases, { keys: flatKeys, minRate, maxRate, unit });
    // back into the shape of bases
    return bases.map((_, r) => amounts.slice(r * width, (r + 1) * width));
  });
}
