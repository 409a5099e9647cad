// The Office.js gateway against office-addin-mock: a fake Excel whose proxies are OfficeMockObjects
// (so a property read before load + sync is an error value, and load of an unknown property
// throws), with context.sync counted and a request/response payload limit like Excel on the web.
import { describe, expect, it } from "vitest";
import {
  MAX_ROWS,

  PAYLOAD_BUDGET_BYTES,
  READ_CELLS_PER_SYNC,
  chunkRows,

  type WireCell,
} from "../../addin/gateway/office";
import type { CellInput } from "../../addin/gateway/types";
import { FakeExcel, type Grid } from "./fakeExcel";

/** rows x columns of distinct amounts with decimals. */
function amounts(rows: number, columns: number): number[][] {
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => (r * columns + c) * 1000 + 0.25));
}

describe("getSelection", () => {
  it("returns the address as Excel gives it, in one sync", async () => {
    const excel = new FakeExcel({ Sheet1: [] }, "Sheet1", "Sheet1!A1:D21");
    expect(await excel.gateway().getSelection()).toBe("Sheet1!A1:D21");
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("keeps a quoted sheet name", async () => {
    const excel = new FakeExcel({ "Min side": [] }, "Min side", "'Min side'!B2");
    expect(await excel.gateway().getSelection()).toBe("'Min side'!B2");
  });
});

describe("readRange", () => {
  const budget: Grid = [
    ["Konto", "Jan", null],
    [4711, 1234.5, true],
    ["#N/A", "", false],
  ];

  it("maps blanks to null and keeps text, numbers, booleans and error values", async () => {
    const excel = new FakeExcel({ Budget: budget, Drift: [] }, "Drift");
    expect(await excel.gateway().readRange("Budget!A1:C3")).toEqual({
      sheet: "Budget",
      address: "A1:C3",
      row: 0,
      column: 0,
      values: [
        ["Konto", "Jan", null],
        [4711, 1234.5, true],
        [{ error: "#N/A" }, null, false],
      ],
    });
    expect(excel.log).toEqual(["getItem Budget", "getRange Budget A1:C3"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("reports the block's position", async () => {
    const excel = new FakeExcel({ Budget: budget }, "Budget");
    expect(await excel.gateway().readRange("Budget!$B$2:C3")).toEqual({
      sheet: "Budget",
      address: "B2:C3",
      row: 1,
      column: 1,
      values: [
        [1234.5, true],
        [null, false],
      ],
    });
    expect(excel.log).toEqual(["getItem Budget", "getRange Budget B2:C3"]);
  });

  it("reads the active sheet when the address names none", async () => {
    const excel = new FakeExcel({ Budget: [], Drift: budget }, "Drift");
    expect(await excel.gateway().readRange("b2")).toEqual({
      sheet: "Drift",
      address: "B2",
      row: 1,
      column: 1,
      values: [[1234.5]],
    });
    expect(excel.log).toEqual(["getActiveWorksheet", "getRange Drift B2"]);
  });

  it("resolves a quoted sheet name and strips it from the address", async () => {
    const excel = new FakeExcel({ Budget: [], "Min side": budget }, "Budget");
    const data = await excel.gateway().readRange("'Min side'!A1:B1");
    expect(data).toEqual({ sheet: "Min side", address: "A1:B1", row: 0, column: 0, values: [["Konto", "Jan"]] });
    expect(excel.log).toEqual(["getItem Min side", "getRange Min side A1:B1"]);
  });

  it("names the sheet as Excel spells it and normalises the block", async () => {
    const excel = new FakeExcel({ Budget: budget }, "Budget");
    const data = await excel.gateway().readRange("budget!C3:A2");
    expect(data.sheet).toBe("Budget");
    expect(data.address).toBe("A2:C3");
    expect(excel.log).toEqual(["getItem budget", "getRange Budget A2:C3"]);
  });

  it("rejects a text that is no address without calling Excel", async () => {
    const excel = new FakeExcel({ Budget: budget }, "Budget");
    await expect(excel.gateway().readRange("1A")).rejects.toThrow('"1A" is not a cell address such as Budget!A1:D20');
    expect(excel.runs).toBe(0);
  });

  it("rejects a block that runs off the sheet without calling Excel", async () => {
    const excel = new FakeExcel({ Budget: budget }, "Budget");
    await expect(excel.gateway().readRange(`A${MAX_ROWS}:A${MAX_ROWS + 1}`)).rejects.toThrow(
      "A1048576:A1048577 does not fit on a worksheet",
    );
    expect(excel.runs).toBe(0);
  });

  it("passes Excel's error for a missing sheet on, without retrying", async () => {
    const excel = new FakeExcel({ Budget: budget }, "Budget");
    await expect(excel.gateway().readRange("Nope!A1")).rejects.toMatchObject({ code: "ItemNotFound" });
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });
});

describe("writeRange", () => {
  it("writes formulas, values and sanitised text exactly, and leaves null cells alone", async () => {
    const excel = new FakeExcel({ Budget: [[], [], [], [null, null, null, "keep"]], Drift: [] }, "Drift");
    const cells: CellInput[][] = [
      [{ formula: "=SUM(B2:M2)" }, 1234.5, true, "=SUM(A1)"],
      ["+45", "-x", "@x", "'quoted"],
      ["Drift", "", null, false],
    ];
    await excel.gateway().writeRange("Budget!B2", cells);
    expect(excel.writes).toEqual([
      {
        sheet: "Budget",
        address: "B2:E4",
        formulas: [
          ["=SUM(B2:M2)", 1234.5, true, "'=SUM(A1)"],
          ["'+45", "'-x", "'@x", "''quoted"],
          ["'Drift", "", null, false],
        ],
      },
    ]);
    expect(excel.cell("Budget", 3, 3)).toBe("keep");
    // the apostrophe keeps "Drift" text and is not part of the value
    expect(excel.cell("Budget", 3, 1)).toBe("Drift");
    expect(excel.log).toEqual(["getItem Budget", "getRange Budget B2:E4"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("writes on the active sheet when the address names none", async () => {
    const excel = new FakeExcel({ Budget: [], Drift: [] }, "Drift");
    await excel.gateway().writeRange("E1", [[1], [2]]);
    expect(excel.writes).toEqual([{ sheet: "Drift", address: "E1:E2", formulas: [[1], [2]] }]);
    expect(excel.log).toEqual(["getActiveWorksheet", "getRange Drift E1:E2"]);
  });

  it("writes a single cell at its own address", async () => {
    const excel = new FakeExcel({ "Min side": [] }, "Min side");
    await excel.gateway().writeRange("'Min side'!C7", [["=x"]]);
    expect(excel.writes).toEqual([{ sheet: "Min side", address: "C7", formulas: [["'=x"]] }]);
  });

  it("rejects ragged rows before anything is written", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await expect(excel.gateway().writeRange("Budget!A1", [[1, 2], [3]])).rejects.toThrow("rows must have equal length");
    await expect(excel.gateway().writeRange("Budget!A1", [[], [3]])).rejects.toThrow("rows must have equal length");
    expect(excel.runs).toBe(0);
  });

  it("rejects a number a cell cannot hold, naming the cell, before anything is written", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await expect(excel.gateway().writeRange("Budget!B1", [[1, 2], [3, Number.NaN]])).rejects.toThrow(
      "the number for C2 is not a number, which no cell can hold",
    );
    await expect(excel.gateway().writeRange("Budget!A1", [[Infinity]])).rejects.toThrow(
      "the number for A1 is infinite, which no cell can hold",
    );
    expect(excel.runs).toBe(0);
  });

  it("rejects a block that runs off the sheet before anything is written", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await expect(excel.gateway().writeRange(`Budget!A${MAX_ROWS}`, [[1], [2]])).rejects.toThrow(
      "A1048576:A1048577 does not fit on a worksheet",
    );
    await expect(excel.gateway().writeRange("Budget!XFD1", [[1, 2]])).rejects.toThrow("XFD1:XFE1 does not fit on a worksheet");
    await expect(excel.gateway().writeRange("Budget!", [[1]])).rejects.toThrow('"Budget!" is not a cell address such as Budget!A1:D20');
    expect(excel.runs).toBe(0);
  });

  it("does nothing for an empty block", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await excel.gateway().writeRange("Budget!A1", []);
    await excel.gateway().writeRange("Budget!A1", [[], []]);
    expect(excel.runs).toBe(0);
  });
});

describe("round trips", () => {
  it("writes and reads 10 rows x 12 in one sync each", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    const months = amounts(10, 12);
    await excel.gateway().writeRange("Budget!B2", months);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
    const data = await excel.gateway().readRange("Budget!B2:M11");
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
    expect(data.values).toEqual(months);
  });

  it("writes and reads 10,000 rows x 12 in one sync each, as for 10 rows", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    const months = amounts(10_000, 12);
    await excel.gateway().writeRange("Budget!B2", months);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
    expect(excel.writes.map((write) => write.address)).toEqual(["B2:M10001"]);
    const data = await excel.gateway().readRange("Budget!B2:M10001");
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
    expect(data.address).toBe("B2:M10001");
    expect(data.values).toEqual(months);
  });

  it("splits a write over the payload budget into the chunks chunkRows gives, each under the budget", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    // 40 characters, 42 as JSON; a row is 12 x 42 + 11 commas + 2 brackets = 517 bytes and n rows
    // 518n + 1, so 7,722 rows per chunk (3,999,997 bytes): 12 full chunks and one of 7,336 rows.
    const formula = "=" + "1+".repeat(19) + "1";
    expect(formula.length).toBe(40);
    const cells: CellInput[][] = Array.from({ length: 100_000 }, () => Array.from({ length: 12 }, () => ({ formula })));
    const wire = cells.map((row) => row.map(() => formula));
    const chunks = chunkRows(wire, PAYLOAD_BUDGET_BYTES);
    expect(chunks.map((chunk) => chunk.length)).toEqual([...Array<number>(12).fill(7722), 7336]);

    // the progress is told after each sync, with the rows written so far
    const told: [number, number][] = [];
    await excel.gateway().writeRange("Budget!A1", cells, (rows) => void told.push([rows, excel.syncs]));
    expect(told).toEqual(Array.from({ length: 13 }, (_, i) => [Math.min((i + 1) * 7722, 100_000), i + 1]));
    expect([excel.runs, excel.syncs]).toEqual([1, 13]);
    expect(excel.syncs).toBe(chunks.length);
    expect(excel.requestBytes).toEqual([...Array<number>(12).fill(3_999_997), 518 * 7336 + 1]);
    expect(Math.max(...excel.requestBytes)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(excel.writes.map((write) => write.address)).toEqual(
      Array.from({ length: 13 }, (_, i) => `A${i * 7722 + 1}:L${Math.min((i + 1) * 7722, 100_000)}`),
    );
    expect(excel.writes.flatMap((write) => write.formulas)).toEqual(wire);
  }, 30_000);

  it("splits a read over READ_CELLS_PER_SYNC cells into syncs of whole rows", async () => {
    expect(READ_CELLS_PER_SYNC).toBe(200_000);
    const grid = amounts(25_000, 20);
    const excel = new FakeExcel({ Budget: grid }, "Budget");
    const data = await excel.gateway().readRange("Budget!A1:T25000");
    expect([excel.runs, excel.syncs]).toEqual([1, 3]);
    expect(excel.log).toEqual([
      "getItem Budget",
      "getRange Budget A1:T10000",
      "getItem Budget",
      "getRange Budget A10001:T20000",
      "getItem Budget",
      "getRange Budget A20001:T25000",
    ]);
    expect(data).toEqual({ sheet: "Budget", address: "A1:T25000", row: 0, column: 0, values: grid });
  });

  it("keeps reading the sheet that was active at the first sync", async () => {
    const grid = amounts(25_000, 20);
    const excel = new FakeExcel({ Budget: grid, Drift: [] }, "Budget");
    const pending = excel.gateway().readRange("A1:T25000");
    excel.active = "Drift";
    const data = await pending;
    expect(excel.log.filter((entry) => !entry.startsWith("getRange"))).toEqual([
      "getActiveWorksheet",
      "getItem Budget",
      "getItem Budget",
    ]);
    expect(data.values).toEqual(grid);
  });
});

describe("when Excel finds a request too large", () => {
  // 100 rows of two 10-character texts, written with the text apostrophe: a row is 29 bytes, n rows
  // 30n + 1; 50 rows (1,501 bytes) are over a 1,000-byte limit, 25 (751) are not. So: 100 fails,
  // 50 fails, 25, 25, 50 fails, 25, 25.
  const text = (r: number, c: number) => `r${String(r).padStart(4, "0")}c${c}xxx`;
  const rows = Array.from({ length: 100 }, (_, r) => [text(r, 0), text(r, 1)]);

  it("halves a write and retries, in order", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    excel.limitBytes = 1000;
    await excel.gateway().writeRange("Budget!A1", rows);
    expect([excel.runs, excel.syncs]).toEqual([1, 7]);
    expect(excel.requestBytes).toEqual([3001, 1501, 751, 751, 1501, 751, 751]);
    expect(excel.writes.map((write) => write.address)).toEqual(["A1:B25", "A26:B50", "A51:B75", "A76:B100"]);
    expect(excel.writes.flatMap((write) => write.formulas)).toEqual(rows.map((row) => row.map((t) => `'${t}`)));
  });

  it("halves a read and retries, in order", async () => {
    const excel = new FakeExcel({ Budget: rows }, "Budget");
    excel.limitBytes = 1000;
    const data = await excel.gateway().readRange("Budget!A1:B100");
    expect([excel.runs, excel.syncs]).toEqual([1, 7]);
    expect(excel.log.filter((entry) => entry.startsWith("getRange"))).toEqual([
      "getRange Budget A1:B100",
      "getRange Budget A1:B50",
      "getRange Budget A1:B25",
      "getRange Budget A26:B50",
      "getRange Budget A51:B100",
      "getRange Budget A51:B75",
      "getRange Budget A76:B100",
    ]);
    expect(data).toEqual({ sheet: "Budget", address: "A1:B100", row: 0, column: 0, values: rows });
  });

  it("gives up on a single row", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    excel.limitBytes = 20;
    // the write stops with nothing written, and says so
    await expect(excel.gateway().writeRange("Budget!A1", [["x".repeat(30)]])).rejects.toMatchObject({
      name: "PartialWriteError",
      ref: "Budget!A1",
      rowsWritten: 0,
      rows: 1,
      reason: { code: "RequestPayloadSizeLimitExceeded" },
    });
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
    expect(excel.writes).toEqual([]);
  });
});

describe("addChart", () => {
  it("adds a native chart of the block on its sheet, titled and named by its title, in two syncs", async () => {
    const excel = new FakeExcel({ Budget: [], Udmøntning: [] }, "Budget");
    await excel.gateway().addChart({ range: "Udmøntning!A1:B13", title: "Effective rates", kind: "column" });
    expect(excel.log).toEqual([
      "getItem Udmøntning",
      "chart getItemOrNullObject Effective rates",
      "getItem Udmøntning",
      "getRange Udmøntning A1:B13",
      "chart ColumnClustered by Columns",
    ]);
    expect(excel.charts).toEqual([
      { sheet: "Udmøntning", type: "ColumnClustered", name: "Effective rates", title: { text: "Effective rates" } },
    ]);
    expect([excel.runs, excel.syncs]).toEqual([1, 2]);
  });

  it("stacks the series of a stacked column chart and sets the value axis's number format, in the same two syncs", async () => {
    const excel = new FakeExcel({ Enheder: [] }, "Enheder");
    await excel.gateway().addChart({ range: "Enheder!I1:L18", title: "Rates by level", kind: "stackedColumn", valueFormat: "0.0%" });
    expect(excel.log).toEqual([
      "getItem Enheder",
      "chart getItemOrNullObject Rates by level",
      "getItem Enheder",
      "getRange Enheder I1:L18",
      "chart ColumnStacked by Columns",
    ]);
    expect(excel.charts).toEqual([
      { sheet: "Enheder", type: "ColumnStacked", name: "Rates by level", title: { text: "Rates by level" }, valueFormat: "0.0%" },
    ]);
    expect([excel.runs, excel.syncs]).toEqual([1, 2]);
  });

  it("draws a line chart on the sheet that was active at the first sync when the address names none", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().addChart({ range: "A1:D13", title: "Cumulative", kind: "line" });
    expect(excel.log).toEqual([
      "getActiveWorksheet",
      "chart getItemOrNullObject Cumulative",
      "getItem Prognose",
      "getRange Prognose A1:D13",
      "chart Line by Columns",
    ]);
    expect(excel.charts).toEqual([{ sheet: "Prognose", type: "Line", name: "Cumulative", title: { text: "Cumulative" } }]);
  });

  it("replaces the chart of the same title on the same sheet, in the same two syncs, and keeps others", async () => {
    const excel = new FakeExcel({ Prognose: [], Budget: [] }, "Prognose");
    const gateway = excel.gateway();
    await gateway.addChart({ range: "Prognose!A1:B13", title: "Forecast", kind: "column" });
    await gateway.addChart({ range: "Budget!A1:B13", title: "Forecast", kind: "column" });
    await gateway.addChart({ range: "Prognose!A1:B13", title: "Monthly", kind: "column" });
    excel.log.length = 0;
    excel.syncs = 0;
    await gateway.addChart({ range: "Prognose!A1:C13", title: "Forecast", kind: "line", anchor: "K16" });
    expect(excel.log).toEqual([
      "getItem Prognose",
      "chart getItemOrNullObject Forecast",
      "chart delete Forecast",
      "getItem Prognose",
      "getRange Prognose A1:C13",
      "chart Line by Columns",
      "setPosition K16",
    ]);
    expect(excel.syncs).toBe(2);
    expect(excel.charts.map((chart) => [chart.sheet, chart.name, chart.type, chart.position])).toEqual([
      ["Budget", "Forecast", "ColumnClustered", undefined],
      ["Prognose", "Monthly", "ColumnClustered", undefined],
      ["Prognose", "Forecast", "Line", "K16"],
    ]);
  });

  it("places the chart at its anchor, written as a plain cell name", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().addChart({ range: "Prognose!A1:B13", title: "Forecast", kind: "column", anchor: "$k$16" });
    expect(excel.log.at(-1)).toBe("setPosition K16");
    expect(excel.charts[0].position).toBe("K16");
  });

  it.each([
    { chart: { range: "Prognose!1A", title: "T", kind: "line" as const }, message: '"Prognose!1A" is not a cell address such as Budget!A1:D20' },
    {
      chart: { range: "Prognose!A1:B2", title: " ", kind: "line" as const },
      message: "a chart needs a title: the title names it, and a new chart replaces the one of that title",
    },
    {
      chart: { range: "Prognose!A1:B2", title: "T", kind: "line" as const, anchor: "K16:L20" },
      message: 'a chart\'s anchor must be one cell such as "K16"; got "K16:L20"',
    },
  ])("rejects $chart without calling Excel", async ({ chart, message }) => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await expect(excel.gateway().addChart(chart)).rejects.toThrow(message);
    expect(excel.runs).toBe(0);
  });
});

