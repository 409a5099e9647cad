// Nothing typed in a Forecast report is lost when the report is written again next month, however
// the report was handled in between: rows sorted (total row included), rows inserted above or
// inside it, the title row deleted, the sheet renamed, a line leaving or joining the table, notes
// typed beside the title, in the settings row, in a MAPE cell, in the gap column, below the report.
// Each scenario writes May's report on a real preview workbook, types explanations and notes,
// changes the workbook as a person would, and writes June's: every explanation must be in June's
// report beside its line (or below it, for a line that left the table), and every note must be
// where it was typed unless the write asked about it first, naming it.

import { isCellError } from "../../core";
import { describe, expect, it } from "vitest";
import { applyWrite } from "../../addin/gateway/journal";
import type { CellValue } from "../../addin/gateway/types";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import type { ForecastChoices } from "../../addin/taskpane/forecastForm";
import { forecastWrite, readForecast } from "../../addin/taskpane/forecastReport";
import { en } from "../../addin/taskpane/i18n/en";
import { REPORT_MARK } from "../../addin/taskpane/reportMemory";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import { EARLIER_LAYOUT_CELLS, EARLIER_LAYOUT_MARK, EARLIER_LAYOUT_MEMORY } from "../fixtures/forecastReportV1";
import { forecastChoicesWith } from "../fixtures/forecastChoices";

const MONTHS = 12;
const KEYS = ["L1", "L2", "L3", "L4", "L5"];
const header = ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`)];
/** Line i: 6 months booked at 100 x (i + 1) + 10 a month, against a budget of 100 x (i + 1). */
const line = (key: string, i: number) => [key, `tekst ${key}`, ...Array.from({ length: MONTHS }, (_, m) => (m < 6 ? 100 * (i + 1) + 10 : null)), ...new Array(MONTHS).fill(100 * (i + 1))];

function workbook(keys = KEYS) {
  const book = new PreviewWorkbook(createEngine({ Opfølgning: [header, ...keys.map(line)] }));
  return { book, gateway: new PreviewGateway(book) };
}

const choices = (month: number, reportSheet = "Forecast"): ForecastChoices => forecastChoicesWith({ month, reportSheet, materialAmount: null, materialRate: null });

/** Writes the report as the panel does; returns what the write asked about (the cells it names). */
async function writeReport(gateway: PreviewGateway, rows: number, month: number, sheet = "Forecast"): Promise<string[]> {
  const plan = await readForecast(gateway, `Opfølgning!A1:Z${rows + 1}`, "", choices(month, sheet), en, "en");
  expect(plan.error).toBeNull();
  const examined = await examineWrite(gateway, forecastWrite(plan, en));
  await applyWrite(gateway, examined.prepared.steps, examined.before);
  return examined.losses.map((loss) => loss.address);
}

/** The report's block on a sheet, from its mark. */
async function reportBlock(gateway: PreviewGateway, sheet: string) {
  const mark = (await gateway.findMarks(REPORT_MARK)).find((m) => m.sheet === sheet);
  if (!mark) throw new Error(`no report on ${sheet}`);
  return gateway.readRange(`'${sheet}'!${mark.address}`);
}

/** The explanation beside each key in a report (its line, total or orphan row). */
async function explanations(gateway: PreviewGateway, sheet: string): Promise<Map<string, string>> {
  const block = await reportBlock(gateway, sheet);
  const found = new Map<string, string>();
  for (const row of block.values) if (row[0] !== null && row[EXPLANATION] !== null) found.set(String(row[0]), String(row[EXPLANATION]));
  return found;
}

/** The row of the report sheet (0-based) holding a key in the report's first column. */
async function rowOf(gateway: PreviewGateway, sheet: string, key: string): Promise<number> {
  const block = await reportBlock(gateway, sheet);
  const r = block.values.findIndex((row) => row[0] === key);
  if (r < 0) throw new Error(`no row for ${key}`);
  return block.row + r;
}

const cellAt = (book: PreviewWorkbook, sheet: string, ref: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  return book.value(sheet, { row: Number(m[2]) - 1, column: m[1].charCodeAt(0) - 65 });
};
/** Types text into a cell as a person does: text beginning with "=" behind an apostrophe. */
const type = (book: PreviewWorkbook, sheet: string, ref: string, text: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
  book.type(sheet, { row: Number(m[2]) - 1, column: m[1].charCodeAt(0) - 65 }, text.startsWith("=") ? `'${text}` : text);
};
const N = "R"; // the report's explanation column, from A
const EXPLANATION = 17;

