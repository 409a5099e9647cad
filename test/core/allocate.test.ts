// Exact oracles and properties for allocate(total, bases, options), the allocation of a
// productivity or savings requirement (udmøntning), and productivityKeys.
//
// Every expected amount in the tables was worked out by hand (the reasoning is in the comments)
// and checked with an independent Python calculation (fractions.Fraction: water-filling over the
// sorted breakpoints, then largest remainder with ties to the larger key and then the earlier
// position); nothing in the tables is computed by the code under test. The properties compare
// against an independent bigint-fraction oracle written here and check the invariants: the sum is
// exact at the unit, signs are symmetric, exempt units get 0, floors and caps hold to within one
// unit, without floors and caps every amount is within one unit of its exact share, and a larger
// key never gets less.
//
// The rule: unit i's unrounded amount is clamp(lambda x key_i, minRate x base_i, maxRate x base_i)
// with the one lambda that makes them sum to the total rounded to the unit; exempt units (or key 0)
// get 0; each amount is then its whole units plus one for the largest remainders.
import { failure, type BadCase } from "./failure";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, BudgetError, productivityKeys, UNITS, type AllocateOptions, type ErrorCode, type Unit } from "../../core";
import { allocateExact } from "../../core/allocate";

const RUNS = { numRuns: 200 };

/** The four hospitals of the examples: budgets of 1,000, 750, 500 and 250 million kroner. */
const HOSPITALS = [1_000_000_000, 750_000_000, 500_000_000, 250_000_000];

interface Case {
  name: string;
  total: number | string;
  bases: number[];
  options?: AllocateOptions;
  expected: number[];
}

