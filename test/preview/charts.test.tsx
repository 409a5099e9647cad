// The preview's charts as rendered (react-dom/server, no browser): the series are named by the
// header row and the categories by the first column, an error value by its code as Excel shows
// it, a blank as nothing.

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Charts } from "../../addin/preview/Charts";
import { createEngine } from "../../addin/preview/engine";
import { PreviewWorkbook } from "../../addin/preview/previewGateway";

function chartOf(rows: (string | number | null)[][]) {
  const book = new PreviewWorkbook(createEngine({ Rapport: rows }));
  book.addChart({ sheet: "Rapport", range: "Rapport!A1:C3", title: "Prognose", kind: "column" });
  const html = renderToStaticMarkup(<Charts book={book} sheet="Rapport" />);
  return {
    series: [...html.matchAll(/<li [^>]*>([^<]*)<\/li>/g)].map((m) => m[1]),
    categories: [...html.matchAll(/<text class="category"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]),
  };
}

describe("Charts", () => {
  it.each<[string, (string | number | null)[][], { series: string[]; categories: string[] }]>([
    [
      "texts and numbers",
      [
        ["Linje", "Forbrug", "Budget"],
        ["Løn", 10, 12],
        [4101, 5, 6],
      ],
      { series: ["Forbrug", "Budget"], categories: ["Løn", "4101"] },
    ],
    [
      "error values in the header row and the first column",
      [
        ["Linje", "=NA()", "Budget"],
        ["=1/0", 10, 12],
        ["Drift", 5, 6],
      ],
      { series: ["#N/A", "Budget"], categories: ["#DIV/0!", "Drift"] },
    ],
    [
      "blanks",
      [
        ["Linje", null, "Budget"],
        [null, 10, 12],
        ["Drift", 5, 6],
      ],
      { series: ["", "Budget"], categories: ["", "Drift"] },
    ],
  ])("names the series and categories: %s", (_, rows, expected) => {
    expect(chartOf(rows)).toEqual(expected);
  });
});

describe("Charts: a stacked column chart of one series per level", () => {
  it("draws one full-width bar per category in its series' colour, the value axis in percent", () => {
    const book = new PreviewWorkbook(
      createEngine({
        Enheder: [
          ["Enhed", "Øverste enhed", "Niveau 1"],
          ["Hospital", 0.02, ""],
          ["Medicin", "", 0.025],
          ["Kirurgi", null, 0.015],
        ],
      }),
    );
    book.addChart({ sheet: "Enheder", range: "Enheder!A1:C4", title: "Satser", kind: "stackedColumn", valueFormat: "0.0%" });
    const html = renderToStaticMarkup(<Charts book={book} sheet="Enheder" />);
    const bars = [...html.matchAll(/<rect x="([^"]*)" width="([^"]*)"[^>]*fill="([^"]*)"/g)].map((m) => [Number(m[1]), Number(m[2]), m[3]]);
    // three slots right of the axis's labels ("3.0%": 4 + 4 × 6.2 + 6 = 34.8) to 416, 70 % of each
    const step = (416 - 34.8) / 3;
    expect(bars.map(([x, width, fill]) => [Number((x as number).toFixed(6)), Number((width as number).toFixed(6)), fill])).toEqual(
      [0, 1, 2].map((i) => [Number((34.8 + step * (i + 0.15)).toFixed(6)), Number((step * 0.7).toFixed(6)), i === 0 ? "#217346" : "#2b579a"]),
    );
    expect([...html.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual(["0.0%", "1.0%", "2.0%", "3.0%"]);
  });
});
