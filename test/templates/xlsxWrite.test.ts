// writeBook, read back by a different library (SheetJS) and in its raw XML: sheet names and very
// hidden state, values (text stays text), formulas and cached results, a spill as one array
// formula, protection without a password, unlocked and filled input cells, validations with their
// messages, alerts as conditional formats, number formats, widths, frozen panes, the title; and
// every limit Excel sets refused with a clear message before anything is written.

import { beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import type { BookSpec, CellSpec, SheetSpec } from "../../core/templates/book";
import { writeBook } from "../../addin/templates/xlsxWrite";
import { AMOUNT_INPUT, equalMonths, FIRST_LINE, PROFILE_INPUT, sampleBook, TEXT_INPUT } from "./sampleBook";
import { attr, child, has, list, openPackage, textOf, type Node, type Package } from "./xml";

const MONTH_COLUMNS = ["K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V"];

describe.each([
  { unitDecimals: 0 as const, amountFormat: "#,##0" },
  { unitDecimals: 2 as const, amountFormat: "#,##0.00" },
])("writeBook with unitDecimals $unitDecimals", ({ unitDecimals, amountFormat }) => {
  let bytes: Uint8Array;
  let book: XLSX.WorkBook;
  let pkg: Package;
  let budget: Node;
  let budgetCells: Map<string, Node>;

  beforeAll(async () => {
    bytes = await writeBook(sampleBook(), { unitDecimals });
    book = XLSX.read(bytes, { type: "array", cellFormula: true });
    pkg = await openPackage(bytes);
    budget = await pkg.sheet("Budget");
    budgetCells = pkg.cells(budget);
  });

  describe("read by SheetJS", () => {
    it("has the sheets in order, the control sheet very hidden and the others visible", () => {
      expect(book.SheetNames).toEqual(["Vejledning", "Budget", "Profiler", "Kontrol"]);
      expect(book.Workbook?.Sheets?.map((sheet) => [sheet.name, sheet.Hidden])).toEqual([
        ["Vejledning", 0],
        ["Budget", 0],
        ["Profiler", 0],
        ["Kontrol", 2],
      ]);
    });

    it.each([
      ["Vejledning", "A1", "s", "Budget 2027"],
      ["Vejledning", "A3", "s", "=SUM(A1:A2) er tekst, ikke en formel"],
      ["Vejledning", "A4", "s", "1.234,56"],
      ["Budget", "A4", "s", "1100"],
      ["Budget", "B6", "s", "Øvrige varekøb"],
      ["Budget", "C4", "n", 1_200_000],
      ["Budget", "E4", "s", "lige"],
      ["Kontrol", "B3", "n", 1],
      ["Kontrol", "B5", "b", true],
    ])("%s!%s holds the constant %s %j, with no formula", (sheet, address, type, value) => {
      const cell = book.Sheets[sheet][address] as XLSX.CellObject;
      expect(cell.t).toBe(type);
      expect(cell.v).toEqual(value);
      expect(cell.f).toBeUndefined();
    });

    it.each([
      ["B2", "C2", "SUM(D4:D6)", 0],
      ["B7", "C7", "SUM(C4:C6)", 1_572_012],
      ["G4", "G4", "IF(C4=0,0,D4/C4-1)", -1],
    ])("the formula in %s (%s) comes with its cached result", (_label, address, formula, result) => {
      const cell = book.Sheets.Budget[address] as XLSX.CellObject;
      expect(cell.f).toBe(formula);
      expect(cell.v).toBe(result);
    });

    it("a spill is one array formula over K:V, each cell with its cached month", () => {
      const months = equalMonths(360_012);
      const row = FIRST_LINE + 1;
      MONTH_COLUMNS.forEach((column, index) => {
        const cell = book.Sheets.Budget[`${column}${row}`] as XLSX.CellObject;
        expect(cell.v).toBe(months[index]);
        expect(cell.F).toBe(`K${row}:V${row}`);
        expect(cell.f).toBe(index === 0 ? `BUDGET.PERIODIZE(D${row},E${row})` : undefined);
      });
    });

    it("has the workbook's title", () => {
      expect(book.Props?.Title).toBe("Budget 2027 – 4101 Kardiologisk afd.");
    });
  });

  describe("in the raw XML", () => {
    it("protects every sheet without a password: formatting columns allowed, sorting not", async () => {
      for (const name of ["Vejledning", "Budget", "Profiler", "Kontrol"]) {
        const protection = child(child(await pkg.sheet(name), "worksheet"), "sheetProtection");
        expect(protection).toEqual({ sheet: "1", formatColumns: "0" });
      }
    });

    it("unlocks and fills the input cells only", async () => {
      for (const [address, cell] of budgetCells) {
        const { xf, fill } = await pkg.style(cell);
        const unlocked = attr(child(xf, "protection"), "locked") === "0";
        const input = /^[DEF][4-6]$/.test(address);
        expect([address, unlocked, fill === "FFFFF2CC"]).toEqual([address, input, input]);
      }
    });

    it("validates every input cell, each exactly once, with its input and error messages", async () => {
      const validations = list(child(child(budget, "worksheet"), "dataValidations")?.dataValidation);
      const shape = (node: Node) => ({
        sqref: attr(node, "sqref"),
        type: attr(node, "type"),
        operator: attr(node, "operator"),
        allowBlank: attr(node, "allowBlank"),
        showInputMessage: attr(node, "showInputMessage"),
        promptTitle: attr(node, "promptTitle"),
        prompt: attr(node, "prompt"),
        showErrorMessage: attr(node, "showErrorMessage"),
        errorStyle: attr(node, "errorStyle"),
        errorTitle: attr(node, "errorTitle"),
        error: attr(node, "error"),
        formula1: textOf(node, "formula1"),
        formula2: textOf(node, "formula2"),
      });
      const messages = (rule: typeof AMOUNT_INPUT) => ({
        allowBlank: "1",
        showInputMessage: "1",
        promptTitle: rule.prompt.title,
        prompt: rule.prompt.text,
        showErrorMessage: "1",
        errorStyle: "error",
        errorTitle: rule.error.title,
        error: rule.error.text,
      });
      expect(validations.map(shape)).toEqual([
        // between is the default operator, so it is not written
        { sqref: "D4:D6", type: "decimal", operator: undefined, ...messages(AMOUNT_INPUT), formula1: "-1000000000000000", formula2: "1000000000000000" },
        { sqref: "E4:E6", type: "list", operator: undefined, ...messages(PROFILE_INPUT), formula1: "Profiler!$A$2:$A$5", formula2: undefined },
        { sqref: "F4:F6", type: "textLength", operator: "lessThanOrEqual", ...messages(TEXT_INPUT), formula1: "500", formula2: undefined },
      ]);
      expect(attr(child(child(budget, "worksheet"), "dataValidations"), "count")).toBe("3");
    });

    it("draws an alert as a conditional format: light red fill, dark red text", async () => {
      const formats = list(child(budget, "worksheet")?.conditionalFormatting as Node[]);
      expect(formats.map((format) => attr(format, "sqref"))).toEqual(["D4:D6"]);
      const rule = list(formats[0].cfRule)[0];
      expect([attr(rule, "type"), attr(rule, "priority"), textOf(rule, "formula")]).toEqual(["expression", "1", 'AND(D4<>"",ABS(D4-C4)>100000,F4="")']);
      const styles = await pkg.part("xl/styles.xml");
      const dxf = list(child(child(styles, "styleSheet"), "dxfs")?.dxf)[Number(attr(rule, "dxfId"))];
      expect(attr(child(child(dxf, "font"), "color"), "rgb")).toBe("FF9C0006");
      expect(attr(child(child(dxf, "fill"), "patternFill"), "patternType")).toBe("solid");
      expect(attr(child(child(child(dxf, "fill"), "patternFill"), "bgColor"), "rgb")).toBe("FFFFC7CE");
    });

    it("writes the spill as Excel writes an array formula: <f t=\"array\" ref> on the first cell, cached values on the others", async () => {
      const raw = await pkg.sheetRaw("Budget");
      expect(raw).toContain('<f t="array" ref="K4:V4">BUDGET.PERIODIZE(D4,E4)</f><v>100000</v>');
      for (const row of [4, 5, 6]) {
        const months = MONTH_COLUMNS.map((column) => budgetCells.get(`${column}${row}`));
        expect(months.map((cell) => attr(child(cell, "f"), "t"))).toEqual(["array", ...Array(11).fill(undefined)]);
        expect(months.slice(1).map((cell) => cell?.f)).toEqual(Array(11).fill(undefined));
        expect(months.map((cell) => Number(textOf(cell, "v")))).toEqual(equalMonths([1_200_000, 360_012, 12_000][row - 4]));
      }
    });

    it("keeps text as text: a shared string, never a formula", () => {
      expect(attr(budgetCells.get("A4"), "t")).toBe("s");
      expect(budgetCells.get("A4")?.f).toBeUndefined();
    });

    it("formats amounts, totals and rates by the unit's decimals", async () => {
      const formats = async (address: string) => (await pkg.style(budgetCells.get(address))).numFmt;
      expect(await formats("C4")).toBe(amountFormat);
      expect(await formats("D4")).toBe(amountFormat);
      expect(await formats("C7")).toBe(amountFormat);
      expect(await formats("K4")).toBe(amountFormat);
      expect(await formats("V4")).toBe(amountFormat);
      expect(await formats("G4")).toBe("0.0%");
    });

    it("styles titles, headers and totals", async () => {
      const title = await pkg.style(budgetCells.get("A1"));
      expect([has(title.font, "b"), attr(child(title.font, "sz"), "val"), attr(child(title.font, "name"), "val")]).toEqual([true, "14", "Calibri"]);
      const header = await pkg.style(budgetCells.get("A3"));
      expect([has(header.font, "b"), header.fill, attr(child(header.xf, "alignment"), "wrapText")]).toEqual([true, "FFD9E1F2", "1"]);
      const total = await pkg.style(budgetCells.get("C7"));
      expect(has(total.font, "b")).toBe(true);
    });

    it("freezes the header rows and key columns, sets the widths, opens on the first visible sheet", async () => {
      const worksheet = child(budget, "worksheet");
      const pane = child(child(child(worksheet, "sheetViews"), "sheetView"), "pane");
      expect([attr(pane, "state"), attr(pane, "xSplit"), attr(pane, "ySplit"), attr(pane, "topLeftCell")]).toEqual(["frozen", "2", "3", "C4"]);
      const cols = list(child(worksheet, "cols")?.col);
      expect(cols.slice(0, 3).map((col) => [attr(col, "min"), attr(col, "width")])).toEqual([
        ["1", "8"],
        ["2", "24"],
        ["3", "14"],
      ]);
      const view = child(child(child(await pkg.part("xl/workbook.xml"), "workbook"), "bookViews"), "workbookView");
      expect(attr(view, "activeTab")).toBe("0");
    });

    it("orders the sheet's parts as the file format requires", async () => {
      const raw = await pkg.sheetRaw("Budget");
      const order = ["<sheetViews", "<cols", "<sheetData", "<sheetProtection", "<conditionalFormatting", "<dataValidations", "<pageMargins"];
      const positions = order.map((tag) => raw.indexOf(tag));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });
});

describe("writeBook: a few more shapes", () => {
  it("opens on the first visible sheet when the first sheet is very hidden", async () => {
    const spec = sampleBook();
    const bytes = await writeBook({ ...spec, sheets: [spec.sheets[3], ...spec.sheets.slice(0, 3)] }, { unitDecimals: 0 });
    const view = child(child(child(await (await openPackage(bytes)).part("xl/workbook.xml"), "workbook"), "bookViews"), "workbookView");
    expect(attr(view, "activeTab")).toBe("1");
    expect(XLSX.read(bytes, { type: "array" }).Workbook?.Sheets?.[0].Hidden).toBe(2);
  });

  it("leaves an unprotected sheet unprotected, an input's own number format wins, a formula's text result is a string", async () => {
    const sheet: SheetSpec = {
      name: "Frit",
      state: "visible",
      protect: false,
      widths: [],
      rows: [
        [
          { value: null, input: { ...AMOUNT_INPUT, numberFormat: "0.00" } },
          { formula: 'IF(A1="","mangler","ok")', result: "mangler" },
          { value: 0.25, style: "rate", numberFormat: "0%" },
        ],
      ],
    };
    const bytes = await writeBook({ title: "t", sheets: [sheet] }, { unitDecimals: 0 });
    const pkg = await openPackage(bytes);
    const worksheet = await pkg.sheet("Frit");
    expect(child(child(worksheet, "worksheet"), "sheetProtection")).toBeUndefined();
    const cells = pkg.cells(worksheet);
    expect((await pkg.style(cells.get("A1"))).numFmt).toBe("0.00");
    expect((await pkg.style(cells.get("C1"))).numFmt).toBe("0%");
    const read = XLSX.read(bytes, { type: "array", cellFormula: true }).Sheets.Frit.B1 as XLSX.CellObject;
    expect([read.t, read.v, read.f]).toEqual(["s", "mangler", 'IF(A1="","mangler","ok")']);
  });

  it("validates separate input cells separately and never overlaps two ranges", async () => {
    // rows 2..12 in one column, past the point where rows sort as text (A10 before A2)
    const rows: (CellSpec | null)[][] = [[{ value: "x" }]];
    for (let row = 2; row <= 12; row++) rows.push([{ value: null, input: AMOUNT_INPUT }, row % 2 === 0 ? { value: null, input: TEXT_INPUT } : null]);
    const bytes = await writeBook({ title: "t", sheets: [{ name: "S", state: "visible", protect: true, widths: [], rows }] }, { unitDecimals: 0 });
    const validations = list(child(child(await (await openPackage(bytes)).sheet("S"), "worksheet"), "dataValidations")?.dataValidation);
    expect(validations.map((node) => attr(node, "sqref")).sort()).toEqual(["A2:A12", "B10", "B12", "B2", "B4", "B6", "B8"]);
  });
});

describe("writeBook refuses what Excel would not take, naming where", () => {
  const base = (): BookSpec => ({ title: "t", sheets: [{ name: "Ark", state: "visible", protect: true, widths: [10], rows: [[{ value: 1 }]] }] });
  const withSheet = (sheet: Partial<SheetSpec>): BookSpec => ({ title: "t", sheets: [{ ...base().sheets[0], ...sheet }] });
  const withCell = (cell: CellSpec, row: (CellSpec | null)[] = [cell]): BookSpec => withSheet({ rows: [row] });
  const input = (change: Partial<typeof AMOUNT_INPUT>) => ({ ...AMOUNT_INPUT, ...change });

  it.each<[string, BookSpec, RegExp]>([
    ["a sheet name of 32 characters", withSheet({ name: "x".repeat(32) }), /sheet "x{32}": the name has 32 characters; Excel allows at most 31/],
    ["a sheet name with a colon", withSheet({ name: "Budget: 2027" }), /cannot hold any of : \\ \/ \? \* \[ \]/],
    ["a sheet name with a bracket", withSheet({ name: "Budget [2027]" }), /cannot hold any of/],
    ["a sheet name with a slash", withSheet({ name: "Budget/2027" }), /cannot hold any of/],
    ["a blank sheet name", withSheet({ name: " " }), /cannot be blank/],
    ["two sheets of one name in other case", { title: "t", sheets: [base().sheets[0], { ...base().sheets[0], name: "ARK" }] }, /two sheets have this name/],
    ["no visible sheet", { title: "t", sheets: [{ ...base().sheets[0], state: "veryHidden" }] }, /at least one visible sheet/],
    ["no sheet", { title: "t", sheets: [] }, /at least one sheet/],
    ["a text of 32,768 characters", withCell({ value: "x".repeat(32_768) }), /cell A1: the text has 32768 characters; Excel allows at most 32767/],
    ["a control character in a text", withCell({ value: "a\u0001b" }), /control character/],
    ["a prompt title of 33 characters", withCell({ value: null, input: input({ prompt: { title: "x".repeat(33), text: "ok" } }) }), /the prompt title has 33 characters; Excel allows at most 32/],
    ["a prompt text of 256 characters", withCell({ value: null, input: input({ prompt: { title: "ok", text: "x".repeat(256) } }) }), /the prompt text has 256 characters; Excel allows at most 255/],
    ["an error title of 33 characters", withCell({ value: null, input: input({ error: { title: "x".repeat(33), text: "ok" } }) }), /the error title has 33 characters; Excel allows at most 32/],
    ["an error text of 226 characters", withCell({ value: null, input: input({ error: { title: "ok", text: "x".repeat(226) } }) }), /the error text has 226 characters; Excel allows at most 225/],
    ["a list formula of 256 characters", withCell({ value: null, input: { ...PROFILE_INPUT, list: `Profiler!$A$1:$A$9,${"x".repeat(237)}` } }), /the list formula has 256 characters; Excel allows at most 255/],
    ["a list without its range", withCell({ value: null, input: { ...PROFILE_INPUT, list: undefined } }), /needs the range of its choices/],
    ["a formula given with =", withCell({ formula: "=SUM(A2:A3)" }), /without "="/],
    ["a formula and a constant", withCell({ formula: "1+1", value: 2 }), /a constant or a formula, not both/],
    ["a spill without as many results", withCell({ formula: "X()", result: [1, 2], spill: 3 }), /a spill of 3 cells needs 3 cached results/],
    ["a spill into a cell of its own", withCell({ formula: "X()", result: [1, 2], spill: 2 }, [{ formula: "X()", result: [1, 2], spill: 2 }, { value: 5 }]), /runs into B/],
    ["several results without a spill", withCell({ formula: "X()", result: [1, 2] }), /several cached results need a spill/],
    ["a number that is not finite", withCell({ value: Number.NaN }), /cannot be stored/],
    ["a width past 255", withSheet({ widths: [256] }), /column A: a width is 0 to 255/],
  ])("%s", async (_what, spec, message) => {
    await expect(writeBook(spec, { unitDecimals: 0 })).rejects.toThrow(message);
  });

  it("takes the limits themselves", async () => {
    const at = (n: number) => "x".repeat(n);
    const spec = withSheet({
      name: at(31),
      rows: [
        [
          { value: at(32_767) },
          { value: null, input: { ...AMOUNT_INPUT, prompt: { title: at(32), text: at(255) }, error: { title: at(32), text: at(225) } } },
          { value: null, input: { ...PROFILE_INPUT, list: `Profiler!$A$1:$A$9,${"x".repeat(236)}` } },
        ],
      ],
    });
    const bytes = await writeBook(spec, { unitDecimals: 0 });
    expect((XLSX.read(bytes, { type: "array" }).Sheets[at(31)].A1 as XLSX.CellObject).v).toBe(at(32_767));
  });
});
