// Follow-up returns end to end on the preview workbook, in Danish, in real Chromium: the Forecast
// panel reports the sample's follow-up table as at May and builds one follow-up template per
// department; two departments fill theirs in with another library than the one that wrote them
// (SheetJS); finance drops them on the Templates panel's collect, which writes the follow-up
// status, the department forecasts and the action-plan register; the report written again shows
// the department's projection, the projection after its decided measure and its explanation; and
// the quarterly pack is written as a new sheet with its charts. Screenshots at 320 px go to
// test-output/.
//
// Expected values: the add-in's projections as at May are the Forecast panel's own (profile
// method; worked out independently for test/e2e/forecast.e2e.ts): 4101-2210 7.061.097, 4101-7110
// -2.182.037, both material. Kardiologisk afd. expects 6.900.000 on medicine, with a decided
// measure saving 20.000 a month from July: July to December is 6 months, so 120.000 less, and the
// projection after actions is 7.061.097 - 120.000 = 6.941.097. Its undecided whole-department
// measure saves 10.000 a month from August: a potential of 5 x 10.000 = 50.000.

import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillWithSheetJS } from "../templates/foreign";
import { openPreview, OUTPUT } from "./browser";
import { onPage } from "./pane";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;
let on: ReturnType<typeof onPage>;

const YEAR = 2026;
const INPUT = `Opfølgning maj ${YEAR}`;
const ACTIONS = "Handleplan";
let files: Map<string, Uint8Array>;

beforeAll(async () => {
  preview = await openPreview(1100, "da");
  page = preview.page;
  on = onPage(page);
});

afterAll(() => preview?.close());

async function writeReport() {
  await page.getByTestId("fc-write").click();
  await expect.poll(() => on.textOf("fc-status"), { timeout: 30_000 }).toMatch(/^Rapporten er skrevet på Prognose/);
}

