// Every job of the task pane from the keyboard only, in real Chromium, as a person without a mouse
// does it in Excel: select the table in the grid with Shift+arrows, Tab on to the pane, choose the
// panel's tab with the arrows and Enter, the columns and fields with the arrows and by typing,
// preview, write, answer the question before overwriting, and undo. No click, no mouse event; a
// file chooser opened with Enter on its button is answered as the person picks the files. After
// every key the focus is on a control of the grid, the pane or the open question, never lost to
// the page. Periodise, Requirement with its chart, and the Forecast report with its follow-up
// returns and quarterly pack in English; Templates (build, download, collect) in Danish.
//
// Expected values as in the mouse-driven tests of each panel (worked out independently there):
// the Periodise panel's working-day spread, the Requirement panel's 2 % by productivity, the
// Forecast panel's year-end as at May.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringsFor } from "../../addin/taskpane/i18n";
import { cardiologyReturn } from "../fixtures/previewReturns";
import { fillWithSheetJS } from "../templates/foreign";
import { openPreview } from "./browser";
import { keyboardOn } from "./keyboard";
import { onPage, zipDownloaded } from "./pane";

const MONTH_COLUMNS = "EFGHIJKLMNOP".split("");

describe("the pane's jobs from the keyboard only, in English", () => {
  const t = stringsFor("en");
  let preview: Awaited<ReturnType<typeof openPreview>>;
  let page: Page;
  let on: ReturnType<typeof onPage>;
  let keys: ReturnType<typeof keyboardOn>;

  beforeAll(async () => {
    preview = await openPreview(900);
    page = preview.page;
    on = onPage(page);
    keys = keyboardOn(page);
  });
  afterAll(() => preview?.close());

  const monthsOfRow = (row: number) => Promise.all(MONTH_COLUMNS.map(async (column) => Number(await on.valueOf(`${column}${row}`))));

  it("Periodise: takes the table, spreads by working days as values, asks before writing over a note, writes on yes and undoes", async () => {
    await keys.enter("grid");
    // a note typed where the months will go
    await keys.moveBy(2, 4); // E3
    await page.keyboard.type("tjek");
    await keys.press("Enter");
    await expect.poll(() => on.valueOf("E3")).toBe("tjek");
    await keys.moveBy(-3, -4); // A1
    await keys.extendBy(16, 3);
    await keys.tabTo("use-selection");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("table-address")).toBe(`${t.table}: Budget!A1:D17 (16 ${t.lines})`);
    await keys.isOn("use-selection");

    await keys.tabTo("profile-kind");
    await keys.choose(t.profileKinds.workdays);
    await keys.tabTo("year");
    await keys.typeOver("2026");
    // the output's radio buttons: the arrows move the choice
    await keys.tabTo("mode-formulas");
    await keys.press("ArrowRight");
    await keys.isOn("mode-values");
    expect(await page.getByTestId("mode-values").isChecked()).toBe(true);
    await keys.tabTo("preview");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("months-total")).toBe("249,138,308");
    await keys.isOn("preview");

    // the note is named, the focus goes into the question, and Escape answers no
    await keys.tabTo("write");
    await keys.press("Enter");
    const question = t.overwriteBody({ count: 1, numbers: 0, texts: 1, formulas: 0, others: 0, spilled: 0, examples: ['Budget!E3 ("tjek")'] });
    await expect.poll(() => on.textOf("overwrite-text")).toBe(question);
    await expect.poll(async () => (await keys.focus()).within).toBe("dialog");
    await keys.pressAway("Escape", "write");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await on.valueOf("E3")).toBe("tjek");
    expect(await on.valueOf("E2")).toBe("");

    // asked again, Tab to Overwrite and Enter
    await keys.press("Enter");
    await expect.poll(() => on.textOf("overwrite-text")).toBe(question);
    await keys.tabTo("overwrite-confirm");
    await keys.pressAway("Enter", "write");
    await expect.poll(() => on.textOf("status")).toBe(t.written(16, "Budget!E1:P17"));
    expect([await on.valueOf("E1"), await on.valueOf("P1")]).toEqual(["Jan 2026", "Dec 2026"]);
    // 2026 working days 21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22 (254): 48,215,300 / 254 a day
    expect(await monthsOfRow(2)).toEqual([3_986_304, 3_796_480, 4_176_129, 3_606_656, 3_606_656, 4_176_129, 4_365_953, 3_986_304, 4_176_129, 4_176_128, 3_986_304, 4_176_128]);
    // 6,482,950.50 rounds to 6,482,951, written over the note
    expect((await monthsOfRow(3)).reduce((a, b) => a + b, 0)).toBe(6_482_951);

    // Undo last write: the note is back, the months gone, and the focus stays in the panel
    await keys.tabTo("undo");
    await keys.pressAway("Enter", "write");
    await expect.poll(() => on.textOf("status")).toBe(t.undone("Budget!E1:P17"));
    expect([await on.valueOf("E1"), await on.valueOf("E2"), await on.valueOf("E3"), await on.valueOf("P17")]).toEqual(["", "", "tjek", ""]);
    expect(await page.getByTestId("undo").count()).toBe(0);
    await keys.isOn("write");
  });

  it("Requirement: passes 2 % down the steering chain by productivity, writes the results and the chart, and undoes over a cell typed since, asked", async () => {
    await keys.openSheet("Enheder");
    await keys.extendBy(17, 3);
    expect(await page.locator("td.selected").count()).toBe(4 * 18);
    await keys.openPanel("periodize", "requirement");
    await keys.tabTo("req-use-selection");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("req-table-address")).toBe(`${t.table}: Enheder!A1:D18`);
    await keys.isOn("req-use-selection");
    expect(await page.getByTestId("column-index").inputValue()).toBe("3");

    await keys.tabTo("req-amount");
    await keys.typeOver("2");
    await keys.tabTo("level-1-method");
    await keys.choose(t.methods.productivity);
    await keys.tabTo("level-1-strength");
    await keys.typeOver("1");
    expect(await page.getByTestId("level-2-method").inputValue()).toBe("general");
    await keys.tabTo("req-preview");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("req-sums")).toBe(t.levelSums);
    await keys.isOn("req-preview");

    await keys.tabTo("req-write");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("req-status")).toBe(t.written(17, "Enheder!E1:L18"));
    await keys.isOn("req-write");
    // the region's 180,000,000, its hospitals' and each hospital's departments' shares (G2:G18)
    const amounts = await Promise.all(Array.from({ length: 17 }, async (_, i) => Number(await on.valueOf(`G${i + 2}`))));
    expect(amounts).toEqual([
      180_000_000, 56_173_009, 51_738_297, 39_321_106, 32_767_588, 26_214_071, 18_724_336, 11_234_602, 24_834_383, 18_625_787, 8_278_127,
      18_677_525, 12_779_360, 7_864_221, 15_291_541, 10_922_529, 6_553_518,
    ]);
    expect([await on.valueOf("E3"), await on.valueOf("F3"), await on.valueOf("H3")]).toEqual(["Hospital Nord", "0.018724", "2943826991"]);
    const chart = page.getByTestId("chart");
    await expect.poll(() => chart.getAttribute("data-title")).toBe(t.chartTitle);
    expect(await chart.locator("text.category").count()).toBe(17);

    // the region's requirement typed over in the grid: Undo last write asks first, naming the cell
    await keys.tabTo("grid", { back: true });
    await keys.moveBy(-20, -12); // A1
    await keys.moveBy(1, 6); // G2
    await page.keyboard.type("1");
    await keys.press("Enter");
    await expect.poll(() => on.valueOf("G2")).toBe("1");
    await keys.tabTo("req-undo");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("req-undo-text")).toBe(t.undoChangedBody(1, ["Enheder!G2"]));
    // Escape keeps the write and the typed cell; the focus is back on Undo last write
    await keys.pressAway("Escape", "req-undo");
    expect(await on.valueOf("G2")).toBe("1");
    await keys.press("Enter");
    await keys.tabTo("req-undo-confirm");
    // once undone the button goes, and the focus goes back to Write
    await keys.pressAway("Enter", "req-write");
    await expect.poll(() => on.textOf("req-status")).toBe(t.undone("Enheder!E1:L18"));
    expect([await on.valueOf("E1"), await on.valueOf("G2"), await on.valueOf("L18")]).toEqual(["", "", ""]);
    await keys.isOn("req-write");
  });

  it("Forecast: reports May, sends the follow-up templates as one .zip, writes the quarterly pack, and undoes the report", async () => {
    await keys.openSheet("Opfølgning");
    await keys.extendBy(8, 29); // A1:AD9, with the department, its name and its hospital
    await keys.openPanel("requirement", "forecast");
    await keys.tabTo("fc-use-selection");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("fc-table-address")).toBe(`${t.table}: Opfølgning!A1:AD9`);
    await keys.isOn("fc-use-selection");
    expect(await page.getByTestId("fc-column-department").inputValue()).toBe("27");
    await keys.tabTo("fc-year");
    await keys.typeOver("2026");
    await keys.tabTo("fc-month");
    await keys.choose(`5 (${t.months[4]})`);
    await keys.tabTo("fc-write");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("fc-status")).toBe(t.forecastWritten("Forecast", 8, 0, null));
    await keys.isOn("fc-write");

    // the follow-up returns, one per department, sent as one .zip
    await keys.tabTo("fu-build");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("fu-status"), { timeout: 30_000 }).toBe(t.followUpSend.sentDone(4, "Follow-up status"));
    await keys.isOn("fu-build");
    await keys.tabTo("fu-download-zip");
    const [download] = await Promise.all([page.waitForEvent("download"), keys.press("Enter")]);
    expect(download.suggestedFilename()).toBe(t.followUpSend.zipName(2026, 5));
    expect([...(await zipDownloaded(download, `keyboard ${download.suggestedFilename()}`)).keys()]).toEqual(["2026-05 4101 Kardiologisk afd.xlsx", "2026-05 4102 Ortopædkirurgisk afd.xlsx", "2026-05 4103 Akutmodtagelsen.xlsx", "2026-05 4105 Radiologisk afd.xlsx"]);
    await keys.isOn("fu-download-zip");

    // the quarterly pack, a new sheet
    await keys.tabTo("fu-pack");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("fu-status"), { timeout: 30_000 }).toBe(t.followup.packDone("Forecast May 2026", 4, 2));
    await keys.isOn("fu-pack");

    // the report as the grid shows it: each line's projected year-end as at May (column I)
    await keys.openSheet("Forecast");
    expect(await on.valueOf("A1")).toBe("Projected year-end as at May (month 5)");
    const yearEnds = await Promise.all(Array.from({ length: 9 }, async (_, i) => [await on.valueOf(`A${i + 4}`), Number(await on.valueOf(`I${i + 4}`))]));
    expect(yearEnds).toEqual([
      ["4101-1110", 48_455_220],
      ["4101-2210", 7_061_097],
      ["4101-7110", -2_182_037],
      ["4102-1110", 39_599_262],
      ["4102-2220", 13_156_069],
      ["4103-1110", 57_715_118],
      ["4103-1130", 4_120_721],
      ["4105-2310", 4_045_199],
      [t.totalLabel, 171_970_649],
    ]);

    await keys.tabTo("fc-undo");
    await keys.pressAway("Enter", "fc-write");
    await expect.poll(() => on.textOf("fc-status")).toBe(t.undone("Forecast!A1:W15"));
    // the report's sheet was the write's own: undone, it is gone
    expect(await page.getByTestId("sheet-Forecast").count()).toBe(0);
    await keys.isOn("fc-write");
  });
});

