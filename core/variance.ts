// The controller's variances (afvigelser) and what carries over to next year (overførsel).
//
// The amounts are booked amounts, kroner with øre: the actual and budget amounts are first rounded
// half away from zero (Excel's ROUND) to 0.01 kr, at every unit. Inside, the arithmetic is exact:
// øre counts are bigints and quantities are exact decimals (a number is read as its shortest
// decimal text, so 0.1 is exactly 0.1). A carry-over of numbers that are whole øre within 7e13 kr,
// with plain rates, is counted the same way in whole øre held in doubles (wholeAmounts.ts), with
// the same result to the last øre.
//
// The unit (0.01, 1 or 1000 kr) is what the results are rounded to, each once, from its exact
// value, by the rules below. Left out, it is the øre (0.01), so the results are exact to the øre,
// as they always were; the other money functions default to 1 kr, but a variance explains, and a
// carry-over carries, amounts that are already booked to the øre. The amount limit is the one at
// the unit (money.ts), for the amounts and the results alike: 7e13 kr at 0.01, 1e15 kr at 1 and 1000.
//
// variance(actual, budget, [actualQty], [budgetQty], [unit]) -> [total, volume, price]
//   total  = actual - budget, rounded half away from zero to the unit (positive = overspend,
//            merforbrug; negative = underspend)
//   With quantities (bed days, DRG points, visits):
//     budget price = budget / budgetQty
//     volume = (actualQty - budgetQty) x budget price, computed exactly and rounded half away
//              from zero to the unit  (mængdeafvigelse)
//     price  = total - volume, exactly (prisafvigelse), which equals
//              (actual price - budget price) x actualQty up to the rounding of total and volume.
//   So volume + price = total exactly, at every unit.
//   Without quantities: [total, 0, total]. No activity was given, so activity is taken as
//   budgeted (actualQty = budgetQty): nothing is explained by volume and the whole variance is a
//   price (spending) variance. This is the same answer as giving any equal quantities
//   (variance(a, b) = variance(a, b, q, q) for every q > 0), so adding activity data later only
//   moves part of the variance from price to volume, never changes the total.
//   A quantity on only one side is an error (VARIANCE_QTY_ONE_SIDED); a budget quantity of 0 has
//   no budget price (VARIANCE_BUDGET_QTY_ZERO). An actual quantity of 0 is allowed: then volume =
//   -budget and price = actual (all of the actual spend is unexplained by activity).
//   Quantities are 0 or more and at most 1e15. Variance is odd at every unit: variance(-a, -b, qa,
//   qb) is exactly minus variance(a, b, qa, qb) (rounding half away from zero is symmetric).
//
// carryover(budget, actual, [capRate = 0.02], [unit], [capBase = budget], [share = 1]) -> the amount carried to next year
//   result = budget - actual (positive = underspend, mindreforbrug)
//   cap    = capRate x |capBase|, rounded half away from zero to 0.01 kr. The base is the budget
//            unless another is given: the rule differs between regions, e.g. 0.5 % of the net
//            operating frame, or 2 % of the corrected base budget, so the cap may be on a budget
//            other than the line's own
//   share  = the part of an underspend that may be carried at all, from 0 to 1 (1: all of it up
//            to the cap; 0.5: half; 0: a unit that carries no underspend)
//   underspend (result > 0): min(share x result (rounded half away from zero to 0.01 kr), cap)
//                            is carried, rounded DOWN (toward zero) to the unit,
//                            so what is carried never exceeds the cap (regional practice: up to
//                            0.5 % of the net operating frame, or 2 % of the corrected base budget)
//   overspend  (result <= 0): carried in full as a negative amount, -(actual - budget), rounded
//                            AWAY from zero to the unit, so the deficit carried is never smaller
//                            than the overspend
//   At 0.01 neither rounds anything: the cap and the result are whole øre already.
//   capRate is from 0 to 1 (0.005 for 0.5 %, 0.02 for 2 %), and so is share. An overspend is
//   carried in full whatever the cap, its base and the share.
//   Income lines (negative budgets): the rule applies to the net result, as the practice does
//   (the cap is on the net frame): a better result than budgeted (budget - actual > 0, e.g. more
//   income: budget -100, actual -120) is underspend and is capped at capRate x |budget|; a worse
//   one (less income) is carried in full. So the carry-over depends only on the result and the
//   size of the budget: carryover(-b, a - 2b) = carryover(b, a). It is deliberately NOT odd
//   (carryover(-b, -a) != -carryover(b, a) in general): an odd rule would cap an income shortfall
//   and carry an income surplus in full, the reverse of the incentive the cap exists for.