describe("readUsed", () => {
  it("reads from A1 to the last cell with a value: 2 syncs to find it, 1 to read", async () => {
    const excel = new FakeExcel({ Budget: [], Prognose: [[], [null, null, "x"], [null, 5]] }, "Budget");
    expect(await excel.gateway().readUsed("prognose")).toEqual({
      sheet: "Prognose",
      address: "A1:C3",
      row: 0,
      column: 0,
      values: [
        [null, null, null],
        [null, null, "x"],
        [null, 5, null],
      ],
    });
    expect([excel.runs, excel.syncs]).toEqual([2, 3]);
  });

  it("gives null for a missing sheet (1 sync) and for an empty one (2 syncs)", async () => {
    const excel = new FakeExcel({ Budget: [], Tom: [[null, ""]] }, "Budget");
    expect(await excel.gateway().readUsed("Prognose")).toBeNull();
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
    expect(await excel.gateway().readUsed("Tom")).toBeNull();
    expect([excel.runs, excel.syncs]).toEqual([2, 3]);
  });

  it("rejects a bad sheet name without calling Excel", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await expect(excel.gateway().readUsed("a/b")).rejects.toThrow('sheet name "a/b" contains "/"; a sheet name cannot contain : \\ / ? * [ ]');
    expect(excel.runs).toBe(0);
  });
});

