// Collecting follow-up returns: 60 departments' returns of 40 lines and 5 measures each, checked,
// against just parsing the same 60 files with the same library (ExcelJS). The bar: the whole
// collect (reading every file through the size guard, telling its kind, the metadata and its
// checksum, every check of the lines and the action plan, the new measures' ids) takes at most 3
// times the parse alone. Building the 60 templates is timed for information.
//
// Honest measuring: both sides get the same 60 files, filled in as departments would (a quarter of
// the year-ends changed and explained, 2 measures of the register kept, 3 new ones) and saved in
// place as Excel saves. Sides alternate, medians with min-max are compared. Outside the timed
// region the collect is checked: every return accepted, 60 returns of 40 lines and 5 measures.

import { expect, it } from "vitest";
import { buildFollowUpTemplates, collectReturns, type FollowUpTemplateInput, type FollowUpTemplateLine } from "../addin/templates";
import type { ActionPlanEntry } from "../core/actionPlan";
import { parseOnly } from "../addin/templates/xlsxRead";
import { fillInPlace, type Edit } from "../test/templates/foreign";
import { printCollectTable, random } from "./harness";

const DEPARTMENTS = 60;
const LINES = 40;
const BAR = 3;
const RUNS = 5;
const S = "Opfølgning maj 2027";
const A = "Handleplan";

function input(): FollowUpTemplateInput {
  const next = random(2027);
  const lines: FollowUpTemplateLine[] = [];
  const actions: ActionPlanEntry[] = [];
  for (let d = 0; d < DEPARTMENTS; d++) {
    const department = String(4100 + d);
    for (let l = 0; l < LINES; l++) {
      const budget = Math.round(next() * 20_000_000);
      const projection = Math.round(budget * (0.95 + next() * 0.1));
      lines.push({
        department,
        departmentName: `Afdeling ${d + 1}`,
        parent: `Hospital ${1 + (d % 4)}`,
        key: `${1000 + l * 10} Konto ${l + 1}`,
        text: `Linje ${l + 1}`,
        actualToDate: Math.round((budget * 5) / 12),
        budgetToDate: Math.round((budget * 5) / 12),
        budget,
        projection,
        band: l % 5 === 0 ? { low: projection - 500_000, high: projection + 500_000 } : null,
        result: projection - budget,
        material: l % 8 === 0,
        method: "profile",
      });
    }
    for (let a = 0; a < 2; a++) {
      actions.push({ id: `${department}-2027-04-${a + 1}`, department, key: a === 0 ? null : "1000 Konto 1", measure: `Tiltag ${a + 1}`, owner: "Ledelsen", decided: a === 0, startMonth: 4 + a, effect: 10_000 * (a + 1) });
    }
  }
  return { lines, actions };
}

/** A quarter of the year-ends changed and explained, every material line explained, 3 new measures. */
function edits(d: number): Edit[] {
  const out: Edit[] = [];
  for (let l = 0; l < LINES; l++) {
    if (l % 4 === 1) out.push({ sheet: S, cell: `L${9 + l}`, value: 1_000_000 + d * 1000 + l });
    if (l % 4 === 1 || l % 8 === 0) out.push({ sheet: S, cell: `M${9 + l}`, value: `Forklaring ${l + 1}` });
  }
  for (let a = 0; a < 3; a++) {
    const row = 6 + a;
    out.push(
      { sheet: A, cell: `B${row}`, value: `Nyt tiltag ${a + 1}` },
      { sheet: A, cell: `C${row}`, value: a === 0 ? "Hele afdelingen" : `${1000 + a * 10} Konto ${a + 1}` },
      { sheet: A, cell: `D${row}`, value: "Afdelingsleder" },
      { sheet: A, cell: `E${row}`, value: a === 2 ? "Nej" : "Ja" },
      { sheet: A, cell: `F${row}`, value: 6 + a },
      { sheet: A, cell: `G${row}`, value: 5_000 * (a + 1) },
    );
  }
  return out;
}

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

it("collects 60 follow-up returns of 40 lines and 5 measures within 3 times the time of parsing them", async () => {
  const [buildMs, built] = await timed(() => buildFollowUpTemplates(input(), { year: 2027, month: 5, language: "da", materialAmount: 500_000, materialRate: 0.05 }));
  const returns = await Promise.all(built.files.map(async (f, d) => ({ fileName: f.fileName, bytes: await fillInPlace(f.bytes, edits(d)) })));

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

  expect(report.files.map((f) => [f.status, f.problems])).toEqual(Array(DEPARTMENTS).fill(["accepted", []]));
  expect(report.followUps.map((f) => [f.lines.length, f.actions.length])).toEqual(Array(DEPARTMENTS).fill([LINES, 5]));
  expect(report.followUps[0].actions.map((a) => a.id)).toEqual(["4100-2027-04-1", "4100-2027-04-2", "4100-2027-05-1", "4100-2027-05-2", "4100-2027-05-3"]);

  const ratio = printCollectTable("Follow-up templates: collect 60 returns of 40 lines and 5 measures (check lines and action plans) against parsing them with ExcelJS", "collect 60 follow-up returns", collect, parse, buildMs, BAR);
  expect(ratio).toBeLessThanOrEqual(BAR);
});
