// How every panel writes, on a real preview workbook: what a write would overwrite and how the
// question names it, in both languages; a plan refused when the table or the cells to be written
// changed while the question was open (Periodise, Re-spread, Requirement, Forecast); a write that
// fails part way put back as it was; and Undo last write restoring every cell exactly.

import { describe, expect, it } from "vitest";
import { applyWrite, changedSince, undoWrite, WriteFailure, type WriteStep } from "../../addin/gateway/journal";
import type { CellInput, Snapshot, WorkbookGateway } from "../../addin/gateway/types";
import { createEngine } from "../../addin/preview/engine";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";
import { forecastWrite, readForecast } from "../../addin/taskpane/forecastReport";
import { da } from "../../addin/taskpane/i18n/da";
import { en } from "../../addin/taskpane/i18n/en";
import { periodizeWrite, planPeriodize, planRespread } from "../../addin/taskpane/periodizePlan";
import { planRequirement, requirementWrite } from "../../addin/taskpane/requirementPlan";
import { rejection } from "../core/failure";
import { examineWrite, failureText, lossesOf, summarize, writeIfUnchanged, type PreparedWrite } from "../../addin/taskpane/writeFlow";
import { forecastChoicesWith } from "../fixtures/forecastChoices";

const rep = <T,>(v: T, n: number): T[] => new Array<T>(n).fill(v);
/**
 * What a sheet holds as a person sees it: formulas, and values. Text put back is written as text,
 * behind the apostrophe that keeps it text, which Excel shows only in the formula bar.
 */
const cells = (book: PreviewWorkbook, sheet: string) =>
  book.engine.getSheetSerialized(book.sheetId(sheet)).map((row) => row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)));
const everything = (book: PreviewWorkbook) => Object.fromEntries(book.engine.getSheetNames().map((sheet) => [sheet, cells(book, sheet)]));

function budgetBook() {
  const book = new PreviewWorkbook(
    createEngine({
      Budget: [
        ["Konto", "Tekst", "Årsbudget"],
        ["1110", "Løn", 1200],
        ["2210", "Medicin", 1000],
      ],
      Enheder: [
        ["Enhed", "Overordnet", "Budget"],
        ["Region", null, 1_000_000],
        ["Nord", "Region", 600_000],
        ["Syd", "Region", 400_000],
      ],
      Opfølgning: [
        ["Nøgle", "Tekst", ...rep("Forbrug", 12), ...rep("Budget", 12)],
        ["L1", "x", ...rep(110, 5), ...rep(null, 7), ...rep(100, 12)],
      ],
    }),
  );
  return { book, gateway: new PreviewGateway(book) };
}

const periodize = (gateway: WorkbookGateway, mode: "values" | "formulas" = "values") => async (): Promise<PreparedWrite> => {
  const table = await gateway.readRange("Budget!A1:C3");
  const plan = planPeriodize(table, { annualColumn: 2, profile: { kind: "builtin", name: "equal", workdayOptions: "" }, year: 2026, unit: 1, mode }, en.months, "en");
  return periodizeWrite(plan, en);
};

const respread = (gateway: WorkbookGateway) => async (): Promise<PreparedWrite> => {
  const table = await gateway.readRange("Budget!A1:O3");
  const plan = planRespread(table, { annualColumn: 2, firstMonthColumn: 3, lockedThrough: 5, profile: { kind: "current" }, year: 2026, unit: 1 }, "en");
  return periodizeWrite(plan, en);
};

const requirement = (gateway: WorkbookGateway) => async (): Promise<PreparedWrite> => {
  const table = await gateway.readRange("Enheder!A1:C4");
  const plan = planRequirement(
    table,
    {
      nameColumn: 0,
      parentColumn: 1,
      baseColumn: 2,
      keyColumn: null,
      indexColumn: null,
      exemptColumn: null,
      requirement: { kind: "rate", rate: 0.02 },
      levels: [{ method: "general", strength: 0 }],
      unit: 1,
      expressAs: "reduction",
      years: 1,
    },
    en.resultHeaders,
    "en",
  );
  return requirementWrite(plan, en);
};

