// Bad input to the core API: every problem is a BudgetError with a stable code, an Excel error
// kind and the exact message in English (.message) and Danish (.describe("da")).
import { failure, type Failure } from "./failure";
import { describe, expect, it } from "vitest";
import { BudgetError, periodize, periodizer, type PeriodizeOptions, type Profile, type Unit } from "../../core";

const EQUAL: Profile = "equal";
/** A unit the type does not allow, as a caller without TypeScript could pass it. */
const asUnit = (value: number) => value as Unit;
const ones = (count: number): number[] => new Array<number>(count).fill(1);
/** 12 weights of 1 with one replaced (position is 1-based, as in the message). */
const withWeight = (position: number, value: number): number[] => ones(12).map((w, i) => (i === position - 1 ? value : w));

interface BadCase extends Failure {
  name: string;
  annual: number | string;
  profile: Profile;
  options?: PeriodizeOptions;
}

function failureNamed(run: () => unknown) {
  expect(() => run()).toThrow(expect.objectContaining({ name: "BudgetError" }));
  return failure(run);
}

const cases: BadCase[] = [
  // annual amounts
  {
    name: "NaN",
    annual: Number.NaN,
    profile: EQUAL,
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "annual amount is not a finite number",
    da: "årsbeløb er ikke et endeligt tal",
  },
  {
    name: "Infinity",
    annual: Number.POSITIVE_INFINITY,
    profile: EQUAL,
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "annual amount is not a finite number",
    da: "årsbeløb er ikke et endeligt tal",
  },
  {
    name: "-Infinity",
    annual: Number.NEGATIVE_INFINITY,
    profile: EQUAL,
    code: "AMOUNT_NOT_FINITE",
    kind: "value",
    en: "annual amount is not a finite number",
    da: "årsbeløb er ikke et endeligt tal",
  },
  {
    name: "1e16",
    annual: 1e16,
    profile: EQUAL,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 10000000000000000 is too large; the limit is 1e15",
    da: "årsbeløb 10000000000000000 er for stort; grænsen er 1e15",
  },
  {
    name: "-1e16",
    annual: -1e16,
    profile: EQUAL,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount -10000000000000000 is too large; the limit is 1e15",
    da: "årsbeløb -10000000000000000 er for stort; grænsen er 1e15",
  },
  {
    name: "1e15 + 1",
    annual: 1000000000000001,
    profile: EQUAL,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 1000000000000001 is too large; the limit is 1e15",
    da: "årsbeløb 1000000000000001 er for stort; grænsen er 1e15",
  },
  {
    // in øre the limit is lower, so that every month is an exact double
    name: "9.1e13 at unit 0.01",
    annual: 91_000_000_000_000,
    profile: EQUAL,
    options: { unit: 0.01 },
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 91000000000000 is too large; the limit is 7e13 at unit 0.01",
    da: "årsbeløb 91000000000000 er for stort; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: '"90000000000000.01" at unit 0.01',
    annual: "90000000000000.01",
    profile: EQUAL,
    options: { unit: 0.01 },
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 90000000000000.01 is too large; the limit is 7e13 at unit 0.01",
    da: "årsbeløb 90000000000000.01 er for stort; grænsen er 7e13 ved enhed 0,01",
  },
  {
    name: "1e300",
    annual: 1e300,
    profile: EQUAL,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 1e+300 is too large; the limit is 1e15",
    da: "årsbeløb 1e+300 er for stort; grænsen er 1e15",
  },
  {
    name: '"1000000000000000.01"',
    annual: "1000000000000000.01",
    profile: EQUAL,
    code: "AMOUNT_TOO_LARGE",
    kind: "value",
    en: "annual amount 1000000000000000.01 is too large; the limit is 1e15",
    da: "årsbeløb 1000000000000000.01 er for stort; grænsen er 1e15",
  },
  {
    name: '"1.234,56" (Danish format is not a decimal string)',
    annual: "1.234,56",
    profile: EQUAL,
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'annual amount "1.234,56" is text in Danish number format; convert it to a number',
    da: 'årsbeløb "1.234,56" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: '"abc"',
    annual: "abc",
    profile: EQUAL,
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'annual amount is text ("abc"); a number is needed',
    da: 'årsbeløb er tekst ("abc"); der skal stå et tal',
  },
  {
    name: '"" (empty string)',
    annual: "",
    profile: EQUAL,
    code: "AMOUNT_BLANK",
    kind: "value",
    en: 'annual amount is blank; enter 0 if there is none',
    da: 'årsbeløb er tomt; skriv 0, hvis der ikke er noget',
  },
  {
    name: '"1e5" (no exponents)',
    annual: "1e5",
    profile: EQUAL,
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'annual amount is text ("1e5"); a number is needed',
    da: 'årsbeløb er tekst ("1e5"); der skal stå et tal',
  },
  {
    name: '"12,5"',
    annual: "12,5",
    profile: EQUAL,
    code: "AMOUNT_DANISH_TEXT",
    kind: "value",
    en: 'annual amount "12,5" is text in Danish number format; convert it to a number',
    da: 'årsbeløb "12,5" er tekst i dansk talformat; konvertér den til et tal',
  },
  {
    name: '"-" (sign only)',
    annual: "-",
    profile: EQUAL,
    code: "AMOUNT_TEXT",
    kind: "value",
    en: 'annual amount is text ("-"); a number is needed',
    da: 'årsbeløb er tekst ("-"); der skal stå et tal',
  },
  // profiles
  {
    name: "11 weights",
    annual: 1000,
    profile: ones(11),
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 11 values; 12 are needed",
    da: "profilen har 11 værdier; der skal være 12",
  },
  {
    name: "13 weights",
    annual: 1000,
    profile: ones(13),
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 13 values; 12 are needed",
    da: "profilen har 13 værdier; der skal være 12",
  },
  {
    name: "1 weight",
    annual: 1000,
    profile: [1],
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 1 value; 12 are needed",
    da: "profilen har 1 værdi; der skal være 12",
  },
  {
    name: "no weights",
    annual: 1000,
    profile: [],
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 0 values; 12 are needed",
    da: "profilen har 0 værdier; der skal være 12",
  },
  {
    name: "negative weight",
    annual: 1000,
    profile: withWeight(3, -2),
    code: "WEIGHT_NEGATIVE",
    kind: "value",
    en: "profile weight 3 is negative (-2); weights must be 0 or more",
    da: "profilvægt 3 er negativ (-2); vægte skal være 0 eller mere",
  },
  {
    name: "negative decimal weight",
    annual: 1000,
    profile: withWeight(12, -0.5),
    code: "WEIGHT_NEGATIVE",
    kind: "value",
    en: "profile weight 12 is negative (-0.5); weights must be 0 or more",
    da: "profilvægt 12 er negativ (-0,5); vægte skal være 0 eller mere",
  },
  {
    name: "NaN weight",
    annual: 1000,
    profile: withWeight(5, Number.NaN),
    code: "WEIGHT_NOT_FINITE",
    kind: "value",
    en: "profile weight 5 is not a finite number",
    da: "profilvægt 5 er ikke et endeligt tal",
  },
  {
    name: "Infinity weight",
    annual: 1000,
    profile: withWeight(1, Number.POSITIVE_INFINITY),
    code: "WEIGHT_NOT_FINITE",
    kind: "value",
    en: "profile weight 1 is not a finite number",
    da: "profilvægt 1 er ikke et endeligt tal",
  },
  {
    name: "all-zero weights",
    annual: 1000,
    profile: new Array<number>(12).fill(0),
    code: "WEIGHTS_ZERO_SUM",
    kind: "value",
    en: "profile weights sum to 0; at least one weight must be positive",
    da: "profilens vægte summer til 0; mindst én vægt skal være positiv",
  },
  {
    name: "unknown profile name",
    annual: 1000,
    profile: "monthly",
    code: "PROFILE_UNKNOWN",
    kind: "value",
    en: 'unknown profile "monthly"; use equal, days, workdays or a range of 12 weights',
    da: 'ukendt profil "monthly"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
  },
  {
    name: "Danish word for a profile that does not exist",
    annual: 1000,
    profile: "sæson",
    code: "PROFILE_UNKNOWN",
    kind: "value",
    en: 'unknown profile "sæson"; use equal, days, workdays or a range of 12 weights',
    da: 'ukendt profil "sæson"; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte',
  },
  // options
  {
    name: "unit 0.5",
    annual: 1000,
    profile: EQUAL,
    options: { unit: asUnit(0.5) },
    code: "UNIT_INVALID",
    kind: "value",
    en: "unit must be 0.01, 1 or 1000; got 0.5",
    da: "enhed skal være 0,01, 1 eller 1000; fik 0,5",
  },
  {
    name: "year 1899",
    annual: 1000,
    profile: EQUAL,
    options: { year: 1899 },
    code: "YEAR_INVALID",
    kind: "value",
    en: "year must be a whole number from 1900 to 9999; got 1899",
    da: "år skal være et helt tal fra 1900 til 9999; fik 1899",
  },
  // which problem is reported first: the options, then the profile, then the amount
  {
    name: "bad year, bad profile and bad amount: the year",
    annual: "abc",
    profile: ones(11),
    options: { year: 1899 },
    code: "YEAR_INVALID",
    kind: "value",
    en: "year must be a whole number from 1900 to 9999; got 1899",
    da: "år skal være et helt tal fra 1900 til 9999; fik 1899",
  },
  {
    name: "bad profile and bad amount: the profile",
    annual: "abc",
    profile: ones(11),
    code: "PROFILE_LENGTH",
    kind: "value",
    en: "profile has 11 values; 12 are needed",
    da: "profilen har 11 værdier; der skal være 12",
  },
];

