// The Forecast panel's report speed. The bar: the report of 5,000 lines at most 3 times a float
// pass over the same figures. Both sides read the same workbook the same way through the Office.js
// gateway on office-addin-mock (test/gateway/fakeExcel.ts): the follow-up table (5,000 lines, 5
// months booked, 12 of budget, a known adjustment on every third line, a cap base on every fourth,
// one line in ten an income line, budgets in whole kroner, actuals to the øre), for "auto" the prior years (3 a line,
// 15,000 rows), the report marks and the report sheet. The product's side is the panel's own path,
// readForecast: the lines read, each projected and followed up (core/followup.ts), the total, the
// chart's curves, and the cells it would write with the memory of them. The float side computes
// the same figures naively in doubles (the projection by the method, for "auto" a float backtest
// of the same methods on the same prior years, the sums, variances, carry-over, material flag and
// band) into cells of the same shape. Run with `npm run bench`.
//
// The figures are checked outside the timed region: the product's plan has every line and no
// error; its cells and the float side's have the same shape; each line's to-date sums and budget
// are the float side's exactly, and its year-end is within a few kroner of the float projection
// wherever both project by the same method.
//

import { expect, it } from "vitest";
import { forecastChoicesWith } from "../test/fixtures/forecastChoices";
import { FakeExcel, type Grid } from "../test/gateway/fakeExcel";
import type { FollowUpFigures, ForecastMethod } from "../core";
import type { CellInput } from "../addin/gateway/types";
import { readForecast } from "../addin/taskpane/forecastReport";
import type { ForecastPlan } from "../addin/taskpane/forecastPlan";
import { en } from "../addin/taskpane/i18n/en";
import { REPORT_MARK } from "../addin/taskpane/reportMemory";
import { floatBacktest, floatForecast } from "./floatForecast";
import { median, printTable, random, type Row } from "./harness";

const LINES = 5000;
const BOOKED = 5;
const YEARS = 3;
const BAR = 3;
const RUNS = { profile: 9, auto: 3 } as const;
/** Warm-up runs of each side besides the checked one (for "auto", seconds a run, the checked run is the warm-up). */
const WARMUP = { profile: 1, auto: 0 } as const;
const TABLE = `Opfølgning!A1:AB${LINES + 1}`;
const HISTORY = `Historik!A1:N${LINES * YEARS + 1}`;
const SHEET = "Forecast";
const MATERIAL_AMOUNT = 100_000;
const MATERIAL_RATE = 0.05;
const CAP_RATE = 0.02;
const CAP_SHARE = 0.5;

