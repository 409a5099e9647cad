// What the Office.js gateway does so that nothing is lost, against the fake Excel: selections Excel
// hands over (several areas, whole columns), snapshots that tell formulas, text, error constants
// and spilled cells apart, restoring them exactly (number formats too), a write that fails part
// way saying how far it got, marks on sheets, and deleting what a write added; with sync counts.

import { describe, expect, it } from "vitest";
import { applyWrite, changedSince, snapshotsOf, undoWrite, WriteFailure, type WriteStep } from "../../addin/gateway/journal";
import { rejection } from "../core/failure";
import { FakeExcel } from "./fakeExcel";

describe("getSelection", () => {
  it("refuses a selection of several areas, in both languages", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget", "Budget!A1:B2,Budget!D1:E2");
    expect(await rejection(() => excel.gateway().getSelection())).toEqual({
      code: "SELECTION_AREAS",
      kind: "value",
      en: "the selection has 2 separate areas (Budget!A1:B2,Budget!D1:E2); select one block of cells",
      da: "markeringen består af 2 adskilte områder (Budget!A1:B2,Budget!D1:E2); markér én sammenhængende blok af celler",
    });
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });
});

describe("readRange of whole columns or rows", () => {
  const sheets = () => ({
    Budget: [
      [null, null, null, null, null],
      [null, "Konto", "Budget", null, "note"],
      [null, "Løn", 1200, null, null],
    ],
  });

  it("reads the part of the columns that holds values: one sync to find it, one to read", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    expect(await excel.gateway().readRange("Budget!B:D")).toEqual({
      sheet: "Budget",
      address: "B2:C3",
      row: 1,
      column: 1,
      values: [
        ["Konto", "Budget"],
        ["Løn", 1200],
      ],
    });
    expect([excel.runs, excel.syncs]).toEqual([2, 2]);
  });

  it("reads whole rows the same way", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    expect((await excel.gateway().readRange("Budget!2:3")).address).toBe("B2:E3");
  });

  it("says so when the columns hold nothing", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    expect(await rejection(() => excel.gateway().readRange("Budget!G:H"))).toEqual({
      code: "RANGE_EMPTY",
      kind: "value",
      en: "Budget!G:H holds no values; select the cells of the table",
      da: "Budget!G:H indeholder ingen værdier; markér tabellens celler",
    });
  });
});

