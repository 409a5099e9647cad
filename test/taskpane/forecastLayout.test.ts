// The Forecast report's layout table: the positions the report is written at and read back by,
// every header text placed once, and where the parts of a report go.

import { amountFormat } from "../../addin/taskpane/numberFormats";
import { describe, expect, it } from "vitest";
import {
  CHART_COLUMN,
  chartHeaderRow,
  COLUMN,
  EARLIER_LAYOUT,
  headerRow,
  orphanRow,
  amountRow,
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
    ["yearEnd", 8, "I"],
    ["departmentYearEnd", 9, "J"],
    ["actionsYearEnd", 10, "K"],
    ["result", 11, "L"],
    ["resultAfterActions", 12, "M"],
    ["carryover", 13, "N"],
    ["mape", 14, "O"],
    ["material", 15, "P"],
    ["departmentExplanation", 16, "Q"],
    ["explanation", 17, "R"],
  ])("%s is column %i (%s)", (field, column) => {
    expect(COLUMN[field]).toBe(column);
  });

  it("puts the chart's data after one empty column: T-W, 23 columns in all", () => {
    expect([REPORT_COLUMNS, CHART_COLUMN, WIDTH]).toEqual([18, 19, 23]);
  });

  it("keeps the earlier layout, without the department's and the action plan's columns: the report A-N, the chart's data P-S", () => {
    expect([EARLIER_LAYOUT.version, EARLIER_LAYOUT.reportColumns, EARLIER_LAYOUT.explanation, EARLIER_LAYOUT.method, EARLIER_LAYOUT.chartColumn, EARLIER_LAYOUT.width]).toEqual([1, 14, 13, 1, 15, 19]);
    expect(EARLIER_LAYOUT.headerRow(en, "May")).toEqual(["Line", "Method", "Actual to date", "Budget to date", "Variance May", "Variance year to date", "Annual budget", "Known adjustments", "Projected year-end", "Expected result (+ = overspend)", "Carry-over", "Backtest error (MAPE)", "Material", "Explanation"]);
    expect(EARLIER_LAYOUT.headerRow(da, "")[13]).toBe("Forklaring");
  });

  it.each([
    ["en", en],
    ["da", da],
  ] as const)("places every header text once (%s)", (_, t) => {
    expect(REPORT.map((c) => c.field).sort()).toEqual(Object.keys(t.reportHeaders("")).sort());
    expect(chartHeaderRow(t)).toHaveLength(4);
  });

  it.each<[string, typeof en, string, string[]]>([
    [
      "en",
      en,
      "May",
      ["Line", "Method", "Actual to date", "Budget to date", "Variance May", "Variance year to date", "Annual budget", "Known adjustments", "Projected year-end", "Department's projected year-end", "Projected year-end after decided measures", "Expected result (+ = overspend)", "Expected result after decided measures (+ = overspend)", "Carry-over", "Backtest error (MAPE)", "Material", "Department's explanation", "Explanation (controller)"],
    ],
    [
      "da",
      da,
      "",
      ["Linje", "Metode", "Forbrug til dato", "Budget til dato", "Afvigelse", "Afvigelse år til dato", "Årsbudget", "Kendte korrektioner", "Forventet årsresultat", "Afdelingens forventede årsresultat", "Forventet årsresultat efter besluttede tiltag", "Forventet afvigelse (+ = merforbrug)", "Forventet afvigelse efter besluttede tiltag (+ = merforbrug)", "Overførsel", "Backtest-fejl (MAPE)", "Væsentlig", "Afdelingens forklaring", "Forklaring (controller)"],
    ],
  ])("the header row in %s", (_, t, month, expected) => {
    expect(headerRow(t, month)).toEqual(expected);
  });

  it("writes a line, the total and an orphan in the layout's order", () => {
    const figures = { actualToDate: 1, budgetToDate: 2, monthVariance: 3, ytdVariance: 4, budget: 5, adjustment: 6, yearEnd: 7, departmentYearEnd: 8, actionsYearEnd: 9, result: 10, resultAfterActions: 11, carryover: 12, capBase: 99, actions: 98 };
    expect(reportRow({ ...figures, key: "A", method: "profile", mape: 0.25, material: true, departmentExplanation: "afd.", explanation: "note" }, en)).toEqual(["A", "profile", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0.25, "Yes", "afd.", "note"]);
    expect(reportRow({ ...figures, departmentYearEnd: null, key: "I alt", method: "", mape: null, material: false, departmentExplanation: "", explanation: "" }, da)).toEqual(["I alt", "", 1, 2, 3, 4, 5, 6, 7, "", 9, 10, 11, 12, "", "", "", ""]);
    expect(orphanRow({ key: "C", explanation: "gone" })).toEqual(["C", ...new Array<string>(16).fill(""), "gone"]);
    expect(amountRow("Foreslåede", 6000, "")).toEqual(["Foreslåede", "", "", "", "", "", "", 6000, ...new Array<string>(10).fill("")]);
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
      chartRange: "Prognose!V7:Y19",
      chartAnchor: "V21",
      highlightRange: "Prognose!C8:T10",
      formats: [
        { ref: "Prognose!C5", bold: true },
        { ref: "Prognose!C7:Y7", bold: true },
        { ref: "Prognose!C10:T10", bold: true },
        { ref: "Prognose!E8:P10", numberFormat: "#,##0" },
        { ref: "Prognose!Q8:Q10", numberFormat: "0.0%" },
        { ref: "Prognose!W8:Y19", numberFormat: "#,##0" },
      ],
    });
  });

  it("shows the amounts with øre when they are rounded to øre, the error still as a percentage", () => {
    expect(placements("Prognose", { row: 4, column: 2 }, 2, 0, amountFormat(0.01)).formats.filter((f) => f.numberFormat !== undefined)).toEqual([
      { ref: "Prognose!E8:P10", numberFormat: "#,##0.00" },
      { ref: "Prognose!Q8:Q10", numberFormat: "0.0%" },
      { ref: "Prognose!W8:Y19", numberFormat: "#,##0.00" },
    ]);
  });
});
