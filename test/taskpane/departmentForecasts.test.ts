// The department forecasts sheet on the preview workbook: the first collect's cells, formats and
// mark; the rows read back as written; a department's later return replacing only its rows of that
// month; a person's text typed over a figure making the write ask; a line that cannot be read, and
// returns of another year, stopping the write.

import { describe, expect, it } from "vitest";
import type { DepartmentForecast, FollowUpReturn, FollowUpReturnLine } from "../../core/followupTemplates/types";
import type { Language } from "../../core";
import { departmentForecastsWrite, FORECASTS_MARK, loadDepartmentForecasts, prepareDepartmentForecasts } from "../../addin/taskpane/departmentForecasts";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import { sample, sheetCells, strings, writeUnasked } from "./templatesFixture";

const line = (key: string, projection: number, yearEnd: number, explanation = ""): FollowUpReturnLine => ({
  department: "",
  key,
  text: `Konto ${key}`,
  projection,
  yearEnd,
  explanation,
  material: explanation !== "",
});

const returned = (department: string, month: number, lines: FollowUpReturnLine[], year = 2027): FollowUpReturn => ({
  department,
  departmentName: `Afd. ${department}`,
  parent: "Hospital Nord",
  year,
  month,
  fileName: `${department} ${month}.xlsx`,
  lines: lines.map((l) => ({ ...l, department })),
  actions: [],
});

const MARCH = [
  returned("4101", 3, [line("1110", 47_250_000, 47_000_000, "vakante stillinger besat i april"), line("2210", 6_400_000.5, 6_400_000.5)]),
  returned("4102", 3, [line("1110", 40_100_000, 40_300_000, "flere vagter")]),
];

async function collect(gateway: ReturnType<typeof sample>["gateway"], returns: FollowUpReturn[], language: Language = "da") {
  const plan = await prepareDepartmentForecasts(gateway, returns, strings(language), language);
  return { plan, prepared: departmentForecastsWrite(plan) };
}

const kept = (department: string, month: number, key: string, projection: number, yearEnd: number, explanation = ""): DepartmentForecast => ({ department, key, month, yearEnd, projection, explanation });

describe("the department forecasts sheet", () => {
  it("writes one row per department, month and line, and reads them back by its mark", async () => {
    const { gateway, book } = sample();
    const { plan, prepared } = await collect(gateway, MARCH);
    await writeUnasked(gateway, prepared);
    expect(prepared?.done).toBe("Afdelingsprognoserne på Afdelingsprognoser har 3 linjer.");
    expect(sheetCells(book, "Afdelingsprognoser")).toEqual([
      ["Afdelingsprognoser 2027"],
      ["2 afdelinger · 3 linjer pr. måned"],
      [],
      ["Afdeling", "Måned", "Linje", "Tilføjelsens prognose", "Afdelingens forventede regnskab", "Afdelingens forklaring"],
      ["4101", 3, "1110", 47_250_000, 47_000_000, "vakante stillinger besat i april"],
      ["4101", 3, "2210", 6_400_000.5, 6_400_000.5],
      ["4102", 3, "1110", 40_100_000, 40_300_000, "flere vagter"],
    ]);
    expect(book.marks(FORECASTS_MARK)).toEqual([{ sheet: "Afdelingsprognoser", address: "A1:F7", comment: '{"year":2027,"month":3}' }]);
    expect([book.formatAt("Afdelingsprognoser", { row: 3, column: 4 }).bold, book.formatAt("Afdelingsprognoser", { row: 5, column: 3 }).numberFormat, book.formatAt("Afdelingsprognoser", { row: 6, column: 4 }).numberFormat]).toEqual([true, "#,##0", "#,##0"]);
    expect(await loadDepartmentForecasts(gateway)).toEqual(plan.rows);
    expect(plan.rows).toEqual([
      kept("4101", 3, "1110", 47_250_000, 47_000_000, "vakante stillinger besat i april"),
      kept("4101", 3, "2210", 6_400_000.5, 6_400_000.5),
      kept("4102", 3, "1110", 40_100_000, 40_300_000, "flere vagter"),
    ]);
  });

  it.each(["da", "en"] as const)("written in %s reads back the same", async (language) => {
    const { gateway } = sample();
    const { plan, prepared } = await collect(gateway, MARCH, language);
    await writeUnasked(gateway, prepared);
    expect([await loadDepartmentForecasts(gateway), plan.rows.length]).toEqual([plan.rows, 3]);
  });

  it("a department's later return adds its month, and a corrected return replaces that month's rows only", async () => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH)).prepared);
    await writeUnasked(gateway, (await collect(gateway, [returned("4101", 6, [line("1110", 47_500_000, 47_100_000)])])).prepared);
    // 4102 corrects its March return: one line now
    const { plan, prepared } = await collect(gateway, [returned("4102", 3, [line("2220", 15_000_000, 14_800_000, "nyt udbud")])]);
    await writeUnasked(gateway, prepared);
    expect(sheetCells(book, "Afdelingsprognoser").slice(4)).toEqual([
      ["4101", 3, "1110", 47_250_000, 47_000_000, "vakante stillinger besat i april"],
      ["4101", 3, "2210", 6_400_000.5, 6_400_000.5],
      ["4101", 6, "1110", 47_500_000, 47_100_000],
      ["4102", 3, "2220", 15_000_000, 14_800_000, "nyt udbud"],
    ]);
    expect(await loadDepartmentForecasts(gateway)).toEqual(plan.rows);
    expect(book.marks(FORECASTS_MARK)[0].comment).toBe('{"year":2027,"month":6}');
  });

  it("asks before a person's text typed over a figure it wrote is overwritten", async () => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH)).prepared);
    book.type("Afdelingsprognoser", { row: 6, column: 5 }, "se mail fra afdelingen");
    const { prepared } = await collect(gateway, [returned("4102", 3, [line("1110", 40_100_000, 40_200_000, "færre vagter")])]);
    expect((await examineWrite(gateway, prepared!)).losses).toEqual([{ address: "Afdelingsprognoser!F7", held: "se mail fra afdelingen" }]);
  });

  it.each([
    ["da", "Afdelingsprognoser", "linjen kan ikke læses (måneden eller et beløb er ikke et tal); ret den, eller fortryd ændringen"],
    ["en", "'Department forecasts'", "the line cannot be read (the month or an amount is not a number); put it right or undo the change"],
  ] as const)("stops at a line that cannot be read, in %s", async (language, sheet, error) => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH, language)).prepared);
    book.type(sheet.replace(/'/g, ""), { row: 5, column: 4 }, "ca. 6,4 mio.");
    const { plan, prepared } = await collect(gateway, [returned("4102", 6, [])], language);
    expect([plan.bad, prepared]).toEqual([[{ address: `${sheet}!A6`, label: "4101 · 2210", error }], null]);
  });

  it.each([
    ["da", "Afdelingsprognoser er for 2027, men der er indsamlet returneringer for 2026; indsaml ét års returneringer ad gangen, på det års ark."],
    ["en", "Department forecasts is for 2027, but returns for 2026 were collected; collect one year's returns at a time, onto that year's sheet."],
  ] as const)("refuses returns of another year, in %s", async (language, error) => {
    const { gateway } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH, language)).prepared);
    const { plan, prepared } = await collect(gateway, [returned("4101", 12, [], 2026)], language);
    expect([plan.error, prepared]).toEqual([error, null]);
  });
});
