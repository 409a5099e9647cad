// Amounts as whole øre in doubles: the integer path of the follow-up (followupFast.ts) and of the
// carry-over (variance.ts). It gives exactly what the decimal path gives, or null (NaN for one
// amount) when a line is outside its conditions; then the decimal path runs, with its checks and
// messages.
//
// An amount v with |v| <= 7e13 kr (MAX_AMOUNT_ORE) is a whole number of øre when k = round(100 v)
// has fl(k / 100) === v: v is then the double nearest to k / 100, and below 2^46 doubles lie less
// than 1/100 kr apart, so no other amount of whole øre, and no shorter decimal, reads as v: k / 100
// is the decimal the exact path reads v as. Such k are at most 7e15 < 2^53, and their sums and
// differences are exact doubles while they stay within 2^53; the fast paths give up as soon as one
// passes ORE_LIMIT (7e15), long before. Back in kroner, fl(k / 100) is the double nearest to the
// exact amount, as Decimal's toNumber gives it.
//
// A rate or share from 0 to 1 is read as the exact fraction its shortest decimal is, n / 10^p; a
// whole k times it is rounded by whole-number division (doubles while the product stays below
// 2^53, BigInt beyond), so the rounding is the exact one.
//
// The projections' fast path (projectionFast.ts) reads amounts the same way at a scale s: whole
// 1/s kroner (s = 1 for whole kroner, 100 for whole øre), each at most 2^48 (FAST_LIMIT), so 12 of
// them sum below 2^52.

import { floorDivide } from "./apportion";
import { Exact, MAX_AMOUNT_ORE } from "./money";

/** The largest |k| of whole 1/s kroner the projections' fast path takes, 2^48. */
export const FAST_LIMIT = 2 ** 48;

/** The largest |øre| the integer path takes, for amounts and their sums: 7e13 kr. */
export const ORE_LIMIT = MAX_AMOUNT_ORE * 100;
const EXACT = 2 ** 53;

/** An amount as whole øre, or NaN when it is none within 7e13 kr. */
export function oreOf(value: unknown): number {
  if (typeof value !== "number") return NaN;
  const k = Math.round(value * 100);
  return k <= ORE_LIMIT && k >= -ORE_LIMIT && k / 100 === value ? k : NaN;
}

/** The scale the projections' fast path reads amounts at first for a unit: øre at 0.01, else kroner. */
export const scaleOf = (unit: 0.01 | 1 | 1000 | undefined): number => (unit === 0.01 ? 100 : 1);

/** An amount as whole 1/s kroner, or NaN when it is not one within FAST_LIMIT. */
export function wholeAt(value: unknown, s: number): number {
  if (typeof value !== "number") return NaN;
  const k = s === 1 ? value : Math.round(value * s);
  return Number.isInteger(k) && Math.abs(k) <= FAST_LIMIT && (s === 1 || k / s === value) ? k : NaN;
}

/** Whole øre back in kroner: the double nearest to the exact amount. */
export const kronerOf = (ore: number): number => ore / 100;

/** Whether a sum in øre is still on the integer path. */
export const within = (ore: number): boolean => ore <= ORE_LIMIT && ore >= -ORE_LIMIT;

/** A number as the exact fraction its shortest decimal is: numerator / scale (scale = 10^places). */
export interface Fraction {
  numerator: number;
  scale: number;
  big: { numerator: bigint; scale: bigint };
}

const fractions = new Map<number, Fraction>();

/** A finite number as an exact fraction; null for anything else. */
export function exactFraction(value: unknown): Fraction | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  let fraction = fractions.get(value);
  if (fraction === undefined) {
    const exact = new Exact(value);
    const places = exact.decimalPlaces();
    const numerator = BigInt(exact.times(new Exact(10).pow(places)).toFixed(0));
    const scale = 10n ** BigInt(places);
    fraction = { numerator: Number(numerator), scale: Number(scale), big: { numerator, scale } };
    // a report uses a rate or two; a cache of every rate ever seen would only grow
    if (fractions.size > 64) fractions.clear();
    fractions.set(value, fraction);
  }
  return fraction;
}

/**
 * A rate or share from 0 to 1 as an exact fraction (undefined: `absent`); null for anything else
 * (the decimal path then gives its message).
 */
