// =BUDGET.PERIODIZE(A2,$E$1:$P$1) filled down a column: one call per line, each with the same row
// of weights (new arrays each call, as a host hands them over). The adapter keeps the last row's
// periodizer and the core keeps prepared weights; neither may change a result. Each call is
// compared with the same call made cold (no weights kept, the adapter's last row another one),
// and good lines with the core's months along weights prepared afresh.
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { PERIODIZE } from "../../addin/functions/catalog";
import type { Cell, FunctionError, FunctionResult } from "../../addin/functions/cells";
import { apportion, prepareWeights } from "../../core/apportion";
import { fromUnits, toUnits, type Unit } from "../../core/money";
import { ANNUAL } from "../../core/errors";
import { clearWeightCache } from "../../core/weightCache";

const SEASONAL = [8.6, 8.2, 8.5, 8.3, 8.4, 7.9, 4.1, 7.6, 9.0, 9.4, 9.6, 10.4];
const OTHER: Cell[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

beforeEach(() => clearWeightCache());

/** The same call with nothing kept: no prepared weights, and another row last. */
function cold(annual: Cell, row: Cell[], year: Cell, unit: Cell): FunctionResult {
  clearWeightCache();
  PERIODIZE.evaluate([[1]], [[...OTHER]], 2026, 1);
  clearWeightCache();
  return PERIODIZE.evaluate([[annual]], [[...row]], year, unit);
}

/** The core's months for a good line, the weights prepared afresh (whole kroner amounts only). */
function fresh(annual: number, weights: readonly number[], unit: Unit): number[] {
  return apportion(toUnits(annual, unit, ANNUAL), prepareWeights(weights)).map((c) => fromUnits(c as number, unit));
}

const err = (message: string, messageDa: string): FunctionError => ({ kind: "value", message, messageDa });

const goodWeight = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 200 }).map((w) => w / 10), fc.constantFrom(0.1, 1 / 3, -0));
const badCell = fc.constantFrom<Cell>("8,6", "abc", "", null, true, { error: "#N/A" }, -1, Number.NaN);
const rowArb: fc.Arbitrary<Cell[]> = fc
  .tuple(fc.array(goodWeight, { minLength: 12, maxLength: 12 }), fc.option(fc.tuple(fc.integer({ min: 0, max: 11 }), badCell), { freq: 4 }))
  .map(([weights, bad]) => (bad === null ? weights : weights.map((w, i) => (i === bad[0] ? bad[1] : w))));
const annualArb = fc.oneof(
  { arbitrary: fc.integer({ min: -50_000_000, max: 50_000_000 }), weight: 8 },
  { arbitrary: fc.integer({ min: -5_000_000_00, max: 5_000_000_00 }).map((ore) => ore / 100), weight: 4 },
  { arbitrary: fc.constantFrom<Cell>("1234", null, true), weight: 1 },
);
const yearArb = fc.constantFrom<Cell>(2025, 2026, null, 1899);
const unitArb = fc.constantFrom<Cell>(1, 0.01, 1000, null, 5);

describe("PERIODIZE filled down: every call as it is made cold", () => {
  it("over random rows (some with a bad cell), amounts, years and units, rows repeated and alternating", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.array(annualArb, { minLength: 1, maxLength: 20 }), yearArb, unitArb), { minLength: 1, maxLength: 12 }),
        (rows, steps) => {
          clearWeightCache();
          const calls: { annual: Cell; row: Cell[]; year: Cell; unit: Cell; result: FunctionResult }[] = [];
          for (const [pick, annuals, year, unit] of steps) {
            const row = rows[pick % rows.length];
            for (const annual of annuals) calls.push({ annual, row, year, unit, result: PERIODIZE.evaluate([[annual]], [[...row]], year, unit) });
          }
          for (const { annual, row, year, unit, result } of calls) expect(result).toEqual(cold(annual, row, year, unit));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("a good row filled down 2,000 lines gives the core's fresh months on every line, at each unit", () => {
    for (const unit of [1, 0.01, 1000] as const) {
      for (let line = 0; line < 2000; line++) {
        const annual = (line % 7 === 0 ? -1 : 1) * (1000 + line * 7919);
        expect(PERIODIZE.evaluate([[annual]], [[...SEASONAL]], 2026, unit)).toEqual([fresh(annual, SEASONAL, unit)]);
      }
    }
  });
});

