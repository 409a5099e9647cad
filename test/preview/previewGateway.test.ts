// The preview gateway on a real PreviewWorkbook (HyperFormula): sheets added, live highlight rules,
// charts replaced by title, formats; bad input rejected with the same messages as in Excel.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { rejection } from "../core/failure";

function setup() {
  const book = new PreviewWorkbook(
    createEngine({
      Budget: [["Konto", "Beløb"], ["Løn", 1000]],
      Prognose: [
        ["Konto", "Prognose", "Afvigelse", "Flag"],
        ["Løn", 1_234_567.5, 0.1234, "Ja"],
        ["Drift", 20_000, -0.01, "Nej"],
        ["Medicin", 5_000, 0.5, "ja"],
        ["Service", 1, 2, 1],
        ["Indtægter", -1, -2, null],
      ],
    }),
  );
  let notified = 0;
  book.subscribe(() => notified++);
  return { book, gateway: new PreviewGateway(book), notified: () => notified };
}

const at = (ref: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  return { row: Number(m[2]) - 1, column: m[1].charCodeAt(0) - 65 };
};

describe("readUsed", () => {
  it("reads from A1 to the last value, any case of the name; null for a missing or emptied sheet", async () => {
    const { gateway } = setup();
    await gateway.ensureSheet("Rapport");
    expect(await gateway.readUsed("Rapport")).toBeNull();
    expect(await gateway.readUsed("Findes ikke")).toBeNull();
    await gateway.writeRange("Rapport!B2", [["x", null, 3], [null, null, null]]);
    expect(await gateway.readUsed("rapport")).toEqual({ sheet: "Rapport", address: "A1:D2", row: 0, column: 0, values: [[null, null, null, null], [null, "x", null, 3]] });
    // emptied cells do not count
    await gateway.writeRange("Rapport!D2", [[""]]);
    expect((await gateway.readUsed("Rapport"))?.address).toBe("A1:B2");
    await gateway.writeRange("Rapport!B2", [[""]]);
    expect(await gateway.readUsed("Rapport")).toBeNull();
  });
});

describe("readRange", () => {
  it("reads an error cell as an error value, as Excel's runtime hands it to a function", async () => {
    const { gateway } = setup();
    await gateway.writeRange("Budget!C1", [[{ formula: "=NA()" }], [{ formula: "=1/0" }], ["#N/A"]]);
    expect((await gateway.readRange("Budget!C1:C3")).values).toEqual([[{ error: "#N/A" }], [{ error: "#DIV/0!" }], ["#N/A"]]);
  });
});

