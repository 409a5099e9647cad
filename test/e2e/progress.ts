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
  /** ms from the click (its pointerdown) to the end of the first frame painted with the bar; null if never. */
  firstFrame: number | null;
}

/**
 * Starts watching the progress bar of that test id: every change of its words, and when it was
 * first painted (counted, to be safe, at the start of the frame after the one that painted it). The clock
 * starts at the next pointerdown in the page. `done()` hands over what was seen.
 */
export async function watchProgress(page: Page, testId: string): Promise<{ done: () => Promise<Watched> }> {
  await page.evaluate((id) => {
    const seen: { texts: string[]; clicked: number | null; painted: number | null } = { texts: [], clicked: null, painted: null };
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    document.addEventListener("pointerdown", () => (seen.clicked ??= performance.now()), { capture: true, once: true });
    const look = () => {
      const bar = document.querySelector(`[data-testid="${id}"]`);
      const text = bar?.textContent ?? null;
      if (text !== null && text !== seen.texts.at(-1)) seen.texts.push(text);
      // in the DOM now: the next frame paints it, and the one after begins once it is painted
      if (bar !== null && seen.painted === null) requestAnimationFrame(() => requestAnimationFrame(() => (seen.painted ??= performance.now())));
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, testId);
  return {
    done: () =>
      page.evaluate(() => {
        const seen = (window as unknown as { progressSeen: { texts: string[]; clicked: number | null; painted: number | null } }).progressSeen;
        return { texts: seen.texts, firstFrame: seen.clicked === null || seen.painted === null ? null : seen.painted - seen.clicked };
      }),
  };
}
