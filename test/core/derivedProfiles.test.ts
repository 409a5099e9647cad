// Profile builders (core/derivedProfiles.ts): exact oracles worked out by hand, with the reasoning
// in the comments, and checked again with an independent Python calculation (fractions.Fraction
// for the shares, decimal.Decimal for the products, a largest-remainder split written from the
// rule). Nothing expected here is computed by the code under test. Then the bad-input corpus with
// the exact English and Danish messages, and fast-check properties.
import { failure, type BadCase } from "./failure";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  activityProfile,
  historicalProfile,
  parseMonths,
  paymentProfile,
  periodize,
  salaryProfile,
  WEIGHT_DECIMALS,
  type HistoryValue,
  type SalaryOptions,
} from "../../core";

/** `count` copies of `value`, for writing 12-month rows by hand. */
const rep = <T>(value: T, count: number): T[] => new Array<T>(count).fill(value);
/** A value of the wrong type, as a caller without TypeScript could pass it. */
const untyped = <T>(value: unknown): T => value as T;

// --- 1. historical ----------------------------------------------------------------------------

describe("historicalProfile: each year as shares of its own total, averaged over the years", () => {
  it.each<{ name: string; actuals: HistoryValue[][]; weights: number[] }>([
    {
      // Year A: 100 a month, total 1,200: every share 1/12.
      // Year B: 100 times larger (total 240,000) and seasonal: 30,000 in Jan and Dec (1/8),
      // 10,000 in Jul and Aug (1/24), 20,000 in the other eight months (1/12).
      // Averages: Jan, Dec (1/12 + 1/8) / 2 = (2/24 + 3/24) / 2 = 5/48 = 0.10416666666.. -> 0.1041666667
      //           Jul, Aug (1/12 + 1/24) / 2 = 3/48 = 1/16 = 0.0625 exactly
      //           others   1/12 = 0.08333333333.. -> 0.0833333333
      // Pooling the amounts instead would let B dominate: Jan = 30,100 / 241,200 = 0.1248; the
      // average gives A's flat shape half the say.
      name: "two years of very different size",
      actuals: [rep(100, 12), [30000, 20000, 20000, 20000, 20000, 20000, 10000, 10000, 20000, 20000, 20000, 30000]],
      weights: [0.1041666667, ...rep(0.0833333333, 5), 0.0625, 0.0625, ...rep(0.0833333333, 3), 0.1041666667],
    },
    {
      // Year A: Jan blank (0), Feb -500 (a refund: 0 for the shape), Mar 300, then 100 x 9:
      //   total 1,200; shares 0, 0, 1/4, then 1/12 x 9.
      // Year B: 0, -10, blank, zeros: total 0, left out of the average.
      // Year C: 10 a month: shares 1/12.
      // Average over A and C: Jan, Feb (0 + 1/12) / 2 = 1/24 = 0.041666.. -> 0.0416666667
      //                       Mar (1/4 + 1/12) / 2 = 1/6 = 0.1666666666|67 -> 0.1666666667
      //                       Apr-Dec 1/12 -> 0.0833333333
      name: "blank and negative months count as 0; a year with total 0 is left out",
      actuals: [[null, -500, 300, ...rep(100, 9)], [0, -10, null, ...rep(0, 9)], rep(10, 12)],
      weights: [0.0416666667, 0.0416666667, 0.1666666667, ...rep(0.0833333333, 9)],
    },
    {
      // undefined (a hole, a cell the caller left out) is a blank like null: Jan and Jun count as
      // 0, the other ten months 1 each: total 10, shares 0.1
      name: "undefined counts as blank",
      actuals: [[untyped(undefined), ...rep(1, 4), untyped(undefined), ...rep(1, 6)]],
      weights: [0, ...rep(0.1, 4), 0, ...rep(0.1, 6)],
    },
    {
      // One year 1, 2, ..., 12 (total 78): share n/78, rounded half up at the 10th decimal:
      // 1/78 = 0.01282051282.. -> 0.0128205128, 3/78 = 0.03846153846.. -> 0.0384615385,
      // 4/78 = 0.05128205128.. -> 0.0512820513, 11/78 = 0.14102564102.. -> 0.141025641 (0.1410256410),
      // 12/78 = 2/13 = 0.15384615384.. -> 0.1538461538
      name: "one year 1..12",
      actuals: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
      weights: [
        0.0128205128, 0.0256410256, 0.0384615385, 0.0512820513, 0.0641025641, 0.0769230769, 0.0897435897, 0.1025641026,
        0.1153846154, 0.1282051282, 0.141025641, 0.1538461538,
      ],
    },
    {
      // The same shape in tenths (0.1 is read as one tenth), next to an all-blank year that is
      // left out: the same weights as 1..12.
      name: "decimals, and an all-blank year left out",
      actuals: [[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2], rep(null, 12)],
      weights: [
        0.0128205128, 0.0256410256, 0.0384615385, 0.0512820513, 0.0641025641, 0.0769230769, 0.0897435897, 0.1025641026,
        0.1153846154, 0.1282051282, 0.141025641, 0.1538461538,
      ],
    },
    {
      // Total 2e10: Jan = 1 / 2e10 = 0.00000000005 exactly, a tie at the 10th decimal: half up
      // gives 0.0000000001. Feb = 19,999,999,999 / 2e10 = 0.99999999995, a tie: up to 1.
      name: "exact ties round half up",
      actuals: [[1, 19999999999, ...rep(0, 10)]],
      weights: [1e-10, 1, ...rep(0, 10)],
    },
    {
      // Year A total 3e10: Jan share 1/3e10 (0.333..e-10, never ends). Year B total 3e10: Jan
      // share 2/3e10. Average (1/3e10 + 2/3e10) / 2 = 1/2e10 = 0.00000000005, an exact tie -> 1e-10.
      // Feb: ((3e10 - 1) + (3e10 - 2)) / 3e10 / 2 = 1 - 1/2e10 = 0.99999999995, a tie -> 1.
      // Averaging shares that were each cut off at some digit would land just below the tie and
      // round down: only exact arithmetic gets these right.
      name: "an exact tie made of shares that never end",
      actuals: [
        [1, 29999999999, ...rep(0, 10)],
        [2, 29999999998, ...rep(0, 10)],
      ],
      weights: [1e-10, 1, ...rep(0, 10)],
    },
  ])("$name", ({ actuals, weights }) => {
    expect(historicalProfile(actuals)).toEqual(weights);
  });
});

