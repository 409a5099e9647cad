// Standard budget templates in the core: the master read into templates, the template's layout,
// its metadata read back, every check of a returned book and the consolidation, with the exact
// problems in both languages. (The .xlsx round trip is test/templates.)

import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BudgetError, periodize } from "../../core";
import {
  checkReturn,
  checksumContent,
  consolidationTotals,
  daysToDeadline,
  planTemplates,
  problemCounts,
  readReturnMeta,
  registerEntry,
  templateBook,
  type CheckedReturn,
  type ConsolidatedLine,
  type ReadBook,
  type ReadCell,
  type RegisterEntry,
  type TemplateInput,
  type TemplateMeta,
  type TemplateOptions,
} from "../../core/templates";
import { MASTER, NOW, OPTIONS, readAsWritten, sequentialIds } from "../fixtures/templateMaster";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

function build(input: TemplateInput = MASTER, options: TemplateOptions = OPTIONS, earlier: RegisterEntry[] = [], ids = sequentialIds()) {
  return planTemplates(input, options, earlier, NOW, ids).map((p) => {
    const meta: TemplateMeta = { ...p.content, checksum: sha(checksumContent(p.content)) };
    return { meta, fileName: p.fileName, book: templateBook(meta, p.instructions), entry: registerEntry(meta, p.fileName) };
  });
}

const messages = (error: unknown) => {
  if (!(error instanceof BudgetError)) throw error;
  return [error.code, error.describe("en"), error.describe("da")];
};