import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";
import { isBlank, PLAIN_DECIMAL, readAmount, shown } from "./read";
import { amountLimit, checkUnit, divideRounded, Exact, fromUnits, MAX_AMOUNT, toDecimal, type Rounding, type Unit } from "./money";
import { carryoverUnits, fractionOf, orePerUnit, oreOf } from "./wholeAmounts";

export const DEFAULT_CAP_RATE = 0.02;
/** Left out, the unit is the øre: the amounts are booked ones, and the results stay exact. */
export const DEFAULT_VARIANCE_UNIT: Unit = 0.01;

export const ACTUAL: Subject = { label: "actualAmount" };
export const BUDGET: Subject = { label: "budgetAmount" };
export const ACTUAL_QTY: Subject = { label: "actualQuantity" };
export const BUDGET_QTY: Subject = { label: "budgetQuantity" };
const TOTAL_VARIANCE: Subject = { label: "totalVariance" };
const VOLUME_VARIANCE: Subject = { label: "volumeVariance" };
const PRICE_VARIANCE: Subject = { label: "priceVariance" };
const CARRYOVER: Subject = { label: "carryover" };
export const CAP_BASE: Subject = { label: "capBase" };

const ONE_ORE = new Exact("0.01");

/** An amount in whole øre, rounded half away from zero, within the amount limit at the unit. */
function ore(value: unknown, what: Subject, unit: Unit): bigint {
  return divideRounded(toDecimal(readAmount(value, what), what, unit), ONE_ORE);
}

/** A quantity: 0 or more, at most 1e15, exact. */
function quantity(value: unknown, what: Subject): Exact {
  const exact = new Exact(readAmount(value, what));
  if (exact.isNegative() && !exact.isZero()) throw new BudgetError("VALUE_NEGATIVE", { what, value: exact });
  if (exact.gt(MAX_AMOUNT)) throw new BudgetError("VALUE_TOO_LARGE", { what, value: exact });
  return exact;
}

/** A rate from 0 to 1, exact, or null when the value is none; undefined is the default. */
function rateFrom(value: unknown, absent: number): Exact | null {
  if (value === undefined) return new Exact(absent);
  const number = typeof value === "number" && Number.isFinite(value) ? value : typeof value === "string" && PLAIN_DECIMAL.test(value.trim()) ? value.trim() : null;
  if (number === null) return null;
  const rate = new Exact(number);
  return rate.gte(0) && rate.lte(1) ? rate : null;
}

/** capRate from 0 to 1, exact; undefined means the default 2 %. */
function capRateOf(value: unknown): Exact {
  const rate = rateFrom(value, DEFAULT_CAP_RATE);
  if (rate === null) throw new BudgetError("CAP_RATE_INVALID", { value: shown(value) });
  return rate;
}

/** The share of an underspend carried, from 0 to 1; undefined means all of it. */
function shareOf(value: unknown): Exact {
  const share = rateFrom(value, 1);
  if (share === null) throw new BudgetError("CARRY_SHARE_INVALID", { value: shown(value) });
  return share;
}

/** Results at one unit: øre counts rounded to it, and back to kroner after the amount limit. */
function resultsAt(unit: Unit) {
  const orePerUnit = new Exact(unit).dividedBy(ONE_ORE);
  return {
    /** An exact amount of øre, or of øre per `per`, as a count of units. */
    round: (amount: bigint | Exact, rounding: Rounding, per: Exact = new Exact(1)): bigint =>
      divideRounded(typeof amount === "bigint" ? new Exact(amount.toString()) : amount, per.times(orePerUnit), rounding),
    /** A count of units in kroner (the double nearest the exact amount, never -0). */
    kroner: (count: bigint, what: Subject): number => {
      const value = new Exact(count.toString()).times(unit);
      if (value.abs().gt(amountLimit(unit))) throw new BudgetError("AMOUNT_TOO_LARGE", { what, value, unit });
      return fromUnits(Number(count), unit);
    },
  };
}

/**
 * The variance actual - budget split into volume and price: [total, volume, price], in kroner
 * rounded to the unit (default the øre), with volume + price = total exactly. See the rules at the
 * top of this file. Checked in this order: unit, actual, budget, actual quantity, budget quantity.
 */
