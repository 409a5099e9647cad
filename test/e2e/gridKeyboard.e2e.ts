// The preview grid from the keyboard only, in real Chromium, as in Excel: Tab into the grid,
// select the sample budget with Shift+arrows, Tab on to the Periodise panel and take the table
// with Enter; type into cells (Enter, Tab, arrows, Escape, F2), clear a block with Delete, copy and
// paste tab-separated blocks through the clipboard events (and Ctrl+C, Ctrl+V through Chromium's own
// clipboard), and take each edit back with Ctrl+Z.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview } from "./browser";
import { onPage } from "./pane";

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;
let on: ReturnType<typeof onPage>;

const active = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? null);
const nameBox = () => page.getByTestId("name-box").textContent();

/** Presses Tab until the element with that test id has the focus; how many presses it took. */
async function tabTo(testId: string, most = 40): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press("Tab");
    if ((await active()) === testId) return presses;
  }
  throw new Error(`${testId} not reached in ${most} presses of Tab`);
}

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Moves the active cell from A1 to a cell with the arrows. */
async function goTo(row: number, column: number) {
  await press("ArrowUp", 40);
  await press("ArrowLeft", 20);
  await press("ArrowDown", row);
  await press("ArrowRight", column);
}

/** What the grid puts on the clipboard on copy, as the copy event's data. */
function copied(): Promise<string> {
  return page.getByTestId("grid").evaluate((grid) => {
    const data = new DataTransfer();
    grid.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData("text/plain");
  });
}