export function fractionOf(value: unknown, absent: number): Fraction | null {
  const rate = value === undefined ? absent : value;
  if (typeof rate !== "number" || !(rate >= 0 && rate <= 1)) return null;
  return exactFraction(rate);
}

export type Rounding = "halfAwayFromZero" | "towardZero" | "awayFromZero";

/** n / d (d > 0) rounded to a whole number, for whole n with |n| + d < 2^53. */
export function divideWhole(n: number, d: number, rounding: Rounding): number {
  const magnitude = n < 0 ? -n : n;
  const q = floorDivide(magnitude, d);
  const r = magnitude - q * d;
  const away = rounding === "awayFromZero" ? r !== 0 : rounding === "halfAwayFromZero" && 2 * r >= d;
  const rounded = away ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

/** k x fraction, for whole k, rounded half away from zero: exactly. */
export function timesFraction(k: number, f: Fraction): number {
  const product = k * f.numerator;
  if (product < EXACT && product > -EXACT && f.scale < EXACT && (product < 0 ? -product : product) + f.scale < EXACT) {
    return divideWhole(product, f.scale, "halfAwayFromZero");
  }
  const n = BigInt(k) * f.big.numerator;
  const magnitude = n < 0n ? -n : n;
  let q = magnitude / f.big.scale;
  if (2n * (magnitude % f.big.scale) >= f.big.scale) q += 1n;
  return Number(n < 0n ? -q : q);
}

/** Whether |x| >= |y| x fraction, for whole x and y: exactly. */
export function atLeastFraction(x: number, y: number, f: Fraction): boolean {
  const left = Math.abs(x) * f.scale;
  const right = Math.abs(y) * f.numerator;
  if (left < EXACT && right < EXACT) return left >= right;
  return BigInt(Math.abs(x)) * f.big.scale >= BigInt(Math.abs(y)) * f.big.numerator;
}

/** Øre per unit of the results: 1 at 0.01, 100 at 1 kr, 100,000 at 1000 kr. */
export const orePerUnit = (unit: 0.01 | 1 | 1000): number => (unit === 0.01 ? 1 : unit * 100);

/**
 * The carry-over (variance.ts) of whole øre: budget b, actual a, cap base, as a count of units, or
 * null where the result passes 7e13 kr (the decimal path then gives its message). The rule:
 * share x underspend up to cap, each rounded half away from zero to the øre, rounded down to the
 * unit; an overspend in full, rounded away from zero to the unit.
 */
export function carryoverUnits(b: number, a: number, base: number, rate: Fraction, share: Fraction, perUnit: number): number | null {
  const result = b - a;
  if (!within(result)) return null;
  if (result <= 0) return result === 0 ? 0 : divideWhole(result, perUnit, "awayFromZero");
  const cap = timesFraction(base < 0 ? -base : base, rate);
  const carried = timesFraction(result, share);
  return divideWhole(carried < cap ? carried : cap, perUnit, "towardZero");
}

/**
 * round(a x b / d) half away from zero, exactly, for whole a, b >= 0 and d > 0 below 2^53. The
 * float quotient q = fl(fl(|a| x b) / d) is within 2 roundings, so |q - exact| < q x 2^-51; where
 * that cannot reach a half-way point, floor(q + 1/2) is the exact rounding (q < 2^51 keeps q's
 * fraction exact); else BigInt. NaN when the result is not below 2^53.
 */
export function roundedProduct(a: number, b: number, d: number): number {
  const magnitude = a < 0 ? -a : a;
  if (magnitude * b + d < EXACT) return divideWhole(a * b, d, "halfAwayFromZero");
  let rounded: number;
  const q = (magnitude * b) / d;
  const fraction = q - Math.floor(q);
  if (q < 2 ** 51 && Math.abs(fraction - 0.5) > q * 2 ** -51) rounded = fraction >= 0.5 ? Math.floor(q) + 1 : Math.floor(q);
  else {
    const n = BigInt(magnitude) * BigInt(b);
    const big = BigInt(d);
    const floor = n / big;
    rounded = Number(2n * (n - floor * big) >= big ? floor + 1n : floor);
  }
  if (!(rounded < EXACT)) return NaN;
  return a < 0 ? -rounded : rounded;
}
