// Money at the boundary: amounts come in as numbers or decimal strings and are counted in whole
// rounding units (øre, kroner or thousands), so every sum inside the core is integer arithmetic.
// Rounding is half away from zero (Excel's ROUND), so -A rounds to exactly minus what A rounds to.

import Decimal from "decimal.js";
import { BudgetError, type Subject } from "./errors";
import { readAmount, shown } from "./read";

export const UNITS = [0.01, 1, 1000] as const;
export type Unit = (typeof UNITS)[number];

/**
 * The rounding unit a caller gave: left out (undefined or null) is the function's default, 1 kr
 * unless it says otherwise; anything but 0.01, 1 or 1000 is refused.
 */
export function checkUnit(unit: unknown, absent: Unit = 1): Unit {
  if (unit === undefined || unit === null) return absent;
  if (unit === 1 || unit === 0.01 || unit === 1000) return unit;
  throw new BudgetError("UNIT_INVALID", { value: shown(unit) });
}

/** Amounts beyond this are refused: no Danish public budget line comes near it. */
export const MAX_AMOUNT = 1e15;
/**
 * In øre the limit is lower: below 2^46 (7.04e13) doubles lie at most 1/128 kr apart, so every
 * amount in whole øre is its own double and reads back as the same øre.
 */
export const MAX_AMOUNT_ORE = 7e13;

/** The amount limit at a unit (messages state it from the unit). */
export function amountLimit(unit: Unit | undefined): number {
  return unit === 0.01 ? MAX_AMOUNT_ORE : MAX_AMOUNT;
}

/**
 * Throws TOTAL_TOO_LARGE unless a total of many lines (a check total, not an amount written) lies
 * within the amount limit at the unit: beyond it, it is no exact double, so the check it serves
 * cannot be made to the last unit.
 */
export function checkTotal(total: number, what: Subject, unit: Unit): void {
  if (Math.abs(total) <= amountLimit(unit)) return;
  throw new BudgetError("TOTAL_TOO_LARGE", { what, value: new Decimal(total), unit });
}

/**
 * Throws RESULT_TOO_LARGE unless a result (a sum, a projection) lies within the amount limit at
 * the unit, so that no amount beyond it ever comes out.
 */
export function checkResult(result: number | Decimal, what: Subject, unit: Unit | undefined): void {
  const max = amountLimit(unit);
  const within = typeof result === "number" ? Math.abs(result) <= max : result.abs().lessThanOrEqualTo(max);
  if (!within) throw new BudgetError("RESULT_TOO_LARGE", { what, value: typeof result === "number" ? new Decimal(result) : result, unit });
}

/**
 * Decimals for exact plus, minus and times: decimal.js rounds every result to `precision`
 * significant digits (20 by default, too few for an amount times an amount), and 1e9 is never
 * reached. Division is not exact in any precision: use divideRounded.
 */
export const Exact = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Exact>;

/** How a quotient is rounded to an integer; each is symmetric, so -x rounds to minus what x rounds to. */
export type Rounding = "halfAwayFromZero" | "towardZero" | "awayFromZero";

/** numerator / denominator (denominator > 0) rounded to an integer, exactly: half away from zero unless told. */
export function divideRounded(numerator: Decimal, denominator: Decimal, rounding: Rounding = "halfAwayFromZero"): bigint {
  const places = Math.max(numerator.decimalPlaces(), denominator.decimalPlaces());
  const scale = new Exact(10).pow(places);
  const n = BigInt(new Exact(numerator).times(scale).toFixed(0));
  const d = BigInt(new Exact(denominator).times(scale).toFixed(0));
  let q = n / d;
  const r = n % d;
  const away = rounding === "awayFromZero" ? r !== 0n : rounding === "halfAwayFromZero" && 2n * (r < 0n ? -r : r) >= d;
  if (away) q += n < 0n ? -1n : 1n;
  return q;
}

/** A count of rounding units: a safe integer number where it fits, else a bigint. */
export type Units = number | bigint;

/** Parses an amount given as a number or a plain decimal string ("-1234.56") into a Decimal. */
export function toDecimal(amount: number | string, what: Subject, unit?: Unit): Decimal {
  const max = amountLimit(unit);
  const value = new Decimal(readAmount(amount, what));
  if (value.abs().greaterThan(max)) throw new BudgetError("AMOUNT_TOO_LARGE", { what, value: typeof amount === "number" ? amount : amount.trim(), unit });
  return value;
}

function decimalToUnits(value: Decimal, unit: Unit): Units {
  const count = value.dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return count.abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) ? count.toNumber() : BigInt(count.toFixed(0));
}

/**
 * The amount rounded to the unit, as a count of units. Numbers take a float fast path unless
 * they lie so near a rounding boundary that only decimal arithmetic can tell the side.
 */
export function toUnits(amount: number | string, unit: Unit, subject: Subject): Units {
  if (typeof amount === "number" && Number.isFinite(amount) && Math.abs(amount) <= MAX_AMOUNT_ORE) {
    const scaled = unit === 0.01 ? amount * 100 : amount / unit;
    const whole = Math.trunc(scaled);
    const fraction = Math.abs(scaled - whole);
    // scaling by 100 or 1/1000 costs at most an ulp or so; stay clear of .5 by far more than that.
    // Unit 1 scales nothing, so the comparison is exact: k + 0.5 is a double below 2^52, and the
    // shortest decimal of a double lies on the same side of it (an exact .5 reads as .5).
    const tolerance = Math.max(1e-6, Math.abs(scaled) * 1e-15);
    if (Math.abs(scaled) < 2 ** 52 && (unit === 1 || Math.abs(fraction - 0.5) > tolerance)) {
      const count = fraction >= 0.5 ? whole + Math.sign(scaled) : whole;
      return count === 0 ? 0 : count;
    }
  }
  return decimalToUnits(toDecimal(amount, subject, unit), unit);
}

/** Units back to a number of kroner: the double nearest to the exact decimal amount. */
export function fromUnits(count: number, unit: Unit): number {
  if (count === 0) return 0;
  return unit === 0.01 ? count / 100 : count * unit;
}

/** Many counts back to kroner at once (one call per line keeps the hot loop cheap). */
export function fromUnitsAll(counts: ArrayLike<number>, unit: Unit): number[] {
  const amounts = new Array<number>(counts.length);
  fromUnitsInto(counts, unit, amounts, 0);
  return amounts;
}

/** The same written into `amounts` from position `at` on, after months kept as they are. */
export function fromUnitsInto(counts: ArrayLike<number>, unit: Unit, amounts: number[], at: number): void {
  for (let i = 0; i < counts.length; i++) amounts[at + i] = fromUnits(counts[i], unit);
}

/** The same for a bigint count (amounts beyond 2^53 øre). */
export function fromBigUnits(count: bigint, unit: Unit): number {
  if (count === 0n) return 0;
  return Number(new Decimal(count.toString()).times(unit).toString());
}

/** The exact sum of amounts that are whole multiples of the unit (for totals and checks). */
export function sumAmounts(amounts: readonly number[], unit: Unit, subject: Subject): number {
  let small = 0;
  let big = 0n;
  for (const amount of amounts) {
    const count = toUnits(amount, unit, subject);
    if (typeof count === "number" && Math.abs(small + count) <= Number.MAX_SAFE_INTEGER) small += count;
    else big += BigInt(count);
  }
  return big === 0n ? fromUnits(small, unit) : fromBigUnits(big + BigInt(small), unit);
}
