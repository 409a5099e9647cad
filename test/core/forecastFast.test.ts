// The float fast path of forecast()'s profile method along the budget (core/projectionFast.ts,
// projectFast). Every line is checked three ways: against an exact reference written here in
// BigInt (T = round(A x total / cumulative) half away from zero, R = T - round(A) spread over the
// remaining budget months by largest remainder, ties to the larger weight and then the earlier
// month), against the decimal path (forecastDecimal, what forecast() returned before the fast
// path), and for which path it took: the fast path exactly when every amount is whole at its
// scale within 2^48 and the target year-end below 2^53, else the decimal path with its own
// results and messages.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecast, type ForecastOptions, type Unit } from "../../core";
import { forecastDecimal } from "../../core/forecast";
import { projectFast } from "../../core/projectionFast";
import { largestRemainder } from "../reference";
import { failure } from "./failure";

const RUNS = { numRuns: 400 };
const EXACT = 2n ** 53n;
const FAST_LIMIT = 2n ** 48n;

// --- the reference ----------------------------------------------------------------------------

/** An amount in whole øre, read from its decimal text (it must lie on the øre). */
function ore(amount: number): bigint {
  const scaled = new Decimal(amount).times(100);
  if (!scaled.isInteger()) throw new Error(`${amount} is not whole øre`);
  return BigInt(scaled.toFixed(0));
}

/** The unit in øre. */
const unitOre = (unit: Unit): bigint => (unit === 0.01 ? 1n : unit === 1 ? 100n : 100_000n);

const abs = (n: bigint) => (n < 0n ? -n : n);
const sum = (xs: readonly bigint[]) => xs.reduce((s, x) => s + x, 0n);

/** n / d rounded half away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  const q = (2n * abs(n) + d) / (2n * d);
  return n < 0n ? -q : q;
}


const toAmount = (units: bigint, unit: Unit): number => (units === 0n ? 0 : new Decimal(units.toString()).times(unit).toNumber());

interface Line {
  booked: number[];
  budget: number[];
  unit: Unit;
  adjustments?: number[];
}

/** The quantities of the rule, in øre (units: T, round(A), R in units of the unit). */
function quantities({ booked, budget, unit }: Line) {
  const m = booked.length;
  const a = sum(booked.map(ore));
  const sizes = budget.map((b) => abs(ore(b)));
  const cumulative = sum(sizes.slice(0, m));
  const total = sum(sizes);
  const u = unitOre(unit);
  const target = roundDiv(a * total, cumulative * u);
  const rest = target - roundDiv(a, u);
  return { m, a, sizes, cumulative, total, u, target, rest };
}

/** The 12 months by the rule: the booked months as given, then R spread plus the adjustments. */
function reference(line: Line): number[] {
  const { m, sizes, rest, u } = quantities(line);
  const parts = largestRemainder(rest, sizes.slice(m));
  const adjustments = (line.adjustments ?? new Array<number>(12).fill(0)).map((x) => roundDiv(ore(x), u));
  return [...line.booked, ...parts.map((p, i) => toAmount(p + adjustments[m + i], line.unit))];
}

/** Whether the fast path's conditions hold (core/projectionFast.ts, above projectFast), in BigInt. */
function inFastRange(line: Line): boolean {
  const scale = line.unit === 0.01 ? 1n : 100n; // an amount in whole 1/s kroner is its øre / scale
  const whole = [...line.booked, ...line.budget].map(ore);
  if (whole.some((k) => k % scale !== 0n || abs(k / scale) > FAST_LIMIT)) return false;
  // beyond 2^53 the year-end target is no exact double; every product below it is exact (in BigInt where it must)
  return abs(quantities(line).target) < EXACT;
}

const options = (line: Line): ForecastOptions => ({ method: "profile", unit: line.unit, adjustments: line.adjustments });