describe("the master read into templates", () => {
  const built = build();

  it("makes one template per department, in the order of the lines, with keys, versions and file names", () => {
    expect(built.map((b) => [b.fileName, b.meta.version, b.meta.lines.map((l) => l.key)])).toEqual([
      ["2027 4101 Kardiologisk afd.xlsx", 1, ["1110 Løn", "2210 Medicin", "7110 Indtægter"]],
      ["2027 4102 Ortopædkirurgisk afd.xlsx", 1, ["1110 Løn", "2220 Implantater", "2220 Implantater (2)"]],
      ["2027 4201 Akutmodtagelsen.xlsx", 1, ["1110 Løn"]],
    ]);
    expect(built[0].meta.lines.map((l) => l.profile)).toEqual(["Løn med sommerferie", "equal", "equal"]);
    expect(built[2].meta.lines[0].profile).toBe("days");
  });

  it("gives a department built again the next version", () => {
    const again = build(MASTER, OPTIONS, built.map((b) => b.entry));
    expect(again.map((b) => b.meta.version)).toEqual([2, 2, 2]);
    expect(again[0].meta.checksum).not.toBe(built[0].meta.checksum);
  });

  const line0 = MASTER.lines[0];
  it.each<[string, Partial<TemplateInput>, Partial<TemplateOptions>, string, string, string]>([
    ["no lines", { lines: [] }, {}, "TEMPLATE_NO_LINES", "the lines table has no lines; select the table with its header row and at least one line", "linjetabellen har ingen linjer; markér tabellen med overskriftsrækken og mindst én linje"],
    ["a blank account", { lines: [{ ...line0, account: " " }] }, {}, "TEMPLATE_LINE_BLANK", "line 1: the account is blank", "linje 1: kontoen er tom"],
    ["a budget as text", { lines: [{ ...line0, lastBudget: "12.500" as never }] }, {}, "TEMPLATE_LINE_NUMBER", 'line 1: the current year\'s budget must be a number; got "12.500"', 'linje 1: indeværende års budget skal være et tal; fik "12.500"'],
    ["an unknown profile", { lines: [{ ...line0, profile: "sommer" }] }, {}, "TEMPLATE_LINE_PROFILE", 'line 1: unknown profile "sommer"; use equal, days, workdays or a profile of the library', 'linje 1: ukendt profil "sommer"; brug lige, kalenderdage, arbejdsdage eller en profil fra biblioteket'],
    ["no frame", { frames: [] }, {}, "TEMPLATE_NO_FRAME", "department 4101 has no frame in the frames table; add the department's frame there", "afdeling 4101 har ingen ramme i rammetabellen; tilføj afdelingens ramme der"],
    ["two frames", { frames: [...MASTER.frames, { department: "4101", frame: 1 }] }, {}, "TEMPLATE_FRAME_TWICE", "department 4101 has two frames in the frames table; keep one of them", "afdeling 4101 har to rammer i rammetabellen; behold én af dem"],
    ["a frame as text", { frames: [{ department: "4101", frame: "mange" as never }] }, {}, "TEMPLATE_FRAME_NUMBER", 'the frame of department 4101 must be a number; got "mange"', 'rammen for afdeling 4101 skal være et tal; fik "mange"'],
    ["two names", { lines: [line0, { ...line0, departmentName: "Kardiologi" }] }, {}, "TEMPLATE_DEPARTMENT_NAMES", 'department 4101 is named both "Kardiologisk afd." and "Kardiologi"; give it the same name on all its lines', 'afdeling 4101 hedder både "Kardiologisk afd." og "Kardiologi"; brug samme navn på alle afdelingens linjer'],
    ["two hospitals", { lines: [line0, { ...line0, parent: "Hospital Syd" }] }, {}, "TEMPLATE_DEPARTMENT_PARENTS", 'department 4101 is under both "Hospital Nord" and "Hospital Syd"; give it the same hospital on all its lines', 'afdeling 4101 ligger under både "Hospital Nord" og "Hospital Syd"; brug samme hospital på alle afdelingens linjer'],
    ["a library profile of 11 weights", { profiles: [{ name: "Kort", weights: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }] }, {}, "TEMPLATE_PROFILE_WEIGHTS", 'the profile "Kort" needs 12 weights of 0 or more, not all 0', 'profilen "Kort" skal have 12 vægte på 0 eller mere, ikke alle 0'],
    ["a library profile named as a built-in", { profiles: [{ name: "Lige", weights: Array(12).fill(1) }] }, {}, "TEMPLATE_PROFILE_NAME_TWICE", 'the profile "Lige" is named twice, or is named as a built-in profile; give every profile a name of its own', 'profilen "Lige" er nævnt to gange eller har samme navn som en indbygget profil; giv hver profil sit eget navn'],
    ["free rows 80", {}, { freeRows: 80 }, "TEMPLATE_FREE_ROWS", "free rows must be a whole number from 0 to 50; got 80", "frie rækker skal være et helt tal fra 0 til 50; fik 80"],
    ["a deadline that is no date", {}, { deadline: "2026-02-30" }, "TEMPLATE_DEADLINE", 'the deadline "2026-02-30" is not a date (YYYY-MM-DD)', 'fristen "2026-02-30" er ikke en dato (ÅÅÅÅ-MM-DD)'],
    ["a negative justification amount", {}, { justifyFrom: { amount: -5, rate: 0.1 } }, "TEMPLATE_JUSTIFY_AMOUNT", "the justification amount must be 0 or more; got -5", "beløbsgrænsen for begrundelse skal være 0 eller mere; fik -5"],
    ["year 26", {}, { year: 26 }, "YEAR_INVALID", "year must be a whole number from 1900 to 9999; got 26", "år skal være et helt tal fra 1900 til 9999; fik 26"],
  ])("refuses %s", (_name, input, options, code, en, da) => {
    let thrown: unknown = null;
    try {
      build({ ...MASTER, ...input }, { ...OPTIONS, ...options });
    } catch (error) {
      thrown = error;
    }
    expect(messages(thrown)).toEqual([code, en, da]);
  });
});

