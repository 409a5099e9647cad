// What the end-to-end tests do on the preview page as a person would: select a block of the grid,
// read a cell or a row (scrolling the grid to it first, as it draws only the rows in view), drop
// files on the pane, and take screenshots of the pane at Excel's narrow width (320 px), whole and
// in parts a screen high; the files of a .zip the pane offered. Also what a screen reader's user would meet:
// axe-core's check of the pane, its serious and critical findings only.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { AxeResults } from "axe-core";
import JSZip from "jszip";
import type { Download, Page } from "playwright-core";
import { OUTPUT } from "./browser";

/** axe-core's own source, put into the page as a script: no network. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** One of axe-core's rules broken in the pane, and where: each node's selector. */
export interface AxeViolation {
  rule: string;
  impact: string;
  nodes: AxeNode[];
}

export interface AxeNode {
  target: string;
  /** Whether the node is one of Fluent's focus-trap dummies (tabster's), aria-hidden by design. */
  tabsterDummy: boolean;
}

/** The height of one part of a screenshot of the pane. */
const SCREEN = 900;

/**
 * The files of a .zip the pane offered for download, by name in name order; the .zip is kept in
 * test-output/ under its own name, or the one given.
 */
export async function zipDownloaded(download: Download, savedAs = download.suggestedFilename()): Promise<Map<string, Uint8Array>> {
  const saved = path.join(OUTPUT, savedAs);
  await download.saveAs(saved);
  const zip = await JSZip.loadAsync(readFileSync(saved));
  const names = Object.keys(zip.files).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await zip.files[name].async("uint8array")] as const)));
}

export function onPage(page: Page) {
  const cell = (ref: string) => page.locator(`[data-cell="${ref}"]`);
  /**
   * Scrolls the grid, if need be, until the cell's row is drawn: the grid draws only the rows in
   * view, all of one height (the column letters' row's).
   */
  const show = async (ref: string) => {
    if ((await cell(ref).count()) > 0) return;
    const row = Number(/\d+$/.exec(ref)?.[0]);
    await page.locator(".grid-scroll").evaluate((grid, r) => {
      const height = (grid.querySelector("thead tr") as HTMLElement).offsetHeight;
      grid.scrollTop = Math.max(0, (r - 3) * height);
    }, row);
    await cell(ref).waitFor({ state: "attached" });
  };
  const valueOf = async (ref: string) => {
    await show(ref);
    return cell(ref).getAttribute("data-value");
  };
  return {
    cell,
    show,
    valueOf,
    textOf: (testId: string) => page.getByTestId(testId).textContent(),
    async select(sheet: string, from: string, to: string) {
      await page.getByTestId(`sheet-${sheet}`).click();
      await show(from);
      await cell(from).dispatchEvent("mousedown");
      await show(to);
      await cell(to).dispatchEvent("mousedown", { shiftKey: true });
    },
    /** A row of the grid from column A, as data-value texts, as many cells as asked. */
    async row(r: number, columns: number) {
      const cells: (string | null)[] = [];
      for (let c = 0; c < columns; c++) cells.push(await valueOf(`${String.fromCharCode(65 + c)}${r}`));
      return cells;
    },
    /** Files dropped on a drop zone, as a person drags them from the mail into the pane. */
    async drop(testId: string, files: readonly { name: string; bytes: Uint8Array }[]) {
      const transfer = await page.evaluateHandle(
        (sent) => {
          const data = new DataTransfer();
          for (const { name, base64 } of sent) {
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            data.items.add(new File([bytes], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
          }
          return data;
        },
        files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString("base64") })),
      );
      await page.getByTestId(testId).dispatchEvent("drop", { dataTransfer: transfer });
    },
    /** The whole pane as it shows in Excel's narrow task pane, 320 px wide (scrolled through). */
    async paneShot(name: string) {
      const style = await page.addStyleTag({
        content: "html, body, #root, .preview, .preview-body { height: auto !important; } .taskpane { width: 320px !important; flex: none; overflow: visible !important; }",
      });
      const pane = page.getByTestId("taskpane");
      await pane.screenshot({ path: path.join(OUTPUT, `${name}.png`) });
      const box = await pane.boundingBox();
      if (box !== null) {
        for (let top = 0, part = 1; top < box.height; top += SCREEN, part++) {
          await page.screenshot({ path: path.join(OUTPUT, `${name}-part${part}.png`), fullPage: true, clip: { x: box.x, y: box.y + top, width: box.width, height: Math.min(SCREEN, box.height - top) } });
        }
      }
      await style.evaluate((element) => (element as HTMLElement).remove());
    },
    /** The rules of axe-core the pane breaks at impact serious or critical, in rule order. */
    async axe(): Promise<AxeViolation[]> {
      if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResults> } }).axe;
        const pane = document.querySelector('[data-testid="taskpane"]');
        if (pane === null) throw new Error("no task pane on the page");
        const { violations } = await axe.run(pane, { resultTypes: ["violations"] });
        return violations.map((v) => ({
          rule: v.id,
          impact: v.impact ?? "",
          nodes: v.nodes.map((n) => ({ target: n.target.join(" "), tabsterDummy: /^<i\b[^>]*\bdata-tabster-dummy\b/.test(n.html) })),
        }));
      });
      return results.filter((v) => v.impact === "serious" || v.impact === "critical").sort((a, b) => a.rule.localeCompare(b.rule));
    },
  };
}