/** Sorts the report's rows from the first line down to the total (included), by a column, as Excel's sort does. */
async function sortReport(gateway: PreviewGateway, book: PreviewWorkbook, column: number, descending: boolean) {
  const block = await reportBlock(gateway, "Forecast");
  const first = block.values.findIndex((row) => row[0] === "L1" || row[0] === "L2" || row[0] === "L3" || row[0] === "L4" || row[0] === "L5");
  const last = block.values.findIndex((row) => row[0] === "Total");
  const rows = block.values.slice(first, last + 1);
  const key = (row: CellValue[]) => row[column] ?? "";
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (descending ? -1 : 1));
  book.engine.setCellContents({ sheet: book.sheetId("Forecast"), row: block.row + first, col: 0 }, rows.map((row) => row.slice(0, 18).map((v) => (typeof v === "string" ? `'${v}` : isCellError(v) ? v.error : v))));
}

interface Scenario {
  name: string;
  /** Between typing and June's report: what the person does to the workbook. */
  change?: (w: { book: PreviewWorkbook; gateway: PreviewGateway }) => Promise<void> | void;
  /** The follow-up table in June, when lines left or joined it. */
  june?: string[];
  /** The sheet June's report goes to, and where the explanations are then looked for. */
  sheet?: string;
  /** Notes typed on the report sheet after the change (cell, text), checked after June's report. */
  notes?: (w: { book: PreviewWorkbook; gateway: PreviewGateway }) => Promise<[string, string][]> | [string, string][];
  /** The cells June's write asks about before overwriting them (none unless a note is in its way). */
  asks?: string[];
}

const typed: Record<string, string> = {
  L1: "Ekstra vagter i maj",
  L3: "=afventer bilag", // text that looks like a formula stays text
  L5: "Indtægt som planlagt",
  Total: "Samlet på sporet",
};

const scenarios: Scenario[] = [
  { name: "run again, nothing changed" },
  { name: "rows sorted by key, descending, total row included", change: ({ gateway, book }) => sortReport(gateway, book, 0, true) },
  { name: "rows sorted by projected year-end, total row included", change: ({ gateway, book }) => sortReport(gateway, book, 8, false) },
  { name: "rows sorted by the explanation", change: ({ gateway, book }) => sortReport(gateway, book, EXPLANATION, false) },
  { name: "a row inserted above the report, a note in it", change: ({ book }) => book.shiftRows("Forecast", 0, 1), notes: () => [["A1", "Udkast til direktionen"]] },
  { name: "two rows inserted above the report", change: ({ book }) => book.shiftRows("Forecast", 0, 2) },
  { name: "the title row deleted", change: ({ book }) => book.shiftRows("Forecast", 0, -1) },
  { name: "the title and settings rows deleted", change: ({ book }) => book.shiftRows("Forecast", 0, -2) },
  {
    // the report's rows are one block again in June: the note is in the way of a line, so it asks
    name: "a row inserted between two lines, a note in it",
    change: async ({ book, gateway }) => book.shiftRows("Forecast", await rowOf(gateway, "Forecast", "L3"), 1),
    notes: async ({ gateway }) => [[`B${await rowOf(gateway, "Forecast", "L3")}`, "se mail fra afdelingen"]],
    asks: ["Forecast!B6"],
  },
  { name: "the report sheet renamed; June's report to a new sheet", change: ({ book }) => book.renameSheet("Forecast", "Forecast May") },
  { name: "the report sheet renamed; June's report to the renamed sheet", change: ({ book }) => book.renameSheet("Forecast", "Forecast 2026"), sheet: "Forecast 2026" },
  { name: "a line left the table", june: ["L1", "L2", "L3", "L4"] },
  { name: "a line joined the table", june: [...KEYS, "L6"] },
  { name: "a note beside the title", notes: () => [["C1", "Til direktionen"]] },
  { name: "a note in the settings row", notes: () => [["F2", "Metode aftalt med afdelingen"]] },
  { name: "a note in a MAPE cell of a line", notes: async ({ gateway }) => [[`O${(await rowOf(gateway, "Forecast", "L2")) + 1}`, "tjek"]] },
  { name: "a note in the column between report and chart", notes: () => [["S5", "!"]] },
  { name: "a note below the report", notes: () => [["A30", "Mine egne noter"]] },
  { name: "a note over a figure", notes: async ({ gateway }) => [[`C${(await rowOf(gateway, "Forecast", "L4")) + 1}`, "rettes"]], asks: ["Forecast!C7"] },
  // what the report remembers having written tells a figure typed over, a formula, a row
  // inserted with a text and a number, and a note that looks like a label from its own cells
  { name: "a figure typed over", notes: async ({ gateway }) => [[`I${(await rowOf(gateway, "Forecast", "L2")) + 1}`, "99999"]], asks: ["Forecast!I5"] },
  {
    name: "a formula typed in a figure's cell",
    change: async ({ book, gateway }) => book.type("Forecast", { row: await rowOf(gateway, "Forecast", "L2"), column: 6 }, "=500*2"),
    asks: ["Forecast!G5"],
  },
  {
    // its line has not moved: the formula stays where it is, untouched
    name: "a formula typed as an explanation",
    change: async ({ book, gateway }) => book.type("Forecast", { row: await rowOf(gateway, "Forecast", "L4"), column: EXPLANATION }, '="se "&"bilag"'),
    notes: () => [],
  },
  {
    name: "a row inserted with a text and a number",
    change: async ({ book, gateway }) => book.shiftRows("Forecast", await rowOf(gateway, "Forecast", "L3"), 1),
    notes: async ({ gateway }) => {
      const r = await rowOf(gateway, "Forecast", "L3"); // the inserted row is the one above, 1-based r
      return [
        [`A${r}`, "Husleje-regulering"],
        [`E${r}`, "5000"],
      ];
    },
    asks: ["Forecast!A6", "Forecast!E6"],
  },
  {
    name: "a row inserted with a note that begins like the settings",
    change: ({ book }) => book.shiftRows("Forecast", 3, 1),
    notes: () => [["A4", "Method: agreed with finance"]],
    asks: ["Forecast!A4"],
  },
  {
    name: "the explanation of the total row edited, the report sorted and a row inserted above",
    change: async ({ gateway, book }) => {
      type(book, "Forecast", `${N}${(await rowOf(gateway, "Forecast", "Total")) + 1}`, "Samlet på sporet");
      await sortReport(gateway, book, 0, true);
      book.shiftRows("Forecast", 0, 1);
    },
  },
];

