// No formula breaks the preview engine: every function of the catalogue, given arguments of any
// shape (a range where one cell is expected and the other way round, blanks, text, errors, too
// many or too few), keeps its formula and shows a value or an error value, as Excel does.

import { DetailedCellError, type HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { WORKSHEET_FUNCTIONS } from "../../addin/functions/catalog";
import type { ArgKind } from "../../addin/functions/args";

/** Numbers in A1:L3, text in N1, an error in N2; formulas go in A10, below and left of all. */
const SHEET: (string | number | null)[][] = [
  [1000, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null, "tekst"],
  [2000, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, null, "=1/0"],
  [3000, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0],
];

/** An argument of each kind as a person would give it. */
const SENSIBLE: Record<ArgKind, string> = {
  amounts: "A1:A3",
  quantities: "A1:A3",
  months: "B1:M3",
  profile: '"equal"',
  range: "A1:A3",
  options: '"24dec"',
  unit: "1",
  year: "2026",
  amount: "1000",
  rate: "0.02",
  lockedThrough: "5",
  forecastMethod: '"budget"',
  profileMethod: '"equal"',
  daysOff: '"24dec"',
};

/** Odd arguments: blank, an empty cell, text, TRUE, errors, a column, a row, a block, a lone cell. */
const ODD = ["", "Z99", '"tekst"', "N1", "TRUE", "N2", "NA()", "-1", "10^300", "A1:A3", "B1:M1", "A1:M3", "B2:C3", "A1", "{1,2;3,4}"];

interface Case {
  formula: string;
}

function cases(): [string, Case[]][] {
  return WORKSHEET_FUNCTIONS.map((fn) => {
    const name = `BUDGET.${fn.id}`;
    const sensible = fn.args.map((arg) => SENSIBLE[arg.kind]);
    const call = (args: string[]) => ({ formula: `=${name}(${args.join(",")})` });
    const list: Case[] = [];
    fn.args.forEach((_, i) => ODD.forEach((odd) => list.push(call(sensible.map((s, j) => (j === i ? odd : s))))));
    ODD.forEach((odd) => list.push(call(fn.args.map(() => odd))));
    // one cell for every argument but one, which is a range: lines counted from that one
    for (const range of ["A1:A3", "B1:M3"]) fn.args.forEach((_, i) => list.push(call(fn.args.map((__, j) => (j === i ? range : "A1")))));
    list.push(call([...sensible, "1"]), call(sensible.slice(0, 1)), call([]));
    return [name, list];
  });
}

/** The formula cell's value, or what the engine threw when the formula was written. */
function enter(engine: HyperFormula, formula: string): unknown {
  const at = { sheet: 0, row: 9, col: 0 };
  engine.setCellContents(at, formula);
  return engine.getCellValue(at);
}

describe.each(cases())("%s on odd arguments", (_, list) => {
  it(`keeps the formula and shows a value or #VALUE!/#N/A with a message, in ${list.length} cases`, () => {
    const engine = createEngine({ S: SHEET });
    for (const { formula } of list) {
      let value: unknown;
      expect(() => (value = enter(engine, formula)), formula).not.toThrow();
      expect(engine.getCellFormula({ sheet: 0, row: 9, col: 0 }), formula).toBe(formula);
      if (value instanceof DetailedCellError) {
        expect(["#VALUE!", "#N/A"], `${formula}: ${value.value} ${value.message}`).toContain(value.value);
        expect(value.message, formula).not.toBe("");
      } else {
        expect(typeof value, formula).toBe("number");
      }
      engine.setCellContents({ sheet: 0, row: 9, col: 0 }, null);
    }
  });
});

describe("a range where one cell is expected, and the other way round", () => {
  const values = (formula: string, rows = 1, columns = 3) => {
    const engine = createEngine({ S: [[1200, 1000, 10, 8], [null, null, 12], [null, null, 14], [formula]] });
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => engine.getCellValue({ sheet: 0, row: 3 + r, col: c })));
  };
  const error = (message: string) => expect.objectContaining({ value: "#VALUE!", message });

  const bothQuantities = error("only the actual quantity is given; give both the actual and the budget quantity, or neither");

  it.each([
    // one actual and one budget for every line of the quantities: a line per quantity, the lines
    // without a budget quantity refused
    ["=BUDGET.VARIANCE(A1,B1,C1:C3,D1:D3)", 3, 3, [[200, 250, -50], Array(3).fill(bothQuantities), Array(3).fill(bothQuantities)]],
    ["=BUDGET.ALLOCATE(C1:C3,A1:B1)", 1, 1, [[error("total must be one cell; got 3 x 1")]]],
    ["=BUDGET.CARRYOVER(A1,B1,C1:C2)", 1, 1, [[error("capRate must be one cell; got 2 x 1")]]],
    ["=BUDGET.WORKDAYS(A1:B1)", 1, 1, [[error("year must be one cell; got 1 x 2")]]],
    // a range of one cell is that cell, as in Excel
    ['=BUDGET.PERIODIZE(A1:A1,"equal",C1:C1)', 1, 1, [[error("year must be a whole number from 1900 to 9999; got 10")]]],
  ] as const)("%s", (formula, rows, columns, expected) => {
    expect(values(formula, rows, columns)).toEqual(expected);
  });
});

describe("a range where one cell is expected, in both languages", () => {
  it("names the argument as each language's Excel does", () => {
    expect(WORKSHEET_FUNCTIONS.find((fn) => fn.id === "WORKDAYS")?.invoke([[[2026, 2027]]])).toEqual([
      [{ kind: "value", message: "year must be one cell; got 1 x 2", messageDa: "år skal være én celle; fik 1 x 2" }],
    ]);
  });
});
