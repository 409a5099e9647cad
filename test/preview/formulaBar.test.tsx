// The preview as Danish Excel: the formula bar shows and reads Danish function names, ";" between
// arguments and "," as the decimal mark, the BUDGET functions' messages are Danish, and the
// workbook keeps every formula in English, so the add-in's formula writes (English, commas) work.

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { readFromFormulaBar, shownInFormulaBar } from "../../addin/preview/formulaText";
import { Grid } from "../../addin/preview/Grid";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";

describe("a formula in the Danish formula bar", () => {
  it.each([
    ['=BUDGET.PERIODIZE(D2,"arbejdsdage",2026)', '=BUDGET.PERIODISER(D2;"arbejdsdage";2026)'],
    ["=SUM(1.5,2)", "=SUM(1,5;2)"],
    ['=IF(A1>0.5,"a,b; 1.5",\'Sheet, 1.5\'!B1)', '=HVIS(A1>0,5;"a,b; 1.5";\'Sheet, 1.5\'!B1)'],
    ['=BUDGET.PROFILE("løn",2026,{0,0.04;1,2})', '=BUDGET.PROFIL("løn";2026;{0.0,04;1.2})'],
    ['=XLOOKUP("x",Profiler!A2:A3,Profiler!$B$2:$M$3)', '=XOPSLAG("x";Profiler!A2:A3;Profiler!$B$2:$M$3)'],
    ["=SUM((A1,B2))*.5", "=SUM((A1;B2))*,5"],
    ["1.25", "1,25"],
    ["Løn 1.5", "Løn 1.5"],
  ])("%s shows as %s and reads back", (english, danish) => {
    expect(shownInFormulaBar(english, "da")).toBe(danish);
    expect(readFromFormulaBar(danish, "da")).toBe(english);
  });

  it.each([
    ['=budget.periodiser(1200;"lige";2026)', '=BUDGET.PERIODIZE(1200,"lige",2026)'],
    ["=sum(a1:b2;0,5)", "=SUM(a1:b2,0.5)"],
    ["-3,75", "-3.75"],
  ])("typed %s is kept as %s", (typed, english) => {
    expect(readFromFormulaBar(typed, "da")).toBe(english);
  });

  it("changes nothing in English", () => {
    const formula = '=BUDGET.PERIODIZE(1.5,"equal",2026)';
    expect(shownInFormulaBar(formula, "en")).toBe(formula);
    expect(readFromFormulaBar(formula, "en")).toBe(formula);
  });
});

function danishBook() {
  const book = new PreviewWorkbook(createEngine({ Budget: [[null]] }, "enGB", "da"));
  return { book, gateway: new PreviewGateway(book) };
}

const formulaBar = (html: string) => {
  const match = /<input[^>]*data-testid="formula-bar"[^>]*value="([^"]*)"/.exec(html);
  if (!match) throw new Error("no formula bar");
  return match[1].replace(/&quot;/g, '"');
};

describe("the Danish preview workbook", () => {
  it.each([
    { typed: '=BUDGET.PERIODISER(1200;"lige";2026)', values: Array(12).fill(100) },
    { typed: "=SUM(1,5;2)", values: [3.5] },
    { typed: "=BUDGET.PERIODISER(1000,5;{1.1.1.1.1.1.1.1.1.1.1.1};2026;0,01)", values: [...Array(6).fill(83.38), ...Array(6).fill(83.37)] },
  ])("computes $typed as typed in the formula bar", ({ typed, values }) => {
    const { book } = danishBook();
    book.type("Budget", { row: 0, column: 0 }, readFromFormulaBar(typed, "da"));
    expect(Array.from({ length: values.length }, (_, column) => book.value("Budget", { row: 0, column }))).toEqual(values);
    // the formula bar shows it again as typed
    book.select({ sheet: "Budget", anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
    expect(formulaBar(renderToStaticMarkup(<Grid book={book} locale="da-DK" language="da" />))).toBe(typed);
  });

  it("gives the BUDGET functions' messages in Danish, in English in an English preview", () => {
    const { book } = danishBook();
    book.type("Budget", { row: 0, column: 0 }, readFromFormulaBar('=BUDGET.PERIODISER(1000;"sæson")', "da"));
    const danish = renderToStaticMarkup(<Grid book={book} locale="da-DK" language="da" />);
    expect(danish).toContain('title="ukendt profil &quot;sæson&quot;; brug lige, kalenderdage, arbejdsdage eller et område med 12 vægte"');

    const english = new PreviewWorkbook(createEngine({ Budget: [['=BUDGET.PERIODIZE(1000,"sæson")']] }));
    expect(renderToStaticMarkup(<Grid book={english} locale="en-GB" />)).toContain(
      'title="unknown profile &quot;sæson&quot;; use equal, days, workdays or a range of 12 weights"',
    );
  });

  it("takes the add-in's English formula written through the gateway and shows it in Danish", async () => {
    const { book, gateway } = danishBook();
    await gateway.writeRange("Budget!A1", [[1200, { formula: '=BUDGET.PERIODIZE(A1,"equal",2026,0.01)' }]]);
    expect(Array.from({ length: 12 }, (_, i) => book.value("Budget", { row: 0, column: i + 1 }))).toEqual(Array(12).fill(100));
    // read back as the add-in reads it: English, commas
    expect((await gateway.snapshot("Budget!B1"))?.cells).toEqual([[{ formula: '=BUDGET.PERIODIZE(A1,"equal",2026,0.01)' }]]);
    book.select({ sheet: "Budget", anchor: { row: 0, column: 1 }, focus: { row: 0, column: 1 } });
    expect(formulaBar(renderToStaticMarkup(<Grid book={book} locale="da-DK" language="da" />))).toBe('=BUDGET.PERIODISER(A1;"equal";2026;0,01)');
  });
});
