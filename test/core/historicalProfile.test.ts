// The historical profile in linear time (core/historicalProfile.ts): exact expected weights worked
// out by hand, with the step that settles each month (1 floating point, 2 fixed point, 3 exact), and
// fast-check properties against the definition computed over the common denominator
// (historicalProfileExact): the weights must be identical, ties and near-ties included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { historicalProfileExact } from "../../core/derivedProfiles";
import { historicalGridOfUnits, historicalProfile, historicalProfileOfCells, historicalSteps, type HistoryValue } from "../../core/historicalProfile";
import type { Cell } from "../../core/read";
import { failure } from "./failure";

const rep = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
/** A 12-month row: the given months first, then zeros. */
const row = <T extends HistoryValue>(...months: T[]): (T | number)[] => [...months, ...rep(0, 12 - months.length)];
const ONE_TO_12 = [
  0.0128205128, 0.0256410256, 0.0384615385, 0.0512820513, 0.0641025641, 0.0769230769, 0.0897435897, 0.1025641026, 0.1153846154,
  0.1282051282, 0.141025641, 0.1538461538,
];

describe("historicalProfile: the weights, and the step that settles each month", () => {
  it.each<{ name: string; actuals: HistoryValue[][]; weights: number[]; steps: number[] }>([
    {
      // 100 a month: 1/12 = 0.08333333333.. -> 0.0833333333, far from a half-way point
      name: "flat whole kroner",
      actuals: [rep(100, 12)],
      weights: rep(0.0833333333, 12),
      steps: rep(1, 12),
    },
    {
      // 0.01 .. 0.12 kr: whole øre, the shape of 1..12 (n / 78, see derivedProfiles.test.ts)
      name: "whole øre",
      actuals: [[0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.11, 0.12]],
      weights: ONE_TO_12,
      steps: rep(1, 12),
    },
    {
      // 0.001 .. 0.012 is no whole number of øre: read exactly as the decimals they print as
      name: "tenths of øre, read as decimals",
      actuals: [[0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009, 0.01, 0.011, 0.012]],
      weights: ONE_TO_12,
      steps: rep(1, 12),
    },
    {
      // 1e300 .. 12e300 as they print (3e+300 is 3 x 10^300): the shape of 1..12 again
      name: "amounts near the largest number",
      actuals: [Array.from({ length: 12 }, (_, m) => (m + 1) * 1e300)],
      weights: ONE_TO_12,
      steps: rep(1, 12),
    },
    {
      // Jan 1, Feb 5e-324 (the smallest number): Jan = 1 / (1 + 5e-324) -> 1, Feb -> 0
      name: "the smallest number next to 1",
      actuals: [row(1, 5e-324)],
      weights: row(1, 0),
      steps: rep(1, 12),
    },
    {
      // total 2^11: Jan 1/2048 = 0.00048828125, a tie at the 10th decimal -> 0.0004882813;
      // Feb 2047/2048 = 0.99951171875 -> 0.9995117188. In fixed point 2^128 / 2^11 is exact, so
      // the share's interval starts at the tie and all of it rounds up: settled there.
      name: "a share of 1/2^11 is a tie",
      actuals: [row(1, 2047)],
      weights: row(0.0004882813, 0.9995117188),
      steps: [2, 2, ...rep(1, 10)],
    },
    {
      // the same in thousandths of a krone (total 2.048), read as decimals
      name: "a tie in decimals",
      actuals: [row(0.001, 2.047)],
      weights: row(0.0004882813, 0.9995117188),
      steps: [2, 2, ...rep(1, 10)],
    },
    {
      // Jan shares in 2048ths: 1 (1/2048), 2 (1/1024), 4 (1/512), 1, 7: sum 15, over 5 years
      // 15 / (5 x 2048) = 3/2048 = 0.00146484375 -> 0.0014648438; Feb 1 - 3/2048 = 0.99853515625
      // -> 0.9985351563. A blank year and a year of refunds in between are left out.
      name: "a tie of five years with different totals",
      actuals: [row(1, 2047), row(1, 1023), rep(null, 12), row(1, 511), row(-3, -4), row(1, 2047), row(7, 2041)],
      weights: row(0.0014648438, 0.9985351563),
      steps: [2, 2, ...rep(1, 10)],
    },
    {
      // total 2e10 + 1: Jan 1/(2e10 + 1) = 0.0000000000499999999975 -> 0, a hair below the tie;
      // Feb 1 - that = 0.9999999999500000000025 -> 1, a hair above. Too close for the floating
      // point, settled in fixed point.
      name: "a hair from a tie",
      actuals: [row(1, 2e10)],
      weights: row(0, 1),
      steps: [2, 2, ...rep(1, 10)],
    },
    {
      // total 2e10: Jan 1/2e10 = 0.00000000005, a tie -> 0.0000000001; Feb 0.99999999995 -> 1.
      // 2e10 = 2^11 x 5^10 does not divide 2^128: only the exact step settles it.
      name: "a tie over 2e10",
      actuals: [row(1, 19999999999)],
      weights: row(1e-10, 1),
      steps: [3, 3, ...rep(1, 10)],
    },
    {
      // Jan (1/3e10 + 2/3e10) / 2 = 1/2e10, a tie made of shares that never end -> 0.0000000001;
      // Feb 1 - 1/2e10 -> 1
      name: "a tie of shares that never end",
      actuals: [row(1, 29999999999), row(2, 29999999998)],
      weights: row(1e-10, 1),
      steps: [3, 3, ...rep(1, 10)],
    },
    {
      // the same tie over 20,000 years (one denominator): the exact step in linear time
      name: "a tie over many years",
      actuals: rep(row(1, 19999999999), 20_000),
      weights: row(1e-10, 1),
      steps: [3, 3, ...rep(1, 10)],
    },
  ])("$name", ({ actuals, weights, steps }) => {
    expect(historicalProfile(actuals)).toEqual(weights);
    expect(historicalSteps(actuals)).toEqual(steps);
  });
});