/** All three checks on one line; returns whether it took the fast path. */
function check(line: Line): boolean {
  const fast = projectFast(line.booked, line.budget, options(line));
  const exact = forecastDecimal(line.booked, line.budget, options(line));
  const limit = line.unit === 0.01 ? 7e13 : 1e15;
  const beyond = exact.findIndex((v) => Math.abs(v) > limit);
  if (beyond >= 0) {
    // no amount beyond the limit comes out: the month is named instead
    expect(() => forecast(line.booked, line.budget, options(line))).toThrow(`the projection for month ${beyond + 1} comes to`);
    return fast !== null;
  }
  const months = forecast(line.booked, line.budget, options(line));
  expect(months).toEqual(exact);
  expect(fast !== null).toBe(inFastRange(line));
  if (fast !== null) {
    expect(fast).toEqual(months);
    // toEqual tells 0 from -0: a projected 0 must be +0 on both sides
    expect(months).toEqual(reference(line));
  }
  return fast !== null;
}

// --- generators -------------------------------------------------------------------------------

const unitArb = fc.constantFrom<Unit>(0.01, 1, 1000);

/**
 * Line sizes in granules of the unit (øre at 0.01, kroner otherwise): each line picks a level, and
 * its months are sizes from 0 to that level, up to the amount limit. Most levels are within the
 * fast path's 2^48 granules, the largest go beyond it (the decimal path).
 */
const levelArb = (unit: Unit) =>
  fc.oneof(
    { arbitrary: fc.constant(30), weight: 2 },
    { arbitrary: fc.constant(10_000), weight: 3 },
    { arbitrary: fc.constant(1_000_000), weight: 3 },
    { arbitrary: fc.constant(10_000_000), weight: 2 },
    { arbitrary: fc.constant(unit === 0.01 ? 100_000_000_000 : 1_000_000_000), weight: 2 },
    // amounts beyond 2^48 granules: the decimal path
    { arbitrary: fc.constant(unit === 0.01 ? 5e15 : 1e15), weight: 1 },
  );

const sizesArb = (level: number, count: number) => fc.array(fc.integer({ min: 0, max: level }), { minLength: count, maxLength: count });

const amount = (g: number, unit: Unit) => (unit === 0.01 ? g / 100 : g);

/** A one-signed budget, booked months 1..11 (most of the budget's sign, some corrections). */
const lineArb: fc.Arbitrary<Line> = unitArb
  .chain((unit) => fc.record({ unit: fc.constant(unit), level: levelArb(unit) }))
  .chain(({ unit, level }) =>
    fc.record({
      unit: fc.constant(unit),
      m: fc.integer({ min: 1, max: 11 }),
      sign: fc.constantFrom(1, -1),
      budget: sizesArb(level, 12),
      actuals: sizesArb(level, 11),
      flips: fc.array(fc.oneof({ arbitrary: fc.constant(1), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }), { minLength: 11, maxLength: 11 }),
    }),
  )
  .filter(({ m, budget }) => budget.slice(0, m).some((g) => g > 0))
  .map(({ unit, m, sign, budget, actuals, flips }) => ({
    unit,
    budget: budget.map((g) => amount(sign * g, unit)),
    booked: actuals.slice(0, m).map((g, i) => amount(sign * flips[i] * g, unit)),
  }));

/**
 * Lines whose A x total / cumulative lies exactly on a half unit, or one granule off it: an even
 * cumulative c, an odd total, and A = u x (c x j + c/2) gives total x (j + 1/2) units.
 */
const tieArb: fc.Arbitrary<Line> = fc
  .record({
    unit: unitArb,
    m: fc.integer({ min: 1, max: 11 }),
    sign: fc.constantFrom(1, -1),
    budget: fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 10_000 })), { minLength: 12, maxLength: 12 }),
    j: fc.integer({ min: 0, max: 100 }),
    off: fc.constantFrom(0, 0, -1, 1),
    split: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 11, maxLength: 11 }),
  })
  .map(({ unit, m, sign, budget, j, off, split }) => {
    const sizes = [...budget];
    if (sizes.slice(0, m).reduce((s, g) => s + g, 0) % 2 === 1) sizes[0] += 1;
    if (sizes.slice(0, m).every((g) => g === 0)) sizes[0] = 2;
    if (sizes.reduce((s, g) => s + g, 0) % 2 === 0) sizes[m] += 1;
    const c = sizes.slice(0, m).reduce((s, g) => s + g, 0);
    const u = unit === 1000 ? 1000 : 1;
    let a = u * (c * j + c / 2) + off;
    const booked: number[] = [];
    for (let i = 0; i < m - 1; i++) {
      const part = Math.min(split[i], a);
      booked.push(part);
      a -= part;
    }
    booked.push(a);
    return { unit, budget: sizes.map((g) => amount(sign * g, unit)), booked: booked.map((g) => amount(sign * g, unit)) };
  });

