// Allocating a requirement (udmøntning af produktivitets- og sparekrav): a total, such as the
// region's 2 % productivity requirement, is split over units (hospitals, departments) so that the
// parts add up exactly to the whole (DESIGN.md job 2, issue 4).
//
// The rules, in order:
//
// 1. Shares. Unit i's share of the total is proportional to its key: keys[i], by default bases[i]
//    (the general case: the same rate of every base). Exempt units (exempt[i] true, or key 0) get
//    exactly 0 and the other units carry the whole total.
// 2. Floors and caps are rates of base: for every unit that is not exempt,
//    minRate x base_i <= amount_i <= maxRate x base_i (no minRate: floor 0; no maxRate: no cap).
//    They are met by water-filling: the one scale lambda at which
//    sum_i clamp(lambda x key_i, floor_i, cap_i) = total. The units held at a bound stay there and
//    the free ones share the rest in proportion to their keys. When the floors alone exceed the
//    total, or the caps together cannot reach it, that is ALLOCATE_INFEASIBLE, with both numbers.
// 3. Exact. Keys, bases and rates are read as the decimals they print as (0.1 is one tenth, not the
//    nearest double), like profile weights in apportion.ts, so every unrounded amount is an exact
//    fraction. No floating-point result ever decides an amount: see "Speed" below.
// 4. Rounding. The total is rounded half away from zero to the unit (0.01, 1 or 1000 kr). Each unit
//    gets the whole units of its unrounded amount, and the units left over go one each to the
//    largest remainders, ties to the larger key and then the earlier position, so the amounts sum
//    exactly to the rounded total. Each amount is its unrounded amount rounded down or up, so a
//    unit held at its floor or cap may land within one unit of it after rounding, on either side
//    (a floor of 1,234.56 kr at unit 1 kr can come out as 1,234 kr).
// 5. Signs. A negative total (income is negative in Danish public accounts) gives exactly minus the
//    allocation of its absolute value; floors and caps bound the size of each amount.
//
// Checks run in this order: the unit, the total, the bases (unit by unit), the keys (length, then
// unit by unit), exempt (length, then unit by unit), minRate and maxRate, then "no unit can carry
// the total" and the floors and caps against the total. An empty list of bases is always an error;
// with every unit exempt, a total of 0 gives all zeros and any other total is an error.
//
// Speed. The exact answer needs products far beyond 2^53 (a remainder compares total x key_i with
// the sum of the keys), and 10,000 units must allocate within 10 times a naive floating-point split
// (bench/allocate.bench.ts). So when the keys (up to 2^50) and the floors and caps (up to 2^52)
// are integers that doubles hold exactly on their common decimal scales, a fast path finds the
// clamped units with floating-point Newton steps and then proves the answer exact: the sums are
// kept exactly (split into 26-bit halves, then bigint), and every comparison of two products that
// floating point cannot decide beyond its error bound, every amount within rounding error of a
// whole unit, and every remainder that might decide who gets a leftover unit is redone in bigint.
// If anything cannot be proven, the slower path does it all in bigint (sorting the breakpoints of
// the water-filling). Both give the same amounts, by construction and by test.

import { decimalParts } from "./apportion";
import { BudgetError, type Subject } from "./errors";
import { MAX_AMOUNT, toUnits, UNITS, type Unit } from "./money";

export interface AllocateOptions {
  /** One key per unit (beds, staff, budget shares, productivity keys); default: the bases. */
  keys?: readonly number[];
  /** Floor as a rate of base, e.g. 0.01: no unit below 1 % of its base. Default: no floor. */
  minRate?: number;
  /** Cap as a rate of base, e.g. 0.03: no unit above 3 % of its base. Default: no cap. */
  maxRate?: number;
  /** true for units exempt from the requirement (they get 0). */
  exempt?: readonly boolean[];
  /** Rounding unit in kroner: 0.01, 1 (default) or 1000. */
  unit?: Unit;
}

/** The total as the subject of amount messages: "total is not a finite number". */
export const TOTAL: Subject = { what: "total", whatDa: "total", blankDa: "tom" };

// --- reading decimals -------------------------------------------------------------------------

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact doubles up to 1e22
/** Integers read on the fast path stay at most 2^50, so value x 10^s is within 1/4 of one. */
const FAST_DIGITS = 2 ** 50;
const MAX_FAST_SCALE = 15;

/** Values as integers on one common decimal scale, in floating point. */
interface FastRead {
  scale: number;
  ints: Float64Array;
  /** The largest integer. */
  max: number;
  /** Their sum in floating point. */
  sum: number;
  /** Their exact sum. */
  exactSum: bigint;
}

/**
 * The non-negative values at positions `at` (all positions when null) as integers on one common
 * scale, all in floating point: c = round(v x 10^s) is the decimal v prints as when c / 10^s === v
 * and c <= 2^50. Then v is the double nearest c / 10^s, no other decimal with s places rounds to v
 * (doubles there lie less than 10^-s / 2 apart), and the shortest decimal form of v has at most s
 * places, so it is c / 10^s. Null when some value needs more than 15 places or 2^50.
 */
