// Numbers typed into task-pane fields, read in the display language, and numbers written for
// messages: every rule is a row with its exact result, in Danish and English.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, readTypedNumber, type TypedKind, type TypedReading } from "../../core";

type Language = "da" | "en";

const ALL: TypedKind[] = ["amount", "decimal", "percent"];
const PLAIN: TypedKind[] = ["amount", "decimal"];
const NOT_AMOUNT: TypedKind[] = ["decimal", "percent"];
const BOTH: Language[] = ["da", "en"];

const ok = (value: string): TypedReading => ({ ok: true, value });
const no = (problem: Exclude<TypedReading, { ok: true }>["problem"]): TypedReading => ({ ok: false, problem });
const foreign = (suggestion: string): TypedReading => ({ ok: false, problem: "foreign-format", suggestion });
const exponent = (suggestion: string): TypedReading => ({ ok: false, problem: "exponent", suggestion });
const ambiguous = (asDecimal: string, asThousands: string): TypedReading => ({
  ok: false,
  problem: "ambiguous",
  readings: [asDecimal, asThousands],
});

const NBSP = "\u00A0";
const NNBSP = "\u202F";

// [text, languages, kinds, reading]
const ROWS: [string, Language[], TypedKind[], TypedReading][] = [
  // blank
  ["", BOTH, ALL, no("blank")],
  ["   ", BOTH, ALL, no("blank")],
  [`${NBSP}${NNBSP}`, BOTH, ALL, no("blank")],
  // a thousands separator in Danish, a decimal point in English
  ["100.000", ["da"], ALL, ok("100000")],
  ["100.000", ["en"], ["amount"], ambiguous("100", "100000")],
  ["100.000", ["en"], NOT_AMOUNT, ok("100")],
  ["500.000", ["da"], ALL, ok("500000")],
  ["500.000", ["en"], ["amount"], ambiguous("500", "500000")],
  ["500.000", ["en"], NOT_AMOUNT, ok("500")],
  ["100,000", ["en"], ALL, ok("100000")],
  ["100,000", ["da"], ["amount"], ambiguous("100", "100000")],
  ["100,000", ["da"], NOT_AMOUNT, ok("100")],
  ["500,000", ["da"], ["amount"], ambiguous("500", "500000")],
  ["1,234", ["da"], ["amount"], ambiguous("1.234", "1234")],
  ["1,234", ["en"], ALL, ok("1234")],
  ["1.234", ["en"], ["amount"], ambiguous("1.234", "1234")],
  ["1.234", ["da"], ALL, ok("1234")],
  ["-500,000", ["da"], ["amount"], ambiguous("-500", "-500000")],
  ["1,875", ["da"], NOT_AMOUNT, ok("1.875")],
  ["1,875", ["da"], ["amount"], ambiguous("1.875", "1875")],
  // not ambiguous: zero before the mark, thousands separators too, more or fewer decimals
  ["0,125", ["da"], ALL, ok("0.125")],
  ["0.125", ["en"], ALL, ok("0.125")],
  ["1.234,567", ["da"], ALL, ok("1234.567")],
  ["1,234.567", ["en"], ALL, ok("1234.567")],
  ["1234,567", ["da"], ALL, ok("1234.567")],
  ["100,00", ["da"], ALL, ok("100")],
  ["100,0000", ["da"], ALL, ok("100")],
  // both separators in their own language
  ["1.234,56", ["da"], ALL, ok("1234.56")],
  ["1,234.56", ["en"], ALL, ok("1234.56")],
  ["1.234.567,89", ["da"], ALL, ok("1234567.89")],
  ["1,234,567.89", ["en"], ALL, ok("1234567.89")],
  ["1234567,89", ["da"], ALL, ok("1234567.89")],
  ["1234567.89", ["en"], ALL, ok("1234567.89")],
  ["1.500.000", ["da"], ALL, ok("1500000")],
  ["1,500,000", ["en"], ALL, ok("1500000")],
  // spaces group thousands in both languages; the three kinds of space count as one
  ["1 234,56", ["da"], ALL, ok("1234.56")],
  ["1 234.56", ["en"], ALL, ok("1234.56")],
  [`1${NBSP}234,56`, ["da"], ALL, ok("1234.56")],
  [`1${NNBSP}234,56`, ["da"], ALL, ok("1234.56")],
  [`1${NBSP}234${NBSP}567.5`, ["en"], ALL, ok("1234567.5")],
  [`1 234${NNBSP}567`, BOTH, ALL, ok("1234567")],
  // valid only in the other language: the same value written the display language's way
  ["1.234,56", ["en"], ALL, foreign("1,234.56")],
  ["1,234.56", ["da"], ALL, foreign("1.234,56")],
  ["1 234,56", ["en"], ALL, foreign("1,234.56")],
  ["1 234.56", ["da"], ALL, foreign("1.234,56")],
  ["1.234.567,89", ["en"], ALL, foreign("1,234,567.89")],
  ["1,234,567.89", ["da"], ALL, foreign("1.234.567,89")],
  ["1234567,89", ["en"], ALL, foreign("1234567.89")],
  ["1234567.89", ["da"], ALL, foreign("1234567,89")],
  ["1.500.000", ["en"], ALL, foreign("1,500,000")],
  ["1,500,000", ["da"], ALL, foreign("1.500.000")],
  ["1.5", ["da"], ALL, foreign("1,5")],
  ["1,5", ["en"], ALL, foreign("1.5")],
  ["1,50", ["en"], ALL, foreign("1.50")],
  ["12.34", ["da"], ALL, foreign("12,34")],
  ["1234.567", ["da"], ALL, foreign("1234,567")],
  [".5", ["da"], ALL, foreign("0,5")],
  [",5", ["en"], ALL, foreign("0.5")],
  ["−12,5", ["en"], ALL, foreign("-12.5")],
  // signs
  ["-0", BOTH, ALL, ok("0")],
  ["+0", BOTH, ALL, ok("0")],
  ["-0,00", ["da"], ALL, ok("0")],
  ["−12,5", ["da"], ALL, ok("-12.5")],
  ["−12.5", ["en"], ALL, ok("-12.5")],
  ["-1.234,5", ["da"], ALL, ok("-1234.5")],
  ["+7", BOTH, ALL, ok("7")],
  ["  42  ", BOTH, ALL, ok("42")],
  // canonical: no leading zeros, no trailing decimal zeros
  ["007", BOTH, ALL, ok("7")],
  ["0,50", ["da"], ALL, ok("0.5")],
  ["00,0", ["da"], ALL, ok("0")],
  ["1.000,000", ["da"], ALL, ok("1000")],
  // a leading decimal mark is a zero before it
  [",5", ["da"], ALL, ok("0.5")],
  [".5", ["en"], ALL, ok("0.5")],
  ["-,5", ["da"], ALL, ok("-0.5")],
  // percent: a trailing % (with or without a space) in percent fields only
  ["12,5 %", ["da"], ["percent"], ok("12.5")],
  ["12,5%", ["da"], ["percent"], ok("12.5")],
  [`12.5${NBSP}%`, ["en"], ["percent"], ok("12.5")],
  ["1.000 %", ["da"], ["percent"], ok("1000")],
  ["12,5 %", ["en"], ["percent"], foreign("12.5 %")],
  ["12,5 %", BOTH, PLAIN, no("percent-sign")],
  ["5%", BOTH, PLAIN, no("percent-sign")],
  ["abc %", BOTH, PLAIN, no("not-a-number")],
  ["%", BOTH, ALL, no("not-a-number")],
  ["5%%", BOTH, ["percent"], no("not-a-number")],
  ["%5", BOTH, ALL, no("not-a-number")],
  // exponents: refused, with the number written out
  ["1e3", BOTH, ALL, exponent("1000")],
  ["2E-4", ["da"], ALL, exponent("0,0002")],
  ["2E-4", ["en"], ALL, exponent("0.0002")],
  ["2E−4", ["da"], ALL, exponent("0,0002")],
  ["-1,5e3", BOTH, ALL, exponent("-1500")],
  ["1.5e6", ["da"], ALL, exponent("1500000")],
  ["1.000e3", BOTH, ALL, exponent("1000")],
  [",5e1", ["da"], ALL, exponent("5")],
  ["1e20", ["en"], ALL, exponent("100000000000000000000")],
  ["1e21", BOTH, ALL, no("exponent")],
  ["1e3 %", ["da"], ["percent"], exponent("1000 %")],
  // not a number
  ["abc", BOTH, ALL, no("not-a-number")],
  // an amount may name its currency; a plain number or a percentage may not
  ["kr 100", BOTH, ["amount"], ok("100")],
  ["100 kr", BOTH, ["amount"], ok("100")],
  ["kr 100", BOTH, NOT_AMOUNT, no("not-a-number")],
  ["100 kr", BOTH, NOT_AMOUNT, no("not-a-number")],
  ["1.000,-", ["da"], ["amount"], ok("1000")],
  ["1.000,-", ["en"], ["amount"], no("not-a-number")],
  // no number begins with a zero group: "0.025" is a decimal in the other language
  ["0.025", ["da"], ALL, { ok: false, problem: "foreign-format", suggestion: "0,025" }],
  ["0,025", ["en"], ALL, { ok: false, problem: "foreign-format", suggestion: "0.025" }],
  ["--5", BOTH, ALL, no("not-a-number")],
  ["+-5", BOTH, ALL, no("not-a-number")],
  ["-", BOTH, ALL, no("not-a-number")],
  ["+", BOTH, ALL, no("not-a-number")],
  [",", BOTH, ALL, no("not-a-number")],
  ["1-2", BOTH, ALL, no("not-a-number")],
  ["(5)", BOTH, ALL, no("not-a-number")],
  ["5\t000", BOTH, ALL, no("not-a-number")],
  ["e3", BOTH, ALL, no("not-a-number")],
  ["1e", BOTH, ALL, no("not-a-number")],
  ["1e3.5", BOTH, ALL, no("not-a-number")],
  ["1.000.000e3", BOTH, ALL, no("not-a-number")],
  // misplaced marks: malformed
  ["1,,0", BOTH, ALL, no("malformed")],
  ["1..0", BOTH, ALL, no("malformed")],
  ["1,.0", BOTH, ALL, no("malformed")],
  ["1,2,3", ["da"], ALL, no("malformed")],
  ["1.2.3", ["en"], ALL, no("malformed")],
  ["5,", BOTH, ALL, no("malformed")],
  ["5.", BOTH, ALL, no("malformed")],
  ["1.000.", BOTH, ALL, no("malformed")],
  ["- 5", BOTH, ALL, no("malformed")],
  ["1.23.456", ["en"], ALL, no("malformed")],
  ["1.234 567", ["en"], ALL, no("malformed")],
  // separators that do not mark off thousands
  ["1.2.3", ["da"], ALL, no("grouping")],
  ["1,2,3", ["en"], ALL, no("grouping")],
  ["1.23.456", ["da"], ALL, no("grouping")],
  ["1,23,456", ["en"], ALL, no("grouping")],
  ["1.234.56", ["da"], ALL, no("grouping")],
  ["1234.567,5", ["da"], ALL, no("grouping")],
  ["12 34", BOTH, ALL, no("grouping")],
  ["1234 567", BOTH, ALL, no("grouping")],
  ["1.234 567", ["da"], ALL, no("grouping")],
  ["1,234 567", ["en"], ALL, no("grouping")],
];

