// Re-spreading (omperiodisering): the annual budget changes mid-year, the months already past (or
// already booked as actuals) stay exactly as they are, and only the rest is spread again over the
// months still to come (the worksheet function BUDGET.REPERIODIZE, in Danish BUDGET.OMPERIODISER).
//
// The rules, in order:
//
// 1. Months 1..lockedThrough are returned exactly as given (a month given as text is returned as
//    the nearest number; -0 is returned as 0). They need not be whole multiples of the unit.
// 2. The rest is the new annual amount rounded half away from zero to the unit, minus the exact
//    decimal sum of the locked months. The remaining months are whole multiples of the unit, so
//    the rest must be one too: if the locked months sum to something off the unit (actuals with
//    øre at unit 1 kr, say), that is the error LOCKED_NOT_ON_UNIT, naming the first locked month
//    off the unit. Nothing is rounded away silently and no month "takes the rest": the months
//    always add up exactly to the new annual amount rounded to the unit. Locked months that are
//    off the unit one by one but sum to a whole number of units (0.50 + 0.50 at 1 kr) are fine.
// 3. The rest is split over months lockedThrough+1..12 by largest remainder (core/apportion.ts:
//    ties to the larger weight, then the earlier month), along
//    - an explicit profile (12 weights or a built-in name): the whole profile is checked as in
//      periodize, then only the weights of the remaining months are used; if those are all 0,
//      that is the error REMAINING_WEIGHTS_ZERO (whatever the rest is, so a line does not start
//      failing the month its rest stops being 0);
//    - no profile: the current shape of the remaining months. If they are all of one sign (all
//      >= 0 or all <= 0) and not all 0, their sizes (absolute values) are the weights, so an
//      income line (negative in Danish public accounts) keeps its shape just like an expense line
//      and reperiodize(-A, -months, k) is exactly -reperiodize(A, months, k). If they are all 0 or
//      of mixed signs they say nothing usable about the timing, and the rest is spread equally.
//      A month given as text is weighed as its nearest number (the same decimal for amounts of up
//      to 15 significant digits).
// 4. lockedThrough = 12: nothing is spread. The months come back unchanged if they add up exactly
//    to the new annual amount rounded to the unit, else LOCKED_ALL_MISMATCH.
//    lockedThrough = 0: exactly periodize(newAnnual, profile) (the current shape if no profile).
// 5. Negative rests are split as their absolute value and negated (apportion), so signs are
//    symmetric. The rest may not exceed the amount limit (1e15, or 7e13 at unit 0.01), so every
//    month stays an exact double (REST_TOO_LARGE; only reachable with locked months of the
//    opposite sign to the annual amount).
//
// Checks run in this order: options, the shape of months, lockedThrough, the profile, the new
// annual amount, the 12 month values (months 1..12), then rules 2, 4 and 5.

import Decimal from "decimal.js";
import { apportion, prepareWeights, type Weights } from "./apportion";
import { ANNUAL, BudgetError, type Subject } from "./errors";
import { shown } from "./read";
import { fromBigUnits, fromUnits, MAX_AMOUNT, MAX_AMOUNT_ORE, toDecimal, toUnits, type Unit, type Units } from "./money";
import { profileWeights, resolveOptions, type Profile } from "./periodize";
import { MONTHS } from "./profiles";

export interface ReperiodizeOptions {
  /** 12 weights or a built-in profile name; by default the current shape of the remaining months. */
  profile?: Profile;
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
  /** Budget year (the calendar year); built-in calendar profiles depend on it. */
  year?: number;
}

/** Month i (1-based) as the subject of an amount message: "month 3 is not a finite number". */
export const monthSubject = (month: number): Subject => ({ label: "month", month });

/** An exact decimal: digits x 10^-scale. */
interface Exact {
  digits: bigint;
  scale: number;
}

/** A Decimal as digits and scale; toFixed() without arguments writes every digit, no exponent. */
function exactOf(value: Decimal): Exact {
  const text = value.toFixed();
  const dot = text.indexOf(".");
  if (dot < 0) return { digits: BigInt(text), scale: 0 };
  return { digits: BigInt(text.slice(0, dot) + text.slice(dot + 1)), scale: text.length - dot - 1 };
}

/** The exact sum of decimals, on their common scale. */
function exactSum(values: readonly Exact[]): Exact {
  const scale = Math.max(0, ...values.map((v) => v.scale));
  let digits = 0n;
  for (const v of values) digits += v.digits * 10n ** BigInt(scale - v.scale);
  return { digits, scale };
}

/** The decimal as plain text ("-1234.5", "0.005"), for messages. */
const exactText = (value: Exact): string => new Decimal(`${value.digits}e-${value.scale}`).toFixed();

/** log10 of each unit: the unit is 10^e kroner. */
const UNIT_EXPONENT: Record<Unit, number> = { 0.01: -2, 1: 0, 1000: 3 };