/** Remaining months of few distinct sizes and small rests: many ties of remainder and weight. */
const weightTieArb: fc.Arbitrary<Line> = fc
  .record({
    unit: unitArb,
    m: fc.integer({ min: 1, max: 11 }),
    sign: fc.constantFrom(1, -1),
    budget: fc.array(fc.constantFrom(0, 1, 2, 3, 6), { minLength: 12, maxLength: 12 }),
    actuals: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 11, maxLength: 11 }),
  })
  .filter(({ m, budget }) => budget.slice(0, m).some((g) => g > 0))
  .map(({ unit, m, sign, budget, actuals }) => ({
    unit,
    budget: budget.map((g) => amount(sign * g, unit)),
    booked: actuals.slice(0, m).map((g) => amount(sign * g * (unit === 1000 ? 100 : 1), unit)),
  }));

/** Adjustments in whole øre (at unit 1 and 1000 they round half away from zero, some at .5). */
const adjustmentsArb = fc.array(
  fc.oneof(fc.constant(0), fc.integer({ min: -1_000_000, max: 1_000_000 }).map((o) => o / 100), fc.constantFrom(0.5, -0.5, 1.5, 500, -1500, 2.45)),
  { minLength: 12, maxLength: 12 },
);

// --- properties -------------------------------------------------------------------------------

