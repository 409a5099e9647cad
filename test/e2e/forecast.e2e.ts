// The Forecast panel end to end on the preview workbook, in real Chromium: the sample's follow-up
// table (sheet Opfølgning, 8 lines with actuals booked to June) is reported as at May with the
// profile method; the controller types an explanation in the report; the report is run again as
// at June. The explanation survives, the numbers move, material variances are highlighted and the
// chart of cumulative budget, actual and forecast is drawn.
//
// Expected values worked out independently (Python, exact fractions): year-end T = round(A x budget
// total / budget to date), the rest spread along the remaining budget months by largest remainder,
// plus the known adjustment (-150,000 kr on 4103-1130); material when |expected result| >=
// 100,000 kr and >= 5 % of the annual budget.

import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview, OUTPUT } from "./browser";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

const cell = (ref: string) => page.locator(`[data-cell="${ref}"]`);
const valueOf = (ref: string) => cell(ref).getAttribute("data-value");

/** Key, annual budget, then per month (May, June): actual to date, projected year-end, material. */
const EXPECTED: [string, number, [number, number, boolean], [number, number, boolean]][] = [
  ["4101-1110", 48_215_300, [20_496_558, 48_455_220, false], [24_519_228, 48_361_397, false]],
  ["4101-2210", 6_482_950, [3_078_638, 7_061_097, true], [3_618_913, 7_068_190, true]],
  ["4101-7110", -2_340_000, [-909_182, -2_182_037, true], [-1_095_118, -2_190_236, true]],
  ["4102-1110", 39_870_125, [16_750_488, 39_599_262, false], [20_136_722, 39_717_401, false]],
  ["4102-2220", 12_640_000, [5_481_698, 13_156_069, false], [6_548_869, 13_097_734, false]],
  ["4103-1110", 57_300_000, [24_413_495, 57_715_118, false], [29_308_514, 57_807_720, false]],
  ["4103-1130", 3_400_000, [1_779_470, 4_120_721, true], [2_143_800, 4_137_595, true]],
  ["4105-2310", 4_200_000, [1_896_187, 4_045_199, false], [2_019_900, 4_039_800, false]],
];
const TOTAL = { budget: 169_768_375, may: 171_970_649, june: 172_039_601 };

beforeAll(async () => {
  preview = await openPreview();
  page = preview.page;
});

afterAll(() => preview?.close());

async function report(month: string) {
  await page.getByTestId("fc-month").selectOption(month);
  await page.getByTestId("fc-write").click();
}

/** The report as the grid shows it, per line: key, actual to date (C), budget (G), year-end (I), result (L), material (P). */
async function lines() {
  const rows = [];
  for (let i = 0; i < EXPECTED.length + 1; i++) {
    const r = i + 4;
    rows.push([await valueOf(`A${r}`), Number(await valueOf(`C${r}`)), Number(await valueOf(`G${r}`)), Number(await valueOf(`I${r}`)), Number(await valueOf(`L${r}`)), await valueOf(`P${r}`)]);
  }
  return rows;
}

const expected = (which: 2 | 3) => [
  ...EXPECTED.map((e) => [e[0], e[which][0], e[1], e[which][1], e[which][1] - e[1], e[which][2] ? "Yes" : ""]),
  ["Total", EXPECTED.reduce((s, e) => s + e[which][0], 0), TOTAL.budget, which === 2 ? TOTAL.may : TOTAL.june, (which === 2 ? TOTAL.may : TOTAL.june) - TOTAL.budget, ""],
];

