// "Try it on your own workbook", end to end in real Chromium: an economist's own budget (a file
// SheetJS wrote) opened with the file picker in place of the sample, periodised by the panel,
// saved as .xlsx and read back by SheetJS; a second file opened over typed changes only after
// the question saying they would be lost; a bad file refused in Danish.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { readFileSync } from "node:fs";
import { openPreview } from "./browser";
import { onPage } from "./pane";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const LINES: [string, string, string, number][] = [
  ["5201 Børneafdeling", "1110 Løn", "Fast løn", 12_000_000],
  ["5201 Børneafdeling", "2210 Medicin", "Medicin", 1_234_567],
  ["5202 Øjenafdeling", "7110 Indtægter", "Salg af ydelser", -600_000],
];

/** The economist's budget as another program saved it: the lines, and a sheet of notes. */
function ownBudget(): Buffer {
  const workbook = XLSX.utils.book_new();
  const budget = XLSX.utils.aoa_to_sheet([["Afdeling", "Konto", "Tekst", "Budget 2027"], ...LINES]);
  for (const row of [2, 3, 4]) budget[`D${row}`].z = "#,##0";
  XLSX.utils.book_append_sheet(workbook, budget, "Budget 2027");
  const notes = XLSX.utils.aoa_to_sheet([["Kontonr.", "00123"], ["I alt", 0]]);
  notes.B2 = { t: "n", v: 0, f: "SUM('Budget 2027'!D2:D4)" };
  XLSX.utils.book_append_sheet(workbook, notes, "Noter");
  return Buffer.from(XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Buffer);
}

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

beforeAll(async () => {
  preview = await openPreview(1000, "en");
  page = preview.page;
});

afterAll(() => preview?.close());