describe("the template's sheets", () => {
  const [first] = build();
  const [input, instructions, profiles, meta] = first.book.sheets;

  it("has the input sheet first, then instructions and profiles, and a very hidden metadata sheet", () => {
    expect(first.book.sheets.map((s) => [s.name, s.state, s.protect])).toEqual([
      ["Budget 2027", "visible", true],
      ["Vejledning", "visible", true],
      ["Profiler", "visible", true],
      ["BudgetMeta", "veryHidden", true],
    ]);
  });

  it("writes the header, the lines with inputs, the months as live formulas, the free rows and the total against the frame", () => {
    expect(input.rows.slice(0, 6).map((r) => r.map((c) => c?.value ?? null))).toEqual([
      ["Budget 2027: 4101 Kardiologisk afd."],
      ["Afdeling", "4101", "Kardiologisk afd."],
      ["Hospital", "Hospital Nord"],
      ["Ramme 2027", 56_000_000],
      ["Frist", "15.09.2026"],
      ["Kontakt", "Økonomiafdelingen, budget@region.dk"],
    ]);
    expect(input.rows[7].map((c) => c?.value)).toEqual([
      "Nøgle", "Konto", "Tekst", "Budget 2026", "Regnskab 2026", "Budget 2027", "Profil", "Begrundelse", "Ændring, kr.", "Ændring, %",
      "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ]);
    const line = input.rows[8];
    expect(line.slice(0, 5).map((c) => c?.value)).toEqual(["1110 Løn", "1110 Løn", "Fast løn, læger og sygeplejersker", 48_215_300, 47_980_112]);
    expect(line.slice(5, 8).map((c) => [c?.value, c?.input?.kind])).toEqual([[null, "amount"], ["Løn med sommerferie", "list"], [null, "text"]]);
    expect(line[6]?.input?.list).toBe("'Profiler'!$A$2:$A$6");
    expect(line[10]).toMatchObject({
      formula: "IF(F9=\"\",\"\",_xldudf_BUDGET_PERIODIZE(F9,IFERROR(INDEX('Profiler'!$B$5:$M$6,MATCH(G9,'Profiler'!$A$5:$A$6,0),0),G9),2027,1))",
      spill: 12,
    });
    expect(input.rows[9][6]?.value).toBe("lige");
    expect(input.rows.slice(11, 14).map((r) => [r[0]?.value, r[1]?.input?.kind, r[2]?.input?.kind])).toEqual([["+1", "text", "text"], ["+2", "text", "text"], ["+3", "text", "text"]]);
    expect(input.rows[14].slice(0, 6).map((c) => c?.formula ?? c?.value)).toEqual(["I alt", null, null, "SUM(D9:D14)", "SUM(E9:E14)", "SUM(F9:F14)"]);
    expect(input.rows[14][3]?.result).toBe(52_358_250.5);
    // last year's figures have øre, so they are shown to the øre, their totals too
    expect([line[3]?.numberFormat, input.rows[14][3]?.numberFormat, line[5]?.input?.numberFormat]).toEqual(["#,##0.00", "#,##0.00", "#,##0"]);
    expect(input.alerts?.slice(0, 2)).toEqual([{ ref: "F15", formula: "F15>$F$16" }, { ref: "F17", formula: "F17<0" }]);
    expect(input.rows[15][5]).toMatchObject({ formula: "B4", result: 56_000_000 });
  });

  it("gives every input cell an input message within Excel's limits", () => {
    const rules = input.rows.flatMap((r) => r.flatMap((c) => (c?.input ? [c.input] : [])));
    expect(rules).toHaveLength(3 * 3 + 3 * 5);
    for (const rule of rules) {
      expect(rule.prompt.title.length).toBeLessThanOrEqual(32);
      expect(rule.prompt.text.length).toBeLessThanOrEqual(255);
      expect(rule.error.text.length).toBeLessThanOrEqual(225);
    }
    expect(input.rows[8][7]?.input?.prompt.text).toBe(
      "Kort begrundelse for ændringen fra sidste år. Kræves, når linjen ændres med mindst 500.000 kr. og 5 % fra sidste års budget.",
    );
  });

  it("puts finance's instructions first, and the profiles with the built-in ones", () => {
    expect(instructions.rows.slice(0, 3).map((r) => r[0]?.value)).toEqual(["Budget 2027: vejledning", "Budgettet lægges inden for rammen.", ""]);
    // a paragraph longer than a line gets the rows' height of its lines
    expect(instructions.heights?.slice(0, 5)).toEqual([undefined, undefined, undefined, 30, undefined]);
    expect(profiles.rows.map((r) => r[0]?.value)).toEqual(["Profil", "lige", "kalenderdage", "arbejdsdage", "Løn med sommerferie", "Medicin, vintertop"]);
  });

  it("reads its metadata back as written", () => {
    const read = readReturnMeta(readAsWritten(first.book));
    expect(read).toEqual({ meta: first.meta });
    expect(meta.rows[0].map((c) => c?.value)).toEqual(["BudgetAddinTemplate", 1]);
  });

  it("is built in English with English names", () => {
    const [english] = build(MASTER, { ...OPTIONS, language: "en" });
    expect(english.book.sheets.map((s) => s.name)).toEqual(["Budget 2027", "Instructions", "Profiles", "BudgetMeta"]);
    expect(english.book.sheets[0].rows[9][6]?.value).toBe("equal");
    expect(english.book.sheets[0].rows[7][4]?.value).toBe("Actual 2026");
  });
});

// --- returns ----------------------------------------------------------------------------------

type Edit = { sheet?: string; cell: string; value?: ReadCell["value"]; formula?: string; delete?: "row" };

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The book with cells changed as a department (or a tamperer) would. */
function edited(book: ReadBook, edits: readonly Edit[], defaultSheet = "Budget 2027"): ReadBook {
  const sheets = book.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : [])) }));
  for (const e of edits) {
    const sheet = sheets.find((s) => s.name === (e.sheet ?? defaultSheet));
    if (!sheet) throw new Error(`no sheet ${e.sheet}`);
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(e.cell) ?? [];
    const row = Number(digits) - 1;
    if (e.delete === "row") {
      sheet.rows.splice(row, 1);
      continue;
    }
    while (sheet.rows.length <= row) sheet.rows.push([]);
    sheet.rows[row][columnIndex(letters)] = { value: e.value ?? null, ...(e.formula ? { formula: e.formula } : {}) };
  }
  return { sheets };
}

