// Follow-up templates in the core: the follow-up lines read into templates, the template's sheets
// (the lines, the action plan, the instructions), its metadata read back as written, the kind told
// first, and the checks that need the register (year, month, version per month, checksum). The
// .xlsx round trip and the bad returns are test/templates/followup*.

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BudgetError } from "../../core";
import {
  checkFollowUpReturn,
  followUpBook,
  followUpChecksumContent,
  followUpRegisterEntry,
  FOLLOWUP_WORDS,
  planFollowUpTemplates,
  readFollowUpReturnMeta,
  returnKind,
  type FollowUpMeta,
  type FollowUpTemplateInput,
  type FollowUpTemplateOptions,
} from "../../core/followupTemplates";
import { checksumContent, planTemplates, registerEntry, templateBook, type ReadBook, type RegisterEntry, type TemplateMeta } from "../../core/templates";
import { FOLLOWUP_MASTER, FOLLOWUP_NOW, FOLLOWUP_OPTIONS } from "../fixtures/followupMaster";
import { MASTER, NOW, OPTIONS, readAsWritten, sequentialIds } from "../fixtures/templateMaster";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

function build(input: FollowUpTemplateInput = FOLLOWUP_MASTER, options: FollowUpTemplateOptions = FOLLOWUP_OPTIONS, earlier: RegisterEntry[] = [], ids = sequentialIds("f")) {
  return planFollowUpTemplates(input, options, earlier, FOLLOWUP_NOW, ids).map((p) => {
    const meta: FollowUpMeta = { ...p.content, checksum: sha(followUpChecksumContent(p.content)) };
    return { meta, fileName: p.fileName, book: followUpBook(meta, p.instructions, p.explanations), entry: followUpRegisterEntry(meta, p.fileName) };
  });
}

const messages = (error: unknown) => {
  if (!(error instanceof BudgetError)) throw error;
  return [error.code, error.describe("en"), error.describe("da")];
};