describe("allocate: worked examples", () => {
  it.each<Case>([
    // The general case: 2 % of every budget. The budgets sum to 2,500,000,000 and 50,000,000 is
    // 2 % of that, so each hospital carries 2 % of its own budget: 20, 15, 10 and 5 million, whole
    // kroner with no remainders.
    { name: "2 % general requirement", total: 50_000_000, bases: HOSPITALS, expected: [20_000_000, 15_000_000, 10_000_000, 5_000_000] },
    // By a key column (beds 520, 310, 240, 130; sum 1,200): 50,000,000 x beds / 1,200 =
    // 21,666,666 2/3, 12,916,666 2/3, 10,000,000 and 5,416,666 2/3. Whole kroner sum to
    // 49,999,998, so 2 kroner are left; three remainders tie at 2/3 and the larger keys (520,
    // then 310) get them: 21,666,667, 12,916,667, 10,000,000, 5,416,666.
    {
      name: "by beds, ties to the larger key",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [520, 310, 240, 130] },
      expected: [21_666_667, 12_916_667, 10_000_000, 5_416_666],
    },
    // Hospital 4 exempt: the others carry all of it over 2,250,000,000: 50,000,000 x 1,000 / 2,250
    // = 22,222,222 2/9; x 750 / 2,250 = 16,666,666 6/9; x 500 / 2,250 = 11,111,111 1/9. Whole
    // kroner 49,999,999; the one left goes to the largest remainder, 6/9 (hospital 2).
    {
      name: "an exempt unit",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { exempt: [false, false, false, true] },
      expected: [22_222_222, 16_666_667, 11_111_111, 0],
    },
    // Key 0 is the same as exempt.
    {
      name: "key 0 is exempt",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [1_000_000_000, 750_000_000, 500_000_000, 0] },
      expected: [22_222_222, 16_666_667, 11_111_111, 0],
    },
    // Floors binding: beds 400, 300, 50, 50 and minRate 1 % (floors 10, 7.5, 5 and 2.5 million).
    // Free: 62,500 per bed gives 25, 18.75, 3.125 and 3.125 million; hospital 3 is below its
    // floor of 5 million, so it is held there and 45 million is shared over 750 beds: 60,000 per
    // bed gives 24, 18 and 3 million. Check: hospital 3 at 60,000 x 50 = 3 million is below its
    // floor (held, right), hospital 4's 3 million is above its 2.5 million floor (free, right).
    {
      name: "floors binding",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [400, 300, 50, 50], minRate: 0.01 },
      expected: [24_000_000, 18_000_000, 5_000_000, 3_000_000],
    },
    // Caps binding: beds 100, 100, 400, 400 and maxRate 3 % (caps 30, 22.5, 15 and 7.5 million).
    // Free: 50,000 per bed gives 5, 5, 20 and 20 million; hospitals 3 and 4 exceed their caps and
    // are held at 15 and 7.5 million; 27.5 million is left for 200 beds: 137,500 per bed, 13.75
    // million each, under their caps. Check: 137,500 x 400 = 55 million is above both caps (held).
    {
      name: "caps binding",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [100, 100, 400, 400], maxRate: 0.03 },
      expected: [13_750_000, 13_750_000, 15_000_000, 7_500_000],
    },
    // Both: keys 1, 4, 4, 4, minRate 1.5 % (floors 15, 11.25, 7.5, 3.75 million), maxRate 2.5 %
    // (caps 25, 18.75, 12.5, 6.25 million). Hospital 1 (key 1) is held at its floor of 15 million,
    // hospitals 3 and 4 at their caps of 12.5 and 6.25 million; hospital 2 carries the rest,
    // 50 - 15 - 12.5 - 6.25 = 16.25 million, so lambda = 16.25 / 4 = 4.0625 million per key.
    // Check: hospital 1 at 4.0625 million < 15 (floor, right); hospitals 3 and 4 at 16.25 million
    // > 12.5 and 6.25 (caps, right); hospital 2's 16.25 lies within [11.25, 18.75] (free, right).
    {
      name: "floors and caps binding",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [1, 4, 4, 4], minRate: 0.015, maxRate: 0.025 },
      expected: [15_000_000, 16_250_000, 12_500_000, 6_250_000],
    },
    // A floor off the unit: bases 1,234,512, 2,000,000, 3,000,000, keys 1, 10, 10, minRate 1 %.
    // Unit 1's floor is 12,345.12; the rest, 87,654.88, is 4,382.744 per key: 43,827.44 each for
    // units 2 and 3 (above their floors of 20,000 and 30,000; unit 1 at 4,382.744 < its floor).
    // Whole kroner 12,345 + 43,827 + 43,827 = 99,999; the one left ties at .44 between units 2 and
    // 3 (same key): the earlier. Unit 1 lands at 12,345, 0.12 below its floor: within one unit.
    {
      name: "a floor rounded down, within one unit",
      total: 100_000,
      bases: [1_234_512, 2_000_000, 3_000_000],
      options: { keys: [1, 10, 10], minRate: 0.01 },
      expected: [12_345, 43_828, 43_827],
    },
    // A cap off the unit: bases 1,000,000, 1,000,000, 1,461,263, keys 1, 1, 10, maxRate 3 %.
    // Free, unit 3 would get 83,333.33 > its cap 43,837.89, so it is held there; the rest,
    // 56,162.11, is 28,081.055 each for units 1 and 2 (under their caps of 30,000). Whole kroner
    // 28,081 + 28,081 + 43,837 = 99,999; the one left goes to the largest remainder, .89 (unit 3),
    // which lands at 43,838, 0.11 above its cap: within one unit.
    {
      name: "a cap rounded up, within one unit",
      total: 100_000,
      bases: [1_000_000, 1_000_000, 1_461_263],
      options: { keys: [1, 1, 10], maxRate: 0.03 },
      expected: [28_081, 28_081, 43_838],
    },
    // Differentiated by productivity: keys base / index for indexes 1.25, 1, 0.8, 1.1 (strength
    // 1): 800,000,000, 750,000,000, 625,000,000 and 227,272,727.273 (12 significant digits; see
    // productivityKeys below), sum 2,402,272,727.273. Shares of 50,000,000: 16,650,898.770,
    // 15,610,217.597, 13,008,514.664, 4,730,368.969; whole kroner 49,999,997, the 3 left go to the
    // remainders .969 (unit 4), .770 (unit 1) and .664 (unit 3).
    {
      name: "differentiated by productivity",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [800_000_000, 750_000_000, 625_000_000, 227_272_727.273] },
      expected: [16_650_899, 15_610_217, 13_008_515, 4_730_369],
    },
    // The same with minRate 1.5 % and maxRate 2.5 %: hospital 3's 13,008,514.66 exceeds its cap of
    // 12,500,000 and is held there; 37,500,000 over the other keys (sum 1,777,272,727.273):
    // 16,879,795.396, 15,824,808.184 and 4,795,396.419, all within their floors and caps
    // (15-25, 11.25-18.75, 3.75-6.25 million). Whole kroner 49,999,999; the one left: .419 (unit 4).
    {
      name: "differentiated by productivity, with a cap binding",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [800_000_000, 750_000_000, 625_000_000, 227_272_727.273], minRate: 0.015, maxRate: 0.025 },
      expected: [16_879_795, 15_824_808, 12_500_000, 4_795_397],
    },
    // Ties: keys 1, 3, 1, 3 share 4: 0.5, 1.5, 0.5, 1.5. Whole 0 + 1 + 0 + 1 = 2; every remainder
    // is .5, so the 2 left go to the larger keys (units 2 and 4) before the earlier positions.
    { name: "tie: larger key before earlier position", total: 4, bases: [1, 1, 1, 1], options: { keys: [1, 3, 1, 3] }, expected: [0, 2, 0, 2] },
    { name: "tie: larger key first (keys 3, 1, 3, 1)", total: 4, bases: [1, 1, 1, 1], options: { keys: [3, 1, 3, 1] }, expected: [2, 0, 2, 0] },
    // Equal keys: 3 over four units is 0.75 each; the 3 units go to the earliest positions.
    { name: "tie: equal keys, earlier position", total: 3, bases: [1, 1, 1, 1], expected: [1, 1, 1, 0] },
    // Bases 2, 3, 2, 3 and 11: 2.2, 3.3, 2.2, 3.3; whole 10; the .3 remainders tie with equal keys
    // (3): the earlier, unit 2.
    { name: "tie: equal remainders and keys", total: 11, bases: [2, 3, 2, 3], expected: [2, 4, 2, 3] },
    // Unit 1000: 100,000 kr is 100 thousands over bases 1, 2, 4 million: 100/7 = 14 2/7, 28 4/7,
    // 57 1/7; whole 99; the one left to 4/7 (unit 2): 14, 29, 57 thousand.
    {
      name: "unit 1000",
      total: 100_000,
      bases: [1_000_000, 2_000_000, 4_000_000],
      options: { unit: 1000 },
      expected: [14_000, 29_000, 57_000],
    },
    // 100,500 rounds half away from zero to 101 thousands: 14 3/7, 28 6/7, 57 5/7; whole 99; the
    // 2 left to 6/7 and 5/7 (units 2 and 3).
    {
      name: "unit 1000, the total rounded half up",
      total: 100_500,
      bases: [1_000_000, 2_000_000, 4_000_000],
      options: { unit: 1000 },
      expected: [14_000, 29_000, 58_000],
    },
    // 100,499.99 rounds to 100 thousands: as the first unit-1000 case.
    {
      name: "unit 1000, the total rounded down",
      total: "100499.99",
      bases: [1_000_000, 2_000_000, 4_000_000],
      options: { unit: 1000 },
      expected: [14_000, 29_000, 57_000],
    },
    // Unit 0.01: 100 kr over three equal bases is 33.33 1/3 each; the one øre left to the first.
    { name: "unit 0.01", total: 100, bases: [1, 1, 1], options: { unit: 0.01 }, expected: [33.34, 33.33, 33.33] },
    // A negative total is exactly minus the allocation of its size (the beds case above).
    {
      name: "a negative total",
      total: -50_000_000,
      bases: HOSPITALS,
      options: { keys: [520, 310, 240, 130] },
      expected: [-21_666_667, -12_916_667, -10_000_000, -5_416_666],
    },
    // A total of 0 gives zeros (no floors), also when every unit is exempt.
    { name: "a total of 0", total: 0, bases: HOSPITALS, options: { maxRate: 0.02 }, expected: [0, 0, 0, 0] },
    { name: "a total of 0, all exempt", total: 0, bases: [5, 0], options: { exempt: [true, false] }, expected: [0, 0] },
    // A total exactly at the sum of the caps: every unit at its cap (2 % of each).
    {
      name: "a total exactly at the caps",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [1, 2, 3, 4], maxRate: 0.02 },
      expected: [20_000_000, 15_000_000, 10_000_000, 5_000_000],
    },
    // A total exactly at the sum of the floors: every unit at its floor.
    {
      name: "a total exactly at the floors",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [4, 3, 2, 1], minRate: 0.02, maxRate: 0.05 },
      expected: [20_000_000, 15_000_000, 10_000_000, 5_000_000],
    },
    // minRate = maxRate pins every unit to its rate, whatever the keys.
    {
      name: "minRate equal to maxRate",
      total: 50_000_000,
      bases: HOSPITALS,
      options: { keys: [9, 1, 5, 7], minRate: 0.02, maxRate: 0.02 },
      expected: [20_000_000, 15_000_000, 10_000_000, 5_000_000],
    },
    // Keys read as the decimals they print as: 0.1, 0.2 and 0.3 are 1:2:3 exactly, so 60 splits
    // into 10, 20 and 30 (in floating point 0.1 + 0.2 is not 0.3).
    { name: "decimal keys", total: 60, bases: [1, 1, 1], options: { keys: [0.1, 0.2, 0.3] }, expected: [10, 20, 30] },
    // Keys far beyond 2^53, or with 20 decimal places, are still 1:2:3 (read exactly in bigint).
    { name: "huge keys", total: 60, bases: [1, 1, 1], options: { keys: [1e20, 2e20, 3e20] }, expected: [10, 20, 30] },
    { name: "tiny keys", total: 60, bases: [1, 1, 1], options: { keys: [1e-20, 2e-20, 3e-20] }, expected: [10, 20, 30] },
  ])("$name", ({ total, bases, options, expected }) => {
    expect(allocate(total, bases, options)).toEqual(expected);
    expect(allocateExact(total, bases, options)).toEqual(expected);
  });

  it("2,000 units with many tied remainders: the floating-point fast path agrees with the bigint path", () => {
    // departments with budgets in whole thousands and 1 to 12 staff as the key: many units share a
    // key and a base, so their remainders tie exactly and only the exact order can tell them apart
    let seed = 17;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const bases = Array.from({ length: 2000 }, () => 1000 * (100 + Math.floor(next() * 50)));
    const keys = Array.from({ length: 2000 }, () => 1 + Math.floor(next() * 12));
    const exempt = keys.map((_, i) => i % 97 === 0);
    for (const options of [{ keys }, { keys, exempt, minRate: 0.01, maxRate: 0.03 }, { keys, minRate: 0.015, unit: 1000 as Unit }]) {
      for (const total of [5_000_001, -4_999_999, 6_000_000]) {
        const fast = allocate(total, bases, options);
        expect(fast).toEqual(allocateExact(total, bases, options));
        const unit = options.unit ?? 1;
        expect(fast.reduce((s, a) => s.plus(units(a, unit)), new Decimal(0)).toFixed()).toBe(totalUnits(total, unit).toFixed());
      }
    }
  });

  it("never returns -0", () => {
    const amounts = allocate(-1, [1, 1, 1]);
    expect(amounts).toEqual([-1, 0, 0]);
    expect(Object.is(amounts[1], 0)).toBe(true);
  });
});