describe("a Forecast report written again keeps every explanation and note", () => {
  let lostExplanations = 0;
  let lostNotes = 0;
  let kept = 0;

  it.each(scenarios)("$name", async (scenario) => {
    const w = workbook();
    const { book, gateway } = w;
    await writeReport(gateway, KEYS.length, 5);
    for (const [key, text] of Object.entries(typed)) type(book, "Forecast", `${N}${(await rowOf(gateway, "Forecast", key)) + 1}`, text);
    await scenario.change?.(w);
    const notes = (await scenario.notes?.(w)) ?? [];
    for (const [ref, text] of notes) type(book, book.engine.getSheetNames().find((s) => s.startsWith("Forecast")) as string, ref, text);

    if (scenario.june) {
      book.engine.setSheetContent(book.sheetId("Opfølgning"), [header, ...scenario.june.map((key, i) => line(key, i))]);
    }
    const sheet = scenario.sheet ?? "Forecast";
    const asked = await writeReport(gateway, (scenario.june ?? KEYS).length, 6, sheet);
    expect(asked).toEqual(scenario.asks ?? []);

    // every explanation beside its line in June's report, or below it for a line that left
    const after = await explanations(gateway, sheet);
    for (const [key, text] of Object.entries(typed)) {
      if (after.get(key) === text) kept++;
      else lostExplanations++;
      expect([key, after.get(key)]).toEqual([key, text]);
    }
    // every note where it was typed, unless the write asked about its cell first
    for (const [ref, text] of notes) {
      const sheetOfNote = book.engine.getSheetNames().find((s) => s.startsWith("Forecast")) as string;
      const stays = cellAt(book, sheetOfNote, ref) === text;
      if (!stays && !asked.includes(`${sheetOfNote}!${ref}`)) lostNotes++;
      expect(stays || asked.includes(`${sheetOfNote}!${ref}`)).toBe(true);
    }
  });

  it("loses none in the whole corpus", () => {
    expect({ lostExplanations, lostNotes }).toEqual({ lostExplanations: 0, lostNotes: 0 });
    expect(kept).toBe(scenarios.length * Object.keys(typed).length);
  });
});

