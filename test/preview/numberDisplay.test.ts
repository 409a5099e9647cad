// The grid's numbers as Excel shows them under each number format the panels write (whole kroner,
// kroner and øre, a year, a rate to four decimals, a chart's percent) and a few others a person
// sets, in Danish and English Excel, as exact texts.

import { describe, expect, it } from "vitest";
import { numberText } from "../../addin/preview/numberDisplay";
import { amountFormat, ORE_AMOUNT_FORMAT, RATE_FORMAT, WHOLE_AMOUNT_FORMAT } from "../../addin/taskpane/numberFormats";
import { CHART_RATE_FORMAT } from "../../addin/taskpane/requirementPlan";

describe("a number as Excel shows it", () => {
  it.each([
    // the formats the panels write
    { format: amountFormat(1), value: 1_234_567.5, da: "1.234.568", en: "1,234,568" },
    { format: WHOLE_AMOUNT_FORMAT, value: -20_000.4, da: "-20.000", en: "-20,000" },
    { format: WHOLE_AMOUNT_FORMAT, value: 0, da: "0", en: "0" },
    { format: amountFormat(0.01), value: 6_482_950.5, da: "6.482.950,50", en: "6,482,950.50" },
    { format: ORE_AMOUNT_FORMAT, value: -0.005, da: "-0,01", en: "-0.01" },
    { format: ORE_AMOUNT_FORMAT, value: 999.999, da: "1.000,00", en: "1,000.00" },
    { format: RATE_FORMAT, value: 0.018724, da: "1,8724%", en: "1.8724%" },
    { format: RATE_FORMAT, value: 1, da: "100,0000%", en: "100.0000%" },
    { format: RATE_FORMAT, value: -0.00001, da: "-0,0010%", en: "-0.0010%" },
    { format: CHART_RATE_FORMAT, value: 0.1234, da: "12,3%", en: "12.3%" },
    { format: "0", value: 2026, da: "2026", en: "2026" },
    { format: "0", value: 12_345.6, da: "12346", en: "12346" },
    // General, as a cell without a format
    { format: undefined, value: 0.1 + 0.2, da: "0,3", en: "0.3" },
    { format: undefined, value: 1_234_567.891, da: "1234567,891", en: "1234567.891" },
    { format: undefined, value: 1 / 3, da: "0,333333333", en: "0.333333333" },
    { format: undefined, value: -48_215_300, da: "-48215300", en: "-48215300" },
    { format: undefined, value: 123_456_789_012, da: "1,23457E+11", en: "1.23457E+11" },
    { format: "General", value: 0.018724, da: "0,018724", en: "0.018724" },
    // others a person sets
    { format: "#,##0;[Red]-#,##0", value: -1500, da: "-1.500", en: "-1,500" },
    { format: '#,##0 "kr.";-#,##0 "kr."', value: -2500, da: "-2.500 kr.", en: "-2,500 kr." },
    { format: "#,##0.0,,", value: 48_215_300, da: "48,2", en: "48.2" },
    { format: "0.00E+00", value: 12_345, da: "1,23E+04", en: "1.23E+04" },
    { format: "0%", value: 0.5, da: "50%", en: "50%" },
    { format: "0.00;(0.00);\"-\"", value: 0, da: "-", en: "-" },
    { format: "dd-mm-yyyy", value: 46_023, da: "01-01-2026", en: "01-01-2026" },
    // Excel's built-in short date, in the locale's order
    { format: "mm-dd-yy", value: 46_037, da: "15-01-2026", en: "15/01/2026" },
    // a negative number that rounds to zero keeps its minus under a format of one section
    { format: WHOLE_AMOUNT_FORMAT, value: -0.4, da: "-0", en: "-0" },
    { format: "0", value: -0.4, da: "-0", en: "-0" },
    { format: CHART_RATE_FORMAT, value: -0.0004, da: "-0,0%", en: "-0.0%" },
    { format: "#,##0;(#,##0)", value: -0.4, da: "(0)", en: "(0)" },
    // not a format code: Excel draws no number
    { format: "0.0.0\"", value: 1, da: "######", en: "######" },
  ])("$value under $format: $da in Danish, $en in English", ({ format, value, da, en }) => {
    expect(numberText(value, format, "da-DK")).toBe(da);
    expect(numberText(value, format, "en-GB")).toBe(en);
  });
});