// --- errors -----------------------------------------------------------------------------------



/** Options a caller without TypeScript could pass. */
const loose = (options: Record<string, unknown>) => options as AllocateOptions;

describe("allocate: floors and caps that cannot reach the total", () => {
  it.each<BadCase>([
    // caps 1 % of 2,500,000,000 = 25,000,000 < 50,000,000
    {
      name: "caps too low",
      run: () => allocate(50_000_000, HOSPITALS, { maxRate: 0.01 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 25,000,000, but the total is 50,000,000; raise maxRate or lower the total",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 25.000.000, men totalen er 50.000.000; hæv højestesatsen, eller sænk totalen",
    },
    // floors 3 % of 2,500,000,000 = 75,000,000 > 50,000,000
    {
      name: "floors too high",
      run: () => allocate(50_000_000, HOSPITALS, { minRate: 0.03 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the floors the units must carry at least 75,000,000, but the total is 50,000,000; lower minRate or raise the total",
      da: "bunde og lofter kan ikke nå totalen: med bundene skal enhederne bære mindst 75.000.000, men totalen er 50.000.000; sænk mindstesatsen, eller hæv totalen",
    },
    {
      name: "floors too high, negative total",
      run: () => allocate(-50_000_000, HOSPITALS, { minRate: 0.03, maxRate: 0.04 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the floors the units must carry at least 75,000,000, but the total is -50,000,000; lower minRate or make the total larger in absolute value",
      da: "bunde og lofter kan ikke nå totalen: med bundene skal enhederne bære mindst 75.000.000, men totalen er -50.000.000; sænk mindstesatsen, eller gør totalen numerisk større",
    },
    {
      name: "caps too low, negative total",
      run: () => allocate(-50_000_000, HOSPITALS, { maxRate: 0.01 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 25,000,000, but the total is -50,000,000; raise maxRate or make the total smaller in absolute value",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 25.000.000, men totalen er -50.000.000; hæv højestesatsen, eller gør totalen numerisk mindre",
    },
    // only the units that are not exempt count: 2.5 % of 1,500,000,000 = 37,500,000
    {
      name: "caps too low once hospital 1 is exempt",
      run: () => allocate(50_000_000, HOSPITALS, { maxRate: 0.025, exempt: [true, false, false, false] }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 37,500,000, but the total is 50,000,000; raise maxRate or lower the total",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 37.500.000, men totalen er 50.000.000; hæv højestesatsen, eller sænk totalen",
    },
    // 1.5 % of 1,234,567.89 = 18,518.51835 exactly
    {
      name: "the exact cap, with decimals",
      run: () => allocate(20_000, [1_234_567.89], { maxRate: 0.015 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 18,518.51835, but the total is 20,000; raise maxRate or lower the total",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 18.518,51835, men totalen er 20.000; hæv højestesatsen, eller sænk totalen",
    },
    // the total as rounded to the unit: 1,234.50 kr at unit 0.01 against caps of 0.1 % of 1,000,000
    {
      name: "unit 0.01",
      run: () => allocate(1234.5, [1_000_000], { maxRate: 0.001, unit: 0.01 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 1,000, but the total is 1,234.5; raise maxRate or lower the total",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 1.000, men totalen er 1.234,5; hæv højestesatsen, eller sænk totalen",
    },
    {
      name: "a total of 0 with floors",
      run: () => allocate(0, [100], { minRate: 0.01 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the floors the units must carry at least 1, but the total is 0; lower minRate or raise the total",
      da: "bunde og lofter kan ikke nå totalen: med bundene skal enhederne bære mindst 1, men totalen er 0; sænk mindstesatsen, eller hæv totalen",
    },
    {
      name: "caps on bases of 0",
      run: () => allocate(10, [0, 0], { keys: [1, 1], maxRate: 0.02 }),
      code: "ALLOCATE_INFEASIBLE",
      kind: "value",
      en: "floors and caps cannot reach the total: with the caps the units can carry at most 0, but the total is 10; raise maxRate or lower the total",
      da: "bunde og lofter kan ikke nå totalen: med lofterne kan enhederne højst bære 0, men totalen er 10; hæv højestesatsen, eller sænk totalen",
    },
  ])("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });
});

describe("allocate: bad input", () => {
  it.each<BadCase>([
    // the total (the same messages as every amount)
    {
      name: "total NaN",
      run: () => allocate(Number.NaN, HOSPITALS),
      code: "AMOUNT_NOT_FINITE",
      kind: "value",
      en: "total is not a finite number",
      da: "total er ikke et endeligt tal",
    },
    {
      name: "total Infinity",
      run: () => allocate(Number.POSITIVE_INFINITY, HOSPITALS),
      code: "AMOUNT_NOT_FINITE",
      kind: "value",
      en: "total is not a finite number",
      da: "total er ikke et endeligt tal",
    },
    {
      name: "total too large",
      run: () => allocate(1e16, HOSPITALS),
      code: "AMOUNT_TOO_LARGE",
      kind: "value",
      en: "total 10000000000000000 is too large; the limit is 1e15",
      da: "total 10000000000000000 er for stor; grænsen er 1e15",
    },
    {
      name: "total as Danish number text",
      run: () => allocate("1.234,56", HOSPITALS),
      code: "AMOUNT_DANISH_TEXT",
      kind: "value",
      en: 'total "1.234,56" is text in Danish number format; convert it to a number',
      da: 'total "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
    },
    {
      name: "total as text",
      run: () => allocate("two percent", HOSPITALS),
      code: "AMOUNT_TEXT",
      kind: "value",
      en: 'total is text ("two percent"); a number is needed',
      da: 'total er tekst ("two percent"); der skal stå et tal',
    },
    // the unit
    {
      name: "unit 5",
      run: () => allocate(100, [1], { unit: 5 as Unit }),
      code: "UNIT_INVALID",
      kind: "value",
      en: "unit must be 0.01, 1 or 1000; got 5",
      da: "enhed skal være 0,01, 1 eller 1000; fik 5",
    },
    // bases
    {
      name: "no bases",
      run: () => allocate(100, []),
      code: "ALLOCATE_NO_UNITS",
      kind: "value",
      en: "there are no units; give at least one base",
      da: "der er ingen enheder; angiv mindst ét grundlag",
    },
    {
      name: "a negative base",
      run: () => allocate(100, [1, 2, -5]),
      code: "BASE_NEGATIVE",
      kind: "value",
      en: "base of unit 3 is negative (-5); bases must be 0 or more",
      da: "grundlaget for enhed 3 er negativt (-5); grundlag skal være 0 eller mere",
    },
    {
      name: "a negative base with decimals",
      run: () => allocate(100, [-0.5]),
      code: "BASE_NEGATIVE",
      kind: "value",
      en: "base of unit 1 is negative (-0.5); bases must be 0 or more",
      da: "grundlaget for enhed 1 er negativt (-0,5); grundlag skal være 0 eller mere",
    },
    {
      name: "a NaN base",
      run: () => allocate(100, [1, Number.NaN]),
      code: "BASE_NOT_FINITE",
      kind: "value",
      en: "base of unit 2 is not a finite number",
      da: "grundlaget for enhed 2 er ikke et endeligt tal",
    },
    {
      name: "an infinite base",
      run: () => allocate(100, [Number.POSITIVE_INFINITY]),
      code: "BASE_NOT_FINITE",
      kind: "value",
      en: "base of unit 1 is not a finite number",
      da: "grundlaget for enhed 1 er ikke et endeligt tal",
    },
    {
      name: "a base given as text",
      run: () => allocate(100, ["5" as unknown as number]),
      code: "BASE_NOT_FINITE",
      kind: "value",
      en: "base of unit 1 is not a finite number",
      da: "grundlaget for enhed 1 er ikke et endeligt tal",
    },
    {
      name: "a huge base",
      run: () => allocate(100, [1, 1e16]),
      code: "BASE_TOO_LARGE",
      kind: "value",
      en: "base of unit 2 is 10000000000000000, too large; the limit is 1e15",
      da: "grundlaget for enhed 2 er 10000000000000000, for stort; grænsen er 1e15",
    },
    // keys
    {
      name: "too few keys",
      run: () => allocate(100, HOSPITALS, { keys: [1, 2, 3] }),
      code: "KEYS_LENGTH",
      kind: "value",
      en: "keys has 3 values but there are 4 bases; give one key per unit",
      da: "nøglerne har 3 værdier, men der er 4 grundlag; angiv én nøgle pr. enhed",
    },
    {
      name: "one key for two bases",
      run: () => allocate(100, [1, 2], { keys: [1] }),
      code: "KEYS_LENGTH",
      kind: "value",
      en: "keys has 1 value but there are 2 bases; give one key per unit",
      da: "nøglerne har 1 værdi, men der er 2 grundlag; angiv én nøgle pr. enhed",
    },
    {
      name: "two keys for one base",
      run: () => allocate(100, [1], { keys: [1, 2] }),
      code: "KEYS_LENGTH",
      kind: "value",
      en: "keys has 2 values but there is 1 base; give one key per unit",
      da: "nøglerne har 2 værdier, men der er 1 grundlag; angiv én nøgle pr. enhed",
    },
    {
      name: "a negative key",
      run: () => allocate(100, [1, 1], { keys: [1, -1.5] }),
      code: "KEY_NEGATIVE",
      kind: "value",
      en: "key of unit 2 is negative (-1.5); keys must be 0 or more",
      da: "nøglen for enhed 2 er negativ (-1,5); nøgler skal være 0 eller mere",
    },
    {
      name: "a NaN key",
      run: () => allocate(100, [1, 1], { keys: [Number.NaN, 1] }),
      code: "KEY_NOT_FINITE",
      kind: "value",
      en: "key of unit 1 is not a finite number",
      da: "nøglen for enhed 1 er ikke et endeligt tal",
    },
    // exempt
    {
      name: "exempt too short",
      run: () => allocate(100, HOSPITALS, { exempt: [true] }),
      code: "EXEMPT_LENGTH",
      kind: "value",
      en: "exempt has 1 value but there are 4 bases; give true or false for every unit",
      da: "fritagelserne har 1 værdi, men der er 4 grundlag; angiv sand eller falsk for hver enhed",
    },
    {
      name: "exempt not a boolean",
      run: () => allocate(100, [1, 1], { exempt: [false, 1 as unknown as boolean] }),
      code: "EXEMPT_VALUE",
      kind: "value",
      en: "exempt for unit 2 must be true or false; got 1",
      da: "fritagelsen for enhed 2 skal være sand eller falsk; fik 1",
    },
    // nothing can carry the total
    {
      name: "every unit exempt",
      run: () => allocate(100, [1, 2], { exempt: [true, true] }),
      code: "ALLOCATE_ALL_EXEMPT",
      kind: "value",
      en: "every unit is exempt (or has key 0); nothing can carry the total",
      da: "alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen",
    },
    {
      name: "every key 0",
      run: () => allocate(-100, [1, 2], { keys: [0, 0] }),
      code: "ALLOCATE_ALL_EXEMPT",
      kind: "value",
      en: "every unit is exempt (or has key 0); nothing can carry the total",
      da: "alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen",
    },
    {
      name: "every base 0 (the general case)",
      run: () => allocate(100, [0, 0]),
      code: "ALLOCATE_ALL_EXEMPT",
      kind: "value",
      en: "every unit is exempt (or has key 0); nothing can carry the total",
      da: "alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen",
    },
    {
      name: "exempt or key 0",
      run: () => allocate(100, [1, 2], { keys: [0, 3], exempt: [false, true] }),
      code: "ALLOCATE_ALL_EXEMPT",
      kind: "value",
      en: "every unit is exempt (or has key 0); nothing can carry the total",
      da: "alle enheder er fritaget (eller har nøgle 0); ingen kan bære totalen",
    },
    // rates
    {
      name: "minRate NaN",
      run: () => allocate(100, [1], { minRate: Number.NaN }),
      code: "RATE_NOT_FINITE",
      kind: "value",
      en: "minRate is not a finite number",
      da: "mindstesatsen er ikke et endeligt tal",
    },
    {
      name: "maxRate Infinity",
      run: () => allocate(100, [1], { maxRate: Number.POSITIVE_INFINITY }),
      code: "RATE_NOT_FINITE",
      kind: "value",
      en: "maxRate is not a finite number",
      da: "højestesatsen er ikke et endeligt tal",
    },
    {
      name: "maxRate as text",
      run: () => allocate(100, [1], loose({ maxRate: "3 %" })),
      code: "RATE_NOT_FINITE",
      kind: "value",
      en: "maxRate is not a finite number",
      da: "højestesatsen er ikke et endeligt tal",
    },
    {
      name: "minRate negative",
      run: () => allocate(100, [1], { minRate: -0.01 }),
      code: "RATE_NEGATIVE",
      kind: "value",
      en: "minRate is negative (-0.01); rates must be 0 or more, e.g. 0.01 for 1 %",
      da: "mindstesatsen er negativ (-0,01); satser skal være 0 eller mere, fx 0,01 for 1 %",
    },
    {
      name: "maxRate negative",
      run: () => allocate(100, [1], { maxRate: -0.02 }),
      code: "RATE_NEGATIVE",
      kind: "value",
      en: "maxRate is negative (-0.02); rates must be 0 or more, e.g. 0.01 for 1 %",
      da: "højestesatsen er negativ (-0,02); satser skal være 0 eller mere, fx 0,01 for 1 %",
    },
    {
      name: "minRate above maxRate",
      run: () => allocate(100, [1], { minRate: 0.03, maxRate: 0.01 }),
      code: "RATES_ORDER",
      kind: "value",
      en: "minRate (0.03) is above maxRate (0.01); the floor cannot be above the cap",
      da: "mindstesatsen (0,03) er over højestesatsen (0,01); bunden kan ikke ligge over loftet",
    },
  ])("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });

  it("checks the total before the bases, and the bases before the keys, exempt and rates", () => {
    expect(failure(() => allocate(Number.NaN, [-1], { keys: [1, 2], minRate: -1 })).code).toBe("AMOUNT_NOT_FINITE");
    expect(failure(() => allocate(1, [-1], { keys: [1, 2], minRate: -1 })).code).toBe("BASE_NEGATIVE");
    expect(failure(() => allocate(1, [1], { keys: [1, 2], exempt: [], minRate: -1 })).code).toBe("KEYS_LENGTH");
    expect(failure(() => allocate(1, [1], { exempt: [], minRate: -1 })).code).toBe("EXEMPT_LENGTH");
    expect(failure(() => allocate(1, [1], { exempt: [true], minRate: -1 })).code).toBe("RATE_NEGATIVE");
  });

  it("treats null options as absent", () => {
    expect(allocate(100, [1, 3], loose({ keys: null, minRate: null, maxRate: null, exempt: null, unit: null }))).toEqual([25, 75]);
  });
});

// --- productivity keys ------------------------------------------------------------------------

describe("productivityKeys", () => {
  it("computes base x index ^ -strength to 12 significant digits", () => {
    // strength 1: 1e9 / 1.25 = 800,000,000; index 1 keeps the base; 5e8 / 0.8 = 625,000,000;
    // 2.5e8 / 1.1 = 227,272,727.2727... -> 227,272,727.273
    expect(productivityKeys(HOSPITALS, [1.25, 1, 0.8, 1.1], 1)).toEqual([800_000_000, 750_000_000, 625_000_000, 227_272_727.273]);
    // strength 0.5: 1e9 / sqrt(1.25) = 894,427,190.99992 -> 894,427,191; 5e8 / sqrt(0.8) =
    // 559,016,994.37500 -> 559,016,994.375; 2.5e8 / sqrt(1.1) = 238,365,647.31093 -> 238,365,647.311
    expect(productivityKeys(HOSPITALS, [1.25, 1, 0.8, 1.1], 0.5)).toEqual([894_427_191, 750_000_000, 559_016_994.375, 238_365_647.311]);
  });

  it("gives back the bases at strength 0, so the allocation is the general case", () => {
    const bases = [1_234_567.89, 987_654.32, 0];
    expect(productivityKeys(bases, [1.3, 0.7, 1], 0)).toEqual(bases);
    expect(allocate(44_444, bases, { keys: productivityKeys(bases, [1.3, 0.7, 1], 0) })).toEqual(allocate(44_444, bases));
  });

  it.each<BadCase>([
    {
      name: "indexes of the wrong length",
      run: () => productivityKeys(HOSPITALS, [1, 1], 1),
      code: "INDEXES_LENGTH",
      kind: "value",
      en: "indexes has 2 values but there are 4 bases; give one productivity index per unit",
      da: "indeksene har 2 værdier, men der er 4 grundlag; angiv ét produktivitetsindeks pr. enhed",
    },
    {
      name: "index 0",
      run: () => productivityKeys([1, 2], [1, 0], 1),
      code: "INDEX_NOT_POSITIVE",
      kind: "value",
      en: "productivity index of unit 2 is 0; indexes must be above 0",
      da: "produktivitetsindekset for enhed 2 er 0; indeks skal være over 0",
    },
    {
      name: "a negative index",
      run: () => productivityKeys([1, 2], [-0.5, 1], 1),
      code: "INDEX_NOT_POSITIVE",
      kind: "value",
      en: "productivity index of unit 1 is -0.5; indexes must be above 0",
      da: "produktivitetsindekset for enhed 1 er -0,5; indeks skal være over 0",
    },
    {
      name: "a NaN index",
      run: () => productivityKeys([1, 2], [1, Number.NaN], 1),
      code: "INDEX_NOT_FINITE",
      kind: "value",
      en: "productivity index of unit 2 is not a finite number",
      da: "produktivitetsindekset for enhed 2 er ikke et endeligt tal",
    },
    {
      name: "a negative strength",
      run: () => productivityKeys([1, 2], [1, 1], -1),
      code: "STRENGTH_INVALID",
      kind: "value",
      en: "strength must be a finite number of 0 or more (0 is the general case); got -1",
      da: "styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik -1",
    },
    {
      name: "an infinite strength",
      run: () => productivityKeys([1, 2], [1, 1], Number.POSITIVE_INFINITY),
      code: "STRENGTH_INVALID",
      kind: "value",
      en: "strength must be a finite number of 0 or more (0 is the general case); got Infinity",
      da: "styrken skal være et endeligt tal på 0 eller mere (0 er den generelle fordeling); fik Infinity",
    },
    {
      name: "a key out of range",
      run: () => productivityKeys([1, 2], [1e-300, 1], 2),
      code: "PRODUCTIVITY_KEY_RANGE",
      kind: "value",
      en: "the productivity key of unit 1 (base x 1e-300 ^ -2) is out of range; use a smaller strength or check the index",
      da: "produktivitetsnøglen for enhed 1 (grundlag x 1e-300 ^ -2) er uden for det mulige område; brug en mindre styrke, eller tjek indekset",
    },
    {
      name: "a negative base",
      run: () => productivityKeys([1, -2], [1, 1], 1),
      code: "BASE_NEGATIVE",
      kind: "value",
      en: "base of unit 2 is negative (-2); bases must be 0 or more",
      da: "grundlaget for enhed 2 er negativt (-2); grundlag skal være 0 eller mere",
    },
  ])("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });
});

// --- an independent oracle: bigint fractions --------------------------------------------------

/** A non-negative fraction n / d in lowest terms (d > 0). */
interface Frac {
  n: bigint;
  d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
};
const frac = (n: bigint, d = 1n): Frac => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const add = (a: Frac, b: Frac) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a: Frac, b: Frac) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Frac, b: Frac) => frac(a.n * b.n, a.d * b.d);
const div = (a: Frac, b: Frac) => frac(a.n * b.d, a.d * b.n);
const cmp = (a: Frac, b: Frac) => {
  const c = a.n * b.d - b.n * a.d;
  return c < 0n ? -1 : c > 0n ? 1 : 0;
};
/** A number as the exact decimal it prints as. */
const exact = (x: number | string): Frac => {
  const [n, d] = new Decimal(x).toFraction();
  return frac(BigInt(n.toFixed()), BigInt(d.toFixed()));
};

type OracleResult = { amounts: number[]; exact: (Frac | null)[] } | { infeasible: "floor" | "cap" };

/**
 * Water-filling by brute force: f(lambda) at every breakpoint, then the linear piece that reaches
 * the total; then largest remainder with ties to the larger key, then the earlier position.
 */
function oracle(total: number | string, bases: number[], options: AllocateOptions = {}): OracleResult {
  const unit = options.unit ?? 1;
  const keys = options.keys ?? bases;
  const t = new Decimal(total).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const sign = t.isNegative() ? -1 : 1;
  const T = frac(BigInt(t.abs().toFixed()));
  const u = exact(unit);
  const active = bases.map((_, i) => i).filter((i) => keys[i] > 0 && !options.exempt?.[i]);
  const k = keys.map(exact);
  const lo = bases.map((b) => div(mul(exact(options.minRate ?? 0), exact(b)), u));
  const hi = bases.map((b) => (options.maxRate === undefined ? null : div(mul(exact(options.maxRate), exact(b)), u)));
  const sumOf = (xs: Frac[]) => xs.reduce(add, frac(0n));
  if (cmp(sumOf(active.map((i) => lo[i])), T) > 0) return { infeasible: "floor" };
  if (options.maxRate !== undefined && cmp(sumOf(active.map((i) => hi[i] as Frac)), T) < 0) return { infeasible: "cap" };
  const clamp = (i: number, lambda: Frac): Frac => {
    let a = mul(lambda, k[i]);
    if (cmp(a, lo[i]) < 0) a = lo[i];
    const h = hi[i];
    if (h !== null && cmp(a, h) > 0) a = h;
    return a;
  };
  const f = (lambda: Frac) => sumOf(active.map((i) => clamp(i, lambda)));
  const points = [frac(0n), ...active.map((i) => div(lo[i], k[i])), ...active.flatMap((i) => (hi[i] === null ? [] : [div(hi[i] as Frac, k[i])]))];
  points.sort(cmp);
  let lambda: Frac | null = null;
  for (let p = 0; p + 1 < points.length && lambda === null; p++) {
    const [a, b] = [points[p], points[p + 1]];
    const [fa, fb] = [f(a), f(b)];
    if (cmp(fa, T) <= 0 && cmp(T, fb) <= 0) lambda = cmp(fa, fb) === 0 ? a : add(a, div(mul(sub(T, fa), sub(b, a)), sub(fb, fa)));
  }
  if (lambda === null) {
    const last = points[points.length - 1];
    if (cmp(f(last), T) >= 0) lambda = last;
    else lambda = add(last, div(sub(T, f(last)), sumOf(active.filter((i) => hi[i] === null).map((i) => k[i]))));
  }
  const shares = bases.map((_, i) => (active.includes(i) ? clamp(i, lambda as Frac) : null));
  const whole = shares.map((s) => (s === null ? 0n : s.n / s.d));
  let left = T.n - whole.reduce((a, b) => a + b, 0n);
  const order = [...active].sort((a, b) => {
    const ra = sub(shares[a] as Frac, frac(whole[a]));
    const rb = sub(shares[b] as Frac, frac(whole[b]));
    return cmp(rb, ra) || cmp(k[b], k[a]) || a - b;
  });
  for (const i of order) if (left-- > 0n) whole[i] += 1n;
  const amounts = whole.map((w) => (w === 0n ? 0 : new Decimal(w.toString()).times(sign).times(unit).toNumber()));
  return { amounts, exact: shares };
}

it("the oracle agrees with the worked examples it shares with Python", () => {
  expect(oracle(50_000_000, HOSPITALS, { keys: [1, 4, 4, 4], minRate: 0.015, maxRate: 0.025 })).toMatchObject({
    amounts: [15_000_000, 16_250_000, 12_500_000, 6_250_000],
  });
  expect(oracle(100_000, [1_000_000, 1_000_000, 1_461_263], { keys: [1, 1, 10], maxRate: 0.03 })).toMatchObject({ amounts: [28_081, 28_081, 43_838] });
  expect(oracle(50_000_000, HOSPITALS, { minRate: 0.03 })).toEqual({ infeasible: "floor" });
});

// --- properties -------------------------------------------------------------------------------

/** Budgets: whole kroner, kroner and øre, small numbers that tie, and zeros. */
const baseArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1_000_000_000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 100_000_000_000 }).map((ore) => ore / 100), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 2 },
  { arbitrary: fc.constantFrom(100_000, 250_000, 1_000_000), weight: 1 },
);
/** Keys: beds, shares with decimals, productivity-like keys, zeros. */
const keyArb = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 1000 }), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 1000), weight: 2 },
  { arbitrary: fc.double({ min: 0.5, max: 2, noNaN: true }).map((x) => Number((1e6 / x).toPrecision(12))), weight: 2 },
  { arbitrary: fc.constantFrom(0, 1, 2, 1 / 3, 0.1, 1e-7, 123456789), weight: 1 },
);
const rateArb = fc.oneof(fc.constantFrom(0, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.05, 1), fc.integer({ min: 0, max: 1000 }).map((r) => r / 10_000));
const unitArb = fc.constantFrom<Unit>(...UNITS);

interface Input {
  total: number | string;
  bases: number[];
  options: AllocateOptions;
}

/**
 * Units with optional keys, exemptions, floors and caps, and a total drawn near the feasible range
 * (a rate between the floor and the cap of the sum of bases), sometimes as text.
 */
const inputArb = (opts: { bounds: boolean; maxUnits?: number; bases?: fc.Arbitrary<number> }): fc.Arbitrary<Input> =>
  fc
    .integer({ min: 1, max: opts.maxUnits ?? 8 })
    .chain((n) =>
      fc.record({
        bases: fc.array(opts.bases ?? baseArb, { minLength: n, maxLength: n }),
        keys: fc.option(fc.array(keyArb, { minLength: n, maxLength: n }), { nil: undefined }),
        exempt: fc.option(fc.array(fc.integer({ min: 0, max: 4 }).map((x) => x === 0), { minLength: n, maxLength: n }), { nil: undefined }),
        rates: opts.bounds ? fc.tuple(fc.option(rateArb, { nil: undefined }), fc.option(rateArb, { nil: undefined })) : fc.constant([undefined, undefined] as const),
        rate: fc.integer({ min: 0, max: 1000 }),
        unit: unitArb,
        negative: fc.boolean(),
        text: fc.boolean(),
        extra: fc.integer({ min: -3, max: 3 }),
      }),
    )
    .map(({ bases, keys, exempt, rates, rate, unit, negative, text, extra }) => {
      let [minRate, maxRate] = rates;
      if (minRate !== undefined && maxRate !== undefined && minRate > maxRate) [minRate, maxRate] = [maxRate, minRate];
      const k = keys ?? bases;
      const sum = bases.reduce((s, b, i) => (k[i] > 0 && !exempt?.[i] ? s.plus(b) : s), new Decimal(0));
      const low = minRate ?? 0;
      const high = maxRate ?? 0.1;
      // a rate between the floor and the cap, plus a few units either way to touch the edges
      const r = new Decimal(low).plus(new Decimal(high - low).times(rate).dividedBy(1000));
      const size = sum.times(r).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).plus(extra).abs().times(unit);
      const signed = negative ? size.negated() : size;
      const options: AllocateOptions = { unit };
      if (keys) options.keys = keys;
      if (exempt) options.exempt = exempt;
      if (minRate !== undefined) options.minRate = minRate;
      if (maxRate !== undefined) options.maxRate = maxRate;
      return { total: text ? signed.toFixed() : signed.toNumber(), bases, options };
    });

/** allocate, or the code of the BudgetError it raised. */
function attempt(run: () => number[]): number[] | ErrorCode {
  try {
    return run();
  } catch (error) {
    if (error instanceof BudgetError) return error.code;
    throw error;
  }
}

const isActive = (input: Input, i: number) => (input.options.keys ?? input.bases)[i] > 0 && !input.options.exempt?.[i];
const units = (amount: number, unit: Unit) => new Decimal(amount).dividedBy(unit);
const totalUnits = (total: number | string, unit: Unit) => new Decimal(total).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
const negate = (total: number | string): number | string =>
  typeof total === "number" ? -total : total.startsWith("-") ? total.slice(1) : `-${total}`;

describe("allocate: properties", () => {
  it("equals the independent oracle (amounts, or the infeasible error)", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        const anyActive = input.bases.some((_, i) => isActive(input, i));
        if (!anyActive) {
          expect(got).toEqual(totalUnits(input.total, input.options.unit ?? 1).isZero() ? input.bases.map(() => 0) : "ALLOCATE_ALL_EXEMPT");
          return;
        }
        const want = oracle(input.total, input.bases, input.options);
        expect(got).toEqual("infeasible" in want ? "ALLOCATE_INFEASIBLE" : want.amounts);
      }),
      RUNS,
    );
  });

  it("sums exactly to the total rounded to the unit", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        const unit = input.options.unit ?? 1;
        const sum = (got as number[]).reduce((s, a) => s.plus(units(a, unit)), new Decimal(0));
        expect(sum.toFixed()).toBe(totalUnits(input.total, unit).toFixed());
        for (const a of got as number[]) expect(units(a, unit).isInteger()).toBe(true);
      }),
      RUNS,
    );
  });

  it("gives exactly minus the allocation for minus the total", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true }), (input) => {
        const plus = attempt(() => allocate(input.total, input.bases, input.options));
        const minus = attempt(() => allocate(negate(input.total), input.bases, input.options));
        if (!Array.isArray(plus)) {
          expect(minus).toBe(plus);
          return;
        }
        expect(minus).toEqual(plus.map((a) => (a === 0 ? 0 : -a)));
        for (const a of minus as number[]) expect(Object.is(a, -0)).toBe(false);
      }),
      RUNS,
    );
  });

  it("gives exempt units and units with key 0 exactly 0", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        input.bases.forEach((_, i) => {
          if (!isActive(input, i)) expect(Object.is((got as number[])[i], 0)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("keeps every amount within one unit of its floor and cap", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        const unit = input.options.unit ?? 1;
        const { minRate, maxRate } = input.options;
        input.bases.forEach((base, i) => {
          if (!isActive(input, i)) return;
          const size = new Decimal((got as number[])[i]).abs();
          const lo = new Decimal(minRate ?? 0).times(base);
          expect(size.greaterThanOrEqualTo(lo.minus(unit))).toBe(true);
          if (maxRate !== undefined) expect(size.lessThanOrEqualTo(new Decimal(maxRate).times(base).plus(unit))).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("without floors and caps, keeps every amount within one unit of total x key / sum of keys", () => {
    const Exact = Decimal.clone({ precision: 80 });
    fc.assert(
      fc.property(inputArb({ bounds: false }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        const unit = input.options.unit ?? 1;
        const keys = input.options.keys ?? input.bases;
        const total = totalUnits(input.total, unit).times(unit);
        const keySum = keys.reduce((s, k, i) => (isActive(input, i) ? s.plus(k) : s), new Exact(0));
        keys.forEach((k, i) => {
          if (!isActive(input, i)) return;
          const share = new Exact(total).times(k).dividedBy(keySum);
          expect(share.minus((got as number[])[i]).abs().lessThan(unit)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("never gives a larger key less (units with equal bases, so equal floors and caps)", () => {
    // Bases from a small set, so many units share a base and so their floors and caps. Their
    // unrounded shares are clamp(lambda x key) with the same bounds, so a larger key never gets a
    // smaller share; rounding keeps that (a larger share has at least the same whole units, and
    // an equal remainder goes to the larger key first), so it holds for the amounts too.
    fc.assert(
      fc.property(inputArb({ bounds: true, bases: fc.constantFrom(0, 1_000, 250_000, 1_000_000) }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        const keys = input.options.keys ?? input.bases;
        const size = (i: number) => Math.abs((got as number[])[i]);
        input.bases.forEach((_, i) =>
          input.bases.forEach((__, j) => {
            if (isActive(input, i) && isActive(input, j) && input.bases[i] === input.bases[j] && keys[i] > keys[j]) {
              expect(size(i)).toBeGreaterThanOrEqual(size(j));
            }
          }),
        );
      }),
      RUNS,
    );
  });

  it("without floors and caps, never gives a larger key less", () => {
    fc.assert(
      fc.property(inputArb({ bounds: false }), (input) => {
        const got = attempt(() => allocate(input.total, input.bases, input.options));
        fc.pre(Array.isArray(got));
        const keys = input.options.keys ?? input.bases;
        const size = (i: number) => Math.abs((got as number[])[i]);
        keys.forEach((ki, i) =>
          keys.forEach((kj, j) => {
            if (isActive(input, i) && isActive(input, j) && ki > kj) expect(size(i)).toBeGreaterThanOrEqual(size(j));
          }),
        );
      }),
      RUNS,
    );
  });

  it("the floating-point fast path and the all-bigint path agree, also on many units", () => {
    fc.assert(
      fc.property(inputArb({ bounds: true, maxUnits: 300 }), (input) => {
        const fast = attempt(() => allocate(input.total, input.bases, input.options));
        const big = attempt(() => allocateExact(input.total, input.bases, input.options));
        expect(fast).toEqual(big);
      }),
      RUNS,
    );
  });
});
