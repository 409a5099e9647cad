// Amounts and percentages typed into a panel field, read in the display language: the exact
// number, or the exact message, for every text of the corpus in Danish and in English.

import { describe, expect, it } from "vitest";
import { checkPercentOrder, typedAmount, typedChange, typedDecimal, typedPercent, type Language, type Subject } from "../../core";
import { failure } from "./failure";

const AMOUNT: Subject = { label: "materialityAmount" };
const RATE: Subject = { label: "materialityRate" };

type Row = [text: string, expected: number | string];

/** A number is the value read; a string is the message of the error raised. */
function check(read: (text: string, language: Language) => number, language: Language, [text, expected]: Row) {
  if (typeof expected === "number") expect(read(text, language)).toBe(expected);
  else expect(failure(() => read(text, language))[language]).toBe(expected);
}

const DANISH_AMOUNTS: Row[] = [
  ["100.000", 100000],
  ["1.234,56", 1234.56],
  ["1,234.56", 'væsentlighedsbeløb "1,234.56" er skrevet i engelsk format; på dansk skrives 1.234,56'],
  ["1 234,56", 1234.56],
  ["12,5 %", 'væsentlighedsbeløb "12,5 %" har et procenttegn; angiv tallet uden %'],
  ["1.2.3", 'væsentlighedsbeløb "1.2.3" har tusindtalsseparatorer de forkerte steder; skriv fx 1.234.567,89 eller 1234567,89'],
  ["1,,0", 'væsentlighedsbeløb "1,,0" er ikke et tal, som det står; skriv fx 1.234,56'],
  ["-0", 0],
  ["1e3", 'væsentlighedsbeløb "1e3" er skrevet med eksponent; skriv tallet helt ud, fx 1000'],
  ["", "væsentlighedsbeløb er tomt; skriv et tal"],
  ["abc", 'væsentlighedsbeløb "abc" er ikke et tal'],
  ["1.234.567,89", 1234567.89],
  ["1234567,89", 1234567.89],
  ["1,234,567.89", 'væsentlighedsbeløb "1,234,567.89" er skrevet i engelsk format; på dansk skrives 1.234.567,89'],
  ["500.000", 500000],
  ["1.500.000", 1500000],
  ["500,000", 'væsentlighedsbeløb "500,000" kan læses som 500,00 eller 500.000; skriv det, du mener'],
  ["1,234", 'væsentlighedsbeløb "1,234" kan læses som 1,2340 eller 1.234; skriv det, du mener'],
  ["0,125", 0.125],
  ["−12,5", -12.5],
  ["+7", 7],
  ["1.5", 'væsentlighedsbeløb "1.5" er skrevet i engelsk format; på dansk skrives 1,5'],
  ["0.025", 'væsentlighedsbeløb "0.025" er skrevet i engelsk format; på dansk skrives 0,025'],
  ["0.000.001", 'væsentlighedsbeløb "0.000.001" har tusindtalsseparatorer de forkerte steder; skriv fx 1.234.567,89 eller 1234567,89'],
  ["1.000.000,-", 1000000],
  ["kr. 2.500", 2500],
  ["2.500 kr.", 2500],
  ["1" + "0".repeat(16), `væsentlighedsbeløb 1${"0".repeat(16)} er for stort; grænsen er 1e15`],
];