describe("ensureSheet", () => {
  it("adds a sheet, shown among the sheets, and notifies", async () => {
    const { book, gateway, notified } = setup();
    expect(await gateway.ensureSheet("Prognoserapport")).toBe(true);
    expect(book.engine.getSheetNames()).toEqual(["Budget", "Prognose", "Prognoserapport"]);
    expect(notified()).toBe(1);
    await gateway.writeRange("Prognoserapport!A1", [["Konto", 12]]);
    expect((await gateway.readRange("Prognoserapport!A1:B1")).values).toEqual([["Konto", 12]]);
  });

  it("leaves a sheet of that name, whatever the case", async () => {
    const { book, gateway, notified } = setup();
    expect(await gateway.ensureSheet("PROGNOSE")).toBe(false);
    expect(book.engine.getSheetNames()).toEqual(["Budget", "Prognose"]);
    expect(notified()).toBe(0);
  });

  it.each([
    { name: "", en: 'a sheet name must have 1 to 31 characters; "" has 0' },
    { name: "x".repeat(32), en: `a sheet name must have 1 to 31 characters; "${"x".repeat(32)}" has 32` },
    { name: "Q1/Q2", en: 'sheet name "Q1/Q2" contains "/"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "Prognose'", en: `sheet name "Prognose'" begins or ends with an apostrophe, which Excel does not allow` },
    { name: "Prognose\n2026", en: 'sheet name "Prognose·2026" contains a control character (U+000A, such as a line break or a tab), which Excel does not allow' },
    { name: "History", en: '"History" is a name Excel reserves and cannot name a sheet' },
  ])("rejects $name as Excel does", async ({ name, en }) => {
    const { book, gateway } = setup();
    expect((await rejection(() => gateway.ensureSheet(name))).en).toBe(en);
    expect(book.engine.getSheetNames()).toEqual(["Budget", "Prognose"]);
  });
});

describe("highlight", () => {
  const rule = { range: "Prognose!A2:D6", flagColumn: 3, equals: "Ja", fill: "#FFC7CE" };

  it("fills the rows whose flag equals the text, ignoring case, as Excel compares text", async () => {
    const { book, gateway, notified } = setup();
    await gateway.highlight(rule);
    expect(notified()).toBe(1);
    const filled = (row: number) => [0, 1, 2, 3].map((column) => book.highlightAt("Prognose", { row, column }));
    expect(filled(1)).toEqual(Array(4).fill("#FFC7CE"));
    expect(filled(2)).toEqual(Array(4).fill(null));
    expect(filled(3)).toEqual(Array(4).fill("#FFC7CE"));
    expect(filled(4)).toEqual(Array(4).fill(null)); // the number 1 is no text
    expect(filled(5)).toEqual(Array(4).fill(null)); // empty is not "Ja"
    // outside the range: the header row, the column after it, another sheet
    expect(book.highlightAt("Prognose", at("A1"))).toBeNull();
    expect(book.highlightAt("Prognose", at("E2"))).toBeNull();
    expect(book.highlightAt("Budget", at("A2"))).toBeNull();
  });

  it("is live: editing the flag cell changes the fill", async () => {
    const { book, gateway } = setup();
    await gateway.highlight(rule);
    book.type("Prognose", at("D3"), "JA");
    book.type("Prognose", at("D2"), "Nej");
    expect(book.highlightAt("Prognose", at("B3"))).toBe("#FFC7CE");
    expect(book.highlightAt("Prognose", at("B2"))).toBeNull();
    await gateway.writeRange("Prognose!D6", [[{ formula: '=IF(B6<0,"Ja","Nej")' }]]);
    expect(book.highlightAt("Prognose", at("A6"))).toBe("#FFC7CE");
  });

  it("matches an empty flag cell to an empty text, and never an error value", async () => {
    const { book, gateway } = setup();
    await gateway.writeRange("Prognose!D5", [[{ formula: "=1/0" }]]);
    await gateway.highlight({ ...rule, equals: "" });
    expect(book.highlightAt("Prognose", at("A6"))).toBe("#FFC7CE");
    expect(book.highlightAt("Prognose", at("A5"))).toBeNull();
    await gateway.highlight({ ...rule, equals: "#DIV/0!" });
    expect(book.highlightAt("Prognose", at("A5"))).toBeNull();
  });

  it("replaces the rule on exactly that range, and keeps rules on other ranges", async () => {
    const { book, gateway } = setup();
    await gateway.highlight(rule);
    await gateway.highlight({ ...rule, range: "prognose!$D$6:A2", equals: "Nej", fill: "#FFEB9C" });
    await gateway.highlight({ range: "Budget!A2:B2", flagColumn: 0, equals: "Løn", fill: "#C6EFCE" });
    expect(book.highlights.map((h) => [h.block.sheet, h.equals, h.fill])).toEqual([
      ["Prognose", "Nej", "#FFEB9C"],
      ["Budget", "Løn", "#C6EFCE"],
    ]);
    expect(book.highlightAt("Prognose", at("A2"))).toBeNull();
    expect(book.highlightAt("Prognose", at("A3"))).toBe("#FFEB9C");
    expect(book.highlightAt("Budget", at("B2"))).toBe("#C6EFCE");
  });

  it("lets the newest of overlapping rules win, as Excel puts a new rule on top", async () => {
    const { book, gateway } = setup();
    await gateway.highlight(rule);
    await gateway.highlight({ range: "Prognose!A2:B2", flagColumn: 0, equals: "Løn", fill: "#C6EFCE" });
    // newest, but its flag (column B, a number) never matches: the older rules decide
    await gateway.highlight({ range: "Prognose!B2:B3", flagColumn: 0, equals: "x", fill: "#000000" });
    expect(book.highlightAt("Prognose", at("B2"))).toBe("#C6EFCE");
    expect(book.highlightAt("Prognose", at("C2"))).toBe("#FFC7CE");
    expect(book.highlightAt("Prognose", at("B3"))).toBeNull();
  });

  it.each([
    { change: { range: "Prognose!A2:D" }, message: '"Prognose!A2:D" is not a cell address such as Budget!A1:D20' },
    { change: { range: "Nope!A2:D6" }, message: 'there is no sheet named "Nope"' },
    { change: { fill: "#FFC7CEFF" }, message: 'fill must be a colour "#RRGGBB"; got "#FFC7CEFF"' },
    { change: { flagColumn: 4 }, message: "flagColumn must be a whole number from 0 to 3 (a column of Prognose!A2:D6); got 4" },
    { change: { flagColumn: 0.5 }, message: "flagColumn must be a whole number from 0 to 3 (a column of Prognose!A2:D6); got 0.5" },
  ])("rejects $change", async ({ change, message }) => {
    const { book, gateway, notified } = setup();
    await expect(gateway.highlight({ ...rule, ...change })).rejects.toThrow(message);
    expect(book.highlights).toEqual([]);
    expect(notified()).toBe(0);
  });
});

describe("addChart", () => {
  it("replaces the chart of the same title on the same sheet, and keeps the anchor", async () => {
    const { book, gateway } = setup();
    await gateway.addChart({ range: "Prognose!A1:B6", title: "Prognose", kind: "column" });
    await gateway.addChart({ range: "Budget!A1:B2", title: "Prognose", kind: "column" });
    await gateway.addChart({ range: "Prognose!A1:B6", title: "Afvigelse", kind: "column" });
    await gateway.addChart({ range: "prognose!A1:C6", title: "Prognose", kind: "line", anchor: "K16" });
    expect(book.charts).toEqual([
      { range: "Budget!A1:B2", title: "Prognose", kind: "column", sheet: "Budget" },
      { range: "Prognose!A1:B6", title: "Afvigelse", kind: "column", sheet: "Prognose" },
      { range: "prognose!A1:C6", title: "Prognose", kind: "line", anchor: "K16", sheet: "Prognose" },
    ]);
  });

  it.each([
    { chart: { range: "Nope!A1:B2", title: "T", kind: "line" as const }, message: 'there is no sheet named "Nope"' },
    {
      chart: { range: "Prognose!A1:B2", title: "", kind: "line" as const },
      message: "a chart needs a title: the title names it, and a new chart replaces the one of that title",
    },
    {
      chart: { range: "Prognose!A1:B2", title: "T", kind: "line" as const, anchor: "Prognose!K16" },
      message: 'a chart\'s anchor must be one cell such as "K16"; got "Prognose!K16"',
    },
  ])("rejects $chart", async ({ chart, message }) => {
    const { book, gateway } = setup();
    await expect(gateway.addChart(chart)).rejects.toThrow(message);
    expect(book.charts).toEqual([]);
  });
});

describe("formatRange", () => {
  it("gives each cell of the block the format, the latest setting of each property winning", async () => {
    const { book, gateway, notified } = setup();
    await gateway.formatRange("Prognose!B2:B6", { numberFormat: "#,##0" });
    await gateway.formatRange("Prognose!A1:D1", { bold: true });
    await gateway.formatRange("Prognose!B1:B3", { numberFormat: "0.0%", bold: false });
    expect(notified()).toBe(3);
    expect(book.formatAt("Prognose", at("B5"))).toEqual({ numberFormat: "#,##0" });
    expect(book.formatAt("Prognose", at("A1"))).toEqual({ bold: true });
    expect(book.formatAt("Prognose", at("B1"))).toEqual({ numberFormat: "0.0%", bold: false });
    expect(book.formatAt("Prognose", at("B2"))).toEqual({ numberFormat: "0.0%", bold: false });
    expect(book.formatAt("Prognose", at("E1"))).toEqual({});
    expect(book.formatAt("Budget", at("B2"))).toEqual({});
  });

  it("keeps one format per cell, so a report written again does not pile formats up", async () => {
    const { book, gateway } = setup();
    for (let run = 0; run < 3; run++) {
      await gateway.formatRange("Prognose!B2:B6", { numberFormat: "#,##0" });
      await gateway.formatRange("Prognose!C2:C6", { numberFormat: "0.0%" });
      await gateway.formatRange("Prognose!A1:D1", { bold: true });
    }
    // "General" is no format at all, as in Excel
    await gateway.formatRange("Prognose!A1:D6", { numberFormat: "General", bold: false });
    for (const cell of ["A1", "B2", "C6", "D6"]) expect(book.formatAt("Prognose", at(cell))).toEqual({ bold: false });
  });

  it("keeps what a later format does not set", async () => {
    const { book, gateway } = setup();
    await gateway.formatRange("Prognose!B2:B6", { numberFormat: "#,##0", bold: true });
    await gateway.formatRange("Prognose!B2:B6", { bold: false });
    await gateway.formatRange("Prognose!B2:B3", { numberFormat: "0.0%" });
    expect(book.formatAt("Prognose", at("B2"))).toEqual({ numberFormat: "0.0%", bold: false });
    expect(book.formatAt("Prognose", at("B6"))).toEqual({ numberFormat: "#,##0", bold: false });
  });

  it("does nothing when the format sets nothing", async () => {
    const { book, gateway, notified } = setup();
    await gateway.formatRange("Prognose!A1:D6", {});
    expect(book.formatAt("Prognose", at("A1"))).toEqual({});
    expect(notified()).toBe(0);
  });

  it.each([
    { ref: "Prognose!1B", message: '"Prognose!1B" is not a cell address such as Budget!A1:D20' },
    { ref: "Nope!A1", message: 'there is no sheet named "Nope"' },
  ])("rejects $ref", async ({ ref, message }) => {
    const { gateway } = setup();
    await expect(gateway.formatRange(ref, { bold: true })).rejects.toThrow(message);
  });
});

describe("what Excel does that the write journal relies on", () => {
  it("spills a formula written beside the cells it empties, in one write, as Excel does", async () => {
    const { book, gateway } = setup();
    await gateway.writeRange("Budget!C1", [[1, 2, 3]]);
    await gateway.writeRange("Budget!C1", [[{ formula: "=SEQUENCE(1,3,10)" }, "", ""]]);
    expect([2, 3, 4].map((column) => book.value("Budget", { row: 0, column }))).toEqual([10, 11, 12]);
    // a cell left as it is (null) in the spill's area stays free for it
    await gateway.writeRange("Budget!D1", [[null]]);
    expect(book.value("Budget", { row: 0, column: 3 })).toBe(11);
  });

  it("snapshots a spilled cell as empty and its formula as the formula, and restores both", async () => {
    const { book, gateway } = setup();
    await gateway.writeRange("Budget!C1", [[{ formula: "=SEQUENCE(1,3)" }, "", ""]]);
    await gateway.formatRange("Budget!D1", { numberFormat: "#,##0" });
    const snapshot = await gateway.snapshot("Budget!C1:E1");
    expect(snapshot).toEqual({ sheet: "Budget", address: "C1:E1", row: 0, column: 2, cells: [[{ formula: "=SEQUENCE(1,3)" }, "", ""]], numberFormats: [["General", "#,##0", "General"]], spilled: [[false, true, true]] });
    await gateway.writeRange("Budget!C1", [["x", "'y", 5]]);
    await gateway.restore(snapshot as NonNullable<typeof snapshot>);
    expect([2, 3, 4].map((column) => book.value("Budget", { row: 0, column }))).toEqual([1, 2, 3]);
    expect(book.formatAt("Budget", { row: 0, column: 3 })).toEqual({ numberFormat: "#,##0" });
    expect(await gateway.snapshot("Nope!A1")).toBeNull();
  });

  it("keeps a mark on its block when rows are inserted above or deleted, and when the sheet is renamed", async () => {
    const { book, gateway } = setup();
    await gateway.setMark("Prognose", "BudgetForecastReport", "A2:D6", '{"run":1}');
    book.shiftRows("Prognose", 0, 2);
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([{ sheet: "Prognose", address: "A4:D8", comment: '{"run":1}' }]);
    book.shiftRows("Prognose", 3, -1);
    book.renameSheet("Prognose", "Prognose maj");
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([{ sheet: "Prognose maj", address: "A4:D7", comment: '{"run":1}' }]);
    await gateway.setMark("Prognose maj", "BudgetForecastReport", null);
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([]);
  });

  it("reads whole columns and rows as their used part, and says so when they hold nothing", async () => {
    const { gateway } = setup();
    expect((await gateway.readRange("Prognose!B:C")).address).toBe("B1:C6");
    expect((await gateway.readRange("Budget!2:2")).values).toEqual([["Løn", 1000]]);
    expect((await rejection(() => gateway.readRange("Budget!F:G"))).en).toBe("Budget!F:G holds no values; select the cells of the table");
  });
});

describe("typeBlock", () => {
  it("types a block as a person would, each cell as typed, in one change", async () => {
    const { book, gateway, notified } = setup();
    const before = notified();
    book.typeBlock("Budget", at("A2"), [
      ["Drift", "-3.75", "=B2*2"],
      ["", " 12 ", "007 Konto"],
    ]);
    expect(notified() - before).toBe(1);
    expect((await gateway.readRange("Budget!A2:C3")).values).toEqual([
      ["Drift", -3.75, -7.5],
      [null, 12, "007 Konto"],
    ]);
  });

  it("writes nothing for an empty block", () => {
    const { book, notified } = setup();
    book.typeBlock("Budget", at("A1"), []);
    book.typeBlock("Budget", at("A1"), [[]]);
    expect(notified()).toBe(0);
  });
});
