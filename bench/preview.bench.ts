// Recalculation in the preview engine: one batch formula over 5,000 lines against the equivalent
// native formulas, one per cell (=ROUND(annual*weight/SUM(weights),0)), in the same run. The bar:
// the batch formula recalculates in at most 3 times the native formulas' time.
//
// What is timed: changing the 12 weights, which makes every month of every line recalculate in
// both workbooks. Each side is warmed up; runs alternate; medians are compared. The batch result
// is checked (every line sums to its annual amount) outside the timed region.
//
// Writing formulas through the preview gateway: one spilling BUDGET.PERIODIZE per line (what the
// Periodise panel writes) over 10,000 lines against one batch formula over the same lines. The
// bar: the formula per line is written in at most 3 times the batch formula's time. Each run
// writes into a fresh workbook built outside the timed region; the sides alternate; medians are
// compared and the spread (min-max) printed. Both give the same months, checked after the runs.

import { expect, it } from "vitest";
import { createEngine } from "../addin/preview/engine";
import { periodize } from "../core";
import { PreviewGateway, PreviewWorkbook } from "../addin/preview/previewGateway";
import { median, printTable } from "./harness";
import type { HyperFormula } from "hyperformula";

const LINES = 5_000;
const MONTHS = 12;
const BAR = 3;
const WARMUP = 2;
const RUNS = 7;

const annuals = Array.from({ length: LINES }, (_, i) => 10_000 + ((i * 7_919) % 5_000_000));
const columns = "BCDEFGHIJKLM";

/** Weights in row 1 (B1:M1), annual amounts in A2:A5001, months from N2 on. */
function workbook(formulas: (line: number) => (string | number | null)[]): HyperFormula {
  const rows: (string | number | null)[][] = [[null, ...Array(MONTHS).fill(1)]];
  for (let i = 0; i < LINES; i++) rows.push([annuals[i], ...Array(MONTHS).fill(null), ...formulas(i)]);
  return createEngine({ S: rows });
}

const batch = workbook((i) => (i === 0 ? [`=BUDGET.PERIODIZE(A2:A${LINES + 1},B1:M1)`] : []));
const native = workbook((i) =>
  Array.from({ length: MONTHS }, (_, m) => `=ROUND($A${i + 2}*${columns[m]}$1/SUM($B$1:$M$1),0)`),
);

let round = 0;
let lastWeights: number[] = [];
function recalc(engine: HyperFormula): number {
  round++;
  const weights = Array.from({ length: MONTHS }, (_, m) => 1 + ((m * 3 + round) % 7));
  if (engine === batch) lastWeights = weights;
  const start = performance.now();
  engine.setCellContents({ sheet: 0, row: 0, col: 1 }, [weights]);
  return performance.now() - start;
}

it(`one batch formula over ${LINES} lines recalculates within ${BAR}x the native per-cell formulas`, () => {
  for (let i = 0; i < WARMUP; i++) {
    recalc(batch);
    recalc(native);
  }
  const times = { batch: [] as number[], native: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    times.batch.push(recalc(batch));
    times.native.push(recalc(native));
  }
  const b = median(times.batch);
  const n = median(times.native);
  const ratio = b / n;
  console.log(
    [
      "scenario                                   batch ms  native ms  ratio   bar  result",
      `PERIODIZE over ${LINES} lines vs ${LINES * MONTHS} ROUND cells  ${b.toFixed(1).padStart(8)}  ${n.toFixed(1).padStart(9)}  ${ratio.toFixed(2).padStart(5)}  <= ${BAR}    ${ratio <= BAR ? "PASS" : "FAIL"}`,
    ].join("\n"),
  );

  // the batch result is right and current: each line is the periodisation along the last
  // weights written, and adds up to its annual amount
  const values = batch.getSheetValues(0);
  for (let i = 0; i < LINES; i += 97) {
    const months = values[i + 1].slice(13, 13 + MONTHS) as number[];
    expect(months).toEqual(periodize(annuals[i], lastWeights));
    expect(months.reduce((a, v) => a + v, 0)).toBe(annuals[i]);
  }
  expect(ratio).toBeLessThanOrEqual(BAR);
});

const WRITTEN_LINES = 10_000;
const WRITE_BAR = 3;
const WRITE_RUNS = 7;

const writtenAnnuals = Array.from({ length: WRITTEN_LINES }, (_, i) => [10_000 + ((i * 7_919) % 5_000_000)]);
const perLine = writtenAnnuals.map((_, i) => [{ formula: `=BUDGET.PERIODIZE(A${i + 1},"equal")` }]);
const overAll = [[{ formula: `=BUDGET.PERIODIZE(A1:A${WRITTEN_LINES},"equal")` }]];

/** Writes the formulas into a fresh workbook of the annual amounts; the time of the write alone. */
function write(formulas: typeof perLine): { ms: number; book: PreviewWorkbook } {
  const book = new PreviewWorkbook(createEngine({ S: writtenAnnuals }));
  const gateway = new PreviewGateway(book);
  const start = performance.now();
  void gateway.writeRange("S!B1", formulas);
  return { ms: performance.now() - start, book };
}

it(`a formula per line over ${WRITTEN_LINES} lines is written within ${WRITE_BAR}x one batch formula`, () => {
  write(perLine);
  write(overAll);
  const times = { perLine: [] as number[], overAll: [] as number[] };
  for (let i = 0; i < WRITE_RUNS; i++) {
    const order = i % 2 ? (["overAll", "perLine"] as const) : (["perLine", "overAll"] as const);
    for (const side of order) times[side].push(write(side === "perLine" ? perLine : overAll).ms);
  }
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}`;
  const row = { scenario: `PERIODIZE per line vs one over ${WRITTEN_LINES} lines, written`, exact: median(times.perLine), naive: median(times.overAll), bar: WRITE_BAR };
  printTable("Preview gateway: writing spilling formulas", [row], 1, [`min-max: per line ${spread(times.perLine)} ms, batch ${spread(times.overAll)} ms; ${WRITE_RUNS} runs each`], ["per line ms", "batch ms"]);

  // both write the same months on every line
  const lines = write(perLine).book.engine.getSheetValues(0);
  const batchLines = write(overAll).book.engine.getSheetValues(0);
  expect(lines).toEqual(batchLines);
  expect(lines[WRITTEN_LINES - 1].slice(1).reduce((a, v) => (a as number) + (v as number), 0)).toBe(writtenAnnuals[WRITTEN_LINES - 1][0]);
  expect(row.exact / row.naive).toBeLessThanOrEqual(WRITE_BAR);
});
