// Long work in the pane: when its progress shows, when it gives the browser the thread back, and
// that Cancel stops it only until its first write begins; then a 5,000-line write on the preview
// workbook, told batch by batch with exact counts, and a cancel that leaves the workbook as it was.

import { describe, expect, it } from "vitest";
import { applyWrite } from "../../addin/gateway/journal";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { periodizeWrite, planPeriodize } from "../../addin/taskpane/periodizePlan";
import { Cancelled, SHOWN_AFTER_MS, SHOWN_FROM, SLICE_MS, startWork, type WorkPhase, type WorkProgress } from "../../addin/taskpane/work";
import { examineWrite, writeIfUnchanged } from "../../addin/taskpane/writeFlow";

/** Work on a clock the test moves: what was shown, and after which steps the browser got the thread. */
function onClock() {
  let time = 1000;
  const shown: (WorkProgress | null)[] = [];
  const pauses: number[] = [];
  let step = 0;
  let onPause = () => {};
  const control = startWork((p) => shown.push(p), {
    now: () => time,
    pause: async () => {
      pauses.push(step);
      onPause();
    },
  });
  return {
    control,
    shown,
    pauses,
    at: (ms: number) => (time = 1000 + ms),
    whilePaused: (f: () => void) => (onPause = f),
    async step(phase: WorkPhase, done: number, of: number) {
      step++;
      await control.work.step(phase, done, of);
    },
  };
}

describe("when work shows its progress and lets the browser paint", () => {
  it.each([
    // [what, size, steps as [ms after the click, done], shown progress (done), steps after which it paused]
    ["work of 500 lines shows at once and paints before it goes on", SHOWN_FROM, [[0, 0], [10, 100], [SLICE_MS + 5, 200], [SLICE_MS + 20, 300]], [0, 200], [1, 3]],
    ["smaller work shows nothing for its first 300 ms", SHOWN_FROM - 1, [[0, 0], [SLICE_MS, 100], [SHOWN_AFTER_MS - 1, 200], [SHOWN_AFTER_MS, 300], [SHOWN_AFTER_MS + 10, 400]], [300], [2, 3, 4]],
    ["quick small work never shows and pauses once a slice is used", 10, [[0, 0], [SLICE_MS - 1, 5], [SLICE_MS, 10]], [], [3]],
  ] as const)("%s", async (_, of, steps, shownDone, pausedAfter) => {
    const clock = onClock();
    for (const [ms, done] of steps) {
      clock.at(ms);
      await clock.step("planning", done, of);
    }
    expect(clock.shown.map((p) => p?.done)).toEqual(shownDone);
    expect(clock.pauses).toEqual(pausedAfter);
  });

  it("shows the phase, the counts and whether Cancel is offered", async () => {
    const clock = onClock();
    await clock.step("planning", 0, 5000);
    clock.at(60);
    await clock.step("checking", 1, 2);
    clock.at(120);
    await clock.step("writing", 0, 5001);
    clock.at(180);
    await clock.step("writing", 1666, 5001);
    expect(clock.shown).toEqual([
      { phase: "planning", done: 0, of: 5000, cancellable: true },
      { phase: "checking", done: 1, of: 2, cancellable: true },
      { phase: "writing", done: 0, of: 5001, cancellable: false },
      { phase: "writing", done: 1666, of: 5001, cancellable: false },
    ]);
  });
});

describe("Cancel", () => {
  it("goes from the screen, painted, before the write's first change, however soon that comes", async () => {
    const clock = onClock();
    await clock.step("planning", 0, 5000);
    clock.at(5);
    await clock.step("writing", 0, 5001);
    expect(clock.shown.at(-1)).toEqual({ phase: "writing", done: 0, of: 5001, cancellable: false });
    expect(clock.pauses).toEqual([1, 2]);
  });


  it("stops the work at its next step while nothing is written, and the bar stops offering it", async () => {
    const clock = onClock();
    await clock.step("planning", 0, 5000);
    clock.control.cancel();
    expect(clock.shown.at(-1)).toEqual({ phase: "planning", done: 0, of: 5000, cancellable: false });
    await expect(clock.step("checking", 1, 2)).rejects.toBeInstanceOf(Cancelled);
  });

  it("pressed while the browser paints stops the work as soon as it has the thread again", async () => {
    const clock = onClock();
    clock.whilePaused(() => clock.control.cancel());
    await expect(clock.step("planning", 0, 5000)).rejects.toBeInstanceOf(Cancelled);
  });

  it("pressed just before the write's first change still stops it", async () => {
    const clock = onClock();
    await clock.step("planning", 0, 5000);
    clock.control.cancel();
    await expect(clock.step("writing", 0, 5001)).rejects.toBeInstanceOf(Cancelled);
  });

  it("does nothing once the write has begun: a write is never left half made", async () => {
    const clock = onClock();
    await clock.step("writing", 0, 5001);
    clock.control.cancel();
    clock.at(100);
    await clock.step("writing", 1666, 5001);
    expect(clock.shown.at(-1)).toEqual({ phase: "writing", done: 1666, of: 5001, cancellable: false });
  });
});