/** The workbook: the follow-up table and the prior years, lines of 10,000 .. 10,000,000 kr a year. */
function workbook(): Record<string, Grid> {
  const next = random(2031);
  const header = ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`), "Korrektion", "Rammegrundlag"];
  const rows: Grid = [header];
  const history: Grid = [["Nøgle", "År", ...en.months]];
  for (let i = 0; i < LINES; i++) {
    const sign = i % 10 === 9 ? -1 : 1;
    const level = sign * (10_000 + next() * 9_990_000);
    const shape = Array.from({ length: 12 }, () => 0.6 + 0.8 * next());
    const shapeSum = shape.reduce((a, b) => a + b, 0);
    const year = (factor: number) => shape.map((w) => Math.round(((level * factor * w) / shapeSum) * (0.9 + 0.2 * next())));
    const budget = year(1);
    // actuals as booked, to the øre
    const withOre = (v: number) => Math.round(v * 100 + Math.floor(next() * 100) * Math.sign(v)) / 100;
    const actuals = year(0.95 + 0.1 * next()).map((v, m) => (m < BOOKED ? withOre(v) : null));
    const adjustment = i % 3 === 0 ? Math.round((next() - 0.5) * 20_000) : null;
    const capBase = i % 4 === 0 ? Math.round(Math.abs(level) * 1.5) : null;
    rows.push([`K${i}`, `Linje ${i}`, ...actuals, ...budget, adjustment, capBase]);
    for (let y = 0; y < YEARS; y++) history.push([`K${i}`, 2023 + y, ...year(0.85 + 0.05 * y + 0.1 * next()).map(withOre)]);
  }
  return { Opfølgning: rows, Historik: history, [SHEET]: [] };
}

const choices = (method: ForecastMethod | "auto") =>
  forecastChoicesWith({ method, adjustmentColumn: 26, capBaseColumn: 27, materialAmount: MATERIAL_AMOUNT, materialRate: MATERIAL_RATE, capRate: CAP_RATE, capShare: CAP_SHARE, reportSheet: SHEET });

// --- the float pass ---------------------------------------------------------------------------

const sum = (xs: readonly number[], from = 0, to = xs.length) => {
  let s = 0;
  for (let i = from; i < to; i++) s += xs[i];
  return s;
};

/** The figures the float pass computes of a line: those of the product's row it writes. */
type FloatFigures = Pick<FollowUpFigures, "actualToDate" | "budgetToDate" | "monthVariance" | "ytdVariance" | "budget" | "adjustment" | "yearEnd" | "result" | "carryover" | "material">;

function figures(actualToDate: number, budgetToDate: number, monthVariance: number, budget: number, adjustment: number, yearEnd: number, capBase: number): FloatFigures {
  const result = yearEnd - budget;
  const under = budget - yearEnd;
  const carryover = under <= 0 ? under : Math.floor(Math.min(CAP_SHARE * under, CAP_RATE * Math.abs(capBase)) * 100) / 100;
  const material = Math.abs(result) >= MATERIAL_AMOUNT && Math.abs(result) >= MATERIAL_RATE * Math.abs(budget);
  return { actualToDate, budgetToDate, monthVariance, ytdVariance: actualToDate - budgetToDate, budget, adjustment, yearEnd, result, carryover, material };
}

interface Line {
  method: string;
  figures: FloatFigures;
  band: { low: number; high: number } | null;
}

const cellsOf = (key: string, method: string, f: FloatFigures, mape: number | "", chart: CellInput[]): CellInput[] => [
  key, method, f.actualToDate, f.budgetToDate, f.monthVariance, f.ytdVariance, f.budget, f.adjustment, f.yearEnd, "", f.yearEnd, f.result, f.result, f.carryover, mape, f.material ? en.materialYes : "", "", "",
  "", ...chart,
];

/** The float pass: the same reads, the same figures in doubles, cells of the same shape. */
async function floatReport(excel: FakeExcel, method: ForecastMethod | "auto"): Promise<{ cells: CellInput[][]; lines: Map<string, Line> }> {
  const gateway = excel.gateway();
  const table = await gateway.readRange(TABLE);
  const historyRange = method === "auto" ? await gateway.readRange(HISTORY) : null;
  await gateway.findMarks(REPORT_MARK);
  await gateway.readUsed(SHEET);
  const history = new Map<string, number[][]>();
  for (const row of historyRange?.values.slice(1) ?? []) {
    const key = String(row[0]);
    const years = history.get(key) ?? [];
    years.push(row.slice(2, 14).map((v) => (typeof v === "number" ? v : 0)));
    history.set(key, years);
  }
  const lines = new Map<string, Line>();
  const body: CellInput[][] = [];
  const curveBudget = new Array<number>(12).fill(0);
  const curveForecast = new Array<number>(12).fill(0);
  const totals = new Array<number>(7).fill(0);
  for (const row of table.values.slice(1)) {
    const key = String(row[0]);
    const booked = row.slice(2, 2 + BOOKED) as number[];
    const budget = row.slice(14, 26) as number[];
    const adjustment = typeof row[26] === "number" ? row[26] : 0;
    const past = history.get(key) ?? [];
    const pick = method === "auto" ? floatBacktest(BOOKED, past) : { method, mape: NaN };
    const months = floatForecast(pick.method, booked, budget, past.length > 0 ? past : undefined);
    months[11] += adjustment;
    const yearEnd = sum(months);
    const total = sum(budget);
    const f = figures(sum(booked), sum(budget, 0, BOOKED), booked[BOOKED - 1] - budget[BOOKED - 1], total, adjustment, yearEnd, typeof row[27] === "number" ? row[27] : total);
    const mape = Number.isNaN(pick.mape) ? "" : pick.mape;
    const band = mape === "" ? null : { low: Math.round(yearEnd - Math.abs(yearEnd) * mape), high: Math.round(yearEnd + Math.abs(yearEnd) * mape) };
    for (let m = 0; m < 12; m++) {
      curveBudget[m] += budget[m];
      curveForecast[m] += months[m];
    }
    [f.actualToDate, f.budgetToDate, f.monthVariance, f.budget, f.adjustment, f.yearEnd, typeof row[27] === "number" ? row[27] : total].forEach((v, i) => (totals[i] += v));
    lines.set(key, { method: pick.method, figures: f, band });
    body.push(cellsOf(key, en.forecastMethodShort[pick.method], f, mape, []));
  }
  const total = figures(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6]);
  let runningBudget = 0;
  let runningForecast = 0;
  const chart = en.months.map((name, m): CellInput[] => {
    runningBudget += curveBudget[m];
    runningForecast += curveForecast[m];
    return [name, runningBudget, m < BOOKED ? runningForecast : "", runningForecast];
  });
  const cells: CellInput[][] = [["title"], ["settings"], ["header"], ...body, cellsOf(en.totalLabel, "", total, "", [])].map((r) => [...r, ...new Array<CellInput>(18 + 1 + 4 - r.length).fill("")]);
  [["month", "budget", "actual", "forecast"], ...chart].forEach((c, i) => cells[2 + i].splice(19, 4, ...c));
  return { cells, lines };
}

// --- the benchmark ----------------------------------------------------------------------------

/** Every time of both sides, alternating which goes first, after `warmup` runs of each. */
async function measureAsync(product: () => Promise<unknown>, float: () => Promise<unknown>, runs: number, warmup: number): Promise<{ product: number[]; float: number[] }> {
  const time = async (run: () => Promise<unknown>) => {
    const start = performance.now();
    await run();
    return performance.now() - start;
  };
  for (let i = 0; i < warmup; i++) {
    await time(product);
    await time(float);
  }
  const times = { product: [] as number[], float: [] as number[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      times.float.push(await time(float));
      times.product.push(await time(product));
    } else {
      times.product.push(await time(product));
      times.float.push(await time(float));
    }
  }
  return times;
}

/** The product's plan checked against the float pass: shape, exact sums, year-ends where the methods agree. */
function check(plan: ForecastPlan, float: Awaited<ReturnType<typeof floatReport>>): number {
  expect(plan.error).toBeNull();
  expect(plan.bad).toEqual([]);
  expect(plan.lines).toHaveLength(LINES);
  expect(plan.cells.map((r) => r.length)).toEqual(float.cells.map((r) => r.length));
  let agree = 0;
  for (const line of plan.lines) {
    const f = float.lines.get(line.key)!;
    // the float side's sums of amounts with øre may be off by a rounding
    [line.actualToDate, line.budgetToDate, line.monthVariance, line.budget, line.adjustment].forEach((v, i) =>
      expect(Math.abs(v - [f.figures.actualToDate, f.figures.budgetToDate, f.figures.monthVariance, f.figures.budget, f.figures.adjustment][i]), line.key).toBeLessThan(1e-6),
    );
    if (line.method !== f.method) continue;
    agree++;
    expect(Math.abs(line.yearEnd - f.figures.yearEnd), line.key).toBeLessThanOrEqual(12);
  }
  return agree;
}

it("plans the Forecast report of 5,000 lines within 3x a float pass over the same figures", { timeout: 120_000 }, async () => {
  const excel = new FakeExcel(workbook(), "Opfølgning");
  const rows: Row[] = [];
  const notes: string[] = [];
  const ratios: Record<string, number> = {};
  for (const method of ["profile", "auto"] as const) {
    const product = () => readForecast(excel.gateway(), TABLE, method === "auto" ? HISTORY : "", choices(method), en, "en");
    const float = () => floatReport(excel, method);
    const agree = check(await product(), await float());
    const times = await measureAsync(product, float, RUNS[method], WARMUP[method]);
    const row = { scenario: `${method}${method === "auto" ? ` (${YEARS} history years)` : ""}`, exact: median(times.product), naive: median(times.float), bar: BAR };
    rows.push(row);
    ratios[method] = row.exact / row.naive;
    const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)} ms`;
    notes.push(`${method}: product min-max ${range(times.product)}, float min-max ${range(times.float)}, ${RUNS[method]} runs each after ${WARMUP[method] + 1} warm-up run${WARMUP[method] === 0 ? "" : "s"} (the checked one included), sides alternating; the float backtest picked the product's method on ${agree} of ${LINES} lines`);
  }
  printTable(`Forecast report of ${LINES.toLocaleString("en")} lines at month ${BOOKED}, unit 1 kr, read through office-addin-mock: the panel's path (read, plan, cells) against a float pass over the same figures`, rows, 0, notes, ["report ms", "float ms"]);
  expect(ratios.profile, "profile report / float pass").toBeLessThanOrEqual(BAR);
  expect(ratios.auto, "auto report / float pass").toBeLessThanOrEqual(BAR);
});
