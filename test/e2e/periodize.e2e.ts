// The Periodise panel end to end on the preview workbook, in real Chromium: select the sample
// budget, write the months as live formulas, check every cell and every row's sum; then overwrite
// them as values along a profile from the Profiler sheet, only after confirming, undo that and see
// the sheet exactly as before, and write it again; then see a bad line listed with its address
// and nothing written.

import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview, OUTPUT } from "./browser";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

// the sample's annual budgets (Budget!D2:D17), as the economist typed them
const ANNUAL = [
  48_215_300, 6_482_950.5, 1_150_000, -2_340_000, 39_870_125, 12_640_000, 985_400, 57_300_000, 3_400_007, 1_420_333,
  44_118_760, 9_875_431.25, 21_550_000, 4_200_000, 750_001, -480_000,
];
const MONTH_COLUMNS = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"];

const cell = (ref: string) => page.locator(`[data-cell="${ref}"]`);
const valueOf = async (ref: string) => cell(ref).getAttribute("data-value");

async function monthsOfRow(row: number): Promise<number[]> {
  const values: number[] = [];
  for (const column of MONTH_COLUMNS) values.push(Number(await valueOf(`${column}${row}`)));
  return values;
}

/** Every cell the grid shows, as it shows it, and the formula of those that hold one. */
async function sheetAsShown(): Promise<string[]> {
  return page.locator("td[data-cell]").evaluateAll((cells) => cells.map((c) => `${c.getAttribute("data-cell")}=${c.getAttribute("data-value")}`));
}

async function selectBlock(from: string, to: string) {
  await cell(from).dispatchEvent("mousedown");
  await cell(to).dispatchEvent("mousedown", { shiftKey: true });
}

async function typeInto(ref: string, text: string) {
  await cell(ref).dispatchEvent("mousedown");
  await expect.poll(() => page.getByTestId("name-box").textContent()).toBe(ref);
  await page.getByTestId("formula-bar").fill(text);
  await page.getByTestId("formula-bar").press("Enter");
  // the formula bar shows the cell's content once the engine has taken it
  await expect.poll(() => page.getByTestId("formula-bar").inputValue()).toBe(text);
}

/** The exact integer sum of a row of whole kroner (the preview shows each month as a number). */
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const roundKr = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

beforeAll(async () => {
  preview = await openPreview(900);
  page = preview.page;
});

afterAll(() => preview?.close());

