// The historical profile: last years' consumption pattern, each year as shares of its own total,
// averaged over the years, each weight rounded half up to 10 decimals (like every profile builder,
// derivedProfiles.ts) and returned as the number nearest that decimal. The weights are exactly
// those of the definition in exact arithmetic (historicalProfileExact, derivedProfiles.ts), in
// time linear in the number of years; steps 1 and 2 below take memory independent of it.
//
// The exact average share of month m over the K kept years is Q = (1/K) x sum of q[y] with
// q[y] = a[y][m] / A[y], and the weight is N / 10^10 with N = floor(10^10 x Q + 1/2); N / 10^10 in
// floating point is the number nearest that decimal (one correctly rounded division). Only N needs
// to be exact; three steps find it, each only for the months the one before could not settle:
//
// 1. Floating point, one pass over the rows. A year whose months are whole kroner, or whole øre
//    (v = k / 100 with k = round(100 v): then v is the number nearest k / 100, and a decimal of at
//    most 15 digits is the shortest text of that number, the decimal every value is read as),
//    each at most 2^48 units, has integers a and A below 12 x 2^48 < 2^53: the sums are exact
//    and r = fl(a / A) is correctly rounded, |r - q| <= 2^-53 q <= 2^-52 r. Any other year is read
//    exactly from its decimals (BigInt) and r = fl(floor(2^64 a / A)) / 2^64, with
//    |r - q| <= 2^-52 r + 2^-64. Every r (0 <= r <= 1) is split exactly into h = fl(r + 2^23) - 2^23,
//    a multiple of 2^-29, and l = r - h, |l| <= 2^-30 (both subtractions are exact: Sterbenz, and l
//    is a multiple of ulp(r) below 2^-30). For up to 2^23 years the sum H of the h is exact (steps
//    of 2^-29 below 2^24); the l are added in order, which misses their sum by at most
//    (n-1) u / (1 - (n-1) u) x n x 2^-30 < n^2 x 2^-83 (recursive summation, u = 2^-53, n = K).
//    t~ = fl(fl(fl(H + L) x 10^10) / K) adds three roundings; with the shares' errors the exact
//    t = 10^10 x Q lies within 2^-50 t~ + 10^10 x 2^-64 + 10^10 x n x 2^-83 < 2^-50 t~ + 2^-30 + n x 2^-49
//    of t~ (the first term covers a relative 2.5 x 2^-52). The month is settled when t~ is farther
//    than D = 2^-48 t~ + 2^-25 + n x 2^-47 from both half-way points around it, N - 1/2 and N + 1/2;
//    D is four times that bound, which covers the rounding of the two comparisons. Random data
//    lands that close to a half-way point about once in 10^5 months.
// 2. Fixed point, exact integers: F = sum of floor(2^P a / A) at P = 128 bits puts 2^P x K x Q in
//    [F, F + K]; when N is the same at both ends, it is N.
// 3. Exact: each share reduced (a / g over A / g, g their greatest common divisor), the numerators
//    added per denominator, and the sums over the least common multiple of the denominators. Only
//    a half-way point itself, or a sum within K x 2^-128 of one, gets here; the denominators of such
//    sums are small in practice (1/2^11, 1/2e10, 1/3e10), so the common multiple stays small and
//    the step linear too.
//
// The rows are checked in row order while the first pass runs: the shape of a row, then its values.

import { BudgetError, type Subject } from "./errors";
import { isBlank, readNumber, type Cell } from "./read";

/** One month of history: a number, or null (a blank cell: nothing booked). */
export type HistoryValue = number | null;

/** The cell in row `row` (a year), month `month` of a history, for messages. */
export const historySubject = (row: number, month: number): Subject => ({ label: "historyCell", row, month });

const MONTH_COUNT = 12;
/** 10^10: weights are rounded half up to 10 decimals, as every builder's (WEIGHT_DECIMALS). */
const GRID = 1e10;
const GRID_BIG = 10n ** 10n;
/** The largest whole number of units a month may hold in the floating-point step. */
const FAST_LIMIT = 2 ** 48;
/** Adding and taking away 2^23 leaves a share (0 to 1) rounded to a multiple of 2^-29. */
const SPLIT = 2 ** 23;
/** Up to 2^23 years the sum of the rounded shares is exact (below 2^24 in steps of 2^-29). */
const MAX_FLOAT_YEARS = 2 ** 23;
const TWO_64 = 2 ** 64;
/** The fixed point of step 2. */
const FIXED_BITS = 128n;

