// The preview grid as rendered (react-dom/server, no browser): highlighted rows carry their fill and
// data-highlight, formatted numbers show as Excel shows "#,##0" and "0.0%" (Danish Excel puts no
// space before "%"), bold cells are bold, only the rows in view are drawn,
// and an added sheet has its tab.

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { Grid } from "../../addin/preview/Grid";
import { ROW_HEIGHT } from "../../addin/preview/gridView";
import { PreviewGateway, PreviewWorkbook } from "../../addin/preview/previewGateway";

function setup() {
  const book = new PreviewWorkbook(
    createEngine({
      Prognose: [
        ["Konto", "Prognose", "Afvigelse", "Flag"],
        ["Løn", 1_234_567.5, 0.1234, "Ja"],
        ["Drift", -20_000.4, -0.0149, "Nej"],
      ],
    }),
  );
  return { book, gateway: new PreviewGateway(book) };
}

/** The <td> of a cell, as rendered. */
function td(html: string, cell: string): string {
  const match = new RegExp(`<td[^>]*data-cell="${cell}"[^>]*>[^<]*</td>`).exec(html);
  if (!match) throw new Error(`no cell ${cell}`);
  return match[0];
}

const text = (html: string, cell: string) => td(html, cell).replace(/<[^>]*>/g, "");

