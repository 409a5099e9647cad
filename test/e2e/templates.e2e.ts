// The Templates panel end to end on the preview workbook, in Danish, in real Chromium: central
// finance builds the sample master's six templates (Skabelonlinjer, frames in Rammer), downloads
// them as one .zip, two departments fill theirs in with another library than the one that wrote
// them (SheetJS), finance drops the two files back into the pane and writes the status and the
// consolidation. Screenshots of the pane at 320 px (Excel's narrow task pane) go to test-output/.
//
// Expected values worked out by hand: 4101 returns exactly its frame (57.600.000: 47.800.000 +
// 600.000 + 6.600.000 + 3.900.000 + 1.100.000 - 2.400.000), its vikar line justified; 4102 returns
// 56.535.400 (40.100.000 + 14.200.000 + 2.450.000 + 985.400 - 1.200.000), 2.535.400 over its frame
// of 54.000.000, and its implant line (+1.560.000, +12,3 %) has no justification: two remarks. An
// equal profile spreads 600.000 as 50.000 a month, and 985.400 as 82.117 in January to August and
// 82.116 in September to December (largest remainder, ties to the earlier month).

import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardiologyReturn } from "../fixtures/previewReturns";
import { fillWithSheetJS } from "../templates/foreign";
import { openPreview, OUTPUT } from "./browser";
import { onPage, zipDownloaded } from "./pane";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

let on: ReturnType<typeof onPage>;
const cell = (ref: string) => on.cell(ref);
const valueOf = (ref: string) => on.valueOf(ref);
const textOf = (testId: string) => on.textOf(testId);
const select = (sheet: string, from: string, to: string) => on.select(sheet, from, to);
const paneShot = (name: string) => on.paneShot(name);
const row = (r: number, columns: number) => on.row(r, columns);

beforeAll(async () => {
  preview = await openPreview(1100, "da");
  page = preview.page;
  on = onPage(page);
});

afterAll(() => preview?.close());

const YEAR = 2027;
const INPUT = `Budget ${YEAR}`;
let files: Map<string, Uint8Array>;

