// How a number in a cell shows, as Excel shows it: any Excel number format code (the four sections,
// percent, scaling, exponents, literal text, dates), in the workbook's locale (Danish "1.234,56" and
// "1,8724%", English "1,234.56" and "1.8724%"), and without one as Excel's General: at most the
// digits a standard column holds (0.1 + 0.2 shows as 0.3, not 0.30000000000000004). A format code
// that is not one shows as Excel shows a cell it cannot draw, "######".

import { format } from "numfmt";

const GENERAL = "General";

/** The text of a number under an Excel number format code (none: General), in a locale ("da-DK"). */
export function numberText(value: number, numberFormat: string | undefined, locale: string): string {
  return format(numberFormat ?? GENERAL, value, { locale, throws: false, invalid: "######" });
}
