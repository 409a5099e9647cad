// The preview engine computes what Excel computes: the same adapter behind BUDGET.PERIODIZE,
// spilling k x 12, errors with their messages, and the Danish name in a Danish engine.

import { describe, expect, it } from "vitest";
import { createEngine, type EngineLanguage } from "../../addin/preview/engine";
import { sampleSheets } from "../../addin/preview/sample";

function evaluate(rows: (string | number | null)[][], language: EngineLanguage = "enGB") {
  const engine = createEngine({ S: rows }, language);
  return engine.getSheetValues(engine.getSheetId("S") as number);
}

const error = (message: string, type = "VALUE") =>
  expect.objectContaining({ value: `#${type}!`, type, message });

describe("BUDGET.PERIODIZE in the preview engine", () => {
  it("spills k x 12 for a column of annual amounts", () => {
    const values = evaluate([
      [1000, '=BUDGET.PERIODIZE(A1:A2, "equal")'],
      [-1000],
    ]);
    expect(values[0]).toEqual([1000, 84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83]);
    expect(values[1]).toEqual([-1000, -84, -84, -84, -84, -83, -83, -83, -83, -83, -83, -83, -83]);
  });

  it("takes weights from a range, a year and a unit", () => {
    const values = evaluate([
      [1234.56, "=BUDGET.PERIODIZE(A1, A2:L2, 2026, 0.01)"],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
    ]);
    // 1234.56 / 11 = 112.2327...: 11 x 112.23 leaves 3 øre for the first three months
    expect(values[0].slice(1)).toEqual([112.24, 112.24, 112.24, 112.23, 112.23, 112.23, 112.23, 112.23, 112.23, 112.23, 112.23, 0]);
  });

  it.each([
    ['=BUDGET.PERIODIZE(1000, A2:K2)', error("profile has 11 values; 12 are needed")],
    ['=BUDGET.PERIODIZE(1000, "seasonal")', error('unknown profile "seasonal"; use equal, days, workdays or a range of 12 weights')],
    ['=BUDGET.PERIODIZE(1000, "equal", 2026, 5)', error("unit must be 0.01, 1 or 1000; got 5")],
    ['=BUDGET.PERIODIZE("1.234,56", "equal")', error('annual amount "1.234,56" is text in Danish number format; convert it to a number')],
    ["=BUDGET.PERIODIZE(1000, A3:L3)", error("profile weights sum to 0; at least one weight must be positive")],
  ])("%s gives an error with its message", (formula, expected) => {
    const values = evaluate([[formula], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(values[0][0]).toEqual(expected);
  });

  it("reports an error in an input cell rather than computing around it", () => {
    const values = evaluate([["=1/0", '=BUDGET.PERIODIZE(A1:A2, "equal")'], [12]]);
    expect(values[0][1]).toEqual(error("annual amount is an error (#DIV/0!); fix that cell first"));
    expect(values[1].slice(1)).toEqual(Array(12).fill(1));
  });

  it("knows the Danish name in a Danish engine", () => {
    const values = evaluate([[1200, '=BUDGET.PERIODISER(A1, "equal")']], "daDK");
    expect(values[0].slice(1)).toEqual(Array(12).fill(100));
  });

  it("periodises along a named row of the profile library, looked up with XLOOKUP", () => {
    const sheets = sampleSheets();
    sheets.Budget[1].push('=BUDGET.PERIODIZE(D2, XLOOKUP("Løn med sommerferie", Profiler!A2:A3, Profiler!B2:M3))');
    const engine = createEngine(sheets);
    // the same months as along Profiler!B2:M2 directly (the July dip; see the end-to-end test)
    expect(engine.getSheetValues(engine.getSheetId("Budget") as number)[1].slice(4)).toEqual([
      4_146_516, 3_953_655, 4_146_516, 4_050_085, 4_098_300, 4_050_085, 2_989_349, 3_905_439, 4_146_516, 4_194_731, 4_146_516, 4_387_592,
    ]);
  });
});

describe("a sheet as long as Excel's", () => {
  it("opens 100,000 rows of values and computes a formula on row 100,000", () => {
    const rows: (number | string)[][] = Array.from({ length: 100_000 }, (_, i) => [i + 1]);
    rows[99_999].push("=SUM(A1:A100000)", '=BUDGET.PERIODIZE(A100000, "equal")');
    const engine = createEngine({ S: rows });
    const last = engine.getSheetValues(0)[99_999];
    // 1 + 2 + ... + 100,000, and 100,000 over 12 months: 8,333.33 each, rounded, 4 kr to spread
    expect(last.slice(0, 2)).toEqual([100_000, 5_000_050_000]);
    expect(last.slice(2)).toEqual([8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333, 8333]);
  });
});
