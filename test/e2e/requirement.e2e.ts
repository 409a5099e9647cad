// The Requirement panel end to end on the preview workbook, in real Chromium: a region with 4
// hospitals and 12 departments (sheet Enheder), a 2 % requirement, differentiated by
// productivity at hospital level (strength 1) and general inside each hospital. Every written
// cell is checked, every level adds up, the rates show as Excel shows "0.0000%" in English and
// Danish, and the chart of effective rates is drawn.
//
// Expected values worked out independently (Python, exact fractions): the region's 2 % of
// 9,000,000,000 is 180,000,000; hospital keys are budget / index to 12 significant digits
// (2,857,142,857.14, 2,631,578,947.37, 2,000,000,000, 1,666,666,666.67); each split by largest
// remainder in whole kroner.

import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview, OUTPUT } from "./browser";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

const cell = (ref: string) => page.locator(`[data-cell="${ref}"]`);
const valueOf = (ref: string) => cell(ref).getAttribute("data-value");

/** Unit, effective rate, requirement, budget after: the block written in E1:H18 (the chart's data beside it, I1:L18). */
const EXPECTED: [string, number, number, number][] = [
  ["Region Midt", 0.02, 180_000_000, 8_820_000_000],
  ["Hospital Nord", 0.018724, 56_173_009, 2_943_826_991],
  ["Hospital Syd", 0.020695, 51_738_297, 2_448_261_703],
  ["Hospital Øst", 0.019661, 39_321_106, 1_960_678_894],
  ["Hospital Vest", 0.021845, 32_767_588, 1_467_232_412],
  ["Nord Medicin", 0.018724, 26_214_071, 1_373_785_929],
  ["Nord Kirurgi", 0.018724, 18_724_336, 981_275_664],
  ["Nord Akut", 0.018724, 11_234_602, 588_765_398],
  ["Syd Medicin", 0.020695, 24_834_383, 1_175_165_617],
  ["Syd Kirurgi", 0.020695, 18_625_787, 881_374_213],
  ["Syd Psykiatri", 0.020695, 8_278_127, 391_721_873],
  ["Øst Medicin", 0.019661, 18_677_525, 931_322_475],
  ["Øst Kirurgi", 0.019661, 12_779_360, 637_220_640],
  ["Øst Akut", 0.019661, 7_864_221, 392_135_779],
  ["Vest Medicin", 0.021845, 15_291_541, 684_708_459],
  ["Vest Kirurgi", 0.021845, 10_922_529, 489_077_471],
  ["Vest Akut", 0.021845, 6_553_518, 293_446_482],
];

/** The units on sheet Enheder (A1:D18) taken into the Requirement panel. */
async function useUnits(p: Page): Promise<void> {
  await p.getByTestId("sheet-Enheder").click();
  await p.locator('[data-cell="A1"]').dispatchEvent("mousedown");
  await p.locator('[data-cell="D18"]').dispatchEvent("mousedown", { shiftKey: true });
  await p.getByTestId("tab-requirement").click();
  await p.getByTestId("req-use-selection").click();
}

/** A 2 % requirement, differentiated by productivity at hospital level (strength 1). */
async function twoPercentByProductivity(p: Page): Promise<void> {
  await p.getByTestId("req-amount").fill("2");
  await p.getByTestId("level-1-method").selectOption("productivity");
  await p.getByTestId("level-1-strength").fill("1");
}

beforeAll(async () => {
  preview = await openPreview();
  page = preview.page;
});

afterAll(() => preview?.close());

