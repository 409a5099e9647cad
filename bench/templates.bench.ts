// Collecting returned templates: 60 departments' returns of 40 lines each, checked and
// consolidated, against just parsing the same 60 files with the same library (ExcelJS). The bar:
// the whole collect (reading every file through the size guard, the metadata and its checksum,
// every check, the months computed by the core for every line, the consolidation) takes at most 3
// times the parse alone. Building the 60 templates is timed for information.
//
// Honest measuring: both sides get the same 60 files, filled in as departments would and saved by
// another library (the returns are foreign files, as in use). Sides alternate, medians with
// min-max are compared. Outside the timed region the collect is checked: every return accepted,
// 2,400 lines consolidated, each line's months adding up to its amount.

import { expect, it } from "vitest";
import { buildTemplates, collectReturns, type MasterLine, type TemplateInput } from "../addin/templates";
import { parseOnly } from "../addin/templates/xlsxRead";
import { fillInPlace } from "../test/templates/foreign";
import { printCollectTable, random } from "./harness";

const DEPARTMENTS = 60;
const LINES = 40;
const BAR = 3;
const RUNS = 5;

function master(): TemplateInput {
  const next = random(2027);
  const lines: MasterLine[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    for (let l = 0; l < LINES; l++) {
      const budget = Math.round(next() * 20_000_000) + (l % 7 === 6 ? 0.5 : 0);
      lines.push({
        department: String(4100 + d),
        departmentName: `Afdeling ${d + 1}`,
        parent: `Hospital ${1 + (d % 4)}`,
        account: `${1000 + l * 10} Konto ${l + 1}`,
        text: `Linje ${l + 1}`,
        lastBudget: budget,
        lastActual: Math.round(budget * (0.9 + next() * 0.2)),
        profile: ["lige", "arbejdsdage", "kalenderdage"][l % 3],
      });
    }
  }
  return { lines, frames: Array.from({ length: DEPARTMENTS }, (_, d) => ({ department: String(4100 + d), frame: 1e9 })) };
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

it("collects 60 returns of 40 lines within 3 times the time of parsing them", async () => {
  const input = master();
  const [buildMs, built] = await timed(() => buildTemplates(input, { year: 2027, freeRows: 5, language: "da" }));
  const returns = await Promise.all(
    built.files.map(async (f, d) => ({
      fileName: f.fileName,
      bytes: await fillInPlace(
        f.bytes,
        Array.from({ length: LINES }, (_, l) => ({ sheet: "Budget 2027", cell: `F${9 + l}`, value: 1_000_000 + d * 1000 + l })),
      ),
    })),
  );

  const collect: number[] = [];
  const parse: number[] = [];
  let report = await collectReturns(built.register, returns);
  await Promise.all(returns.map((r) => parseOnly(r.bytes)));
  for (let i = 0; i < RUNS; i++) {
    const sides = [
      async () => collect.push((await timed(async () => (report = await collectReturns(built.register, returns))))[0]),
      async () => parse.push((await timed(async () => { for (const r of returns) await parseOnly(r.bytes); }))[0]),
    ];
    if (i % 2) sides.reverse();
    for (const side of sides) await side();
  }

  expect(report.files.map((f) => f.status)).toEqual(Array(DEPARTMENTS).fill("accepted"));
  expect(report.consolidated).toHaveLength(DEPARTMENTS * LINES);
  for (const line of report.consolidated) expect(Math.round(line.months.reduce((s, m) => s + m, 0))).toBe(line.annual);

  const ratio = printCollectTable("Templates: collect 60 returns of 40 lines (check + consolidate) against parsing them with ExcelJS", "collect 60 returns", collect, parse, buildMs, BAR);
  expect(ratio).toBeLessThanOrEqual(BAR);
});
