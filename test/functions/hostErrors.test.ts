// The message a user sees is the same in Excel and in the preview: each function is run with bad
// inputs through Excel's binding (functions.ts, against the stand-in runtime) and through the
// preview engine (the BUDGET plugin on HyperFormula, the inputs in cells of another sheet), and
// both give the same errors with the same texts. Excel shows a whole-result error in the formula
// cell; the preview repeats it over the spill area, so the distinct errors are compared, in order.

import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { callAsExcel, loadBindings, StandInError } from "./excelStandIn";

beforeAll(async () => {
  await loadBindings();
});

/** An input cell's value; an error value is handed to the function, as the metadata lets errors through. */
type Value = number | string | boolean | null | { error: "#N/A" | "#DIV/0!" };
const FORMULA_OF = { "#N/A": "=NA()", "#DIV/0!": "=1/0" } as const;
/** Excel hands an error input over as an error object with its code. */
const asExcel = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(asExcel) : typeof v === "object" && v !== null && "error" in v ? { code: (v as { error: string }).error } : v;
type Input = Value[][] | Value | undefined;

const rep = <T,>(v: T, n: number): T[] => new Array<T>(n).fill(v);
const distinct = (texts: string[]) => [...new Set(texts)];

function inExcel(id: string, args: readonly Input[]): string[] {
  const result = callAsExcel(id, ...args.map(asExcel));
  return distinct(result.flat().flatMap((v) => (v instanceof StandInError ? [`${v.code} ${v.message}`] : [])));
}

const columnName = (index: number) => String.fromCharCode(65 + index);

/** The formula with each range written into sheet D (one block under the other) and each value typed in. */
function inPreview(id: string, args: readonly Input[]): string[] {
  const data: (number | string | boolean | null)[][] = [];
  const typed = args.map((arg) => {
    if (arg === undefined) return "";
    if (!Array.isArray(arg)) return typeof arg === "string" ? `"${arg.replace(/"/g, '""')}"` : String(arg);
    const top = data.length + 1;
    data.push(...arg.map((row) => row.map((v) => (typeof v === "object" && v !== null ? FORMULA_OF[v.error] : v))), []);
    const width = Math.max(...arg.map((row) => row.length));
    return `D!A${top}:${columnName(width - 1)}${top + arg.length - 1}`;
  });
  const engine = createEngine({ D: data, F: [[`=BUDGET.${id}(${typed.join(", ")})`]] });
  const values = engine.getSheetValues(engine.getSheetId("F") as number);
  return distinct(
    values.flat().flatMap((v) => (typeof v === "object" && v !== null && "message" in v ? [`${v.value} ${v.message}`] : [])),
  );
}

const JAN = (v: number): Value[] => [v, ...rep(null, 11)];

