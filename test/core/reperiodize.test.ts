// Exact oracles and properties for reperiodize(newAnnual, months, lockedThrough, options), the
// mid-year re-spread (omperiodisering). Every expected month in the tables was worked out by hand
// (the reasoning is in the comments) and checked with an independent Python calculation
// (fractions.Fraction, largest remainder with ties to the larger weight then the earlier month);
// nothing here is computed by the code under test. The properties compare against decimal.js and a
// small bigint reference written here.
//
// The rule: months 1..k are kept exactly; rest = newAnnual rounded to the unit - exact sum of the
// locked months; the rest is split by largest remainder over months k+1..12 along the profile's
// weights for those months, or, without a profile, along the sizes of the current remaining
// months when they are all of one sign and not all 0, else equally.
import { largestRemainder, scaledWeights } from "../reference";
import { failure, type Failure } from "./failure";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BudgetError,
  periodize,
  reperiodize,
  UNITS,
  type ErrorCode,
  type Profile,
  type ReperiodizeOptions,
  type Unit,
} from "../../core";

/** `count` copies of `value`, for writing 12-month rows by hand. */
const rep = (value: number, count: number): number[] => new Array<number>(count).fill(value);
const zeros = (count: number) => rep(0, count);
/** The weights 1, 2, ..., 12 (sum 78). */
const RISING = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** 1,200,000 spread equally: 100,000 a month. */
const FLAT = rep(100000, 12);
/**
 * A salary-like line of 1,000,000: 80,000 a month, holiday pay in June (120,000), less in July
 * (60,000) and an extra payment in December (100,000).
 */
const SALARY = [80000, 80000, 80000, 80000, 80000, 120000, 60000, 80000, 80000, 80000, 80000, 100000];
const negated = (row: readonly number[]) => row.map((m) => (m === 0 ? 0 : -m));

interface Case {
  name: string;
  annual: number | string;
  months: (number | string)[];
  locked: number;
  profile?: Profile;
  unit?: Unit;
  expected: number[];
}

const run = ({ annual, months, locked, profile, unit }: Case) => {
  const options: ReperiodizeOptions = { year: 2026 };
  if (profile !== undefined) options.profile = profile;
  if (unit !== undefined) options.unit = unit;
  return reperiodize(annual, months, locked, options);
};