describe("Grid", () => {
  it("fills the flagged rows and marks them data-highlight, following the flag cell", async () => {
    const { book, gateway } = setup();
    await gateway.highlight({ range: "Prognose!A2:D3", flagColumn: 3, equals: "Ja", fill: "#FFC7CE" });
    let html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    for (const cell of ["A2", "B2", "C2", "D2"]) {
      expect(td(html, cell)).toContain('style="background-color:#FFC7CE"');
      expect(td(html, cell)).toContain('data-highlight="true"');
    }
    for (const cell of ["A1", "A3", "D3", "E2"]) expect(td(html, cell)).not.toContain("data-highlight");

    book.type("Prognose", { row: 1, column: 3 }, "Nej");
    book.type("Prognose", { row: 2, column: 3 }, "ja");
    html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    expect(td(html, "B2")).not.toContain("data-highlight");
    expect(td(html, "B3")).toContain('data-highlight="true"');
  });

  it.each([
    { locale: "en-GB", amounts: ["1,234,568", "-20,000"], rates: ["12.3%", "-1.5%"] },
    { locale: "da-DK", amounts: ["1.234.568", "-20.000"], rates: ["12,3%", "-1,5%"] },
  ])("shows #,##0 and 0.0% in $locale, and bold", async ({ locale, amounts, rates }) => {
    const { book, gateway } = setup();
    const before = renderToStaticMarkup(<Grid book={book} locale={locale} />);
    expect(text(before, "C2")).toBe(locale === "en-GB" ? "0.1234" : "0,1234");
    await gateway.formatRange("Prognose!B2:B3", { numberFormat: "#,##0" });
    await gateway.formatRange("Prognose!C2:C3", { numberFormat: "0.0%" });
    await gateway.formatRange("Prognose!A1:D1", { bold: true });
    const html = renderToStaticMarkup(<Grid book={book} locale={locale} />);
    expect([text(html, "B2"), text(html, "B3")]).toEqual(amounts);
    expect([text(html, "C2"), text(html, "C3")]).toEqual(rates);
    expect(td(html, "B2")).toContain('data-value="1234567.5"');
    expect(td(html, "A1")).toContain('style="font-weight:bold"');
    expect(td(html, "A2")).not.toContain("font-weight");
  });

  it("shows an error's message on hover only for #VALUE! and #N/A, as Excel does", async () => {
    const { book, gateway } = setup();
    await gateway.writeRange("Prognose!G4", [new Array(12).fill(100)]); // a budget, nothing booked
    await gateway.writeRange("Prognose!F1", [
      [{ formula: '=BUDGET.PERIODIZE("abc", "equal")' }],
      [{ formula: '=BUDGET.FORECAST(G3:R3, G4:R4, "runrate")' }],
      [{ formula: "=1/0" }],
      [{ formula: "=SQRT(-1)" }],
    ]);
    book.select({ sheet: "Prognose", anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
    const html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    expect(td(html, "F1")).toContain('title="annual amount is text (&quot;abc&quot;); a number is needed"');
    expect(td(html, "F1")).toContain('data-value="#VALUE!"');
    expect(td(html, "F2")).toContain('data-value="#N/A"');
    expect(td(html, "F2")).toContain("title=");
    // the engine's own errors carry a text of their own; Excel shows none
    for (const cell of ["F3", "F4"]) {
      expect(td(html, cell)).not.toContain("title=");
      expect(td(html, cell)).toContain('class="error"');
    }
  });

  it("shows a tab for a sheet the gateway adds", async () => {
    const { book, gateway } = setup();
    await gateway.ensureSheet("Prognoserapport");
    const html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    expect(html).toContain('data-testid="sheet-Prognoserapport"');
  });

  it("draws a line chart with a gap for empty cells and a legend of the series", async () => {
    const { book, gateway } = setup();
    await gateway.ensureSheet("Kurve");
    await gateway.writeRange("Kurve!A1", [["Måned", "Budget", "Forbrug"], ["jan", 10, 12], ["feb", 20, 25], ["mar", 30, ""]]);
    await gateway.addChart({ range: "Kurve!A1:C4", title: "Akkumuleret", kind: "line" });
    book.select({ sheet: "Kurve", anchor: { row: 0, column: 0 }, focus: { row: 0, column: 0 } });
    const html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    const points = [...html.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1].split(" ").length);
    expect(points).toEqual([3, 2]); // March's empty actual is no point (not a drop to 0)
    expect(html).toContain('<ul class="legend"><li style="color:#217346">Budget</li><li style="color:#2b579a">Forbrug</li></ul>');
  });

  it.each([
    { language: "en", label: 'aria-label="formula bar"', grid: 'aria-label="worksheet"', content: "-0.0149" },
    { language: "da", label: 'aria-label="formellinje"', grid: 'aria-label="regneark"', content: "-0,0149" },
  ] as const)("labels the formula bar and the grid in $language, and the Name Box shows the active cell", ({ language, label, grid, content }) => {
    const { book } = setup();
    // selected from C3 up to A1: the active cell is where the selection began
    book.select({ sheet: "Prognose", anchor: { row: 2, column: 2 }, focus: { row: 0, column: 0 } });
    const html = renderToStaticMarkup(<Grid book={book} locale="en-GB" language={language} />);
    expect(html).toContain(label);
    expect(html).toContain(grid);
    expect(/data-testid="name-box">([^<]*)</.exec(html)?.[1]).toBe("C3");
    expect(/<input[^>]*data-testid="formula-bar"[^>]*value="([^"]*)"/.exec(html)?.[1]).toBe(content);
  });

  it("draws only the rows in view on a sheet of 20,000 rows, the others stood for by spacers of their height", () => {
    const book = new PreviewWorkbook(createEngine({ Stor: Array.from({ length: 20_000 }, (_, r) => [r + 1, "x"]) }));
    const html = renderToStaticMarkup(<Grid book={book} locale="en-GB" />);
    const drawn = [...html.matchAll(/data-cell="([A-Z]+)(\d+)"/g)];
    // 40 rows in view before the grid is measured, one partly, and 8 below; 18 columns
    expect(drawn.length).toBe(49 * 18);
    expect(Math.max(...drawn.map((m) => Number(m[2])))).toBe(49);
    expect(text(html, "A49")).toBe("49");
    const spacers = [...html.matchAll(/<tr class="spacer" style="height:(\d+)px"/g)].map((m) => Number(m[1]));
    // no rows above; below, the rest of the 20,000 and the 5 empty rows after them
    expect(spacers).toEqual([(20_005 - 49) * ROW_HEIGHT]);
  });
});