describe("core bad-input corpus", () => {
  it.each(cases)("$name", ({ annual, profile, options, code, kind, en, da }) => {
    expect(failureNamed(() => periodize(annual, profile, { year: 2026, ...options }))).toEqual({ code, kind, en, da });
  });
});

describe("periodizer refuses a bad profile before any amount", () => {
  it.each(cases.filter((c) => c.annual === 1000 && c.options === undefined))("$name", ({ profile, code, kind, en, da }) => {
    expect(failureNamed(() => periodizer(profile, { year: 2026 }))).toEqual({ code, kind, en, da });
  });
});

describe("BudgetError", () => {
  it("keeps its code, params and kind", () => {
    const error = new BudgetError("PROFILE_ROWS", { rows: 3, lines: 2 });
    expect({
      isError: error instanceof Error,
      name: error.name,
      code: error.code,
      params: error.params,
      kind: error.kind,
      en: error.message,
      enDescribed: error.describe("en"),
      da: error.describe("da"),
    }).toEqual({
      isError: true,
      name: "BudgetError",
      code: "PROFILE_ROWS",
      params: { rows: 3, lines: 2 },
      kind: "value",
      en: "profile has 3 rows but there are 2 annual amounts; give 1 row or one per amount",
      enDescribed: "profile has 3 rows but there are 2 annual amounts; give 1 row or one per amount",
      da: "profilen har 3 rækker, men der er 2 årsbeløb; angiv 1 række eller én pr. beløb",
    });
  });
});
