// Expressing a requirement (udmøntning): a yearly requirement compounded over several years
// (core/requirement.ts).
//
// Every expected value below was worked by hand (the reasoning is in the comments) and checked
// with an independent Python script using fractions.Fraction and rounding half away from zero,
// never with the code under test. The properties compare against a bigint rational oracle written
// here (cumulative_k = round(B x (S^k - (S - D)^k) / S^k) for a rate D / S).
import { failure, type BadCase } from "./failure";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compoundRequirement, UNITS, type RequirementRow, type Unit } from "../../core";

/** A value the types do not allow, as a caller without TypeScript (or a cell) could pass it. */
const untyped = <T,>(value: unknown): T => value as T;

/** Rows written as [year, startBudget, requirement, endBudget, cumulative]. */
type Row = [number, number, number, number, number];
const rows = (...list: Row[]): RequirementRow[] =>
  list.map(([year, startBudget, requirement, endBudget, cumulative]) => ({ year, startBudget, requirement, endBudget, cumulative }));

// --- a yearly requirement compounded over several years ---------------------------------------

describe("compoundRequirement: year by year, cumulative_k = round(B x (1 - (1 - rate)^k))", () => {
  // 1 - 0.98^k for k = 1..4: 0.98^2 = 0.9604, 0.98^3 = 0.941192, 0.98^4 = 0.92236816, so
  // 1 - 0.98^k = 0.02, 0.0396, 0.058808, 0.07763184, and on a billion the cumulative requirements
  // are 20,000,000, 39,600,000, 58,808,000 and 77,631,840 (all exact at unit 1).
  // Each year's requirement is the difference of cumulatives: 20,000,000, 19,600,000 (2 % of
  // 980,000,000), 19,208,000 (2 % of 960,400,000), 18,823,840 (2 % of 941,192,000).
  const BILLION_UNIT_1 = rows(
    [1, 1_000_000_000, 20_000_000, 980_000_000, 20_000_000],
    [2, 980_000_000, 19_600_000, 960_400_000, 39_600_000],
    [3, 960_400_000, 19_208_000, 941_192_000, 58_808_000],
    [4, 941_192_000, 18_823_840, 922_368_160, 77_631_840],
  );
  // At unit 1000 only year 4 rounds: 77,631.84 thousand -> 77,632 thousand, so year 4's
  // requirement is 77,632,000 - 58,808,000 = 18,824,000 and the end budget 922,368,000.
  const BILLION_UNIT_1000 = rows(
    [1, 1_000_000_000, 20_000_000, 980_000_000, 20_000_000],
    [2, 980_000_000, 19_600_000, 960_400_000, 39_600_000],
    [3, 960_400_000, 19_208_000, 941_192_000, 58_808_000],
    [4, 941_192_000, 18_824_000, 922_368_000, 77_632_000],
  );
  const negated = (list: RequirementRow[]) =>
    list.map((r) => ({ year: r.year, startBudget: -r.startBudget, requirement: -r.requirement, endBudget: -r.endBudget, cumulative: -r.cumulative }));

  it.each<[string, number | string, number | string, number, Unit | undefined, RequirementRow[]]>([
    ["2 % a year for 4 years on a billion", 1_000_000_000, 0.02, 4, undefined, BILLION_UNIT_1],
    ["the same in thousands", 1_000_000_000, "0.02", 4, 1000, BILLION_UNIT_1000],
    // income: exactly the negated rows
    ["income (negative base)", -1_000_000_000, 0.02, 4, 1000, negated(BILLION_UNIT_1000)],
    // 50 x 0.01 = 0.5 -> 1 (half away from zero); year 2: 50 x (1 - 0.99^2) = 50 x 0.0199 = 0.995
    // -> 1, so year 2's requirement is 1 - 1 = 0
    ["a tie rounds away from zero", 50, 0.01, 2, 1, rows([1, 50, 1, 49, 1], [2, 49, 0, 49, 1])],
    ["a tie, income", -50, 0.01, 2, 1, rows([1, -50, -1, -49, -1], [2, -49, 0, -49, -1])],
    // 1,000 at 3 %: 0.97^k = 0.97, 0.9409, 0.912673, 0.88529281, 0.8587340257, 0.832972004929,
    // so the exact cumulatives are 30, 59.1, 87.327, 114.70719, 141.2659743, 167.027995071
    // -> 30, 59, 87, 115, 141, 167. Year 4's requirement is 115 - 87 = 28, not round(3 % of 913)
    // = round(27.39) = 27: the rounding follows the exact path (114.70719), not last year's
    // rounded budget, and year 5 gives it back (26, where 3 % of 885 = 26.55 would give 27).
    [
      "the rounding follows the exact compounded path",
      1000,
      0.03,
      6,
      1,
      rows([1, 1000, 30, 970, 30], [2, 970, 29, 941, 59], [3, 941, 28, 913, 87], [4, 913, 28, 885, 115], [5, 885, 26, 859, 141], [6, 859, 26, 833, 167]),
    ],
    // 100 at 30 %: 30, 100 x 0.51 = 51, 100 x 0.657 = 65.7 -> 66
    ["30 % a year", 100, 0.3, 3, 1, rows([1, 100, 30, 70, 30], [2, 70, 21, 49, 51], [3, 49, 15, 34, 66])],
    // the base rounds first: 1,234,567 -> 1,235 thousand. 1 - 0.975^k = 0.025, 0.049375,
    // 0.073140625, 0.096312109375, 0.118904306640625; x 1,235 = 30.875, 60.978125,
    // 90.328671875, 118.945455078125, 146.846818701171875 -> 31, 61, 90, 119, 147 thousand
    [
      "base rounded to the unit first",
      1_234_567,
      0.025,
      5,
      1000,
      rows(
        [1, 1_235_000, 31_000, 1_204_000, 31_000],
        [2, 1_204_000, 30_000, 1_174_000, 61_000],
        [3, 1_174_000, 29_000, 1_145_000, 90_000],
        [4, 1_145_000, 29_000, 1_116_000, 119_000],
        [5, 1_116_000, 28_000, 1_088_000, 147_000],
      ),
    ],
    // øre: "1000000.005" -> 1,000,000.01 (half away from zero); x 0.015 = 15,000.00015 -> 15,000.00;
    // x (1 - 0.985^2 = 0.029775) = 29,775.0002977... -> 29,775.00; x (1 - 0.985^3 = 0.044328375)
    // = 44,328.3754432... -> 44,328.38
    [
      "unit 0.01",
      "1000000.005",
      0.015,
      3,
      0.01,
      rows([1, 1_000_000.01, 15_000, 985_000.01, 15_000], [2, 985_000.01, 14_775, 970_225.01, 29_775], [3, 970_225.01, 14_553.38, 955_671.63, 44_328.38]),
    ],
    // rate 0: nothing is required, every year
    ["rate 0", 5000, 0, 2, 1, rows([1, 5000, 0, 5000, 0], [2, 5000, 0, 5000, 0])],
    ["base 0", 0, 0.02, 1, 1, rows([1, 0, 0, 0, 0])],
  ])("%s", (_name, base, rate, years, unit, expected) => {
    const result = compoundRequirement(base, rate, years, unit);
    expect(result).toEqual(expected);
    for (const row of result) for (const value of Object.values(row)) expect(Object.is(value, -0)).toBe(false);
  });

  it("runs the full 50 years and stays consistent", () => {
    // 0.98^50 = 0.36416968008711706521..., so the cumulative requirement after 50 years is
    // 1,000,000,000 x 0.63583031991288293478... = 635,830,319.91... -> 635,830,320
    const result = compoundRequirement(1_000_000_000, 0.02, 50);
    expect(result).toHaveLength(50);
    expect(result[49].cumulative).toBe(635_830_320);
    expect(result[49].endBudget).toBe(364_169_680);
  });

  it("a rate with many decimals is still exact", () => {
    // 0.1 + 0.2 is the double 0.30000000000000004, read as exactly that decimal:
    // 7e13 x 0.30000000000000004 = 21,000,000,000,000.0028 -> 21,000,000,000,000.00 at unit 0.01
    expect(compoundRequirement(7e13, 0.1 + 0.2, 1, 0.01)[0].requirement).toBe(21_000_000_000_000);
    // the smallest positive double as a rate: its requirement on 1e15 rounds to 0
    expect(compoundRequirement(1e15, 5e-324, 50).at(-1)?.cumulative).toBe(0);
  });
});

