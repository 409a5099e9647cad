// The follow-up's integer path (core/followupFast.ts, core/wholeAmounts.ts) against its decimal
// path, with fast-check: every row, total, curve, carry-over, amount still to come and band is
// exactly the decimal path's (the same doubles, the same signs of zero, the same messages), over
// random lines with øre, income lines, every unit, thresholds or none, cap shares and bases, the
// department's projection, decided measures, adjustments and amounts near the limits. The decimal
// path is the reference; a last block shows that the common line does take the integer path.

import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetError, type ForecastMethod, type Unit } from "../../core";
import { errorBand } from "../../core/backtest";
import {
  followUpCurves,
  followUpCurvesDecimal,
  followUpLine,
  followUpLineDecimal,
  followUpTotal,
  followUpTotalDecimal,
  stillToCome,
  stillToComeDecimal,
} from "../../core/followup";
import { bandFast } from "../../core/backtest";
import { figuresFast, lineAmountsFast } from "../../core/followupFast";
import type { FollowUpLine, FollowUpOptions } from "../../core/followupTerms";
import { carryover, carryoverDecimal } from "../../core/variance";

const RUNS = { numRuns: 400 };

/** What a call gives: its value, or the message of the BudgetError it raises. */
function outcome<T>(run: () => T): { value: T } | { error: string } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof BudgetError) return { error: `${error.code}: ${error.describe("en")}` };
    throw error;
  }
}

// --- generators -----------------------------------------------------------------------------

/** Kroner and øre of a line's size, positive or negative (income). */
const oreAmount = (max: number) => fc.integer({ min: -max * 100, max: max * 100 }).map((k) => k / 100);
const wholeAmount = (max: number) => fc.integer({ min: -max, max });
/** Near the limits: 7e13 kr in øre, 1e15 kr at 1 and 1000, and just past them. */
const nearLimit = fc.oneof(
  fc.constantFrom(7e13, -7e13, 7e13 - 0.01, 7e13 + 0.01, 1e15, -1e15, 1e15 + 1, 2 ** 46, 2 ** 53, 9e13),
  fc.integer({ min: 0, max: 1000 }).map((d) => 7e13 - d * 1234.57),
);
/** Amounts beyond the øre: the decimal path's own. */
const fineAmount = fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1000);
const amount = fc.oneof(
  { weight: 6, arbitrary: oreAmount(1e7) },
  { weight: 3, arbitrary: wholeAmount(1e8) },
  { weight: 1, arbitrary: oreAmount(1e11) },
  { weight: 1, arbitrary: nearLimit },
  { weight: 1, arbitrary: fineAmount },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 0.01, -0.01, 0.5, -0.5, 0.005) },
);
const months12 = (a: fc.Arbitrary<number>) => fc.array(a, { minLength: 12, maxLength: 12 });
const unitArb = fc.constantFrom<Unit>(0.01, 1, 1000);
const rateArb = fc.oneof(fc.constantFrom(0, 1, 0.02, 0.005, 0.05, 0.5, 1 / 3, 0.123456789, 1e-7), fc.double({ min: 0, max: 1, noNaN: true }));
const thresholdArb = fc.option(fc.oneof(fc.constantFrom(0, 100000, 0.005, 1e-300, 400, 1e20, -5), wholeAmount(1e7), oreAmount(1e5)), { nil: null });
const materialRateArb = fc.option(fc.oneof(rateArb, fc.constantFrom(2, -0.5, 1e-30, 5)), { nil: null });

const optionsArb = (method: ForecastMethod | "auto") =>
  fc.record({
    month: fc.integer({ min: 1, max: 12 }),
    unit: unitArb,
    materialAmount: thresholdArb,
    materialRate: materialRateArb,
    capRate: rateArb,
    capShare: fc.option(rateArb, { nil: undefined }),
  }).map((o): FollowUpOptions => ({ ...o, method }));

interface Drawn {
  line: FollowUpLine;
  options: FollowUpOptions;
}

const lineArb = (method: ForecastMethod | "auto", history: boolean): fc.Arbitrary<Drawn> =>
  fc
    .record({
      options: optionsArb(method),
      actuals: months12(amount),
      budget: months12(amount),
      history: history ? fc.array(months12(fc.oneof(wholeAmount(1e6), oreAmount(1e6))), { minLength: 1, maxLength: 3 }) : fc.constant(undefined),
      adjustments: fc.option(months12(fc.oneof(wholeAmount(1e5), oreAmount(1e5), fc.constant(0))), { nil: undefined }),
      actions: fc.option(months12(fc.oneof(wholeAmount(1e5), oreAmount(1e5), fc.constant(0))), { nil: undefined }),
      departmentYearEnd: fc.option(amount, { nil: null }),
      capBase: fc.option(amount, { nil: undefined }),
    })
    .map(({ options, actuals, ...rest }) => ({
      options,
      line: { ...rest, actuals: actuals.map((v, i) => (i < options.month ? v : null)) },
    }));