/** A year read exactly: month amounts and their total, in one common decimal unit. */
interface ExactYear {
  months: bigint[];
  total: bigint;
}

/** A positive number as M x 10^E exactly as it prints (the decimal every value is read as). */
function decimalOf(value: number): { digits: bigint; exponent: number } {
  const text = String(value);
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  let exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  if (dot < 0) return { digits: BigInt(mantissa), exponent };
  exponent -= mantissa.length - dot - 1;
  return { digits: BigInt(mantissa.slice(0, dot) + mantissa.slice(dot + 1)), exponent };
}

/**
 * A month that is not a finite number, as the profile counts it: blank is 0 (from cells, text of
 * only spaces is blank too); anything else is refused with its message, or counts as 0 if negative.
 */
function otherMonth(value: unknown, fromCells: boolean, row: number, month: number): number {
  if (value === null || value === undefined || (fromCells && isBlank(value))) return 0;
  const number = readNumber(value, historySubject(row + 1, month + 1));
  return number > 0 ? number : 0;
}

/**
 * Checks row r and reads its months into `units` as whole units of one common size; returns their
 * total, exact: 0 for a year with nothing booked (left out), -1 when the year is not in whole
 * kroner or øre within FAST_LIMIT (then `values` holds the months as counted, for exactYear).
 */
function readYear(actuals: readonly unknown[], fromCells: boolean, r: number, units: Float64Array, values: Float64Array): number {
  const row = actuals[r];
  if (!Array.isArray(row)) throw new BudgetError("HISTORY_SHAPE");
  if (row.length !== MONTH_COUNT) throw new BudgetError("HISTORY_LENGTH", { row: r + 1, count: row.length });
  let whole = true;
  let total = 0;
  for (let m = 0; m < MONTH_COUNT; m++) {
    const cell: unknown = row[m];
    const v = typeof cell === "number" && cell - cell === 0 ? (cell > 0 ? cell : 0) : otherMonth(cell, fromCells, r, m);
    values[m] = v;
    units[m] = v;
    total += v;
    if (whole && !(v <= FAST_LIMIT && Math.floor(v) === v)) whole = false;
  }
  if (whole) return total;
  total = 0;
  for (let m = 0; m < MONTH_COUNT; m++) {
    const v = values[m];
    const ore = Math.round(v * 100);
    if (!(ore <= FAST_LIMIT && ore / 100 === v)) return -1;
    units[m] = ore;
    total += ore;
  }
  return total;
}

/** A year's months and total exactly, in units of its smallest decimal place. */
function exactYear(values: Float64Array): ExactYear {
  const parts = Array.from(values, (v) => (v > 0 ? decimalOf(v) : { digits: 0n, exponent: Number.POSITIVE_INFINITY }));
  const lowest = Math.min(...parts.map((p) => p.exponent));
  const months = parts.map((p) => (p.digits === 0n ? 0n : p.digits * 10n ** BigInt(p.exponent - lowest)));
  return { months, total: months.reduce((sum, a) => sum + a, 0n) };
}