describe("PERIODIZE filled down: a row like the last one is still read", () => {
  it.each<{ name: string; row: Cell[]; result: FunctionResult }>([
    {
      name: "a weight typed as Danish text",
      row: SEASONAL.map((w, i) => (i === 2 ? "8,5" : w)),
      result: [[err('profile weight 3 "8,5" is text in Danish number format; convert it to a number', 'profilvægt 3 "8,5" er tekst i dansk talformat; konvertér den til et tal')]],
    },
    {
      name: "a blank weight",
      row: SEASONAL.map((w, i) => (i === 11 ? null : w)),
      result: [[err("profile weight 12 is blank; enter 0 if there is none", "profilvægt 12 er tom; skriv 0, hvis der ikke er noget")]],
    },
    {
      name: "a negative weight",
      row: SEASONAL.map((w, i) => (i === 0 ? -8.6 : w)),
      result: [[err("profile weight 1 is negative (-8.6); weights must be 0 or more", "profilvægt 1 er negativ (-8,6); vægte skal være 0 eller mere")]],
    },
  ])("after the good row: $name", ({ row, result }) => {
    expect(PERIODIZE.evaluate([[1000]], [[...SEASONAL]], 2026, 1)).toEqual([fresh(1000, SEASONAL, 1)]);
    expect(PERIODIZE.evaluate([[1000]], [row], 2026, 1)).toEqual(result);
    expect(PERIODIZE.evaluate([[1000]], [[...SEASONAL]], 2026, 1)).toEqual([fresh(1000, SEASONAL, 1)]);
  });

  it("the same row with another unit or year, or as a batch of lines, gives that call's months", () => {
    expect(PERIODIZE.evaluate([[1000]], [[...SEASONAL]], 2026, 1)).toEqual([[86, 82, 85, 83, 84, 79, 41, 76, 90, 94, 96, 104]]);
    expect(PERIODIZE.evaluate([[1000]], [[...SEASONAL]], 2026, 1000)).toEqual([[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000]]);
    expect(PERIODIZE.evaluate([[1000.5]], [[...SEASONAL]], 2026, 0.01)).toEqual([[86.04, 82.04, 85.04, 83.04, 84.04, 79.04, 41.02, 76.04, 90.05, 94.05, 96.05, 104.05]]);
    expect(PERIODIZE.evaluate([[1000]], [[...SEASONAL]], 1899, 1)).toEqual([[err("year must be a whole number from 1900 to 9999; got 1899", "år skal være et helt tal fra 1900 til 9999; fik 1899")]]);
    expect(PERIODIZE.evaluate([[1000], [-1000], ["x"]], [[...SEASONAL]], 2026, 1)).toEqual([
      [86, 82, 85, 83, 84, 79, 41, 76, 90, 94, 96, 104],
      [-86, -82, -85, -83, -84, -79, -41, -76, -90, -94, -96, -104],
      new Array(12).fill(err('annual amount is text ("x"); a number is needed', 'årsbeløb er tekst ("x"); der skal stå et tal')),
    ]);
  });

  it("a built-in profile filled down follows the year of each call", () => {
    const leap = [[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]];
    expect(PERIODIZE.evaluate([[366]], [["days"]], 2024, 1)).toEqual(leap);
    expect(PERIODIZE.evaluate([[365]], [["days"]], 2025, 1)).toEqual([[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]]);
    expect(PERIODIZE.evaluate([[366]], [["days"]], 2024, 1)).toEqual(leap);
  });
});