describe("Follow-up returns on the preview workbook", () => {
  it("reports May and builds one follow-up template per department", async () => {
    await on.select("Opfølgning", "A1", "AD9");
    await page.getByTestId("tab-forecast").click();
    await page.getByTestId("fc-use-selection").click();
    await expect.poll(() => on.textOf("fc-table-address")).toBe("Tabel: Opfølgning!A1:AD9");
    expect(await page.getByTestId("fc-column-department").inputValue()).toBe("27");
    expect(await page.getByTestId("fc-column-departmentName").inputValue()).toBe("28");
    expect(await page.getByTestId("fc-column-hospital").inputValue()).toBe("29");
    await page.getByTestId("fc-year").fill(String(YEAR));
    await page.getByTestId("fc-month").selectOption("5");
    await writeReport();

    await page.getByTestId("fu-deadline").fill(`${YEAR}-06-10`);
    await page.getByTestId("fu-contact").fill("Økonomiafdelingen, opfolgning@region.dk");
    await on.paneShot("followup-send-320");
    await page.getByTestId("fu-build").click();
    await expect.poll(() => on.textOf("fu-status"), { timeout: 30_000 }).toBe("4 opfølgningsskabeloner dannet; registret er skrevet på Opfølgningsstatus. Send filerne herunder.");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("fu-download-zip").click()]);
    expect(download.suggestedFilename()).toBe(`Opfølgning ${YEAR}-05.zip`);
    const zipPath = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(zipPath);
    const zip = await JSZip.loadAsync(await import("node:fs").then((fs) => fs.readFileSync(zipPath)));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual([
      `${YEAR}-05 4101 Kardiologisk afd.xlsx`,
      `${YEAR}-05 4102 Ortopædkirurgisk afd.xlsx`,
      `${YEAR}-05 4103 Akutmodtagelsen.xlsx`,
      `${YEAR}-05 4105 Radiologisk afd.xlsx`,
    ]);
    files = new Map(await Promise.all(names.map(async (name) => [name, await zip.files[name].async("uint8array")] as const)));

    await page.getByTestId("sheet-Opfølgningsstatus").click();
    expect(await on.valueOf("A1")).toBe(`Opfølgning ${YEAR}: status pr. maj`);
    expect(await on.row(6, 5)).toEqual(["Ikke returneret", "4101", "Kardiologisk afd.", "Hospital Nord", "1"]);
  });

  it("collects two departments' returns and keeps their forecasts and measures", async () => {
    const cardio = fillWithSheetJS(files.get(`${YEAR}-05 4101 Kardiologisk afd.xlsx`) as Uint8Array, [
      { sheet: INPUT, cell: "L10", value: 6_900_000 },
      { sheet: INPUT, cell: "M10", value: "Ny indkøbsaftale på biologisk medicin fra juli" },
      { sheet: INPUT, cell: "M11", value: "Færre patienter fra andre regioner" },
      { sheet: ACTIONS, cell: "B4", value: "Skift til biosimilær" },
      { sheet: ACTIONS, cell: "C4", value: "4101-2210" },
      { sheet: ACTIONS, cell: "D4", value: "Overlæge Hansen" },
      { sheet: ACTIONS, cell: "E4", value: "Ja" },
      { sheet: ACTIONS, cell: "F4", value: 7 },
      { sheet: ACTIONS, cell: "G4", value: 20_000 },
      { sheet: ACTIONS, cell: "B5", value: "Færre vikarvagter" },
      { sheet: ACTIONS, cell: "C5", value: "Hele afdelingen" },
      { sheet: ACTIONS, cell: "D5", value: "Afdelingsledelsen" },
      { sheet: ACTIONS, cell: "E5", value: "Nej" },
      { sheet: ACTIONS, cell: "F5", value: 8 },
      { sheet: ACTIONS, cell: "G5", value: 10_000 },
    ]);
    // Akutmodtagelsen agrees and changes nothing: its material vikar line lacks an explanation
    const acute = files.get(`${YEAR}-05 4103 Akutmodtagelsen.xlsx`) as Uint8Array;

    await page.getByTestId("tab-templates").click();
    await page.getByTestId("tp-part-collect").click();
    await on.drop("tc-drop", [
      { name: "4101 opfølgning.xlsx", bytes: cardio },
      { name: "4103 opfølgning.xlsx", bytes: acute },
    ]);
    await expect.poll(() => on.textOf("tc-file-0-status"), { timeout: 30_000 }).toBe("Godkendt");
    expect(await on.textOf("tc-file-1-status")).toBe("Godkendt med bemærkninger");
    expect(await page.getByTestId("tc-file-1-problems").locator("li").allTextContents()).toEqual([
      `'${INPUT}'!M10: linje 4103-1130 er væsentlig (forventet afvigelse 720.721 mod budgettet) og skal forklares`,
    ]);
    await on.paneShot("followup-collect-320");
    await page.getByTestId("tc-write").click();
    await expect.poll(() => on.textOf("tc-status")).toMatch(/^2 filer indsamlet, 2 godkendt\. 2 opfølgninger tæller; deres status er skrevet på Opfølgningsstatus\./);

    await page.getByTestId("sheet-Handleplaner").click();
    expect(await on.row(5, 12)).toEqual([`4101-${YEAR}-05-1`, "4101", "4101-2210", "Skift til biosimilær", "Overlæge Hansen", "Ja", "7", "20000", "120000", "Besluttet", "5", "5"]);
    expect(await on.row(6, 12)).toEqual([`4101-${YEAR}-05-2`, "4101", "Hele afdelingen", "Færre vikarvagter", "Afdelingsledelsen", "Nej", "8", "10000", "50000", "Foreslået", "5", "5"]);
    await page.screenshot({ path: path.join(OUTPUT, "followup-actions.png") });

    await page.getByTestId("sheet-Afdelingsprognoser").click();
    expect(await on.row(5, 6)).toEqual(["4101", "5", "4101-1110", "48455220", "48455220", ""]);
    expect(await on.row(6, 6)).toEqual(["4101", "5", "4101-2210", "7061097", "6900000", "Ny indkøbsaftale på biologisk medicin fra juli"]);
  });

  it("writes the report again with the department's projection, the one after its decided measure, and its explanation", async () => {
    await page.getByTestId("tab-forecast").click();
    await writeReport();
    await page.getByTestId("sheet-Prognose").click();
    // the medicine line: the add-in's, the department's and after actions, the explanations side by side
    expect([await on.valueOf("A5"), await on.valueOf("I5"), await on.valueOf("J5"), await on.valueOf("K5")]).toEqual(["4101-2210", "7061097", "6900000", "6941097"]);
    expect(await on.valueOf("Q5")).toBe("Ny indkøbsaftale på biologisk medicin fra juli");
    // a line of a department that has not returned shows no department projection
    expect([await on.valueOf("A7"), await on.valueOf("J7")]).toEqual(["4102-1110", ""]);
    await page.screenshot({ path: path.join(OUTPUT, "followup-report.png") });
    await page.locator(".grid-scroll").evaluate((grid) => (grid.scrollLeft = 700));
    await page.screenshot({ path: path.join(OUTPUT, "followup-report-right.png") });
    await page.locator(".grid-scroll").evaluate((grid) => (grid.scrollLeft = 0));
  });

  it("writes the pack as a new sheet once, with the expected result per hospital charted", async () => {
    await page.getByTestId("fu-pack").click();
    await expect.poll(() => on.textOf("fu-status"), { timeout: 30_000 }).toBe(`Pakken er skrevet på det nye ark Prognose maj ${YEAR}: 4 afdelinger på 2 hospitaler.`);
    await page.getByTestId(`sheet-Prognose maj ${YEAR}`).click();
    expect(await on.valueOf("A1")).toBe(`Prognoserapport maj ${YEAR}`);
    await expect.poll(() => page.getByTestId("chart").count()).toBe(2);
    await page.screenshot({ path: path.join(OUTPUT, "followup-pack.png"), fullPage: true });
    await on.paneShot("followup-pack-320");
    // never rewritten: the same month again is refused
    await page.getByTestId("fu-pack").click();
    await expect.poll(() => on.textOf("fu-status")).toBe(
      `Pakken for maj ${YEAR} er allerede skrevet, på arket Prognose maj ${YEAR}. En pakke skrives én gang og skrives aldrig om; slet først det ark, hvis pakken skal laves igen.`,
    );
  });
});
