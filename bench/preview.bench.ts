// Recalculation in the preview engine: 5,000 lines split into months three ways, each a workbook
// built in one go: one batch formula over all lines (=BUDGET.PERIODIZE(A2:A5001,B1:M1)), one
// spilling formula per line as the Periodise panel writes it (=BUDGET.PERIODIZE(A2,$B$1:$M$1) and
// so on), and the equivalent native formulas, one per month cell
// (=ROUND($A2*B$1/SUM($B$1:$M$1),0)). Two changes are timed: new weights, which make every month
// of every line recalculate, and one annual amount, which makes one line recalculate (the batch
// formula recalculates all its lines: that is what one formula over all lines costs). The bar:
// each BUDGET formula at most 3 times the native formulas' time; the batch formula's single-input
// change is reported without a bar. Each side is warmed up; the order of the sides turns every
// round; medians are compared and the spread (min-max) printed. Every result is checked outside
// the timed region.
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
import { median, printTable, spread, type Row } from "./harness";
import type { HyperFormula } from "hyperformula";

const LINES = 5_000;
const MONTHS = 12;
const BAR = 3;
const WARMUP = 2;
const RUNS = 9;

const annuals = Array.from({ length: LINES }, (_, i) => 10_000 + ((i * 7_919) % 5_000_000));
const columns = "BCDEFGHIJKLM";

/** Weights in row 1 (B1:M1), annual amounts in A2:A5001, months from N2 on. */
function workbook(formulas: (line: number) => (string | number | null)[]): HyperFormula {
  const rows: (string | number | null)[][] = [[null, ...Array(MONTHS).fill(1)]];
  for (let i = 0; i < LINES; i++) rows.push([annuals[i], ...Array(MONTHS).fill(null), ...formulas(i)]);
  return createEngine({ S: rows });
}

type Side = "batch" | "perLine" | "native";
const SIDES: readonly Side[] = ["batch", "perLine", "native"];

const books: Record<Side, HyperFormula> = {
  batch: workbook((i) => (i === 0 ? [`=BUDGET.PERIODIZE(A2:A${LINES + 1},B1:M1)`] : [])),
  perLine: workbook((i) => [`=BUDGET.PERIODIZE(A${i + 2},$B$1:$M$1)`]),
  native: workbook((i) => Array.from({ length: MONTHS }, (_, m) => `=ROUND($A${i + 2}*${columns[m]}$1/SUM($B$1:$M$1),0)`)),
};

/** What each workbook was last given: the weights, and the annual amount of each line. */
const given: Record<Side, { weights: number[]; annuals: number[] }> = {
  batch: { weights: Array(MONTHS).fill(1), annuals: [...annuals] },
  perLine: { weights: Array(MONTHS).fill(1), annuals: [...annuals] },
  native: { weights: Array(MONTHS).fill(1), annuals: [...annuals] },
};

interface Change {
  name: string;
  /** Makes the change in one workbook; the time of the change and its recalculation. */
  run(side: Side, round: number): number;
}

const newWeights: Change = {
  name: "new weights (every line)",
  run(side, round) {
    const weights = Array.from({ length: MONTHS }, (_, m) => 1 + ((m * 3 + round) % 7));
    given[side].weights = weights;
    const start = performance.now();
    books[side].setCellContents({ sheet: 0, row: 0, col: 1 }, [weights]);
    return performance.now() - start;
  },
};

/** Single-line changes per run: one alone takes a fraction of a millisecond, near the timer's grain. */
const SINGLE_CHANGES = 10;

const oneAnnual: Change = {
  name: `one annual amount (one line), ${SINGLE_CHANGES} times`,
  run(side, round) {
    const lines = Array.from({ length: SINGLE_CHANGES }, (_, k) => (round * 1_237 + k * 499) % LINES);
    const amounts = lines.map((_, k) => 20_000 + round * 13 + k);
    lines.forEach((line, k) => (given[side].annuals[line] = amounts[k]));
    const engine = books[side];
    const start = performance.now();
    // each change on its own, recalculated before the next, as a user types them
    for (let k = 0; k < SINGLE_CHANGES; k++) engine.setCellContents({ sheet: 0, row: lines[k] + 1, col: 0 }, [[amounts[k]]]);
    return performance.now() - start;
  },
};

