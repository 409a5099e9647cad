// The Forecast report's layout table: the positions the report is written at and read back by,
// every header text placed once, and where the parts of a report go.

import { describe, expect, it } from "vitest";
import {
  CHART_COLUMN,
  chartHeaderRow,
  COLUMN,
  headerRow,
  orphanRow,
  placements,
  REPORT,
  REPORT_COLUMNS,
  reportContent,
  reportRow,
  WIDTH,
} from "../../addin/taskpane/forecastLayout";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";

describe("the report's columns", () => {
  it.each<[keyof typeof COLUMN, number, string]>([
    ["key", 0, "A"],
    ["method", 1, "B"],
    ["actualToDate", 2, "C"],
    ["carryover", 10, "K"],
    ["mape", 11, "L"],
    ["material", 12, "M"],
    ["explanation", 13, "N"],
  ])("%s is column %i (%s)", (field, column) => {
    expect(COLUMN[field]).toBe(column);
  });

  it("puts the chart's data after one empty column: P-S, 19 columns in all", () => {
    expect([REPORT_COLUMNS, CHART_COLUMN, WIDTH]).toEqual([14, 15, 19]);
  });

  it.each([
    ["en", en],
    ["da", da],
  ] as const)("places every header text once (%s)", (_, t) => {
    expect(REPORT.map((c) => c.field).sort()).toEqual(Object.keys(t.reportHeaders("")).sort());
    expect(chartHeaderRow(t)).toHaveLength(4);
  });

  it.each<[string, typeof en, string, string[]]>([
    ["en", en, "May", ["Line", "Method", "Actual to date", "Budget to date", "Variance May", "Variance year to date", "Annual budget", "Known adjustments", "Projected year-end", "Expected result (+ = overspend)", "Carry-over", "Backtest error (MAPE)", "Material", "Explanation"]],
    ["da", da, "", ["Linje", "Metode", "Forbrug til dato", "Budget til dato", "Afvigelse", "Afvigelse år til dato", "Årsbudget", "Kendte korrektioner", "Forventet årsresultat", "Forventet afvigelse (+ = merforbrug)", "Overførsel", "Backtest-fejl (MAPE)", "Væsentlig", "Forklaring"]],
  ])("the header row in %s", (_, t, month, expected) => {
    expect(headerRow(t, month)).toEqual(expected);
  });

  it("writes a line, the total and an orphan in the layout's order", () => {
    const figures = { actualToDate: 1, budgetToDate: 2, monthVariance: 3, ytdVariance: 4, budget: 5, adjustment: 6, yearEnd: 7, result: 8, carryover: 9 };
    expect(reportRow({ ...figures, key: "A", method: "profile", mape: 0.25, material: true, explanation: "note" }, en)).toEqual(["A", "profile", 1, 2, 3, 4, 5, 6, 7, 8, 9, 0.25, "Yes", "note"]);
    expect(reportRow({ ...figures, key: "I alt", method: "", mape: null, material: false, explanation: "" }, da)).toEqual(["I alt", "", 1, 2, 3, 4, 5, 6, 7, 8, 9, "", "", ""]);
    expect(orphanRow({ key: "C", explanation: "gone" })).toEqual(["C", ...new Array<string>(12).fill(""), "gone"]);
  });
});

describe("the report's content and placements", () => {
  it("lays the chart's data beside the report from the header row on", () => {
    const content = reportContent([["Title"], ["Settings"], ["Line"]], [["Month"], ["Jan"]]);
    expect(content).toHaveLength(4);
    expect(content.map((row) => [row[0], row[CHART_COLUMN]])).toEqual([
      ["Title", undefined],
      ["Settings", undefined],
      ["Line", "Month"],
      [undefined, "Jan"],
    ]);
    expect(content.every((row) => row.length === WIDTH && row[REPORT_COLUMNS] === undefined)).toBe(true);
  });

  it("places a report of 2 lines whose earlier report was moved to C5", () => {
    expect(placements("Prognose", { row: 4, column: 2 }, 2)).toEqual({
      chartRange: "Prognose!R7:U19",
      chartAnchor: "R21",
      highlightRange: "Prognose!C8:P10",
      formats: [
        { ref: "Prognose!C5", bold: true },
        { ref: "Prognose!C7:U7", bold: true },
        { ref: "Prognose!C10:P10", bold: true },
        { ref: "Prognose!E8:M10", numberFormat: "#,##0" },
        { ref: "Prognose!N8:N10", numberFormat: "0.0%" },
        { ref: "Prognose!S8:U19", numberFormat: "#,##0" },
      ],
    });
  });
});