function readFast(values: readonly number[], at: Int32Array | null, n: number, slot: number): FastRead | null {
  if (n >= SPLIT) return null;
  const ints = floats(slot, n);
  let scale = 0;
  let p = 1;
  let max = 0;
  // the sum split into high and low 26 bits, so no add rounds (integers up to 2^50, fewer than
  // 2^26 of them)
  let high = 0;
  let low = 0;
  for (let j = 0; j < n; j++) {
    const v = values[at === null ? j : at[j]];
    let c = v;
    if (scale === 0 ? Math.floor(v) !== v : (c = Math.round(v * p)) / p !== v) {
      // more decimal places: raise the scale, and the integers read so far with it (the same
      // decimal on a finer scale: c x 10^d / 10^(s+d) is the same number, so it still reads as v)
      const from = scale;
      do {
        if (++scale > MAX_FAST_SCALE) return null;
        p = POW10[scale];
        c = Math.round(v * p);
      } while (c / p !== v && c <= FAST_DIGITS);
      const factor = POW10[scale - from];
      if (c > FAST_DIGITS || max * factor > FAST_DIGITS) return null;
      max *= factor;
      high = 0;
      low = 0;
      for (let i = 0; i < j; i++) {
        const w = (ints[i] *= factor);
        const h = Math.floor(w * INV_SPLIT);
        high += h;
        low += w - h * SPLIT;
      }
    }
    if (c > FAST_DIGITS) return null;
    ints[j] = c;
    const h = Math.floor(c * INV_SPLIT);
    high += h;
    low += c - h * SPLIT;
    if (c > max) max = c;
  }
  return { scale, ints, max, sum: high * SPLIT + low, exactSum: BigInt(high) * SPLIT_BIG + BigInt(low) };
}

/** The same in bigint, for any finite non-negative values. */
function readExact(values: readonly number[], at: Int32Array | null, n: number): { scale: number; ints: bigint[] } {
  const parts = Array.from({ length: n }, (_, j) => decimalParts(values[at === null ? j : at[j]]));
  const scale = parts.reduce((s, p) => Math.max(s, p.scale), 0);
  return { scale, ints: parts.map((p) => p.digits * 10n ** BigInt(scale - p.scale)) };
}

const SPLIT = 2 ** 26;
const INV_SPLIT = 2 ** -26;
const SPLIT_BIG = 2n ** 26n;
const TWO53 = 2 ** 53;

// --- messages ---------------------------------------------------------------------------------

