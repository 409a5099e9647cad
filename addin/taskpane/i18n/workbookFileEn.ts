// The preview workbook's own file buttons (open an .xlsx, save as .xlsx): their texts in English.

import { formatNumber } from "../../../core/typedNumber";

const sheets = (count: number) => (count === 1 ? "1 sheet" : `${count} sheets`);
const cannot = (fileName: string, why: string) => `"${fileName}" cannot be opened: ${why}.`;

export const workbookFileEn = {
  heading: "Budget – preview workbook (no Excel needed)",
  open: "Open .xlsx…",
  openHint: "Open a copy of your own workbook in the preview. The file is read in this browser and sent nowhere.",
  save: "Save as .xlsx",
  saveHint: "Download the preview workbook as an .xlsx file: its sheets, values, formulas, number formats and bold. Charts and highlights are not saved.",
  /** The saved file's name: the opened file's name, or "Budget", with "-preview". */
  fileName: (opened: string | null) => `${opened ?? "Budget"}-preview.xlsx`,
  opening: (fileName: string) => `Opening "${fileName}" …`,
  opened: (fileName: string, count: number) => `Opened "${fileName}": ${sheets(count)}. The file stays in this browser.`,
  saved: (fileName: string) => `Saved "${fileName}". Charts and highlights are not saved in the file.`,
  saveFailed: (reason: string) => `The workbook could not be saved: ${reason}`,
  replaceTitle: "Replace the preview workbook?",
  replaceText: (fileName: string) =>
    `The preview workbook has changes that are not saved. Opening "${fileName}" replaces the whole workbook, and those changes would be lost. Save the workbook first to keep them.`,
  replaceConfirm: "Open and lose the changes",
  replaceCancel: "Cancel",
  dropHint: "Drop an .xlsx file on the sheet to open it.",
  problems: {
    FILE_NOT_XLSX_NAME: (fileName: string) => cannot(fileName, "only Excel workbooks (.xlsx) can be opened"),
    FILE_EMPTY: (fileName: string) => cannot(fileName, "the file is empty"),
    FILE_NOT_XLSX: (fileName: string) => cannot(fileName, "the file is not an Excel workbook (.xlsx)"),
    FILE_ENCRYPTED: (fileName: string) =>
      cannot(fileName, "the file is protected with a password or saved in the old .xls format; save a copy as .xlsx without a password and open that"),
    FILE_TOO_LARGE: (fileName: string, megabytes: number, cells: number) =>
      cannot(fileName, `the file holds more than ${formatNumber(megabytes, "en")} MB of data or more than ${formatNumber(cells, "en")} cells, more than the preview holds`),
    FILE_TOO_MANY_ROWS: (fileName: string, rows: number) => cannot(fileName, `a sheet has rows past row ${formatNumber(rows, "en")}, Excel's last row`),
    FILE_TOO_MANY_COLUMNS: (fileName: string, columns: number) => cannot(fileName, `a sheet has cells past column ${formatNumber(columns, "en")} (XFD), Excel's last column`),
    FILE_NO_SHEETS: (fileName: string) => cannot(fileName, "the workbook has no worksheet"),
    FILE_UNREADABLE: (fileName: string) => cannot(fileName, "the file is damaged and cannot be read as a workbook"),
  },
};
