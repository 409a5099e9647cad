// How a number in a cell shows, as Excel shows it: any Excel number format code (the four sections,
// percent, scaling, exponents, literal text, dates), in the workbook's locale (Danish "1.234,56" and
// "1,8724%", English "1,234.56" and "1.8724%"), and without one as Excel's General: at most the
// digits a standard column holds (0.1 + 0.2 shows as 0.3, not 0.30000000000000004). A format code
// that is not one shows as Excel shows a cell it cannot draw, "######".

import { format } from "numfmt";

const GENERAL = "General";

/**
 * Excel's built-in short date (number format 14), which a file stores without a code and a reader
 * names "mm-dd-yy": Excel shows it in the order of the user's locale.
 */
const SHORT_DATE = "mm-dd-yy";
const SHORT_DATES: Record<string, string> = { "da-DK": "dd-mm-yyyy", "en-GB": "dd/mm/yyyy" };

/** The text of a number under an Excel number format code (none: General), in a locale ("da-DK"). */
export function numberText(value: number, numberFormat: string | undefined, locale: string): string {
  const code = numberFormat === SHORT_DATE ? (SHORT_DATES[locale] ?? SHORT_DATE) : (numberFormat ?? GENERAL);
  const text = format(code, value, { locale, throws: false, invalid: "######" });
  // a format of one section shows a negative number with a minus, also where it rounds to zero ("-0", "-0,0%")
  const oneSection = !code.replace(/"[^"]*"|\\./g, "").includes(";");
  return value < 0 && oneSection && !text.includes("-") && !text.startsWith("#") ? `-${text}` : text;
}
