// Every panel in Excel's narrow task pane (320 px), in Danish and in English, in real Chromium:
// each panel with the sample's table taken and its preview shown, and the Periodise panel with
// each profile's own fields. The pane never scrolls sideways: nothing in it is wider than the
// pane except inside a box that scrolls on its own (the preview tables), and every field has a
// label the user sees, not only a placeholder. Screenshots of each go to test-output/. And
// axe-core finds nothing serious or critical in the pane but Fluent's focus-trap dummies: each tab
// list keeps two of tabster's aria-hidden yet focusable elements, counted so a new one fails.

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPreview } from "./browser";
import { onPage, type AxeViolation } from "./pane";

/** Excel's task pane is about 320-350 px wide; the narrowest is what must fit. */
const PANE = 320;

interface PaneFit {
  /** Whether the pane's document scrolls sideways. */
  scrolls: boolean;
  /** What sticks out of the pane's right edge, outside any box that scrolls on its own. */
  wide: string[];
  /** The fields without a label the user sees. */
  unlabelled: string[];
  /** axe-core's serious and critical findings in the pane: each rule and how many nodes break it. */
  axe: AxeFinding[];
}

interface AxeFinding {
  rule: string;
  count: number;
  /** Where, for a finding not allowed, so a failure names the elements. */
  nodes?: string[];
}