// --- 2. activity ------------------------------------------------------------------------------

describe("activityProfile: activity x unit cost + fixed amount per month", () => {
  it.each<{ name: string; activity: number[]; unitCost: number; fixed?: number; weights: number[] }>([
    {
      // bed days x 2,500.50 kr + 10,000 kr a month:
      // 100 -> 250,050 + 10,000 = 260,050; 90 -> 225,045 + 10,000 = 235,045;
      // 110 -> 275,055 + 10,000 = 285,055; 80 -> 200,040 + 10,000 = 210,040;
      // 60 -> 150,030 + 10,000 = 160,030; 70 -> 175,035 + 10,000 = 185,035
      name: "bed days with a fixed part",
      activity: [100, 90, 110, 100, 100, 80, 60, 70, 100, 110, 100, 80],
      unitCost: 2500.5,
      fixed: 10000,
      weights: [260050, 235045, 285055, 260050, 260050, 210040, 160030, 185035, 260050, 285055, 260050, 210040],
    },
    {
      // the inputs are read as the decimals they print as: 3 x 0.1 = 0.3 (not 0.30000000000000004),
      // 0.5 x 0.1 = 0.05, 7 x 0.1 = 0.7; no fixed part (default 0)
      name: "decimal unit cost, fixed part defaulted",
      activity: [3, 0, 1, 2, 0.5, 0, 0, 0, 0, 0, 0, 7],
      unitCost: 0.1,
      weights: [0.3, 0, 0.1, 0.2, 0.05, 0, 0, 0, 0, 0, 0, 0.7],
    },
    {
      // 0.123456 x 0.0000123 = 0.0000015185088 exactly; rounded at 10 decimals: 0.0000015185
      name: "rounded to 10 decimals",
      activity: rep(0.123456, 12),
      unitCost: 0.0000123,
      weights: rep(0.0000015185, 12),
    },
    {
      // 0.000005 x 0.00001 = 0.00000000005 exactly, a tie: half up -> 0.0000000001
      name: "a tie at the 10th decimal rounds up",
      activity: rep(0.000005, 12),
      unitCost: 0.00001,
      weights: rep(1e-10, 12),
    },
    {
      // unit cost 0: only the fixed part, the same in every month
      name: "fixed part only",
      activity: rep(12, 12),
      unitCost: 0,
      fixed: 1500,
      weights: rep(1500, 12),
    },
  ])("$name", ({ activity, unitCost, fixed, weights }) => {
    expect(fixed === undefined ? activityProfile(activity, unitCost) : activityProfile(activity, unitCost, fixed)).toEqual(weights);
  });
});

// --- 3. salary --------------------------------------------------------------------------------

/** A salary line: +4 % from 1 April, +1.76 % from 1 October, half a month extra in May. */
const SALARY_EXAMPLE: SalaryOptions = {
  rises: [
    { month: 4, rate: 0.04 },
    { month: 10, rate: 0.0176 },
  ],
  extras: [{ month: 5, months: 0.5 }],
};

describe("salaryProfile: a monthly salary of 1 with pay rises and extra payments", () => {
  it.each<{ name: string; options?: SalaryOptions; weights: number[] }>([
    {
      // Jan-Mar 1; Apr 1.04; May 1.04 + 0.5 x 1.04 = 1.56; Jun-Sep 1.04;
      // Oct-Dec 1.04 x 1.0176 = 1.058304 (1.04 x 1 = 1.04, 1.04 x 0.0176 = 0.018304)
      name: "two pay rises and half a month extra",
      options: SALARY_EXAMPLE,
      weights: [1, 1, 1, 1.04, 1.56, 1.04, 1.04, 1.04, 1.04, 1.058304, 1.058304, 1.058304],
    },
    { name: "no options: 12 equal months", weights: rep(1, 12) },
    { name: "empty lists", options: { rises: [], extras: [] }, weights: rep(1, 12) },
    {
      // the rises may come in any order; they compound the same way
      name: "rises out of order",
      options: { rises: [SALARY_EXAMPLE.rises![1], SALARY_EXAMPLE.rises![0]], extras: SALARY_EXAMPLE.extras },
      weights: [1, 1, 1, 1.04, 1.56, 1.04, 1.04, 1.04, 1.04, 1.058304, 1.058304, 1.058304],
    },
    {
      // Feb on: 1.0123456789. Mar on: 1.0123456789 x 1.0987654321 = 1.11233043731112635269
      // (20 decimals, exact), rounded at the 10th: 1.1123304373|1.. -> 1.1123304373
      name: "compounded rates rounded to 10 decimals",
      options: {
        rises: [
          { month: 2, rate: 0.0123456789 },
          { month: 3, rate: 0.0987654321 },
        ],
      },
      weights: [1, 1.0123456789, ...rep(1.1123304373, 10)],
    },
    {
      // two rises of 10 % in January compound: 1.1 x 1.1 = 1.21; a cut of 50 % from July:
      // 1.21 x 0.5 = 0.605; June's extra of 0 months changes nothing; December has two extras
      // that add up: 0.605 x (1 + 1 + 0.25) = 1.36125
      name: "two rises in one month, a cut, extras that add up",
      options: {
        rises: [
          { month: 1, rate: 0.1 },
          { month: 1, rate: 0.1 },
          { month: 7, rate: -0.5 },
        ],
        extras: [
          { month: 12, months: 1 },
          { month: 6, months: 0 },
          { month: 12, months: 0.25 },
        ],
      },
      weights: [...rep(1.21, 6), ...rep(0.605, 5), 1.36125],
    },
  ])("$name", ({ options, weights }) => {
    expect(options === undefined ? salaryProfile() : salaryProfile(options)).toEqual(weights);
  });

  it("null options are no options", () => {
    expect(salaryProfile(untyped(null))).toEqual(rep(1, 12));
  });
});

