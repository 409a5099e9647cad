import { it } from "vitest";
import { periodizer } from "../core";
// @ts-expect-error bundle
import { periodizer as bundled } from "./zz-core.mjs";
const SEASONAL = [8.6, 8.2, 8.5, 8.3, 8.4, 7.9, 4.1, 7.6, 9.0, 9.4, 9.6, 10.4];
function random(seed: number) { let a = seed >>> 0; return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
it("probe", { timeout: 60000 }, async () => {
  const next = random(2025);
  const annual: number[] = [];
  for (let i = 0; i < 100000; i++) { const ore = 100_000 + Math.floor(next() * 4_999_900_001); annual.push((next() < 0.2 ? -ore : ore) / 100); }
  let sink: unknown;
  const a: number[] = [], b: number[] = [];
  for (let r = 0; r < 25; r++) {
    let t = performance.now();
    let line = periodizer(SEASONAL, { unit: 1 }); let out = new Array(100000); for (let i = 0; i < 100000; i++) out[i] = line(annual[i]); sink = out;
    a.push(performance.now() - t);
    t = performance.now();
    line = bundled(SEASONAL, { unit: 1 }); out = new Array(100000); for (let i = 0; i < 100000; i++) out[i] = line(annual[i]); sink = out;
    b.push(performance.now() - t);
  }
  console.log("vitest-core", med(a).toFixed(1), "bundled", med(b).toFixed(1), !!sink);
});