/** How the pane fits its width: what sticks out, and which fields have no visible label. */
function paneFit(page: Page): Promise<Omit<PaneFit, "axe">> {
  return page.getByTestId("taskpane").evaluate((pane) => {
    const right = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
    const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const named = (el: Element) =>
      [el.tagName.toLowerCase(), el.getAttribute("data-testid") ?? "", (el.textContent ?? "").trim().slice(0, 40)].filter(Boolean).join(" ");
    /** Whether an element between el and the pane scrolls or clips sideways within the pane. */
    const clipped = (el: Element) => {
      for (let up = el.parentElement; up !== null && up !== pane; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow !== "visible" && up.getBoundingClientRect().right <= right + 0.5) return true;
      }
      return false;
    };
    const wide: string[] = [];
    for (const el of pane.querySelectorAll("*")) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.right > right + 0.5 && !clipped(el)) wide.push(`${named(el)}: ${Math.round(box.right - right)} px over`);
    }
    const labelText = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => {
      const labels: Element[] = [...(el.labels ?? [])];
      const by = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).flatMap((id) => {
        const found = id === "" ? null : document.getElementById(id);
        return found === null ? [] : [found];
      });
      return [...labels, ...by].filter(visible).map((l) => (l.textContent ?? "").trim()).join(" ");
    };
    const unlabelled = [...pane.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")]
      .filter((el) => visible(el) && !(el instanceof HTMLInputElement && (el.type === "hidden" || el.type === "file")))
      .filter((el) => labelText(el) === "")
      .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute("data-testid") ?? ""} ${el.getAttribute("placeholder") ?? ""}`.trim());
    return { scrolls: pane.scrollWidth > pane.clientWidth, wide, unlabelled };
  });
}

/** The one rule a node may break: a tabster dummy is aria-hidden and focusable, by Fluent's design. */
const DUMMY_RULE = "aria-hidden-focus";

/** axe-core's findings as rules and counts: the dummies under their rule, any other node by name. */
function findings(violations: AxeViolation[]): AxeFinding[] {
  return violations.flatMap(({ rule, nodes }) => {
    const allowed = nodes.filter((node) => rule === DUMMY_RULE && node.tabsterDummy);
    const others = nodes.filter((node) => !allowed.includes(node)).map((node) => node.target);
    return [
      ...(allowed.length > 0 ? [{ rule, count: allowed.length }] : []),
      ...(others.length > 0 ? [{ rule, count: others.length, nodes: others }] : []),
    ];
  });
}

/** How the pane fits its width, and what axe-core finds in it. */
async function paneCheck(page: Page, on: ReturnType<typeof onPage>): Promise<PaneFit> {
  return { ...(await paneFit(page)), axe: findings(await on.axe()) };
}

/** The pane fits, and axe-core finds only the focus-trap dummies of so many tab lists. */
const fits = (tabLists: number): PaneFit => ({ scrolls: false, wide: [], unlabelled: [], axe: [{ rule: DUMMY_RULE, count: 2 * tabLists }] });
/** The panels' tabs. */
const FITS = fits(1);
/** The panels' tabs and the Templates panel's own (build, collect). */
const FITS_TEMPLATES = fits(2);

for (const language of ["en", "da"] as const) {
  describe(`Every panel at ${PANE} px, ${language === "da" ? "in Danish" : "in English"}`, () => {
    let preview: Awaited<ReturnType<typeof openPreview>>;
    let page: Page;
    let on: ReturnType<typeof onPage>;
    /** The pane's fit now, and its screenshot. */
    const fit = async (name: string) => {
      await on.paneShot(`narrow-${language}-${name}`);
      return paneCheck(page, on);
    };

    beforeAll(async () => {
      preview = await openPreview(1000, language);
      page = preview.page;
      on = onPage(page);
      // the pane as wide as Excel's narrowest, scrolling as the task pane's own document does
      await page.addStyleTag({ content: `.taskpane { width: ${PANE}px !important; flex: none; }` });
    });

    afterAll(() => preview?.close());

    it("Periodise: the table taken, the preview of every line's months, and each profile's fields", async () => {
      expect(await paneCheck(page, on), "before a table is taken").toEqual(FITS);
      await on.select("Budget", "A1", "D17");
      await page.getByTestId("use-selection").click();
      await page.getByTestId("year").fill("2026");
      await page.getByTestId("preview").click();
      await page.getByTestId("line-preview").waitFor();
      expect(await fit("periodise"), "the preview").toEqual(FITS);

      await page.getByTestId("profile-kind").selectOption("salary");
      await page.getByTestId("rise-add").click();
      await page.getByTestId("extra-add").click();
      expect(await fit("periodise-salary"), "salary").toEqual(FITS);
      await page.getByTestId("profile-kind").selectOption("library");
      await page.getByTestId("library-load").click();
      await page.getByTestId("library-profile").waitFor();
      expect(await paneCheck(page, on), "library").toEqual(FITS);
      for (const kind of ["payments", "workdays", "historical"]) {
        await page.getByTestId("profile-kind").selectOption(kind);
        expect(await paneCheck(page, on), kind).toEqual(FITS);
      }
      await page.getByTestId("task-respread").click();
      await on.select("Budget", "A1", "P17");
      await page.getByTestId("use-selection").click();
      await page.getByTestId("locked-through").waitFor();
      expect(await fit("periodise-respread"), "re-spread").toEqual(FITS);
    });

    it("Requirement: the units table taken and the tree with every unit's requirement", async () => {
      await on.select("Enheder", "A1", "D18");
      await page.getByTestId("tab-requirement").click();
      await page.getByTestId("req-use-selection").click();
      await page.getByTestId("req-amount").fill("2");
      await page.getByTestId("level-1-method").selectOption("productivity");
      await page.getByTestId("level-1-strength").fill("1");
      await page.getByTestId("req-years").fill("3");
      await page.getByTestId("req-preview").click();
      await page.getByTestId("req-plan").waitFor();
      expect(await fit("requirement"), "the tree").toEqual(FITS);
      // a level's bad limit is told under the level, inside the pane
      await page.getByTestId("level-1-floor").fill("lav");
      await expect.poll(() => page.getByRole("group", { name: language === "da" ? "Niveau 1" : "Level 1" }).locator("..").getByRole("alert").count()).toBe(1);
      expect(await fit("requirement-bad-floor"), "a bad floor").toEqual(FITS);
      await page.getByTestId("level-1-floor").fill("");
    });

    it("Forecast: the follow-up table taken, every line's year-end, and the follow-up returns", async () => {
      await on.select("Opfølgning", "A1", "AD9");
      await page.getByTestId("tab-forecast").click();
      await page.getByTestId("fc-use-selection").click();
      await page.getByTestId("fc-preview").click();
      await page.getByTestId("fc-plan").waitFor();
      await page.getByTestId("fu-section").waitFor();
      expect(await fit("forecast"), "the report's preview").toEqual(FITS);
    });

    it("Templates: the master taken, the departments, the files built, and a file collected", async () => {
      await on.select("Skabelonlinjer", "A1", "H30");
      await page.getByTestId("tab-templates").click();
      await page.getByTestId("tp-use-selection").click();
      await on.select("Rammer", "A1", "C7");
      await page.getByTestId("tp-frames-selection").click();
      await page.getByTestId("tp-frame-column").waitFor();
      await page.getByTestId("tp-preview").click();
      await page.getByTestId("tp-plan").waitFor({ timeout: 30_000 });
      expect(await fit("templates"), "the departments").toEqual(FITS_TEMPLATES);

      await page.getByTestId("tp-write").click();
      await page.getByTestId("tp-built").waitFor({ timeout: 30_000 });
      expect(await fit("templates-built"), "the files built").toEqual(FITS_TEMPLATES);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-download-4102").click()]);
      const bytes = await new Promise<Uint8Array>((resolve, reject) => {
        download.createReadStream().then((stream) => {
          const parts: Buffer[] = [];
          stream.on("data", (part: Buffer) => parts.push(part));
          stream.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
          stream.on("error", reject);
        }, reject);
      });

      await page.getByTestId("tp-part-collect").click();
      expect(await paneCheck(page, on), "collect, before any file").toEqual(FITS_TEMPLATES);
      // the template sent back as it went out: its lines not filled in, and so remarks
      await on.drop("tc-drop", [{ name: "4102 Ortopædkirurgisk afd. med et langt filnavn fra mailen.xlsx", bytes }]);
      await page.getByTestId("tc-file-0-status").waitFor({ timeout: 30_000 });
      expect(await fit("templates-collect"), "a file collected").toEqual(FITS_TEMPLATES);
    });
  });
}