export function variance(
  actual: number | string,
  budget: number | string,
  actualQty?: number | string | null,
  budgetQty?: number | string | null,
  unit?: Unit,
): [number, number, number] {
  const at = checkUnit(unit, DEFAULT_VARIANCE_UNIT);
  const { round, kroner } = resultsAt(at);
  const a = ore(actual, ACTUAL, at);
  const b = ore(budget, BUDGET, at);
  const total = round(a - b, "halfAwayFromZero");
  const noActualQty = isBlank(actualQty);
  const noBudgetQty = isBlank(budgetQty);
  if (noActualQty && noBudgetQty) return [kroner(total, TOTAL_VARIANCE), 0, kroner(total, PRICE_VARIANCE)];
  if (noActualQty || noBudgetQty) {
    throw new BudgetError("VARIANCE_QTY_ONE_SIDED", { given: noActualQty ? "budget" : "actual" });
  }
  const qa = quantity(actualQty, ACTUAL_QTY);
  const qb = quantity(budgetQty, BUDGET_QTY);
  if (qb.isZero()) throw new BudgetError("VARIANCE_BUDGET_QTY_ZERO");
  // volume in units = (qa - qb) x b / (qb x øre per unit), one exact division rounded half away from zero
  const volume = round(qa.minus(qb).times(b.toString()), "halfAwayFromZero", qb);
  return [kroner(total, TOTAL_VARIANCE), kroner(volume, VOLUME_VARIANCE), kroner(total - volume, PRICE_VARIANCE)];
}

/**
 * What carries over to next year: share x underspend, up to capRate x |capBase| (each rounded to
 * øre; the base is the budget unless given), rounded down to the unit; overspend in full as a
 * negative amount, rounded away from zero to the unit (default the øre). See the rules at the top
 * of this file. Checked in this order: unit, budget, actual, capRate, capBase, share.
 */
export function carryover(
  budget: number | string,
  actual: number | string,
  capRate?: number | string,
  unit?: Unit,
  capBase?: number | string,
  share?: number | string,
): number {
  const at = checkUnit(unit, DEFAULT_VARIANCE_UNIT);
  return carryoverWhole(budget, actual, capRate, at, capBase, share) ?? carryoverExact(budget, actual, capRate, at, capBase, share);
}

/** carryover on the decimal path alone: the reference the integer path is tested against. */
export function carryoverDecimal(budget: number | string, actual: number | string, capRate?: number | string, unit?: Unit, capBase?: number | string, share?: number | string): number {
  return carryoverExact(budget, actual, capRate, checkUnit(unit, DEFAULT_VARIANCE_UNIT), capBase, share);
}

function carryoverExact(budget: number | string, actual: number | string, capRate: number | string | undefined, at: Unit, capBase: number | string | undefined, share: number | string | undefined): number {
  const { round, kroner } = resultsAt(at);
  const b = ore(budget, BUDGET, at);
  const a = ore(actual, ACTUAL, at);
  const rate = capRateOf(capRate);
  const base = capBase === undefined ? b : ore(capBase, CAP_BASE, at);
  const part = shareOf(share);
  const result = b - a;
  if (result <= 0n) return kroner(round(result, "awayFromZero"), CARRYOVER);
  const toOre = (value: Exact) => BigInt(value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
  const cap = toOre(rate.times((base < 0n ? -base : base).toString()));
  const carried = toOre(part.times(result.toString()));
  return kroner(round(carried < cap ? carried : cap, "towardZero"), CARRYOVER);
}

/**
 * The carry-over on the integer path (wholeAmounts.ts) when the amounts are numbers of whole øre
 * within 7e13 kr and the rates plain numbers from 0 to 1; null otherwise, for the decimal path.
 */
function carryoverWhole(budget: unknown, actual: unknown, capRate: unknown, unit: Unit, capBase: unknown, share: unknown): number | null {
  const b = oreOf(budget);
  const a = oreOf(actual);
  const base = capBase === undefined ? b : oreOf(capBase);
  const rate = fractionOf(capRate, DEFAULT_CAP_RATE);
  const part = fractionOf(share, 1);
  if (Number.isNaN(b) || Number.isNaN(a) || Number.isNaN(base) || rate === null || part === null) return null;
  const count = carryoverUnits(b, a, base, rate, part, orePerUnit(unit));
  return count === null ? null : fromUnits(count, unit);
}
