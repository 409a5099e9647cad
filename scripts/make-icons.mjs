#!/usr/bin/env node
// Draws the add-in icons (a green rounded square with a white three-bar chart) and writes them
// as RGBA PNGs to assets/icon-<size>.png. No dependencies beyond Node's zlib; the output is
// deterministic, so re-running it leaves the committed files unchanged.
//
//   node scripts/make-icons.mjs            write all sizes
//   node scripts/make-icons.mjs --check    exit 1 if a committed icon differs from what this draws

import { deflateSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41]; // Excel green
const WHITE = [0xff, 0xff, 0xff];
const SUPERSAMPLE = 8; // samples per pixel edge, for anti-aliased corners

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const assets = path.join(root, "assets");

/** Pixel-snapped geometry for one size, so bars stay crisp even at 16 px. */
function layout(size) {
  const margin = Math.round(size / 16);
  const radius = size * 0.1875;
  const barWidth = Math.max(2, Math.round(size * 0.15));
  const gap = Math.max(1, Math.round(size * 0.08));
  const bottom = size - Math.max(3, Math.round(size * 0.22));
  const total = 3 * barWidth + 2 * gap;
  const left = Math.round((size - total) / 2);
  const bars = [0.25, 0.42, 0.6].map((fraction, i) => {
    const x0 = left + i * (barWidth + gap);
    return { x0, x1: x0 + barWidth, y0: bottom - Math.round(size * fraction), y1: bottom };
  });
  return { box: { x0: margin, y0: margin, x1: size - margin, y1: size - margin, radius }, bars };
}

function insideRoundedBox(x, y, { x0, y0, x1, y1, radius }) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideAnyBar(x, y, bars) {
  return bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
}

/** RGBA rows, each prefixed with PNG filter type 0. */
function draw(size) {
  const { box, bars } = layout(size);
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    raw[py * stride] = 0;
    for (let px = 0; px < size; px++) {
      let inBox = 0;
      let inBar = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = px + (sx + 0.5) / SUPERSAMPLE;
          const y = py + (sy + 0.5) / SUPERSAMPLE;
          if (insideRoundedBox(x, y, box)) {
            inBox++;
            if (insideAnyBar(x, y, bars)) inBar++;
          }
        }
      }
      const o = py * stride + 1 + px * 4;
      const white = inBox === 0 ? 0 : inBar / inBox;
      for (let c = 0; c < 3; c++) {
        raw[o + c] = Math.round(GREEN[c] * (1 - white) + WHITE[c] * white);
      }
      raw[o + 3] = Math.round((255 * inBox) / n);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function png(size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(draw(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  const bytes = png(size);
  const rel = path.relative(root, file);
  if (check) {
    if (!existsSync(file) || !readFileSync(file).equals(bytes)) {
      console.error(`${rel} is missing or out of date; run node scripts/make-icons.mjs`);
      stale++;
    }
  } else {
    writeFileSync(file, bytes);
    console.log(`wrote ${rel} (${size}x${size}, ${bytes.length} bytes)`);
  }
}
if (stale > 0) process.exit(1);
