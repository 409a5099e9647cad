// Exact oracles for periodize(annual, profile, options). Every expected month below was worked out
// by hand (largest remainder: floor of each exact share, then one leftover unit each to the largest
// remainders, ties to the larger weight and then the earlier position). Nothing here is computed by
// the code under test.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { BudgetError, periodize, periodizer, type PeriodizeOptions, type Profile, type Unit } from "../../core";

/** `count` copies of `value`, for writing 12-month rows by hand. */
const rep = (value: number, count: number): number[] => new Array<number>(count).fill(value);
/** The weights 1, 2, ..., 12 (sum 78). */
const RISING = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const zeros = (count: number) => rep(0, count);

interface Case {
  name: string;
  annual: number | string;
  profile: Profile;
  unit?: Unit;
  months: number[];
}

const opts = (unit: Unit | undefined): PeriodizeOptions => (unit === undefined ? { year: 2026 } : { year: 2026, unit });

describe("periodize: equal profile", () => {
  it.each<Case>([
    // 1000 / 12 = 83 rest 4: four leftovers, all remainders and weights equal -> the first four months
    { name: "1000 at 1 kr", annual: 1000, profile: "equal", months: [...rep(84, 4), ...rep(83, 8)] },
    { name: "12 at 1 kr", annual: 12, profile: "equal", months: rep(1, 12) },
    { name: "0", annual: 0, profile: "equal", months: zeros(12) },
    // 11 / 12: every floor is 0, 11 leftovers go to the 11 earliest months
    { name: "11", annual: 11, profile: "equal", months: [...rep(1, 11), 0] },
    { name: "-11 (income) is minus 11", annual: -11, profile: "equal", months: [...rep(-1, 11), 0] },
    // 123456 øre / 12 = 10288 øre exactly
    { name: "1234.56 at 0.01", annual: 1234.56, profile: "equal", unit: 0.01, months: rep(102.88, 12) },
    { name: "-1234.56 at 0.01", annual: -1234.56, profile: "equal", unit: 0.01, months: rep(-102.88, 12) },
    // rounds to 1235 = 12 x 102 + 11
    { name: "1234.56 at 1", annual: 1234.56, profile: "equal", unit: 1, months: [...rep(103, 11), 102] },
    // rounds to 1 thousand
    { name: "1234.56 at 1000", annual: 1234.56, profile: "equal", unit: 1000, months: [1000, ...zeros(11)] },
    // 1.5 thousand rounds half away from zero to 2 thousand
    { name: "1500 at 1000", annual: 1500, profile: "equal", unit: 1000, months: [1000, 1000, ...zeros(10)] },
    { name: "-1500 at 1000", annual: -1500, profile: "equal", unit: 1000, months: [-1000, -1000, ...zeros(10)] },
    { name: "499.99 at 1000", annual: 499.99, profile: "equal", unit: 1000, months: zeros(12) },
    { name: "500 at 1000", annual: 500, profile: "equal", unit: 1000, months: [1000, ...zeros(11)] },
    { name: "-500 at 1000", annual: -500, profile: "equal", unit: 1000, months: [-1000, ...zeros(11)] },
    // 100000 øre / 12 = 8333 rest 4
    { name: "1000 at 0.01", annual: 1000, profile: "equal", unit: 0.01, months: [...rep(83.34, 4), ...rep(83.33, 8)] },
    // 10000 øre / 12 = 833 rest 4
    { name: "100 at 0.01", annual: 100, profile: "equal", unit: 0.01, months: [...rep(8.34, 4), ...rep(8.33, 8)] },
    // the number 1.005 is read as the decimal 1.005 (Excel's ROUND(1.005;2) = 1.01): 101 øre = 12 x 8 + 5
    { name: "1.005 at 0.01", annual: 1.005, profile: "equal", unit: 0.01, months: [...rep(0.09, 5), ...rep(0.08, 7)] },
    // 2.675 -> 268 øre = 12 x 22 + 4
    { name: "2.675 at 0.01", annual: 2.675, profile: "equal", unit: 0.01, months: [...rep(0.23, 4), ...rep(0.22, 8)] },
    // 1e15 at 1000: 10^12 thousands = 12 x 83333333333 + 4
    {
      name: "1e15 at 1000",
      annual: 1e15,
      profile: "equal",
      unit: 1000,
      months: [...rep(83333333334000, 4), ...rep(83333333333000, 8)],
    },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: decimal strings", () => {
  it.each<Case>([
    // 123456.5 øre rounds half away from zero to 123457 = 12 x 10288 + 1
    { name: '"1234.565" at 0.01', annual: "1234.565", profile: "equal", unit: 0.01, months: [102.89, ...rep(102.88, 11)] },
    // -0.5 rounds half away from zero to -1
    { name: '"-0.5" at 1', annual: "-0.5", profile: "equal", unit: 1, months: [-1, ...zeros(11)] },
    { name: '"0.5" at 1', annual: "0.5", profile: "equal", unit: 1, months: [1, ...zeros(11)] },
    { name: '"0.49" at 1', annual: "0.49", profile: "equal", unit: 1, months: zeros(12) },
    { name: '"-0.49" at 1 gives 0, not -0', annual: "-0.49", profile: "equal", unit: 1, months: zeros(12) },
    { name: '" 1000 " (spaces trimmed)', annual: " 1000 ", profile: "equal", months: [...rep(84, 4), ...rep(83, 8)] },
    { name: '"+12"', annual: "+12", profile: "equal", months: rep(1, 12) },
    { name: '".5"', annual: ".5", profile: "equal", months: [1, ...zeros(11)] },
    { name: '"1000."', annual: "1000.", profile: "equal", months: [...rep(84, 4), ...rep(83, 8)] },
    { name: '"-1234.56" at 0.01', annual: "-1234.56", profile: "equal", unit: 0.01, months: rep(-102.88, 12) },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: profile names", () => {
  it.each(["equal", "Equal", " EQUAL ", "lige"])("%j is the equal profile", (name) => {
    expect(periodize(1000, name, { year: 2026 })).toEqual([...rep(84, 4), ...rep(83, 8)]);
  });
});

describe("periodize: weights", () => {
  it.each<Case>([
    // 1000 x i / 78: floors 12 25 38 51 64 76 89 102 115 128 141 153 (sum 994), 6 leftovers.
    // Remainders in 78ths (1000 i mod 78): 64 50 36 22 8 72 58 44 30 16 2 66; the six largest are
    // 72 (m6), 66 (m12), 64 (m1), 58 (m7), 50 (m2), 44 (m8).
    { name: "rising 1..12, 1000", annual: 1000, profile: RISING, months: [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154] },
    {
      name: "rising 1..12, -1000",
      annual: -1000,
      profile: RISING,
      months: [-13, -26, -38, -51, -64, -77, -90, -103, -115, -128, -141, -154],
    },
    // 1235 x i / 78: floors 15 31 47 63 79 95 110 126 142 158 174 190 (sum 1230), 5 leftovers.
    // Remainders in 78ths: 65 52 39 26 13 0 65 52 39 26 13 0. Order: 65 m7 (weight 7 beats m1's
    // 1), 65 m1, 52 m8, 52 m2, then 39: m9 (weight 9) beats the earlier m3 (weight 3).
    { name: "rising 1..12, 1235: equal remainders go to the larger, later weight", annual: 1235, profile: RISING, months: [16, 32, 47, 63, 79, 95, 111, 127, 143, 158, 174, 190] },
    // Weights read as the decimals typed: 0.1 + 0.2 + 0.3 + 0.4 = 1 exactly, so 5 splits as
    // 0.5, 1, 1.5, 2: floors 0 1 1 2, one leftover, remainders m1 = m3 = 0.5, tie -> larger weight
    // m3. Read as binary doubles, 0.1 is a hair above a tenth and 0.3 a hair below three tenths,
    // so m1 would win and give [1, 1, 1, 2].
    { name: "decimals 0.1 0.2 0.3 0.4, 5", annual: 5, profile: [0.1, 0.2, 0.3, 0.4, ...zeros(8)], months: [0, 1, 2, 2, ...zeros(8)] },
    // 0.7 + 0.1 + 0.2 = 1 exactly: shares 3.5, 0.5, 1: floors 3 0 1, remainders m1 = m2 = 0.5, tie ->
    // larger weight m1. As doubles m2 (0.1 a hair high, 0.7 a hair low) would win: [3, 1, 1].
    { name: "decimals 0.7 0.1 0.2, 5", annual: 5, profile: [0.7, 0.1, 0.2, ...zeros(9)], months: [4, 0, 1, ...zeros(9)] },
    { name: "decimals 0.1 x 10, 10", annual: 10, profile: [...rep(0.1, 10), 0, 0], months: [...rep(1, 10), 0, 0] },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: ties", () => {
  it.each<Case>([
    // 2 x (1, 3) / 4 = 0.5, 1.5: floors 0 1, one leftover, remainders both 0.5 -> larger weight m2
    { name: "equal remainders: larger weight wins", annual: 2, profile: [1, 3, ...zeros(10)], months: [0, 2, ...zeros(10)] },
    { name: "the same for -2", annual: -2, profile: [1, 3, ...zeros(10)], months: [0, -2, ...zeros(10)] },
    // the larger weight wins even in the last month: shares 0.5 (m1) and 1.5 (m12)
    { name: "larger weight wins over an earlier position", annual: 2, profile: [1, ...zeros(10), 3], months: [...zeros(11), 2] },
    // 3 x (2, 1, 2, 1) / 6 = 1, 0.5, 1, 0.5: floors 1 0 1 0, one leftover, m2 and m4 tie on
    // remainder and weight -> the earlier m2
    { name: "equal remainder and weight: earlier wins", annual: 3, profile: [2, 1, 2, 1, ...zeros(8)], months: [1, 1, 1, ...zeros(9)] },
    // 2 x (1, 2) / 3 = 0.67, 1.33: remainders 2/3 (m1) and 1/3 (m2): the larger remainder wins
    // although m2 has the larger weight
    { name: "larger remainder beats larger weight", annual: 2, profile: [1, 2, ...zeros(10)], months: [1, 1, ...zeros(10)] },
    // 10 x (1 x 11, 2) / 13: floors 0 x 11 and 1 (m12), 9 leftovers; remainders 10/13 for m1..m11
    // and 7/13 for m12 -> the nine earliest of m1..m11
    { name: "several leftovers", annual: 10, profile: [...rep(1, 11), 2], months: [...rep(1, 9), 0, 0, 1] },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: zero-weight months get 0", () => {
  it.each<Case>([
    // 3 x (5, 5) / 10 = 1.5, 1.5: one leftover, tie on remainder and weight -> earlier m2
    { name: "0 5 0 5", annual: 3, profile: [0, 5, 0, 5, ...zeros(8)], months: [0, 2, 0, 1, ...zeros(8)] },
    { name: "only December", annual: 1000, profile: [...zeros(11), 1], months: [...zeros(11), 1000] },
    { name: "only December, -1000", annual: -1000, profile: [...zeros(11), 1], months: [...zeros(11), -1000] },
    // 1000 / 6 = 166 rest 4
    { name: "second half year", annual: 1000, profile: [...zeros(6), ...rep(1, 6)], months: [...zeros(6), 167, 167, 167, 167, 166, 166] },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: weights such as 1/3 as doubles", () => {
  const THIRD = 1 / 3; // 0.3333333333333333
  const TWO_THIRDS = 2 / 3; // 0.6666666666666666
  it.each<Case>([
    // read as 3333333333333333 / 10^16 each: all equal, as the equal profile. The common scale
    // (sum 12 x 3333333333333333 > 2^53) takes the bigint path.
    { name: "1/3 x 12, 1000", annual: 1000, profile: rep(THIRD, 12), months: [...rep(84, 4), ...rep(83, 8)] },
    // 3333333333333333 : 6666666666666666 is exactly 1 : 2, so 3 splits as 1 and 2
    { name: "1/3, 2/3, 3", annual: 3, profile: [THIRD, TWO_THIRDS, ...zeros(10)], months: [1, 2, ...zeros(10)] },
    // 100 as 33.33 and 66.67: one leftover, remainder 2/3 (m2) beats 1/3 (m1)
    { name: "1/3, 2/3, 100", annual: 100, profile: [THIRD, TWO_THIRDS, ...zeros(10)], months: [33, 67, ...zeros(10)] },
    // 4 x (0.3333333333333333, 1) / 1.3333333333333333: m1's share is a hair below 1 (floor 0,
    // remainder 13333333333333332 in units of 10^-16), m2's a hair above 3 (floor 3, remainder 1):
    // the leftover goes to m1
    { name: "1/3, 1, 4", annual: 4, profile: [THIRD, 1, ...zeros(10)], months: [1, 3, ...zeros(10)] },
  ])("$name", ({ annual, profile, unit, months }) => {
    expect(periodize(annual, profile, opts(unit))).toEqual(months);
  });
});

describe("periodize: big amounts (bigint path)", () => {
  const sum = (months: number[]) => months.reduce((s, m) => s.plus(new Decimal(m)), new Decimal(0)).toFixed();

  it.each([
    {
      // 999999999999999 is a safe integer, but 999999999999999 x 12 + 78 > 2^53, so the split
      // cannot take the float path. Shares 999999999999999 i / 78, worked out in whole kroner.
      name: '"999999999999999" at 1 kr, weights 1..12',
      annual: "999999999999999",
      unit: 1 as Unit,
      months: [
        12820512820513, 25641025641026, 38461538461538, 51282051282051, 64102564102564, 76923076923077,
        89743589743590, 102564102564102, 115384615384615, 128205128205128, 141025641025641, 153846153846154,
      ],
      total: "999999999999999",
    },
    {
      // 6999999999999999 øre x weight 12 is beyond 2^53: the split takes the bigint path. The
      // amount is just under the øre limit (7e13), so every month is still an exact double.
      name: '"69999999999999.99" at 0.01, weights 1..12',
      annual: "69999999999999.99",
      unit: 0.01 as Unit,
      months: [
        897435897435.9, 1794871794871.79, 2692307692307.69, 3589743589743.59, 4487179487179.49, 5384615384615.38, 6282051282051.28, 7179487179487.18, 8076923076923.08, 8974358974358.97, 9871794871794.87, 10769230769230.77,
      ],
      total: "69999999999999.99",
    },
    {
      name: '"-69999999999999.99" at 0.01, weights 1..12',
      annual: "-69999999999999.99",
      unit: 0.01 as Unit,
      months: [
        -897435897435.9, -1794871794871.79, -2692307692307.69, -3589743589743.59, -4487179487179.49, -5384615384615.38, -6282051282051.28, -7179487179487.18, -8076923076923.08, -8974358974358.97, -9871794871794.87, -10769230769230.77,
      ],
      total: "-69999999999999.99",
    },
  ])("$name", ({ annual, unit, months, total }) => {
    const result = periodize(annual, RISING, { year: 2026, unit });
    expect(result).toEqual(months);
    expect(sum(result)).toBe(total);
  });
});

describe("periodizer", () => {
  it("shares one profile between many lines", () => {
    const split = periodizer(RISING, { unit: 1, year: 2026 });
    expect([split(1000), split(-1000), split(0), split("78")]).toEqual([
      [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154],
      [-13, -26, -38, -51, -64, -77, -90, -103, -115, -128, -141, -154],
      zeros(12),
      RISING,
    ]);
  });
});

describe("periodize: options", () => {
  const asUnit = (value: number) => value as Unit;

  it.each([
    { options: { unit: asUnit(0.5) }, code: "UNIT_INVALID", en: "unit must be 0.01, 1 or 1000; got 0.5", da: "enhed skal være 0,01, 1 eller 1000; fik 0,5" },
    { options: { unit: asUnit(100) }, code: "UNIT_INVALID", en: "unit must be 0.01, 1 or 1000; got 100", da: "enhed skal være 0,01, 1 eller 1000; fik 100" },
    { options: { unit: asUnit(0) }, code: "UNIT_INVALID", en: "unit must be 0.01, 1 or 1000; got 0", da: "enhed skal være 0,01, 1 eller 1000; fik 0" },
    { options: { year: 1899 }, code: "YEAR_INVALID", en: "year must be a whole number from 1900 to 9999; got 1899", da: "år skal være et helt tal fra 1900 til 9999; fik 1899" },
    { options: { year: 2026.5 }, code: "YEAR_INVALID", en: "year must be a whole number from 1900 to 9999; got 2026.5", da: "år skal være et helt tal fra 1900 til 9999; fik 2026,5" },
    { options: { year: 10000 }, code: "YEAR_INVALID", en: "year must be a whole number from 1900 to 9999; got 10000", da: "år skal være et helt tal fra 1900 til 9999; fik 10000" },
    { options: { year: Number.NaN }, code: "YEAR_INVALID", en: "year must be a whole number from 1900 to 9999; got NaN", da: "år skal være et helt tal fra 1900 til 9999; fik NaN" },
  ])("refuses $options", ({ options, code, en, da }) => {
    let caught: unknown;
    try {
      periodize(1000, "equal", options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BudgetError);
    const error = caught as BudgetError;
    expect({ code: error.code, kind: error.kind, message: error.message, da: error.describe("da") }).toEqual({
      code,
      kind: "value",
      message: en,
      da,
    });
  });

  it.each([
    { options: {}, months: [...rep(84, 4), ...rep(83, 8)] },
    { options: { year: 1900 }, months: [...rep(84, 4), ...rep(83, 8)] },
    { options: { year: 9999, unit: 1000 as Unit }, months: [1000, ...zeros(11)] },
    { options: { unit: 0.01 as Unit }, months: [...rep(83.34, 4), ...rep(83.33, 8)] },
  ])("accepts $options", ({ options, months }) => {
    expect(periodize(1000, "equal", options)).toEqual(months);
  });
});
