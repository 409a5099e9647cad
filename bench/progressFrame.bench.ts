// The first frame of progress a user sees: periodising 5,000 lines through the Periodise panel
// into the preview workbook, in real headless Chromium (the built preview, npm run build:preview),
// with the panel's default output (live formulas) and with values. Timed from the click's
// pointerdown to the start of the frame after the one that painted the progress bar (so the bar
// is on screen by then), and the whole write to its message; the longest gap between two frames
// while the bar is up says how long the pane stayed frozen at most (info). Each run is undone before the next;
// the two outputs alternate. The bar: the first progress frame painted within 200 ms of the
// click, median of the runs (min-max printed).

import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openPreview } from "../test/e2e/browser";
import { budgetLines, pasteAt, watchProgress } from "../test/e2e/progress";
import { median } from "./harness";

const LINES = 5_000;
const RUNS = 5;
const BAR_MS = 200;

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

beforeAll(async () => {
  preview = await openPreview(900);
  page = preview.page;
  await page.getByTestId("sheet-Budget").click();
  await pasteAt(page, "A30", budgetLines(LINES));
  await page.getByTestId("use-selection").click();
  await page.getByTestId("table-address").waitFor();
  await page.getByTestId("year").fill("2026");
}, 120_000);

afterAll(() => preview?.close());

async function waitForStatus(prefix: string): Promise<void> {
  await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent?.startsWith(text) === true, prefix, { timeout: 60_000, polling: 50 });
}

/** One write: ms to the first progress frame and to the message; then undone. */
async function once(mode: "formulas" | "values"): Promise<{ frame: number; total: number; frozen: number }> {
  await page.getByTestId(`mode-${mode}`).click();
  const watch = await watchProgress(page, "progress");
  const start = Date.now();
  await page.getByTestId("write").click();
  await waitForStatus("Wrote 5000 lines");
  const total = Date.now() - start;
  const seen = await watch.done();
  await page.getByTestId("undo").click();
  await waitForStatus("Undone");
  if (seen.firstFrame === null) throw new Error("no progress frame was painted");
  return { frame: seen.firstFrame, total, frozen: seen.longestFrozen };
}

it("paints the first progress frame within 200 ms of the click, periodising 5,000 lines", async () => {
  const frames = { formulas: [] as number[], values: [] as number[] };
  const totals = { formulas: [] as number[], values: [] as number[] };
  const frozen = { formulas: [] as number[], values: [] as number[] };
  // a warm-up of each, then the outputs alternate
  await once("formulas");
  await once("values");
  for (let i = 0; i < RUNS; i++) {
    for (const mode of i % 2 ? (["values", "formulas"] as const) : (["formulas", "values"] as const)) {
      const { frame, total, frozen: longest } = await once(mode);
      frames[mode].push(frame);
      totals[mode].push(total);
      frozen[mode].push(longest);
    }
  }
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
  const rows = (["formulas", "values"] as const).map((mode) => {
    const m = median(frames[mode]);
    return [
      `periodise ${LINES.toLocaleString("en-GB")} lines, ${mode === "formulas" ? "live formulas (default)" : "values"}`,
      m.toFixed(0),
      range(frames[mode]),
      median(totals[mode]).toFixed(0),
      range(totals[mode]),
      median(frozen[mode]).toFixed(0),
      `<= ${BAR_MS}`,
      m <= BAR_MS ? "PASS" : "FAIL",
    ];
  });
  const head = ["scenario", "first frame ms", "min-max", "whole write ms", "min-max", "longest frame gap ms", "bar", "result"];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const fmt = (cells: string[]) => cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join("  ");
  console.log(
    [
      "\nProgress in the preview: click to the first frame painted with the progress bar",
      fmt(head),
      widths.map((w) => "-".repeat(w)).join("  "),
      ...rows.map(fmt),
      `  ${RUNS} runs each after a warm-up, the outputs alternating; medians; headless Chromium`,
      "",
    ].join("\n"),
  );
  expect(median(frames.formulas)).toBeLessThanOrEqual(BAR_MS);
  expect(median(frames.values)).toBeLessThanOrEqual(BAR_MS);
}, 600_000);