const forecast = (gateway: WorkbookGateway) => async (): Promise<PreparedWrite> => {
  const plan = await readForecast(
    gateway,
    "Opfølgning!A1:Z2",
    "",
    forecastChoicesWith({ materialAmount: null, materialRate: null, reportSheet: "Prognose" }),
    en,
    "en",
  );
  return forecastWrite(plan, en);
};

describe("what a write would overwrite", () => {
  const step: WriteStep = { kind: "cells", topLeft: "Budget!E2", cells: [["x", 1, null, "", { formula: "=1" }, 5]] };
  const snapshot = (held: CellInput[], spilled = rep(false, 6)): Snapshot => ({
    sheet: "Budget",
    address: "E2:J2",
    row: 1,
    column: 4,
    cells: [held],
    numberFormats: [rep("General", 6)],
    spilled: [spilled],
  });

  it("counts every cell that holds something, 0, FALSE and a space included, but not one written with what it holds", () => {
    const losses = lossesOf([step], [snapshot([" ", 0, "kept", false, { formula: "=1" }, { formula: "#N/A" }])]);
    expect(losses).toEqual([
      { address: "Budget!E2", held: " " },
      { address: "Budget!F2", held: 0 },
      { address: "Budget!H2", held: false },
      { address: "Budget!J2", held: { formula: "#N/A" } },
    ]);
    // null leaves "kept" as it is; =1 over =1 loses nothing
    expect(summarize(losses, "en")).toEqual({ count: 4, numbers: 1, texts: 1, formulas: 0, others: 2, spilled: 0, examples: ['Budget!E2 (" ")', "Budget!F2 (0)", "Budget!H2 (FALSE)"] });
  });

  it("counts a cell a formula spills into: writing there blocks the formula", () => {
    const spilled = lossesOf([step], [snapshot(["", "", "", "", "", ""], [false, true, true, false, false, false])]);
    // F2 and G2 are spilled into; G2 is left as it is (null)
    expect(spilled).toEqual([{ address: "Budget!F2", held: "", spilled: true }]);
    expect(en.overwriteBody(summarize(spilled, "en"))).toBe(
      "Writing would overwrite 1 cell that holds something: 1 cell a formula spills into, in Budget!F2 (spilled). What is there now is kept, so Undo last write puts it back.",
    );
    expect(da.overwriteBody(summarize(spilled, "da"))).toBe(
      "Skrivningen vil overskrive 1 celle, der indeholder noget: 1 celle, som en formel spilder ind i, i Budget!F2 (spildt). Det, der står der nu, gemmes, så Fortryd seneste skrivning kan sætte det tilbage.",
    );
  });

  it("does not count the cells a formula spills into when the write replaces that formula too", () => {
    const held: CellInput[] = [{ formula: "=SEQUENCE(1,3)" }, "", "", "", "", ""];
    const losses = lossesOf([{ ...step, cells: [rep(1, 6)] }], [snapshot(held, [false, true, true, false, false, false])]);
    expect(losses).toEqual([{ address: "Budget!E2", held: { formula: "=SEQUENCE(1,3)" } }]);
  });

  it("skips the panel's own cells", () => {
    expect(lossesOf([step], [snapshot(["a", "b", "c", "d", "e", "f"])], (_, row, column) => row === 1 && column !== 9)).toEqual([{ address: "Budget!J2", held: "f" }]);
  });

  it.each([
    {
      language: "en" as const,
      text: 'Writing would overwrite 5 cells that hold something: 2 texts, 1 number, 1 formula and 1 other value, in Budget!E2 ("Note from the department abou…"), Budget!F2 (1,234,567.5), Budget!G2 (=SUM(A1:A3)) and more. What is there now is kept, so Undo last write puts it back.',
    },
    {
      language: "da" as const,
      text: 'Skrivningen vil overskrive 5 celler, der indeholder noget: 2 tekster, 1 tal, 1 formel og 1 anden værdi, i Budget!E2 ("Note from the department abou…"), Budget!F2 (1.234.567,5), Budget!G2 (=SUM(A1:A3)) og flere. Det, der står der nu, gemmes, så Fortryd seneste skrivning kan sætte det tilbage.',
    },
  ])("names it in $language", ({ language, text }) => {
    const held: CellInput[] = ["Note from the department about May", 1234567.5, { formula: "=SUM(A1:A3)" }, "x", true, ""];
    const losses = lossesOf([{ ...step, cells: [rep(1, 6)] }], [snapshot(held)]);
    expect((language === "da" ? da : en).overwriteBody(summarize(losses, language))).toBe(text);
  });

  it("says one cell in the singular", () => {
    const losses = lossesOf([step], [snapshot(["", 7, "", "", "", ""])]);
    expect(en.overwriteBody(summarize(losses, "en"))).toBe("Writing would overwrite 1 cell that holds something: 1 number, in Budget!F2 (7). What is there now is kept, so Undo last write puts it back.");
  });
});