describe("what the question names", () => {
  it("asks before the report grows over a note, naming the cell", async () => {
    const { book, gateway } = workbook();
    await writeReport(gateway, KEYS.length, 5);
    const below = (await rowOf(gateway, "Forecast", "Total")) + 2; // the row under the total, 1-based
    type(book, "Forecast", `A${below}`, "Min note");
    book.engine.setSheetContent(book.sheetId("Opfølgning"), [header, ...[...KEYS, "L6"].map(line)]);
    const plan = await readForecast(gateway, "Opfølgning!A1:Z7", "", choices(6), en, "en");
    const examined = await examineWrite(gateway, forecastWrite(plan, en));
    expect(examined.losses).toEqual([{ address: `Forecast!A${below}`, held: "Min note" }]);
    expect(cellAt(book, "Forecast", `A${below}`)).toBe("Min note");
  });

  it("leaves a note typed beside the title where it is, without asking", async () => {
    const { book, gateway } = workbook();
    await writeReport(gateway, KEYS.length, 5);
    type(book, "Forecast", "B1", "Til direktionen");
    expect(await writeReport(gateway, KEYS.length, 6)).toEqual([]);
    expect(cellAt(book, "Forecast", "B1")).toBe("Til direktionen");
    expect(cellAt(book, "Forecast", "A1")).toBe("Projected year-end as at June (month 6)");
  });

  it("writes June's report where the report now is, after rows were inserted above it", async () => {
    const { book, gateway } = workbook();
    await writeReport(gateway, KEYS.length, 5);
    book.shiftRows("Forecast", 0, 3);
    type(book, "Forecast", "A1", "Mit eget");
    expect(await writeReport(gateway, KEYS.length, 6)).toEqual([]);
    expect(cellAt(book, "Forecast", "A1")).toBe("Mit eget");
    expect(cellAt(book, "Forecast", "A4")).toBe("Projected year-end as at June (month 6)");
    expect((await gateway.findMarks(REPORT_MARK)).map((m) => [m.sheet, m.address])).toEqual([["Forecast", "A4:W18"]]);
  });
});

describe("a report of the earlier layout, written again in the current one", () => {
  // May's report as the add-in wrote it before the department's and the action plan's columns
  // (explanation in N, chart's data P-S), with its mark and memory; explanations typed in N
  async function earlierWorkbook() {
    const keys = ["L1", "L2", "L3"];
    const may = (key: string, i: number) => [key, `tekst ${key}`, ...Array.from({ length: MONTHS }, (_, m) => (m < 5 ? 100 * (i + 1) + 10 : null)), ...new Array(MONTHS).fill(100 * (i + 1))];
    const cells = EARLIER_LAYOUT_CELLS.map((row) => row.map((v) => (v === null ? null : typeof v === "string" ? `'${v}` : v)));
    const book = new PreviewWorkbook(createEngine({ Opfølgning: [header, ...keys.map(may)], Forecast: cells as (string | number | null)[][] }));
    const gateway = new PreviewGateway(book);
    await gateway.setMark("Forecast", REPORT_MARK, EARLIER_LAYOUT_MARK.address, EARLIER_LAYOUT_MARK.comment);
    await gateway.writeSetting(EARLIER_LAYOUT_MEMORY.setting, EARLIER_LAYOUT_MEMORY.value);
    type(book, "Forecast", "N4", "Ekstra vagter i maj");
    type(book, "Forecast", "N7", "Samlet på sporet");
    type(book, "Forecast", "A20", "Mine egne noter");
    book.engine.setSheetContent(book.sheetId("Opfølgning"), [header, ...keys.map(line)]);
    return { book, gateway };
  }

  it("keeps every explanation, now in the explanation column R, and asks about nothing", async () => {
    const { book, gateway } = await earlierWorkbook();
    expect(await writeReport(gateway, 3, 6)).toEqual([]);
    const after = await explanations(gateway, "Forecast");
    expect([after.get("L1"), after.get("Total"), after.get("L2")]).toEqual(["Ekstra vagter i maj", "Samlet på sporet", undefined]);
    // the earlier explanations' cells now hold the carry-over; the note below the report stays
    expect([cellAt(book, "Forecast", "R4"), cellAt(book, "Forecast", "N4"), cellAt(book, "Forecast", "A20")]).toEqual(["Ekstra vagter i maj", -60, "Mine egne noter"]);
    expect((await gateway.findMarks(REPORT_MARK)).map((m) => [m.address, m.comment])).toEqual([["A1:W15", '{"month":6,"year":2026,"run":2,"layout":2}']]);
    // and again in July: the current layout read back by its own mark
    expect(await writeReport(gateway, 3, 6)).toEqual([]);
    expect((await explanations(gateway, "Forecast")).get("L1")).toBe("Ekstra vagter i maj");
  });
});
