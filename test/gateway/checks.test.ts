// The input checks both gateways share: sheet names as Excel allows them, highlight rules, chart
// anchors and titles, each bad input with its exact message.

import { describe, expect, it } from "vitest";
import { parseBlock, type BlockRef } from "../../addin/gateway/address";
import { checkChartTitle, checkFill, checkHighlight, checkSheetName, parseAnchor } from "../../addin/gateway/checks";

describe("checkSheetName", () => {
  it.each(["Prognose", "A", "x".repeat(31), "Min side", "Prognose 2026 (kopi)", "Bob's", "Æblegrød-ØÅ", "Historik", "History 2", "#1"])(
    "accepts %j",
    (name) => {
      expect(() => checkSheetName(name)).not.toThrow();
    },
  );

  it.each([
    { name: "", message: 'a sheet name must have 1 to 31 characters; "" has 0' },
    { name: "x".repeat(32), message: `a sheet name must have 1 to 31 characters; "${"x".repeat(32)}" has 32` },
    { name: "Q1:Q2", message: 'sheet name "Q1:Q2" contains ":"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "a\\b", message: 'sheet name "a\\b" contains "\\"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "1/2", message: 'sheet name "1/2" contains "/"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "Why?", message: 'sheet name "Why?" contains "?"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "*", message: 'sheet name "*" contains "*"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "[x", message: 'sheet name "[x" contains "["; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "x]", message: 'sheet name "x]" contains "]"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "'Prognose", message: `sheet name "'Prognose" begins or ends with an apostrophe, which Excel does not allow` },
    { name: "Prognose'", message: `sheet name "Prognose'" begins or ends with an apostrophe, which Excel does not allow` },
    { name: "'", message: `sheet name "'" begins or ends with an apostrophe, which Excel does not allow` },
    { name: "History", message: '"History" is a name Excel reserves and cannot name a sheet' },
    { name: "history", message: '"history" is a name Excel reserves and cannot name a sheet' },
  ])("rejects $name", ({ name, message }) => {
    expect(() => checkSheetName(name)).toThrow(new Error(message));
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