const CASES = ROWS.flatMap(([text, languages, kinds, reading]) =>
  languages.flatMap((language) => kinds.map((kind) => ({ text, language, kind, reading }))),
);

describe("readTypedNumber", () => {
  it.each(CASES)("$language $kind $text", ({ text, language, kind, reading }) => {
    expect(readTypedNumber(text, language, kind)).toEqual(reading);
  });
});

describe("formatNumber", () => {
  // [value, language, options, text]
  it.each<[number | string, Language, { grouping?: boolean; decimals?: number }, string]>([
    [1234567.89, "da", {}, "1.234.567,89"],
    [1234567.89, "en", {}, "1,234,567.89"],
    ["1234567.89", "da", { grouping: false }, "1234567,89"],
    ["1234567.89", "en", { grouping: false }, "1234567.89"],
    [-1234.5, "da", {}, "-1.234,5"],
    [100, "da", {}, "100"],
    [1000, "da", {}, "1.000"],
    [999999, "en", {}, "999,999"],
    [0.1, "en", {}, "0.1"],
    ["-0", "da", {}, "0"],
    [-0, "en", {}, "0"],
    ["-0.001", "da", { decimals: 2 }, "0,00"],
    ["2.5", "en", { decimals: 0 }, "3"],
    ["-2.5", "en", { decimals: 0 }, "-3"],
    ["0.125", "da", { decimals: 2 }, "0,13"],
    ["1.5", "da", { decimals: 3 }, "1,500"],
    ["1234.5", "en", { grouping: false, decimals: 2 }, "1234.50"],
    ["12345678901234567890.123456789", "en", {}, "12,345,678,901,234,567,890.123456789"],
    ["1e21", "da", {}, "1.000.000.000.000.000.000.000"],
    ["0.0002", "da", {}, "0,0002"],
  ])("%s in %s %o is %s", (value, language, options, text) => {
    expect(formatNumber(value, language, options)).toBe(text);
  });

  it.each<[number | string, { decimals?: number }, string]>([
    [Number.NaN, {}, "not a finite number: NaN"],
    [Number.POSITIVE_INFINITY, {}, "not a finite number: Infinity"],
    ["abc", {}, "not a decimal number: abc"],
    ["Infinity", {}, "not a finite number: Infinity"],
    [1, { decimals: -1 }, "decimals must be a whole number from 0: -1"],
    [1, { decimals: 1.5 }, "decimals must be a whole number from 0: 1.5"],
  ])("%s %o is refused", (value, options, message) => {
    expect(() => formatNumber(value, "da", options)).toThrow(new RangeError(message));
  });
});

/** The canonical decimal string of a sign, digits and a scale, built without the code under test. */
function canonicalOf(negative: boolean, digits: bigint, scale: number): string {
  if (digits === 0n) return "0";
  const padded = digits.toString().padStart(scale + 1, "0");
  const whole = padded.slice(0, padded.length - scale);
  const fraction = padded.slice(padded.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

describe("formatNumber and readTypedNumber", () => {
  it("read back every number written, in both languages, grouped or not", () => {
    const decimal = fc.record({
      negative: fc.boolean(),
      digits: fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }),
      scale: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(decimal, fc.constantFrom<Language>("da", "en"), fc.boolean(), fc.boolean(), (x, language, grouping, asNumber) => {
        const value = canonicalOf(x.negative, x.digits, x.scale);
        const written = formatNumber(asNumber ? Number(value) : value, language, { grouping });
        expect(readTypedNumber(written, language, "decimal")).toEqual({ ok: true, value });
      }),
      { numRuns: 500 },
    );
  });
});