describe("Forecast panel on the preview workbook", () => {
  it("reports May, keeps a typed explanation when June is reported, and moves the numbers", async () => {
    await page.getByTestId("sheet-Opfølgning").click();
    await cell("A1").dispatchEvent("mousedown");
    await cell("AA9").dispatchEvent("mousedown", { shiftKey: true });
    await page.getByTestId("tab-forecast").click();
    await page.getByTestId("fc-use-selection").click();
    await expect.poll(() => page.getByTestId("fc-table-address").textContent()).toBe("Table: Opfølgning!A1:AA9");
    // columns found from the headers; the month from the actuals booked
    expect(await page.getByTestId("fc-column-actual").inputValue()).toBe("2");
    expect(await page.getByTestId("fc-column-budget").inputValue()).toBe("14");
    expect(await page.getByTestId("fc-column-adjustment").inputValue()).toBe("26");
    expect(await page.getByTestId("fc-month").inputValue()).toBe("6");
    expect(await page.getByTestId("fc-method").inputValue()).toBe("profile");

    await report("5");
    await expect.poll(() => page.getByTestId("fc-status").textContent()).toBe("Report written to Forecast: 8 lines; 0 explanations kept.");
    await page.getByTestId("sheet-Forecast").click();
    expect(await valueOf("A1")).toBe("Projected year-end as at May (month 5)");
    expect(await lines()).toEqual(expected(2));
    // material rows highlighted, the others not
    for (let i = 0; i < EXPECTED.length; i++) {
      expect(await cell(`L${i + 4}`).getAttribute("data-highlight"), EXPECTED[i][0]).toBe(EXPECTED[i][2][2] ? "true" : null);
    }
    await expect.poll(() => page.getByTestId("chart").getAttribute("data-title")).toBe("Budget, actual and forecast, cumulative: Total");

    // the controller explains the medicine overspend in the report, in the controller's explanation column (R)
    const explanation = "=Flere patienter med biologisk behandling";
    await cell("R5").dispatchEvent("mousedown");
    await expect.poll(() => page.getByTestId("name-box").textContent()).toBe("R5");
    await page.getByTestId("formula-bar").fill(`'${explanation}`);
    await page.getByTestId("formula-bar").press("Enter");
    await expect.poll(() => valueOf("R5")).toBe(explanation);

    // a month later: report June
    await report("6");
    await expect.poll(() => page.getByTestId("fc-status").textContent()).toBe("Report written to Forecast: 8 lines; 1 explanation kept.");
    expect(await valueOf("A1")).toBe("Projected year-end as at June (month 6)");
    expect(await valueOf("R5")).toBe(explanation);
    expect(await lines()).toEqual(expected(3));
    expect(await valueOf("I5")).not.toBe(String(EXPECTED[1][2][1]));
    await page.screenshot({ path: path.join(OUTPUT, "preview-forecast.png"), fullPage: true });

    // undo June's report: May's is back, cell for cell, with the explanation
    await page.getByTestId("fc-undo").click();
    await expect.poll(() => page.getByTestId("fc-status").textContent()).toBe("Undone: Forecast!A1:W15 holds again what it held before the write.");
    expect(await valueOf("A1")).toBe("Projected year-end as at May (month 5)");
    expect(await lines()).toEqual(expected(2));
    expect(await valueOf("R5")).toBe(explanation);
  });

  it("leaves a note beside the title where it is, and asks before overwriting a note typed over a figure, naming it", async () => {
    // the report again as at June, then the controller types a note under the report where the
    // next report needs no cell: nothing is asked
    await report("6");
    await expect.poll(() => page.getByTestId("fc-status").textContent()).toBe("Report written to Forecast: 8 lines; 1 explanation kept.");
    await cell("C1").dispatchEvent("mousedown");
    await page.getByTestId("formula-bar").fill("Til direktionen");
    await page.getByTestId("formula-bar").press("Enter");
    await expect.poll(() => valueOf("C1")).toBe("Til direktionen");
    await report("6");
    await expect.poll(() => page.getByTestId("fc-status").textContent()).toBe("Report written to Forecast: 8 lines; 1 explanation kept.");
    expect(await valueOf("C1")).toBe("Til direktionen");

    // a note typed over a figure is asked about, named, and kept on cancel
    await cell("C6").dispatchEvent("mousedown");
    await page.getByTestId("formula-bar").fill("tjek");
    await page.getByTestId("formula-bar").press("Enter");
    await expect.poll(() => valueOf("C6")).toBe("tjek");
    // the question as it shows in a window of 320 px, once it has faded in
    await page.setViewportSize({ width: 320, height: 640 });
    await report("6");
    await expect.poll(() => page.getByTestId("fc-overwrite-text").textContent()).toBe(
      'Writing would overwrite 1 cell that holds something: 1 text, in Forecast!C6 ("tjek"). What is there now is kept, so Undo last write puts it back.',
    );
    const surface = page.getByRole("dialog");
    await expect.poll(() => surface.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    await page.screenshot({ path: path.join(OUTPUT, "question-320.png") });
    await page.setViewportSize({ width: 1500, height: 1000 });
    await page.getByTestId("fc-overwrite-cancel").click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await valueOf("C6")).toBe("tjek");
    await page.getByTestId("taskpane").screenshot({ path: path.join(OUTPUT, "pane-undo.png") });
  });
});