/** A tab-separated block pasted on the grid, as Excel puts it on the clipboard. */
function paste(text: string): Promise<void> {
  return page.getByTestId("grid").evaluate((grid, sent) => {
    const data = new DataTransfer();
    data.setData("text/plain", sent);
    grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const block = async (refs: string[]) => Promise.all(refs.map((ref) => on.valueOf(ref)));

beforeAll(async () => {
  preview = await openPreview(900);
  page = preview.page;
  on = onPage(page);
});

afterAll(() => preview?.close());

describe("the preview grid from the keyboard", () => {
  it("selects the Budget table with Shift+arrows and takes it into the Periodise panel with Tab and Enter", async () => {
    await tabTo("grid");
    expect(await nameBox()).toBe("A1");
    await press("Shift+ArrowRight", 3);
    await press("Shift+ArrowDown", 16);
    // the active cell stays where the selection began
    expect(await nameBox()).toBe("A1");
    expect(await page.locator("td.selected").count()).toBe(4 * 17);
    expect(await on.cell("D17").getAttribute("class")).toContain("selected");
    expect(await on.cell("E17").getAttribute("class")).not.toContain("selected");
    await tabTo("use-selection");
    await press("Enter");
    await expect.poll(() => page.getByTestId("table-address").textContent()).toBe("Table: Budget!A1:D17 (16 lines)");
  });

  it("types into cells: Enter moves down, Tab right, an arrow commits a typed entry, Escape cancels, F2 edits", async () => {
    await page.getByTestId("grid").focus();
    await goTo(19, 7); // H20
    expect(await nameBox()).toBe("H20");
    await page.keyboard.type("1234.5");
    expect(await page.getByTestId("cell-editor").inputValue()).toBe("1234.5");
    expect(await page.getByTestId("formula-bar").inputValue()).toBe("1234.5");
    await press("Enter");
    await expect.poll(() => on.valueOf("H20")).toBe("1234.5");
    expect(await nameBox()).toBe("H21");
    expect(await active()).toBe("grid");

    await page.keyboard.type("Løn");
    await press("Tab");
    await expect.poll(() => on.valueOf("H21")).toBe("Løn");
    expect(await nameBox()).toBe("I21");
    await page.keyboard.type("7");
    await press("ArrowUp");
    await expect.poll(() => on.valueOf("I21")).toBe("7");
    expect(await nameBox()).toBe("I20");

    // Escape leaves the cell as it was
    await press("ArrowLeft");
    await page.keyboard.type("99");
    await press("Escape");
    expect(await page.getByTestId("cell-editor").count()).toBe(0);
    expect(await on.valueOf("H20")).toBe("1234.5");
    expect(await nameBox()).toBe("H20");

    // F2 edits the content: the arrows move the caret, the typed text goes where it is
    await press("F2");
    await press("ArrowLeft", 2);
    await page.keyboard.type("6");
    await press("Enter");
    await expect.poll(() => on.valueOf("H20")).toBe("12346.5");
    // a formula typed into a cell computes
    await page.keyboard.type("=H20*2");
    await press("Enter");
    await expect.poll(() => on.valueOf("H21")).toBe("24693");
    expect(await nameBox()).toBe("H22");
  });

  it("clears a block with Delete and takes the clearing back with Ctrl+Z", async () => {
    await press("ArrowUp", 2); // H20
    await press("Shift+ArrowRight");
    await press("Shift+ArrowDown");
    expect(await block(["H20", "I20", "H21", "I21"])).toEqual(["12346.5", "", "24693", "7"]);
    await press("Delete");
    await expect.poll(() => block(["H20", "I20", "H21", "I21"])).toEqual(["", "", "", ""]);
    await press("Control+z");
    await expect.poll(() => block(["H20", "I20", "H21", "I21"])).toEqual(["12346.5", "", "24693", "7"]);
    // the formula came back as a formula
    expect(await page.getByTestId("formula-bar").inputValue()).toBe("12346.5");
    await press("ArrowDown");
    expect(await page.getByTestId("formula-bar").inputValue()).toBe("=H20*2");
    // and typing is taken back the same way
    await page.keyboard.type("5");
    await press("Enter");
    await expect.poll(() => on.valueOf("H21")).toBe("5");
    await press("Control+z");
    await expect.poll(() => on.valueOf("H21")).toBe("24693");
    expect(await nameBox()).toBe("H21");
  });

  it("copies the selection as tab-separated rows, pastes a block at the active cell, and Ctrl+Z takes the paste back", async () => {
    await goTo(1, 0); // A2
    await press("Shift+ArrowRight");
    await press("Shift+ArrowDown");
    expect(await copied()).toBe("4101 Kardiologisk afd.\t1110 Løn\n4101 Kardiologisk afd.\t2210 Medicin");
    await goTo(1, 3); // D2:D3, the annual budgets
    await press("Shift+ArrowDown");
    expect(await copied()).toBe("48215300\n6482950.5");

    await goTo(19, 7); // H20
    // as Excel puts a block on the clipboard: a line break after the last row, \r\n on Windows
    await paste("10\t20\r\n30\tHospital\r\n");
    await expect.poll(() => block(["H20", "I20", "H21", "I21"])).toEqual(["10", "20", "30", "Hospital"]);
    expect(await nameBox()).toBe("H20");
    expect(await page.locator("td.selected").count()).toBe(4);
    await press("Control+z");
    await expect.poll(() => block(["H20", "I20", "H21", "I21"])).toEqual(["12346.5", "", "24693", "7"]);
    // and Ctrl+C, Ctrl+V through Chromium's own clipboard: the block pastes back as it was
    await goTo(1, 0);
    await press("Shift+ArrowRight", 3);
    await press("Control+c");
    await goTo(24, 0); // A25
    await press("Control+v");
    await expect.poll(() => on.row(25, 4)).toEqual(["4101 Kardiologisk afd.", "1110 Løn", "Fast løn, læger og sygeplejersker", "48215300"]);
  });
});

describe("the Danish preview grid from the keyboard", () => {
  let danish: Awaited<ReturnType<typeof openPreview>>;
  beforeAll(async () => {
    danish = await openPreview(900, "da");
  });
  afterAll(() => danish?.close());

  it("labels the formula bar in Danish, and reads a typed and a pasted decimal comma as Danish Excel does", async () => {
    const p = danish.page;
    const at = (ref: string) => p.locator(`[data-cell="${ref}"]`).getAttribute("data-value");
    expect(await p.getByLabel("formellinje").count()).toBe(1);
    await p.getByTestId("grid").focus();
    for (let i = 0; i < 19; i++) await p.keyboard.press("ArrowDown");
    for (let i = 0; i < 7; i++) await p.keyboard.press("ArrowRight");
    expect(await p.getByTestId("name-box").textContent()).toBe("H20");
    await p.keyboard.type("1234,5");
    await p.keyboard.press("Enter");
    await expect.poll(() => at("H20")).toBe("1234.5");
    await p.getByTestId("grid").evaluate((grid) => {
      const data = new DataTransfer();
      data.setData("text/plain", "-3,75\tLøn 1.5\n");
      grid.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => [await at("H21"), await at("I21")]).toEqual(["-3.75", "Løn 1.5"]);
    await p.keyboard.press("ArrowUp");
    await p.keyboard.press("Shift+ArrowDown");
    const text = await p.getByTestId("grid").evaluate((grid) => {
      const data = new DataTransfer();
      grid.dispatchEvent(new ClipboardEvent("copy", { clipboardData: data, bubbles: true, cancelable: true }));
      return data.getData("text/plain");
    });
    expect(text).toBe("1234,5\n-3,75");
  });
});