describe("the follow-up lines read into templates", () => {
  const built = build();

  it("makes one template per department with its lines, its measures and the next version of its month", () => {
    expect(built.map((b) => [b.fileName, b.meta.version, b.meta.month, b.meta.lines.length, b.meta.actions.map((a) => a.id)])).toEqual([
      ["2027-05 4101 Kardiologisk afd.xlsx", 1, 5, 4, []],
      ["2027-05 4102 Ortopædkirurgisk afd.xlsx", 1, 5, 4, ["4102-2027-04-1"]],
      ["2027-05 4201 Akutmodtagelsen.xlsx", 1, 5, 4, ["4201-2027-04-1"]],
    ]);
    const entries = built.map((b) => b.entry);
    expect(build(FOLLOWUP_MASTER, FOLLOWUP_OPTIONS, entries).map((b) => b.meta.version)).toEqual([2, 2, 2]);
    // a version counts per month, and a budget template's versions are apart from a follow-up's
    expect(build(FOLLOWUP_MASTER, { ...FOLLOWUP_OPTIONS, month: 6 }, entries).map((b) => b.meta.version)).toEqual([1, 1, 1]);
    const budget = planTemplates(MASTER, OPTIONS, entries, NOW, sequentialIds()).map((p) => p.content.version);
    expect(budget).toEqual([1, 1, 1]);
  });

  const line0 = FOLLOWUP_MASTER.lines[0];
  const action0 = FOLLOWUP_MASTER.actions?.[0];
  it.each<[string, Partial<FollowUpTemplateInput>, Partial<FollowUpTemplateOptions>, string, string, string]>([
    ["no lines", { lines: [] }, {}, "TEMPLATE_NO_LINES", "the lines table has no lines; select the table with its header row and at least one line", "linjetabellen har ingen linjer; markér tabellen med overskriftsrækken og mindst én linje"],
    ["a blank key", { lines: [{ ...line0, key: " " }] }, {}, "FOLLOWUP_TEMPLATE_LINE_BLANK", "follow-up line 1: the line key is blank", "opfølgningslinje 1: linjens nøgle er tom"],
    ["a projection as text", { lines: [{ ...line0, projection: "48.360.000" as never }] }, {}, "FOLLOWUP_TEMPLATE_LINE_NUMBER", 'follow-up line 1: the projection must be a number; got "48.360.000"', 'opfølgningslinje 1: fremskrivningen skal være et tal; fik "48.360.000"'],
    ["a band upside down", { lines: [{ ...line0, band: { low: 2, high: 1 } }] }, {}, "FOLLOWUP_TEMPLATE_BAND", "follow-up line 1: the band's low end is above its high end", "opfølgningslinje 1: intervallets nedre grænse er over den øvre"],
    ["an unknown method", { lines: [{ ...line0, method: "gæt" as never }] }, {}, "FOLLOWUP_TEMPLATE_LINE_METHOD", 'follow-up line 1: unknown method "gæt"', 'opfølgningslinje 1: ukendt metode "gæt"'],
    ["a key twice", { lines: [line0, line0] }, {}, "FOLLOWUP_TEMPLATE_KEY_TWICE", "department 4101 has the line 1110 Løn twice", "afdeling 4101 har linjen 1110 Løn to gange"],
    ["two names", { lines: [line0, { ...line0, key: "x", departmentName: "Kardiologi" }] }, {}, "TEMPLATE_DEPARTMENT_NAMES", 'department 4101 is named both "Kardiologisk afd." and "Kardiologi"; give it the same name on all its lines', 'afdeling 4101 hedder både "Kardiologisk afd." og "Kardiologi"; brug samme navn på alle afdelingens linjer'],
    ["a measure on a line the department lacks", { actions: [{ ...action0!, key: "9999 Andet" }] }, {}, "FOLLOWUP_TEMPLATE_ACTION_KEY", "the measure 4102-2027-04-1 is on the line 9999 Andet, which department 4102 does not have", "tiltaget 4102-2027-04-1 er på linjen 9999 Andet, som afdeling 4102 ikke har"],
    ["a measure twice", { actions: [action0!, action0!] }, {}, "FOLLOWUP_TEMPLATE_ACTION_TWICE", "the measure 4102-2027-04-1 is in the action plans twice", "tiltaget 4102-2027-04-1 står to gange i handleplanerne"],
    ["a measure starting in month 13", { actions: [{ ...action0!, startMonth: 13 }] }, {}, "FOLLOWUP_TEMPLATE_ACTION_FIELD", "the measure 4102-2027-04-1: the start month 13 is not valid", "tiltaget 4102-2027-04-1: startmåned 13 er ikke gyldig"],
    ["month 12", {}, { month: 12 }, "FOLLOWUP_TEMPLATE_MONTH", "the follow-up month must be a whole number from 1 to 11; got 12", "opfølgningsmåneden skal være et helt tal fra 1 til 11; fik 12"],
    ["80 action rows", {}, { actionRows: 80 }, "FOLLOWUP_TEMPLATE_ACTION_ROWS", "the action plan's empty rows must be a whole number from 0 to 50; got 80", "handleplanens tomme rækker skal være et helt tal fra 0 til 50; fik 80"],
    ["a negative materiality rate", {}, { materialRate: -0.1 }, "FOLLOWUP_TEMPLATE_MATERIAL", "the materiality rate must be 0 or more; got -0.1", "væsentlighedsprocenten skal være 0 eller mere; fik -0,1"],
    ["a deadline that is no date", {}, { deadline: "2027-06-31" }, "TEMPLATE_DEADLINE", 'the deadline "2027-06-31" is not a date (YYYY-MM-DD)', 'fristen "2027-06-31" er ikke en dato (ÅÅÅÅ-MM-DD)'],
  ])("refuses %s", (_name, input, options, code, en, da) => {
    let thrown: unknown = null;
    try {
      build({ ...FOLLOWUP_MASTER, ...input }, { ...FOLLOWUP_OPTIONS, ...options });
    } catch (error) {
      thrown = error;
    }
    expect(messages(thrown)).toEqual([code, en, da]);
  });
});