describe("Templates panel on the preview workbook", () => {
  it("builds the sample's six templates, writes the register, and downloads them as one .zip", async () => {
    await select("Skabelonlinjer", "A1", "H30");
    await page.getByTestId("tab-templates").click();
    await page.getByTestId("tp-use-selection").click();
    await expect.poll(() => textOf("tp-table-address")).toBe("Tabel: Skabelonlinjer!A1:H30 (29 linjer)");
    expect(await page.getByTestId("tp-column-lastBudget").inputValue()).toBe("5");
    expect(await page.getByTestId("tp-column-lastActual").inputValue()).toBe("6");
    expect(await page.getByTestId("tp-column-profile").inputValue()).toBe("7");
    await select("Rammer", "A1", "C7");
    await page.getByTestId("tp-frames-selection").click();
    await expect.poll(() => page.getByTestId("tp-frames").inputValue()).toBe("Rammer!A1:C7");
    expect(await page.getByTestId("tp-frame-column").inputValue()).toBe("2");
    await page.getByTestId("tp-deadline").fill("2026-09-15");
    await page.getByTestId("tp-contact").fill("Økonomiafdelingen, budget@region.dk");
    expect(await page.getByTestId("tp-year").inputValue()).toBe(String(new Date().getFullYear() + 1));
    await page.getByTestId("tp-year").fill(String(YEAR));

    await page.getByTestId("tp-preview").click();
    await expect.poll(() => page.getByTestId("tp-department-4101").textContent(), { timeout: 30_000 }).toBe("4101 Kardiologisk afd.Hospital Nord657.600.000");
    expect(await page.getByTestId("tp-plan").locator("tbody tr").count()).toBe(6);
    await paneShot("templates-preview-320");

    await page.getByTestId("tp-write").click();
    await expect.poll(() => textOf("tp-status")).toBe("6 skabeloner dannet; registret er skrevet på Skabelonstatus. Hent eller åbn filerne herunder.");
    // the preview opens no other workbook, and says so
    expect(await textOf("tp-open-unavailable")).toBe("Åbn i Excel findes ikke i forhåndsvisningen: hent filen, og åbn den i Excel.");
    expect(await page.getByTestId("tp-open-4101").count()).toBe(0);
    await paneShot("templates-built-320");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-download-zip").click()]);
    expect(download.suggestedFilename()).toBe(`Budgetskabeloner ${YEAR}.zip`);
    files = await zipDownloaded(download);
    expect([...files.keys()]).toEqual([
      `${YEAR} 4101 Kardiologisk afd.xlsx`,
      `${YEAR} 4102 Ortopædkirurgisk afd.xlsx`,
      `${YEAR} 4103 Akutmodtagelsen.xlsx`,
      `${YEAR} 4104 Medicinsk afd.xlsx`,
      `${YEAR} 4105 Radiologisk afd.xlsx`,
      `${YEAR} 4106 Hospitalsledelse.xlsx`,
    ]);

    // the status sheet: every department not returned, with the register below
    await page.getByTestId("sheet-Skabelonstatus").click();
    expect(await valueOf("A1")).toBe(`Budgetskabeloner ${YEAR}: status`);
    expect(await row(6, 5)).toEqual(["Ikke returneret", "4101", "Kardiologisk afd.", "Hospital Nord", "1"]);
    expect(await cell("A5").getAttribute("data-filter")).toBe("true");
    // the register: a budget year is no amount, a frame is
    expect([await cell("G21").textContent(), await cell("I21").textContent()]).toEqual(["2027", "57.600.000"]);
  });

  it("takes two departments' files back, dropped in the pane, and writes the status and the consolidation", async () => {
    const cardio = fillWithSheetJS(files.get(`${YEAR} 4101 Kardiologisk afd.xlsx`) as Uint8Array, cardiologyReturn(YEAR));
    const ortho = fillWithSheetJS(files.get(`${YEAR} 4102 Ortopædkirurgisk afd.xlsx`) as Uint8Array, [
      { sheet: INPUT, cell: "F9", value: 40_100_000 },
      { sheet: INPUT, cell: "F10", value: 14_200_000 },
      { sheet: INPUT, cell: "F11", value: 2_450_000 },
      { sheet: INPUT, cell: "F12", value: 985_400 },
      { sheet: INPUT, cell: "F13", value: -1_200_000 },
    ]);
    writeFileSync(path.join(OUTPUT, "returned 4101.xlsx"), cardio);
    writeFileSync(path.join(OUTPUT, "returned 4102.xlsx"), ortho);

    await page.getByTestId("tp-part-collect").click();
    // dropped as a person drags files from the mail into the pane
    await on.drop("tc-drop", [
      { name: "4101 retur.xlsx", bytes: cardio },
      { name: "4102 retur.xlsx", bytes: ortho },
    ]);
    await expect.poll(() => textOf("tc-file-0-status"), { timeout: 30_000 }).toBe("Godkendt");
    expect(await textOf("tc-file-1-status")).toBe("Godkendt med bemærkninger");
    expect([await textOf("tc-file-0-department"), await textOf("tc-file-1-department")]).toEqual(["4101 Kardiologisk afd.", "4102 Ortopædkirurgisk afd."]);
    const problems = await page.getByTestId("tc-file-1-problems").locator("li").allTextContents();
    // each names the sheet and cell in the department's file
    expect(problems).toEqual([
      `'${INPUT}'!H10: linje 2220 ændres med 1.560.000 fra sidste år og skal begrundes`,
      `'${INPUT}'!F19: summen 56.535.400 er 2.535.400 over rammen på 54.000.000`,
    ]);
    await paneShot("templates-collect-320");

    await page.getByTestId("tc-write").click();
    await expect.poll(() => textOf("tc-status")).toBe("2 filer indsamlet, 2 godkendt; status er skrevet på Skabelonstatus, 11 linjer på Konsolidering.");

    await page.getByTestId("sheet-Skabelonstatus").click();
    expect(await row(6, 13)).toEqual(["Godkendt", "4101", "Kardiologisk afd.", "Hospital Nord", "1", "15.09.2026", "", "4101 retur.xlsx", expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), "0", "0", "4101 retur.xlsx", expect.any(String)]);
    expect((await row(7, 11)).slice(0, 11)).toEqual(["Godkendt med bemærkninger", "4102", "Ortopædkirurgisk afd.", "Hospital Nord", "1", "15.09.2026", "", "4102 retur.xlsx", expect.any(String), "0", "2"]);
    expect((await row(8, 2))[0]).toBe("Ikke returneret");
    await page.screenshot({ path: path.join(OUTPUT, "templates-status.png") });
    await page.locator(".grid-scroll").evaluate((grid) => (grid.scrollLeft = 600));
    await page.screenshot({ path: path.join(OUTPUT, "templates-status-right.png") });
    await page.locator(".grid-scroll").evaluate((grid) => (grid.scrollLeft = 0));

    await page.getByTestId("sheet-Konsolidering").click();
    expect(await valueOf("A1")).toBe(`Konsolideret budget ${YEAR}`);
    expect(await row(5, 8)).toEqual(["Afdeling", "Afdelingsnavn", "Hospital", "Linje", "Konto", "Tekst", `Budget ${YEAR - 1}`, `Budget ${YEAR}`]);
    // 4101's vikar line: its justification, 50.000 a month
    expect(await row(7, 10)).toEqual(["4101", "Kardiologisk afd.", "Hospital Nord", "1130", "1130", "Vikarbureau, sygeplejersker", "850000", "600000", "lige", "Færre vikarer efter nyansættelser"]);
    for (const column of "KLMNOPQRSTUV") expect(await valueOf(`${column}7`)).toBe("50000");
    // 4102's 2290, spread equally by largest remainder
    expect(await valueOf("D15")).toBe("2290");
    const months = [];
    for (const column of "KLMNOPQRSTUV") months.push(Number(await valueOf(`${column}15`)));
    expect(months).toEqual([...new Array(8).fill(82_117), ...new Array(4).fill(82_116)]);
    // the totals against the frames: 4101 on it, 4102 over it and drawn red
    expect(await valueOf("A18")).toBe("I alt pr. afdeling");
    expect(await row(20, 10)).toEqual(["4101", "Kardiologisk afd.", "Hospital Nord", "6", "", "", "58318250", "57600000", "57600000", "0"]);
    expect(await row(21, 10)).toEqual(["4102", "Ortopædkirurgisk afd.", "Hospital Nord", "5", "Over rammen", "", "54755525", "56535400", "54000000", "2535400"]);
    expect(await cell("H21").getAttribute("data-highlight")).toBe("true");
    expect(await cell("H20").getAttribute("data-highlight")).toBeNull();
    expect(await row(26, 8)).toEqual(["Regionen i alt", "", "", "2", "", "", "113073775", "114135400"]);
    await page.screenshot({ path: path.join(OUTPUT, "templates-consolidation.png") });
    // and its right part: the frames, the months and the Finance note
    await page.locator(".grid-scroll").evaluate((grid) => (grid.scrollLeft = 700));
    await page.screenshot({ path: path.join(OUTPUT, "templates-consolidation-right.png") });
  });
});