describe("a plan is made again after the question, and nothing stale is written", () => {
  // each panel: the question is asked (cells to overwrite), the source changes while it is open
  const panels: { name: string; setup: (book: PreviewWorkbook, gateway: PreviewGateway) => Promise<void> | void; prepare: (g: WorkbookGateway) => () => Promise<PreparedWrite>; change: (book: PreviewWorkbook) => void }[] = [
    {
      name: "Periodise: an annual budget changed",
      setup: (book) => book.type("Budget", { row: 1, column: 5 }, "mine"),
      prepare: (g) => periodize(g),
      change: (book) => book.type("Budget", { row: 1, column: 2 }, "2400"),
    },
    {
      name: "Periodise: the cell to be overwritten changed",
      setup: (book) => book.type("Budget", { row: 1, column: 5 }, "mine"),
      prepare: (g) => periodize(g),
      change: (book) => book.type("Budget", { row: 1, column: 5 }, "mine, edited"),
    },
    {
      name: "Re-spread: a month changed",
      setup: (book) => book.engine.setCellContents({ sheet: book.sheetId("Budget"), row: 1, col: 3 }, [rep(100, 12), rep(80, 12)]),
      prepare: (g) => respread(g),
      change: (book) => book.type("Budget", { row: 1, column: 3 }, "150"),
    },
    {
      name: "Requirement: a budget changed",
      setup: (book) => book.type("Enheder", { row: 2, column: 4 }, "note"),
      prepare: (g) => requirement(g),
      change: (book) => book.type("Enheder", { row: 2, column: 2 }, "700000"),
    },
    {
      name: "Forecast: an actual changed",
      setup: async (book, gateway) => {
        await gateway.ensureSheet("Prognose");
        book.type("Prognose", { row: 3, column: 0 }, "my note");
      },
      prepare: (g) => forecast(g),
      change: (book) => book.type("Opfølgning", { row: 1, column: 2 }, "500"),
    },
  ];

  it.each(panels)("$name: refused, nothing written; asked again, written", async ({ setup, prepare, change }) => {
    const { book, gateway } = budgetBook();
    await setup(book, gateway);
    const asked = await examineWrite(gateway, await prepare(gateway)());
    expect(asked.losses.length).toBeGreaterThan(0);
    change(book);
    const before = book.engine.getAllSheetsSerialized();
    expect(await writeIfUnchanged(gateway, prepare(gateway), asked)).toEqual({ changed: true });
    expect(book.engine.getAllSheetsSerialized()).toEqual(before);
    // the new question, answered at once: written from what is there now
    const again = await examineWrite(gateway, await prepare(gateway)());
    const outcome = await writeIfUnchanged(gateway, prepare(gateway), again);
    expect(outcome?.changed).toBe(false);
  });

  it("writes the months of the new annual budget, never the old", async () => {
    const { book, gateway } = budgetBook();
    const asked = await examineWrite(gateway, await periodize(gateway)());
    await writeIfUnchanged(gateway, periodize(gateway), asked);
    expect(book.value("Budget", { row: 1, column: 3 })).toBe(100);
    book.type("Budget", { row: 1, column: 2 }, "2400");
    const question = await examineWrite(gateway, await periodize(gateway)());
    expect(question.losses).toHaveLength(12); // the first line's months written before
    book.type("Budget", { row: 1, column: 2 }, "3600");
    expect(await writeIfUnchanged(gateway, periodize(gateway), question)).toEqual({ changed: true });
    expect(book.value("Budget", { row: 1, column: 3 })).toBe(100);
  });
});

