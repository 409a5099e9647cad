// Real headless Chromium (driven by playwright-core) against a built folder served on loopback.
// Which Chromium is chosen once per run in chromium.ts; no browser is ever downloaded.

import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import sirv from "sirv";
import { inject } from "vitest";

export async function serve(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const handler = sirv(folder, { dev: true });
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  const { executablePath, libraries } = inject("chromium");
  return chromium.launch({
    executablePath,
    env: libraries
      ? { ...process.env, LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(":") }
      : undefined,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Where end-to-end tests put their screenshots. */
export const OUTPUT = path.resolve("test-output");

/** The built preview workbook open in Chromium, in English, ready for a panel; close() ends it all. */
export async function openPreview(height = 1000, language: "en" | "da" = "en"): Promise<{ page: Page; close: () => Promise<void> }> {
  mkdirSync(OUTPUT, { recursive: true });
  const server = await serve(path.resolve("dist-preview"));
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1500, height } });
  await page.goto(`${server.url}/?lang=${language}`);
  await page.getByTestId("use-selection").waitFor();
  return {
    page,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
