// The one reader of the numbers people type into panel fields: what each kind of field reads, in
// either language, and the exact message for what it refuses.

import { FIELD } from "../../addin/taskpane/fieldSubjects";
import { describe, expect, it } from "vitest";
import type { Language, Subject } from "../../core";
import {
  chosenOption,
  chosenOptionOrNone,
  chosenUnit,
  isBlankField,
  optionalField,
  readAmountField,
  readNumberField,
  readPercentChangeField,
  readPercentField,
  readYearField,
  allFieldsRead,
  fieldProblem,
  readBudgetYear,
} from "../../addin/taskpane/fields";
import { failure } from "../core/failure";

type Reader = (text: string, language: Language, subject: Subject) => number;

const READERS: Record<string, Reader> = { readAmountField, readNumberField, readPercentField, readPercentChangeField };

describe("typed numbers", () => {
  it.each<[string, Language, string, number]>([
    ["readAmountField", "en", "100000", 100000],
    ["readAmountField", "da", "100.000", 100000],
    ["readAmountField", "en", "100,000", 100000],
    ["readAmountField", "da", "2500,75", 2500.75],
    ["readAmountField", "en", "2,500.75", 2500.75],
    ["readAmountField", "en", " 12.5 ", 12.5],
    ["readAmountField", "da", "1.500.000", 1500000],
    ["readAmountField", "da", "-300", -300],
    ["readNumberField", "da", "0,5", 0.5],
    ["readNumberField", "en", "0.5", 0.5],
    ["readNumberField", "da", "3", 3],
    ["readPercentField", "da", "5", 0.05],
    ["readPercentField", "da", "0,5 %", 0.005],
    ["readPercentField", "en", "100", 1],
    ["readPercentField", "en", "1.76%", 0.0176],
    ["readPercentChangeField", "da", "4", 0.04],
    ["readPercentChangeField", "da", "-0,5 %", -0.005],
    ["readPercentChangeField", "en", "100", 1],
  ])("%s in %s reads %j as %s", (reader, language, text, value) => {
    expect(READERS[reader](text, language, FIELD.materialityAmount)).toBe(value);
  });

  it.each<[string, string, string, string]>([
    ["readAmountField", "", "materiality amount is blank; enter a number", "væsentlighedsbeløb er tomt; skriv et tal"],
    ["readAmountField", "mange", 'materiality amount "mange" is not a number', 'væsentlighedsbeløb "mange" er ikke et tal'],
    ["readAmountField", "100.000,00", 'materiality amount "100.000,00" is written in Danish format; in English write 100,000.00', 'væsentlighedsbeløb "100.000,00" er skrevet i dansk format; på engelsk skrives 100,000.00'],
    ["readNumberField", "5 %", 'materiality amount "5 %" has a percent sign; give the number without %', 'væsentlighedsbeløb "5 %" har et procenttegn; angiv tallet uden %'],
    ["readPercentField", "150", "materiality amount is 150 %; use a percentage from 0 to 100", "væsentlighedsbeløb er 150 %; brug en procent fra 0 til 100"],
    ["readPercentField", "-2 %", "materiality amount is -2 %; use a percentage from 0 to 100", "væsentlighedsbeløb er -2 %; brug en procent fra 0 til 100"],
    ["readPercentChangeField", "fire", 'materiality amount "fire" is not a number', 'væsentlighedsbeløb "fire" er ikke et tal'],
  ])("%s refuses %j", (reader, text, english, danish) => {
    expect(failure(() => READERS[reader](text, "en", FIELD.materialityAmount))).toMatchObject({ kind: "value", en: english, da: danish });
  });
});

describe("optional fields", () => {
  it.each<[string, number | null]>([
    ["", null],
    ["   ", null],
    ["5", 0.05],
  ])("%j is %s", (text, value) => {
    expect(isBlankField(text)).toBe(value === null);
    expect(optionalField(text, (typed) => readPercentField(typed, "da", FIELD.materialityRate))).toBe(value);
  });
});

describe("budget years", () => {
  it.each<[string, number | null]>([
    ["2026", 2026],
    ["1999", 1999],
    ["26", null],
    ["20266", null],
    [" 2026 ", 2026],
    ["2.026", null],
    ["", null],
  ])("%j is %s", (text, year) => {
    expect(readYearField(text)).toBe(year);
  });
});

describe("choice lists", () => {
  it.each<[string, number | null]>([
    ["0", 0],
    ["13", 13],
    ["", null],
  ])("option %j stands for %s", (value, number) => {
    expect(chosenOptionOrNone(value)).toBe(number);
    if (number !== null) expect(chosenOption(value)).toBe(number);
  });

  it.each<[string, number | null]>([
    ["0.01", 0.01],
    ["1", 1],
    ["1000", 1000],
    ["2", null],
  ])("unit option %j stands for %s", (value, unit) => {
    expect(chosenUnit(value)).toBe(unit);
  });
});

describe("budget years and the messages under the fields", () => {
  it.each<[string, number | null, string | null, string | null]>([
    ["2026", 2026, null, null],
    [" 1900 ", 1900, null, null],
    ["9999", 9999, null, null],
    ["26", null, 'year must be a whole number from 1900 to 9999; got "26"', 'år skal være et helt tal fra 1900 til 9999; fik "26"'],
    ["1899", null, 'year must be a whole number from 1900 to 9999; got "1899"', 'år skal være et helt tal fra 1900 til 9999; fik "1899"'],
    ["2026,5", null, 'year must be a whole number from 1900 to 9999; got "2026,5"', 'år skal være et helt tal fra 1900 til 9999; fik "2026,5"'],
  ])("%j", (text, year, english, danish) => {
    expect([fieldProblem(() => readBudgetYear(text), "en"), fieldProblem(() => readBudgetYear(text), "da")]).toEqual([english, danish]);
    if (year !== null) expect(readBudgetYear(text)).toBe(year);
  });

  it("a field that is not a number says so in the user's language; a slip in the add-in is not a field's problem", () => {
    expect(fieldProblem(() => readAmountField("mange", "da", FIELD.total), "da")).toBe('total "mange" er ikke et tal');
    expect(() => fieldProblem(() => { throw new TypeError("slip"); }, "en")).toThrow("slip");
  });

  it.each<[string, Record<string, string | null | (string | null)[]>, boolean]>([
    ["no problems", { year: null, levels: [null, null] }, true],
    ["a field's problem", { year: "bad", levels: [null] }, false],
    ["a level's problem", { year: null, levels: [null, "bad"] }, false],
  ])("every field reads: %s", (_, problems, read) => {
    expect(allFieldsRead(problems)).toBe(read);
  });
});
