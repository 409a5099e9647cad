// What Excel receives from the bindings in functions.ts: every function in the catalogue is
// associated, and every error that carries a message is #VALUE! or #N/A, the only codes whose
// custom message Excel shows ("A custom error message can't be used" with the others,
// CustomFunctions.ErrorCode).

import { beforeAll, describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTIONS } from "../../addin/functions/catalog";
import { callAsExcel, loadBindings, StandInError } from "./excelStandIn";

let bindings: Awaited<ReturnType<typeof loadBindings>>;

beforeAll(async () => {
  bindings = await loadBindings();
});

const rep = <T,>(v: T, n: number): T[] => new Array<T>(n).fill(v);
const errors = (result: unknown[][]) => result.flat().filter((v): v is StandInError => v instanceof StandInError);

describe("the worksheet functions' errors in Excel", () => {
  it("associates every function in the catalogue, by its id", () => {
    expect([...bindings.associated.keys()]).toEqual(WORKSHEET_FUNCTIONS.map((fn) => fn.id));
  });

  it("map the catalogue's two kinds to #VALUE! and #N/A only", () => {
    expect(Object.values(bindings.ERROR_CODES).sort()).toEqual(["#N/A", "#VALUE!"]);
  });

  // one bad input per kind of problem, across every function: types, shapes, ranges, sums, limits
  const cases: [string, () => unknown[][], string][] = [
    ["PERIODIZE text", () => callAsExcel("PERIODIZE", [["abc"]], [["equal"]]), "#VALUE!"],
    ["PERIODIZE a negative weight", () => callAsExcel("PERIODIZE", [[100]], [[1, 1, -1, ...rep(1, 9)]]), "#VALUE!"],
    ["PERIODIZE weights summing to 0", () => callAsExcel("PERIODIZE", [[100]], [rep(0, 12)]), "#VALUE!"],
    ["PERIODIZE 1e16", () => callAsExcel("PERIODIZE", [[1e16]], [["equal"]]), "#VALUE!"],
    ["PERIODIZE an error cell", () => callAsExcel("PERIODIZE", [[{ code: "#DIV/0!" }]], [["equal"]]), "#VALUE!"],
    ["WORKDAYS year 26", () => callAsExcel("WORKDAYS", 26), "#VALUE!"],
    ["PROFILE an unknown method", () => callAsExcel("PROFILE", "seasonal"), "#VALUE!"],
    ["PROFILE a history of zeros", () => callAsExcel("PROFILE", "historical", 2026, [rep(0, 12)]), "#VALUE!"],
    ["REPERIODIZE lockedThrough 13", () => callAsExcel("REPERIODIZE", [[1200]], [rep(100, 12)], 13), "#VALUE!"],
    ["ALLOCATE caps too low", () => callAsExcel("ALLOCATE", 100, [[10], [10]], undefined, undefined, 0.5), "#VALUE!"],
    ["FORECAST nothing booked, runrate", () => callAsExcel("FORECAST", [rep(null, 12)], [rep(100, 12)], "runrate"), "#N/A"],
    ["FORECAST ets without history", () => callAsExcel("FORECAST", [[1, ...rep(null, 11)]], [rep(100, 12)], "ets", [rep(1, 12)]), "#N/A"],
    ["FORECAST auto without history", () => callAsExcel("FORECAST", [[1, ...rep(null, 11)]], [rep(100, 12)], "auto"), "#N/A"],
    ["FORECAST past the limit", () => callAsExcel("FORECAST", [[1e12, ...rep(null, 11)]], [[1, ...rep(1e9, 11)]], "profile"), "#VALUE!"],
    ["FORECAST unit 5", () => callAsExcel("FORECAST", [[1, ...rep(null, 11)]], [rep(100, 12)], "budget", undefined, 5), "#VALUE!"],
    ["YEAREND past the limit", () => callAsExcel("YEAREND", [[1e15, ...rep(null, 11)]], [rep(1, 12)], "runrate"), "#VALUE!"],
    ["VARIANCE budget quantity 0", () => callAsExcel("VARIANCE", [[1]], [[1]], [[1]], [[0]]), "#VALUE!"],
    ["CARRYOVER a cap of 2", () => callAsExcel("CARRYOVER", [[1]], [[1]], 2), "#VALUE!"],
  ];
  it.each(cases)("%s is %s with its message", (_, run, code) => {
    const found = errors(run());
    expect(found.length).toBeGreaterThan(0);
    for (const error of found) {
      expect(error.code).toBe(code);
      expect(error.message ?? "").not.toBe("");
    }
  });

  it.each([
    ["a CustomFunctions.Error", { code: "#DIV/0!" }, "annual amount is an error (#DIV/0!); fix that cell first"],
    ["an error cell value", { type: "Error", errorType: "NotAvailable", basicValue: "#N/A" }, "annual amount is an error (#N/A); fix that cell first"],
    ["an error cell value without its text", { type: "Error" }, "annual amount is an error (#VALUE!); fix that cell first"],
  ])("an error input, as %s, is named in the message", (_, input, message) => {
    const [error] = errors(callAsExcel("PERIODIZE", [[input]], [["equal"]]));
    expect([error.code, error.message]).toEqual(["#VALUE!", message]);
  });

  it.each([
    ["da-DK", "årsbeløb er en fejl (#DIV/0!); ret den celle først"],
    ["da", "årsbeløb er en fejl (#DIV/0!); ret den celle først"],
    ["en-US", "annual amount is an error (#DIV/0!); fix that cell first"],
    ["de-DE", "annual amount is an error (#DIV/0!); fix that cell first"],
  ])("the message follows Excel's display language, %s", (displayLanguage, message) => {
    Object.assign(globalThis, { Office: { context: { displayLanguage } } });
    try {
      const [error] = errors(callAsExcel("PERIODIZE", [[{ code: "#DIV/0!" }]], [["equal"]]));
      expect([error.code, error.message]).toEqual(["#VALUE!", message]);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });

  it("a formatted number reads as its number", () => {
    const months = callAsExcel("PERIODIZE", [[{ type: "FormattedNumber", basicValue: 1200, numberFormat: "#,##0" }]], [["equal"]]);
    expect(months).toEqual([new Array(12).fill(100)]);
  });

  it("reads only the declared arguments, not Excel's invocation object after them", () => {
    expect(callAsExcel("WORKDAYS", 2026)).toEqual([[21, 20, 22, 19, 19, 22, 23, 21, 22, 22, 21, 22]]);
  });
});