describe("historicalProfile checks every row in row order, shape then values", () => {
  it.each<{ name: string; actuals: unknown[]; code: string; en: string }>([
    {
      name: "a bad value after a year read as decimals",
      actuals: [row(0.001, 2), [0.5, ...rep(1, 10), "x"]],
      code: "AMOUNT_TEXT",
      en: 'history row 2, month 12 is text ("x"); a number is needed',
    },
    {
      name: "a bad value in a year of huge amounts",
      actuals: [[1e300, Number.POSITIVE_INFINITY, ...rep(0, 10)]],
      code: "AMOUNT_NOT_FINITE",
      en: "history row 1, month 2 is not a finite number",
    },
    {
      name: "a short row after many good ones",
      actuals: [...rep(row(1, 2), 1000), rep(1, 11)],
      code: "HISTORY_LENGTH",
      en: "history row 1001 has 11 values; 12 are needed",
    },
  ])("$name", ({ actuals, code, en }) => {
    const history = actuals as HistoryValue[][];
    const error = failure(() => historicalProfile(history));
    expect({ code: error.code, en: error.en }).toEqual({ code, en });
    expect(error).toEqual(failure(() => historicalProfileExact(history)));
  });
});

describe("historicalProfileOfCells: cells as a host hands them over", () => {
  it.each<{ name: string; cells: Cell[][]; weights: number[] }>([
    {
      // "" and "  " are blank cells: nothing booked. Year 1: 300 in Mar, 100 x 9 from Apr (total
      // 1,200: 1/4, then 1/12); year 2: only blank text, left out. Mar 0.25, Apr-Dec 0.0833333333.
      name: "blank text is nothing booked",
      cells: [["", "  ", 300, ...rep(100, 9)], ["", ...rep(" ", 11)]],
      weights: [0, 0, 0.25, ...rep(0.0833333333, 9)],
    },
    {
      // a refund in a cell counts as 0, as in the core: 10 a month otherwise (shares 1/11)
      name: "a refund",
      cells: [[-50, ...rep(10, 11)]],
      weights: [0, ...rep(0.0909090909, 11)],
    },
  ])("$name", ({ cells, weights }) => {
    expect(historicalProfileOfCells(cells)).toEqual(weights);
  });

  it.each<{ name: string; cells: Cell[][]; code: string; en: string }>([
    { name: "text", cells: [rep(1, 12), [1, "x", ...rep(1, 10)]], code: "AMOUNT_TEXT", en: 'history row 2, month 2 is text ("x"); a number is needed' },
    { name: "TRUE", cells: [[true, ...rep(1, 11)]], code: "AMOUNT_BOOLEAN", en: "history row 1, month 1 is TRUE; a number is needed" },
    {
      name: "an error value",
      cells: [[...rep(1, 11), { error: "#N/A" }]],
      code: "AMOUNT_ERROR",
      en: "history row 1, month 12 is an error (#N/A); fix that cell first",
    },
  ])("$name is refused, with its cell", ({ cells, code, en }) => {
    const error = failure(() => historicalProfileOfCells(cells));
    expect({ code: error.code, en: error.en }).toEqual({ code, en });
  });

  it("blank text is no blank month for the core's own callers: refused, as by the definition", () => {
    const history = [["" as unknown as number, ...rep(1, 11)]];
    const error = failure(() => historicalProfile(history));
    expect(error.en).toBe("history row 1, month 1 is blank; enter 0 if there is none");
    expect(error).toEqual(failure(() => historicalProfileExact(history)));
  });
});

// --- properties against the definition ---------------------------------------------------------

/** Any month: blank, a refund, whole kroner, whole øre, any decimal, or 0. */
const anyMonth: fc.Arbitrary<HistoryValue> = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -100_000, max: -1 }),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((ore) => ore / 100),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double({ min: 1e15, max: 1e300, noNaN: true }),
);
const anyYear = fc.array(anyMonth, { minLength: 12, maxLength: 12 });
const someBooked = (years: HistoryValue[][]) => years.some((year) => year.some((v) => v !== null && v > 0));