describe("a write no longer for the fields on screen is not made", () => {
  // the question was asked about the periodisation of Budget (a note in F2 to overwrite); then,
  // as the user says yes, the write is planned again: `current` says whether the fields it was
  // planned from are still those on screen
  it.each<[string, PreparedWrite["current"], boolean]>([
    ["the fields as they were", () => true, true],
    ["no word on the fields", undefined, true],
    ["a field changed since the write was begun", () => false, false],
  ])("%s", async (_, current, written) => {
    const { book, gateway } = budgetBook();
    book.type("Budget", { row: 1, column: 5 }, "mine");
    const prepare = async () => ({ ...(await periodize(gateway)()), current });
    const asked = await examineWrite(gateway, await prepare());
    const before = book.engine.getAllSheetsSerialized();
    const outcome = await writeIfUnchanged(gateway, prepare, asked);
    expect([outcome === null ? null : outcome.changed, book.value("Budget", { row: 1, column: 5 })]).toEqual(written ? [false, 100] : [null, "mine"]);
    if (!written) expect(book.engine.getAllSheetsSerialized()).toEqual(before);
  });

  it("asks just before writing, after the cells to overwrite are read again", async () => {
    const { book, gateway } = budgetBook();
    book.type("Budget", { row: 1, column: 5 }, "mine");
    let onScreen = true;
    const asked = await examineWrite(gateway, await periodize(gateway)());
    // a field is changed while the cells the write would overwrite are read again
    const reading: WorkbookGateway = new Proxy(gateway, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== "snapshot" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return async (...args: unknown[]) => {
          onScreen = false;
          return value.apply(target, args);
        };
      },
    });
    const prepare = async () => ({ ...(await periodize(gateway)()), current: () => onScreen });
    expect(await writeIfUnchanged(reading, prepare, asked)).toBeNull();
    expect(book.value("Budget", { row: 1, column: 5 })).toBe("mine");
  });
});

/** A gateway whose n-th writeRange fails after writing the first half of its rows. */
function failingOn(inner: PreviewGateway, n: number): WorkbookGateway {
  let writes = 0;
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property !== "writeRange") return Reflect.get(target, property, receiver);
      return async (topLeft: string, rows: CellInput[][]) => {
        writes++;
        if (writes !== n) return target.writeRange(topLeft, rows);
        await target.writeRange(topLeft, rows.slice(0, Math.ceil(rows.length / 2)));
        throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
      };
    },
  });
}

