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