// --- bad input --------------------------------------------------------------------------------



const rateInvalid = (text: string, textDa = text.replace(".", ",")) =>
  ({
    code: "RATE_INVALID",
    kind: "value",
    en: `rate must be from 0 up to (not including) 1, e.g. 0.02 for 2 %; got ${text}`,
    da: `satsen skal være fra og med 0 og under 1, fx 0,02 for 2 %; fik ${textDa}`,
  }) as const;
const yearsInvalid = (text: string, textDa = text.replace(".", ",")) =>
  ({
    code: "YEARS_INVALID",
    kind: "value",
    en: `years must be a whole number from 1 to 50; got ${text}`,
    da: `antal år skal være et helt tal fra 1 til 50; fik ${textDa}`,
  }) as const;
const unitInvalid = (text: string) =>
  ({
    code: "UNIT_INVALID",
    kind: "value",
    en: `unit must be 0.01, 1 or 1000; got ${text}`,
    da: `enhed skal være 0,01, 1 eller 1000; fik ${text.replace(".", ",")}`,
  }) as const;

const compound = (base: unknown, rate: unknown = 0.02, years: unknown = 4, unit?: unknown) => () =>
  compoundRequirement(untyped<number>(base), untyped<number>(rate), untyped<number>(years), untyped<Unit>(unit));

