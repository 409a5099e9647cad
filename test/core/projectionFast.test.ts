// The fast path of every projection method (core/projectionFast.ts) against the decimal path
// (core/projection.ts projectDecimal), on random lines: every method, with and without a history,
// every unit, whole amounts and amounts off the fast path's scale, blanks, income lines, zero
// years, adjustments, and amounts near the limits. Where the fast path answers, its months and
// year-end are the decimal path's exactly; where it does not, forecast() is the decimal path's,
// error for error. The fast path must also answer for the common line of every method.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecast, yearEnd, type ForecastMethod, type Unit } from "../../core";
import type { ProjectionOptions } from "../../core/forecastTerms";
import { projectDecimal, projectedYearEndUnits } from "../../core/projection";
import { projectFast } from "../../core/projectionFast";
import { roundedProduct } from "../../core/wholeAmounts";
import { failure } from "./failure";

const METHODS: readonly ForecastMethod[] = ["budget", "profile", "runrate", "prioryear", "ets"];

interface Case {
  actuals: (number | null)[];
  budget: number[];
  options: ProjectionOptions;
}

/** An amount in granules of the unit's scale: øre at 0.01, kroner otherwise; now and then øre at unit 1. */
const amountArb = (unit: Unit, level: number, sign: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: level }), fc.oneof({ arbitrary: fc.constant(1), weight: 20 }, { arbitrary: fc.constant(-1), weight: 1 }), fc.oneof({ arbitrary: fc.constant(0), weight: 8 }, { arbitrary: fc.integer({ min: 1, max: 99 }), weight: 1 }))
    .map(([g, flip, ore]) => {
      const whole = sign * flip * g;
      if (unit === 0.01) return whole / 100;
      return ore === 0 ? whole : whole + (sign * ore) / 100;
    });

const levelArb = fc.constantFrom(0, 9, 10_000, 10_000_000, 1_000_000_000_000, 2 ** 50);

const caseArb: fc.Arbitrary<Case> = fc
  .record({ unit: fc.constantFrom<Unit>(0.01, 1, 1000), level: levelArb, sign: fc.constantFrom(1, 1, -1), method: fc.constantFrom(...METHODS) })
  .chain(({ unit, level, sign, method }) =>
    fc.record({
      m: fc.integer({ min: 0, max: 12 }),
      actuals: fc.array(amountArb(unit, level, sign), { minLength: 12, maxLength: 12 }),
      budget: fc.array(amountArb(unit, level, sign), { minLength: 12, maxLength: 12 }),
      history: fc.option(fc.array(fc.array(fc.option(amountArb(unit, level, sign), { freq: 8 }), { minLength: 12, maxLength: 12 }), { minLength: 0, maxLength: 4 }), { freq: 3 }),
      adjustments: fc.option(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -50_000, max: 50_000 }).map((o) => o / 100)), { minLength: 12, maxLength: 12 }), { freq: 3 }),
      trailing: fc.boolean(),
      unit: fc.constant(unit),
      method: fc.constant(method),
    }),
  )
  .map(({ m, actuals, budget, history, adjustments, trailing, unit, method }) => ({
    actuals: trailing ? [...actuals.slice(0, m), ...new Array<null>(12 - m).fill(null)] : actuals.slice(0, m),
    budget,
    options: { method, unit, history: history ?? undefined, adjustments: adjustments ?? undefined },
  }));

/** What the decimal path gives: the months and the exact year-end, or its error. */
function decimal({ actuals, budget, options }: Case) {
  try {
    const { months, total } = projectDecimal(actuals, budget, options);
    return { months, total };
  } catch (error) {
    return { error: failure(() => { throw error; }) };
  }
}

describe("the fast path of every method equals the decimal path", () => {
  it("on random lines", () => {
    const taken = new Map<string, number>();
    fc.assert(
      fc.property(caseArb, (c) => {
        const fast = projectFast(c.actuals, c.budget, c.options);
        const expected = decimal(c);
        if (fast !== null) {
          const key = `${c.options.method}${c.options.history ? " with history" : ""}`;
          taken.set(key, (taken.get(key) ?? 0) + 1);
          expect("months" in expected ? expected.months : expected).toEqual(fast);
        }
        if ("error" in expected) {
          expect(failure(() => forecast(c.actuals, c.budget, c.options))).toEqual(expected.error);
          return;
        }
        const limit = c.options.unit === 0.01 ? 7e13 : 1e15;
        if (expected.months!.some((v) => Math.abs(v) > limit) || expected.total!.abs().greaterThan(limit)) {
          expect(() => yearEnd(c.actuals, c.budget, c.options)).toThrow();
          return;
        }
        expect(forecast(c.actuals, c.budget, c.options)).toEqual(expected.months);
        expect(yearEnd(c.actuals, c.budget, c.options)).toBe(expected.total!.toNumber());
        // in whole kroner where it is whole, and in whole øre
        for (const s of c.options.unit === 0.01 ? [100] : [1, 100]) {
          if (expected.total!.times(s).isInteger()) expect(projectedYearEndUnits(c.actuals, c.budget, c.options, s)).toBe(expected.total!.times(s).toNumber());
        }
      }),
      { numRuns: 3000 },
    );
    // the fast path answers for many lines of every method, with and without a history
    for (const key of ["budget", "runrate", "profile", "profile with history", "prioryear with history", "ets with history"]) {
      expect(taken.get(key) ?? 0, key).toBeGreaterThanOrEqual(10);
    }
  });
});