/**
 * A year of nice fractions: months summing to 2^j x 5^i (the primes of the weight grid 10^-10), so
 * that averages over 1, 5 or 25 such years land exactly on half-way points often (at j = 11 for
 * one year: a / 2^11 = a x 0.00048828125).
 */
const niceYear = fc
  .tuple(
    fc.oneof(fc.constant(11), fc.integer({ min: 1, max: 16 })),
    fc.integer({ min: 0, max: 10 }),
    fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: 0, max: 11 }),
  )
  .map(([j, i, parts, last]) => {
    const total = 2 ** j * 5 ** i;
    let rest = total;
    const year = parts.map((p) => {
      const taken = Math.min(p % (total + 1), rest);
      rest -= taken;
      return taken;
    });
    year[last] += rest;
    return year;
  });
/** The amounts in kroner, øre or thousandths (read as decimals): the shares are the same. */
const perKrone = fc.constantFrom(1, 100, 1000);

const RUNS = { numRuns: 200 };

describe("historicalProfile equals the definition in exact arithmetic", () => {
  it("any history of up to 8 years", () => {
    fc.assert(
      fc.property(fc.array(anyYear, { minLength: 1, maxLength: 8 }).filter(someBooked), (years) => {
        expect(historicalProfile(years)).toEqual(historicalProfileExact(years));
      }),
      RUNS,
    );
  });

  it("nice fractions: 1, 5 or 25 years, ties at the 10th decimal, with left-out years", () => {
    const settled = [0, 0, 0, 0];
    fc.assert(
      fc.property(
        fc.constantFrom(1, 5, 25).chain((k) => fc.array(niceYear, { minLength: k, maxLength: k })),
        perKrone,
        fc.nat({ max: 3 }),
        (years, per, blanks) => {
          const history: HistoryValue[][] = [...rep(rep(null, 12), blanks), ...years.map((year) => year.map((v) => v / per))];
          expect(historicalProfile(history)).toEqual(historicalProfileExact(history));
          for (const step of historicalSteps(history)) settled[step]++;
        },
      ),
      RUNS,
    );
    // the ties reached every step
    expect(settled.slice(1).every((count) => count > 0), `months settled per step ${settled.slice(1).join(", ")}`).toBe(true);
  });

  it("many years: 100 to 300 years in kroner and øre", () => {
    const year = fc.array(
      fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000_000 }).map((ore) => ore / 100)),
      { minLength: 12, maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.array(year, { minLength: 100, maxLength: 300 }).filter(someBooked), (years) => {
        expect(historicalProfile(years)).toEqual(historicalProfileExact(years));
      }),
      { numRuns: 10 },
    );
  });

  it("near-ties: a share of n / (2e10 +- d), a hair from a half-way point", () => {
    // the weight grid is 1e-10: n / 2e10 is a tie for odd n, and n / (2e10 +- d) lies a hair off it
    const settled = [0, 0, 0, 0];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }).map((n) => 2 * n - 1),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 3 }),
        (n, d, k) => {
          const total = 2e10 + d;
          const years = rep(row(n, total - n), k);
          expect(historicalProfile(years)).toEqual(historicalProfileExact(years));
          for (const step of historicalSteps(years)) settled[step]++;
        },
      ),
      RUNS,
    );
    expect(settled[2], "months settled in fixed point").toBeGreaterThan(0);
  });
});

describe("historicalGridOfUnits: the first pass on a history read as whole units", () => {
  // whole øre, of either sign, blanks as 0; the grid is 10^10 x the weights of historicalProfile()
  // of the rows (of minus the rows for sign -1) wherever the first pass settles every month
  const rowsArb = fc.array(fc.array(fc.integer({ min: -1000, max: 5_000_000 }), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 6 });
  it.each([1, -1] as const)("sign %i", (sign) => {
    let settled = 0;
    fc.assert(
      fc.property(rowsArb, (ore) => {
        const rows = ore.map((r) => r.map((k) => (sign * k) / 100));
        const units = Float64Array.from(ore.flat(), (k) => sign * k);
        let grid: (number | null)[] | null = null;
        let error: unknown = null;
        try {
          grid = historicalGridOfUnits(units, rows.length, sign);
        } catch (e) {
          error = e;
        }
        const positive = sign < 0 ? rows.map((r) => r.map((v) => -v)) : rows;
        if (error !== null) {
          expect(failure(() => historicalProfile(positive))).toEqual(failure(() => { throw error; }));
          return;
        }
        if (grid === null) return;
        settled++;
        expect(grid.map((n) => (n === 0 ? 0 : (n as number) / 1e10))).toEqual(historicalProfile(positive));
      }),
      { numRuns: 300 },
    );
    expect(settled).toBeGreaterThan(250);
  });

  it("leaves a month at a half-way point open", () => {
    // shares 1/2^11 of 2048: 0.00048828125 lies on a half-way point of the 10th decimal
    expect(historicalGridOfUnits(Float64Array.from([1, 2047, ...rep(0, 10)]), 1, 1)).toBeNull();
  });
});