describe("the progress bar's words", () => {
  it.each([
    ["planning", 0, 5000, "Reading and planning 5,000 lines …", "Læser og beregner 5.000 linjer …"],
    ["planning", 0, 1, "Reading and planning 1 line …", "Læser og beregner 1 linje …"],
    ["checking", 1, 2, "Reading what the write would replace: 1 of 2 blocks", "Læser det, der skrives over: 1 af 2 områder"],
    ["writing", 3000, 5001, "Writing: 3,000 of 5,001 rows", "Skriver: 3.000 af 5.001 rækker"],
    ["building", 12, 60, "Building: 12 of 60 files", "Danner: 12 af 60 filer"],
    ["reading", 3, 60, "Reading: 3 of 60 files", "Læser: 3 af 60 filer"],
  ] as const)("%s %i of %i", (phase, done, of, english, danish) => {
    const progress = { phase, done, of, cancellable: true };
    expect(en.work.progress(progress)).toBe(english);
    expect(da.work.progress(progress)).toBe(danish);
  });
});

/** 5,000 budget lines on the preview workbook, the months to be written beside them. */
function bigBook() {
  const lines = Array.from({ length: 5000 }, (_, i) => [`${1000 + i}`, `Linje ${i}`, ((i * 7919) % 1_000_000) + 0.5]);
  const book = new PreviewWorkbook(createEngine({ Budget: [["Konto", "Tekst", "Årsbudget"], ...lines] }));
  const gateway = new PreviewGateway(book);
  const prepare = async () => {
    const table = await gateway.readRange("Budget!A1:C5001");
    const plan = planPeriodize(table, { annualColumn: 2, profile: { kind: "builtin", name: "equal", workdayOptions: "" }, year: 2026, unit: 1, mode: "values" }, en.months, "en");
    return periodizeWrite(plan, en);
  };
  return { book, gateway, prepare };
}

describe("a 5,000-line write on the preview workbook", () => {
  it("is told before its first change and after each batch of rows, with exact counts", async () => {
    const { book, gateway, prepare } = bigBook();
    const prepared = await prepare();
    const told: string[] = [];
    const examined = await examineWrite(gateway, prepared, { step: async (phase, done, of) => void told.push(`${phase} ${done}/${of}`) });
    await applyWrite(gateway, examined.prepared.steps, examined.before, async (done, of) => void told.push(`writing ${done}/${of}`));
    // the months block of 5,001 rows in batches of 20,000 cells (1,666 rows of 12), then the
    // header's bold and the months' number format, three blocks read first
    const blocks = 3;
    expect(told).toEqual([
      ...Array.from({ length: blocks }, (_, i) => `checking ${i + 1}/${blocks}`),
      "writing 0/5001",
      "writing 1666/5001",
      "writing 3332/5001",
      "writing 4998/5001",
      "writing 5001/5001",
    ]);
    // every batch landed: the last line holds the months planned for it
    const months = prepared.steps.find((step) => step.kind === "cells");
    expect(months?.kind === "cells" && months.cells.at(-1)).toEqual(Array.from({ length: 12 }, (_, c) => book.value("Budget", { row: 5000, column: 3 + c })));
  });

  it("cancelled while it reads what it would replace, after the question, leaves every cell as it was", async () => {
    const { book, gateway, prepare } = bigBook();
    const examined = await examineWrite(gateway, await prepare());
    const before = book.engine.getSheetSerialized(book.sheetId("Budget"));
    const sheets = book.engine.getSheetNames();
    // Cancel pressed while the browser paints the last block read
    let shown: WorkProgress | null = null;
    // a clock on which every step comes a slice after the one before: each lets the browser paint
    let tick = 0;
    const control = startWork((p) => (shown = p), {
      now: () => (tick += SLICE_MS),
      pause: async () => {
        if (shown?.phase === "checking" && shown.done === shown.of) control.cancel();
      },
    });
    await expect(writeIfUnchanged(gateway, (work) => work.step("planning", 0, 5000).then(prepare), examined, control.work)).rejects.toBeInstanceOf(Cancelled);
    expect(shown).toEqual({ phase: "checking", done: 3, of: 3, cancellable: false });
    expect(book.engine.getSheetSerialized(book.sheetId("Budget"))).toEqual(before);
    expect(book.engine.getSheetNames()).toEqual(sheets);
  });
});