const BUDGET = [80, 90, 100, 110, 120, 100, 60, 100, 110, 120, 100, 110];
const H = [60, 70, 80, 90, 100, 90, 50, 90, 100, 110, 80, 80];
const HISTORY = [H, H.map((v) => v * 2), H.map((v) => v * 3)];

describe("the fast path answers for the common line of every method", () => {
  // the months are worked out by hand in test/core/backtest.test.ts and test/core/forecast.test.ts;
  // here they must come from the fast path, and equal the decimal path's
  const cases: [string, ProjectionOptions][] = [
    ["budget", { method: "budget" }],
    ["budget with a history", { method: "budget", history: HISTORY }],
    ["runrate", { method: "runrate" }],
    ["profile along the budget", { method: "profile" }],
    ["profile along the history", { method: "profile", history: HISTORY }],
    ["profile along an income history", { method: "profile", history: HISTORY.map((row) => row.map((v) => -v)) }],
    ["prioryear", { method: "prioryear", history: HISTORY }],
    ["ets", { method: "ets", history: HISTORY }],
    ["øre at unit 0.01", { method: "prioryear", history: HISTORY.map((row) => row.map((v) => v + 0.25)), unit: 0.01 }],
    ["thousands", { method: "profile", history: HISTORY, unit: 1000 }],
    ["øre in the history at unit 1", { method: "ets", history: HISTORY.map((row) => row.map((v) => v + 0.5)) }],
    ["øre in the history at unit 1000", { method: "prioryear", history: HISTORY.map((row) => row.map((v) => v * 1000 + 0.25)), unit: 1000 }],
  ];
  it.each(cases)("%s", (_name, options) => {
    const actuals = [240, 280, 320, 360, 400];
    const fast = projectFast(actuals, BUDGET, options);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(projectDecimal(actuals, BUDGET, options).months);
  });

  it("profile along the history at month 5: the shape's 40 % booked gives 4 x 1000", () => {
    expect(projectFast([240, 280, 320, 360, 400], BUDGET, { method: "profile", history: HISTORY })).toEqual([240, 280, 320, 360, 400, 360, 200, 360, 400, 440, 320, 320]);
  });
});

describe("what the fast path leaves to the decimal path", () => {
  const same: [string, (number | null)[], number[], ProjectionOptions][] = [
    ["a part of an øre in the history", [90, 95], BUDGET, { method: "prioryear", history: [H, H.map((v) => v + 0.005)] }],
    ["a history value as text", [90, 95], BUDGET, { method: "budget", history: [[...H.slice(0, 11), "80" as unknown as number]] }],
  ];
  it.each(same)("%s", (_name, actuals, budget, options) => {
    expect(projectFast(actuals, budget, options)).toBeNull();
  });

  const errors: [string, (number | null)[], number[], ProjectionOptions][] = [
    ["ets with one history year", [90, 95], BUDGET, { method: "ets", history: [H] }],
    ["prioryear without history", [90, 95], BUDGET, { method: "prioryear" }],
    ["prioryear along a history of both signs", [90, 95], BUDGET, { method: "prioryear", history: [[...H.slice(0, 11), -2000]] }],
    ["profile along an empty history", [90, 95], BUDGET, { method: "profile", history: [] }],
    ["runrate with nothing booked", [], BUDGET, { method: "runrate" }],
    ["a history row of 11 months", [90], BUDGET, { method: "budget", history: [H.slice(0, 11)] }],
    ["a history value as text", [90], BUDGET, { method: "budget", history: [[...H.slice(0, 11), "80,5" as unknown as number]] }],
    ["an unknown method", [90], BUDGET, { method: "holtwinters" as ForecastMethod }],
  ];
  it.each(errors)("%s: the decimal path's error", (_name, actuals, budget, options) => {
    expect(projectFast(actuals, budget, options)).toBeNull();
    expect(failure(() => forecast(actuals, budget, options))).toEqual(failure(() => projectDecimal(actuals, budget, options)));
  });
});

describe("round(a x b / d), half away from zero, exactly", () => {
  // expected values from exact fractions
  it.each([
    ["products below 2^53", 7, 3, 2, 11],
    ["products below 2^53, negative", -7, 3, 2, -11],
    ["the float quotient, clear of a half", 123_456_789, 1e10, 1_000_001, 1_234_566_655_433],
    ["the float quotient, negative", -123_456_789, 1e10, 1_000_001, -1_234_566_655_433],
    ["an exact half beyond 2^53: BigInt", 4_503_599_627_370_500, 3, 8, 1_688_849_860_263_938],
    ["an exact half beyond 2^53, negative", -4_503_599_627_370_500, 3, 8, -1_688_849_860_263_938],
    ["a result beyond 2^53", 2 ** 52, 4, 1, NaN],
  ])("%s", (_name, a, b, d, expected) => {
    expect(roundedProduct(a, b, d)).toBe(expected);
  });
});
