// A blocked spill in the preview behaves as in Excel: #SPILL! while a cell of its range holds a
// value, the months again as soon as that cell is emptied, whether typed in the grid or written
// by a panel, and on a workbook that opens with the spill blocked.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";

const MONTHS = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100];
const SPILL = { error: "#SPILL!" };
const PERIODIZE = '=BUDGET.PERIODIZE(A1:A2,"equal")';

/** Annual amounts in A1:A2, the formula in B1 (spilling into B1:M2), 7 in F2 when blocked. */
function setup(blocked: boolean) {
  const rows: (string | number | null)[][] = [[1200, PERIODIZE], [2400, null, null, null, null, blocked ? 7 : null]];
  const book = new PreviewWorkbook(createEngine({ S: rows }));
  return { book, gateway: new PreviewGateway(book) };
}

const row = (book: PreviewWorkbook, r: number) => Array.from({ length: 12 }, (_, c) => book.value("S", { row: r, column: c + 1 }));

type Clear = (book: PreviewWorkbook, gateway: PreviewGateway, ref: string, cell: { row: number; column: number }) => Promise<void>;
const CLEARS: [string, Clear][] = [
  ["typed empty in the grid", async (book, _, __, cell) => book.type("S", cell, "")],
  ["written empty by a panel", async (_, gateway, ref) => gateway.writeRange(ref, [[""]])],
];

describe.each(CLEARS)("a blocked spill, its blocking cell %s", (_, clear) => {
  it("spills again on a workbook that opened blocked", async () => {
    const { book, gateway } = setup(true);
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    await clear(book, gateway, "S!F2", { row: 1, column: 5 });
    expect(row(book, 0)).toEqual(MONTHS);
    expect(row(book, 1)).toEqual(MONTHS.map((m) => 2 * m));
    expect(book.content("S", { row: 0, column: 1 })).toBe(PERIODIZE);
  });

  it("spills again after a value typed into its range blocked it", async () => {
    const { book, gateway } = setup(false);
    expect(row(book, 1)).toEqual(MONTHS.map((m) => 2 * m));
    book.type("S", { row: 1, column: 9 }, "5");
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    expect(book.value("S", { row: 1, column: 9 })).toBe(5);
    await clear(book, gateway, "S!J2", { row: 1, column: 9 });
    expect(row(book, 0)).toEqual(MONTHS);
    expect(row(book, 1)).toEqual(MONTHS.map((m) => 2 * m));
  });
});

describe("a blocked spill stays blocked", () => {
  it("while another value is written over the blocking cell, and spills once that is emptied", async () => {
    const { book, gateway } = setup(true);
    await gateway.writeRange("S!F2", [[8]]);
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    expect(book.value("S", { row: 1, column: 5 })).toBe(8);
    await gateway.writeRange("S!F2", [[null]]);
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    await gateway.writeRange("S!F2", [[""]]);
    expect(row(book, 1)).toEqual(MONTHS.map((m) => 2 * m));
  });

  it("while one of two blocking cells is emptied", async () => {
    const { book } = setup(true);
    book.type("S", { row: 0, column: 12 }, "3");
    book.type("S", { row: 1, column: 5 }, "");
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    book.type("S", { row: 0, column: 12 }, "");
    expect(row(book, 0)).toEqual(MONTHS);
  });

  it("when a cell outside its range is emptied", async () => {
    const { book } = setup(true);
    book.type("S", { row: 5, column: 0 }, "1");
    book.type("S", { row: 5, column: 0 }, "");
    expect(book.value("S", { row: 0, column: 1 })).toEqual(SPILL);
    expect(book.value("S", { row: 1, column: 5 })).toBe(7);
  });
});