const ENGLISH_AMOUNTS: Row[] = [
  ["100.000", 'materiality amount "100.000" could be 100.00 or 100,000; write the one you mean'],
  ["1.234,56", 'materiality amount "1.234,56" is written in Danish format; in English write 1,234.56'],
  ["1,234.56", 1234.56],
  ["1 234,56", 'materiality amount "1 234,56" is written in Danish format; in English write 1,234.56'],
  ["1 234.56", 1234.56],
  ["12,5 %", 'materiality amount "12,5 %" has a percent sign; give the number without %'],
  ["1.2.3", 'materiality amount "1.2.3" is not a number as written; write e.g. 1,234.56'],
  ["1,,0", 'materiality amount "1,,0" is not a number as written; write e.g. 1,234.56'],
  ["-0", 0],
  ["1e3", 'materiality amount "1e3" is written with an exponent; write the number in full, e.g. 1000'],
  ["", "materiality amount is blank; enter a number"],
  ["abc", 'materiality amount "abc" is not a number'],
  ["1,234,567.89", 1234567.89],
  ["100,000", 100000],
  ["1.500.000", 'materiality amount "1.500.000" is written in Danish format; in English write 1,500,000'],
  ["12.5", 12.5],
  ["0,025", 'materiality amount "0,025" is written in Danish format; in English write 0.025'],
  ["DKK 1,500", 1500],
  ["9".repeat(400), `materiality amount ${"9".repeat(400)} is too large; the limit is 1e15`],
];

describe("amounts typed in Danish", () => {
  it.each(DANISH_AMOUNTS)("%s", (...row) => check((t, l) => typedAmount(t, l, AMOUNT), "da", row));
});

describe("amounts typed in English", () => {
  it.each(ENGLISH_AMOUNTS)("%s", (...row) => check((t, l) => typedAmount(t, l, AMOUNT), "en", row));
});

describe("percentages", () => {
  it.each([
    ["da", "12,5 %", 0.125],
    ["da", "1,875", 0.01875],
    ["da", "12.5 %", 'væsentlighedsprocent "12.5 %" er skrevet i engelsk format; på dansk skrives 12,5 %'],
    ["da", "101", "væsentlighedsprocent er 101 %; brug en procent fra 0 til 100"],
    ["da", "-1", "væsentlighedsprocent er -1 %; brug en procent fra 0 til 100"],
    ["en", "12.5 %", 0.125],
    ["en", "12,5 %", 'materiality rate "12,5 %" is written in Danish format; in English write 12.5 %'],
    ["en", "0.5", 0.005],
  ] as const)("%s %s", (language, text, expected) => check((t, l) => typedPercent(t, l, RATE), language, [text, expected]));

  it("a change of either sign: a pay cut is a negative rise, up to 100 % either way", () => {
    expect(typedChange("-0,5 %", "da", RATE)).toBe(-0.005);
    expect(typedChange("1.76", "en", RATE)).toBe(0.0176);
    expect(typedChange("100", "en", RATE)).toBe(1);
    expect(failure(() => typedChange("150", "da", { label: "payRise" })).da).toBe(
      "lønstigning er 150 %; brug en ændring over -100 % og højst 100 %, fx 4 for en stigning på 4 %",
    );
    expect(failure(() => typedChange("-100", "en", { label: "payRise" })).en).toBe(
      "pay rise is -100 %; use a change above -100 % and at most 100 %, e.g. 4 for a rise of 4 %",
    );
  });

  it("a floor above its cap is named in percent, as typed", () => {
    expect(() => checkPercentOrder(0.01, 0.03, { floor: { label: "floor" }, cap: { label: "cap" } })).not.toThrow();
    expect(() => checkPercentOrder(0.05, undefined, { floor: { label: "floor" }, cap: { label: "cap" } })).not.toThrow();
    const f = failure(() => checkPercentOrder(0.05, 0.03, { floor: { label: "floor" }, cap: { label: "cap" } }));
    expect([f.en, f.da]).toEqual([
      "the floor (5 %) is above the cap (3 %); the floor cannot be above the cap",
      "bunden (5 %) er over loftet (3 %); bunden kan ikke ligge over loftet",
    ]);
  });

  it("a plain decimal has no ambiguity: three decimals are decimals", () => {
    expect(typedDecimal("1,875", "da", AMOUNT)).toBe(1.875);
    expect(typedDecimal("0.5", "en", AMOUNT)).toBe(0.5);
  });
});
