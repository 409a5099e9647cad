// The checks of an allocation's input, in the order allocate runs them, and the infeasibility
// message: floors that exceed the total, or caps that cannot reach it, named with both amounts.

import type { AllocationProblem } from "./allocationProblem";
import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";
import { MAX_AMOUNT, type Unit } from "./money";

/** digits / 10^scale as an exact decimal. */
const decimalOf = (digits: bigint, scale: number) => new Decimal(digits.toString()).dividedBy(new Decimal(10).pow(scale));

/** A count of units in kroner, as digits and scale. */
function unitsDecimal(count: bigint, unit: Unit): { digits: bigint; scale: number } {
  return unit === 0.01 ? { digits: count, scale: 2 } : { digits: count * BigInt(unit), scale: 0 };
}


export const isAbsent = (value: unknown): value is undefined | null => value === undefined || value === null;


/** A local copy: an imported binding can cost a lookup per use in a hot loop. */
const MAX_BASE = MAX_AMOUNT;

/** Bases: finite, 0 or more, at most MAX_AMOUNT. Unit numbers in messages are 1-based. Returns how many are above 0. */
export function checkBases(bases: readonly number[]): number {
  if (bases.length === 0) throw new BudgetError("ALLOCATE_NO_UNITS");
  let positive = 0;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (typeof b === "number" && b >= 0 && b <= MAX_BASE) {
      if (b > 0) positive++;
      continue;
    }
    if (typeof b !== "number" || !Number.isFinite(b)) throw new BudgetError("BASE_NOT_FINITE", { index: i + 1 });
    if (b < 0) throw new BudgetError("BASE_NEGATIVE", { index: i + 1, value: b });
    throw new BudgetError("BASE_TOO_LARGE", { index: i + 1, value: b });
  }
  return positive;
}

/** The floor and the cap as a worksheet names them; a panel relabels them as its fields. */
export const MIN_RATE: Subject = { label: "minRate" };
export const MAX_RATE: Subject = { label: "maxRate" };

export function checkRate(value: unknown, what: Subject): number | null {
  if (isAbsent(value)) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new BudgetError("RATE_NOT_FINITE", { what });
  if (value < 0) throw new BudgetError("RATE_NEGATIVE", { what, value });
  return value === 0 ? 0 : value; // -0 reads as 0
}

/** ALLOCATE_INFEASIBLE when the floors exceed the total or the caps cannot reach it. */
export function checkFeasible(problem: AllocationProblem, baseSum: bigint, signed: number, unit: Unit, m: bigint, M: bigint | null, scale: number): void {
  const target = problem.total * problem.denom;
  const floors = problem.minFactor * baseSum;
  const caps = problem.maxFactor === null ? null : problem.maxFactor * baseSum;
  let bound: "floor" | "cap" | null = null;
  let amount = 0n; // in kroner: digits / 10^scale
  if (floors > target) {
    bound = "floor";
    amount = m * baseSum;
  } else if (caps !== null && M !== null && caps < target) {
    bound = "cap";
    amount = M * baseSum;
  }
  if (bound === null) return;
  const totalKr = unitsDecimal(BigInt(signed), unit);
  throw new BudgetError("ALLOCATE_INFEASIBLE", {
    bound,
    floor: MIN_RATE,
    cap: MAX_RATE,
    amount: decimalOf(amount, scale),
    total: decimalOf(totalKr.digits, totalKr.scale),
    negative: signed < 0,
  });
}
