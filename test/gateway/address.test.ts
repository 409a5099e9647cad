import { describe, expect, it } from "vitest";
import { failure } from "../core/failure";
import {
  blockAddress,
  cellName,
  columnIndex,
  columnName,
  parseBlock,
  parseRef,
  quoteSheet,
  withSheet,
  type BlockRef,
} from "../../addin/gateway/address";

/** A parsed block written back as an address. */
function format(block: BlockRef): string {
  const rows = block.end.row - block.start.row + 1;
  const columns = block.end.column - block.start.column + 1;
  return withSheet(block.sheet, blockAddress(block.start, rows, columns));
}

describe("parseBlock", () => {
  it.each([
    {
      text: "Budget!B2:M21",
      block: { sheet: "Budget", start: { row: 1, column: 1 }, end: { row: 20, column: 12 } },
      formatted: "Budget!B2:M21",
    },
    {
      text: "'Min side'!A1",
      block: { sheet: "Min side", start: { row: 0, column: 0 }, end: { row: 0, column: 0 } },
      formatted: "'Min side'!A1",
    },
    { text: "c7", block: { sheet: null, start: { row: 6, column: 2 }, end: { row: 6, column: 2 } }, formatted: "C7" },
    { text: "A1:A1", block: { sheet: null, start: { row: 0, column: 0 }, end: { row: 0, column: 0 } }, formatted: "A1" },
    {
      text: "$C$3:A1",
      block: { sheet: null, start: { row: 0, column: 0 }, end: { row: 2, column: 2 } },
      formatted: "A1:C3",
    },
    {
      text: "'It''s'!XFD1048576",
      block: { sheet: "It's", start: { row: 1048575, column: 16383 }, end: { row: 1048575, column: 16383 } },
      formatted: "'It''s'!XFD1048576",
    },
    {
      text: "Drift 2025!AA10",
      block: { sheet: "Drift 2025", start: { row: 9, column: 26 }, end: { row: 9, column: 26 } },
      formatted: "'Drift 2025'!AA10",
    },
  ])("$text parses and formats as $formatted", ({ text, block, formatted }) => {
    const parsed = parseBlock(text);
    expect(parsed).toEqual(block);
    expect(format(block)).toBe(formatted);
    expect(parseBlock(formatted)).toEqual(block);
  });

  it.each(["", "1A", "Sheet!", "A1:B2:C3", "!A1", "''!A1", "A", "A0x", "ABCD1", "A12345678", "A1:", "A0", "B0:C2"])(
    "%j is no address",
    (text) => {
      expect(parseBlock(text)).toBeNull();
    },
  );
});

describe("parseRef: references as Excel hands over a selection, or a person types one", () => {
  const ALL_ROWS = 1_048_575;
  const ALL_COLUMNS = 16_383;
  it.each([
    { text: "Budget!B2:M21", ref: { sheet: "Budget", start: { row: 1, column: 1 }, end: { row: 20, column: 12 }, whole: null } },
    { text: "Budget!A:D", ref: { sheet: "Budget", start: { row: 0, column: 0 }, end: { row: ALL_ROWS, column: 3 }, whole: "columns" } },
    { text: "'Min side'!$D:$a", ref: { sheet: "Min side", start: { row: 0, column: 0 }, end: { row: ALL_ROWS, column: 3 }, whole: "columns" } },
    { text: "B:B", ref: { sheet: null, start: { row: 0, column: 1 }, end: { row: ALL_ROWS, column: 1 }, whole: "columns" } },
    { text: "Budget!3:40", ref: { sheet: "Budget", start: { row: 2, column: 0 }, end: { row: 39, column: ALL_COLUMNS }, whole: "rows" } },
    { text: "Budget!1:1048576", ref: { sheet: "Budget", start: { row: 0, column: 0 }, end: { row: ALL_ROWS, column: ALL_COLUMNS }, whole: "rows" } },
    { text: " Budget!A1:D20 ", ref: { sheet: "Budget", start: { row: 0, column: 0 }, end: { row: 19, column: 3 }, whole: null } },
  ])("$text", ({ text, ref }) => {
    expect(parseRef(text)).toEqual(ref);
  });

  const invalid = (text: string) => ({
    text,
    code: "ADDRESS_INVALID",
    en: `"${text.trim()}" is not a cell address such as Budget!A1:D20`,
    da: `"${text.trim()}" er ikke en celleadresse som Budget!A1:D20`,
  });
  it.each([
    invalid("Budget"),
    invalid("Tabel1[#All]"),
    invalid("Budget!A:XFE"),
    invalid("Budget!0:3"),
    invalid("Budget!1:1048577"),
    invalid("A1:B2:C3"),
    invalid(""),
    {
      text: "Budget!A1:B2,Budget!D1:E2",
      code: "SELECTION_AREAS",
      en: "the selection has 2 separate areas (Budget!A1:B2,Budget!D1:E2); select one block of cells",
      da: "markeringen består af 2 adskilte områder (Budget!A1:B2,Budget!D1:E2); markér én sammenhængende blok af celler",
    },
    {
      text: "'Drift, 2025'!A1:B2,C3,D4:E5",
      code: "SELECTION_AREAS",
      en: "the selection has 3 separate areas ('Drift, 2025'!A1:B2,C3,D4:E5); select one block of cells",
      da: "markeringen består af 3 adskilte områder ('Drift, 2025'!A1:B2,C3,D4:E5); markér én sammenhængende blok af celler",
    },
  ])("refuses $text in both languages", ({ text, code, en, da }) => {
    expect(failure(() => parseRef(text))).toEqual({ code, kind: "value", en, da });
  });

  it("reads a quoted sheet name with a comma as one area", () => {
    expect(parseRef("'Drift, 2025'!A1:B2").sheet).toBe("Drift, 2025");
  });
});

describe("column names", () => {
  it.each([
    { index: 0, name: "A" },
    { index: 25, name: "Z" },
    { index: 26, name: "AA" },
    { index: 701, name: "ZZ" },
    { index: 702, name: "AAA" },
    { index: 16383, name: "XFD" },
  ])("column $index is $name", ({ index, name }) => {
    expect(columnName(index)).toBe(name);
    expect(columnIndex(name)).toBe(index);
    expect(columnIndex(name.toLowerCase())).toBe(index);
  });

  it("names cells", () => {
    expect(cellName({ row: 0, column: 0 })).toBe("A1");
    expect(cellName({ row: 20, column: 12 })).toBe("M21");
  });
});

describe("quoteSheet", () => {
  it.each([
    { sheet: "Budget", quoted: "Budget" },
    { sheet: "Budget_2025.v2", quoted: "Budget_2025.v2" },
    { sheet: "Min side", quoted: "'Min side'" },
    { sheet: "2025", quoted: "'2025'" },
    { sheet: "It's", quoted: "'It''s'" },
    { sheet: "Løn", quoted: "'Løn'" },
  ])("$sheet is written $quoted", ({ sheet, quoted }) => {
    expect(quoteSheet(sheet)).toBe(quoted);
  });

  it("leaves an address without sheet alone", () => {
    expect(withSheet(null, "B2:M21")).toBe("B2:M21");
  });
});