describe("a write that fails part way", () => {
  it("is put back as it was, and says where it stopped and what Excel said", async () => {
    const { book, gateway } = budgetBook();
    book.type("Budget", { row: 2, column: 4 }, "keep me");
    const prepared = await forecast(gateway)();
    const steps: WriteStep[] = [...(await periodize(gateway)()).steps, ...prepared.steps];
    const before = everything(book);
    const sheetsBefore = book.engine.getSheetNames();
    const broken = failingOn(gateway, 2);
    const examined = await examineWrite(broken, { steps, done: "" });
    const failure = await applyWrite(broken, steps, examined.before).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WriteFailure);
    expect((failure as WriteFailure).restoreFailed).toEqual([]);
    expect((failure as WriteFailure).where).toBe("Prognose!A1:W15");
    expect(everything(book)).toEqual(before);
    expect(book.engine.getSheetNames()).toEqual(sheetsBefore);
    expect(en.writeFailed(failureText(failure as WriteFailure, "en"))).toBe(
      'Writing Prognose!A1:W15 stopped: Excel reported "GeneralException". What had been written was put back as it was, so the workbook is as before.',
    );
    expect(da.writeFailed({ where: "Budget!D1:O101", rows: { written: 51_335, of: 100_000 }, reason: "GeneralException", restoreFailed: null })).toBe(
      'Skrivningen af Budget!D1:O101 stoppede efter 51.335 af 100.000 rækker: Excel meldte "GeneralException". Det, der var skrevet, er sat tilbage, som det var, så projektmappen er som før.',
    );
  });
});

/** A gateway whose restore fails the first `times` times. */
function restoreFailing(inner: PreviewGateway, times: number): WorkbookGateway {
  let failures = 0;
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property !== "restore") return Reflect.get(target, property, receiver);
      return async (snapshot: Snapshot, rows?: number) => {
        if (failures++ < times) throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
        return target.restore(snapshot, rows);
      };
    },
  });
}

describe("a write whose putting back fails too", () => {
  it("says so, and undo tries again and puts the cells back", async () => {
    const { book, gateway } = budgetBook();
    const before = everything(book);
    const steps = (await periodize(gateway)()).steps;
    const broken = restoreFailing(failingOn(gateway, 1) as PreviewGateway, 1);
    const examined = await examineWrite(broken, { steps, done: "" });
    const failure = (await applyWrite(broken, steps, examined.before).catch((error: unknown) => error)) as WriteFailure;
    expect(failureText(failure, "en")).toEqual({ where: "Budget!D1:O3", rows: null, reason: "GeneralException", restoreFailed: "GeneralException" });
    expect(everything(book)).not.toEqual(before);
    await undoWrite(broken, failure.record);
    expect(everything(book)).toEqual(before);
  });
});