/** Lines of one sign and one size, so the projection methods run (rather than raising) most of the time. */
const plainLineArb = (method: ForecastMethod | "auto", history: boolean): fc.Arbitrary<Drawn> =>
  fc
    .record({
      options: optionsArb(method),
      level: fc.oneof(oreAmount(1e6), wholeAmount(1e7), oreAmount(1e11)),
      noise: months12(fc.integer({ min: 80, max: 120 })),
      actualNoise: months12(fc.integer({ min: 70, max: 130 })),
      ore: fc.boolean(),
      history: history ? fc.array(months12(fc.integer({ min: 50, max: 150 })), { minLength: 1, maxLength: 3 }) : fc.constant(undefined),
      adjustments: fc.option(months12(fc.oneof(wholeAmount(1e5), oreAmount(1e5), fc.constant(0))), { nil: undefined }),
      actions: fc.option(months12(fc.oneof(wholeAmount(1e4), fc.constant(0))), { nil: undefined }),
      departmentYearEnd: fc.option(oreAmount(1e8), { nil: null }),
      capBase: fc.option(oreAmount(1e8), { nil: undefined }),
    })
    .map(({ options, level, noise, actualNoise, ore, history, ...rest }) => {
      const at = (x: number) => (ore ? Math.round(x * 100) / 100 : Math.round(x));
      const budget = noise.map((n) => at((level * n) / 1200));
      return {
        options,
        line: {
          ...rest,
          budget,
          actuals: budget.map((b, i) => (i < options.month ? at((b * actualNoise[i]) / 100) : null)),
          history: history?.map((year) => year.map((n) => at((level * n) / 1200))),
        },
      };
    });

// --- the properties ---------------------------------------------------------------------------

describe("the integer path gives exactly the decimal path's row", () => {
  it.each(["budget", "runrate", "profile", "prioryear"] as const)("for random lines projected by %s", (method) => {
    fc.assert(
      fc.property(fc.oneof(lineArb(method, method === "prioryear"), plainLineArb(method, method === "prioryear")), ({ line, options }) => {
        expect(outcome(() => followUpLine(line, options))).toEqual(outcome(() => followUpLineDecimal(line, options)));
      }),
      RUNS,
    );
  });

  it("for random lines with their method chosen by the backtest (auto), band included", () => {
    fc.assert(
      fc.property(fc.oneof(lineArb("auto", true), plainLineArb("auto", true)), ({ line, options }) => {
        expect(outcome(() => followUpLine(line, options))).toEqual(outcome(() => followUpLineDecimal(line, options)));
      }),
      { numRuns: 200 },
    );
  });

  it("for the total of random lines, with decided measures on no line, and for the chart's curves", () => {
    const linesArb = fc.tuple(optionsArb("budget"), fc.array(fc.oneof(lineArb("budget", false), plainLineArb("budget", false)), { minLength: 1, maxLength: 8 }), fc.array(months12(fc.oneof(wholeAmount(1e5), oreAmount(1e5))), { maxLength: 2 }));
    fc.assert(
      fc.property(linesArb, ([options, drawn, outside]) => {
        const rows = drawn.flatMap(({ line }) => {
          const row = outcome(() => followUpLine({ ...line, actuals: line.actuals.map((v, i) => (i < options.month ? (v ?? 0) : null)) }, options));
          return "value" in row ? [row.value] : [];
        });
        expect(outcome(() => followUpTotal(rows, options, outside))).toEqual(outcome(() => followUpTotalDecimal(rows, options, outside)));
        const curveLines = rows.map((r, i) => ({ budget: drawn[i].line.budget, months: r.months }));
        expect(followUpCurves(curveLines, options.month)).toEqual(followUpCurvesDecimal(curveLines, options.month));
      }),
      RUNS,
    );
  });

  it("for the curves of lines with any amounts, and the total of any figures", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ budget: months12(amount), months: months12(amount) }), { maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (lines, month) => {
        expect(followUpCurves(lines, month)).toEqual(followUpCurvesDecimal(lines, month));
      }),
      RUNS,
    );
  });
});