describe("forecast profile fast path: properties", () => {
  it("equals the exact reference and the decimal path, and is taken exactly within its range", () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(lineArb, (line) => {
        runs++;
        if (check(line)) fast++;
      }),
      RUNS,
    );
    // the generator must mostly reach the fast path, and also the decimal path beyond it
    expect(fast).toBeGreaterThan(runs / 2);
    expect(fast).toBeLessThan(runs);
  });

  it("rounds A x total / cumulative half away from zero on exact ties and just beside them", () => {
    fc.assert(
      fc.property(tieArb, (line) => {
        expect(check(line)).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives leftover units by largest remainder, ties to the larger weight, then the earlier month", () => {
    fc.assert(
      fc.property(weightTieArb, (line) => {
        expect(check(line)).toBe(true);
      }),
      RUNS,
    );
  });

  it("adds the adjustments of the projected months, rounded to the unit", () => {
    fc.assert(
      fc.property(fc.oneof(lineArb, tieArb), adjustmentsArb, (line, adjustments) => {
        check({ ...line, adjustments });
      }),
      RUNS,
    );
  });

  it("negating actuals and budget negates every month exactly", () => {
    fc.assert(
      fc.property(fc.oneof(lineArb, tieArb, weightTieArb), (line) => {
        const negated = { ...line, booked: line.booked.map((v) => -v), budget: line.budget.map((v) => -v) };
        // a projection beyond the amount limit is refused on both sides alike
        const run = (l: Line) => {
          try {
            return forecast(l.booked, l.budget, options(l));
          } catch (error) {
            return (error as Error).message;
          }
        };
        const months = run(line);
        const minus = run(negated);
        if (typeof months === "string") return void expect(minus).toBe(months.replace(/comes to (\S+)/, (_, v: string) => `comes to ${v.startsWith("-") ? v.slice(1) : `-${v}`}`));
        const m = line.booked.length;
        expect(minus.slice(0, m)).toEqual(line.booked.map((v) => -v));
        expect(minus.slice(m)).toEqual(months.slice(m).map((v) => (v === 0 ? 0 : -v)));
      }),
      RUNS,
    );
  });
});

// --- exact cases --------------------------------------------------------------------------------

const ones = (count: number) => new Array<number>(count).fill(1);
const blanks = (count: number) => new Array<null>(count).fill(null);

interface Exact {
  name: string;
  line: Line;
  months: number[];
}

const exactCases: Exact[] = [
  // the module's oracle: A = 540, cumulative 500 of 1200: T = 1296, R = 756 over the last 7 months
  // (x 1.08 = 108, 64.8, 108, 118.8, 129.6, 108, 118.8; the three .8s take the 3 left over)
  {
    name: "seasonal budget, month 5",
    line: { unit: 1, booked: [90, 95, 105, 120, 130], budget: [80, 90, 100, 110, 120, 100, 60, 100, 110, 120, 100, 110] },
    months: [90, 95, 105, 120, 130, 108, 65, 108, 119, 129, 108, 119],
  },
  // A = 3, cumulative 2 of 11: T = 16.5 -> 17 (half away from zero); R = 14 over nine 1s and a 0:
  // 1 each, 5 left, all remainders and weights equal: the earlier months 3-7
  {
    name: "tie at a half unit, equal weights",
    line: { unit: 1, booked: [1, 2], budget: [...ones(11), 0] },
    months: [1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0],
  },
  // the same negated: T = -16.5 -> -17
  {
    name: "tie at a half unit, income",
    line: { unit: 1, booked: [-1, -2], budget: [...ones(11), 0].map((b) => -b) },
    months: [-1, -2, -2, -2, -2, -2, -2, -1, -1, -1, -1, 0],
  },
  // in øre: A = 0.01 + 0.02 = 3 øre exactly (not the double 0.03...); T = 16.5 -> 17 øre, R = 14 øre
  {
    name: "tie in øre",
    line: { unit: 0.01, booked: [0.01, 0.02], budget: [...ones(11), 0] },
    months: [0.01, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01, 0.01, 0.01, 0],
  },
  // A = 0.1 + 0.2 = 30 øre exactly: T = 0.3 x 11 / 2 = 1.65 kr, R = 135 øre = 9 x 15 øre
  {
    name: "0.1 + 0.2 read as 30 øre",
    line: { unit: 0.01, booked: [0.1, 0.2], budget: [...ones(11), 0] },
    months: [0.1, 0.2, ...new Array<number>(9).fill(0.15), 0],
  },
  // in thousands: A = 3000 kr, T = 16.5 -> 17 thousands, round(A) = 3: R = 14 thousands
  {
    name: "tie in thousands",
    line: { unit: 1000, booked: [1000, 2000], budget: [...ones(11), 0] },
    months: [1000, 2000, 2000, 2000, 2000, 2000, 2000, 1000, 1000, 1000, 1000, 0],
  },
  // A = 1400 kr is round(A) = 1 thousand; T = 1400 x 12 / 2 = 8400 -> 8 thousands; R = 7 over ten 1s:
  // remainders all 7: the earlier months 3-9
  {
    name: "booked actuals off the thousand",
    line: { unit: 1000, booked: [600, 800], budget: ones(12) },
    months: [600, 800, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 0, 0, 0],
  },
  // R = 0: zero parts, +0 also for an income line
  {
    name: "nothing left to spread, income",
    line: { unit: 1, booked: [-5], budget: [-5, ...new Array<number>(11).fill(0)] },
    months: [-5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  // A = 10, cumulative 15 of 21: T = 14, R = 4 over weights 3, 1, 2 (sum 6): 2, 0.667, 1.333 ->
  // 2, 0, 1; the 1 left goes to the largest remainder .667 (month 3), not the largest weight
  {
    name: "leftover to the largest remainder, not the largest weight",
    line: { unit: 1, booked: [10], budget: [15, 3, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0] },
    months: [10, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  // adjustments: month 2 (booked) is ignored; month 3 +0.5 -> +1 at unit 1 (half away), month 12 -2.5 -> -3
  {
    name: "adjustments rounded half away from zero",
    line: { unit: 1, booked: [1, 2], budget: [...ones(11), 0], adjustments: [0, 99, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, -2.5] },
    months: [1, 2, 3, 2, 2, 2, 2, 1, 1, 1, 1, -3],
  },
];

describe("forecast profile fast path: exact cases", () => {
  it.each(exactCases)("$name", ({ line, months }) => {
    expect(projectFast(line.booked, line.budget, options(line))).toEqual(months);
    expect(forecast(line.booked, line.budget, options(line))).toEqual(months);
    expect(forecastDecimal(line.booked, line.budget, options(line))).toEqual(months);
    expect(reference(line)).toEqual(months);
  });

  it("reads trailing blanks as months not booked yet", () => {
    const budget = [...ones(11), 0];
    expect(projectFast([1, 2, ...blanks(10)], budget, { method: "profile" })).toEqual([1, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0]);
  });
});

// --- lines that go the decimal path ------------------------------------------------------------

const BUDGET = [80, 90, 100, 110, 120, 100, 60, 100, 110, 120, 100, 110];
const BOOKED = [90, 95, 105, 120, 130];

describe("forecast profile fast path: øre at unit 1 and 1000", () => {
  // read again in whole øre: R = T - round(A) in units of the unit, as the decimal path
  it.each([
    ["øre in the actuals at unit 1", [90.5, 95, 105.25, 120, 130], BUDGET, 1],
    ["øre in the budget at unit 1", BOOKED, [80.5, ...BUDGET.slice(1)], 1],
    ["øre in the actuals at unit 1000", [90_500.5, 95_000, 105_250.25, 120_000, 130_000], BUDGET.map((b) => b * 1000), 1000],
  ] as [string, number[], number[], Unit][])("%s", (_name, booked, budget, unit) => {
    const opts: ForecastOptions = { method: "profile", unit };
    const fast = projectFast(booked, budget, opts);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(forecastDecimal(booked, budget, opts));
  });
});

describe("forecast profile fast path: what it leaves to the decimal path", () => {
  const same: [string, (number | null)[], number[], ForecastOptions][] = [
    ["a part of an øre at unit 0.01", [90.125, 95], BUDGET, { method: "profile", unit: 0.01 }],
    ["a part of an øre in the budget", BOOKED, [80.001, ...BUDGET.slice(1)], { method: "profile", unit: 0.01 }],
    // in øre the partial sum 2k + 1 passes 2^53 and is no double, though A is 1 øre
    ["huge booked months that cancel out, in øre", [69999999999999.99, 69999999999999.99, 0.01, -69999999999999.99, -69999999999999.99], ones(12), { method: "profile", unit: 0.01 }],
    ["1e14 amounts", [1e14, 2e14], [1e14, 1e14, 3e14, ...new Array<number>(9).fill(1e14)], { method: "profile" }],
    ["a decimal text", ["90" as unknown as number, 95], BUDGET, { method: "profile" }],
    ["adjustments as text", BOOKED, BUDGET, { method: "profile", adjustments: [...new Array<number>(11).fill(0), "5" as unknown as number] }],
  ];

  it.each(same)("%s: the decimal path's months", (_name, booked, budget, opts) => {
    expect(projectFast(booked, budget, opts)).toBeNull();
    expect(forecast(booked, budget, opts)).toEqual(forecastDecimal(booked, budget, opts));
  });

  const errors: [string, (number | null)[], number[], ForecastOptions][] = [
    ["a budget of both signs", BOOKED, [...BUDGET.slice(0, 11), -5], { method: "profile" }],
    ["a gap in the actuals", [1, null, 3], BUDGET, { method: "profile" }],
    ["NaN in the actuals", [1, NaN], BUDGET, { method: "profile" }],
    ["a budget of 0 in the booked months", [7], [0, ...BUDGET.slice(1)], { method: "profile" }],
    ["nothing booked", blanks(12), BUDGET, { method: "profile" }],
    ["13 months", ones(13), BUDGET, { method: "profile" }],
    ["an adjustment of NaN in a booked month", BOOKED, BUDGET, { method: "profile", adjustments: [NaN, ...new Array<number>(11).fill(0)] }],
    ["a too large adjustment", BOOKED, BUDGET, { method: "profile", adjustments: [...new Array<number>(11).fill(0), 2e15] }],
  ];

  it.each(errors)("%s: the decimal path's error", (_name, booked, budget, opts) => {
    expect(projectFast(booked, budget, opts)).toBeNull();
    expect(failure(() => forecast(booked, budget, opts))).toEqual(failure(() => forecastDecimal(booked, budget, opts)));
  });

  it("keeps the message for a budget of both signs", () => {
    expect(failure(() => forecast(BOOKED, [...BUDGET.slice(0, 11), -5], { method: "profile" }))).toMatchObject({
      code: "FORECAST_SHAPE_SIGNS",
      en: "the budget has both positive and negative months, so it gives no profile to project along; use another method",
    });
  });
});
