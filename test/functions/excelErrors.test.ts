// What Excel receives from the bindings in functions.ts: every error that carries a message is
// #VALUE! or #N/A, the only codes whose custom message Excel shows ("A custom error message can't
// be used" with the others, CustomFunctions.ErrorCode). The runtime's CustomFunctions is stood in
// for by its documented shape: the ErrorCode values are Excel's error texts.

import { beforeAll, describe, expect, it } from "vitest";

/** CustomFunctions.Error as documented: a code and, for #VALUE! and #N/A, a message. */
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

let fns: typeof import("../../addin/functions/functions");

beforeAll(async () => {
  Object.assign(globalThis, { CustomFunctions: { Error: StandInError, ErrorCode } });
  fns = await import("../../addin/functions/functions");
});

const rep = <T,>(v: T, n: number): T[] => new Array<T>(n).fill(v);
const errors = (result: unknown[][]) => result.flat().filter((v): v is StandInError => v instanceof StandInError);

describe("the worksheet functions' errors in Excel", () => {
  it("map the catalogue's two kinds to #VALUE! and #N/A only", () => {
    expect(Object.values(fns.ERROR_CODES).sort()).toEqual(["#N/A", "#VALUE!"]);
  });

  // one bad input per kind of problem, across every function: types, shapes, ranges, sums, limits
  const cases: [string, () => unknown[][], string][] = [
    ["PERIODIZE text", () => fns.periodize([["abc"]], [["equal"]]), "#VALUE!"],
    ["PERIODIZE a negative weight", () => fns.periodize([[100]], [[1, 1, -1, ...rep(1, 9)]]), "#VALUE!"],
    ["PERIODIZE weights summing to 0", () => fns.periodize([[100]], [rep(0, 12)]), "#VALUE!"],
    ["PERIODIZE 1e16", () => fns.periodize([[1e16]], [["equal"]]), "#VALUE!"],
    ["PERIODIZE an error cell", () => fns.periodize([[{ code: "#DIV/0!" }]], [["equal"]]), "#VALUE!"],
    ["WORKDAYS year 26", () => fns.workdaysFn(26), "#VALUE!"],
    ["PROFILE an unknown method", () => fns.profileFn("seasonal"), "#VALUE!"],
    ["PROFILE a history of zeros", () => fns.profileFn("historical", 2026, [rep(0, 12)]), "#VALUE!"],
    ["REPERIODIZE lockedThrough 13", () => fns.reperiodizeFn([[1200]], [rep(100, 12)], 13), "#VALUE!"],
    ["ALLOCATE caps too low", () => fns.allocateFn(100, [[10], [10]], undefined, undefined, 0.5), "#VALUE!"],
    ["FORECAST nothing booked, runrate", () => fns.forecastFn([rep(null, 12)], [rep(100, 12)], "runrate"), "#N/A"],
    ["FORECAST ets without history", () => fns.forecastFn([[1, ...rep(null, 11)]], [rep(100, 12)], "ets", [rep(1, 12)]), "#N/A"],
    ["FORECAST auto without history", () => fns.forecastFn([[1, ...rep(null, 11)]], [rep(100, 12)], "auto"), "#N/A"],
    ["FORECAST past the limit", () => fns.forecastFn([[1e12, ...rep(null, 11)]], [[1, ...rep(1e9, 11)]], "profile"), "#VALUE!"],
    ["YEAREND past the limit", () => fns.yearEndFn([[1e15, ...rep(null, 11)]], [rep(1, 12)], "runrate"), "#VALUE!"],
    ["VARIANCE budget quantity 0", () => fns.varianceFn([[1]], [[1]], [[1]], [[0]]), "#VALUE!"],
    ["CARRYOVER a cap of 2", () => fns.carryoverFn([[1]], [[1]], 2), "#VALUE!"],
  ];
  it.each(cases)("%s is %s with its message", (_, run, code) => {
    const found = errors(run());
    expect(found.length).toBeGreaterThan(0);
    for (const error of found) {
      expect(error.code).toBe(code);
      expect(error.message ?? "").not.toBe("");
    }
  });
});
