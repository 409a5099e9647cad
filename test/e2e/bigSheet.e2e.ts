// A sheet of 20,000 rows in the preview grid, in real Chromium, as in Excel: it opens with only the
// rows in view drawn, the keyboard (arrows, PageDown) takes the active cell to a far row and shows
// it, a drag held past the grid's bottom or top edge scrolls and extends the selection, and each sheet
// comes back scrolled where it was left.

import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview, OUTPUT } from "./browser";
import { onPage } from "./pane";

const ROWS = 20_000;
const ROW_HEIGHT = 21;

let preview: Awaited<ReturnType<typeof openPreview>>;
let page: Page;
let on: ReturnType<typeof onPage>;

const nameBox = () => page.getByTestId("name-box").textContent();
const scrollTop = () => page.locator(".grid-scroll").evaluate((el) => el.scrollTop);
const drawnCells = () => page.locator("td[data-cell]").count();

/** The rows whose cells are drawn selected, first and last. */
async function selectedRows(): Promise<[number, number]> {
  const rows = await page.locator("td.selected").evaluateAll((cells) => cells.map((c) => Number(/\d+$/.exec(c.getAttribute("data-cell") ?? "")?.[0])));
  return [Math.min(...rows), Math.max(...rows)];
}

/** Whether the cell is drawn whole inside the grid, below the column letters and right of the row numbers. */
function inView(ref: string): Promise<boolean> {
  return page.evaluate((cellRef) => {
    const cell = document.querySelector(`[data-cell="${cellRef}"]`);
    const grid = document.querySelector(".grid-scroll") as HTMLElement;
    const head = document.querySelector(".grid thead tr") as HTMLElement;
    if (cell === null) return false;
    const box = cell.getBoundingClientRect();
    const area = grid.getBoundingClientRect();
    const corner = (head.firstElementChild as HTMLElement).offsetWidth;
    return box.top >= area.top + head.offsetHeight - 1 && box.bottom <= area.top + grid.clientHeight + 1 && box.left >= area.left + corner - 1 && box.right <= area.left + grid.clientWidth + 1;
  }, ref);
}

beforeAll(async () => {
  preview = await openPreview(900);
  page = preview.page;
  on = onPage(page);
  // 20,000 rows of 12 months spilled from one formula beside the frames
  await page.getByTestId("sheet-Rammer").click();
  await on.cell("E1").dispatchEvent("mousedown");
  await page.getByTestId("formula-bar").fill(`=SEQUENCE(${ROWS},12)`);
  await page.getByTestId("formula-bar").press("Enter");
  await on.cell("P1").and(page.locator('[data-value="12"]')).waitFor({ timeout: 30_000 });
});

afterAll(() => preview?.close());