const FILLED: Edit[] = [
  { cell: "F9", value: 51_000_000 },
  { cell: "H9", value: "Ny overenskomst" },
  { cell: "F10", value: 6_600_000 },
  { cell: "F11", value: -2_400_000 },
];

function check(built: ReturnType<typeof build>[number], edits: readonly Edit[], register = [built.entry], year = 2027): CheckedReturn {
  const book = edited(readAsWritten(built.book), edits);
  const read = readReturnMeta(book);
  if ("rejected" in read) return read.rejected;
  return checkReturn(book, read.meta, sha(checksumContent(read.meta)), { register, year });
}

const problems = (c: CheckedReturn) => c.findings.map((f) => [f.error.code, f.cell ?? null, f.error.describe("en"), f.error.describe("da")]);

describe("a returned book", () => {
  const built = build();
  const [b4101] = built;

  it("filled in as asked is accepted, its months computed from the inputs", () => {
    const c = check(b4101, FILLED);
    expect([c.status, problems(c)]).toEqual(["accepted", []]);
    expect(c.lines.map((l) => [l.key, l.annual, l.profile, l.justification])).toEqual([
      ["1110 Løn", 51_000_000, "Løn med sommerferie", "Ny overenskomst"],
      ["2210 Medicin", 6_600_000, "lige", ""],
      ["7110 Indtægter", -2_400_000, "lige", ""],
    ]);
    expect(c.lines[0].months).toEqual(periodize(51_000_000, MASTER.profiles?.[0].weights ?? [], { year: 2027, unit: 1 }));
    expect(c.lines[2].months).toEqual(Array(12).fill(-200_000));
  });

  it("with a line sorted elsewhere and a new line in a free row is accepted", () => {
    const moved: Edit[] = [
      ...FILLED.filter((e) => !e.cell.endsWith("9")),
      { cell: "A9", value: "2210 Medicin" }, { cell: "B9", value: "2210 Medicin" }, { cell: "C9", value: "Medicin og infusionsvæsker" }, { cell: "D9", value: 6_482_950.5 }, { cell: "E9", value: 6_710_004.25 }, { cell: "F9", value: 6_600_000 }, { cell: "G9", value: "lige" }, { cell: "H9", value: null },
      { cell: "A10", value: "1110 Løn" }, { cell: "B10", value: "1110 Løn" }, { cell: "C10", value: "Fast løn, læger og sygeplejersker" }, { cell: "D10", value: 48_215_300 }, { cell: "E10", value: 47_980_112 }, { cell: "F10", value: 51_000_000 }, { cell: "G10", value: "Løn med sommerferie" }, { cell: "H10", value: "Ny overenskomst" },
      { cell: "B12", value: "2290 Øvrig drift" }, { cell: "C12", value: "Kurser" }, { cell: "F12", value: 120_000 }, { cell: "G12", value: "equal" },
    ];
    const c = check(b4101, moved);
    expect([c.status, problems(c)]).toEqual(["accepted", []]);
    expect(c.lines.map((l) => [l.key, l.account, l.annual, l.lastBudget])).toEqual([
      ["2210 Medicin", "2210 Medicin", 6_600_000, 6_482_950.5],
      ["1110 Løn", "1110 Løn", 51_000_000, 48_215_300],
      ["7110 Indtægter", "7110 Indtægter", -2_400_000, -2_340_000],
      ["+1", "2290 Øvrig drift", 120_000, null],
    ]);
  });

  const p = (code: string, cell: string | null, en: string, da: string) => [code, cell, en, da];
  it.each<[string, Edit[], "rejected" | "remarks", unknown[][]]>([
    ["a Danish number stored as text", [...FILLED, { cell: "F10", value: "6.600.000,00" }], "rejected", [
      p("RETURN_INPUT_TEXT", "F10", 'the budget of line 2210 Medicin is text in Danish number format ("6.600.000,00"), not a number; type it as a number', 'budgettet for linje 2210 Medicin er tekst i dansk talformat ("6.600.000,00"), ikke et tal; skriv det som et tal'),
    ]],
    ["a formula where a value is expected", [...FILLED, { cell: "F10", value: 6_600_000, formula: "6600000*1" }], "rejected", [
      p("RETURN_INPUT_FORMULA", "F10", "a formula (=6600000*1) where a value is expected; type the value", "en formel (=6600000*1), hvor der skal stå en værdi; skriv værdien"),
    ]],
    ["a blank amount", FILLED.filter((e) => e.cell !== "F11"), "rejected", [
      p("RETURN_ANNUAL_MISSING", "F11", "line 7110 Indtægter has no budget amount; enter 0 if there is none", "linje 7110 Indtægter har intet budgetbeløb; skriv 0, hvis der ikke er noget"),
    ]],
    ["an unknown profile", [...FILLED, { cell: "G10", value: "sommer" }], "rejected", [
      p("RETURN_PROFILE_UNKNOWN", "G10", 'line 2210 Medicin: unknown profile "sommer"; pick one from the list', 'linje 2210 Medicin: ukendt profil "sommer"; vælg en på listen'),
    ]],
    ["a missing justification", FILLED.filter((e) => e.cell !== "H9"), "remarks", [
      p("RETURN_JUSTIFICATION_MISSING", "H9", "line 1110 Løn changes by 2,784,700 from last year and needs a justification", "linje 1110 Løn ændres med 2.784.700 fra sidste år og skal begrundes"),
    ]],
    ["the total over the frame", [...FILLED, { cell: "F9", value: 51_900_000 }], "remarks", [
      p("RETURN_OVER_FRAME", "F15", "the total 56,100,000 is 100,000 over the frame of 56,000,000", "summen 56.100.000 er 100.000 over rammen på 56.000.000"),
    ]],
    ["a locked text changed", [...FILLED, { cell: "C10", value: "Medicin" }], "rejected", [
      p("RETURN_LOCKED_CHANGED", "C10", 'a locked cell was changed from Medicin og infusionsvæsker to Medicin', 'en låst celle er ændret fra Medicin og infusionsvæsker til Medicin'),
    ]],
    ["last year's budget changed", [...FILLED, { cell: "D9", value: 50_000_000 }], "rejected", [
      p("RETURN_LOCKED_CHANGED", "D9", "a locked cell was changed from 48215300 to 50000000", "en låst celle er ændret fra 48215300 til 50000000"),
    ]],
    ["the frame changed", [...FILLED, { cell: "B4", value: 60_000_000 }], "rejected", [
      p("RETURN_LOCKED_CHANGED", "B4", "a locked cell was changed from 56000000 to 60000000", "en låst celle er ændret fra 56000000 til 60000000"),
    ]],
    ["a line deleted", [{ cell: "F9", value: 51_000_000 }, { cell: "H9", value: "x" }, { cell: "F10", value: 6_600_000 }, { cell: "A11", delete: "row" }], "rejected", [
      p("RETURN_LINE_DELETED", "A11", "line 7110 Indtægter (Salg af ydelser til andre regioner) has been deleted", "linje 7110 Indtægter (Salg af ydelser til andre regioner) er slettet"),
    ]],
    ["a line below the total", [...FILLED, { cell: "B19", value: "2290 Øvrig drift" }, { cell: "F19", value: 5 }], "rejected", [
      p("RETURN_EXTRA_LINE", "B19", "a line outside the template's lines and free rows; move it to a free row", "en linje uden for skabelonens linjer og frie rækker; flyt den til en fri række"),
    ]],
    ["a free row without an account", [...FILLED, { cell: "F12", value: 5 }, { cell: "G12", value: "lige" }, { cell: "C12", value: "Kurser" }], "rejected", [
      p("RETURN_FREE_ROW_INCOMPLETE", "B12", "new line +1 has no account", "den nye linje +1 mangler konto"),
    ]],
    ["a library profile's weights changed", [...FILLED, { sheet: "Profiler", cell: "B5", value: 20 }], "rejected", [
      p("RETURN_LOCKED_CHANGED", "B5", "a locked cell was changed from 8.6 to 20", "en låst celle er ændret fra 8,6 til 20"),
    ]],
    ["the metadata edited", [...FILLED, { sheet: "BudgetMeta", cell: "B15", value: 99_000_000 }], "rejected", [
      p("RETURN_TAMPERED", null, "the locked content (lines, budget and actual figures, frame or profiles) is not what was sent: the checksum does not match; send the department the template again", "det låste indhold (linjer, budget- og regnskabstal, ramme eller profiler) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen skabelonen igen"),
    ]],
    ["the metadata broken", [...FILLED, { sheet: "BudgetMeta", cell: "A3", value: "?" }], "rejected", [
      p("RETURN_META_DAMAGED", "A3", "the template's hidden metadata has been changed; send the department a new template", "skabelonens skjulte data er ændret; send afdelingen en ny skabelon"),
    ]],
    ["a later format", [...FILLED, { sheet: "BudgetMeta", cell: "B1", value: 2 }], "rejected", [
      p("RETURN_FORMAT_UNKNOWN", "B1", "the template is of format 2, made by a newer version of the add-in; update the add-in", "skabelonen har format 2 fra en nyere udgave af tilføjelsesprogrammet; opdatér tilføjelsesprogrammet"),
    ]],
    ["no metadata at all", [...FILLED, { sheet: "BudgetMeta", cell: "A1", value: "x" }], "rejected", [
      p("RETURN_NOT_OURS", null, "the file is not a budget template of this add-in (it has no template metadata)", "filen er ikke en budgetskabelon fra dette tilføjelsesprogram (den har ingen skabelondata)"),
    ]],
  ])("with %s", (_name, edits, status, expected) => {
    const c = check(b4101, edits);
    expect([c.status, problems(c)]).toEqual([status, expected]);
    if (status === "rejected") expect(c.lines).toEqual([]);
  });

  it.each([
    ["exactly the rate", 12_640_000, 13_524_800, 0.07, true],
    ["just under the rate", 12_640_000, 13_524_799.99, 0.07, false],
    ["exactly 10 % of a budget with øre", 6_482_950.5, 7_131_245.55, 0.1, true],
    ["exactly 7 % of 100", 100, 107, 0.07, true],
  ])("asks for a justification of a change by %s", (_name, last, annual, rate, needed) => {
    const [one] = build({ ...MASTER, lines: [{ ...MASTER.lines[0], lastBudget: last }] }, { ...OPTIONS, unit: 0.01, justifyFrom: { amount: 0, rate } });
    const c = check(one, [{ cell: "F9", value: annual }]);
    expect(c.findings.filter((f) => f.error.code === "RETURN_JUSTIFICATION_MISSING").length).toBe(needed ? 1 : 0);
  });

  it("of another year, an older version or a template not in the register is rejected", () => {
    const again = build(MASTER, OPTIONS, built.map((b) => b.entry), sequentialIds("again"));
    const register = [...built.map((b) => b.entry), ...again.map((b) => b.entry)];
    expect(problems(check(b4101, FILLED, register))).toEqual([
      p("RETURN_OLDER_VERSION", null, "the file is version 1 of the template; version 2 has been sent since", "filen er version 1 af skabelonen; version 2 er sendt siden"),
    ]);
    expect(check(again[0], FILLED, register).status).toBe("accepted");
    expect(problems(check(b4101, FILLED, [built[1].entry]))).toEqual([
      p("RETURN_UNKNOWN_TEMPLATE", null, "the template of department 4101 is not in the register of templates sent", "skabelonen for afdeling 4101 findes ikke i registret over udsendte skabeloner"),
    ]);
    expect(problems(check(b4101, FILLED, [b4101.entry], 2028))).toEqual([
      p("RETURN_YEAR_OTHER", null, "the template is for budget year 2027, not 2028", "skabelonen er til budgetår 2027, ikke 2028"),
    ]);
  });

  it("whose metadata was rewritten with a new checksum still fails against the register", () => {
    const forged = { ...b4101.meta, frame: 99_000_000 };
    const forgedMeta = { ...forged, checksum: sha(checksumContent(forged)) };
    const forgedBook = templateBook(forgedMeta, "");
    const book = edited(readAsWritten(forgedBook), FILLED);
    const read = readReturnMeta(book);
    if ("rejected" in read) throw new Error("not read");
    expect(checkReturn(book, read.meta, sha(checksumContent(read.meta)), { register: [b4101.entry], year: 2027 }).findings.map((f) => f.error.code)).toEqual(["RETURN_TAMPERED"]);
  });
});

