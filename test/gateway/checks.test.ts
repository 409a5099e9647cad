// The input checks both gateways share: sheet names as Excel allows them (at most 31 characters,
// none of : \ / ? * [ ], no control characters, no apostrophe first or last, not "History"),
// Excel's limits on what a cell holds, highlight rules, chart anchors and titles, each bad input
// with its exact message (in both languages where a person typed it).

import { describe, expect, it } from "vitest";
import { parseBlock, type BlockRef } from "../../addin/gateway/address";
import { checkCells, checkChartTitle, checkFill, checkHighlight, checkOnSheet, checkSheetName, parseAnchor } from "../../addin/gateway/checks";
import { failure } from "../core/failure";

describe("checkSheetName", () => {
  it.each(["Prognose", "A", "x".repeat(31), "Min side", "Prognose 2026 (kopi)", "Bob's", "Æblegrød-ØÅ", "Historik", "History 2", "#1"])(
    "accepts %j",
    (name) => {
      expect(() => checkSheetName(name)).not.toThrow();
    },
  );

  const other = 'a sheet name cannot contain : \\ / ? * [ ]';
  const otherDa = 'et arknavn må ikke indeholde : \\ / ? * [ ]';
  const forbidden = (name: string, ch: string) => ({
    name,
    code: "SHEET_NAME_CHARACTER",
    en: `sheet name "${name}" contains "${ch}"; ${other}`,
    da: `arknavnet "${name}" indeholder "${ch}"; ${otherDa}`,
  });
  const apostrophe = (name: string) => ({
    name,
    code: "SHEET_NAME_APOSTROPHE",
    en: `sheet name "${name}" begins or ends with an apostrophe, which Excel does not allow`,
    da: `arknavnet "${name}" begynder eller slutter med en apostrof, hvilket Excel ikke tillader`,
  });
  const control = (name: string, shown: string, code: string) => ({
    name,
    code: "SHEET_NAME_CONTROL",
    en: `sheet name "${shown}" contains a control character (${code}, such as a line break or a tab), which Excel does not allow`,
    da: `arknavnet "${shown}" indeholder et kontroltegn (${code}, fx et linjeskift eller en tabulator), hvilket Excel ikke tillader`,
  });
  it.each([
    { name: "", code: "SHEET_NAME_LENGTH", en: 'a sheet name must have 1 to 31 characters; "" has 0', da: 'et arknavn skal have 1 til 31 tegn; "" har 0' },
    {
      name: "x".repeat(32),
      code: "SHEET_NAME_LENGTH",
      en: `a sheet name must have 1 to 31 characters; "${"x".repeat(32)}" has 32`,
      da: `et arknavn skal have 1 til 31 tegn; "${"x".repeat(32)}" har 32`,
    },
    forbidden("Q1:Q2", ":"),
    forbidden("a\\b", "\\"),
    forbidden("1/2", "/"),
    forbidden("Why?", "?"),
    forbidden("*", "*"),
    forbidden("[x", "["),
    forbidden("x]", "]"),
    apostrophe("'Prognose"),
    apostrophe("Prognose'"),
    apostrophe("'"),
    control("Prognose\nmaj", "Prognose·maj", "U+000A"),
    control("\tPrognose", "·Prognose", "U+0009"),
    control("Rapport\u0000", "Rapport·", "U+0000"),
    control("Rap\u007fport", "Rap·port", "U+007F"),
    { name: "History", code: "SHEET_NAME_RESERVED", en: '"History" is a name Excel reserves and cannot name a sheet', da: '"History" er et navn, Excel har reserveret, og kan ikke bruges som arknavn' },
    { name: "history", code: "SHEET_NAME_RESERVED", en: '"history" is a name Excel reserves and cannot name a sheet', da: '"history" er et navn, Excel har reserveret, og kan ikke bruges som arknavn' },
  ])("rejects $name in both languages", ({ name, code, en, da }) => {
    expect(failure(() => checkSheetName(name))).toEqual({ code, kind: "value", en, da });
  });
});