const cases: BadCase[] = [
  // the rate: from 0 up to (not including) 1, so 2 typed for 2 % is refused
  { name: "rate 2 (meant as 2 %)", run: compound(1e9, 2), ...rateInvalid("2") },
  { name: "rate 1 (100 %)", run: compound(1e9, 1), ...rateInvalid("1") },
  { name: "rate -0.01", run: compound(1e9, -0.01), ...rateInvalid("-0.01") },
  { name: "rate NaN", run: compound(1e9, Number.NaN), ...rateInvalid("NaN") },
  { name: "rate Infinity", run: compound(1e9, Number.POSITIVE_INFINITY), ...rateInvalid("Infinity") },
  { name: "rate text with %", run: compound(1e9, "2 %"), ...rateInvalid('"2 %"') },
  { name: "rate in Danish format", run: compound(1e9, "0,02"), ...rateInvalid('"0,02"') },
  { name: "rate blank", run: compound(1e9, null), ...rateInvalid("blank", "tom") },
  { name: "rate TRUE", run: compound(1e9, true), ...rateInvalid("TRUE", "SAND") },
  // years
  { name: "years 0", run: compound(1e9, 0.02, 0), ...yearsInvalid("0") },
  { name: "years 51", run: compound(1e9, 0.02, 51), ...yearsInvalid("51") },
  { name: "years 2.5", run: compound(1e9, 0.02, 2.5), ...yearsInvalid("2.5") },
  { name: "years -1", run: compound(1e9, 0.02, -1), ...yearsInvalid("-1") },
  { name: "years NaN", run: compound(1e9, 0.02, Number.NaN), ...yearsInvalid("NaN") },
  { name: "years as text", run: compound(1e9, 0.02, "4"), ...yearsInvalid('"4"') },
  { name: "years blank", run: compound(1e9, 0.02, null), ...yearsInvalid("blank", "tom") },
  { name: "years FALSE", run: compound(1e9, 0.02, false), ...yearsInvalid("FALSE", "FALSK") },
  // the base budget
  {
    name: "base NaN",
    run: compound(Number.NaN),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "base budget is not a finite number",
    da: "basisbudget er ikke et endeligt tal",
  },
  {
    name: "base -Infinity",
    run: compound(Number.NEGATIVE_INFINITY),
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "base budget is not a finite number",
    da: "basisbudget er ikke et endeligt tal",
  },
  {
    name: "base 1e16",
    run: compound(1e16),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "base budget 10000000000000000 is too large; the limit is 1e15",
    da: "basisbudget 10000000000000000 er for stort; grænsen er 1e15",
  },
  {
    name: "base 1e14 at unit 0.01",
    run: compound(1e14, 0.02, 4, 0.01),
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "base budget 100000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "basisbudget 100000000000000 er for stort; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "base in Danish number format",
    run: compound("1.234,56"),
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'base budget "1.234,56" is text in Danish number format; convert it to a number',
    da: 'basisbudget "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: "base text",
    run: compound("en milliard"),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'base budget is text ("en milliard"); a number is needed',
    da: 'basisbudget er tekst ("en milliard"); der skal stå et tal',
  },
  {
    name: "base blank",
    run: compound(null),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "base budget is blank; enter 0 if there is none",
    da: "basisbudget er tomt; skriv 0, hvis der ikke er noget",
  },
  {
    name: "base empty text",
    run: compound("  "),
    code: "AMOUNT_BLANK",
    kind: "value",
    en: "base budget is blank; enter 0 if there is none",
    da: "basisbudget er tomt; skriv 0, hvis der ikke er noget",
  },
  {
    name: "base TRUE",
    run: compound(true),
    code: "AMOUNT_BOOLEAN",
    kind: "value",
    en: "base budget is TRUE; a number is needed",
    da: "basisbudget er SAND; der skal stå et tal",
  },
  // the unit, checked first (the amount limit depends on it)
  { name: "unit 5", run: compound(1e9, 0.02, 4, 5), ...unitInvalid("5") },
  { name: "unit 0.1 before a bad base", run: compound(Number.NaN, 0.02, 4, 0.1), ...unitInvalid("0.1") },
  // order: base, then rate, then years
  {
    name: "a bad base is named before a bad rate",
    run: compound("x", 2, 0),
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'base budget is text ("x"); a number is needed',
    da: 'basisbudget er tekst ("x"); der skal stå et tal',
  },
  { name: "a bad rate is named before bad years", run: compound(1e9, 2, 0), ...rateInvalid("2") },
];