describe("the consolidation", () => {
  const line = (department: string, parent: string, annual: number, months: number[]): ConsolidatedLine => ({
    department, departmentName: department, parent, key: "k", account: "a", text: "t", lastBudget: annual, lastActual: null, annual, profile: "lige", justification: "", months,
  });

  it("adds every month and the year exactly at each level, and says how far each department is over its frame", () => {
    const lines = [
      line("4101", "Nord", 100.1, periodize(100.1, "equal", { unit: 0.01, year: 2027 })),
      line("4101", "Nord", 0.2, periodize(0.2, "equal", { unit: 0.01, year: 2027 })),
      line("4102", "Nord", -50.05, periodize(-50.05, "equal", { unit: 0.01, year: 2027 })),
      line("4201", "Syd", 7, periodize(7, "equal", { unit: 0.01, year: 2027 })),
    ];
    const t = consolidationTotals(lines, 0.01, new Map([["4101", 100], ["4102", 0]]));
    expect(t.departments.map((d) => [d.department, d.annual, d.lines, d.frame, d.overFrame])).toEqual([
      ["4101", 100.3, 2, 100, 0.3],
      ["4102", -50.05, 1, 0, -50.05],
      ["4201", 7, 1, null, null],
    ]);
    expect(t.hospitals.map((h) => [h.parent, h.annual, h.departments])).toEqual([["Nord", 50.25, 2], ["Syd", 7, 1]]);
    expect(t.region.annual).toBe(57.25);
    expect(t.region.months.reduce((a, b) => Math.round((a + b) * 100) / 100, 0)).toBe(57.25);
  });

  it("adds last year's budgets to the øre even when next year's months are in whole kroner", () => {
    const lines = [
      { ...line("4101", "Nord", 6_600_000, periodize(6_600_000, "equal", { unit: 1, year: 2027 })), lastBudget: 6_482_950.5 },
      { ...line("4101", "Nord", 1_000, periodize(1_000, "equal", { unit: 1, year: 2027 })), lastBudget: 0.25 },
    ];
    const t = consolidationTotals(lines, 1);
    expect([t.departments[0].lastBudget, t.hospitals[0].lastBudget, t.region.lastBudget, t.region.annual]).toEqual([6_482_950.75, 6_482_950.75, 6_482_950.75, 6_601_000]);
  });

  it("has levels that add up to the øre for any lines (property)", () => {
    const cents = fc.integer({ min: -1e11, max: 1e11 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), cents), { minLength: 1, maxLength: 30 }), (rows) => {
        const lines = rows.map(([d, c]) => line(`D${d}`, d < 2 ? "Nord" : "Syd", c / 100, periodize(c / 100, "days", { unit: 0.01, year: 2028 })));
        const t = consolidationTotals(lines, 0.01);
        const cent = (x: number) => Math.round(x * 100);
        const total = rows.reduce((s, [, c]) => s + c, 0);
        expect(cent(t.region.annual)).toBe(total);
        expect(t.region.months.reduce((s, m) => s + cent(m), 0)).toBe(total);
        for (const h of t.hospitals) {
          const ds = t.departments.filter((d) => d.parent === h.parent);
          expect(cent(h.annual)).toBe(ds.reduce((s, d) => s + cent(d.annual), 0));
          h.months.forEach((m, i) => expect(cent(m)).toBe(ds.reduce((s, d) => s + cent(d.months[i]), 0)));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the status of a department", () => {
  it.each([
    ["2026-09-15", new Date(2026, 8, 1, 23, 30), 14],
    ["2026-09-15", new Date(2026, 8, 15, 8, 0), 0],
    ["2026-09-15", new Date(2026, 8, 16, 0, 5), -1],
    ["2027-03-30", new Date(2027, 2, 27, 12, 0), 3],
    [null, new Date(2026, 8, 1), null],
  ] as const)("counts the days to %s", (deadline, today, days) => {
    expect(daysToDeadline(deadline, today)).toBe(days);
  });

  it("counts a return's problems by weight", () => {
    expect(problemCounts([{ severity: "reject" }, { severity: "remark" }, { severity: "remark" }, { severity: "note" }])).toEqual({ rejects: 1, remarks: 2, notes: 1 });
  });
});