describe("snapshot", () => {
  it("keeps formulas, constants, text that begins with '=', typed errors and number formats, in two syncs", async () => {
    const excel = new FakeExcel({ Budget: [[null, 1234.5, "=not a formula", "#N/A", true, ""]] }, "Budget");
    await excel.gateway().writeRange("Budget!A1", [[{ formula: "=SUM(B1:B1)" }, null, null, null, null, null]]);
    // the typed error: a constant #N/A
    excel.sheets.Budget[0][3] = "#N/A";
    await excel.gateway().formatRange("Budget!B1", { numberFormat: "#,##0" });
    const before = excel.syncs;
    expect(await excel.gateway().snapshot("Budget!A1:F1")).toEqual({
      sheet: "Budget",
      address: "A1:F1",
      row: 0,
      column: 0,
      cells: [[{ formula: "=SUM(B1:B1)" }, 1234.5, "=not a formula", { formula: "#N/A" }, true, ""]],
      numberFormats: [["General", "#,##0", "General", "General", "General", "General"]],
      spilled: [[false, false, false, false, false, false]],
    });
    // the sheet exists (1), the cells (1): no spill, so no more
    expect(excel.syncs - before).toBe(2);
  });

  it("is null for a sheet that does not exist", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    expect(await excel.gateway().snapshot("Prognose!A1:B2")).toBeNull();
  });

  it("keeps the cells a dynamic array spills into as empty, from a formula in the block or outside it", async () => {
    const excel = new FakeExcel({ Budget: [[], []] }, "Budget");
    excel.spill("Budget", "B1", "=BUDGET.PERIODIZE(A1,\"equal\")", [[84, 84, 84]]);
    excel.spill("Budget", "A2", "=SEQUENCE(1,4)", [[1, 2, 3, 4]]);
    const before = excel.syncs;
    const snapshot = await excel.gateway().snapshot("Budget!C1:E2");
    expect(snapshot?.cells).toEqual([
      ["", "", ""],
      // C2:D2 spill from A2, outside the block; E2 is empty
      ["", "", ""],
    ]);
    // C1:D1 from B1 (outside the block too): every value's spill parent is asked
    expect(excel.syncs - before).toBe(3);
  });

  it("keeps an error value spilled from a formula outside the block as empty too, and the spill spills again after a restore", async () => {
    const excel = new FakeExcel({ Budget: [[]] }, "Budget");
    excel.spill("Budget", "A1", '=XLOOKUP(A5:C5,"x","y")', [[1, "#N/A", 3]]);
    const gateway = excel.gateway();
    const snapshot = await gateway.snapshot("Budget!B1:C1");
    expect(snapshot?.cells).toEqual([["", ""]]);
    expect(snapshot?.spilled).toEqual([[true, true]]);
    await gateway.writeRange("Budget!B1", [["x", "y"]]);
    expect(excel.valueAt("Budget", 0, 0)).toBe("#SPILL!");
    await gateway.restore(snapshot as NonNullable<typeof snapshot>);
    expect([0, 1, 2].map((c) => excel.valueAt("Budget", 0, c))).toEqual([1, "#N/A", 3]);
  });

  it("halves a read Excel finds too large, as readRange does", async () => {
    const long = "x".repeat(3000);
    const excel = new FakeExcel({ Notes: Array.from({ length: 2000 }, () => [long]) }, "Notes");
    const snapshot = await excel.gateway().snapshot("Notes!A1:A2000");
    expect(snapshot?.cells.length).toBe(2000);
    expect(snapshot?.cells.every(([cell]) => cell === long)).toBe(true);
  });

  it("keeps a spill's anchor as its formula and its area as empty", async () => {
    const excel = new FakeExcel({ Budget: [[]] }, "Budget");
    excel.spill("Budget", "A1", "=SEQUENCE(1,3)", [[1, 2, 3]]);
    expect((await excel.gateway().snapshot("Budget!A1:D1"))?.cells).toEqual([[{ formula: "=SEQUENCE(1,3)" }, "", "", ""]]);
  });
});

describe("restore", () => {
  it("puts cells and number formats back exactly, and a spill spills again", async () => {
    const excel = new FakeExcel({ Budget: [[null, "keep", "=text", 5]] }, "Budget");
    excel.spill("Budget", "A1", "=SEQUENCE(1,2)", [[1, 2]]);
    excel.sheets.Budget[0][1] = null; // the spill's area is empty: it spills
    excel.sheets.Budget[0][2] = "=text";
    await excel.gateway().formatRange("Budget!D1", { numberFormat: "0.0%" });
    const gateway = excel.gateway();
    const snapshot = await gateway.snapshot("Budget!A1:D1");
    expect(snapshot?.cells).toEqual([[{ formula: "=SEQUENCE(1,2)" }, "", "=text", 5]]);
    // overwrite everything, which blocks the spill
    await gateway.writeRange("Budget!A1", [[1, 2, 3, 4]]);
    await gateway.formatRange("Budget!A1:D1", { numberFormat: "#,##0" });
    expect(excel.valueAt("Budget", 0, 1)).toBe(2);
    await gateway.restore(snapshot as NonNullable<typeof snapshot>);
    expect([0, 1, 2, 3].map((c) => excel.valueAt("Budget", 0, c))).toEqual([1, 2, "=text", 5]);
    expect([0, 1, 2, 3].map((c) => excel.formulaAt("Budget", 0, c))).toEqual(["=SEQUENCE(1,2)", 2, "=text", 5]);
    expect([0, 1, 2, 3].map((c) => excel.numberFormatAt("Budget", 0, c))).toEqual(["General", "General", "General", "0.0%"]);
    // the text went back as text, behind an apostrophe
    expect(excel.writes.at(-1)?.formulas).toEqual([["=SEQUENCE(1,2)", "", "'=text", 5]]);
  });
});