describe("a sheet of 20,000 rows in the preview grid", () => {
  it("opens with only the rows in view drawn, its height that of every row", async () => {
    // 900 px of window: fewer than 50 rows in view, 8 more below, 18 columns
    expect(await drawnCells()).toBeLessThanOrEqual(60 * 18);
    expect(await drawnCells()).toBeGreaterThanOrEqual(30 * 18);
    expect(await on.cell(`E${ROWS}`).count()).toBe(0);
    const height = await page.locator(".grid").evaluate((table) => table.getBoundingClientRect().height);
    // the column letters, 20,000 rows and 5 empty rows after them
    // (and the half of the last row's border that border-collapse puts outside it)
    expect(Math.floor(height)).toBe((ROWS + 5 + 1) * ROW_HEIGHT);
    expect(await page.locator(`tr:has(> td[data-cell="E7"])`).evaluate((tr) => (tr as HTMLElement).offsetTop)).toBe(7 * ROW_HEIGHT);
  });

  it("takes the active cell down with the arrows and a screen at a time with PageDown, and shows it", async () => {
    await on.cell("E1").dispatchEvent("mousedown");
    await page.getByTestId("grid").focus();
    for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowDown");
    expect(await nameBox()).toBe("E61");
    expect(await inView("E61")).toBe(true);
    expect(await on.valueOf("E61")).toBe(String(60 * 12 + 1));
    for (let i = 0; i < 60; i++) await page.keyboard.press("PageDown");
    const far = Number((await nameBox())?.slice(1));
    expect(far).toBeGreaterThan(2_000);
    expect(await inView(`E${far}`)).toBe(true);
    expect(await on.valueOf(`E${far}`)).toBe(String((far - 1) * 12 + 1));
    expect(await drawnCells()).toBeLessThanOrEqual(60 * 18);
    // and back up to the top, a screen at a time
    for (let i = 0; i < 70; i++) await page.keyboard.press("PageUp");
    expect(await nameBox()).toBe("E1");
    expect(await scrollTop()).toBe(0);
    expect(await inView("E1")).toBe(true);
  });

  it("scrolls and extends the selection while a drag is held past the grid's bottom edge", async () => {
    const box = await on.cell("F3").boundingBox();
    const grid = await page.locator(".grid-scroll").boundingBox();
    if (box === null || grid === null) throw new Error("no grid on the page");
    const letterF = async () => (await page.locator(".grid thead th").nth(6).boundingBox())?.x;
    expect(await letterF()).toBe(box.x);
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 5, grid.y + grid.height + 20, { steps: 4 });
    await expect.poll(scrollTop, { timeout: 10_000 }).toBeGreaterThan(40 * ROW_HEIGHT);
    await page.mouse.up();
    const [top, bottom] = await selectedRows();
    expect(await nameBox()).toBe("F3");
    // the selection runs from the cell the drag began in to the last row in view, in one column
    const last = await page.locator("td.selected").last().getAttribute("data-cell");
    expect(last).toBe(`F${bottom}`);
    expect(bottom).toBeGreaterThan(60);
    expect(await inView(`F${bottom}`)).toBe(true);
    expect(top).toBeGreaterThanOrEqual(3);
    // the columns kept their widths as the rows scrolled by
    expect(await letterF()).toBe(box.x);
    // let go, it scrolls no further
    const stopped = await scrollTop();
    await page.waitForTimeout(300);
    expect(await scrollTop()).toBe(stopped);
  });

  it("scrolls up and extends the selection upwards while a drag is held above the column letters", async () => {
    const row = Math.floor((await scrollTop()) / ROW_HEIGHT) + 3;
    const box = await on.cell(`H${row}`).boundingBox();
    const grid = await page.locator(".grid-scroll").boundingBox();
    if (box === null || grid === null) throw new Error("no grid on the page");
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 5, grid.y - 10, { steps: 4 });
    await expect.poll(scrollTop, { timeout: 10_000 }).toBe(0);
    await page.mouse.up();
    expect(await nameBox()).toBe(`H${row}`);
    expect(await selectedRows()).toEqual([1, row]);
  });

  it("comes back to each sheet where it was scrolled, with its selection", async () => {
    await page.locator(".grid-scroll").evaluate((el) => (el.scrollTop = 5_000 * 21));
    await expect.poll(() => on.cell("E5001").count()).toBe(1);
    await on.cell("G5003").dispatchEvent("mousedown");
    await page.getByTestId("sheet-Budget").click();
    expect(await scrollTop()).toBe(0);
    expect(await nameBox()).toBe("A1");
    await page.getByTestId("sheet-Rammer").click();
    expect(await scrollTop()).toBe(5_000 * 21);
    expect(await nameBox()).toBe("G5003");
    expect(await inView("G5003")).toBe(true);
    expect(await on.valueOf("G5003")).toBe(String(5_002 * 12 + 3));
    // scrolled right too, the column letters and the row numbers stay in view
    const left = await page.locator(".grid-scroll").evaluate((el) => {
      el.scrollLeft = 150;
      return el.scrollLeft;
    });
    expect(left).toBeGreaterThan(100);
    await page.screenshot({ path: path.join(OUTPUT, "preview-big-sheet.png") });
    await page.getByTestId("sheet-Budget").click();
    await page.getByTestId("sheet-Rammer").click();
    expect(await page.locator(".grid-scroll").evaluate((el) => [el.scrollTop, el.scrollLeft])).toEqual([5_000 * 21, left]);
  });
});