describe("Requirement panel on the preview workbook", () => {
  it("passes 2 % down region -> hospitals (by productivity) -> departments (general), exactly", async () => {
    await useUnits(page);
    await expect.poll(() => page.getByTestId("req-table-address").textContent()).toBe("Table: Enheder!A1:D18");
    expect(await page.getByTestId("column-index").inputValue()).toBe("3");
    await twoPercentByProductivity(page);
    expect(await page.getByTestId("level-2-method").inputValue()).toBe("general");

    await page.getByTestId("req-preview").click();
    await expect.poll(() => page.getByTestId("req-sums").textContent()).toBe("Every parent's units add up to its requirement.");

    await page.getByTestId("req-write").click();
    await expect.poll(() => page.getByTestId("req-status").textContent()).toBe("Wrote 17 lines into Enheder!E1:L18.");
    expect([await valueOf("E1"), await valueOf("F1"), await valueOf("G1"), await valueOf("H1")]).toEqual([
      "Unit",
      "Effective rate",
      "Requirement",
      "Budget after",
    ]);
    for (let i = 0; i < EXPECTED.length; i++) {
      const row = i + 2;
      const written = [await valueOf(`E${row}`), Number(await valueOf(`F${row}`)), Number(await valueOf(`G${row}`)), Number(await valueOf(`H${row}`))];
      expect(written, `row ${row}`).toEqual(EXPECTED[i]);
    }
    // as Excel shows them: the headers bold, the amounts with thousands separators, the rates to four decimals
    expect(await cell("E1").evaluate((td) => (td as HTMLElement).style.fontWeight)).toBe("bold");
    expect(await Promise.all(["G2", "H3", "F2", "F3"].map((ref) => cell(ref).textContent()))).toEqual(["180,000,000", "2,943,826,991", "2.0000%", "1.8724%"]);
    // every level adds up: the hospitals to the region, each hospital's departments to it
    const amount = (name: string) => (EXPECTED.find((r) => r[0] === name) as [string, number, number, number])[2];
    expect(amount("Hospital Nord") + amount("Hospital Syd") + amount("Hospital Øst") + amount("Hospital Vest")).toBe(180_000_000);
    for (const hospital of ["Nord", "Syd", "Øst", "Vest"]) {
      const departments = EXPECTED.filter((r) => r[0].startsWith(`${hospital} `));
      expect(departments.reduce((s, r) => s + r[2], 0)).toBe(amount(`Hospital ${hospital}`));
    }
    // the chart's data: each unit's rate in its level's column, one series per level
    expect(await Promise.all(["I1", "J1", "K1", "L1"].map(valueOf))).toEqual(["Unit", "Top unit", "Level 1", "Level 2"]);
    const byLevel = (row: number) => Promise.all(["I", "J", "K", "L"].map((column) => valueOf(`${column}${row}`)));
    expect([await byLevel(2), await byLevel(3), await byLevel(18)]).toEqual([
      ["Region Midt", "0.02", "", ""],
      ["Hospital Nord", "", "0.018724", ""],
      ["Vest Akut", "", "", "0.021845"],
    ]);
    const chart = page.getByTestId("chart");
    await expect.poll(() => chart.getAttribute("data-title")).toBe("Effective requirement rate per unit, by level");
    expect(await chart.locator("li").allTextContents()).toEqual(["Top unit", "Level 1", "Level 2"]);
    expect(await chart.locator("text.category").allTextContents()).toEqual(EXPECTED.map((r) => r[0]));
    expect(await chart.locator("text.tick").allTextContents()).toEqual(["0.0%", "1.0%", "2.0%", "3.0%"]);
    // every category label drawn whole inside the chart
    const svg = await chart.locator("svg").boundingBox();
    for (const box of await chart.locator("text.category").evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(svg && box.left >= svg.x && box.right <= svg.x + svg.width && box.top >= svg.y && box.bottom <= svg.y + svg.height, JSON.stringify(box)).toBe(true);
    }
    await page.screenshot({ path: path.join(OUTPUT, "preview-requirement.png") });
  });
});

describe("Requirement panel in Danish: a total typed the Danish way", () => {
  let danish: Awaited<ReturnType<typeof openPreview>>;
  beforeAll(async () => {
    danish = await openPreview(1000, "da");
  });
  afterAll(() => danish?.close());

  it("reads 500.000 as five hundred thousand, asks about 500,000, and writes the half million exactly", async () => {
    const p = danish.page;
    const at = (ref: string) => p.locator(`[data-cell="${ref}"]`);
    await useUnits(p);
    await p.getByTestId("req-total").click();

    // a decimal mark that may be a thousands separator typed by habit is asked about, not guessed
    await p.getByTestId("req-amount").fill("500,000");
    const ambiguous = 'total "500,000" kan læses som 500,00 eller 500.000; skriv det, du mener';
    await expect.poll(() => p.getByText(ambiguous, { exact: true }).count()).toBe(1);
    expect([await p.getByTestId("req-preview").isDisabled(), await p.getByTestId("req-write").isDisabled()]).toEqual([true, true]);
    await p.screenshot({ path: path.join(OUTPUT, "preview-requirement-da-ambiguous.png") });

    await p.getByTestId("req-amount").fill("500.000");
    await expect.poll(() => p.getByText(ambiguous, { exact: true }).count()).toBe(0);
    await p.getByTestId("req-preview").click();
    await expect.poll(() => p.getByTestId("req-sums").textContent()).toBe("Hver overordnet enheds underenheder summer til dens krav.");
    await p.getByTestId("req-write").click();
    await expect.poll(() => p.getByTestId("req-status").textContent()).toBe("Skrev 17 linjer i Enheder!E1:L18.");
    expect(Number(await at("G2").getAttribute("data-value"))).toBe(500_000);
    const hospitals = await Promise.all(["G3", "G4", "G5", "G6"].map(async (ref) => Number(await at(ref).getAttribute("data-value"))));
    expect(hospitals.reduce((sum, amount) => sum + amount, 0)).toBe(500_000);
  });
});

describe("Requirement panel in Danish: the rates as Danish Excel shows them", () => {
  let danish: Awaited<ReturnType<typeof openPreview>>;
  beforeAll(async () => {
    danish = await openPreview(1000, "da");
  });
  afterAll(() => danish?.close());

  it('shows a rate formatted "0.0000%" as Danish Excel does, 1,8724% (no space before the sign), and amounts as 180.000.000', async () => {
    const p = danish.page;
    const at = (ref: string) => p.locator(`[data-cell="${ref}"]`);
    await useUnits(p);
    await twoPercentByProductivity(p);
    await p.getByTestId("req-preview").click();
    await p.getByTestId("req-write").click();
    await expect.poll(() => p.getByTestId("req-status").textContent()).toBe("Skrev 17 linjer i Enheder!E1:L18.");
    expect(await Promise.all(["F2", "F3", "G2", "H3"].map((ref) => at(ref).textContent()))).toEqual(["2,0000%", "1,8724%", "180.000.000", "2.943.826.991"]);
    expect(await at("F3").getAttribute("data-value")).toBe("0.018724");
  });
});