describe("the integer carry-over, amounts still to come and band equal the decimal ones", () => {
  it("carryover(budget, actual, capRate, unit, capBase, share)", () => {
    fc.assert(
      fc.property(amount, amount, fc.option(rateArb, { nil: undefined }), fc.option(unitArb, { nil: undefined }), fc.option(amount, { nil: undefined }), fc.option(rateArb, { nil: undefined }), (b, a, rate, unit, base, share) => {
        expect(outcome(() => carryover(b, a, rate, unit, base, share))).toEqual(outcome(() => carryoverDecimal(b, a, rate, unit, base, share)));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    // [what, budget, actual, capRate, unit, capBase, share, carried]
    ["an underspend at the øre, capped at 2 % of the budget", 1000, 900, 0.02, 0.01, undefined, 1, 20],
    ["an underspend rounded down to whole kroner", 1000.99, 1000, 1, 1, undefined, 1, 0],
    ["an overspend rounded away from zero to thousands", 1000, 1000.01, 0.02, 1000, undefined, 1, -1000],
    ["half the underspend, rounded half away from zero to the øre", 0.03, 0, 1, 0.01, undefined, 0.5, 0.02],
    ["an income line doing better than budgeted", -100, -120, 0.02, 0.01, undefined, 1, 2],
    ["a cap on another base", 1000, 0, 0.005, 0.01, 20000, 1, 100],
    ["a share past 1 is refused", 1000, 900, 0.02, 0.01, undefined, 1.5, null],
  ] as const)("%s", (_, b, a, rate, unit, base, share, carried) => {
    const expected = carried === null ? outcome(() => carryoverDecimal(b, a, rate, unit, base, share)) : { value: carried };
    expect(outcome(() => carryover(b, a, rate, unit, base, share))).toEqual(expected);
    if (carried === null) expect(expected).toEqual({ error: expect.stringContaining("CARRY_SHARE_INVALID") });
  });

  it("stillToCome(adjustments, month, unit)", () => {
    fc.assert(
      fc.property(fc.option(months12(amount), { nil: undefined }), fc.integer({ min: 1, max: 12 }), fc.option(unitArb, { nil: undefined }), (adjustments, month, unit) => {
        expect(outcome(() => stillToCome(adjustments, month, unit))).toEqual(outcome(() => stillToComeDecimal(adjustments, month, unit)));
      }),
      RUNS,
    );
  });

  /** A MAPE as the backtest makes it: a mean of ratios in decimal.js's 20 digits. */
  const mapeArb = fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 3 })).map(([a, b, n]) => new Decimal(a).dividedBy(b).dividedBy(n)),
    fc.constantFrom(new Decimal(0), new Decimal(1), new Decimal("0.005"), new Decimal("0.5"), new Decimal(2), new Decimal("0.33333333333333333333")),
  );

  it("the band: where the float band is taken it is the exact one", () => {
    fc.assert(
      fc.property(fc.oneof(amount, fc.integer({ min: -1000, max: 1000 }).map((k) => k / 2)), mapeArb, unitArb, (projected, mape, unit) => {
        const quick = bandFast(projected, mape.toNumber(), unit);
        if (quick !== null) expect(quick).toEqual(errorBand(projected, mape, unit));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the common line takes the integer path", () => {
  const options: FollowUpOptions = { month: 5, method: "profile", unit: 1, materialAmount: 100000, materialRate: 0.05, capRate: 0.02, capShare: 0.5 };
  it.each([
    // [what, booked, budget, months, adjustment, capBase, department, after actions]
    ["whole kroner", [100, 110, 90, 100, 105], new Array(12).fill(100), [100, 110, 90, 100, 105, 101, 101, 101, 101, 101, 101, 101], 0, undefined, null, null],
    ["kroner and øre, an income line, a cap base, the department's projection and measures", [-100.25, -99.5, -100, -100, -101.01], new Array(12).fill(-100), new Array(12).fill(-100.5), -3, 5000, -1200.5, new Array(12).fill(-101)],
  ] as const)("%s", (_, booked, budget, months, adjustment, capBase, department, after) => {
    const whole = lineAmountsFast(booked, budget, months, adjustment, capBase, department, after);
    expect(whole).not.toBeNull();
    expect(figuresFast(whole!, options)).not.toBeNull();
  });

  it.each([
    ["an amount of a tenth of an øre", [100.001, 100, 100, 100, 100]],
    ["an amount past 7e13 kr", [7e13 + 1, 100, 100, 100, 100]],
  ])("but not %s", (_, booked) => {
    expect(lineAmountsFast(booked, new Array(12).fill(100), new Array(12).fill(100), 0, undefined, null, null)).toBeNull();
  });

  it.each([
    // [projected, MAPE, unit, band]
    [1_234_567, 0.0823, 1, { low: 1_132_962, high: 1_336_172 }],
    [-50_000.37, 0.1, 0.01, { low: -55_000.41, high: -45_000.33 }],
    [98_765_432, 0.25, 1000, { low: 74_074_000, high: 123_457_000 }],
  ])("the band of %d by %d at %d", (projected, mape, unit, band) => {
    expect(bandFast(projected, mape, unit as Unit)).toEqual(band);
    expect(errorBand(projected, new Decimal(mape), unit as Unit)).toEqual(band);
  });

  it.each([
    ["exactly on a half unit", 100, 0.005, 1],
    ["rounding to zero", 100, 1, 1],
  ])("and takes the exact band %s", (_, projected, mape, unit) => {
    expect(bandFast(projected, mape, unit as Unit)).toBeNull();
  });
});
