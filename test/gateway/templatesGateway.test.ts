// What the gateways do for the Templates panel: the sheet's AutoFilter over a block (Excel:
// worksheet.autoFilter, ExcelApi 1.9; the preview shows the filter buttons), and opening a
// template as a new workbook (Excel.createWorkbook, ExcelApi 1.8; not in the preview). The
// Office.js gateway against office-addin-mock (FakeExcel), the preview's on its workbook, and the
// write step that sets a filter.

import { describe, expect, it } from "vitest";
import { applyWrite, validateSteps } from "../../addin/gateway/journal";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { FakeExcel } from "./fakeExcel";

describe("setFilter on Excel", () => {
  it("puts the AutoFilter on the block in two syncs", async () => {
    const excel = new FakeExcel({ Status: [["Status", "Afdeling"]] }, "Status");
    await excel.gateway().setFilter("Status!A4:M10");
    expect(excel.autoFilters).toEqual({ Status: "A4:M10" });
    expect(excel.log.filter((l) => l.startsWith("autoFilter"))).toEqual(["autoFilter getRangeOrNullObject Status", "autoFilter apply Status!A4:M10"]);
    expect([excel.runs, excel.syncs]).toEqual([1, 2]);
  });

  it("reapplies it on the same block, so the criteria the user chose filter the new rows", async () => {
    const excel = new FakeExcel({ Status: [] }, "Status");
    excel.autoFilters.Status = "A4:M10";
    await excel.gateway().setFilter("Status!A4:M10");
    expect(excel.log.filter((l) => l.startsWith("autoFilter"))).toEqual(["autoFilter getRangeOrNullObject Status", "autoFilter reapply Status"]);
    expect(excel.autoFilters).toEqual({ Status: "A4:M10" });
  });

  it("moves it from a block elsewhere on the sheet: a sheet has one AutoFilter", async () => {
    const excel = new FakeExcel({ "Skabelon status": [] }, "Skabelon status");
    excel.autoFilters["Skabelon status"] = "A4:M10";
    await excel.gateway().setFilter("'Skabelon status'!A4:M12");
    expect(excel.log.filter((l) => l.startsWith("autoFilter"))).toEqual([
      "autoFilter getRangeOrNullObject Skabelon status",
      "autoFilter remove Skabelon status",
      "autoFilter apply Skabelon status!A4:M12",
    ]);
    expect(excel.autoFilters).toEqual({ "Skabelon status": "A4:M12" });
  });

  it("does nothing where Excel has no ExcelApi 1.9: a filter is a convenience", async () => {
    const excel = new FakeExcel({ Status: [] }, "Status");
    excel.missingSets.add("ExcelApi 1.9");
    await excel.gateway().setFilter("Status!A4:M10");
    expect([excel.runs, excel.autoFilters]).toEqual([0, {}]);
  });

  it("refuses a block that is not one", async () => {
    const excel = new FakeExcel({ Status: [] }, "Status");
    await expect(excel.gateway().setFilter("Status!A:C")).rejects.toThrow();
    expect(excel.runs).toBe(0);
  });
});

describe("Open in Excel", () => {
  it("opens the file as a new workbook with Excel.createWorkbook, outside Excel.run", async () => {
    const excel = new FakeExcel({ Sheet1: [] }, "Sheet1");
    const gateway = excel.gateway();
    expect(gateway.workbookOpening()).toEqual({ available: true });
    await gateway.createWorkbook("UEsDBA==");
    expect(excel.opened).toEqual(["UEsDBA=="]);
    expect(excel.runs).toBe(0);
  });

  it("is not offered where Excel lacks ExcelApi 1.8, and refuses to open", async () => {
    const excel = new FakeExcel({ Sheet1: [] }, "Sheet1");
    excel.missingSets.add("ExcelApi 1.8");
    const gateway = excel.gateway();
    expect(gateway.workbookOpening()).toEqual({ available: false, reason: "requirementSet", set: "ExcelApi 1.8" });
    await expect(gateway.createWorkbook("UEsDBA==")).rejects.toThrow("opening a new workbook needs ExcelApi 1.8");
    expect(excel.opened).toEqual([]);
  });
});

describe("the preview", () => {
  const preview = () => {
    const book = new PreviewWorkbook(createEngine({ Status: [["Status", "Afdeling", "Navn"], ["Godkendt", "4101", "x"]] }));
    return { book, gateway: new PreviewGateway(book) };
  };

  it("shows the filter buttons on the block's header row, one AutoFilter a sheet", async () => {
    const { book, gateway } = preview();
    await gateway.setFilter("Status!A1:B2");
    await gateway.setFilter("status!A1:C2");
    expect([0, 1, 2, 3].map((column) => book.filterHeaderAt("Status", { row: 0, column }))).toEqual([true, true, true, false]);
    expect(book.filterHeaderAt("Status", { row: 1, column: 0 })).toBe(false);
    book.renameSheet("Status", "Sendt");
    expect(book.filterHeaderAt("Sendt", { row: 0, column: 0 })).toBe(true);
    book.removeSheet("Sendt");
    expect(book.filters.size).toBe(0);
  });

  it("opens no other workbook, and says so", async () => {
    const { gateway } = preview();
    expect(gateway.workbookOpening()).toEqual({ available: false, reason: "preview" });
    await expect(gateway.createWorkbook()).rejects.toThrow("the preview workbook opens no other workbook; download the file and open it in Excel");
  });
});

describe("the filter step of a write", () => {
  it("is checked with the others and made in order", async () => {
    const book = new PreviewWorkbook(createEngine({ Status: [["Status"]] }));
    const gateway = new PreviewGateway(book);
    expect(() => validateSteps([{ kind: "filter", ref: "Status!A1:" }])).toThrow();
    await applyWrite(gateway, [{ kind: "cells", topLeft: "Status!A2", cells: [["Godkendt"]] }, { kind: "filter", ref: "Status!A1:A2" }], [null, null]);
    expect(book.filters.get("Status")).toMatchObject({ start: { row: 0, column: 0 }, end: { row: 1, column: 0 } });
  });
});
