// What a Forecast report remembers of the cells it wrote (reportMemory.ts): per row, an FNV-1a
// fingerprint of the row's cells as JSON and one of each cell. Reports written before keep their
// memory in the workbook, so the fingerprints must stay exactly as they were: checked against a
// reference (the plain definition: JSON of the row, JSON of each cell as a row of one) on fixed and
// random rows, texts with quotes, escapes and non-Latin letters, numbers of every kind, blanks,
// flags and error values.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../addin/gateway/types";
import { isBlank } from "../../core";
import { chartKey, intactCells, memoryOf, reportKey } from "../../addin/taskpane/reportMemory";
import { CURRENT_LAYOUT } from "../../addin/taskpane/forecastLayout";

/** The reference: FNV-1a, 32 bits, of JSON.stringify of the cells, blanks as "". */
function hashOf(cells: readonly (CellValue | undefined)[]): string {
  const text = JSON.stringify(cells.map((v) => (v === null || v === undefined ? "" : v)));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
const remembered = (cells: readonly (CellValue | undefined)[]) => `${hashOf(cells)}${cells.map((v) => hashOf([v]).slice(0, 4)).join("")}`;

const WIDTH = CURRENT_LAYOUT.width;
const cellArb: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("Æble \"ø\" \\ å\n\t", "#N/A", "Ja", "", "\u2028", "\ud800"),
  fc.double(),
  fc.integer(),
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e21, 1e-7, 1234.56, -0.01),
  fc.boolean(),
  fc.constantFrom(null, undefined, { error: "#DIV/0!" }),
);
const rowArb = fc.array(cellArb, { minLength: WIDTH, maxLength: WIDTH });

describe("a report's memory of its cells", () => {
  it("is the fingerprint of every row as reports have always written it", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 6 }), (rows) => {
        const expected: Record<string, string> = {};
        for (const row of rows) {
          if (!isBlank(row[0])) expected[reportKey(row[0])] = remembered(row.slice(1, CURRENT_LAYOUT.explanation));
          const chart = row[CURRENT_LAYOUT.chartColumn];
          if (!isBlank(chart)) expected[chartKey(chart)] = remembered(row.slice(CURRENT_LAYOUT.chartColumn + 1, WIDTH));
        }
        expect(memoryOf(rows)).toEqual({ rows: expected });
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    // [cells, remembered]
    [["A", 1, "x"], remembered(["A", 1, "x"])],
    [[1234.56, -0, null, undefined, true, "Ja"], remembered([1234.56, -0, null, undefined, true, "Ja"])],
    [[{ error: "#N/A" }, "\"citat\"", NaN], remembered([{ error: "#N/A" }, "\"citat\"", NaN])],
  ] as const)("%j", (cells, expected) => {
    // every cell intact by the row's own fingerprint; one cell typed over found by its own
    expect(intactCells(expected, cells)).toEqual(cells.map(() => true));
    const changed: (CellValue | undefined)[] = [...cells];
    changed[1] = "typed over";
    expect(intactCells(expected, changed)).toEqual(cells.map((_, i) => i !== 1));
  });

  it("of a row of whole kroner is the one stored before", () => {
    const stored = "07bed745d7652bd477b4cb74ba146b88";
    expect(remembered(["K1", "bud", 1000, -250, 0, ""])).toBe(stored);
    expect(intactCells(stored, ["K1", "bud", 1000, -250, 0, ""])).toEqual([true, true, true, true, true, true]);
    expect(intactCells(stored, ["K1", "bud", 1001, -250, 0, ""])).toEqual([true, true, false, true, true, true]);
  });
});
