// Every text the product shows exists in both languages with the same keys and shows the same
// values in both: the task pane's strings, the template and follow-up workbooks' wording, and the
// worksheet functions' help. A text that reads the same in Danish and English is a word both
// languages use, or it is untranslated.

import { describe, expect, it } from "vitest";
import { FOLLOWUP_WORDS } from "../core/followupTemplates/wording";
import { WORDS as TEMPLATE_WORDS } from "../core/templates/wording";
import { WORKSHEET_FUNCTIONS } from "../addin/functions/catalog";
import { da } from "../addin/taskpane/i18n/da";
import { en } from "../addin/taskpane/i18n/en";
import { parityProblems, sameInBoth } from "./textParity";

/** Words and forms Danish and English write alike: names, codes, units, months, and texts made of figures and names only. */
const SHARED = new Set([
  "Budget",
  "Hospital",
  "Status",
  "Version",
  "Id",
  "Note",
  "Start",
  "Auto",
  "budget",
  "ets",
  "version 201",
  "Budget 2099",
  "Budget 201",
  "Budget 202",
  "Problem",
  // the sample workbook's sheet of named profiles, the default in either language
  "Profiler",
]);
/** A text of nothing but figures, punctuation, marks and shared words (such as "201 · 202"). */
const onlyShared = (text: string) =>
  text
    .split(/[\s·:;,.()+\-–/!'"%«»…]+/)
    .filter((word) => word !== "")
    .every((word) => SHARED.has(word) || /^[0-9]+$/.test(word) || /^[a-z0-9]+$/.test(word) && /[0-9]/.test(word) || word === "Q201" || word === "K201");

const CATALOGUES = [
  ["the task pane", en, da],
  ["the template workbook", TEMPLATE_WORDS.en, TEMPLATE_WORDS.da],
  ["the follow-up workbook", FOLLOWUP_WORDS.en, FOLLOWUP_WORDS.da],
] as const;

describe.each(CATALOGUES)("%s", (_name, english, danish) => {
  it("has the same keys, kinds of value and list lengths in both languages, and every text shows the same values in both", () => {
    expect(parityProblems(english, danish)).toEqual([]);
  });

  it("translates every text, but for words both languages share", () => {
    expect(sameInBoth(english, danish).filter(({ text }) => !SHARED.has(text) && !onlyShared(text))).toEqual([]);
  });
});

describe("the worksheet functions' help", () => {
  it.each(WORKSHEET_FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s is described in both languages, argument by argument", (_id, fn) => {
    const texts = [fn.en.description, fn.en.result, fn.da.description, fn.da.result, ...fn.args.flatMap((a) => [a.en.name, a.en.description, a.da.name, a.da.description])];
    expect(texts.filter((text) => text.trim() === "")).toEqual([]);
    expect([fn.en.description === fn.da.description, fn.en.result === fn.da.result]).toEqual([false, false]);
    expect(fn.args.filter((a) => a.en.description === a.da.description).map((a) => a.en.name)).toEqual([]);
  });
});

describe("the comparison itself", () => {
  it.each([
    ["a key only one language has", { a: "x", b: "y" }, { a: "z" }, ["b: only in English"]],
    ["a list of another length", { m: ["a", "b"] }, { m: ["a"] }, ["m: 2 items in English, 1 in Danish"]],
    ["a text that takes values and one that does not", { t: (n: number) => `${n}` }, { t: "n" }, ["t: function in English, string in Danish"]],
    ["a value left out in one language", { t: (count: number, sheet: string) => `${count} on ${sheet}` }, { t: (count: number, sheet: string) => `linjer på ${sheet}` }, ["t: shows 201 202 in English, 202 in Danish"]],
    ["texts that agree", { t: (count: number) => `${count} lines`, s: "Sheet" }, { t: (count: number) => `${count} linjer`, s: "Ark" }, []],
  ] as const)("finds %s", (_case, english, danish, expected) => {
    expect(parityProblems(english, danish)).toEqual(expected);
  });
});