describe("reperiodize: the current shape as the profile (no profile given)", () => {
  it.each<Case>([
    // Raised from 1,200,000 to 1,260,000 after 5 months: locked 500,000, rest 760,000 over the 7
    // equal months 6-12. 760,000 / 7 = 108,571 rest 3: months 6, 7, 8 (all tie, earliest first)
    // get 108,572.
    {
      name: "raised 1,200,000 -> 1,260,000, 5 months locked, equal spread",
      annual: 1260000,
      months: FLAT,
      locked: 5,
      expected: [...rep(100000, 5), ...rep(108572, 3), ...rep(108571, 4)],
    },
    // Lowered to 1,150,000: rest 650,000 / 7 = 92,857 rest 1: month 6 gets 92,858.
    {
      name: "lowered 1,200,000 -> 1,150,000, 5 months locked",
      annual: 1150000,
      months: FLAT,
      locked: 5,
      expected: [...rep(100000, 5), 92858, ...rep(92857, 6)],
    },
    // Unchanged annual amount: rest 700,000 over the equal shape = 100,000 each, nothing moves.
    { name: "unchanged annual amount gives the same months", annual: 1200000, months: FLAT, locked: 5, expected: FLAT },
    // Salary shape, raised 1,000,000 -> 1,050,000 after May. Locked 5 x 80,000 = 400,000; rest
    // 650,000 over weights 120 60 80 80 80 80 100 thousand = 6 3 4 4 4 4 5 (sum 30).
    // Shares: 6 -> 130,000 exactly; 3 -> 65,000 exactly; 4 -> 86,666 20/30; 5 -> 108,333 10/30.
    // Floors sum to 649,997; the 3 leftovers go to remainder 20/30 (the four weight-4 months tie
    // on remainder and weight -> the earliest three: 8, 9, 10).
    {
      name: "uneven (salary) shape, raised",
      annual: 1050000,
      months: SALARY,
      locked: 5,
      expected: [...rep(80000, 5), 130000, 65000, 86667, 86667, 86667, 86666, 108333],
    },
    // The same lowered to 940,000: rest 540,000 over 6 3 4 4 4 4 5 / 30, that is 18,000 per
    // thirtieth: 108,000, 54,000, 72,000 x 4, 90,000, all exact.
    {
      name: "uneven (salary) shape, lowered, exact shares",
      annual: 940000,
      months: SALARY,
      locked: 5,
      expected: [...rep(80000, 5), 108000, 54000, 72000, 72000, 72000, 72000, 90000],
    },
    // Remaining months all 0 (nothing budgeted yet for the rest of the year): spread equally.
    // Locked 250,000, rest 50,000 / 7 = 7,142 rest 6: months 6-11 get 7,143.
    {
      name: "all-zero remaining months: equal",
      annual: 300000,
      months: [...rep(50000, 5), ...zeros(7)],
      locked: 5,
      expected: [...rep(50000, 5), ...rep(7143, 6), 7142],
    },
    // Remaining months of mixed signs (a correction booked in July) say nothing usable about the
    // timing: equal. Locked 500, rest 500 / 7 = 71 rest 3: months 6, 7, 8 get 72.
    {
      name: "mixed-sign remaining months: equal",
      annual: 1000,
      months: [100, 100, 100, 100, 100, 300, -50, 0, 0, 0, 0, 0],
      locked: 5,
      expected: [100, 100, 100, 100, 100, 72, 72, 72, 71, 71, 71, 71],
    },
    // Zeros inside a one-signed shape are kept at 0: weights 0 0 0 1 1 1 (months 7-12), locked
    // 300,000 (months 1-6 are 50,000 each), rest 600,000 -> 200,000 in months 10, 11, 12.
    {
      name: "zero months in the shape stay 0",
      annual: 900000,
      months: [...rep(50000, 6), 0, 0, 0, 100, 100, 100],
      locked: 6,
      expected: [...rep(50000, 6), 0, 0, 0, 200000, 200000, 200000],
    },
    // The rest may have the other sign than the current months: 500 over the shape 1 0 2 (months
    // 10-12), locked 9 x 1,000 = 9,000, new annual 8,500 -> rest -500: 500 x (1, 0, 2) / 3 =
    // 166 2/3, 0, 333 1/3: floors 166, 0, 333, one leftover to remainder 2/3 (month 10), negated.
    {
      name: "a negative rest over a positive shape",
      annual: 8500,
      months: [...rep(1000, 9), 1, 0, 2],
      locked: 9,
      expected: [...rep(1000, 9), -167, 0, -333],
    },
  ])("$name", (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe("reperiodize: explicit profile", () => {
  it.each<Case>([
    // The salary line with profile "equal": rest 650,000 / 7 = 92,857 rest 1 -> month 6.
    {
      name: '"equal" replaces the current shape',
      annual: 1050000,
      months: SALARY,
      locked: 5,
      profile: "equal",
      expected: [...rep(80000, 5), 92858, ...rep(92857, 6)],
    },
    {
      name: '"lige" (Danish) is the same',
      annual: 1050000,
      months: SALARY,
      locked: 5,
      profile: "lige",
      expected: [...rep(80000, 5), 92858, ...rep(92857, 6)],
    },
    // Weights 1..12, 6 months locked: rest 1,300,000 - 600,000 = 700,000 over weights 7..12 (sum
    // 57). 700,000 w / 57: 7 -> 85,964 52/57; 8 -> 98,245 35/57; 9 -> 110,526 18/57;
    // 10 -> 122,807 1/57; 11 -> 135,087 41/57; 12 -> 147,368 24/57. Floors sum to 699,997; the
    // 3 leftovers go to 52 (month 7), 41 (month 11), 35 (month 8).
    {
      name: "12 weights 1..12, only months 7-12 count",
      annual: 1300000,
      months: FLAT,
      locked: 6,
      profile: RISING,
      expected: [...rep(100000, 6), 85965, 98246, 110526, 122807, 135088, 147368],
    },
    // Second-half profile (0 x 6, 1 x 6), 3 months locked: rest 900,000 over months 4-12 with
    // weights 0 0 0 1 1 1 1 1 1 -> 150,000 in months 7-12, 0 in months 4-6.
    {
      name: "zero weights among the remaining months get 0",
      annual: 1200000,
      months: FLAT,
      locked: 3,
      profile: [...zeros(6), ...rep(1, 6)],
      expected: [...rep(100000, 3), 0, 0, 0, ...rep(150000, 6)],
    },
    // Weights in the locked months are ignored: only December has weight among months 6-12.
    {
      name: "weights of locked months are not used",
      annual: 1260000,
      months: FLAT,
      locked: 5,
      profile: [...rep(5, 5), ...zeros(6), 1],
      expected: [...rep(100000, 5), ...zeros(6), 760000],
    },
    // Decimal weights are read as typed: 0.1 0.2 0.3 0.4 in months 9-12 sum to exactly 1, so a rest
    // of 5 splits as 0.5, 1, 1.5, 2: floors 0 1 1 2, one leftover; months 9 and 11 tie on
    // remainder 0.5 -> the larger weight, month 11.
    {
      name: "decimal weights read as typed",
      annual: 805,
      months: FLAT.map((m, i) => (i < 8 ? 100 : m)),
      locked: 8,
      profile: [...zeros(8), 0.1, 0.2, 0.3, 0.4],
      expected: [...rep(100, 8), 0, 1, 2, 2],
    },
  ])("$name", (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe("reperiodize: lockedThrough 0 and 12", () => {
  it.each<Case>([
    // k = 0 is periodize: 1000 / 12 = 83 rest 4 (the current months are all 0 -> equal)
    { name: "0 locked, no profile, zero months: equal", annual: 1000, months: zeros(12), locked: 0, expected: [...rep(84, 4), ...rep(83, 8)] },
    // k = 0 along the current shape 1..12: the same as periodize(1000, 1..12) (periodize.test.ts:
    // floors 12 25 38 51 64 76 89 102 115 128 141 153, leftovers to months 6, 12, 1, 7, 2, 8)
    {
      name: "0 locked, the current shape 1..12",
      annual: 1000,
      months: RISING,
      locked: 0,
      expected: [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154],
    },
    {
      name: "0 locked, profile 1..12, current months ignored",
      annual: 1000,
      months: FLAT,
      locked: 0,
      profile: RISING,
      expected: [13, 26, 38, 51, 64, 77, 90, 103, 115, 128, 141, 154],
    },
    { name: "12 locked, sum matches: unchanged", annual: 1200000, months: FLAT, locked: 12, expected: FLAT },
    // 1,200,000.4 rounds to 1,200,000 at 1 kr
    { name: "12 locked, annual rounds to the sum", annual: 1200000.4, months: FLAT, locked: 12, expected: FLAT },
    // months off the unit one by one but summing to exactly 1,200,000: kept as they are
    {
      name: "12 locked, øre months summing to whole kroner",
      annual: 1200000,
      months: [100000.5, 99999.5, ...rep(100000, 10)],
      locked: 12,
      expected: [100000.5, 99999.5, ...rep(100000, 10)],
    },
    // the profile is not used when everything is locked (its weights in months 13.. are none)
    { name: "12 locked with a profile", annual: 1200000, months: FLAT, locked: 12, profile: RISING, expected: FLAT },
  ])("$name", (c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it("lockedThrough 0 with a profile is exactly periodize", () => {
    for (const annual of [1000, -1000, 1235, 0, "1234.565"]) {
      expect(reperiodize(annual, FLAT, 0, { profile: RISING, year: 2026 })).toEqual(periodize(annual, RISING, { year: 2026 }));
    }
  });
});

describe("reperiodize: income (negative) lines", () => {
  it.each<Case>([
    // minus the "raised" case
    {
      name: "-1,200,000 -> -1,260,000",
      annual: -1260000,
      months: negated(FLAT),
      locked: 5,
      expected: [...rep(-100000, 5), ...rep(-108572, 3), ...rep(-108571, 4)],
    },
    // minus the salary case: the income shape (sizes) is kept
    {
      name: "uneven income shape",
      annual: -1050000,
      months: negated(SALARY),
      locked: 5,
      expected: [...rep(-80000, 5), -130000, -65000, -86667, -86667, -86667, -86666, -108333],
    },
    // Income of -12,000 (1,000 a month) cut to -11,000 after June: locked -6,000, rest -5,000 /
    // 6 = 833 rest 2 -> months 7, 8 get -834.
    {
      name: "income lowered",
      annual: -11000,
      months: rep(-1000, 12),
      locked: 6,
      expected: [...rep(-1000, 6), -834, -834, ...rep(-833, 4)],
    },
    // The income disappears after June and the line nets to 0: rest +6,000 over the shape
    // |-1,000| x 6 -> +1,000 each.
    {
      name: "income line set to 0: the rest has the other sign",
      annual: 0,
      months: rep(-1000, 12),
      locked: 6,
      expected: [...rep(-1000, 6), ...rep(1000, 6)],
    },
    // -11 over 12 equal months (k = 0): floors 0, 11 leftovers to months 1-11, negated
    { name: "-11, nothing locked", annual: -11, months: zeros(12), locked: 0, expected: [...rep(-1, 11), 0] },
  ])("$name", (c) => {
    expect(run(c)).toEqual(c.expected);
  });
});

describe("reperiodize: units", () => {
  // Actuals with øre: 101,234.56 + 98,765.43 + 100,000.01 + 99,999.99 + 100,000.00 = 499,999.99
  const ACTUALS = [101234.56, 98765.43, 100000.01, 99999.99, 100000];
  it.each<Case>([
    // Rest 1,250,000 - 499,999.99 = 750,000.01 = 75,000,001 øre over 7 equal months: 10,714,285
    // rest 6 -> months 6-11 get 107,142.86, month 12 107,142.85.
    {
      name: "øre actuals at unit 0.01",
      annual: 1250000,
      months: [...ACTUALS, ...rep(100000, 7)],
      locked: 5,
      unit: 0.01,
      expected: [...ACTUALS, ...rep(107142.86, 6), 107142.85],
    },
    {
      name: "the same as income",
      annual: -1250000,
      months: negated([...ACTUALS, ...rep(100000, 7)]),
      locked: 5,
      unit: 0.01,
      expected: negated([...ACTUALS, ...rep(107142.86, 6), 107142.85]),
    },
    // the annual amount is rounded to øre first: 1,250,000.004 -> 1,250,000.00 (same as above)
    {
      name: "annual rounded to øre",
      annual: "1250000.004",
      months: [...ACTUALS, ...rep(100000, 7)],
      locked: 5,
      unit: 0.01,
      expected: [...ACTUALS, ...rep(107142.86, 6), 107142.85],
    },
    // Øre months that sum to whole kroner at unit 1: 100,000.50 + 99,999.50 = 200,000; rest
    // 1,000,000 over 10 equal months = 100,000 each.
    {
      name: "øre months summing to whole kroner at unit 1",
      annual: 1200000,
      months: [100000.5, 99999.5, ...rep(100000, 10)],
      locked: 2,
      expected: [100000.5, 99999.5, ...rep(100000, 10)],
    },
    // Unit 1000: locked 5 x 100,000 = 500 thousands; 1,261,400 rounds to 1,261 thousands, rest 761
    // thousands / 7 = 108 rest 5 -> months 6-10 get 109,000.
    {
      name: "unit 1000",
      annual: 1261400,
      months: FLAT,
      locked: 5,
      unit: 1000,
      expected: [...rep(100000, 5), ...rep(109000, 5), 108000, 108000],
    },
    // Month values given as decimal text are kept (as numbers) and summed exactly: "0.1" + "0.2"
    // = 0.3 exactly (as doubles 0.1 + 0.2 is 0.30000000000000004), rest 10 - 0.3 = 9.7 = 970 øre
    // over 10 equal months = 0.97 each.
    {
      name: "decimal text months summed exactly",
      annual: 10,
      months: ["0.1", "0.2", ...rep(0, 10)],
      locked: 2,
      unit: 0.01,
      expected: [0.1, 0.2, ...rep(0.97, 10)],
    },
  ])("$name", (c) => {
    expect(run(c)).toEqual(c.expected);
  });

  it("sums locked numbers as the decimals they show, not as doubles", () => {
    // 0.1 + 0.2 as doubles is 0.30000000000000004; as the decimals shown it is 0.3 exactly, so the
    // rest is 10 - 0.3 = 9.7 = 970 øre, 0.97 in each of the 10 remaining months
    expect(reperiodize(10, [0.1, 0.2, ...zeros(10)], 2, { unit: 0.01, year: 2026 })).toEqual([0.1, 0.2, ...rep(0.97, 10)]);
  });

  it("returns -0 as 0", () => {
    const result = reperiodize(0, [-0, "-0", ...zeros(10)], 2, { year: 2026 });
    expect(result.map((m) => Object.is(m, -0))).toEqual(rep(0, 12).map(() => false));
  });
});

// --- bad input ---------------------------------------------------------------------------------

interface BadCase extends Failure {
  name: string;
  annual?: number | string;
  months?: (number | string)[];
  locked?: number;
  options?: ReperiodizeOptions;
}


const withMonth = (position: number, value: number | string): (number | string)[] =>
  FLAT.map((m, i) => (i === position - 1 ? value : m));

const badCases: BadCase[] = [
  // the shape of months
  {
    name: "11 months",
    months: rep(1, 11),
    code: "MONTHS_LENGTH",
    kind: "value",
    en: "months has 11 values; 12 are needed",
    da: "månederne har 11 værdier; der skal være 12",
  },
  {
    name: "13 months",
    months: rep(1, 13),
    code: "MONTHS_LENGTH",
    kind: "value",
    en: "months has 13 values; 12 are needed",
    da: "månederne har 13 værdier; der skal være 12",
  },
  {
    name: "1 month",
    months: [1],
    code: "MONTHS_LENGTH",
    kind: "value",
    en: "months has 1 value; 12 are needed",
    da: "månederne har 1 værdi; der skal være 12",
  },
  {
    name: "no months",
    months: [],
    code: "MONTHS_LENGTH",
    kind: "value",
    en: "months has 0 values; 12 are needed",
    da: "månederne har 0 værdier; der skal være 12",
  },
  // lockedThrough
  ...[5.5, -1, 13, Number.NaN, Number.POSITIVE_INFINITY].map(
    (locked): BadCase => ({
      name: `lockedThrough ${locked}`,
      locked,
      code: "LOCKED_INVALID",
      kind: "value",
      en: `lockedThrough (the last month to keep) must be a whole number from 0 to 12; got ${locked}`,
      da: `låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik ${String(locked).replace(".", ",")}`,
    }),
  ),
  {
    name: 'lockedThrough "5" (text from a caller without TypeScript)',
    locked: "5" as unknown as number,
    code: "LOCKED_INVALID",
    kind: "value",
    en: 'lockedThrough (the last month to keep) must be a whole number from 0 to 12; got "5"',
    da: 'låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik "5"',
  },
  // month values
  {
    name: "NaN month",
    months: withMonth(3, Number.NaN),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "month 3 is not a finite number",
    da: "måned 3 er ikke et endeligt tal",
  },
  {
    name: "Infinity in a remaining month (checked even though only its shape is used)",
    months: withMonth(9, Number.POSITIVE_INFINITY),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "month 9 is not a finite number",
    da: "måned 9 er ikke et endeligt tal",
  },
  {
    name: '"abc" month',
    months: withMonth(2, "abc"),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'month 2 is text ("abc"); a number is needed',
    da: 'måned 2 er tekst ("abc"); der skal stå et tal',
  },
  {
    name: '"1.234,56" month (Danish format)',
    months: withMonth(12, "1.234,56"),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'month 12 "1.234,56" is text in Danish number format; convert it to a number',
    da: 'måned 12 "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: '"" month',
    months: withMonth(1, ""),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: 'month 1 is blank; enter 0 if there is none',
    da: 'måned 1 er tom; skriv 0, hvis der ikke er noget',
  },
  {
    // the Danish adjective agrees with the noun: "måned ... for stor", "årsbeløb ... for stort"
    name: "1e16 month",
    months: withMonth(4, 1e16),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "month 4 10000000000000000 is too large; the limit is 1e15",
    da: "måned 4 10000000000000000 er for stor; grænsen er 1e15",
  },
  {
    name: "month over the øre limit at unit 0.01",
    months: withMonth(6, 91_000_000_000_000),
    options: { unit: 0.01 },
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "month 6 91000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "måned 6 91000000000000 er for stor; grænsen er 7e13 ved enhed 0,01",
  },
  // the new annual amount
  {
    name: "NaN annual",
    annual: Number.NaN,
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "annual amount is not a finite number",
    da: "årsbeløb er ikke et endeligt tal",
  },
  {
    name: '"1.260.000" annual',
    annual: "1.260.000",
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'annual amount "1.260.000" is text in Danish number format; convert it to a number',
    da: 'årsbeløb "1.260.000" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "1e16 annual",
    annual: 1e16,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 10000000000000000 is too large; the limit is 1e15",
    da: "årsbeløb 10000000000000000 er for stort; grænsen er 1e15",
  },
  // the profile
  {
    name: "profile of 11 weights",
    options: { profile: rep(1, 11) },
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 11 values; 12 are needed",
    da: "profilen har 11 værdier; der skal være 12",
  },
  {
    name: "unknown profile name",
    options: { profile: "monthly" },
    code: "PROFILE_UNKNOWN",
    kind: "value",
    en: 'unknown profile "monthly"; use equal, days, workdays or a range of 12 weights',
    da: 'ukendt profil "monthly"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
  },
  {
    name: "negative weight in a locked month (the whole profile must be valid)",
    options: { profile: [1, -2, ...rep(1, 10)] },
    code: "WEIGHT_NEGATIVE",
    kind: "value",
    en: "profile weight 2 is negative (-2); weights must be 0 or more",
    da: "profilvægt 2 er negativ (-2); vægte skal være 0 eller mere",
  },
  {
    name: "NaN weight",
    options: { profile: [...rep(1, 7), Number.NaN, ...rep(1, 4)] },
    code: "WEIGHT_NOT_FINITE",
    kind: "value",
    en: "profile weight 8 is not a finite number",
    da: "profilvægt 8 er ikke et endeligt tal",
  },
  {
    name: "all-zero profile",
    options: { profile: zeros(12) },
    code: "WEIGHTS_ZERO_SUM",
    kind: "value",
    en: "profile weights sum to 0; at least one weight must be positive",
    da: "profilens vægte summer til 0; mindst én vægt skal være positiv",
  },
  {
    name: "no weight in the remaining months 6-12",
    options: { profile: [...rep(1, 5), ...zeros(7)] },
    code: "REMAINING_WEIGHTS_ZERO",
    kind: "value",
    en: "the profile has no weight in months 6-12, so there is nothing to spread the rest over; give them a weight or lock fewer months",
    da: "profilen har ingen vægt i månederne 6-12, så der er intet at fordele resten på; giv dem en vægt, eller lås færre måneder",
  },
  {
    name: "no weight in the remaining month 12",
    locked: 11,
    options: { profile: [...rep(1, 11), 0] },
    code: "REMAINING_WEIGHTS_ZERO",
    kind: "value",
    en: "the profile has no weight in month 12, so there is nothing to spread the rest over; give it a weight or lock fewer months",
    da: "profilen har ingen vægt i måned 12, så der er intet at fordele resten på; giv den en vægt, eller lås færre måneder",
  },
  {
    name: "no weight in the remaining months even when the rest is 0",
    annual: 1200000,
    options: { profile: [...rep(1, 5), ...zeros(7)] },
    code: "REMAINING_WEIGHTS_ZERO",
    kind: "value",
    en: "the profile has no weight in months 6-12, so there is nothing to spread the rest over; give them a weight or lock fewer months",
    da: "profilen har ingen vægt i månederne 6-12, så der er intet at fordele resten på; giv dem en vægt, eller lås færre måneder",
  },
  // options
  {
    name: "unit 0.5",
    options: { unit: 0.5 as Unit },
    code: "UNIT_INVALID",
    kind: "value",
    en: "unit must be 0.01, 1 or 1000; got 0.5",
    da: "enhed skal være 0,01, 1 eller 1000; fik 0,5",
  },
  {
    name: "year 1899",
    options: { year: 1899 },
    code: "YEAR_INVALID",
    kind: "value",
    en: "year must be a whole number from 1900 to 9999; got 1899",
    da: "år skal være et helt tal fra 1900 til 9999; fik 1899",
  },
  // locked months off the unit
  {
    name: "øre actuals at unit 1",
    months: [101234.56, 98765.43, ...rep(100000, 10)],
    locked: 2,
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 1 is 101234.56 and the locked months 1-2 sum to 199999.99, not a whole multiple of the unit 1; use unit 0.01 or round the locked months to the unit",
    da: "låst måned 1 er 101234,56, og de låste måneder 1-2 summer til 199999,99, som ikke er et helt multiplum af enheden 1; brug enhed 0,01, eller afrund de låste måneder til enheden",
  },
  {
    name: "one locked month with øre at unit 1",
    months: [100000.5, ...rep(100000, 11)],
    locked: 1,
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 1 is 100000.5, not a whole multiple of the unit 1; use unit 0.01 or round the locked month to the unit",
    da: "låst måned 1 er 100000,5, som ikke er et helt multiplum af enheden 1; brug enhed 0,01, eller afrund den låste måned til enheden",
  },
  {
    name: "the first month off the unit is named, not the first locked month",
    months: [100000, 100000, 1234.5, ...rep(100000, 9)],
    locked: 5,
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 3 is 1234.5 and the locked months 1-5 sum to 401234.5, not a whole multiple of the unit 1; use unit 0.01 or round the locked months to the unit",
    da: "låst måned 3 er 1234,5, og de låste måneder 1-5 summer til 401234,5, som ikke er et helt multiplum af enheden 1; brug enhed 0,01, eller afrund de låste måneder til enheden",
  },
  {
    name: "fractions of an øre at unit 0.01",
    months: [100000, 12.345, ...rep(100000, 10)],
    locked: 2,
    options: { unit: 0.01 },
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 2 is 12.345 and the locked months 1-2 sum to 100012.345, not a whole multiple of the unit 0.01; round the locked months to 2 decimals",
    da: "låst måned 2 er 12,345, og de låste måneder 1-2 summer til 100012,345, som ikke er et helt multiplum af enheden 0,01; afrund de låste måneder til 2 decimaler",
  },
  {
    name: "a floating-point artefact at unit 0.01",
    months: [0.1 + 0.2, ...rep(100000, 11)],
    locked: 1,
    options: { unit: 0.01 },
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 1 is 0.30000000000000004, not a whole multiple of the unit 0.01; round the locked month to 2 decimals",
    da: "låst måned 1 er 0,30000000000000004, som ikke er et helt multiplum af enheden 0,01; afrund den låste måned til 2 decimaler",
  },
  {
    name: "fractions of an øre at unit 1000",
    months: ["1234.567", ...rep(100000, 11)],
    locked: 1,
    options: { unit: 1000 },
    code: "LOCKED_NOT_ON_UNIT",
    kind: "value",
    en: "locked month 1 is 1234.567, not a whole multiple of the unit 1000; round the locked month to the unit, or to 2 decimals and use unit 0.01",
    da: "låst måned 1 er 1234,567, som ikke er et helt multiplum af enheden 1000; afrund den låste måned til enheden, eller til 2 decimaler og brug enhed 0,01",
  },
  // all 12 locked
  {
    name: "all locked, sum differs",
    locked: 12,
    code: "LOCKED_ALL_MISMATCH",
    kind: "value",
    en: "all 12 months are locked but they sum to 1200000, not 1260000; lock fewer months so the difference can be spread",
    da: "alle 12 måneder er låst, men de summer til 1200000, ikke 1260000; lås færre måneder, så forskellen kan fordeles",
  },
  {
    name: "all locked, øre sum at unit 0.01",
    annual: 1200000,
    months: [99999.99, ...rep(100000, 11)],
    locked: 12,
    options: { unit: 0.01 },
    code: "LOCKED_ALL_MISMATCH",
    kind: "value",
    en: "all 12 months are locked but they sum to 1199999.99, not 1200000; lock fewer months so the difference can be spread",
    da: "alle 12 måneder er låst, men de summer til 1199999,99, ikke 1200000; lås færre måneder, så forskellen kan fordeles",
  },
  {
    name: "all locked, sum off the unit",
    annual: 1200000,
    months: [100000.5, ...rep(100000, 11)],
    locked: 12,
    code: "LOCKED_ALL_MISMATCH",
    kind: "value",
    en: "all 12 months are locked but they sum to 1200000.5, not 1200000; lock fewer months so the difference can be spread",
    da: "alle 12 måneder er låst, men de summer til 1200000,5, ikke 1200000; lås færre måneder, så forskellen kan fordeles",
  },
  {
    name: "all locked, income",
    annual: -1260000,
    months: negated(FLAT),
    locked: 12,
    options: { unit: 1000 },
    code: "LOCKED_ALL_MISMATCH",
    kind: "value",
    en: "all 12 months are locked but they sum to -1200000, not -1260000; lock fewer months so the difference can be spread",
    da: "alle 12 måneder er låst, men de summer til -1200000, ikke -1260000; lås færre måneder, så forskellen kan fordeles",
  },
  // the rest beyond the amount limit (locked months of the other sign)
  {
    name: "rest over 1e15",
    annual: 1e15,
    months: [-1e15, ...zeros(11)],
    locked: 1,
    code: "REST_TOO_LARGE",
    kind: "value",
    en: "the rest to spread over months 2-12 (annual amount minus locked months) is 2000000000000000, too large; the limit is 1e15",
    da: "resten, der skal fordeles på månederne 2-12 (årsbeløb minus låste måneder), er 2000000000000000, for stor; grænsen er 1e15",
  },
  {
    name: "rest over 7e13 at unit 0.01",
    annual: -7e13,
    months: [...rep(7e13, 11), 0],
    locked: 11,
    options: { unit: 0.01 },
    code: "REST_TOO_LARGE",
    kind: "value",
    en: "the rest to spread over month 12 (annual amount minus locked months) is -840000000000000, too large; the limit is 7e13 at unit 0.01",
    da: "resten, der skal fordeles på måned 12 (årsbeløb minus låste måneder), er -840000000000000, for stor; grænsen er 7e13 ved enhed 0,01",
  },
  // which problem is reported first: options, months shape, lockedThrough, profile, annual, months
  {
    name: "everything wrong: the unit",
    annual: "abc",
    months: rep(1, 11),
    locked: 13,
    options: { unit: 0.5 as Unit, profile: "monthly" },
    code: "UNIT_INVALID",
    kind: "value",
    en: "unit must be 0.01, 1 or 1000; got 0.5",
    da: "enhed skal være 0,01, 1 eller 1000; fik 0,5",
  },
  {
    name: "months shape before lockedThrough",
    months: rep(1, 11),
    locked: 13,
    code: "MONTHS_LENGTH",
    kind: "value",
    en: "months has 11 values; 12 are needed",
    da: "månederne har 11 værdier; der skal være 12",
  },
  {
    name: "lockedThrough before the profile",
    locked: 13,
    options: { profile: "monthly" },
    code: "LOCKED_INVALID",
    kind: "value",
    en: "lockedThrough (the last month to keep) must be a whole number from 0 to 12; got 13",
    da: "låst til og med (den sidste måned, der bevares) skal være et helt tal fra 0 til 12; fik 13",
  },
  {
    name: "profile before the annual amount",
    annual: "abc",
    options: { profile: "monthly" },
    code: "PROFILE_UNKNOWN",
    kind: "value",
    en: 'unknown profile "monthly"; use equal, days, workdays or a range of 12 weights',
    da: 'ukendt profil "monthly"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
  },
  {
    name: "annual amount before the months",
    annual: "abc",
    months: withMonth(1, Number.NaN),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'annual amount is text ("abc"); a number is needed',
    da: 'årsbeløb er tekst ("abc"); der skal stå et tal',
  },
  {
    name: "months in order",
    months: withMonth(7, "x").map((m, i) => (i === 10 ? Number.NaN : m)),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'month 7 is text ("x"); a number is needed',
    da: 'måned 7 er tekst ("x"); der skal stå et tal',
  },
  {
    name: "a bad month before locked months off the unit",
    months: [100000.5, ...rep(100000, 10), Number.NaN],
    locked: 1,
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "month 12 is not a finite number",
    da: "måned 12 er ikke et endeligt tal",
  },
];

describe("reperiodize bad-input corpus", () => {
  it.each(badCases)("$name", ({ annual = 1260000, months = FLAT, locked = 5, options, code, kind, en, da }) => {
    expect(failure(() => reperiodize(annual, months, locked, { year: 2026, ...options }))).toEqual({ code, kind, en, da });
  });
});

// --- properties ----------------------------------------------------------------------------------

const RUNS = { numRuns: 300 };

const unitArb = fc.constantFrom<Unit>(...UNITS);
const lockedArb = fc.integer({ min: 0, max: 12 });
/** A whole number of units, as a count (the amount is count x unit). */
const countArb = fc.oneof(
  fc.integer({ min: -2_000, max: 2_000 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.constant(0),
);
/** An amount in kroner and øre up to 1e10 (off the unit 1 and 1000 most of the time). */
const oreAmountArb = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }).map((ore) => ore / 100);
/** New annual amounts: numbers with øre or decimal strings with digits beyond the øre. */
const annualArb: fc.Arbitrary<number | string> = fc.oneof(
  oreAmountArb,
  fc.integer({ min: -5000, max: 5000 }),
  fc
    .tuple(fc.constantFrom("", "-"), fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom("", ".5", ".005", ".4999", ".125"))
    .map(([sign, whole, fraction]) => `${sign}${whole}${fraction}`),
);
/** Remaining months: any amounts (only their shape counts): one sign, mixed, zeros. */
const shapeMonthArb = fc.oneof(fc.constant(0), oreAmountArb, fc.integer({ min: 0, max: 100 }), fc.integer({ min: -100, max: 0 }));
const profileArb: fc.Arbitrary<Profile | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant("equal"),
  fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 }).map((w) => w / 100)), {
    minLength: 12,
    maxLength: 12,
  }),
);

/** A line whose locked months are whole multiples of the unit (so the call succeeds). */
const lineArb = fc
  .record({
    unit: unitArb,
    locked: lockedArb,
    annual: annualArb,
    counts: fc.array(countArb, { minLength: 12, maxLength: 12 }),
    shape: fc.array(shapeMonthArb, { minLength: 12, maxLength: 12 }),
    profile: profileArb,
  })
  .map(({ unit, locked, annual, counts, shape, profile }) => {
    const months = shape.map((m, i) => (i < locked ? new Decimal(counts[i]).times(unit).toNumber() : m));
    return { unit, locked, annual, months, profile };
  })
  // an explicit profile needs weight in the remaining months (else REMAINING_WEIGHTS_ZERO)
  .filter(
    ({ locked, profile }) =>
      !Array.isArray(profile) || (profile.some((w) => w > 0) && (locked === 12 || profile.slice(locked).some((w) => w > 0))),
  );

type Line = { unit: Unit; locked: number; annual: number | string; months: number[]; profile: Profile | undefined };

/** The annual amount rounded half away from zero to the unit, in kroner. */
const roundedAnnual = (annual: number | string, unit: Unit): Decimal =>
  new Decimal(typeof annual === "number" ? annual : annual.trim()).dividedBy(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
const decimalSum = (values: readonly number[]): Decimal => values.reduce((s, m) => s.plus(new Decimal(m)), new Decimal(0));

/** Calls reperiodize; with all 12 locked, a line whose months do not add up is expected to fail. */
function call({ unit, locked, annual, months, profile }: Line, sign = 1): number[] | null {
  const options: ReperiodizeOptions = { unit, year: 2026 };
  if (profile !== undefined) options.profile = profile;
  const a = sign === 1 ? annual : typeof annual === "number" ? -annual : annual.startsWith("-") ? annual.slice(1) : `-${annual}`;
  const ms = sign === 1 ? months : months.map((m) => -m);
  try {
    return reperiodize(a, ms, locked, options);
  } catch (error) {
    if (error instanceof BudgetError && error.code === "LOCKED_ALL_MISMATCH" && locked === 12) return null;
    throw error;
  }
}


/** The weights the rule says apply to the remaining months. */
function expectedWeights({ locked, months, profile }: Line): number[] {
  if (profile === "equal") return rep(1, 12 - locked);
  if (Array.isArray(profile)) return profile.slice(locked);
  const rest = months.slice(locked);
  const oneSign = rest.every((m) => m >= 0) || rest.every((m) => m <= 0);
  return oneSign && rest.some((m) => m !== 0) ? rest.map(Math.abs) : rep(1, 12 - locked);
}

describe("reperiodize properties", () => {
  it("(a) the months add up exactly to the new annual amount rounded to the unit", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const result = call(line);
        if (result === null) {
          expect(decimalSum(line.months).equals(roundedAnnual(line.annual, line.unit))).toBe(false);
          return;
        }
        expect(decimalSum(result).toFixed()).toBe(roundedAnnual(line.annual, line.unit).toFixed());
      }),
      RUNS,
    );
  });

  it("(b) the locked months come back unchanged", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const result = call(line);
        if (result === null) return;
        expect(result.slice(0, line.locked)).toEqual(line.months.slice(0, line.locked).map((m) => (m === 0 ? 0 : m)));
      }),
      RUNS,
    );
  });

  it("(c) re-spreading -A with -months gives exactly minus the result for A", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const plus = call(line);
        const minus = call(line, -1);
        expect(minus === null).toBe(plus === null);
        if (plus === null || minus === null) return;
        expect(minus).toEqual(plus.map((m) => (m === 0 ? 0 : -m)));
      }),
      RUNS,
    );
  });

  it("(d) there are 12 months and the remaining ones are whole multiples of the unit", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const result = call(line);
        if (result === null) return;
        expect(result.length).toBe(12);
        const off = result.slice(line.locked).filter((m) => !new Decimal(m).dividedBy(line.unit).isInteger());
        expect(off).toEqual([]);
      }),
      RUNS,
    );
  });

  it("(e) the remaining months are the largest-remainder split of the rest along the rule's weights", () => {
    fc.assert(
      fc.property(
        lineArb.filter((l) => l.locked < 12),
        (line) => {
          const result = call(line) as number[];
          const locked = decimalSum(line.months.slice(0, line.locked));
          const rest = roundedAnnual(line.annual, line.unit).minus(locked).dividedBy(line.unit);
          const expected = largestRemainder(BigInt(rest.toFixed(0)), scaledWeights(expectedWeights(line)));
          expect(result.slice(line.locked).map((m) => new Decimal(m).dividedBy(line.unit).toFixed(0))).toEqual(expected.map(String));
        },
      ),
      RUNS,
    );
  });

  it("(f) locked months with øre are refused exactly when their sum is off the unit", () => {
    const arb = fc.record({
      unit: unitArb,
      locked: fc.integer({ min: 1, max: 11 }),
      months: fc.array(fc.oneof(oreAmountArb, fc.integer({ min: -1000, max: 1000 }).map((c) => c / 2)), { minLength: 12, maxLength: 12 }),
    });
    fc.assert(
      fc.property(arb, annualArb, ({ unit, locked, months }, annual) => {
        const onUnit = decimalSum(months.slice(0, locked)).dividedBy(unit).isInteger();
        let code: ErrorCode | null = null;
        try {
          reperiodize(annual, months, locked, { unit, year: 2026 });
        } catch (error) {
          if (!(error instanceof BudgetError)) throw error;
          code = error.code;
        }
        expect(code).toBe(onUnit ? null : "LOCKED_NOT_ON_UNIT");
      }),
      RUNS,
    );
  });
});