/** The greatest common divisor of two whole numbers below 2^53 (remainders are exact). */
function gcdNumber(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** N = floor(10^10 x sum / (K x scale) + 1/2) for sum / scale, a share sum over K years. */
function roundedGrid(sum: bigint, scale: bigint, years: bigint): bigint {
  return (2n * GRID_BIG * sum + years * scale) / (2n * years * scale);
}

/** Every kept year's exact shares, handed to `visit` as numerators over one denominator. */
function eachYear(actuals: readonly unknown[], fromCells: boolean, visit: (months: ArrayLike<number | bigint>, total: number | bigint) => void): void {
  const units = new Float64Array(MONTH_COUNT);
  const values = new Float64Array(MONTH_COUNT);
  for (let r = 0; r < actuals.length; r++) {
    const total = readYear(actuals, fromCells, r, units, values);
    if (total > 0) visit(units, total);
    else if (total < 0) {
      const year = exactYear(values);
      if (year.total > 0n) visit(year.months, year.total);
    }
  }
}

/** Step 2 for the open months: N where 2^P x the share sum's interval [F, F + K] settles it. */
function fixedPoint(actuals: readonly unknown[], fromCells: boolean, open: number[], years: number, grid: (number | null)[]): void {
  const sums = open.map(() => 0n);
  eachYear(actuals, fromCells, (months, total) => {
    const divisor = BigInt(total);
    open.forEach((m, i) => {
      const a = months[m];
      if (a !== 0 && a !== 0n) sums[i] += (BigInt(a) << FIXED_BITS) / divisor;
    });
  });
  const k = BigInt(years);
  const scale = 1n << FIXED_BITS;
  open.forEach((m, i) => {
    const low = roundedGrid(sums[i], scale, k);
    if (low === roundedGrid(sums[i] + k, scale, k)) grid[m] = Number(low);
  });
}

/** Step 3 for one month: the share sum as one fraction over the common multiple of the reduced denominators. */
function exactGrid(actuals: readonly unknown[], fromCells: boolean, m: number, years: number): number {
  const byDenominator = new Map<bigint, bigint>();
  eachYear(actuals, fromCells, (months, total) => {
    const a = months[m];
    if (a === 0 || a === 0n) return;
    let numerator: bigint;
    let denominator: bigint;
    if (typeof a === "number" && typeof total === "number") {
      const g = gcdNumber(total, a);
      numerator = BigInt(a / g);
      denominator = BigInt(total / g);
    } else {
      const g = gcdBig(BigInt(total), BigInt(a));
      numerator = BigInt(a) / g;
      denominator = BigInt(total) / g;
    }
    byDenominator.set(denominator, (byDenominator.get(denominator) ?? 0n) + numerator);
  });
  let common = 1n;
  for (const d of byDenominator.keys()) common *= d / gcdBig(d, common % d);
  let sum = 0n;
  for (const [d, numerator] of byDenominator) sum += numerator * (common / d);
  return Number(roundedGrid(sum, common, BigInt(years)));
}

/**
 * A profile from one or more prior years' monthly actuals (k rows of 12). Each year is first
 * turned into shares of its own total, and the shares are then averaged over the years, so a
 * year with a large total does not outweigh a small one (pooling the amounts would).
 *
 * Bad months, by rule:
 * - a blank month (null or undefined) counts as 0: nothing was booked;
 * - a negative month (a correction or refund) counts as 0 for the shape; it is not netted
 *   against the other months;
 * - a year whose total is then 0 is left out of the average;
 * - if no year is left, the history cannot give a shape: HISTORY_EMPTY.
 *
 * Each weight is the average share rounded half up to 10 decimals, so the weights sum to 1 within
 * 12 x 0.00000000005.
 */
export function historicalProfile(actuals: readonly (readonly HistoryValue[])[]): number[] {
  return settle(actuals, false, null);
}

/**
 * The same from cells as a host hands them over (BUDGET.PROFILE "historical"): a blank cell,
 * or text of only spaces, is nothing booked; any other cell that is not a number is refused with
 * the same message, in the same order. The cells are read where they are, not copied.
 */
export function historicalProfileOfCells(rows: readonly (readonly Cell[])[]): number[] {
  return settle(rows, true, null);
}

/** The step (1, 2 or 3, see the top of this file) that settled each month's weight, for the tests. */
export function historicalSteps(actuals: readonly (readonly HistoryValue[])[]): number[] {
  const steps: number[] = [];
  settle(actuals, false, steps);
  return steps;
}

/** Scratch months for the first pass, reused from call to call (the core is single-threaded; a forecast builds a profile per line). */
const scratch = { units: new Float64Array(MONTH_COUNT), values: new Float64Array(MONTH_COUNT), high: new Float64Array(MONTH_COUNT), low: new Float64Array(MONTH_COUNT) };

/** Adds one year's shares a / total (0 <= a <= total, whole numbers) to the split sums of step 1. */
function addShares(units: ArrayLike<number>, from: number, sign: number, total: number, high: Float64Array, low: Float64Array): void {
  for (let m = 0; m < MONTH_COUNT; m++) {
    const a = sign * units[from + m];
    if (!(a > 0)) continue;
    const share = a / total;
    const h = share + SPLIT - SPLIT;
    high[m] += h;
    low[m] += share - h;
  }
}

/** The months' N, reused from call to call: valid until the next profile is made. */
const reusedGrid: (number | null)[] = new Array<number | null>(MONTH_COUNT).fill(null);

/** Step 1: N from the floating-point sums where it is settled, null where not. */
function firstPass(high: Float64Array, low: Float64Array, years: number): (number | null)[] {
  const grid = reusedGrid.fill(null);
  if (years <= MAX_FLOAT_YEARS) {
    const spread = years * 2 ** -47 + 2 ** -25;
    for (let m = 0; m < MONTH_COUNT; m++) {
      const t = ((high[m] + low[m]) * GRID) / years;
      const d = t * 2 ** -48 + spread;
      const n = Math.floor(t + 0.5);
      if (t - d > n - 0.5 && t + d < n + 0.5) grid[m] = n;
    }
  }
  return grid;
}

const weightsOf = (grid: readonly (number | null)[]): number[] => grid.map((n) => (n === 0 || n === null ? 0 : n / GRID));

function settle(actuals: readonly (readonly unknown[])[], fromCells: boolean, steps: number[] | null): number[] {
  if (!Array.isArray(actuals)) throw new BudgetError("HISTORY_SHAPE");
  const rows: readonly unknown[] = actuals;
  const { units, values, high, low } = scratch;
  high.fill(0);
  low.fill(0);
  let years = 0;
  for (let r = 0; r < rows.length; r++) {
    const total = readYear(rows, fromCells, r, units, values);
    if (total === 0) continue;
    years++;
    if (total > 0) addShares(units, 0, 1, total, high, low);
    else {
      const year = exactYear(values);
      if (year.total === 0n) {
        years--;
        continue;
      }
      for (let m = 0; m < MONTH_COUNT; m++) {
        const a = year.months[m];
        if (a === 0n) continue;
        const share = Number((a << 64n) / year.total) / TWO_64;
        const h = share + SPLIT - SPLIT;
        high[m] += h;
        low[m] += share - h;
      }
    }
  }
  if (years === 0) throw new BudgetError("HISTORY_EMPTY");

  const grid = firstPass(high, low, years);
  const open = (step: number): number[] => {
    if (steps) grid.forEach((n, m) => (n !== null && steps[m] === undefined ? (steps[m] = step) : undefined));
    return grid.flatMap((n, m) => (n === null ? [m] : []));
  };
  if (steps !== null || grid.includes(null)) {
    const afterFloat = open(1);
    if (afterFloat.length > 0) fixedPoint(rows, fromCells, afterFloat, years, grid);
    for (const m of open(2)) grid[m] = exactGrid(rows, fromCells, m, years);
    open(3);
  }
  return weightsOf(grid);
}

/**
 * The first pass alone, for a history its caller has read and checked already (the forecast, line
 * by line): `years` rows of 12 months in `units`, whole numbers of one common unit of at most
 * 2^48 each, taken times `sign` (a negative month counting as 0 as always). Each month's N (the
 * weight times 10^10; valid until the next profile is made), or null when the first pass leaves a
 * month open: then historicalProfile() of the rows decides. HISTORY_EMPTY when no year has
 * anything booked.
 */
export function historicalGridOfUnits(units: Float64Array, years: number, sign: 1 | -1): (number | null)[] | null {
  const { high, low } = scratch;
  high.fill(0);
  low.fill(0);
  let kept = 0;
  for (let r = 0; r < years; r++) {
    let total = 0;
    for (let m = 0; m < MONTH_COUNT; m++) {
      const a = sign * units[r * MONTH_COUNT + m];
      if (a > 0) total += a;
    }
    if (total === 0) continue;
    kept++;
    addShares(units, r * MONTH_COUNT, sign, total, high, low);
  }
  if (kept === 0) throw new BudgetError("HISTORY_EMPTY");
  const grid = firstPass(high, low, kept);
  return grid.includes(null) ? null : grid;
}