describe("the Templates panel from the keyboard only, in Danish", () => {
  const t = stringsFor("da");
  const YEAR = 2027;
  let preview: Awaited<ReturnType<typeof openPreview>>;
  let page: Page;
  let on: ReturnType<typeof onPage>;
  let keys: ReturnType<typeof keyboardOn>;
  let files: Map<string, Uint8Array>;

  beforeAll(async () => {
    preview = await openPreview(900, "da");
    page = preview.page;
    on = onPage(page);
    keys = keyboardOn(page);
  });
  afterAll(() => preview?.close());

  it("builds the templates with the frames taken from another sheet, and downloads them as one .zip", async () => {
    await keys.enter("sheet-Skabelonlinjer");
    await keys.openSheet("Skabelonlinjer");
    await keys.extendBy(29, 7);
    await keys.openPanel("periodize", "templates");
    // the panel is loaded when its tab is first opened
    await page.getByTestId("tp-use-selection").waitFor();
    await keys.tabTo("tp-use-selection");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("tp-table-address")).toBe(`${t.table}: Skabelonlinjer!A1:H30 (29 ${t.lines})`);
    await keys.isOn("tp-use-selection");

    // the frames: their sheet's tab, the block with Shift+arrows, and back to the pane's button
    await keys.openSheet("Rammer");
    await keys.extendBy(6, 2);
    await keys.tabTo("tp-frames-selection");
    await keys.press("Enter");
    await expect.poll(() => page.getByTestId("tp-frames").inputValue()).toBe("Rammer!A1:C7");
    await keys.isOn("tp-frames-selection");
    expect(await page.getByTestId("tp-frame-column").inputValue()).toBe("2");

    await keys.tabTo("tp-year");
    await keys.typeOver(String(YEAR));
    await keys.tabTo("tp-deadline");
    await typeDate(page, "2026-09-15");
    expect(await page.getByTestId("tp-deadline").inputValue()).toBe("2026-09-15");
    await keys.tabTo("tp-preview");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("tp-department-4101"), { timeout: 30_000 }).toBe("4101 Kardiologisk afd.Hospital Nord657.600.000");
    await keys.isOn("tp-preview");
    await keys.tabTo("tp-write");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("tp-status"), { timeout: 30_000 }).toBe(t.templates.builtDone(6, "Skabelonstatus"));
    await keys.isOn("tp-write");

    await keys.tabTo("tp-download-zip");
    const [download] = await Promise.all([page.waitForEvent("download"), keys.press("Enter")]);
    expect(download.suggestedFilename()).toBe(t.templates.zipName(YEAR));
    files = await zipDownloaded(download, `keyboard ${download.suggestedFilename()}`);
    // one template per department of the sample (their names are the mouse-driven test's to check)
    expect(files.size).toBe(6);
    await keys.isOn("tp-download-zip");
  });

  it("collects two returned files picked with the file chooser opened from the keyboard, writes them and undoes", async () => {
    const cardio = fillWithSheetJS(files.get(`${YEAR} 4101 Kardiologisk afd.xlsx`) as Uint8Array, cardiologyReturn(YEAR));
    const radiology = files.get(`${YEAR} 4105 Radiologisk afd.xlsx`) as Uint8Array;

    // the part's tabs: Shift+Tab back to Build, the arrow to Collect, Enter
    await keys.tabTo("tp-part-build", { back: true });
    await keys.press("ArrowRight");
    await keys.isOn("tp-part-collect");
    await keys.press("Enter");
    await expect.poll(() => page.getByTestId("tp-part-collect").getAttribute("aria-selected")).toBe("true");
    // listened for before the key, so Chromium hands the chooser to the test rather than showing it
    const choosing = page.waitForEvent("filechooser");
    await keys.tabTo("tc-pick");
    const [chooser] = await Promise.all([choosing, keys.press("Enter")]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: "4101 retur.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(cardio) },
      { name: "4105 retur.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(radiology) },
    ]);
    await expect.poll(() => on.textOf("tc-file-0-status"), { timeout: 30_000 }).toBe(t.templates.statuses.accepted);
    // radiology's file came back as it was sent: no amount on any line, so it is rejected
    expect([await on.textOf("tc-file-1-status"), await on.textOf("tc-file-1-department")]).toEqual([t.templates.statuses.rejected, "4105 Radiologisk afd."]);
    expect(await page.getByTestId("tc-file-1-problems").locator("li").count()).toBe(5);
    await keys.isOn("tc-pick");

    await keys.tabTo("tc-write");
    await keys.press("Enter");
    await expect.poll(() => on.textOf("tc-status")).toBe(t.templates.collectedDone(2, 1, "Skabelonstatus", "Konsolidering", 6));
    await keys.isOn("tc-write");
    await keys.openSheet("Skabelonstatus");
    const received = expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(await on.row(6, 13)).toEqual(["Godkendt", "4101", "Kardiologisk afd.", "Hospital Nord", "1", "15.09.2026", "", "4101 retur.xlsx", received, "0", "0", "4101 retur.xlsx", received]);
    expect((await on.row(10, 11)).filter((_, i) => i !== 6 && i !== 8)).toEqual(["Afvist", "4105", "Radiologisk afd.", "Hospital Syd", "1", "15.09.2026", "4105 retur.xlsx", "5", "0"]);

    // undone from the pane: the register as the build wrote it
    await keys.tabTo("tc-undo");
    await keys.pressAway("Enter", "tc-write");
    await expect.poll(() => on.textOf("tc-status")).toBe(t.undone("Skabelonstatus!A1:N31, Konsolidering!A1:W20"));
    expect([await on.valueOf("A6"), await on.valueOf("H6"), await on.valueOf("A10")]).toEqual(["Ikke returneret", "", "Ikke returneret"]);
    await keys.isOn("tc-write");
  });
});

/** A date typed into the focused date field, its parts in the order the browser's locale shows them. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { year: "numeric", month: "2-digit", day: "2-digit" })
      .formatToParts(new Date(2026, 8, 15))
      .filter((part) => part.type === "year" || part.type === "month" || part.type === "day")
      .map((part) => part.type),
  );
  for (const part of order) await page.keyboard.type(part === "year" ? year : part === "month" ? month : day);
}