/** digits / 10^scale with thousands separators: "1,234,567.5" (en) or "1.234.567,5" (da). */
function formatDecimal(digits: bigint, scale: number, language: "en" | "da"): string {
  const negative = digits < 0n;
  const text = (negative ? -digits : digits).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  const fraction = text.slice(text.length - scale).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, language === "en" ? "," : ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? (language === "en" ? "." : ",") + fraction : ""}`;
}

const UNIT_EXPONENT: Record<Unit, number> = { 0.01: -2, 1: 0, 1000: 3 };

/** A count of units in kroner, as digits and scale. */
function unitsDecimal(count: bigint, unit: Unit): { digits: bigint; scale: number } {
  return unit === 0.01 ? { digits: count, scale: 2 } : { digits: count * BigInt(unit), scale: 0 };
}

/** A rate or other plain number for a Danish message: decimal comma. */
const danishNumber = (value: number): string => String(value).replace(".", ",");

// --- validation -------------------------------------------------------------------------------

const isAbsent = (value: unknown): value is undefined | null => value === undefined || value === null;

function resolveUnit(unit: unknown): Unit {
  if (isAbsent(unit)) return 1;
  if (!(UNITS as readonly unknown[]).includes(unit)) throw new BudgetError("UNIT_INVALID", { text: String(unit) });
  return unit as Unit;
}

/** A local copy: an imported binding can cost a lookup per use in a hot loop. */
const MAX_BASE = MAX_AMOUNT;

/** Bases: finite, 0 or more, at most MAX_AMOUNT. Unit numbers in messages are 1-based. Returns how many are above 0. */
function checkBases(bases: readonly number[]): number {
  if (bases.length === 0) throw new BudgetError("ALLOCATE_NO_UNITS");
  let positive = 0;
  for (let i = 0; i < bases.length; i++) {
    const b = bases[i];
    if (typeof b === "number" && b >= 0 && b <= MAX_BASE) {
      if (b > 0) positive++;
      continue;
    }
    if (typeof b !== "number" || !Number.isFinite(b)) throw new BudgetError("BASE_NOT_FINITE", { index: i + 1 });
    if (b < 0) throw new BudgetError("BASE_NEGATIVE", { index: i + 1, text: String(b), textDa: danishNumber(b) });
    throw new BudgetError("BASE_TOO_LARGE", { index: i + 1, text: String(b), limit: "1e15" });
  }
  return positive;
}

function checkRate(value: unknown, name: "minRate" | "maxRate"): number | null {
  if (isAbsent(value)) return null;
  if (typeof value !== "number" || !Number.isFinite(value)) throw new BudgetError("RATE_NOT_FINITE", { name });
  if (value < 0) throw new BudgetError("RATE_NEGATIVE", { name, text: String(value), textDa: danishNumber(value) });
  return value === 0 ? 0 : value; // -0 reads as 0
}

// --- the allocation ---------------------------------------------------------------------------

/** The problem in exact integers. Amounts in units are integers / denom. */
interface Exact {
  /** |total| in units. */
  total: bigint;
  denom: bigint;
  /** floor_i = minFactor x base_i / denom, cap_i = maxFactor x base_i / denom (bases as integers). */
  minFactor: bigint;
  /** null: no cap. */
  maxFactor: bigint | null;
}

/**
 * Splits `total` over the units: each unit's share is proportional to its key (default: its base),
 * exempt units (or key 0) get 0, and floors and caps (rates of base) hold for the others. The
 * amounts are whole multiples of the unit and sum exactly to the total rounded to the unit.
 */
export function allocate(total: number | string, bases: readonly number[], options: AllocateOptions = {}): number[] {
  return allocateWith(total, bases, options, false);
}

/**
 * The same, always on the all-bigint path (no floating-point filter). For tests that compare the
 * two paths; not part of the public API.
 */
export function allocateExact(total: number | string, bases: readonly number[], options: AllocateOptions = {}): number[] {
  return allocateWith(total, bases, options, true);
}

function allocateWith(total: number | string, bases: readonly number[], options: AllocateOptions, exactOnly: boolean): number[] {
  const opts = (options ?? {}) as AllocateOptions;
  const unit = resolveUnit(opts.unit);
  const signed = Number(toUnits(total, unit, TOTAL)); // within the amount limit: a safe integer
  let positive = checkBases(bases);
  const n = bases.length;

  const keys = isAbsent(opts.keys) ? bases : opts.keys;
  if (keys !== bases) {
    if (keys.length !== n) throw new BudgetError("KEYS_LENGTH", { count: keys.length, units: n });
    positive = 0;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (typeof k === "number" && k >= 0 && k <= Number.MAX_VALUE) {
        if (k > 0) positive++;
        continue;
      }
      if (typeof k !== "number" || !Number.isFinite(k)) throw new BudgetError("KEY_NOT_FINITE", { index: i + 1 });
      throw new BudgetError("KEY_NEGATIVE", { index: i + 1, text: String(k), textDa: danishNumber(k) });
    }
  }
  const exempt = isAbsent(opts.exempt) ? null : opts.exempt;
  if (exempt !== null) {
    if (exempt.length !== n) throw new BudgetError("EXEMPT_LENGTH", { count: exempt.length, units: n });
    for (let i = 0; i < n; i++) {
      const e: unknown = exempt[i];
      if (e !== true && e !== false) throw new BudgetError("EXEMPT_VALUE", { index: i + 1, text: String(e) });
    }
  }
  const minRate = checkRate(opts.minRate, "minRate");
  const maxRate = checkRate(opts.maxRate, "maxRate");
  if (minRate !== null && maxRate !== null && minRate > maxRate) {
    throw new BudgetError("RATES_ORDER", {
      min: String(minRate),
      max: String(maxRate),
      minDa: danishNumber(minRate),
      maxDa: danishNumber(maxRate),
    });
  }

  // the units that carry the total, in position order (null: all of them)
  let count = positive;
  if (exempt !== null) {
    count = 0;
    for (let i = 0; i < n; i++) if (keys[i] > 0 && !exempt[i]) count++;
  }
  let active: Int32Array | null = null;
  if (count < n) {
    active = new Int32Array(count);
    for (let i = 0, j = 0; i < n; i++) if (keys[i] > 0 && (exempt === null || !exempt[i])) active[j++] = i;
  }
  if (count === 0) {
    if (signed !== 0) throw new BudgetError("ALLOCATE_ALL_EXEMPT");
    return new Array<number>(n).fill(0);
  }

  // rates as decimals on one scale
  const minParts = decimalParts(minRate ?? 0);
  const maxParts = maxRate === null ? null : decimalParts(maxRate);
  const rateScale = Math.max(minParts.scale, maxParts?.scale ?? 0);
  const m = minParts.digits * 10n ** BigInt(rateScale - minParts.scale);
  const M = maxParts === null ? null : maxParts.digits * 10n ** BigInt(rateScale - maxParts.scale);
  // bases matter only for floors and caps
  const bounded = m > 0n || M !== null;

  const fastKeys = exactOnly ? null : readFast(keys, active, count, KEYS);
  const fastBases = fastKeys === null || !bounded ? null : keys === bases ? fastKeys : readFast(bases, active, count, BASES);
  let bigBases: { scale: number; ints: bigint[] } | null = null;
  const bigBasesOf = () => (bigBases ??= readExact(bases, active, count));
  const baseScale = !bounded ? 0 : (fastBases?.scale ?? bigBasesOf().scale);
  // amounts in units: rate x base / unit = (m / 10^rateScale) (b / 10^baseScale) / 10^unitExponent
  const exponent = rateScale + baseScale + UNIT_EXPONENT[unit];
  const problem: Exact = {
    total: BigInt(Math.abs(signed)),
    denom: exponent >= 0 ? 10n ** BigInt(exponent) : 1n,
    minFactor: exponent >= 0 ? m : m * 10n ** BigInt(-exponent),
    maxFactor: M === null ? null : exponent >= 0 ? M : M * 10n ** BigInt(-exponent),
  };

  if (bounded) {
    const baseSum = fastBases !== null ? fastBases.exactSum : bigBasesOf().ints.reduce((a, b) => a + b, 0n);
    checkFeasible(problem, baseSum, signed, unit, m, M, rateScale + baseScale);
  }

  if (problem.total === 0n) return new Array<number>(n).fill(0); // feasible, so every floor is 0
  if (fastKeys !== null && (!bounded || fastBases !== null)) {
    const rounding = allocateFast(problem, fastKeys, fastBases);
    const amounts = rounding === null ? null : amountsOf(rounding, active, n, signed < 0, unit);
    if (amounts !== null) return amounts;
  }
  // the bigint path, with the bases on the scale the factors were made for
  let big = bounded ? bigBasesOf().ints : new Array<bigint>(count).fill(0n);
  if (bounded && bigBasesOf().scale < baseScale) {
    const up = 10n ** BigInt(baseScale - bigBasesOf().scale);
    big = big.map((b) => b * up);
  }
  const bigKeys = keys === bases && bounded ? big : readExact(keys, active, count).ints;
  const counts = Float64Array.from(allocateBig(problem, big, bigKeys));
  const rounded: Rounding = { counts, rem: counts, left: 0, surelyIn: Infinity, maybeIn: Infinity, rank: () => 0 };
  return amountsOf(rounded, active, n, signed < 0, unit) as number[];
}

/**
 * The amounts in kroner, in position order (0 for the units not carrying anything): each unit's
 * whole units, plus one leftover unit as the rounding says. Each amount is the double nearest the
 * exact amount, as fromUnits gives it (count / 100 is correctly rounded), and + 0 turns -0 into 0.
 * Null if the leftover units do not add up (never expected; the bigint path then runs).
 */
function amountsOf(rounding: Rounding, active: Int32Array | null, n: number, negative: boolean, unit: Unit): number[] | null {
  const { counts, rem, left, surelyIn, maybeIn } = rounding;
  const out = new Array<number>(n);
  if (active !== null) {
    // the units not carrying anything get 0, each written once, in order
    let i = 0;
    for (let j = 0; j < active.length; j++) {
      while (i < active[j]) out[i++] = 0;
      i++;
    }
    while (i < n) out[i++] = 0;
  }
  const sign = negative ? -1 : 1;
  // kroner = count x unit; for øre count / 100, which is correctly rounded where x 0.01 is not
  const times = unit === 0.01 ? sign : unit * sign;
  const ore = unit === 0.01;
  const undecided: number[] = [];
  let taken = 0;
  for (let j = 0; j < counts.length; j++) {
    let c = counts[j];
    const r = rem[j];
    if (r > surelyIn) {
      c += 1;
      taken++;
    } else if (r >= maybeIn) {
      undecided.push(j);
    }
    out[active === null ? j : active[j]] = (ore ? (c * times) / 100 : c * times) + 0;
  }
  const need = left - taken;
  if (need < 0 || need > undecided.length) return null;
  if (need > 0) {
    undecided.sort(rounding.rank);
    for (let t = 0; t < need; t++) {
      const j = undecided[t];
      const c = counts[j] + 1;
      out[active === null ? j : active[j]] = (ore ? (c * times) / 100 : c * times) + 0;
    }
  }
  return out;
}

/** ALLOCATE_INFEASIBLE when the floors exceed the total or the caps cannot reach it. */
function checkFeasible(problem: Exact, baseSum: bigint, signed: number, unit: Unit, m: bigint, M: bigint | null, scale: number): void {
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
    amount: formatDecimal(amount, scale, "en"),
    amountDa: formatDecimal(amount, scale, "da"),
    total: formatDecimal(totalKr.digits, totalKr.scale, "en"),
    totalDa: formatDecimal(totalKr.digits, totalKr.scale, "da"),
    negative: signed < 0 ? 1 : 0,
  });
}

// --- the fast path: floating point, proven exact ----------------------------------------------
//
// The hot loops are small functions over typed arrays with no bigint in them, so the engine
// compiles them tightly, and after the water-filling each loop runs over the units of one status
// (held at the floor, at the cap, or free), so its branches are predictable. The rare cases that
// floating point cannot decide are collected and settled in bigint afterwards. Floors and caps
// are computed where they are used, as factor x base (exact integers up to 2^52). Without caps
// the cap factor is Infinity: Infinity x base is Infinity, and for a base of 0 it is NaN, which
// compares false with everything, so in both cases no unit is ever held at a cap.

/** Relative margin beyond every floating-point error bound below (a few 2^-53). */
const MARGIN = 2 ** -48;
const LOW = 0;
const FREE = 1;
const HIGH = 2;
/** Remainders are sorted into this many buckets to find the ones that get a leftover unit. */
const BUCKETS = 1024;

/** Results of the loops below (the core is single-threaded). */
const out2 = new Float64Array(2);
const sums4 = new Float64Array(4);

/**
 * Working arrays, kept between calls (the core is single-threaded and nothing here escapes a
 * call), so a large allocation does not pay for fresh memory and garbage collection every time.
 * Only up to SCRATCH_MAX units, so a one-off huge call does not keep its memory.
 */
const SCRATCH_MAX = 1 << 16;
const floatScratch: Float64Array[] = [];
const intScratch: Int32Array[] = [];
const KEYS = 0;
const BASES = 1;
const COUNTS = 2;
const REMAINDERS = 3;
const LOW_LIST = 0;
const HIGH_LIST = 1;
const FREE_LIST = 2;

function floats(slot: number, n: number): Float64Array {
  if (n > SCRATCH_MAX) return new Float64Array(n);
  let buffer = floatScratch[slot];
  if (buffer === undefined || buffer.length < n) buffer = floatScratch[slot] = new Float64Array(n);
  return buffer.subarray(0, n);
}

function ints(slot: number, n: number): Int32Array {
  if (n > SCRATCH_MAX) return new Int32Array(n);
  let buffer = intScratch[slot];
  if (buffer === undefined || buffer.length < n) buffer = intScratch[slot] = new Int32Array(n);
  return buffer.subarray(0, n);
}

/** f(lambda) = sum clamp(lambda x key, floor, cap) into out2[0], the sum of the free keys into out2[1]. */
function evaluate(keys: Float64Array, bases: Float64Array, mf: number, Mf: number, lambda: number): void {
  let f = 0;
  let slope = 0;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    const x = lambda * k;
    const l = mf * bases[j];
    if (x < l) {
      f += l;
      continue;
    }
    const h = Mf * bases[j];
    if (x > h) {
      f += h;
      continue;
    }
    f += x;
    slope += k;
  }
  out2[0] = f;
  out2[1] = slope;
}

/** The units of each status, as ascending lists of positions. */
interface Partition {
  low: Int32Array;
  high: Int32Array;
  free: Int32Array;
}

/**
 * The units of each status at lambda; f(lambda) and the free keys' sum into out2, as evaluate
 * gives them; and the exact sums of the held bounds and of the free keys, each value split into
 * its high and low 26 bits so that no floating-point add rounds (values up to 2^52, fewer than
 * 2^26 units): sums4 = [bounds high, bounds low, keys high, keys low].
 */
function classify(keys: Float64Array, bases: Float64Array, mf: number, Mf: number, lambda: number): Partition {
  const n = keys.length;
  const low = ints(LOW_LIST, n);
  const high = ints(HIGH_LIST, n);
  const free = ints(FREE_LIST, n);
  let nLow = 0;
  let nHigh = 0;
  let nFree = 0;
  let boundHigh = 0;
  let boundLow = 0;
  let keyHigh = 0;
  let keyLow = 0;
  let f = 0;
  for (let j = 0; j < n; j++) {
    const k = keys[j];
    const x = lambda * k;
    let v = mf * bases[j];
    if (x < v) {
      low[nLow++] = j;
    } else if (x > (v = Mf * bases[j])) {
      high[nHigh++] = j;
    } else {
      free[nFree++] = j;
      f += x;
      const h = Math.floor(k * INV_SPLIT);
      keyHigh += h;
      keyLow += k - h * SPLIT;
      continue;
    }
    f += v;
    const h = Math.floor(v * INV_SPLIT);
    boundHigh += h;
    boundLow += v - h * SPLIT;
  }
  out2[0] = f;
  out2[1] = keyHigh * SPLIT + keyLow;
  sums4[0] = boundHigh;
  sums4[1] = boundLow;
  sums4[2] = keyHigh;
  sums4[3] = keyLow;
  return { low: low.subarray(0, nLow), high: high.subarray(0, nHigh), free: free.subarray(0, nFree) };
}

/** Whether an ascending list holds j (binary search). */
function holds(list: Int32Array, j: number): boolean {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (list[m] < j) a = m + 1;
    else b = m;
  }
  return a < list.length && list[a] === j;
}

/**
 * Free units (all when `at` is null): each amount is N x key / (D K), here perKey x key with
 * relative error below 4 x 2^-53; whole units, remainder and its bucket. With floors or caps, the
 * unit must also lie within its bounds at lambda = N / K: N x key against bound x K. Units where
 * the margin cannot decide (near a bound, near a whole unit) go to `pending` for bigint. Returns
 * the sum of the whole units, or -1 when a unit is surely outside its bounds.
 */
function wholeFree(
  at: Int32Array | null,
  keys: Float64Array,
  bases: Float64Array,
  mf: number,
  Mf: number,
  bounded: boolean,
  Nf: number,
  Kf: number,
  perKey: number,
  counts: Float64Array,
  rem: Float64Array,
  buckets: Int32Array,
  pending: number[],
): number {
  let given = 0;
  const count = at === null ? keys.length : at.length;
  for (let t = 0; t < count; t++) {
    const j = at === null ? t : at[t];
    const k = keys[j];
    if (bounded) {
      const p = Nf * k;
      const l = mf * bases[j] * Kf; // p >= l needed
      const h = Mf * bases[j] * Kf; // p <= h needed
      if (p < l * (1 - MARGIN) || p > h * (1 + MARGIN)) return -1;
      if (p < l * (1 + MARGIN) || p > h * (1 - MARGIN)) pending.push(j);
    }
    const a = perKey * k;
    const q = Math.floor(a);
    const r = a - q;
    const tolerance = a * MARGIN;
    if (!(r > tolerance && r < 1 - tolerance)) pending.push(j);
    counts[j] = q;
    rem[j] = r;
    given += q;
    buckets[(r * BUCKETS) | 0]++;
  }
  return given;
}

/**
 * Units held at a bound, factor x base (`sign` 1 for the floor, where N x key <= bound x K is
 * needed, -1 for the cap, where N x key >= bound x K): the amount is bound / D, split exactly into
 * whole units and remainder in doubles. Returns the sum of the whole units, or -1 when a unit is
 * surely not held.
 */
function wholeHeld(
  at: Int32Array,
  keys: Float64Array,
  bases: Float64Array,
  factor: number,
  sign: number,
  Nf: number,
  Kf: number,
  D: number,
  counts: Float64Array,
  rem: Float64Array,
  buckets: Int32Array,
  pending: number[],
): number {
  const perD = 1 / D;
  let given = 0;
  for (let t = 0; t < at.length; t++) {
    const j = at[t];
    const v = factor * bases[j];
    const p = Nf * keys[j] * sign;
    const b = v * Kf * sign;
    if (p > b + Math.abs(b) * MARGIN) return -1;
    if (p > b - Math.abs(b) * MARGIN) pending.push(j);
    // the quotient from the rounded 1/D can be one off; the remainder's sign corrects it
    let q = Math.floor(v * perD);
    let r = v - q * D;
    if (r < 0) {
      q -= 1;
      r += D;
    } else if (r >= D) {
      q += 1;
      r -= D;
    }
    r *= perD;
    counts[j] = q;
    rem[j] = r;
    given += q;
    buckets[(r * BUCKETS) | 0]++;
  }
  return given;
}

/**
 * Whole units per unit, and which units get one of the `left` leftover units: those with a
 * remainder above `surelyIn`, and of those with a remainder from `maybeIn` up to it, the first
 * `left - (the number above surelyIn)` in the order `rank` (exact). Applied while writing the
 * amounts (amountsOf), which saves a pass.
 */
interface Rounding {
  counts: Float64Array;
  rem: Float64Array;
  left: number;
  surelyIn: number;
  maybeIn: number;
  rank: (a: number, b: number) => number;
}

/**
 * The rounding of the non-exempt units, or null when some step cannot be proven exact in
 * floating point (then the bigint path runs). Keys and bases are integers on their scales; every
 * floor and cap is an integer over denom, every free amount N x key / (denom x K).
 */
function allocateFast(problem: Exact, keyRead: FastRead, baseRead: FastRead | null): Rounding | null {
  const keys = keyRead.ints;
  const n = keys.length;
  const { total, denom, minFactor, maxFactor } = problem;
  const limit = BigInt(TWO53);
  if (n >= SPLIT || denom > limit || minFactor > limit || (maxFactor !== null && maxFactor > limit)) return null;
  const D = Number(denom);
  const mf = Number(minFactor);
  const Mf = maxFactor === null ? Infinity : Number(maxFactor);
  const bounded = baseRead !== null && (mf > 0 || maxFactor !== null);
  const bases = bounded ? (baseRead as FastRead).ints : keys; // keys: a placeholder, never used as bases
  // every floor and cap an exact integer double, at most 2^52
  if (bounded && (mf * (baseRead as FastRead).max > TWO53 / 2 || (maxFactor !== null && Mf * (baseRead as FastRead).max > TWO53 / 2))) {
    return null;
  }

  let partition: Partition | null = null;
  let N: bigint; // lambda = N / K exactly, in 1/denom units per key
  let K: bigint;
  if (!bounded) {
    N = total * denom;
    K = keyRead.exactSum;
  } else {
    // 1. Water-filling in floating point: Newton steps on f(lambda), bracketed so they cannot run
    //    away. The target is the total in 1/denom units. Once f is close, the next step is most
    //    likely the last, so it also sorts the units by status (step 2), which saves a pass.
    const target = Number(total * denom);
    let lambda = target / keyRead.sum;
    let below = 0;
    let above = Infinity;
    let close = false;
    for (let iteration = 0; iteration < 60; iteration++) {
      if (close) partition = classify(keys, bases, mf, Mf, lambda);
      else evaluate(keys, bases, mf, Mf, lambda);
      const f = out2[0];
      const slope = out2[1];
      // within rounding noise of the target: lambda is as good as floating point gets (a unit
      // misplaced by that noise fails the proof below, and the bigint path takes over)
      if (Math.abs(f - target) <= target * 2 ** -40) break;
      partition = null;
      close = Math.abs(f - target) <= target * 2 ** -16;
      if (f < target) below = lambda;
      else above = lambda;
      let next = slope > 0 ? lambda + (target - f) / slope : Number.NaN;
      if (!(next > below && next < above)) next = above === Infinity ? 2 * lambda : (below + above) / 2;
      if (next === lambda) break;
      lambda = next;
    }
    // 2. The units held at a bound at that lambda, and the exact sums of that partition
    partition ??= classify(keys, bases, mf, Mf, lambda);
    const [boundHigh, boundLow, keyHigh, keyLow] = sums4;
    K = BigInt(keyHigh) * SPLIT_BIG + BigInt(keyLow);
    N = total * denom - (BigInt(boundHigh) * SPLIT_BIG + BigInt(boundLow));
  }
  if (K === 0n || N < 0n) return null;

  // 3. Prove the partition and find the whole units; bigint settles what floating point cannot
  const G = denom * K;
  const Gf = Number(G);
  const Nf = Number(N);
  const Kf = Number(K);
  const perKey = Nf / Gf;
  const counts = floats(COUNTS, n);
  const rem = floats(REMAINDERS, n);
  const buckets = new Int32Array(BUCKETS + 1); // one spare: r x BUCKETS may round up to BUCKETS
  const pending: number[] = [];
  let given = wholeFree(partition?.free ?? null, keys, bases, mf, Mf, bounded, Nf, Kf, perKey, counts, rem, buckets, pending);
  if (given < 0) return null;
  if (partition !== null) {
    const low = wholeHeld(partition.low, keys, bases, mf, 1, Nf, Kf, D, counts, rem, buckets, pending);
    const high = wholeHeld(partition.high, keys, bases, Mf, -1, Nf, Kf, D, counts, rem, buckets, pending);
    if (low < 0 || high < 0) return null;
    given += low + high;
  }
  const parts = partition;
  const statusOf = (j: number) => (parts === null ? FREE : holds(parts.low, j) ? LOW : holds(parts.high, j) ? HIGH : FREE);
  const boundOf = (j: number) => BigInt((statusOf(j) === HIGH ? Mf : mf) * bases[j]);
  const exactRem = new Map<number, bigint>(); // free units whose whole units bigint decided
  for (const j of pending) {
    const s = statusOf(j);
    const p = N * BigInt(keys[j]);
    // the partition: N x key against the bounds x K
    if (s === LOW && p > boundOf(j) * K) return null;
    if (s === HIGH && p < boundOf(j) * K) return null;
    if (s === FREE && bounded && (p < BigInt(mf * bases[j]) * K || (maxFactor !== null && p > BigInt(Mf * bases[j]) * K))) return null;
    if (s === FREE && !exactRem.has(j)) {
      const q = p / G;
      const r = p - q * G;
      given += Number(q) - counts[j];
      counts[j] = Number(q);
      buckets[(rem[j] * BUCKETS) | 0]--;
      rem[j] = Number(r) / Gf;
      buckets[(rem[j] * BUCKETS) | 0]++;
      exactRem.set(j, r);
    }
  }
  const left = Number(total) - given;
  if (!(left >= 0 && left < n)) return null; // cannot happen when the whole units are right

  // 4. The leftover units go to the largest remainders. Every rem[j] is within eps of the exact
  //    remainder. Walking the buckets down from the top finds the bucket [edge, edge + 1/BUCKETS)
  //    where the left-th largest falls: fewer than `left` remainders lie above it, at least
  //    `left` at or above its lower edge. So a remainder above the upper edge + 3 eps is surely
  //    in, one below the lower edge - 3 eps surely out, and the few in between are ordered
  //    exactly (3 eps rather than 2 covers the rounding of the edges themselves).
  const eps = Math.max(2 ** -50, perKey * keyRead.max * 2 ** -49);
  let bucket = BUCKETS;
  for (let seen = buckets[bucket]; seen < left; seen += buckets[bucket]) bucket--;
  const exactOf = (j: number): [bigint, bigint] => {
    if (statusOf(j) === FREE) return [exactRem.get(j) ?? (N * BigInt(keys[j])) % G, G];
    return [boundOf(j) % denom, denom];
  };
  const exact = new Map<number, [bigint, bigint]>();
  const rank = (x: number, y: number): number => {
    if (rem[x] - rem[y] > 2 * eps) return -1;
    if (rem[y] - rem[x] > 2 * eps) return 1;
    // two free units with the same key have the same amount, so the same remainder
    if (!(keys[x] === keys[y] && statusOf(x) === FREE && statusOf(y) === FREE)) {
      let ex = exact.get(x);
      if (ex === undefined) exact.set(x, (ex = exactOf(x)));
      let ey = exact.get(y);
      if (ey === undefined) exact.set(y, (ey = exactOf(y)));
      const c = ex[1] === ey[1] ? ex[0] - ey[0] : ex[0] * ey[1] - ey[0] * ex[1];
      if (c !== 0n) return c > 0n ? -1 : 1;
    }
    if (keys[x] !== keys[y]) return keys[y] - keys[x];
    return x - y;
  };
  if (left === 0) return { counts, rem, left, surelyIn: Infinity, maybeIn: Infinity, rank };
  return { counts, rem, left, surelyIn: (bucket + 1) / BUCKETS + 3 * eps, maybeIn: bucket / BUCKETS - 3 * eps, rank };
}

// --- the bigint path --------------------------------------------------------------------------

/** Counts in units for the non-exempt units, all in bigint: sorted breakpoints, then largest remainder. */
function allocateBig(problem: Exact, bases: readonly bigint[], keys: readonly bigint[]): number[] {
  const n = keys.length;
  const { total, denom, minFactor, maxFactor } = problem;
  const target = total * denom;
  const lo = bases.map((b) => minFactor * b);
  const hi = maxFactor === null ? null : bases.map((b) => maxFactor * b);

  // Breakpoints of f(lambda) = sum clamp(lambda key, lo, hi): unit j leaves its floor at
  // lo_j / key_j and reaches its cap at hi_j / key_j. Between breakpoints f is
  // fixed + lambda x slope; walk them in order until f reaches the target.
  interface Event {
    j: number;
    at: bigint; // lambda = at / keys[j]
    cap: boolean;
  }
  const events: Event[] = [];
  for (let j = 0; j < n; j++) {
    events.push({ j, at: lo[j], cap: false });
    if (hi !== null) events.push({ j, at: hi[j], cap: true });
  }
  const order = (x: Event, y: Event): number => {
    const c = x.at * keys[y.j] - y.at * keys[x.j];
    if (c !== 0n) return c < 0n ? -1 : 1;
    return Number(x.cap) - Number(y.cap); // leave the floor before reaching the cap
  };
  events.sort(order);

  const status = new Uint8Array(n); // all at their floors at lambda = 0
  let fixed = lo.reduce((a, b) => a + b, 0n);
  let slope = 0n;
  // feasible, so fixed >= target means fixed === target: every unit at its floor
  for (let e = 0; e < events.length && fixed < target; ) {
    const { at, j } = events[e];
    const key = keys[j];
    // f at this breakpoint, with the status that holds just below it; once it reaches the
    // target, the solution lies on the piece below: lambda = (target - fixed) / slope
    if (fixed * key + at * slope >= target * key) break;
    // every event at the same lambda
    let g = e;
    while (g < events.length && events[g].at * key === at * keys[events[g].j]) {
      const ev = events[g];
      if (ev.cap) {
        status[ev.j] = HIGH;
        slope -= keys[ev.j];
        fixed += (hi as bigint[])[ev.j];
      } else {
        status[ev.j] = FREE;
        slope += keys[ev.j];
        fixed -= lo[ev.j];
      }
      g++;
    }
    e = g;
  }
  // without caps, past the last breakpoint every unit is free and f grows without bound

  // amounts in units: A_j / Q
  const rest = target - fixed;
  const Q = slope > 0n ? denom * slope : denom;
  const scaleFixed = slope > 0n ? slope : 1n;
  const amounts = Array.from(status, (s, j) => (s === FREE ? rest * keys[j] : (s === LOW ? lo[j] : (hi as bigint[])[j]) * scaleFixed));

  const counts = amounts.map((a) => a / Q);
  const rems = amounts.map((a, j) => a - counts[j] * Q);
  let left = Number(total - counts.reduce((a, b) => a + b, 0n));
  const ranked = Array.from({ length: n }, (_, j) => j).filter((j) => rems[j] > 0n);
  ranked.sort((x, y) => (rems[x] !== rems[y] ? (rems[x] > rems[y] ? -1 : 1) : keys[x] !== keys[y] ? (keys[x] > keys[y] ? -1 : 1) : x - y));
  for (const j of ranked) {
    if (left-- <= 0) break;
    counts[j] += 1n;
  }
  return counts.map(Number);
}

// --- productivity keys ------------------------------------------------------------------------

/**
 * Keys for a requirement differentiated by relative productivity: unit i's key is
 * base_i x index_i ^ (-strength), so a more productive unit (higher index) carries less; strength 0
 * is the general case. A power with a fractional exponent is not exact in any arithmetic, so each
 * key is computed in floating point and rounded to 12 significant digits; allocate then reads the
 * keys as those decimals, and the allocation along them is exact. Where the power is exactly 1
 * (strength 0 or index 1) the key is the base itself, so strength 0 gives exactly the general case.
 */
export function productivityKeys(bases: readonly number[], indexes: readonly number[], strength: number): number[] {
  checkBases(bases);
  if (typeof strength !== "number" || !Number.isFinite(strength) || strength < 0) {
    throw new BudgetError("STRENGTH_INVALID", { text: String(strength), textDa: danishNumber(strength) });
  }
  if (indexes.length !== bases.length) throw new BudgetError("INDEXES_LENGTH", { count: indexes.length, units: bases.length });
  for (let i = 0; i < indexes.length; i++) {
    const x = indexes[i];
    if (typeof x !== "number" || !Number.isFinite(x)) throw new BudgetError("INDEX_NOT_FINITE", { index: i + 1 });
    if (x <= 0) throw new BudgetError("INDEX_NOT_POSITIVE", { index: i + 1, text: String(x), textDa: danishNumber(x) });
  }
  return bases.map((base, i) => {
    const factor = indexes[i] ** -strength;
    if (factor === 1 || base === 0) return base;
    const key = Number((base * factor).toPrecision(12));
    // a key that overflows, or underflows to 0 or to imprecise tiny numbers, would silently
    // change who carries the requirement
    if (!Number.isFinite(key) || key < 1e-300 || key > 1e300) {
      throw new BudgetError("PRODUCTIVITY_KEY_RANGE", {
        index: i + 1,
        text: String(indexes[i]),
        textDa: danishNumber(indexes[i]),
        strength: String(strength),
        strengthDa: danishNumber(strength),
      });
    }
    return key;
  });
}
