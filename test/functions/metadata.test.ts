// The custom functions metadata the build writes (functions.json, functions-da.json) from the
// catalogue: its exact shape for one function in both languages, and every function and argument
// there in English and Danish. test/e2e/functionsMetadata.e2e.ts checks the built files are this.

import { describe, expect, it } from "vitest";
import { isRangeKind } from "../../addin/functions/args";
import { WORKSHEET_FUNCTIONS } from "../../addin/functions/catalog";
import { functionsMetadata } from "../../addin/functions/metadata";

const english = functionsMetadata("en");
const danish = functionsMetadata("da");

describe("functions.json and functions-da.json", () => {
  it("describe PERIODIZE exactly", () => {
    const periodize = (language: typeof english) => language.functions.find((fn) => fn.id === "PERIODIZE");
    expect(periodize(english)).toEqual({
      description: "Splits annual amounts into 12 months along a profile. The months add up exactly to the annual amount.",
      id: "PERIODIZE",
      name: "PERIODIZE",
      parameters: [
        { description: "Annual amount, or a column of annual amounts (one per line).", dimensionality: "matrix", name: "annual", type: "any" },
        {
          description: '12 weights (one row for all lines, or one row per line) or a built-in profile name such as "equal".',
          dimensionality: "matrix",
          name: "profile",
          type: "any",
        },
        { description: "Budget year; default this year.", name: "year", optional: true, type: "any" },
        { description: "Rounding unit in kroner: 0.01, 1 (default) or 1000.", name: "unit", optional: true, type: "any" },
      ],
      result: { dimensionality: "matrix" },
    });
    expect(periodize(danish)).toEqual({
      description: "Fordeler årsbeløb på 12 måneder efter en profil. Månederne summer præcist til årsbeløbet.",
      id: "PERIODIZE",
      name: "PERIODISER",
      parameters: [
        { description: "Årsbeløb eller en kolonne med årsbeløb (ét pr. linje).", dimensionality: "matrix", name: "årsbeløb", type: "any" },
        {
          description: '12 vægte (én række for alle linjer eller én pr. linje) eller navnet på en indbygget profil, fx "lige".',
          dimensionality: "matrix",
          name: "profil",
          type: "any",
        },
        { description: "Budgetår; standard er indeværende år.", name: "år", optional: true, type: "any" },
        { description: "Afrundingsenhed i kroner: 0,01, 1 (standard) eller 1000.", name: "enhed", optional: true, type: "any" },
      ],
      result: { dimensionality: "matrix" },
    });
  });

  it.each([
    ["VARIANCE", 4],
    ["CARRYOVER", 3],
  ] as const)("give %s an optional unit (argument %i from 0), whose default is the øre", (id, at) => {
    const last = (language: typeof english) => language.functions.find((fn) => fn.id === id)?.parameters[at];
    expect([last(english), last(danish)]).toEqual([
      { description: "Rounding unit in kroner: 0.01 (default, the exact øre), 1 or 1000.", name: "unit", optional: true, type: "any" },
      { description: "Afrundingsenhed i kroner: 0,01 (standard, præcist til øre), 1 eller 1000.", name: "enhed", optional: true, type: "any" },
    ]);
  });

  it("give CARRYOVER the cap's base and the share carried after the unit, both optional", () => {
    const tail = (language: typeof english) => language.functions.find((fn) => fn.id === "CARRYOVER")?.parameters.slice(4).map((p) => [p.name, p.optional, p.dimensionality ?? "scalar"]);
    expect([tail(english), tail(danish)]).toEqual([
      [["capBase", true, "matrix"], ["share", true, "scalar"]],
      [["grundlag", true, "matrix"], ["andel", true, "scalar"]],
    ]);
  });

  it("allow custom data for type any, as the metadata Excel reads always has, and errors as inputs", () => {
    expect([english.allowCustomDataForDataTypeAny, danish.allowCustomDataForDataTypeAny]).toEqual([true, true]);
    // without it Excel passes the input's own error through and never calls the function
    expect([english.allowErrorForDataTypeAny, danish.allowErrorForDataTypeAny]).toEqual([true, true]);
  });

  it("list every function in the catalogue, in both languages, by the same ids", () => {
    const ids = WORKSHEET_FUNCTIONS.map((fn) => fn.id);
    expect(english.functions.map((fn) => fn.id)).toEqual(ids);
    expect(danish.functions.map((fn) => fn.id)).toEqual(ids);
  });

  it("keep the Danish names", () => {
    expect(Object.fromEntries(danish.functions.map((fn) => [fn.id, fn.name]))).toEqual({
      PERIODIZE: "PERIODISER",
      REPERIODIZE: "OMPERIODISER",
      ALLOCATE: "FORDEL",
      FORECAST: "PROGNOSE",
      YEAREND: "AARSRESULTAT",
      VARIANCE: "AFVIGELSE",
      CARRYOVER: "OVERFOERSEL",
      WORKDAYS: "ARBEJDSDAGE",
      PROFILE: "PROFIL",
    });
  });

  it("have unique function names in each language", () => {
    for (const metadata of [english, danish]) {
      const names = metadata.functions.map((fn) => fn.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it.each(WORKSHEET_FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s: every argument in both languages, as the catalogue declares it", (id, fn) => {
    const declared = fn.args.map((arg) => ({
      ...(isRangeKind(arg.kind) ? { dimensionality: "matrix" } : {}),
      ...(arg.optional ? { optional: true } : {}),
      type: "any",
    }));
    for (const [metadata, language] of [[english, "en"], [danish, "da"]] as const) {
      const entry = metadata.functions.find((f) => f.id === id);
      expect(entry?.parameters.map(({ name, description, ...rest }) => [name, description, rest])).toEqual(
        fn.args.map((arg, i) => [arg[language].name, arg[language].description, declared[i]]),
      );
      expect(entry?.description).toBe(fn[language].description);
    }
  });

  it.each(WORKSHEET_FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s: names Excel accepts, texts in both languages, optional arguments last", (_, fn) => {
    const names = (language: "en" | "da") => fn.args.map((arg) => arg[language].name);
    const texts = [fn.en.description, fn.en.result, fn.da.description, fn.da.result, ...fn.args.flatMap((a) => [a.en.description, a.da.description])];
    const firstOptional = fn.args.findIndex((arg) => arg.optional);
    expect({
      functionNames: [fn.id, fn.da.name].every((name) => /^[A-Z][A-Z0-9_]*$/.test(name)),
      argumentNames: [...names("en"), ...names("da")].every((name) => /^[\p{L}][\p{L}0-9_]*$/u.test(name)),
      uniqueArguments: [new Set(names("en")).size, new Set(names("da")).size],
      texts: texts.every((text) => text.trim().length > 0),
      optionalLast: firstOptional === -1 || fn.args.slice(firstOptional).every((arg) => arg.optional),
    }).toEqual({
      functionNames: true,
      argumentNames: true,
      uniqueArguments: [fn.args.length, fn.args.length],
      texts: true,
      optionalLast: true,
    });
  });
});
