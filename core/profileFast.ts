// The fast path of the profile method along the budget (no history), in floating point, for the
// common line. It returns exactly what the decimal path (projection.ts) returns; anything outside
// its conditions returns null and goes the decimal path, with its checks and messages.
//
// Every amount is read as a whole number k of 1/s kroner (s = 100 at unit 0.01, else 1), with
// |k| <= 2^48. Such k are doubles, and the amount is exactly k / s: at s = 100 the check
// fl(k / 100) === v says v is the double nearest to k / 100, and a decimal of at most 15 digits is
// the shortest text of that double, which is what the decimal path reads. With m <= 11 booked
// months, a = sum of booked k and total = sum of the 12 budget |k| stay below 12 x 2^48 < 2^52,
// so the sums are exact. With u = unit x s (1 or 1000) and D = cum x u, the test
// |a| x total + D < 2^53 is exact in floating point (rounding is monotone and 2^53 is a double),
// and under it |a| x total, D and the floor divisions below are exact: T = round(a x total / D),
// round(A) = round(a / u) and R = T - round(A) are the exact integers, as the decimal path's
// (exact sums and products, one exact rounded division: money.ts divideRounded). The spread is
// apportionFloat, exact under |R| x max weight + their sum <= 2^53 (checked per line); the
// weights |k| are the decimal path's weights times one common factor, which changes no floor,
// remainder order or tie.

import { apportionFloat, floorDivide } from "./apportion";
import { adjustmentSubject, type ForecastOptions } from "./forecastTerms";
import { fromUnitsInto, MAX_AMOUNT_ORE, toUnits } from "./money";
import { MONTHS } from "./profiles";

/** 2^53: below it every whole number is a double. */
const EXACT = 2 ** 53;
/** The largest |k| the fast path takes, 2^48 (12 of them sum below 2^52). */
const FAST_LIMIT = 2 ** 48;

/** Scratch weights and parts of the remaining months, one pair per count of remaining months. */
const fastWeights = Array.from({ length: MONTHS }, (_, k) => new Float64Array(k));
const fastParts = Array.from({ length: MONTHS }, (_, k) => new Float64Array(k));

/** An amount as whole 1/s kroner, or NaN when it is not one within the fast path's limit. */
function wholeAt(value: unknown, s: number): number {
  if (typeof value !== "number") return NaN;
  const k = s === 1 ? value : Math.round(value * s);
  return Number.isInteger(k) && Math.abs(k) <= FAST_LIMIT && (s === 1 || k / s === value) ? k : NaN;
}

/** round(n / d) half away from zero, for whole n and d > 0 with |n| + d <= 2^53. */
function roundHalfAway(n: number, d: number): number {
  const magnitude = n < 0 ? -n : n;
  const q = floorDivide(magnitude, d);
  const rounded = 2 * (magnitude - q * d) >= d ? q + 1 : q;
  return n < 0 ? -rounded : rounded;
}

/**
 * The profile method along the budget's own shape, in floating point, when the line meets the
 * conditions above (and its adjustments are plain numbers); null sends it to the decimal path.
 * Exported so the tests can tell which path a line took.
 */
export function profileFast(actuals: readonly (number | null)[], budget: readonly number[], options: ForecastOptions): number[] | null {
  if (options.method !== "profile" || options.history !== undefined) return null;
  const unit = options.unit ?? 1;
  if (unit !== 0.01 && unit !== 1 && unit !== 1000) return null;
  // below, budget.length (checked to be 12) stands for the imported MONTHS, which the test
  // runner's module transform turns into a getter call at every use
  if (!Array.isArray(actuals) || !Array.isArray(budget) || budget.length !== MONTHS || actuals.length > budget.length) return null;
  const s = unit === 0.01 ? 100 : 1;
  const u = unit === 1000 ? 1000 : 1;

  let m = 0;
  let a = 0;
  for (let i = 0; i < actuals.length; i++) {
    const value = actuals[i];
    if (value === null || value === undefined) continue;
    if (m < i) return null; // a gap
    const k = wholeAt(value, s);
    if (k !== k) return null;
    a += k;
    m++;
  }
  const monthCount = budget.length;
  if (m === 0 || m === monthCount) return null;

  const len = monthCount - m;
  const weights = fastWeights[len];
  let positive = false;
  let negative = false;
  let cum = 0;
  let total = 0;
  let maxWeight = 0;
  for (let i = 0; i < monthCount; i++) {
    const k = wholeAt(budget[i], s);
    if (k !== k) return null;
    if (k > 0) positive = true;
    else if (k < 0) negative = true;
    const w = k < 0 ? -k : k;
    total += w;
    if (i < m) cum += w;
    else {
      weights[i - m] = w;
      if (w > maxWeight) maxWeight = w;
    }
  }
  if ((positive && negative) || cum === 0) return null;
  const d = cum * u;
  if (!(Math.abs(a) * total + d < EXACT)) return null;

  const rest = roundHalfAway(a * total, d) - roundHalfAway(a, u);
  const sum = total - cum;
  const parts = fastParts[len];
  if (rest === 0) parts.fill(0);
  else if (sum > 0 && Math.abs(rest) * maxWeight + sum < EXACT) apportionFloat(rest, weights, sum, parts);
  else return null;

  const adjustments = options.adjustments;
  if (adjustments !== undefined) {
    if (!Array.isArray(adjustments) || adjustments.length !== monthCount) return null;
    // within these limits toUnits raises nothing and counts in safe integers, as prepare() does
    for (let i = 0; i < monthCount; i++) {
      const x: unknown = adjustments[i];
      if (typeof x !== "number" || !(Math.abs(x) <= MAX_AMOUNT_ORE)) return null;
    }
    for (let i = 0; i < len; i++) {
      const adjustment = toUnits(adjustments[m + i], unit, adjustmentSubject(m + i + 1)) as number;
      if (!(Math.abs(parts[i]) + Math.abs(adjustment) < EXACT)) return null;
      parts[i] += adjustment;
    }
  }

  const months = new Array<number>(monthCount);
  for (let i = 0; i < m; i++) months[i] = actuals[i] as number;
  fromUnitsInto(parts, unit, months, m);
  return months;
}