describe("the same error texts in Excel and in the preview", () => {
  it.each<[string, string, Input[], string[]]>([
    ["PERIODIZE: text", "PERIODIZE", [[["abc"]], [["equal"]]], ['#VALUE! annual amount is text ("abc"); a number is needed']],
    [
      "PERIODIZE: a blank line among good ones",
      "PERIODIZE",
      [[[1000], [null], [12]], [["equal"]]],
      ["#VALUE! annual amount is blank; enter 0 if there is none"],
    ],
    ["PERIODIZE: 11 weights", "PERIODIZE", [[[1000]], [rep(1, 11)]], ["#VALUE! profile has 11 values; 12 are needed"]],
    ["PERIODIZE: unit 5", "PERIODIZE", [[[1000]], [["equal"]], 2026, 5], ["#VALUE! unit must be 0.01, 1 or 1000; got 5"]],
    [
      "REPERIODIZE: lockedThrough 13",
      "REPERIODIZE",
      [[[1200]], [rep(100, 12)], 13],
      ["#VALUE! lockedThrough (the last month to keep) must be a whole number from 0 to 12; got 13"],
    ],
    ["REPERIODIZE: 11 months", "REPERIODIZE", [[[1200]], [rep(100, 11)], 5], ["#VALUE! months has 11 values; 12 are needed"]],
    ["REPERIODIZE: unit as text", "REPERIODIZE", [[[1200]], [rep(100, 12)], 5, undefined, "1000"], ['#VALUE! unit is text ("1000"); a number is needed']],
    [
      "ALLOCATE: caps too low",
      "ALLOCATE",
      [100, [[10], [10]], undefined, undefined, 0.5],
      ["#VALUE! floors and caps cannot reach the total: with the caps the units can carry at most 10, but the total is 100; raise maxRate or lower the total"],
    ],
    ["ALLOCATE: a negative base", "ALLOCATE", [100, [[-5], [1]]], ["#VALUE! base of unit 1 is negative (-5); bases must be 0 or more"]],
    ["ALLOCATE: a text total", "ALLOCATE", ["lots", [[1], [1]]], ['#VALUE! total is text ("lots"); a number is needed']],
    [
      "FORECAST: an unknown method",
      "FORECAST",
      [[JAN(1)], [rep(100, 12)], "magic"],
      ['#VALUE! unknown forecast method "magic"; use budget, profile, runrate, prioryear, ets or auto'],
    ],
    [
      "FORECAST: nothing booked, runrate",
      "FORECAST",
      [[rep(null, 12)], [rep(100, 12)], "runrate"],
      ["#N/A no month is booked yet, so the runrate method has nothing to scale; use the budget or ets method"],
    ],
    ["FORECAST: unit 5", "FORECAST", [[JAN(1)], [rep(100, 12)], "budget", undefined, 5], ["#VALUE! unit must be 0.01, 1 or 1000; got 5"]],
    [
      "YEAREND: past the limit",
      "YEAREND",
      [[JAN(1e15)], [rep(1, 12)], "runrate"],
      ["#VALUE! the projected year-end comes to 12000000000000000, beyond the limit of 1e15 for an amount; check the amounts it is made from"],
    ],
    ["YEAREND: unit as text", "YEAREND", [[JAN(1)], [rep(100, 12)], "budget", undefined, "x"], ['#VALUE! unit is text ("x"); a number is needed']],
    [
      "VARIANCE: a quantity on one side",
      "VARIANCE",
      [[[1]], [[1]], [[5]]],
      ["#VALUE! only the actual quantity is given; give both the actual and the budget quantity, or neither"],
    ],
    ["VARIANCE: a text budget", "VARIANCE", [[[1]], [["abc"]]], ['#VALUE! budget amount is text ("abc"); a number is needed']],
    ["VARIANCE: unit 5", "VARIANCE", [[[1]], [[1]], undefined, undefined, 5], ["#VALUE! unit must be 0.01, 1 or 1000; got 5"]],
    [
      "CARRYOVER: a cap of 2",
      "CARRYOVER",
      [[[1]], [[1]], 2],
      ["#VALUE! capRate must be from 0 to 1, e.g. 0.02 for 2 % or 0.005 for 0.5 %; got 2"],
    ],
    ["CARRYOVER: a text cap", "CARRYOVER", [[[1]], [[1]], "2 %"], ['#VALUE! capRate is text ("2 %"); a number is needed']],
    ["CARRYOVER: unit as text", "CARRYOVER", [[[1]], [[1]], 0.02, "1000"], ['#VALUE! unit is text ("1000"); a number is needed']],
    ["WORKDAYS: year 26", "WORKDAYS", [26], ["#VALUE! year must be a whole number from 1900 to 9999; got 26"]],
    [
      "WORKDAYS: an unknown day off",
      "WORKDAYS",
      [2026, "25dec"],
      ['#VALUE! unknown working-day option "25dec"; use grundlovsdag, 24dec, 31dec or 1maj'],
    ],
    [
      "PROFILE: an unknown method",
      "PROFILE",
      ["seasonal"],
      ['#VALUE! unknown profile method "seasonal"; use equal, days, workdays, historical, activity, salary or payments'],
    ],
    [
      "PROFILE: historical without options",
      "PROFILE",
      ["historical", 2026],
      ['#VALUE! profile "historical" needs options: the prior years\' monthly actuals (k x 12)'],
    ],
    // an error in an input cell, a single cell or within a range, is named in both hosts
    ["VARIANCE: #N/A in a single cell", "VARIANCE", [[[{ error: "#N/A" }]], [[1000]]], ["#VALUE! actual amount is an error (#N/A); fix that cell first"]],
    [
      "PERIODIZE: #DIV/0! among the annual amounts",
      "PERIODIZE",
      [[[1200], [{ error: "#DIV/0!" }]], [["equal"]]],
      ["#VALUE! annual amount is an error (#DIV/0!); fix that cell first"],
    ],
  ])("%s", (_, id, args, expected) => {
    expect(inExcel(id, args)).toEqual(expected);
    expect(inPreview(id, args)).toEqual(expected);
  });
});