describe("the follow-up template's sheets", () => {
  const [, b4102] = build();
  const [input, plan, instructions, meta] = b4102.book.sheets;
  const values = (rows: typeof input.rows) => rows.map((r) => r.map((c) => c?.formula ?? c?.value ?? null));

  it("has the lines first, then the action plan and the instructions, and a very hidden metadata sheet", () => {
    expect(b4102.book.sheets.map((s) => [s.name, s.state, s.protect])).toEqual([
      ["Opfølgning maj 2027", "visible", true],
      ["Handleplan", "visible", true],
      ["Vejledning", "visible", true],
      ["BudgetMeta", "veryHidden", true],
    ]);
  });

  it("names the input sheet by its month within Excel's 31 characters in either language", () => {
    for (const language of ["da", "en"] as const) {
      const names = Array.from({ length: 12 }, (_, m) => FOLLOWUP_WORDS[language].inputSheet(m + 1, 2027));
      expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(31);
    }
    expect(build(FOLLOWUP_MASTER, { ...FOLLOWUP_OPTIONS, language: "en" })[0].book.sheets.map((s) => s.name)).toEqual(["Follow-up May 2027", "Action plan", "Instructions", "BudgetMeta"]);
  });

  it("writes the header, each line locked with the year-end prefilled with the projection as an input, and the total", () => {
    expect(values(input.rows.slice(0, 6))).toEqual([
      ["Opfølgning maj 2027: 4102 Ortopædkirurgisk afd."],
      ["Afdeling", "4102", "Ortopædkirurgisk afd."],
      ["Hospital", "Hospital Nord"],
      ["Opgjort pr.", "udgangen af maj 2027"],
      ["Frist", "10.06.2027"],
      ["Kontakt", "Økonomiafdelingen, opfolgning@region.dk"],
    ]);
    expect(values(input.rows.slice(7, 9))).toEqual([
      ["Nøgle", "Tekst", "Forbrug til dato", "Budget til dato", "Budget 2027", "Fremskrivning", "Interval, lav", "Interval, høj", "Forventet afvigelse", "Væsentlig", "Metode", "Jeres forventede årsresultat", "Forklaring"],
      ["1110 Løn", "Fast løn", 20_800_000, 20_208_333, 48_500_000, 49_900_000, null, null, 1_400_000, "Ja", "løbende gns.", 49_900_000, null],
    ]);
    expect(input.rows[8].map((c) => c?.input?.kind ?? null)).toEqual([null, null, null, null, null, null, null, null, null, null, null, "amount", "text"]);
    expect(input.rows[8][11]?.input?.prompt.text).toBe("Jeres eget skøn over linjens forbrug for hele 2027 i kr. Udfyldt med fremskrivningen: er I enige, så lad det stå.");
    expect(values([input.rows[12]])).toEqual([["I alt", null, "SUM(C9:C12)", "SUM(D9:D12)", "SUM(E9:E12)", "SUM(F9:F12)", null, null, "SUM(I9:I12)", null, null, "SUM(L9:L12)"]]);
    expect(input.rows[12].map((c) => c?.result ?? null)).toEqual([null, null, 26_900_000, 25_891_667, 62_140_000, 64_150_000, null, null, 2_010_000, null, null, 64_150_000]);
    expect(input.alerts).toEqual([
      { ref: "M9:M12", formula: 'AND(TRIM(M9)="",$J9="Ja")' },
      { ref: "M9:M12", formula: 'AND(TRIM(M9)="",ISNUMBER($G9),ISNUMBER($L9),OR($L9<$G9,$L9>$H9))' },
    ]);
  });

  it("writes the action plan: the measure sent with its id locked, empty rows, the lists' choices beside", () => {
    expect(values(plan.rows.slice(2, 5))).toEqual([
      ["Tiltag-id", "Tiltag", "Linje", "Ansvarlig", "Besluttet", "Startmåned", "Effekt, kr. pr. måned (besparelse positiv)", null, "Linjer", "Besluttet"],
      ["4102-2027-04-1", "Færre vikartimer i weekenden", "1110 Løn", "Afdelingssygeplejerske Jensen", "Ja", 4, 50_000, null, "Hele afdelingen", "Ja"],
      [null, null, null, null, null, null, null, null, "1110 Løn", "Nej"],
    ]);
    expect(plan.rows.length).toBe(3 + 1 + 5);
    expect(plan.rows[3].slice(0, 7).map((c) => c?.input?.kind ?? null)).toEqual([null, "text", "list", "text", "list", "whole", "amount"]);
    expect([plan.rows[4][2]?.input?.list, plan.rows[4][4]?.input?.list, plan.rows[4][5]?.input?.min, plan.rows[4][5]?.input?.max]).toEqual(["'Handleplan'!$I$4:$I$8", "'Handleplan'!$J$4:$J$5", 1, 12]);
    expect(plan.rows[3][6]?.input?.prompt.text).toBe("Effekten i kr. pr. måned fra startmåneden til december. En besparelse er positiv, en merudgift negativ.");
  });

  it("gives every input cell an input message within Excel's limits", () => {
    const rules = [input, plan].flatMap((s) => s.rows.flatMap((r) => r.flatMap((c) => (c?.input ? [c.input] : []))));
    expect(rules).toHaveLength(4 * 2 + 6 * 6);
    for (const rule of rules) {
      expect(rule.prompt.title.length).toBeLessThanOrEqual(32);
      expect(rule.prompt.text.length).toBeLessThanOrEqual(255);
      expect(rule.error.text.length).toBeLessThanOrEqual(225);
    }
  });

  it("puts finance's instructions first", () => {
    expect(instructions.rows.slice(0, 3).map((r) => r[0]?.value)).toEqual(["Opfølgning maj 2027: vejledning", "Opfølgningen indgår i kvartalsrapporten.", ""]);
  });

  it("reads its metadata back as written, and is told a follow-up by its kind", () => {
    const book = readAsWritten(b4102.book);
    expect(readFollowUpReturnMeta(book)).toEqual({ meta: b4102.meta });
    expect(meta.rows.slice(0, 3).map((r) => r.map((c) => c?.value))).toEqual([["BudgetAddinTemplate", 1], ["id", "f-2"], ["kind", "followup"]]);
    expect(returnKind(book)).toBe("followup");
    const [budget] = planTemplates(MASTER, OPTIONS, [], NOW, sequentialIds()).map((p) => templateBook({ ...p.content, checksum: "" } as TemplateMeta, ""));
    expect(returnKind(readAsWritten(budget))).toBe("budget");
    expect(returnKind({ sheets: [] })).toBe("budget");
  });
});