// --- 4. payment months ------------------------------------------------------------------------

const QUARTERLY = [1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0];

describe("paymentProfile: 1 in the named months, 0 elsewhere", () => {
  it.each<{ name: string; months: number[]; weights: number[] }>([
    { name: "quarterly", months: [1, 4, 7, 10], weights: QUARTERLY },
    { name: "any order", months: [10, 7, 1, 4], weights: QUARTERLY },
    { name: "December only", months: [12], weights: [...rep(0, 11), 1] },
    { name: "every month", months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weights: rep(1, 12) },
  ])("$name", ({ months, weights }) => {
    expect(paymentProfile(months)).toEqual(weights);
  });
});

describe("parseMonths: numbers, Danish and English names, keywords", () => {
  it.each<{ text: string; months: number[] }>([
    { text: "jan,apr,jul,okt", months: [1, 4, 7, 10] },
    { text: "January April July October", months: [1, 4, 7, 10] },
    { text: "1;4;7;10", months: [1, 4, 7, 10] },
    { text: "quarterly", months: [1, 4, 7, 10] },
    { text: "kvartalsvis", months: [1, 4, 7, 10] },
    { text: "Kvartalsvis", months: [1, 4, 7, 10] },
    { text: "annual", months: [1] },
    { text: "årlig", months: [1] },
    { text: "ÅRLIG", months: [1] },
    { text: "aarlig", months: [1] },
    // "å" typed as "a" + combining ring is the same word
    { text: "a\u030arlig", months: [1] },
    { text: "halvårlig", months: [1, 7] },
    { text: "half-yearly", months: [1, 7] },
    { text: "månedlig", months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    { text: "monthly", months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    // abbreviations may end in a dot; any case; tabs, runs of separators and a no-break space
    { text: " Jan. ; APR.,  jul\tokt.\u00a0", months: [1, 4, 7, 10] },
    { text: "januar februar marts april maj juni", months: [1, 2, 3, 4, 5, 6] },
    { text: "juli august september oktober november december", months: [7, 8, 9, 10, 11, 12] },
    { text: "february march may june july oct", months: [2, 3, 5, 6, 7, 10] },
    { text: "feb mar jun aug sep nov dec", months: [2, 3, 6, 8, 9, 11, 12] },
    { text: "sept.", months: [9] },
    { text: "04, 12", months: [4, 12] },
    // the order written is kept; keywords are expanded in place
    { text: "dec jan", months: [12, 1] },
    { text: "quarterly, dec", months: [1, 4, 7, 10, 12] },
    // duplicates are left for paymentProfile to refuse
    { text: "10 okt", months: [10, 10] },
  ])('"$text"', ({ text, months }) => {
    expect(parseMonths(text)).toEqual(months);
  });

  it("reads a number (a cell holding 4) as its text", () => {
    expect(parseMonths(untyped<string>(4))).toEqual([4]);
  });
});

// --- periodize along the builders -------------------------------------------------------------

describe("periodize along built profiles", () => {
  it("1,200,000 kr of salary with two pay rises and half a month extra, exact to the krone", () => {
    // weights 1 (x3), 1.04, 1.56, 1.04 (x4), 1.058304 (x3); at scale 10^6 they are 1,000,000,
    // 1,040,000, 1,560,000 and 1,058,304, sum 3 x 1,000,000 + 5 x 1,040,000 + 1,560,000
    // + 3 x 1,058,304 = 12,934,912.
    // Exact shares: 1,200,000 x 1,000,000 / 12,934,912 = 92,772.181.. (Jan-Mar)
    //               1,200,000 x 1,040,000 / 12,934,912 = 96,483.068.. (Apr, Jun-Sep)
    //               1,200,000 x 1,560,000 / 12,934,912 = 144,724.602.. (May)
    //               1,200,000 x 1,058,304 / 12,934,912 = 98,181.170.. (Oct-Dec)
    // Floors: 3 x 92,772 + 5 x 96,483 + 144,724 + 3 x 98,181 = 1,199,998; 2 kroner left, to the
    // largest remainders: May (.602) and then January (.181, tied with Feb and Mar at the same
    // weight: the earliest).
    const months = periodize(1_200_000, salaryProfile(SALARY_EXAMPLE), { year: 2026 });
    const expected = [92773, 92772, 92772, 96483, 144725, 96483, 96483, 96483, 96483, 98181, 98181, 98181];
    expect(months).toEqual(expected);
    expect(months.reduce((a, b) => a + b, 0)).toBe(1_200_000);
    // income or a reversal: exactly minus
    expect(periodize(-1_200_000, salaryProfile(SALARY_EXAMPLE), { year: 2026 })).toEqual(expected.map((m) => -m));
  });

  it("quarterly rent", () => {
    // 120,000 / 4 = 30,000 in Jan, Apr, Jul, Oct
    expect(periodize(120_000, paymentProfile(parseMonths("kvartalsvis")), { year: 2026 })).toEqual([
      30000, 0, 0, 30000, 0, 0, 30000, 0, 0, 30000, 0, 0,
    ]);
    // 100,001 / 4 = 25,000.25: one krone left, all four tied: the earliest month, January
    expect(periodize(100_001, paymentProfile(parseMonths("jan apr jul okt")), { year: 2026 })).toEqual([
      25001, 0, 0, 25000, 0, 0, 25000, 0, 0, 25000, 0, 0,
    ]);
  });

  it("planned cost: the budget equal to the planned cost gives each month its cost", () => {
    // the weights of "bed days with a fixed part" sum to 5 x 260,050 + 235,045 + 2 x 285,055
    // + 2 x 210,040 + 160,030 + 185,035 = 2,870,550
    const weights = activityProfile([100, 90, 110, 100, 100, 80, 60, 70, 100, 110, 100, 80], 2500.5, 10000);
    expect(periodize(2_870_550, weights, { year: 2026 })).toEqual(weights);
  });

  it("last years' pattern", () => {
    // the two years of very different size: 4,800 x 5/48 = 500, x 1/12 = 400, x 1/16 = 300; the
    // rounded weights (sum 0.9999999998) still split 4,800 this way, with nothing left over
    const weights = historicalProfile([
      rep(100, 12),
      [30000, 20000, 20000, 20000, 20000, 20000, 10000, 10000, 20000, 20000, 20000, 30000],
    ]);
    expect(periodize(4800, weights, { year: 2026 })).toEqual([500, 400, 400, 400, 400, 400, 300, 300, 400, 400, 400, 500]);
  });
});

// --- bad input --------------------------------------------------------------------------------



const ONES = rep(1, 12);
/** 12 months of 1 with one replaced (month is 1-based, as in the messages). */
const withMonth = (month: number, value: unknown): number[] => ONES.map((v, i) => (i === month - 1 ? untyped<number>(value) : v));

const HISTORY_EMPTY = {
  code: "HISTORY_EMPTY",
  kind: "value",
  en: "the history has no year with a positive total (blank and negative months count as 0); give at least one year of actuals above 0",
  da: "historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0",
} as const;
const HISTORY_SHAPE = {
  code: "HISTORY_SHAPE",
  kind: "value",
  en: "history must be rows of 12 monthly actuals, one row per year",
  da: "historikken skal være rækker med 12 månedlige forbrugstal, én række pr. år",
} as const;
const ACTIVITY_ZERO = {
  code: "ACTIVITY_ZERO",
  kind: "value",
  en: "the activity profile is 0 in every month; give planned activity and a unit cost above 0, or a fixed amount per month",
  da: "aktivitetsprofilen er 0 i alle måneder; angiv planlagt aktivitet og en enhedsomkostning over 0 eller et fast beløb pr. måned",
} as const;
const PAYMENT_EMPTY = {
  code: "PAYMENT_EMPTY",
  kind: "value",
  en: "no payment months; give one or more months, e.g. 1, 4, 7, 10 or jan,apr,jul,oct",
  da: "ingen betalingsmåneder; angiv en eller flere måneder, fx 1, 4, 7, 10 eller jan,apr,jul,okt",
} as const;
const unknownMonth = (token: string) =>
  ({
    code: "MONTH_UNKNOWN",
    kind: "value",
    en: `unknown month "${token}"; use month numbers 1 to 12, names such as jan or january, or a keyword such as quarterly`,
    da: `ukendt måned "${token}"; brug månedsnumre 1 til 12, navne som jan eller januar eller et nøgleord som kvartalsvis`,
  }) as const;
const rateRange = (index: number, text: string) =>
  ({
    code: "RISE_RATE_RANGE",
    kind: "value",
    en: `rate of pay rise ${index} is ${text}; use a rate above -1 and at most 1, e.g. 0.04 for 4 %`,
    da: `satsen for lønstigning ${index} er ${text.replace(".", ",")}; brug en sats over -1 og højst 1, fx 0,04 for 4 %`,
  }) as const;
const salaryList = (name: "rises" | "extras") => {
  const example = name === "rises" ? "[{ month: 4, rate: 0.04 }]" : "[{ month: 5, months: 0.5 }]";
  return {
    code: "SALARY_LIST",
    kind: "value",
    en: `salary option ${name} must be a list of at most 100 items such as ${example}`,
    da: `valget ${name} for lønprofilen skal være en liste med højst 100 elementer som ${example}`,
  } as const;
};
const SHAPE_EXAMPLE = "{ rises: [{ month: 4, rate: 0.04 }], extras: [{ month: 5, months: 0.5 }] }";

const cases: BadCase[] = [
  // historical
  { name: "history: no rows", run: () => historicalProfile([]), ...HISTORY_EMPTY },
  { name: "history: one year of zeros", run: () => historicalProfile([rep(0, 12)]), ...HISTORY_EMPTY },
  {
    name: "history: a blank year and a year of refunds",
    run: () => historicalProfile([rep(null, 12), [-5, -1, ...rep(0, 10)]]),
    ...HISTORY_EMPTY,
  },
  {
    name: "history: row 2 has 11 values",
    run: () => historicalProfile([ONES, rep(1, 11)]),
    code: "HISTORY_LENGTH",
    kind: "value",
    en: "history row 2 has 11 values; 12 are needed",
    da: "historik række 2 har 11 værdier; der skal være 12",
  },
  {
    name: "history: row 1 has 1 value",
    run: () => historicalProfile([[5]]),
    code: "HISTORY_LENGTH",
    kind: "value",
    en: "history row 1 has 1 value; 12 are needed",
    da: "historik række 1 har 1 værdi; der skal være 12",
  },
  {
    name: "history: row 3 has 13 values",
    run: () => historicalProfile([ONES, ONES, rep(1, 13)]),
    code: "HISTORY_LENGTH",
    kind: "value",
    en: "history row 3 has 13 values; 12 are needed",
    da: "historik række 3 har 13 værdier; der skal være 12",
  },
  { name: "history: one flat row of 12, not a list of rows", run: () => historicalProfile(untyped(ONES)), ...HISTORY_SHAPE },
  { name: "history: text", run: () => historicalProfile(untyped("1,2,3")), ...HISTORY_SHAPE },
  { name: "history: a missing row", run: () => historicalProfile(untyped(Object.assign(new Array(2), { 1: ONES }))), ...HISTORY_SHAPE },
  {
    name: "history: NaN",
    run: () => historicalProfile([ONES, withMonth(3, Number.NaN)]),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "history row 2, month 3 is not a finite number",
    da: "historik række 2, måned 3 er ikke et endeligt tal",
  },
  {
    name: "history: -Infinity (not a refund)",
    run: () => historicalProfile([withMonth(12, Number.NEGATIVE_INFINITY)]),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "history row 1, month 12 is not a finite number",
    da: "historik række 1, måned 12 er ikke et endeligt tal",
  },
  {
    name: "history: Danish number text",
    run: () => historicalProfile([withMonth(5, "1.234,56")]),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'history row 1, month 5 "1.234,56" is text in Danish number format; convert it to a number',
    da: 'historik række 1, måned 5 "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "history: TRUE",
    run: () => historicalProfile([withMonth(1, true)]),
    code: "AMOUNT_BOOLEAN",
    kind: "value",
    en: "history row 1, month 1 is TRUE; a number is needed",
    da: "historik række 1, måned 1 er SAND; der skal stå et tal",
  },
  {
    name: "history: a bad value in row 1 comes before a short row 2",
    run: () => historicalProfile([withMonth(2, Number.NaN), rep(1, 11)]),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "history row 1, month 2 is not a finite number",
    da: "historik række 1, måned 2 er ikke et endeligt tal",
  },
  {
    name: "history: a bad value in a year that would be left out",
    run: () => historicalProfile([ONES, [...rep(0, 11), untyped<number>("x")]]),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'history row 2, month 12 is text ("x"); a number is needed',
    da: 'historik række 2, måned 12 er tekst ("x"); der skal stå et tal',
  },
  // activity
  {
    name: "activity: 11 values",
    run: () => activityProfile(rep(1, 11), 100),
    code: "ACTIVITY_LENGTH",
    kind: "value",
    en: "activity has 11 values; 12 are needed",
    da: "aktiviteten har 11 værdier; der skal være 12",
  },
  {
    name: "activity: one number, not 12",
    run: () => activityProfile(untyped(100), 100),
    code: "ACTIVITY_LENGTH",
    kind: "value",
    en: "activity has 1 value; 12 are needed",
    da: "aktiviteten har 1 værdi; der skal være 12",
  },
  {
    name: "activity: negative month",
    run: () => activityProfile(withMonth(3, -5), 100),
    code: "VALUE_NEGATIVE",
    kind: "value",
    en: "activity in month 3 is negative (-5); use 0 or more",
    da: "aktivitet i måned 3 er under 0 (-5); brug 0 eller mere",
  },
  {
    name: "activity: NaN",
    run: () => activityProfile(withMonth(12, Number.NaN), 100),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "activity in month 12 is not a finite number",
    da: "aktivitet i måned 12 er ikke et endeligt tal",
  },
  {
    name: "activity: blank month",
    run: () => activityProfile(withMonth(2, null), 100),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "activity in month 2 is blank; enter 0 if there is none",
    da: "aktivitet i måned 2 er tom; skriv 0, hvis der ikke er noget",
  },
  {
    name: "activity: too large",
    run: () => activityProfile(withMonth(1, 1e16), 100),
    code: "VALUE_TOO_LARGE",
    kind: "value",
    en: "activity in month 1 10000000000000000 is too large; the limit is 1e15",
    da: "aktivitet i måned 1 10000000000000000 er over grænsen på 1e15",
  },
  {
    name: "activity: negative unit cost",
    run: () => activityProfile(ONES, -1),
    code: "VALUE_NEGATIVE",
    kind: "value",
    en: "unit cost is negative (-1); use 0 or more",
    da: "enhedsomkostning er under 0 (-1); brug 0 eller mere",
  },
  {
    name: "activity: unit cost NaN",
    run: () => activityProfile(ONES, Number.NaN),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "unit cost is not a finite number",
    da: "enhedsomkostning er ikke et endeligt tal",
  },
  {
    name: "activity: unit cost as text",
    run: () => activityProfile(ONES, untyped("2500")),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'unit cost is text ("2500"); a number is needed',
    da: 'enhedsomkostning er tekst ("2500"); der skal stå et tal',
  },
  {
    name: "activity: unit cost too large",
    run: () => activityProfile(ONES, 2e15),
    code: "VALUE_TOO_LARGE",
    kind: "value",
    en: "unit cost 2000000000000000 is too large; the limit is 1e15",
    da: "enhedsomkostning 2000000000000000 er over grænsen på 1e15",
  },
  {
    name: "activity: negative fixed part",
    run: () => activityProfile(ONES, 100, -100),
    code: "VALUE_NEGATIVE",
    kind: "value",
    en: "fixed amount per month is negative (-100); use 0 or more",
    da: "fast beløb pr. måned er under 0 (-100); brug 0 eller mere",
  },
  {
    name: "activity: blank fixed part (null, not left out)",
    run: () => activityProfile(ONES, 100, untyped(null)),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "fixed amount per month is blank; enter 0 if there is none",
    da: "fast beløb pr. måned er tomt; skriv 0, hvis der ikke er noget",
  },
  {
    name: "activity: FALSE as fixed part",
    run: () => activityProfile(ONES, 100, untyped(false)),
    code: "AMOUNT_BOOLEAN",
    kind: "value",
    en: "fixed amount per month is FALSE; a number is needed",
    da: "fast beløb pr. måned er FALSK; der skal stå et tal",
  },
  { name: "activity: no activity and no fixed part", run: () => activityProfile(rep(0, 12), 100), ...ACTIVITY_ZERO },
  { name: "activity: unit cost 0 and no fixed part", run: () => activityProfile(ONES, 0, 0), ...ACTIVITY_ZERO },
  // 0.000004 x 0.00001 = 0.00000000004 rounds to 0 at 10 decimals in every month
  { name: "activity: rounds to 0 everywhere", run: () => activityProfile(rep(0.000004, 12), 0.00001), ...ACTIVITY_ZERO },
  {
    name: "activity: the activity is checked before the unit cost",
    run: () => activityProfile(withMonth(4, -1), -1),
    code: "VALUE_NEGATIVE",
    kind: "value",
    en: "activity in month 4 is negative (-1); use 0 or more",
    da: "aktivitet i måned 4 er under 0 (-1); brug 0 eller mere",
  },
  // salary
  {
    name: "salary: rise in month 13",
    run: () => salaryProfile({ rises: [{ month: 13, rate: 0.04 }] }),
    code: "MONTH_INVALID",
    kind: "value",
    en: "month of pay rise 1 is 13; use a month number from 1 to 12",
    da: "måneden for lønstigning 1 er 13; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "salary: second rise in month 0",
    run: () =>
      salaryProfile({
        rises: [
          { month: 4, rate: 0.04 },
          { month: 0, rate: 0.01 },
        ],
      }),
    code: "MONTH_INVALID",
    kind: "value",
    en: "month of pay rise 2 is 0; use a month number from 1 to 12",
    da: "måneden for lønstigning 2 er 0; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "salary: rise in month 4.5",
    run: () => salaryProfile({ rises: [{ month: 4.5, rate: 0.04 }] }),
    code: "MONTH_INVALID",
    kind: "value",
    en: "month of pay rise 1 is 4.5; use a month number from 1 to 12",
    da: "måneden for lønstigning 1 er 4,5; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "salary: rise without a month",
    run: () => salaryProfile({ rises: [untyped({ rate: 0.04 })] }),
    code: "MONTH_INVALID",
    kind: "value",
    en: "month of pay rise 1 is blank; use a month number from 1 to 12",
    da: "måneden for lønstigning 1 er tom; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "salary: month as a name",
    run: () => salaryProfile({ rises: [{ month: untyped("apr"), rate: 0.04 }] }),
    code: "MONTH_INVALID",
    kind: "value",
    en: 'month of pay rise 1 is "apr"; use a month number from 1 to 12',
    da: 'måneden for lønstigning 1 er "apr"; brug et månedsnummer fra 1 til 12',
  },
  { name: "salary: rate -1 (a cut of 100 %)", run: () => salaryProfile({ rises: [{ month: 4, rate: -1 }] }), ...rateRange(1, "-1") },
  {
    name: "salary: 4 typed for 4 %",
    run: () =>
      salaryProfile({
        rises: [
          { month: 4, rate: 0.04 },
          { month: 10, rate: 4 },
        ],
      }),
    ...rateRange(2, "4"),
  },
  { name: "salary: rate 1.5", run: () => salaryProfile({ rises: [{ month: 4, rate: 1.5 }] }), ...rateRange(1, "1.5") },
  {
    name: "salary: rate NaN",
    run: () => salaryProfile({ rises: [{ month: 4, rate: Number.NaN }] }),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "rate of pay rise 1 is not a finite number",
    da: "satsen for lønstigning 1 er ikke et endeligt tal",
  },
  {
    name: "salary: rise without a rate",
    run: () => salaryProfile({ rises: [untyped({ month: 4 })] }),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "rate of pay rise 1 is blank; enter 0 if there is none",
    da: "satsen for lønstigning 1 er tom; skriv 0, hvis der ikke er noget",
  },
  {
    name: 'salary: rate "4%"',
    run: () => salaryProfile({ rises: [{ month: 4, rate: untyped("4%") }] }),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'rate of pay rise 1 is text ("4%"); a number is needed',
    da: 'satsen for lønstigning 1 er tekst ("4%"); der skal stå et tal',
  },
  {
    name: "salary: negative extra payment",
    run: () => salaryProfile({ extras: [{ month: 5, months: -0.5 }] }),
    code: "EXTRA_MONTHS_RANGE",
    kind: "value",
    en: "extra payment 1 is -0.5 months' salary; use 0 to 12, e.g. 0.5 for half a month",
    da: "ekstra udbetaling 1 er på -0,5 måneders løn; brug 0 til 12, fx 0,5 for en halv måned",
  },
  {
    name: "salary: extra payment of 13 months",
    run: () =>
      salaryProfile({
        extras: [
          { month: 5, months: 0.5 },
          { month: 12, months: 13 },
        ],
      }),
    code: "EXTRA_MONTHS_RANGE",
    kind: "value",
    en: "extra payment 2 is 13 months' salary; use 0 to 12, e.g. 0.5 for half a month",
    da: "ekstra udbetaling 2 er på 13 måneders løn; brug 0 til 12, fx 0,5 for en halv måned",
  },
  {
    name: "salary: extra payment in month 0",
    run: () => salaryProfile({ extras: [{ month: 0, months: 0.5 }] }),
    code: "MONTH_INVALID",
    kind: "value",
    en: "month of extra payment 1 is 0; use a month number from 1 to 12",
    da: "måneden for ekstra udbetaling 1 er 0; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "salary: extra payment without its size",
    run: () => salaryProfile({ extras: [untyped({ month: 5 })] }),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "extra payment 1 is blank; enter 0 if there is none",
    da: "ekstra udbetaling 1 er tom; skriv 0, hvis der ikke er noget",
  },
  {
    name: "salary: unknown option (a typo)",
    run: () => salaryProfile(untyped({ rise: [{ month: 4, rate: 0.04 }] })),
    code: "SALARY_OPTION_UNKNOWN",
    kind: "value",
    en: 'unknown salary option "rise"; use rises or extras',
    da: 'ukendt valg for lønprofilen "rise"; brug rises eller extras',
  },
  { name: "salary: rises not a list", run: () => salaryProfile(untyped({ rises: { month: 4, rate: 0.04 } })), ...salaryList("rises") },
  { name: "salary: a rise that is only a rate", run: () => salaryProfile(untyped({ rises: [0.04] })), ...salaryList("rises") },
  { name: "salary: 101 extras", run: () => salaryProfile({ extras: rep({ month: 5, months: 0 }, 101) }), ...salaryList("extras") },
  {
    name: "salary: options a number",
    run: () => salaryProfile(untyped(0.04)),
    code: "SALARY_OPTIONS_SHAPE",
    kind: "value",
    en: `salary options must be an object such as ${SHAPE_EXAMPLE}; got 0.04`,
    da: `valg for lønprofilen skal være et objekt som ${SHAPE_EXAMPLE}; fik 0.04`,
  },
  {
    name: "salary: options a list",
    run: () => salaryProfile(untyped([{ month: 4, rate: 0.04 }])),
    code: "SALARY_OPTIONS_SHAPE",
    kind: "value",
    en: `salary options must be an object such as ${SHAPE_EXAMPLE}; got [...]`,
    da: `valg for lønprofilen skal være et objekt som ${SHAPE_EXAMPLE}; fik [...]`,
  },
  {
    // 1 + (-0.99999999999) = 0.00000000001 from January on: 0 at 10 decimals in every month
    name: "salary: a cut that rounds every month to 0",
    run: () => salaryProfile({ rises: [{ month: 1, rate: -0.99999999999 }] }),
    code: "SALARY_ZERO",
    kind: "value",
    en: "the salary profile rounds to 0 in every month; check the pay rise rates (0.04 means 4 %)",
    da: "lønprofilen afrundes til 0 i alle måneder; tjek satserne for lønstigningerne (0,04 betyder 4 %)",
  },
  // payment months
  { name: "payment: no months", run: () => paymentProfile([]), ...PAYMENT_EMPTY },
  { name: "payment: not a list", run: () => paymentProfile(untyped("jan")), ...PAYMENT_EMPTY },
  {
    name: "payment: month 13",
    run: () => paymentProfile([1, 13]),
    code: "MONTH_INVALID",
    kind: "value",
    en: "payment month 2 is 13; use a month number from 1 to 12",
    da: "betalingsmåned 2 er 13; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "payment: NaN",
    run: () => paymentProfile([Number.NaN]),
    code: "MONTH_INVALID",
    kind: "value",
    en: "payment month 1 is NaN; use a month number from 1 to 12",
    da: "betalingsmåned 1 er NaN; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "payment: blank",
    run: () => paymentProfile([4, untyped(null)]),
    code: "MONTH_INVALID",
    kind: "value",
    en: "payment month 2 is blank; use a month number from 1 to 12",
    da: "betalingsmåned 2 er tom; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "payment: TRUE",
    run: () => paymentProfile([untyped(true)]),
    code: "MONTH_INVALID",
    kind: "value",
    en: "payment month 1 is TRUE; use a month number from 1 to 12",
    da: "betalingsmåned 1 er SAND; brug et månedsnummer fra 1 til 12",
  },
  {
    name: "payment: a name instead of a number",
    run: () => paymentProfile([untyped("apr")]),
    code: "MONTH_INVALID",
    kind: "value",
    en: 'payment month 1 is "apr"; use a month number from 1 to 12',
    da: 'betalingsmåned 1 er "apr"; brug et månedsnummer fra 1 til 12',
  },
  {
    name: "payment: month named twice",
    run: () => paymentProfile([1, 4, 1]),
    code: "MONTH_DUPLICATE",
    kind: "value",
    en: "month 1 is named twice; name each payment month once",
    da: "måned 1 er angivet to gange; angiv hver betalingsmåned én gang",
  },
  {
    name: "payment: a keyword and a month it already has",
    run: () => paymentProfile(parseMonths("quarterly, okt")),
    code: "MONTH_DUPLICATE",
    kind: "value",
    en: "month 10 is named twice; name each payment month once",
    da: "måned 10 er angivet to gange; angiv hver betalingsmåned én gang",
  },
  {
    name: "payment: a bad month is reported before a duplicate",
    run: () => paymentProfile([1, 1, 13]),
    code: "MONTH_INVALID",
    kind: "value",
    en: "payment month 3 is 13; use a month number from 1 to 12",
    da: "betalingsmåned 3 er 13; brug et månedsnummer fra 1 til 12",
  },
  { name: 'parseMonths: ""', run: () => parseMonths(""), ...PAYMENT_EMPTY },
  { name: "parseMonths: separators only", run: () => parseMonths(" ,; "), ...PAYMENT_EMPTY },
  { name: "parseMonths: a typo", run: () => parseMonths("jan,apx,jul"), ...unknownMonth("apx") },
  { name: "parseMonths: 13", run: () => parseMonths("1 13"), ...unknownMonth("13") },
  { name: "parseMonths: 0", run: () => parseMonths("0"), ...unknownMonth("0") },
  { name: "parseMonths: 1.5", run: () => parseMonths("1.5"), ...unknownMonth("1.5") },
  { name: "parseMonths: a range is not read", run: () => parseMonths("jan-apr"), ...unknownMonth("jan-apr") },
  { name: "parseMonths: two dots", run: () => parseMonths("Maj.."), ...unknownMonth("Maj..") },
  { name: "parseMonths: TRUE", run: () => parseMonths(untyped(true)), ...unknownMonth("true") },
];

describe("profile builders: bad-input corpus", () => {
  it.each(cases)("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });
});

// --- properties -------------------------------------------------------------------------------

const RUNS = { numRuns: 300 };

/** Decimal places of a weight as it prints (1e-10 has 10). */
const decimals = (w: number): number => new Decimal(w).decimalPlaces();

/** A month of actuals: whole kroner, kroner and øre, or tiny and huge amounts. */
const positiveMonth = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000 }),
  fc.integer({ min: 1, max: 1_000_000_000 }).map((ore) => ore / 100),
  fc.double({ min: 1e-6, max: 1e12, noNaN: true, noDefaultInfinity: true }),
);
const positiveYear = fc.array(positiveMonth, { minLength: 12, maxLength: 12 });
/** A month with the bad kinds the rule covers: blanks, negatives, zeros. */
const anyMonth = fc.oneof(
  { arbitrary: positiveMonth, weight: 4 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: positiveMonth.map((v) => -v), weight: 1 },
);
const anyYear = fc.array(anyMonth, { minLength: 12, maxLength: 12 });
/** Histories in which at least one year has a positive month. */
const history = fc
  .array(anyYear, { minLength: 1, maxLength: 5 })
  .filter((years) => years.some((year) => year.some((v) => v !== null && v > 0)));