/** Warm-up, then rounds in which every side makes the change once, the order turning each round. */
function time(change: Change): Record<Side, number[]> {
  let round = 0;
  for (let i = 0; i < WARMUP; i++) for (const side of SIDES) change.run(side, ++round);
  const times: Record<Side, number[]> = { batch: [], perLine: [], native: [] };
  for (let i = 0; i < RUNS; i++) {
    round++;
    const order = SIDES.map((_, k) => SIDES[(k + i) % SIDES.length]);
    for (const side of i % 2 ? [...order].reverse() : order) times[side].push(change.run(side, round));
  }
  return times;
}

/** Every line of each workbook is the periodisation of what it was given last. */
function checkMonths(): void {
  for (const side of SIDES) {
    const values = books[side].getSheetValues(0);
    const { weights, annuals: lines } = given[side];
    for (let i = 0; i < LINES; i += 97) {
      const months = values[i + 1].slice(13, 13 + MONTHS) as number[];
      const sum = weights.reduce((a, w) => a + w, 0);
      // the native cells round each month on its own (the amounts are positive: half up is half away from zero)
      if (side === "native") expect(months).toEqual(weights.map((w) => Math.round((lines[i] * w) / sum)));
      else expect(months).toEqual(periodize(lines[i], weights));
    }
  }
}

it(`BUDGET formulas over ${LINES} lines recalculate within ${BAR}x the native per-cell formulas`, { timeout: 120_000 }, () => {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const change of [newWeights, oneAnnual]) {
    const times = time(change);
    checkMonths();
    const native = median(times.native);
    const batchBar = change === newWeights ? BAR : undefined;
    rows.push({ scenario: `batch formula: ${change.name}`, exact: median(times.batch), naive: native, bar: batchBar });
    rows.push({ scenario: `formula per line: ${change.name}`, exact: median(times.perLine), naive: native, bar: BAR });
    notes.push(`${change.name}, min-max: batch ${spread(times.batch)} ms, per line ${spread(times.perLine)} ms, native ${spread(times.native)} ms`);
  }
  printTable(
    `Preview engine: ${LINES} lines x ${MONTHS} months, BUDGET.PERIODIZE vs ${LINES * MONTHS} native ROUND cells; median of ${RUNS} runs after ${WARMUP} warm-ups, order of the sides turning`,
    rows,
    2,
    [...notes, "the batch formula recalculates all its lines when one annual amount changes (info)"],
    ["BUDGET ms", "native ms"],
  );
  for (const row of rows) if (row.bar !== undefined) expect(row.exact / row.naive, row.scenario).toBeLessThanOrEqual(row.bar);
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
  const row = { scenario: `PERIODIZE per line vs one over ${WRITTEN_LINES} lines, written`, exact: median(times.perLine), naive: median(times.overAll), bar: WRITE_BAR };
  printTable("Preview gateway: writing spilling formulas", [row], 1, [`min-max: per line ${spread(times.perLine)} ms, batch ${spread(times.overAll)} ms; ${WRITE_RUNS} runs each`], ["per line ms", "batch ms"]);

  // both write the same months on every line
  const lines = write(perLine).book.engine.getSheetValues(0);
  const batchLines = write(overAll).book.engine.getSheetValues(0);
  expect(lines).toEqual(batchLines);
  expect(lines[WRITTEN_LINES - 1].slice(1).reduce((a, v) => (a as number) + (v as number), 0)).toBe(writtenAnnuals[WRITTEN_LINES - 1][0]);
  expect(row.exact / row.naive).toBeLessThanOrEqual(WRITE_BAR);
});