describe("bad input: exact messages in English and Danish", () => {
  it.each(cases)("$name", ({ run, code, kind, en, da }) => {
    expect(failure(run)).toEqual({ code, kind, en, da });
  });
});

// --- properties -------------------------------------------------------------------------------

const RUNS = { numRuns: 300 };
const Exact = Decimal.clone({ precision: 80 });

/** n / d rounded half away from zero (d > 0). */
function roundDiv(n: bigint, d: bigint): bigint {
  const magnitude = ((n < 0n ? -n : n) * 2n + d) / (2n * d);
  return n < 0n ? -magnitude : magnitude;
}

/** Thousandths of a krone per unit. */
const MILLI_PER_UNIT: Record<Unit, bigint> = { 0.01: 10n, 1: 1000n, 1000: 1_000_000n };

/** A count of thousandths of a krone written as decimal text ("-1234.567"). */
function milliText(milli: bigint): string {
  const sign = milli < 0n ? "-" : "";
  const magnitude = milli < 0n ? -milli : milli;
  return `${sign}${magnitude / 1000n}.${String(magnitude % 1000n).padStart(3, "0")}`;
}

/** An amount the core returned, as a whole count of units (and checked to be one). */
function countOf(amount: number, unit: Unit): bigint {
  const count = new Exact(amount).times(unit === 0.01 ? 100 : unit === 1000 ? "0.001" : 1);
  expect(count.isInteger()).toBe(true);
  return BigInt(count.toFixed(0));
}

