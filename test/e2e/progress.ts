// Long work as the user meets it in the preview: a budget of many lines pasted into the grid as
// Excel puts a copied block on the clipboard, and what the progress bar showed, frame by frame.

import type { Page } from "playwright-core";

/** The annual budget of line i (from 0), in whole kroner. */
export const annualOf = (i: number): number => ((i * 7919) % 1_000_000) + 1000;

/** Budget lines as tab-separated text with a header: account, text, annual budget. */
export function budgetLines(count: number): string {
  const lines = Array.from({ length: count }, (_, i) => `${1000 + i}\tLinje ${i + 1}\t${annualOf(i)}`);
  return ["Konto\tTekst\tÅrsbudget", ...lines].join("\n");
}

/** Pastes tab-separated text at a cell of the sheet shown (the pasted block is then selected). */
export async function pasteAt(page: Page, ref: string, text: string): Promise<void> {
  await page.locator(`[data-cell="${ref}"]`).dispatchEvent("mousedown");
  await page.getByTestId("grid").evaluate((grid, sent) => {
    const data = new DataTransfer();
    data.setData("text/plain", sent);
    grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** What the progress bar showed, as its words, each time they changed; and when it was first painted. */
export interface Watched {
  texts: string[];
  /** ms from the click (its pointerdown) to the first frame after the one that painted the bar; null if never. */
  firstFrame: number | null;
  /** The longest time between two frames while the bar was up, ms: how long the pane was frozen at most. */
  longestFrozen: number;
}

interface Seen {
  texts: string[];
  clicked: number | null;
  painted: number | null;
  lastFrame: number | null;
  longestFrozen: number;
}

/**
 * Starts watching the progress bar of that test id: every change of its words, when it was first
 * painted (counted, to be safe, at the start of the frame after the one that painted it), and the
 * frames while it is up. The clock starts at the next pointerdown in the page. `done()` hands over
 * what was seen.
 */
export async function watchProgress(page: Page, testId: string): Promise<{ done: () => Promise<Watched> }> {
  await page.evaluate((id) => {
    const seen: Seen = { texts: [], clicked: null, painted: null, lastFrame: null, longestFrozen: 0 };
    (window as unknown as { progressSeen: Seen }).progressSeen = seen;
    document.addEventListener("pointerdown", () => (seen.clicked ??= performance.now()), { capture: true, once: true });
    const bar = () => document.querySelector(`[data-testid="${id}"]`);
    const frame = (at: number) => {
      if (bar() === null) {
        seen.lastFrame = null;
        return;
      }
      if (seen.lastFrame !== null) seen.longestFrozen = Math.max(seen.longestFrozen, at - seen.lastFrame);
      seen.lastFrame = at;
      requestAnimationFrame(frame);
    };
    const look = () => {
      const text = bar()?.textContent ?? null;
      if (text !== null && text !== seen.texts.at(-1)) seen.texts.push(text);
      if (text === null || seen.painted !== null || seen.lastFrame !== null) return;
      // in the DOM now: the next frame paints it, and the one after begins once it is painted
      requestAnimationFrame((at) => {
        seen.lastFrame = at;
        requestAnimationFrame((next) => {
          seen.painted ??= performance.now();
          frame(next);
        });
      });
    };
    new MutationObserver(look).observe(document.querySelector('[data-testid="taskpane"]') ?? document.body, { subtree: true, childList: true, characterData: true });
  }, testId);
  return {
    done: () =>
      page.evaluate(() => {
        const seen = (window as unknown as { progressSeen: Seen }).progressSeen;
        return { texts: seen.texts, firstFrame: seen.clicked === null || seen.painted === null ? null : seen.painted - seen.clicked, longestFrozen: seen.longestFrozen };
      }),
  };
}