describe("Periodise panel on the preview workbook", () => {
  it("writes 12 live formula columns for the selected table, and each row adds up to its annual budget", async () => {
    await selectBlock("A1", "D17");
    await page.getByTestId("use-selection").click();
    await expect.poll(() => page.getByTestId("table-address").textContent()).toBe("Table: Budget!A1:D17 (16 lines)");
    expect(await page.getByTestId("annual-column").inputValue()).toBe("3");
    await page.getByTestId("year").fill("2026");
    await page.getByTestId("preview").click();
    await expect.poll(() => page.getByTestId("months-total").textContent()).toBe("249,138,308");
    expect(await page.getByTestId("annual-total").textContent()).toBe("249,138,308");

    await page.getByTestId("write").click();
    await expect
      .poll(() => page.getByTestId("status").textContent())
      .toBe("Wrote 16 lines into Budget!E1:P17.");

    expect(await valueOf("E1")).toBe("Jan 2026");
    expect(await valueOf("P1")).toBe("Dec 2026");
    // as Excel shows them: the headers bold, the months with thousands separators
    expect(await cell("E1").evaluate((td) => (td as HTMLElement).style.fontWeight)).toBe("bold");
    expect(await cell("E2").textContent()).toBe("4,017,942");
    // 48,215,300 / 12 = 4,017,941.67: 8 kroner left over go to the first 8 months (equal weights)
    expect(await monthsOfRow(2)).toEqual([...Array(8).fill(4_017_942), ...Array(4).fill(4_017_941)]);
    // 6,482,950.50 rounds to 6,482,951; 11 kroner left over
    expect(await monthsOfRow(3)).toEqual([...Array(11).fill(540_246), 540_245]);
    // income is negative and splits exactly
    expect(await monthsOfRow(5)).toEqual(Array(12).fill(-195_000));
    for (let i = 0; i < ANNUAL.length; i++) {
      expect(sum(await monthsOfRow(i + 2)), `row ${i + 2}`).toBe(roundKr(ANNUAL[i]));
    }

    await cell("E3").dispatchEvent("mousedown");
    await expect.poll(() => page.getByTestId("formula-bar").inputValue()).toBe('=BUDGET.PERIODIZE(D3,"equal",2026,1)');
    await page.screenshot({ path: path.join(OUTPUT, "preview-periodise.png") });
  });

  it("asks before overwriting, writes nothing on cancel, and writes values along a library profile on yes", async () => {
    await typeInto("E2", '=BUDGET.PERIODIZE(D2,"equal",2026,1)');
    await page.getByTestId("profile-kind").selectOption("library");
    await page.getByTestId("library-load").click();
    await page.getByTestId("library-profile").selectOption({ label: "Løn med sommerferie" });
    await page.getByTestId("mode-values").click();
    await page.getByTestId("write").click();
    // the live formulas are what would be lost; the cells they spill into go with them
    await expect
      .poll(() => page.getByRole("dialog").textContent())
      .toContain('Writing would overwrite 16 cells that hold something: 16 formulas, in Budget!E2 (=BUDGET.PERIODIZE(D2,"equal",2026,1)), Budget!E3');

    await page.getByTestId("overwrite-cancel").click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await cell("E2").dispatchEvent("mousedown");
    // the pointer passing over other cells with no button held does not move the selection
    const box = await cell("H20").boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    await expect.poll(() => page.getByTestId("name-box").textContent()).toBe("E2");
    await expect.poll(() => page.getByTestId("formula-bar").inputValue()).toBe('=BUDGET.PERIODIZE(D2,"equal",2026,1)');

    const before = await sheetAsShown();
    await page.getByTestId("write").click();
    await page.getByTestId("overwrite-confirm").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Wrote 16 lines into Budget!E1:P17.");
    await cell("E2").dispatchEvent("mousedown");
    await expect.poll(() => page.getByTestId("formula-bar").inputValue()).toBe("4146516");

    // Excel cannot undo an add-in's write; the panel can: every cell as it was, formulas spilling again
    await page.screenshot({ path: path.join(OUTPUT, "preview-undo-offered.png") });
    await page.getByTestId("undo").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Undone: Budget!E1:P17 holds again what it held before the write.");
    expect(await sheetAsShown()).toEqual(before);
    await cell("E2").dispatchEvent("mousedown");
    await expect.poll(() => page.getByTestId("formula-bar").inputValue()).toBe('=BUDGET.PERIODIZE(D2,"equal",2026,1)');
    expect(await page.getByTestId("undo").count()).toBe(0);

    await page.getByTestId("write").click();
    await page.getByTestId("overwrite-confirm").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Wrote 16 lines into Budget!E1:P17.");

    // salary with a July dip, weights summing to 100.0: shares 4,146,515.8, 3,953,654.6, ...; the
    // remainders .8 (x4) and .6 (x2) sum to 6, so those six months get the 6 leftover kroner
    expect(await monthsOfRow(2)).toEqual([
      4_146_516, 3_953_655, 4_146_516, 4_050_085, 4_098_300, 4_050_085, 2_989_349, 3_905_439, 4_146_516, 4_194_731,
      4_146_516, 4_387_592,
    ]);
    for (let i = 0; i < ANNUAL.length; i++) {
      expect(sum(await monthsOfRow(i + 2)), `row ${i + 2}`).toBe(roundKr(ANNUAL[i]));
    }
  });

  it("lists a line with bad input by its address and writes nothing", async () => {
    await typeInto("D4", "1.234,56");
    await page.getByTestId("preview").click();
    await expect
      .poll(() => page.getByTestId("bad-lines").textContent())
      .toContain('Budget!D4 (4101 Kardiologisk afd. · 2290 Øvrig drift): annual amount "1.234,56" is text in Danish number format; convert it to a number');
    expect(await page.getByTestId("write").isDisabled()).toBe(true);
    // the totals leave the bad line out, and the check says so instead of being green
    expect(await page.getByTestId("totals-check").textContent()).toBe(
      "The totals leave out 1 line with bad input. The months of the other lines add up to their annual total.",
    );
    expect(await valueOf("E4")).toBe(String((await monthsOfRow(4))[0]));
    await page.screenshot({ path: path.join(OUTPUT, "preview-bad-line.png") });
    await typeInto("D4", "1150000");

    // a year that does not read says why under the field, and the buttons wait for it
    await page.getByTestId("year").fill("26");
    await expect.poll(() => page.getByText('year must be a whole number from 1900 to 9999; got "26"', { exact: true }).count()).toBe(1);
    expect([await page.getByTestId("preview").isDisabled(), await page.getByTestId("write").isDisabled()]).toEqual([true, true]);
    await page.getByTestId("year").fill("2026");
    await expect.poll(() => page.getByText('year must be a whole number from 1900 to 9999; got "26"', { exact: true }).count()).toBe(0);
  });

  it("periodises by Danish working days, then re-spreads a changed budget with January-May locked", async () => {
    await selectBlock("A1", "D17");
    await page.getByTestId("use-selection").click();
    await page.getByTestId("profile-kind").selectOption("workdays");
    await page.getByTestId("mode-values").click();
    await page.getByTestId("write").click();
    await page.getByTestId("overwrite-confirm").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Wrote 16 lines into Budget!E1:P17.");
    // 2026 working days 21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22 (254): 48,215,300 / 254 a day
    const byWorkdays = [3_986_304, 3_796_480, 4_176_129, 3_606_656, 3_606_656, 4_176_129, 4_365_953, 3_986_304, 4_176_129, 4_176_128, 3_986_304, 4_176_128];
    expect(await monthsOfRow(2)).toEqual(byWorkdays);
    const before = await Promise.all(ANNUAL.map((_, i) => monthsOfRow(i + 2)));

    // the budget for line 2 goes up to 50,000,000 mid-year
    await typeInto("D2", "50000000");
    await page.getByTestId("task-respread").click();
    await selectBlock("A1", "P17");
    await page.getByTestId("use-selection").click();
    expect(await page.getByTestId("first-month-column").inputValue()).toBe("4");
    expect(await page.getByTestId("locked-through").inputValue()).toBe("5");
    expect(await page.getByTestId("profile-kind").inputValue()).toBe("current");
    await page.getByTestId("write").click();
    // only line 2's months from June on change: the kept months and the other lines are written as they are
    await expect
      .poll(() => page.getByRole("dialog").textContent())
      .toContain("Writing would overwrite 7 cells that hold something: 7 numbers, in Budget!J2 (4,176,129), Budget!K2 (4,365,953), Budget!L2 (3,986,304) and more.");
    await page.getByTestId("overwrite-confirm").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Wrote 16 lines into Budget!E2:P17.");

    // January-May kept; the rest, 50,000,000 - 18,602,225 = 31,397,775, along June-December's shape
    expect(await monthsOfRow(2)).toEqual([
      ...byWorkdays.slice(0, 5),
      4_432_753, 4_634_241, 4_231_263, 4_432_753, 4_432_751, 4_231_263, 4_432_751,
    ]);
    expect(sum(await monthsOfRow(2))).toBe(50_000_000);
    // the other lines' budgets did not change, and neither did their months
    for (let i = 1; i < ANNUAL.length; i++) expect(await monthsOfRow(i + 2), `row ${i + 2}`).toEqual(before[i]);
    await page.screenshot({ path: path.join(OUTPUT, "preview-respread.png") });
  });
});
