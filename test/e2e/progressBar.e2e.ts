// Long work in the preview, in real Chromium: periodising 5,000 lines shows a progress bar with
// counts from the click on, the pane answers while it works, Cancel before the first write leaves
// every cell as it was, and the write itself is told batch by batch and lands whole.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openPreview, OUTPUT } from "./browser";
import { onPage } from "./pane";
import { annualOf, budgetLines, pasteAt, watchProgress } from "./progress";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;

const LINES = 5000;

beforeAll(async () => {
  preview = await openPreview(900);
  page = preview.page;
}, 120_000);

afterAll(() => preview?.close());

describe("periodising 5,000 lines in the preview", () => {
  it("takes 5,000 lines pasted into the grid", async () => {
    await page.getByTestId("sheet-Budget").click();
    await pasteAt(page, "A30", budgetLines(LINES));
    await page.getByTestId("use-selection").click();
    await expect.poll(() => page.getByTestId("table-address").textContent()).toBe(`Table: Budget!A30:C${30 + LINES} (5000 lines)`);
    await page.getByTestId("year").fill("2026");
    await page.getByTestId("mode-values").click();
  });

  it("offers Cancel while it plans, and cancelled it writes nothing", async () => {
    const watch = await watchProgress(page, "progress");
    // Cancel pressed the moment it shows: planning 5,000 lines leaves a person only a moment
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = document.querySelector<HTMLButtonElement>('[data-testid="progress-cancel"]');
        if (cancel === null) return;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { subtree: true, childList: true });
    });
    await page.getByTestId("write").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Cancelled. Nothing was written.");
    const seen = await watch.done();
    expect(seen.texts[0]).toBe("Reading and planning 5,000 lines …Cancel");
    expect(seen.texts.some((text) => text.startsWith("Writing"))).toBe(false);
    expect(await page.getByTestId("progress").count()).toBe(0);
    expect(await onPage(page).valueOf("D31")).toBe("");
    expect(await page.getByTestId("undo").count()).toBe(0);
  });

  it("shows the counts as it writes, painted soon after the click, and writes every line", async () => {
    const watch = await watchProgress(page, "progress");
    await page.getByTestId("write").click();
    await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 60_000 }).toBe(`Wrote 5000 lines into Budget!D30:O${30 + LINES}.`);
    const seen = await watch.done();
    // the words as they changed: planning, reading what is there, then the rows written batch by batch
    expect(seen.texts[0]).toBe("Reading and planning 5,000 lines …Cancel");
    const writing = seen.texts.filter((text) => text.startsWith("Writing"));
    expect(writing.length).toBeGreaterThan(1);
    for (const text of writing) expect(text).toMatch(/^Writing: (0|1,666|3,332|4,998|5,001) of 5,001 rows$/);
    // no Cancel once the write has begun
    expect(writing.every((text) => !text.endsWith("Cancel"))).toBe(true);
    expect(seen.firstFrame).not.toBeNull();
    expect(seen.firstFrame).toBeLessThan(1000);
    // the pane paints while it works: no freeze of a second (the benchmark holds the times)
    expect(seen.longestFrozen).toBeGreaterThan(0);
    expect(seen.longestFrozen).toBeLessThan(1000);
    expect(await page.getByTestId("progress").count()).toBe(0);
    // the first line's twelve months add up to its annual budget
    const months: (string | null)[] = [];
    for (const c of "DEFGHIJKLMNO") months.push(await onPage(page).valueOf(`${c}31`));
    expect(months.reduce((sum, m) => sum + Number(m), 0)).toBe(annualOf(0));
    expect(months.every((m) => m !== "" && Number.isInteger(Number(m)))).toBe(true);
  });

  it("keeps the pane painting on a slow machine: the bar at 320 px while it writes", async () => {
    await page.getByTestId("undo").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe(`Undone: Budget!D30:O${30 + LINES} holds again what it held before the write.`);
    const cdp = await page.context().newCDPSession(page);
    // the pane at Excel's narrow width, its top a screen high
    const narrow = await page.addStyleTag({ content: ".taskpane { width: 320px !important; flex: none; }" });
    // every frame the page paints while it works, as the screen would show it
    const frames: Buffer[] = [];
    cdp.on("Page.screencastFrame", ({ data, sessionId }) => {
      frames.push(Buffer.from(data, "base64"));
      void cdp.send("Page.screencastFrameAck", { sessionId });
    });
    await cdp.send("Page.startScreencast", { format: "png", everyNthFrame: 1 });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    try {
      await page.getByTestId("write").click();
      await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 60_000 }).toBe(`Wrote 5000 lines into Budget!D30:O${30 + LINES}.`);
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      await cdp.send("Page.stopScreencast");
      await narrow.evaluate((element) => (element as HTMLElement).remove());
    }
    const folder = path.join(OUTPUT, "progress-frames");
    mkdirSync(folder, { recursive: true });
    frames.forEach((frame, i) => writeFileSync(path.join(folder, `${String(i).padStart(3, "0")}.png`), frame));
    expect(frames.length).toBeGreaterThan(3);
    await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 60_000 }).toBe(`Wrote 5000 lines into Budget!D30:O${30 + LINES}.`);
  });

  it("shows the bar to a screen reader's user as a labelled progress bar: axe-core finds nothing new", async () => {
    await page.getByTestId("undo").click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe(`Undone: Budget!D30:O${30 + LINES} holds again what it held before the write.`);
    // the page as it is the moment the bar says it writes, kept whole (its scripts left out) for axe-core to read at leisure
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="progress"]')?.textContent?.startsWith("Writing:")) return;
        observer.disconnect();
        (window as unknown as { whileWriting: string }).whileWriting = document.documentElement.outerHTML.replace(/<script[\s\S]*?<\/script>/g, "");
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByTestId("write").click();
    await expect.poll(() => page.getByTestId("status").textContent(), { timeout: 60_000 }).toBe(`Wrote 5000 lines into Budget!D30:O${30 + LINES}.`);
    const html = await page.evaluate(() => (window as unknown as { whileWriting?: string }).whileWriting ?? "");
    const browser = page.context().browser();
    if (browser === null) throw new Error("no browser");
    const kept = await browser.newPage();
    try {
      await kept.setContent(html);
      expect(await kept.getByTestId("progress").textContent()).toMatch(/^Writing: [\d,]+ of 5,001 rows$/);
      expect(await kept.getByTestId("progress-bar").getAttribute("role")).toBe("progressbar");
      const violations = await onPage(kept).axe();
      // Fluent's focus-trap dummies of the panels' tab list, aria-hidden by design, and nothing else
      expect(violations.map((v) => ({ rule: v.rule, dummies: v.nodes.every((n) => n.tabsterDummy), count: v.nodes.length }))).toEqual([
        { rule: "aria-hidden-focus", dummies: true, count: 2 },
      ]);
    } finally {
      await kept.close();
    }
  });
});
