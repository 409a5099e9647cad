import { describe, expect, it } from "vitest";
import {
  blockAddress,
  cellName,
  columnIndex,
  columnName,
  parseBlock,
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

  it.each(["", "1A", "Sheet!", "A1:B2:C3", "!A1", "''!A1", "A", "A0x", "ABCD1", "A12345678", "A1:"])(
    "%j is no address",
    (text) => {
      expect(parseBlock(text)).toBeNull();
    },
  );
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