describe("the preview workbook as an .xlsx file", () => {
  it("opens an own workbook with the file picker, periodises it, and saves it as .xlsx", async () => {
    const grid = onPage(page);
    const open = page.getByRole("button", { name: "Open .xlsx…" });
    const save = page.getByRole("button", { name: "Save as .xlsx" });
    // both are buttons a keyboard reaches
    await open.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("open-xlsx");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("save-xlsx");

    // the sample is untouched: nothing to lose, so no question
    await page.getByTestId("open-xlsx-input").setInputFiles([{ name: "Mit budget.xlsx", mimeType: XLSX_TYPE, buffer: ownBudget() }]);
    await expect.poll(() => page.getByTestId("file-status").textContent()).toBe('Opened "Mit budget.xlsx": 2 sheets. The file stays in this browser.');
    expect(await page.locator(".sheet-tabs button").allTextContents()).toEqual(["Budget 2027", "Noter"]);
    expect(await grid.row(2, 4)).toEqual(["5201 Børneafdeling", "1110 Løn", "Fast løn", "12000000"]);
    expect(await grid.cell("D2").textContent()).toBe("12,000,000");
    await page.getByTestId("sheet-Noter").click();
    expect(await grid.row(1, 2)).toEqual(["Kontonr.", "00123"]);
    expect(await grid.valueOf("B2")).toBe("12634567");

    // the Periodise panel on the opened table
    await grid.select("Budget 2027", "A1", "D4");
    await page.getByTestId("use-selection").click();
    await expect.poll(() => page.getByTestId("table-address").textContent()).toBe("Table: Budget 2027!A1:D4 (3 lines)");
    await page.getByTestId("year").fill("2027");
    await page.getByTestId("write").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Wrote 3 lines into 'Budget 2027'!E1:P4.");

    const [download] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(download.suggestedFilename()).toBe("Mit budget-preview.xlsx");
    await expect.poll(() => page.getByTestId("file-status").textContent()).toBe('Saved "Mit budget-preview.xlsx". Charts and highlights are not saved in the file.');
    const saved = XLSX.read(readFileSync(await download.path()), { type: "buffer", cellFormula: true, cellNF: true });
    expect(saved.SheetNames).toEqual(["Budget 2027", "Noter"]);
    const sheet = saved.Sheets["Budget 2027"];
    const months = (row: number) => "EFGHIJKLMNOP".split("").map((column) => sheet[`${column}${row}`]?.v as number);
    expect([sheet.E1?.v, sheet.P1?.v]).toEqual(["Jan 2027", "Dec 2027"]);
    // as Excel stores the add-in's function in a file
    expect(sheet.E2?.f).toBe('_xldudf_BUDGET_PERIODIZE(D2,"equal",2027,1)');
    expect(months(2)).toEqual(Array(12).fill(1_000_000));
    // 1,234,567 / 12 = 102,880.58: 7 kroner left over go to the first 7 months
    expect(months(3)).toEqual([...Array(7).fill(102_881), ...Array(5).fill(102_880)]);
    expect(months(4)).toEqual(Array(12).fill(-50_000));
    expect([sheet.D2?.v, sheet.D2?.z]).toEqual([12_000_000, "#,##0"]);
    expect(saved.Sheets.Noter.B1).toMatchObject({ t: "s", v: "00123" });
    expect(saved.Sheets.Noter.B2).toMatchObject({ t: "n", v: 12_634_567, f: "SUM('Budget 2027'!D2:D4)" });
  });

  it("asks before a file replaces typed changes, names that they would be lost, and keeps them on cancel", async () => {
    const grid = onPage(page);
    await page.getByTestId("sheet-Noter").click();
    await grid.cell("A5").dispatchEvent("mousedown");
    await page.getByTestId("formula-bar").fill("typed by hand");
    await page.getByTestId("formula-bar").press("Enter");
    await expect.poll(() => grid.valueOf("A5")).toBe("typed by hand");

    const file = { name: "Andet budget.xlsx", mimeType: XLSX_TYPE, buffer: ownBudget() };
    await page.getByTestId("open-xlsx-input").setInputFiles([file]);
    await expect
      .poll(() => page.getByTestId("replace-text").textContent())
      .toBe('The preview workbook has changes that are not saved. Opening "Andet budget.xlsx" replaces the whole workbook, and those changes would be lost. Save the workbook first to keep them.');
    await page.getByTestId("replace-cancel").click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await grid.valueOf("A5")).toBe("typed by hand");

    await page.getByTestId("open-xlsx-input").setInputFiles([file]);
    await page.getByTestId("replace-confirm").click();
    await expect.poll(() => page.getByTestId("file-status").textContent()).toBe('Opened "Andet budget.xlsx": 2 sheets. The file stays in this browser.');
    await page.getByTestId("sheet-Noter").click();
    expect(await grid.valueOf("A5")).toBe("");
    // the panel starts afresh on the new workbook: no table chosen, nothing to undo
    expect(await page.getByTestId("table-address").count()).toBe(0);
  });
});

describe("in Danish", () => {
  it("labels the buttons in Danish and refuses a file that is no workbook, dropped on the sheet", async () => {
    const danish = await openPreview(900, "da");
    try {
      const { page: da } = danish;
      expect(await da.getByTestId("open-xlsx").textContent()).toBe("Åbn .xlsx…");
      expect(await da.getByTestId("save-xlsx").textContent()).toBe("Gem som .xlsx");
      await onPage(da).drop("workbook-drop", [{ name: "Budget.xlsx", bytes: new TextEncoder().encode("Konto;Beløb\n4101;1.234,56\n") }]);
      await expect.poll(() => da.getByTestId("file-status").textContent()).toBe("»Budget.xlsx« kan ikke åbnes: filen er ikke en Excel-projektmappe (.xlsx).");
      expect(await da.getByRole("alert").textContent()).toBe("»Budget.xlsx« kan ikke åbnes: filen er ikke en Excel-projektmappe (.xlsx).");
      // the sample is still there
      expect(await da.locator(".sheet-tabs button").first().textContent()).toBe("Budget");
      const [download] = await Promise.all([da.waitForEvent("download"), da.getByTestId("save-xlsx").click()]);
      expect(download.suggestedFilename()).toBe("Budget-forhåndsvisning.xlsx");
    } finally {
      await danish.close();
    }
  });
});
