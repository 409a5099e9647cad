// The preview chart's layout: category labels whole (never cut), inside the chart, below the plot
// and apart from each other, level when they fit their slots and slanted when not; the value
// axis's round ticks and their labels in the chart's number format.

import { describe, expect, it } from "vitest";
import { axisTicks, chartLayout, FONT_SIZE, labelBox, tickText, type ChartLayout } from "../../addin/preview/chartLayout";

/** The Requirement panel's example: a region, 4 hospitals and 12 departments. */
const UNITS = [
  "Region Midt",
  ...["Nord", "Syd", "Øst", "Vest"].map((h) => `Hospital ${h}`),
  ...["Nord Medicin", "Nord Kirurgi", "Nord Akut", "Syd Medicin", "Syd Kirurgi", "Syd Psykiatri"],
  ...["Øst Medicin", "Øst Kirurgi", "Øst Akut", "Vest Medicin", "Vest Kirurgi", "Vest Akut"],
];
const MONTHS = Array.from({ length: 60 }, (_, i) => `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

/** What is wrong with a layout's labels: a label cut, outside the chart, over the plot, or over its neighbour. */
function problems(layout: ChartLayout, categories: readonly string[]): string[] {
  const found: string[] = [];
  layout.categories.forEach((label, i) => {
    const box = labelBox(label);
    if (label.text !== categories[i]) found.push(`${categories[i]}: shown as ${label.text}`);
    if (box.left < 0 || box.right > layout.width || box.top < 0 || box.bottom > layout.height) found.push(`${label.text}: outside the chart`);
    if (box.top < layout.plot.bottom) found.push(`${label.text}: over the plot`);
    const next = layout.categories[i + 1];
    // level labels side by side; slanted ones parallel, a line's height apart across the slant
    if (next && label.angle === 0 && box.right > labelBox(next).left) found.push(`${label.text}: over ${next.text}`);
    if (next && label.angle === -45 && (next.x - label.x) * Math.SQRT1_2 < FONT_SIZE) found.push(`${label.text}: over ${next.text}`);
  });
  return found;
}

describe("chartLayout: category labels", () => {
  it.each<[string, string[], number, 0 | -45, number]>([
    ["the requirement's 17 units", UNITS, 0.021845, -45, 420],
    ["quarters, short enough to stand level", ["Q1", "Q2", "Q3", "Q4"], 1_000, 0, 420],
    ["a long name first, the plot moved right to hold it", ["Psykiatrisk Center Nordvestjylland", "Akut", "Drift"], 0.03, -45, 420],
    // 60 slots of 18 px right of the axis's labels ("6.0%": 4 + 4 × 6.2 + 6), and the margin: 1118.8
    ["60 months, the chart widened so they stay apart", MONTHS, 0.05, -45, 1119],
  ])("%s: whole, inside the chart, under the plot, apart", (_, categories, max, angle, width) => {
    const layout = chartLayout(categories, 0, max, "0.0%");
    expect(problems(layout, categories)).toEqual([]);
    expect([layout.categories.map((c) => c.angle), layout.width]).toEqual([categories.map(() => angle), width]);
  });

  it("moves the plot right of the value axis's labels", () => {
    const layout = chartLayout(["Løn", "Drift"], 0, 180_000_000);
    expect([layout.ticks.map((t) => t.text), layout.plot.left]).toEqual([["0", "50000000", "100000000", "150000000", "200000000"], 4 + 9 * 6.2 + 6]);
  });
});

describe("chartLayout: the value axis", () => {
  it.each<[number, number, number[]]>([
    [0, 0.021845, [0, 0.01, 0.02, 0.03]],
    [-5, 12, [-5, 0, 5, 10, 15]],
    [0, 0, [0, 0.25, 0.5, 0.75, 1]],
    [0, 180_000_000, [0, 50_000_000, 100_000_000, 150_000_000, 200_000_000]],
    [0.012, 0.02, [0, 0.005, 0.01, 0.015, 0.02]],
  ])("ticks from %s to %s: %j", (min, max, ticks) => {
    expect(axisTicks(min, max)).toEqual(ticks);
  });

  it.each<[number, string | undefined, string]>([
    [0.015, "0.0%", "1.5%"],
    [0.02, "0%", "2%"],
    [0.0125, "0.00%", "1.25%"],
    [1_500_000, undefined, "1500000"],
    [0.1 + 0.2, undefined, "0.3"],
    [0.5, "#,##0", "0.5"],
  ])("%s in %s reads %s", (value, format, text) => {
    expect(tickText(value, format)).toBe(text);
  });

  it("places the ticks on the plot, the highest at its top and 0 at its bottom", () => {
    const layout = chartLayout(UNITS, 0, 0.021845, "0.0%");
    expect(layout.ticks.map((t) => [t.text, t.y])).toEqual([
      ["0.0%", 142],
      ["1.0%", 142 - 130 / 3],
      ["2.0%", 142 - 260 / 3],
      ["3.0%", 12],
    ]);
  });
});
