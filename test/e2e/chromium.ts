// Which Chromium the end-to-end tests drive, chosen once per run (the e2e project's globalSetup)
// and handed to the test files with inject("chromium"):
//   1. CHROMIUM_PATH, if set;
//   2. else a system Chromium or Chrome: the first of SYSTEM that exists;
//   3. else the headless Chromium inside the npm package @sparticuz/chromium (x64 Linux), unpacked
//      from node_modules into the temp folder, with the NSS, NSPR and expat libraries the package
//      ships beside it (a minimal Debian may have none of them).
// Nothing is ever downloaded.

import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import type { TestProject } from "vitest/node";

export interface Chromium {
  executablePath: string;
  /** where it came from, for the run's log */
  source: string;
  /** folder of shared libraries the browser process needs on its LD_LIBRARY_PATH, if any */
  libraries?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    chromium: Chromium;
  }
}

export const SYSTEM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export async function findChromium(): Promise<Chromium> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  }
  const system = SYSTEM.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, source: "system" };
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(
      `no Chromium found at ${SYSTEM.join(", ")}; set CHROMIUM_PATH (the browser in @sparticuz/chromium runs on x64 Linux only)`,
    );
  }
  const packageFolder = path.resolve(path.dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "../..");
  const { version } = JSON.parse(readFileSync(path.join(packageFolder, "package.json"), "utf8")) as { version: string };
  const bundled = (await import("@sparticuz/chromium")).default;
  return {
    executablePath: await bundled.executablePath(),
    source: `@sparticuz/chromium ${version}`,
    libraries: unpackLibraries(path.join(packageFolder, "bin", "al2023.tar.br"), version),
  };
}

/** Unpacks the package's shared libraries (a Brotli-compressed tar of lib/*) into a folder of its
 * own per version, once; a half-written folder is never seen, as it is renamed into place whole. */
function unpackLibraries(archive: string, version: string): string {
  const folder = path.join(tmpdir(), `sparticuz-chromium-${version}-lib`);
  if (existsSync(folder)) return folder;
  const staging = mkdtempSync(`${folder}-`);
  const tar = brotliDecompressSync(readFileSync(archive));
  for (let at = 0; at + 512 <= tar.length; ) {
    const field = (offset: number, length: number) =>
      tar.toString("latin1", at + offset, at + offset + length).replace(/\0.*$/s, "").trim();
    const name = field(0, 100);
    if (name === "") break; // the end-of-archive block
    const size = parseInt(field(124, 12), 8);
    const type = field(156, 1);
    if (type === "0" || type === "") {
      const contents = tar.subarray(at + 512, at + 512 + size);
      writeFileSync(path.join(staging, path.basename(name)), contents, { mode: parseInt(field(100, 8), 8) });
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  try {
    renameSync(staging, folder);
  } catch {
    // a run alongside this one put its folder there first
    rmSync(staging, { recursive: true, force: true });
  }
  return folder;
}

export default async function setup(project: TestProject): Promise<void> {
  const chromium = await findChromium();
  console.log(`end-to-end tests in Chromium from ${chromium.source}: ${chromium.executablePath}`);
  project.provide("chromium", chromium);
}
