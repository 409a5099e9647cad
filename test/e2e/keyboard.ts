// What the end-to-end tests do on the preview page with the keyboard only, as a person without a
// mouse would: Tab and Shift+Tab to a control, arrows in the grid and in lists, Enter and Space on
// buttons, typing into fields. After every key the focus is checked: it is never lost to the page
// itself (<body>), which is where a keyboard user loses their place.

import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Where the focus is: the focused element's test id (or tag), and whether it was lost to the page. */
export interface Focus {
  testId: string | null;
  tag: string;
  lost: boolean;
  /** Inside the task pane, the workbook (grid, formula bar, sheet tabs, the preview's file buttons above) or an open dialog. */
  within: "pane" | "workbook" | "dialog" | "elsewhere";
}

export function keyboardOn(page: Page) {
  const focus = (): Promise<Focus> =>
    page.evaluate(() => {
      const active = document.activeElement;
      const lost = active === null || active === document.body || active === document.documentElement;
      const within = (selector: string) => active?.closest(selector) != null;
      return {
        testId: active?.getAttribute("data-testid") ?? null,
        tag: active?.tagName.toLowerCase() ?? "",
        lost,
        within: within('[data-testid="taskpane"]') ? "pane" : within('[role="dialog"]') ? "dialog" : within(".workbook") || within(".preview-header") ? "workbook" : "elsewhere",
      } as const;
    });

  /** Fails when the focus is on the page itself, or outside the grid, the pane and a dialog. */
  async function kept(after: string): Promise<Focus> {
    const now = await focus();
    expect(now.lost || now.within === "elsewhere", `focus lost after ${after}: on ${now.tag} ${now.testId ?? ""}`).toBe(false);
    return now;
  }

  async function press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      await kept(key);
    }
  }

  /**
   * Presses a key that takes away the control it is pressed on (a question closing, Undo last write
   * gone once done): the focus may pass the page for a moment while it is put back, and must land on
   * the element with that test id.
   */
  async function pressAway(key: string, landsOn: string): Promise<void> {
    await page.keyboard.press(key);
    await isOn(landsOn);
  }

  /**
   * Presses Tab (or Shift+Tab) until the element with that test id has the focus, checking the
   * focus after each press; how many presses it took.
   */
  async function tabTo(testId: string, { back = false, most = 80 } = {}): Promise<number> {
    const key = back ? "Shift+Tab" : "Tab";
    for (let presses = 1; presses <= most; presses++) {
      await page.keyboard.press(key);
      if ((await kept(`${key} towards ${testId}`)).testId === testId) return presses;
    }
    throw new Error(`${testId} not reached in ${most} presses of ${key}`);
  }

  /**
   * Tab from the page's start (where nothing has the focus yet) to the first control, then on (or
   * back, with Shift+Tab) to the element with that test id.
   */
  async function enter(testId: string, { back = false } = {}): Promise<void> {
    for (let presses = 1; (await focus()).lost; presses++) {
      if (presses > 3) throw new Error("Tab does not reach a control of the page");
      await page.keyboard.press("Tab");
    }
    if ((await focus()).testId !== testId) await tabTo(testId, { back });
  }

  /** Fails unless the element with that test id has the focus (once what a key began has settled). */
  async function isOn(testId: string): Promise<void> {
    await expect.poll(async () => (await focus()).testId).toBe(testId);
    await kept(`focus on ${testId}`);
  }

  /** Replaces what the focused text field holds by typing, as a person selects it all and types. */
  async function typeOver(text: string): Promise<void> {
    await press("Control+a");
    await page.keyboard.type(text);
    await kept(`typing ${text}`);
  }

  /**
   * Picks an option of the focused list (a <select>) with the arrow keys, as on Windows: down (or
   * up) until the option shown is the one wanted; fails if the list ends first.
   */
  async function choose(label: string): Promise<void> {
    const shown = () => page.evaluate(() => {
      const list = document.activeElement;
      if (!(list instanceof HTMLSelectElement)) throw new Error(`the focus is on ${list?.tagName ?? "nothing"}, not on a list`);
      return { text: list.selectedOptions[0]?.text ?? "", at: list.selectedIndex, texts: [...list.options].map((o) => o.text) };
    });
    const { at, texts } = await shown();
    const wanted = texts.indexOf(label);
    if (wanted < 0) throw new Error(`no option "${label}" in ${JSON.stringify(texts)}`);
    await press(wanted > at ? "ArrowDown" : "ArrowUp", Math.abs(wanted - at));
    expect((await shown()).text).toBe(label);
  }

  /** Moves the grid's active cell with the arrows (rows down, columns right; negative up, left). */
  async function moveBy(rows: number, columns: number): Promise<void> {
    await press(rows < 0 ? "ArrowUp" : "ArrowDown", Math.abs(rows));
    await press(columns < 0 ? "ArrowLeft" : "ArrowRight", Math.abs(columns));
  }

  /** Selects a block from the grid's active cell with Shift+arrows: so many rows and columns larger. */
  async function extendBy(rows: number, columns: number): Promise<void> {
    await press("Shift+ArrowRight", columns);
    await press("Shift+ArrowDown", rows);
  }

  /** Opens a sheet from its tab below the grid (Shift+Tab to it, Enter), and goes back into the grid, on A1. */
  async function openSheet(sheet: string): Promise<void> {
    if ((await focus()).testId !== `sheet-${sheet}`) await tabTo(`sheet-${sheet}`, { back: true });
    await press("Enter");
    await expect.poll(() => page.getByTestId("grid").getAttribute("data-sheet")).toBe(sheet);
    await tabTo("grid", { back: true });
    expect(await page.getByTestId("name-box").textContent()).toBe("A1");
  }

  /** Opens a panel: Tab to the tab list (on the open panel's tab), the arrows on to the panel's tab, Enter. */
  async function openPanel(from: string, to: string): Promise<void> {
    const ids = await page.getByRole("tablist").first().getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute("data-testid")));
    await tabTo(`tab-${from}`);
    await press("ArrowRight", ids.indexOf(`tab-${to}`) - ids.indexOf(`tab-${from}`));
    await isOn(`tab-${to}`);
    await press("Enter");
    await expect.poll(() => page.getByTestId(`tab-${to}`).getAttribute("aria-selected")).toBe("true");
  }

  return { focus, kept, press, pressAway, tabTo, enter, isOn, typeOver, choose, moveBy, extendBy, openSheet, openPanel };
}