/** A count of units as plain text in kroner ("1260000", "-0.05"), for messages. */
const unitsText = (count: bigint, unit: Unit): string =>
  exactText(unit === 0.01 ? { digits: count, scale: 2 } : { digits: count * BigInt(unit), scale: 0 });

/** The decimal as a whole number of units, or null when it is not a whole multiple of the unit. */
function unitsOf(value: Exact, unit: Unit): bigint | null {
  const shift = value.scale + UNIT_EXPONENT[unit]; // value / unit = digits / 10^shift
  if (shift <= 0) return value.digits * 10n ** BigInt(-shift);
  const divisor = 10n ** BigInt(shift);
  return value.digits % divisor === 0n ? value.digits / divisor : null;
}

const toCount = (count: bigint): Units => (count >= -BigInt(Number.MAX_SAFE_INTEGER) && count <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(count) : count);

const fromCount = (count: Units, unit: Unit): number => (typeof count === "bigint" ? fromBigUnits(count, unit) : fromUnits(count, unit));

/** A month kept as it was: the number itself (text as its nearest number), never -0. */
function kept(month: number | string): number {
  const value = typeof month === "number" ? month : Number(month.trim());
  return value === 0 ? 0 : value;
}

/** The weights of the remaining months when no profile is given (rule 3, second case). */
function shapeWeights(remaining: readonly (number | string)[]): Weights {
  const values = remaining.map((m) => (typeof m === "number" ? m : Number(m.trim())));
  const positive = values.some((v) => v > 0);
  const negative = values.some((v) => v < 0);
  if (positive === negative) return prepareWeights(values.map(() => 1)); // all 0, or mixed signs
  return prepareWeights(values.map((v) => Math.abs(v)));
}

/**
 * Re-spreads a line mid-year: months 1..lockedThrough are kept exactly, and the new annual amount
 * (rounded to the unit) minus their sum is split over the remaining months along the profile, or
 * along the current shape of the remaining months when no profile is given. See the rules above.
 */
export function reperiodize(
  newAnnual: number | string,
  months: readonly (number | string)[],
  lockedThrough: number,
  options: ReperiodizeOptions = {},
): number[] {
  const { unit, year } = resolveOptions({ unit: options.unit, year: options.year });
  if (months.length !== MONTHS) throw new BudgetError("MONTHS_LENGTH", { count: months.length });
  if (typeof lockedThrough !== "number" || !Number.isInteger(lockedThrough) || lockedThrough < 0 || lockedThrough > MONTHS) {
    throw new BudgetError("LOCKED_INVALID", { value: shown(lockedThrough) });
  }
  const locked = lockedThrough;
  const from = locked + 1; // the first month re-spread

  let weights: Weights | null = null;
  if (options.profile !== undefined && options.profile !== null) {
    const all = profileWeights(options.profile, year);
    prepareWeights(all); // the whole profile must be valid, as in periodize
    if (locked < MONTHS) {
      const remaining = all.slice(locked);
      if (remaining.every((w) => w === 0)) throw new BudgetError("REMAINING_WEIGHTS_ZERO", { from });
      weights = prepareWeights(remaining);
    }
  }

  const target = BigInt(toUnits(newAnnual, unit, ANNUAL));
  const values = months.map((m, i) => exactOf(toDecimal(m, monthSubject(i + 1), unit)));

  if (locked === MONTHS) {
    const sum = exactSum(values);
    const units = unitsOf(sum, unit);
    if (units !== target) {
      throw new BudgetError("LOCKED_ALL_MISMATCH", {
        sum: new Decimal(exactText(sum)),
        annual: new Decimal(unitsText(target, unit)),
      });
    }
    return months.map(kept);
  }

  const lockedSum = exactSum(values.slice(0, locked));
  const lockedUnits = unitsOf(lockedSum, unit);
  if (lockedUnits === null) {
    const first = values.findIndex((v, i) => i < locked && unitsOf(v, unit) === null);
    throw new BudgetError("LOCKED_NOT_ON_UNIT", {
      month: first + 1,
      value: new Decimal(exactText(values[first])),
      locked,
      sum: new Decimal(exactText(lockedSum)),
      unit,
      ore: unitsOf(lockedSum, 0.01) !== null,
    });
  }

  const rest = target - lockedUnits;
  const limit = unit === 0.01 ? BigInt(MAX_AMOUNT_ORE) * 100n : BigInt(MAX_AMOUNT) / BigInt(unit);
  if (rest > limit || rest < -limit) {
    throw new BudgetError("REST_TOO_LARGE", {
      from,
      value: new Decimal(unitsText(rest, unit)),
      unit,
    });
  }

  const spread = apportion(toCount(rest), weights ?? shapeWeights(months.slice(locked)));
  const result = months.slice(0, locked).map(kept);
  for (const count of spread) result.push(fromCount(count, unit));
  return result;
}