describe("checkCells", () => {
  const at = { row: 4, column: 1 }; // B5
  it("takes text of 32,767 characters (the apostrophe that keeps it text not counted), formulas of 8,192 and finite numbers", () => {
    expect(() => checkCells([["x".repeat(32_767), { formula: `=${"1".repeat(8_191)}` }, -1e15, "", null, true]], at)).not.toThrow();
  });

  it.each([
    {
      name: "text of 32,768 characters",
      cells: [[null, "x".repeat(32_768)]],
      code: "CELL_TEXT_TOO_LONG",
      en: "the text for C5 has 32,768 characters; an Excel cell holds at most 32,767",
      da: "teksten til C5 har 32.768 tegn; en Excel-celle kan højst rumme 32.767",
    },
    {
      name: "an explanation of 40,000 characters in the second row",
      cells: [["ok"], ["y".repeat(40_000)]],
      code: "CELL_TEXT_TOO_LONG",
      en: "the text for B6 has 40,000 characters; an Excel cell holds at most 32,767",
      da: "teksten til B6 har 40.000 tegn; en Excel-celle kan højst rumme 32.767",
    },
    {
      name: "a formula of 8,193 characters",
      cells: [[{ formula: `=${"1".repeat(8_192)}` }]],
      code: "FORMULA_TOO_LONG",
      en: "the formula for B5 has 8,193 characters; Excel allows at most 8,192",
      da: "formlen til B5 har 8.193 tegn; Excel tillader højst 8.192",
    },
    { name: "NaN", cells: [[1, Number.NaN]], code: "CELL_NOT_FINITE", en: "the number for C5 is not a number, which no cell can hold", da: "tallet til C5 er ikke et tal, hvilket ingen celle kan rumme" },
    {
      name: "Infinity",
      cells: [[Number.POSITIVE_INFINITY]],
      code: "CELL_NOT_FINITE",
      en: "the number for B5 is infinite, which no cell can hold",
      da: "tallet til B5 er uendeligt, hvilket ingen celle kan rumme",
    },
  ])("rejects $name in both languages", ({ cells, code, en, da }) => {
    expect(failure(() => checkCells(cells, at))).toEqual({ code, kind: "value", en, da });
  });
});

describe("checkOnSheet", () => {
  it("takes a block that ends in the last row and column", () => {
    expect(() => checkOnSheet({ row: 1_048_575, column: 16_383 }, 1, 1)).not.toThrow();
  });

  it.each([
    { start: { row: 1_048_575, column: 0 }, rows: 2, columns: 1, text: "A1048576:A1048577" },
    { start: { row: 0, column: 16_380 }, rows: 1, columns: 5, text: "XFA1:XFE1" },
  ])("rejects $text in both languages", ({ start, rows, columns, text }) => {
    expect(failure(() => checkOnSheet(start, rows, columns))).toEqual({
      code: "RANGE_OFF_SHEET",
      kind: "value",
      en: `${text} does not fit on a worksheet, which has 1,048,576 rows and 16,384 columns`,
      da: `${text} er større end et regneark, som har 1.048.576 rækker og 16.384 kolonner`,
    });
  });
});

describe("checkFill", () => {
  it.each(["#FFF2CC", "#ffc7ce", "#000000"])("accepts %s", (fill) => {
    expect(() => checkFill(fill)).not.toThrow();
  });

  it.each(["FFF2CC", "#FFF", "#FFF2CCAA", "#GGGGGG", "red", "", " #FFF2CC"])("rejects %j", (fill) => {
    expect(() => checkFill(fill)).toThrow(new Error(`fill must be a colour "#RRGGBB"; got "${fill}"`));
  });
});

describe("checkHighlight", () => {
  const block = parseBlock("Ark!A3:J40") as BlockRef;
  const rule = { range: "Ark!A3:J40", flagColumn: 7, equals: "Ja", fill: "#FFC7CE" };

  it.each([0, 7, 9])("accepts flag column %i of A3:J40", (flagColumn) => {
    expect(() => checkHighlight({ ...rule, flagColumn }, block)).not.toThrow();
  });

  it.each([-1, 10, 1.5, Number.NaN])("rejects flag column %d", (flagColumn) => {
    expect(() => checkHighlight({ ...rule, flagColumn }, block)).toThrow(
      new Error(`flagColumn must be a whole number from 0 to 9 (a column of Ark!A3:J40); got ${flagColumn}`),
    );
  });

  it("rejects a bad fill", () => {
    expect(() => checkHighlight({ ...rule, fill: "yellow" }, block)).toThrow(new Error('fill must be a colour "#RRGGBB"; got "yellow"'));
  });

  it("takes a text of up to 255 characters, as a formula does", () => {
    expect(() => checkHighlight({ ...rule, equals: "x".repeat(255) }, block)).not.toThrow();
    expect(() => checkHighlight({ ...rule, equals: "x".repeat(256) }, block)).toThrow(
      new Error("equals may have at most 255 characters; it has 256"),
    );
  });
});

describe("parseAnchor", () => {
  it.each([
    { anchor: "K16", cell: { row: 15, column: 10 } },
    { anchor: "$a$1", cell: { row: 0, column: 0 } },
    { anchor: "K16:K16", cell: { row: 15, column: 10 } },
  ])("$anchor is $cell", ({ anchor, cell }) => {
    expect(parseAnchor(anchor)).toEqual(cell);
  });

  it.each(["K16:L20", "Ark!K16", "", "16K"])("rejects %j", (anchor) => {
    expect(() => parseAnchor(anchor)).toThrow(new Error(`a chart's anchor must be one cell such as "K16"; got "${anchor}"`));
  });
});

describe("checkChartTitle", () => {
  it.each(["", "  "])("rejects %j", (title) => {
    expect(() => checkChartTitle(title)).toThrow(
      new Error("a chart needs a title: the title names it, and a new chart replaces the one of that title"),
    );
  });
});
