import { describe, expect, it } from "vitest";
import { asCellText } from "../../addin/gateway/sanitize";
import { createEngine } from "../../addin/preview/engine";

// Every text that Excel would read as something else must stay exactly that text.
const cases = [
  { text: "=SUM(A1)", cell: "'=SUM(A1)" },
  { text: "+45", cell: "'+45" },
  { text: "-x", cell: "'-x" },
  { text: "@x", cell: "'@x" },
  { text: "'quoted", cell: "''quoted" },
  { text: "007", cell: "'007" },
  { text: "TRUE", cell: "'TRUE" },
  { text: "Jan 2026", cell: "'Jan 2026" },
  { text: "1.234,56", cell: "'1.234,56" },
  { text: "Drift", cell: "'Drift" },
  { text: "", cell: "" },
];

describe("asCellText", () => {
  it.each(cases)("$text is written as $cell", ({ text, cell }) => {
    expect(asCellText(text)).toBe(cell);
  });

  it.each(cases.filter((c) => c.text !== ""))("the preview engine shows $text back as that text", ({ text }) => {
    const engine = createEngine({ S: [[asCellText(text)]] });
    expect(engine.getCellValue({ sheet: engine.getSheetId("S") as number, row: 0, col: 0 })).toBe(text);
  });
});