describe("a write that fails part way", () => {
  const ROWS = 100_000;
  const rows = (value: (r: number) => number) => Array.from({ length: ROWS }, (_, r) => Array.from({ length: 12 }, (_, c) => value(r) + c));

  it("says how many rows were written, and a journal puts them back and says so", async () => {
    const excel = new FakeExcel({ Budget: rows((r) => r * 100) }, "Budget");
    const gateway = excel.gateway();
    const steps: WriteStep[] = [{ kind: "cells", topLeft: "Budget!A1", cells: rows((r) => -r) }];
    const before = await snapshotsOf(gateway, steps);
    // the write goes in chunks of about 4 MB; the second chunk's sync fails
    excel.failSync = excel.syncs + 2;
    let failure: unknown;
    try {
      await applyWrite(gateway, steps, before);
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(WriteFailure);
    const { where, rows: written, reason, restoreFailed } = failure as WriteFailure;
    expect({ where, reason: (reason as { code: string }).code, restoreFailed }).toEqual({ where: "Budget!A1:L100000", reason: "GeneralException", restoreFailed: [] });
    expect(written?.of).toBe(ROWS);
    expect(written?.written).toBeGreaterThan(0);
    expect(written?.written).toBeLessThan(ROWS);
    // the restore runs once Excel answers again
    expect(excel.sheets.Budget[0][0]).toBe(0);
    expect(excel.sheets.Budget[ROWS - 1][11]).toBe((ROWS - 1) * 100 + 11);
    expect(excel.sheets.Budget.every((row, r) => row.every((v, c) => v === r * 100 + c))).toBe(true);
  }, 60_000);
});

describe("marks", () => {
  it("are put on a sheet, found on every sheet (3 syncs), moved and removed (2 syncs each)", async () => {
    const excel = new FakeExcel({ Budget: [], Prognose: [], "Prognose maj": [] }, "Budget");
    const gateway = excel.gateway();
    await gateway.setMark("Prognose", "BudgetForecastReport", "A1:S20", '{"run":2}');
    await gateway.setMark("Prognose maj", "BudgetForecastReport", "B3:T12", '{"run":1}');
    let syncs = excel.syncs;
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([
      { sheet: "Prognose", address: "A1:S20", comment: '{"run":2}' },
      { sheet: "Prognose maj", address: "B3:T12", comment: '{"run":1}' },
    ]);
    expect(excel.syncs - syncs).toBe(3);
    syncs = excel.syncs;
    await gateway.setMark("Prognose", "BudgetForecastReport", "A1:S25", '{"run":3}');
    await gateway.setMark("Prognose maj", "BudgetForecastReport", null);
    expect(excel.syncs - syncs).toBe(4);
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([{ sheet: "Prognose", address: "A1:S25", comment: '{"run":3}' }]);
  });
});

describe("settings", () => {
  it("keep a value (1 sync), read it back (1), and remove it (2)", async () => {
    const excel = new FakeExcel({ Budget: [] }, "Budget");
    const gateway = excel.gateway();
    const memory = { rows: { "r:L1": "0123abcd" } };
    let syncs = excel.syncs;
    await gateway.writeSetting("BudgetForecastReport.1", memory);
    expect(excel.syncs - syncs).toBe(1);
    syncs = excel.syncs;
    expect(await gateway.readSetting("BudgetForecastReport.1")).toEqual(memory);
    expect(await gateway.readSetting("BudgetForecastReport.2")).toBeUndefined();
    expect(excel.syncs - syncs).toBe(2);
    syncs = excel.syncs;
    await gateway.writeSetting("BudgetForecastReport.1", undefined);
    expect(excel.syncs - syncs).toBe(2);
    expect(excel.settings.size).toBe(0);
    // removing one that is not there: one sync, nothing else
    await gateway.writeSetting("BudgetForecastReport.1", undefined);
    expect(excel.log.filter((l) => l.startsWith("settings delete"))).toEqual(["settings delete BudgetForecastReport.1"]);
  });
});

describe("undo of a write that added a sheet and a chart", () => {
  it("deletes them, and puts the blocks on other sheets back", async () => {
    const excel = new FakeExcel({ Budget: [["Konto", 1]] }, "Budget");
    const gateway = excel.gateway();
    const steps: WriteStep[] = [
      { kind: "sheet", name: "Rapport" },
      { kind: "cells", topLeft: "Rapport!A1", cells: [["Enhed", "Sats"], ["Nord", 0.02]] },
      { kind: "cells", topLeft: "Budget!B1", cells: [[2]] },
      { kind: "chart", chart: { range: "Rapport!A1:B2", title: "Satser", kind: "column" } },
    ];
    const record = await applyWrite(gateway, steps, await snapshotsOf(gateway, steps));
    expect(Object.keys(excel.sheets)).toEqual(["Budget", "Rapport"]);
    expect(excel.charts.map((c) => c.name)).toEqual(["Satser"]);
    expect(record.addedSheets).toEqual(["Rapport"]);
    expect(await changedSince(gateway, record)).toEqual([]);
    excel.sheets.Budget[0][0] = "Konto (rettet)";
    // a cell outside the write does not count
    expect(await changedSince(gateway, record)).toEqual([]);
    excel.sheets.Budget[0][1] = 3;
    expect(await changedSince(gateway, record)).toEqual(["Budget!B1"]);
    await undoWrite(gateway, record);
    expect(Object.keys(excel.sheets)).toEqual(["Budget"]);
    expect(excel.sheets.Budget[0]).toEqual(["Konto (rettet)", 1]);
  });
});

describe("columns fitted to the numbers written", () => {
  // the fake's stand-in for Excel's font: 7 points a character plus 5, so in Excel's standard
  // width (48 points) 48215300 shows as ###### and 12 shows whole
  const sheets = () => ({
    Budget: [
      ["Konto", "Jan", "Feb", "Note"],
      ["1110", 48_215_300, 12, "a note typed wide"],
    ],
  });

  it("widens only a column whose numbers show as #####, as Office fits it to all it holds, in three syncs", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    const before = await excel.gateway().fitColumns("Budget!B2:C2");
    expect(before).toEqual({ sheet: "Budget", column: 1, widths: [48] });
    expect([excel.widthOf("Budget", 1), excel.widthOf("Budget", 2)]).toEqual([8 * 7 + 5, 48]);
    expect(excel.log.filter((line) => line.startsWith("autofit") || line.startsWith("columnWidth"))).toEqual(["autofitColumns Budget 1"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 3]);
  });

  it("reads the text once and changes nothing when every number shows", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    expect(await excel.gateway().fitColumns("Budget!C2")).toEqual({ sheet: "Budget", column: 2, widths: [] });
    expect([excel.runs, excel.syncs]).toEqual([1, 1]);
  });

  it("leaves a hidden column hidden", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    excel.columnWidths.Budget = new Map([[1, 0]]);
    await excel.gateway().fitColumns("Budget!B2");
    expect(excel.widthOf("Budget", 1)).toBe(0);
  });

  it("puts the widths back when Excel refuses the fitting, and says so", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    excel.failSync = 3;
    await expect(excel.gateway().fitColumns("Budget!B2:C2")).rejects.toThrow("GeneralException");
    expect(excel.widthOf("Budget", 1)).toBe(48);
  });

  it("are widened by a write that sets a number format, and undo gives them their widths back", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    const gateway = excel.gateway();
    const steps: WriteStep[] = [
      { kind: "cells", topLeft: "Budget!B3", cells: [[123_456_789_012]] },
      { kind: "format", ref: "Budget!B2:B3", format: { numberFormat: "#,##0" } },
      { kind: "format", ref: "Budget!A1:C1", format: { bold: true } },
    ];
    const record = await applyWrite(gateway, steps, await snapshotsOf(gateway, steps));
    expect(record.widths).toEqual([{ sheet: "Budget", column: 1, widths: [48] }]);
    expect(excel.widthOf("Budget", 1)).toBe(12 * 7 + 5);
    // bold alone fits nothing
    expect(excel.widthOf("Budget", 0)).toBe(48);
    await undoWrite(gateway, record);
    expect(excel.widthOf("Budget", 1)).toBe(48);
  });

  it("a write goes on where the columns cannot be fitted, and keeps no widths", async () => {
    const excel = new FakeExcel(sheets(), "Budget");
    const gateway = excel.gateway();
    const steps: WriteStep[] = [
      { kind: "cells", topLeft: "Budget!B3", cells: [[123_456_789_012]] },
      { kind: "format", ref: "Budget!B2:B3", format: { numberFormat: "#,##0" } },
    ];
    const before = await snapshotsOf(gateway, steps);
    // the syncs so far, then the write's (one each for the cells and the format), then the fitting's third
    excel.failSync = excel.syncs + 2 + 3;
    const record = await applyWrite(gateway, steps, before);
    expect(record.widths).toEqual([]);
    expect(excel.widthOf("Budget", 1)).toBe(48);
    expect(excel.valueAt("Budget", 2, 1)).toBe(123_456_789_012);
  });
});