describe("ensureSheet", () => {
  it("adds a missing sheet in two syncs and says so", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    expect(await excel.gateway().ensureSheet("Prognose 2026")).toBe(true);
    expect(Object.keys(excel.sheets)).toEqual(["Budget", "Prognose 2026"]);
    expect(excel.log).toEqual(["getItemOrNullObject Prognose 2026", "add Prognose 2026"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 2]);
  });

  it("leaves a sheet of that name, whatever the case, in one sync", async () => {
    const excel = new FakeExcel({ Budget: [], Prognose: [[1]] }, "Budget");
    expect(await excel.gateway().ensureSheet("PROGNOSE")).toBe(false);
    expect(excel.sheets).toEqual({ Budget: [], Prognose: [[1]] });
    expect(excel.log).toEqual(["getItemOrNullObject PROGNOSE"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it.each([
    { name: "", message: 'a sheet name must have 1 to 31 characters; "" has 0' },
    { name: "Prognose: 2026", message: 'sheet name "Prognose: 2026" contains ":"; a sheet name cannot contain : \\ / ? * [ ]' },
    { name: "'Prognose'", message: `sheet name "'Prognose'" begins or ends with an apostrophe, which Excel does not allow` },
  ])("rejects $name without calling Excel", async ({ name, message }) => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await expect(excel.gateway().ensureSheet(name)).rejects.toThrow(message);
    expect(excel.runs).toBe(0);
  });
});

describe("highlight", () => {
  const rule = { range: "Prognose!A3:J40", flagColumn: 7, equals: "Ja", fill: "#FFC7CE" };

  it("replaces the range's conditional formats with one custom rule on the flag column, in one sync", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Budget");
    await excel.gateway().highlight(rule);
    expect(excel.log).toEqual([
      "getItem Prognose",
      "getRange Prognose A3:J40",
      "clearAll Prognose!A3:J40",
      "conditional Custom Prognose!A3:J40",
    ]);
    expect(excel.conditionalFormats).toEqual([
      { sheet: "Prognose", address: "A3:J40", type: "Custom", formula: '=$H3="Ja"', fill: "#FFC7CE" },
    ]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("does not pile rules up when run again", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().highlight(rule);
    await excel.gateway().highlight({ ...rule, fill: "#FFEB9C" });
    expect(excel.conditionalFormats).toEqual([
      { sheet: "Prognose", address: "A3:J40", type: "Custom", formula: '=$H3="Ja"', fill: "#FFEB9C" },
    ]);
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
  });

  it.each([
    { range: "B5:D9", flagColumn: 0, equals: 'say "yes"', formula: '=$B5="say ""yes"""' },
    { range: "'Min side'!$AA$10:AC12", flagColumn: 2, equals: "", formula: '=$AC10=""' },
    { range: "Prognose!J40:A3", flagColumn: 9, equals: "Ja'", formula: '=$J3="Ja\'"' },
    { range: "Z1", flagColumn: 0, equals: '"', formula: '=$Z1=""""' },
  ])("writes $equals on $range (flag column $flagColumn) as $formula", async ({ range, flagColumn, equals, formula }) => {
    const excel = new FakeExcel({ Prognose: [], "Min side": [] }, "Prognose");
    await excel.gateway().highlight({ range, flagColumn, equals, fill: "#ffc7ce" });
    expect(excel.conditionalFormats.map((format) => [format.formula, format.fill])).toEqual([[formula, "#ffc7ce"]]);
  });

  it.each([
    { change: { range: "Prognose!A3:J" }, message: '"Prognose!A3:J" is not a cell address such as Budget!A1:D20' },
    { change: { fill: "FFC7CE" }, message: 'fill must be a colour "#RRGGBB"; got "FFC7CE"' },
    { change: { fill: "#FFC7C" }, message: 'fill must be a colour "#RRGGBB"; got "#FFC7C"' },
    { change: { flagColumn: 10 }, message: "flagColumn must be a whole number from 0 to 9 (a column of Prognose!A3:J40); got 10" },
    { change: { flagColumn: -1 }, message: "flagColumn must be a whole number from 0 to 9 (a column of Prognose!A3:J40); got -1" },
    { change: { equals: "x".repeat(256) }, message: "equals may have at most 255 characters; it has 256" },
  ])("rejects $change without calling Excel", async ({ change, message }) => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await expect(excel.gateway().highlight({ ...rule, ...change })).rejects.toThrow(message);
    expect(excel.runs).toBe(0);
  });
});

describe("formatRange", () => {
  it("sets one number format code per cell and bold in one sync", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Budget");
    await excel.gateway().formatRange("Prognose!B3:D4", { numberFormat: "#,##0", bold: true });
    expect(excel.formats).toEqual([
      {
        sheet: "Prognose",
        address: "B3:D4",
        numberFormat: [
          ["#,##0", "#,##0", "#,##0"],
          ["#,##0", "#,##0", "#,##0"],
        ],
        bold: true,
      },
    ]);
    expect(excel.log).toEqual(["getItem Prognose", "getRange Prognose B3:D4"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("sets only what is given: a rate format, or bold off", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().formatRange("E3:E5", { numberFormat: "0.0%" });
    await excel.gateway().formatRange("Prognose!A1:J1", { bold: false });
    expect(excel.formats).toEqual([
      { sheet: "Prognose", address: "E3:E5", numberFormat: [["0.0%"], ["0.0%"], ["0.0%"]] },
      { sheet: "Prognose", address: "A1:J1", bold: false },
    ]);
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
  });

  it("does nothing when the format sets nothing", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().formatRange("Prognose!A1:J40", {});
    expect(excel.runs).toBe(0);
  });

  it("formats 10,000 rows x 12 in one sync", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().formatRange("Prognose!B2:M10001", { numberFormat: "#,##0", bold: false });
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
    expect(excel.formats.map((format) => format.address)).toEqual(["B2:M10001"]);
  });

  it("splits number formats over the payload budget into row chunks, each under the budget", async () => {
    // "#,##0" is 7 bytes as JSON; a row of 12 is 12 x 7 + 11 + 2 = 97 bytes and n rows 98n + 1,
    // so 40,816 rows per chunk (3,999,969 bytes): two full chunks and one of 18,368 rows.
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await excel.gateway().formatRange("Prognose!A1:L100000", { numberFormat: "#,##0", bold: true });
    expect([excel.runs, excel.syncs]).toEqual([1, 3]);
    expect(excel.requestBytes).toEqual([3_999_969, 3_999_969, 98 * 18_368 + 1]);
    expect(excel.formats.map((format) => [format.address, (format.numberFormat as string[][]).length, format.bold])).toEqual([
      ["A1:L40816", 40_816, true],
      ["A40817:L81632", 40_816, true],
      ["A81633:L100000", 18_368, true],
    ]);
    const codes = excel.formats.flatMap((format) => format.numberFormat as string[][]);
    expect(codes.every((row) => row.length === 12 && row.every((code) => code === "#,##0"))).toBe(true);
  });

  it("halves a chunk Excel finds too large and retries", async () => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    excel.limitBytes = 500; // 98n + 1 bytes for n rows of 12: 5 rows fit, 8 do not
    await excel.gateway().formatRange("Prognose!A1:L8", { numberFormat: "#,##0" });
    expect(excel.requestBytes).toEqual([785, 393, 393]);
    expect(excel.formats.map((format) => format.address)).toEqual(["A1:L4", "A5:L8"]);
  });

  it.each([
    { ref: "Prognose!B", message: '"Prognose!B" is not a cell address such as Budget!A1:D20' },
    { ref: `Prognose!A1:A${MAX_ROWS + 1}`, message: "A1:A1048577 does not fit on a worksheet" },
  ])("rejects $ref without calling Excel", async ({ ref, message }) => {
    const excel = new FakeExcel({ Prognose: [] }, "Prognose");
    await expect(excel.gateway().formatRange(ref, { bold: true })).rejects.toThrow(message);
    expect(excel.runs).toBe(0);
  });
});

describe("selectRange", () => {
  it("activates the sheet and selects the block in one sync", async () => {
    const excel = new FakeExcel({ Budget: [], "Min side": [] }, "Budget");
    await excel.gateway().selectRange("'Min side'!D4:C3");
    expect(excel.log).toEqual(["getItem Min side", "activate Min side", "getRange Min side C3:D4", "select Min side!C3:D4"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("selects on the active sheet when the address names none", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    await excel.gateway().selectRange("A1");
    expect(excel.log).toEqual(["getActiveWorksheet", "activate Budget", "getRange Budget A1", "select Budget!A1"]);
  });
});

describe("chunkRows", () => {
  // Each row is "[1,2]": 5 bytes. 1 row as JSON is 7 bytes, 2 rows 13, 3 rows 19.
  const rows = [
    [1, 2],
    [3, 4],
    [5, 6],
  ];

  it.each([
    { budget: 19, sizes: [3] },
    { budget: 18, sizes: [2, 1] },
    { budget: 13, sizes: [2, 1] },
    { budget: 12, sizes: [1, 1, 1] },
    { budget: 7, sizes: [1, 1, 1] },
  ])("budget $budget gives chunks of $sizes rows", ({ budget, sizes }) => {
    const chunks = chunkRows(rows, budget);
    expect(chunks.map((chunk) => chunk.length)).toEqual(sizes);
    expect(chunks.flat()).toEqual(rows);
  });

  it("rejects a row that alone is over the budget", () => {
    expect(() => chunkRows(rows, 6)).toThrow("row 1 alone is 7 bytes, more than one request may carry (6)");
    expect(() => chunkRows([["a"], ["a much longer text"]], 10)).toThrow(
      "row 2 alone is 24 bytes, more than one request may carry (10)",
    );
  });

  it("gives no chunks for no rows", () => {
    expect(chunkRows([], 100)).toEqual([]);
  });

  it("measures a chunk as its JSON, text escapes and nulls included", () => {
    const mixed: WireCell[][] = [
      ['say "hi"', null],
      [true, 1.5],
      ["Løn", -0.25],
    ];
    const whole = JSON.stringify(mixed).length;
    expect(whole).toBe(46);
    expect(chunkRows(mixed, whole).map((chunk) => chunk.length)).toEqual([3]);
    expect(chunkRows(mixed, whole - 1).map((chunk) => chunk.length)).toEqual([2, 1]);
  });

  it("makes every chunk as large as the budget allows", () => {
    const varied = Array.from({ length: 500 }, (_, r) => ["x".repeat((r * 37) % 101), r]);
    const budget = 2000;
    const chunks = chunkRows(varied, budget);
    expect(chunks.flat()).toEqual(varied);
    chunks.forEach((chunk, i) => {
      expect(JSON.stringify(chunk).length).toBeLessThanOrEqual(budget);
      if (i + 1 < chunks.length) expect(JSON.stringify([...chunk, chunks[i + 1][0]]).length).toBeGreaterThan(budget);
    });
    expect(chunks.length).toBe(15);
  });
});