describe("Undo last write", () => {
  it("restores every cell exactly: values, formulas, spills and number formats", async () => {
    const { book, gateway } = budgetBook();
    // an earlier write of live formulas, a note, a number format
    const first = await examineWrite(gateway, await periodize(gateway, "formulas")());
    await applyWrite(gateway, first.prepared.steps, first.before);
    book.type("Budget", { row: 3, column: 4 }, "my note");
    await gateway.formatRange("Budget!D2:O3", { numberFormat: "#,##0" });
    const before = cells(book, "Budget");
    const formats = (await gateway.snapshot("Budget!D1:O4"))?.numberFormats;
    // values over them
    const second = await examineWrite(gateway, await periodize(gateway, "values")());
    const record = await applyWrite(gateway, second.prepared.steps, second.before);
    expect(book.content("Budget", { row: 1, column: 3 })).toBe("100");
    expect(await changedSince(gateway, record)).toEqual([]);
    await undoWrite(gateway, record);
    expect(cells(book, "Budget")).toEqual(before);
    expect((await gateway.snapshot("Budget!D1:O4"))?.numberFormats).toEqual(formats);
    // the formulas spill again
    expect(book.value("Budget", { row: 1, column: 4 })).toBe(100);
  });

  it("of a first report deletes the sheet it added; of a second puts the first back, its mark too", async () => {
    const { book, gateway } = budgetBook();
    const sheets = book.engine.getSheetNames();
    const first = await examineWrite(gateway, await forecast(gateway)());
    const record = await applyWrite(gateway, first.prepared.steps, first.before);
    expect(book.engine.getSheetNames()).toEqual([...sheets, "Prognose"]);
    await undoWrite(gateway, record);
    expect(book.engine.getSheetNames()).toEqual(sheets);
    expect(book.charts).toEqual([]);
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual([]);

    const may = await examineWrite(gateway, await forecast(gateway)());
    await applyWrite(gateway, may.prepared.steps, may.before);
    book.type("Prognose", { row: 3, column: 17 }, "Forklaring");
    const report = cells(book, "Prognose");
    const marks = await gateway.findMarks("BudgetForecastReport");
    book.engine.setCellContents({ sheet: book.sheetId("Opfølgning"), row: 1, col: 6 }, 120); // May booked again
    const june = await examineWrite(gateway, await forecast(gateway)());
    const again = await applyWrite(gateway, june.prepared.steps, june.before);
    expect(cells(book, "Prognose")).not.toEqual(report);
    await undoWrite(gateway, again);
    expect(cells(book, "Prognose")).toEqual(report);
    expect(await gateway.findMarks("BudgetForecastReport")).toEqual(marks);
    expect(book.charts.map((c) => c.title)).toEqual(["Budget, actual and forecast, cumulative: Total"]);
  });

  it("says so when a sheet it wrote on has been renamed since, in both languages", async () => {
    const { book, gateway } = budgetBook();
    const first = await examineWrite(gateway, await periodize(gateway)());
    const record = await applyWrite(gateway, first.prepared.steps, first.before);
    book.renameSheet("Budget", "Budget 2026");
    expect(await rejection(() => changedSince(gateway, record))).toEqual({
      code: "UNDO_SHEET_GONE",
      kind: "value",
      en: 'the sheet "Budget" the write wrote on has been deleted or renamed since, so the write cannot be undone',
      da: 'arket "Budget", som skrivningen skrev i, er slettet eller omdøbt siden, så skrivningen kan ikke fortrydes',
    });
    expect(await rejection(() => gateway.readRange("Budget!A1"))).toEqual({
      code: "SHEET_MISSING",
      kind: "value",
      en: 'there is no sheet named "Budget"',
      da: 'der er intet ark med navnet "Budget"',
    });
  });

  it("names the cells changed since the write, and keeps a sheet it added that holds more now", async () => {
    const { book, gateway } = budgetBook();
    const first = await examineWrite(gateway, await forecast(gateway)());
    const record = await applyWrite(gateway, first.prepared.steps, first.before);
    // a figure the report wrote, and an explanation cell it left empty: only the first is the add-in's
    book.type("Prognose", { row: 3, column: 2 }, "999");
    book.type("Prognose", { row: 3, column: 17 }, "typed after");
    book.type("Prognose", { row: 40, column: 0 }, "elsewhere");
    expect(await changedSince(gateway, record)).toEqual(["Prognose!C4"]);
    expect(en.undoChangedBody(1, ["Prognose!C4"])).toBe(
      "1 cell the add-in wrote has been changed since (Prognose!C4). Undoing puts back what was there before the write, and that change is lost. Undo anyway?",
    );
    expect(da.undoChangedBody(2, ["Prognose!N4"])).toBe(
      "2 celler, som tilføjelsesprogrammet skrev, er ændret siden (Prognose!N4 m.fl.). Fortryder du, sættes det tilbage, der stod før skrivningen, og ændringerne går tabt. Vil du fortryde alligevel?",
    );
    await undoWrite(gateway, record);
    // the sheet stays for what was typed on it; the report's cells are empty again, the rest as typed
    expect(book.engine.getSheetNames()).toContain("Prognose");
    expect(book.value("Prognose", { row: 40, column: 0 })).toBe("elsewhere");
    expect(book.value("Prognose", { row: 0, column: 0 })).toBeNull();
    expect(book.value("Prognose", { row: 3, column: 2 })).toBeNull();
    expect(book.value("Prognose", { row: 3, column: 17 })).toBe("typed after");
  });
});