describe("a returned follow-up against the register", () => {
  const built = build();
  const [b4101] = built;
  const check = (b: (typeof built)[number], register: RegisterEntry[], year = 2027, month?: number, book: ReadBook = readAsWritten(b.book)) => {
    const read = readFollowUpReturnMeta(book);
    if ("rejected" in read) return read.rejected;
    return checkFollowUpReturn(book, read.meta, sha(followUpChecksumContent(read.meta)), { register, year, ...(month === undefined ? {} : { month }) });
  };
  const problems = (c: ReturnType<typeof check>) => c.findings.map((f) => [f.error.code, f.error.describe("en"), f.error.describe("da")]);

  it("as sent is accepted", () => {
    expect([check(b4101, [b4101.entry]).status, problems(check(b4101, [b4101.entry]))]).toEqual(["accepted", []]);
  });

  it("of another month, an older version of its month or another year is rejected", () => {
    expect(problems(check(b4101, [b4101.entry], 2027, 6))).toEqual([
      ["FOLLOWUP_MONTH_OTHER", "the follow-up is as at month 5, not month 6", "opfølgningen er opgjort pr. måned 5, ikke måned 6"],
    ]);
    const again = build(FOLLOWUP_MASTER, FOLLOWUP_OPTIONS, [b4101.entry], sequentialIds("again"));
    expect(problems(check(b4101, [b4101.entry, again[0].entry]))).toEqual([
      ["RETURN_OLDER_VERSION", "the file is version 1 of the template; version 2 has been sent since", "filen er version 1 af skabelonen; version 2 er sendt siden"],
    ]);
    // June's template of the department does not make May's an older version
    const june = build(FOLLOWUP_MASTER, { ...FOLLOWUP_OPTIONS, month: 6 }, [b4101.entry], sequentialIds("june"));
    expect(check(b4101, [b4101.entry, june[0].entry]).status).toBe("accepted");
    expect(problems(check(b4101, [b4101.entry], 2028))).toEqual([["RETURN_YEAR_OTHER", "the template is for budget year 2027, not 2028", "skabelonen er til budgetår 2027, ikke 2028"]]);
  });

  it("whose metadata was rewritten with a new checksum still fails against the register", () => {
    const forged = { ...b4101.meta, lines: b4101.meta.lines.map((l, i) => (i === 0 ? { ...l, projection: 40_000_000 } : l)) };
    const forgedMeta = { ...forged, checksum: sha(followUpChecksumContent(forged)) };
    expect(problems(check(b4101, [b4101.entry], 2027, undefined, readAsWritten(followUpBook(forgedMeta, ""))))).toEqual([
      [
        "FOLLOWUP_RETURN_TAMPERED",
        "the locked content (lines, figures to date, projections, bands or the measures sent) is not what was sent: the checksum does not match; send the department the follow-up again",
        "det låste indhold (linjer, tal til dato, fremskrivninger, intervaller eller de udsendte tiltag) er ikke det udsendte: kontrolsummen passer ikke; send afdelingen opfølgningen igen",
      ],
    ]);
  });

  it("of a budget template's id is not in the register of follow-ups", () => {
    const [budget] = planTemplates(MASTER, OPTIONS, [], NOW, () => b4101.meta.id).map((p) => registerEntry({ ...p.content, checksum: sha(checksumContent(p.content)) }, "x.xlsx"));
    expect(problems(check(b4101, [budget]))[0][0]).toBe("RETURN_UNKNOWN_TEMPLATE");
  });
});