/**
 * Bases as thousandths of a krone, up to 7e13 kr, often small. Not up to the øre limit of 9e13:
 * from 2^46 = 70,368,744,177,664 kr on, doubles are 1/64 kr apart, so an amount in øre there has
 * no double of its own (the core returns the nearest double, which reads back as another øre).
 */
const milliArb = fc.oneof(
  fc.bigInt({ min: -(7n * 10n ** 16n), max: 7n * 10n ** 16n }),
  fc.bigInt({ min: -10_000_000n, max: 10_000_000n }),
  fc.bigInt({ min: -1000n, max: 1000n }).map((m) => m * 500n),
);
/** Passed as text, or as a number where the number's shortest decimal is the same amount. */
const baseArb = milliArb.chain((milli) => {
  const text = milliText(milli);
  if (milli <= -(10n ** 12n) || milli >= 10n ** 12n) return fc.constant({ milli, base: text as number | string });
  return fc.constantFrom<number | string>(text, Number(text)).map((base) => ({ milli, base }));
});
/** A rate D / 10^S from 0 up to (not including) 1, as text or as a number. */
const rateArb = fc
  .integer({ min: 1, max: 6 })
  .chain((scale) => fc.tuple(fc.constant(scale), fc.bigInt({ min: 0n, max: 10n ** BigInt(scale) - 1n })))
  .chain(([scale, digits]) => {
    const text = `0.${digits.toString().padStart(scale, "0")}`;
    return fc.constantFrom<number | string>(text, Number(text)).map((rate) => ({ scale: 10n ** BigInt(scale), digits, rate }));
  });
const unitArb = fc.constantFrom<Unit>(...UNITS);
const yearsArb = fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 50 }));

describe("properties", () => {
  it("every row matches exact compounding and the rows are consistent", () => {
    fc.assert(
      fc.property(baseArb, rateArb, yearsArb, unitArb, ({ milli, base }, { scale, digits, rate }, years, unit) => {
        const table = compoundRequirement(base, rate, years, unit);
        const B = roundDiv(milli, MILLI_PER_UNIT[unit]);
        expect(table.map((r) => r.year)).toEqual(Array.from({ length: years }, (_, i) => i + 1));
        let sum = 0n;
        let previousEnd = B;
        table.forEach((row, i) => {
          const k = BigInt(i + 1);
          const cumulative = roundDiv(B * (scale ** k - (scale - digits) ** k), scale ** k);
          expect(countOf(row.cumulative, unit)).toBe(cumulative);
          expect(countOf(row.startBudget, unit)).toBe(previousEnd); // endBudget_(k-1) = startBudget_k
          expect(countOf(row.startBudget, unit) - countOf(row.requirement, unit)).toBe(countOf(row.endBudget, unit));
          sum += countOf(row.requirement, unit);
          expect(sum).toBe(cumulative);
          previousEnd = countOf(row.endBudget, unit);
        });
        // Σ requirement = cumulative = base - final end budget, exactly
        expect(sum).toBe(countOf(table[years - 1].cumulative, unit));
        expect(B - countOf(table[years - 1].endBudget, unit)).toBe(sum);
      }),
      RUNS,
    );
  });

  it("sign symmetry: a negative base gives exactly the negated rows; a positive base never goes below 0", () => {
    fc.assert(
      fc.property(baseArb, rateArb, yearsArb, unitArb, ({ base }, { rate }, years, unit) => {
        const negate = (value: number | string) => (typeof value === "number" ? -value : value.startsWith("-") ? value.slice(1) : `-${value}`);
        const table = compoundRequirement(base, rate, years, unit);
        const mirrored = compoundRequirement(negate(base), rate, years, unit);
        mirrored.forEach((row, i) => {
          for (const key of ["startBudget", "requirement", "endBudget", "cumulative"] as const) {
            expect(row[key] === -table[i][key]).toBe(true);
            expect(Object.is(row[key], -0)).toBe(false);
          }
        });
        const positive = table[0].startBudget >= 0 ? table : mirrored;
        for (const row of positive) {
          expect(row.requirement).toBeGreaterThanOrEqual(0);
          expect(row.endBudget).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});