describe("historicalProfile properties", () => {
  it("one year of positive months: weight x total is the month, within 1e-9 of the total", () => {
    // Each weight is month / total rounded at the 10th decimal, so weight x total misses the month
    // by at most 0.5e-10 of the total (plus float error far below that). Relative to a small month
    // the miss can be larger, which is why the bound is relative to the year's total.
    fc.assert(
      fc.property(positiveYear, (year) => {
        const weights = historicalProfile([year]);
        const total = year.reduce((a, b) => a + b, 0);
        for (let m = 0; m < 12; m++) expect(Math.abs(weights[m] * total - year[m])).toBeLessThanOrEqual(1e-9 * total);
      }),
      RUNS,
    );
  });

  it("weights are 12 non-negative numbers with at most 10 decimals and a positive sum (about 1)", () => {
    fc.assert(
      fc.property(history, (years) => {
        const weights = historicalProfile(years);
        expect(weights).toHaveLength(12);
        for (const w of weights) {
          expect(w).toBeGreaterThanOrEqual(0);
          expect(decimals(w)).toBeLessThanOrEqual(WEIGHT_DECIMALS);
        }
        const sum = weights.reduce((a, b) => a + b, 0);
        expect(sum).toBeGreaterThan(0);
        // 12 roundings of at most 0.5e-10 each
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(6e-10 + 1e-15);
      }),
      RUNS,
    );
  });

  it("the order of the years does not matter, nor does a year's size", () => {
    // exact arithmetic: shuffling years or scaling a year by a whole number gives the same weights
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 2, max: 1000 }),
        (years, factor) => {
          fc.pre(years.some((year) => year.some((v) => v > 0)));
          const weights = historicalProfile(years);
          expect(historicalProfile([...years].reverse())).toEqual(weights);
          expect(historicalProfile(years.map((year) => year.map((v) => v * factor)))).toEqual(weights);
          // each year twice: the same average
          expect(historicalProfile([...years, ...years])).toEqual(weights);
        },
      ),
      RUNS,
    );
  });
});

describe("other builders' properties", () => {
  it("payment months: periodize puts the whole amount in the named months", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        (months, annual) => {
          const result = periodize(annual, paymentProfile(months), { year: 2026 });
          expect(result.reduce((a, b) => a + b, 0)).toBe(annual);
          for (let m = 1; m <= 12; m++) if (!months.includes(m)) expect(result[m - 1]).toBe(0);
        },
      ),
      RUNS,
    );
  });

  it("salary: months after a rise never fall below the month before, without cuts or extras", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ month: fc.integer({ min: 1, max: 12 }), rate: fc.integer({ min: 0, max: 10_000 }).map((r) => r / 100_000) }),
          { maxLength: 6 },
        ),
        (rises) => {
          const weights = salaryProfile({ rises });
          for (let m = 1; m < 12; m++) expect(weights[m]).toBeGreaterThanOrEqual(weights[m - 1]);
          for (const w of weights) expect(decimals(w)).toBeLessThanOrEqual(WEIGHT_DECIMALS);
        },
      ),
      RUNS,
    );
  });
});
