// Files as a department sends them back, made without ExcelJS: a template filled in and saved by
// another library (SheetJS), a template edited in place as Excel saves it (only the cells typed
// change, everything else stays), and a workbook written by hand the way minimal writers do
// (inline strings, no styles part, formulas without cached values).

import JSZip from "jszip";
import * as XLSX from "xlsx";

export interface Edit {
  sheet: string;
  /** "F12". */
  cell: string;
  /** A number or a text; with `formula`, the formula's cached value. */
  value?: number | string;
  /** A formula without "=". */
  formula?: string;
}

function sheetOf(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const sheet = workbook.Sheets[name];
  if (sheet === undefined) throw new Error(`no sheet "${name}" in the file`);
  return sheet;
}

/** The template read by SheetJS, the cells set, and written by SheetJS: a file ExcelJS never wrote. */
export function fillWithSheetJS(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  const workbook = XLSX.read(bytes, { type: "array", cellFormula: true });
  for (const edit of edits) {
    const sheet = sheetOf(workbook, edit.sheet);
    const cell: XLSX.CellObject =
      typeof edit.value === "string" ? { t: "s", v: edit.value } : typeof edit.value === "number" ? { t: "n", v: edit.value } : { t: "z" };
    if (edit.formula !== undefined) {
      cell.f = edit.formula;
      if (edit.value === undefined) cell.t = "n";
    }
    sheet[edit.cell] = cell;
    const range = XLSX.utils.decode_range(sheet["!ref"] ?? edit.cell);
    const at = XLSX.utils.decode_cell(edit.cell);
    range.e.r = Math.max(range.e.r, at.r);
    range.e.c = Math.max(range.e.c, at.c);
    sheet["!ref"] = XLSX.utils.encode_range(range);
  }
  // the sheets' states travel in workbook.Workbook.Sheets, which SheetJS writes back as it read them
  const written: ArrayBuffer = XLSX.write(workbook, { type: "array", bookType: "xlsx" });
  return new Uint8Array(written);
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "F12" as its row (12) and its column (6). */
function place(cell: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!match) throw new Error(`not a cell: ${cell}`);
  const column = [...match[1]].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** The part of each sheet, by name, from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const [, attributes] of rels.matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = /\bId="([^"]+)"/.exec(attributes)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(attributes)?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [, attributes] of workbook.matchAll(/<sheet\b([^>]*)>/g)) {
    const name = /\bname="([^"]+)"/.exec(attributes)?.[1];
    const id = /\br:id="([^"]+)"/.exec(attributes)?.[1];
    if (name && id && targets.has(id)) parts.set(name.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'), targets.get(id)!);
  }
  return parts;
}

/** Appends a text to the shared strings as Excel does when a text is typed; its index. */
function addSharedString(strings: { xml: string }, text: string): number {
  const count = (strings.xml.match(/<si>/g) ?? []).length;
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  strings.xml = strings.xml
    .replace(/<\/sst>\s*$/, `<si><t${preserve}>${escapeXml(text)}</t></si></sst>`)
    .replace(/\buniqueCount="\d+"/, `uniqueCount="${count + 1}"`)
    .replace(/\bcount="\d+"/, `count="${count + 1}"`);
  return count;
}

/** The cell as Excel writes it: its style kept, a text as a shared string, a formula with its cached value. */
function cellXml(edit: Edit, style: string, strings: { xml: string } | null): string {
  const r = ` r="${edit.cell}"${style}`;
  const formula = edit.formula === undefined ? "" : `<f>${escapeXml(edit.formula)}</f>`;
  if (typeof edit.value === "number") return `<c${r}>${formula}<v>${edit.value}</v></c>`;
  if (typeof edit.value === "string") {
    if (formula !== "") return `<c${r} t="str">${formula}<v>${escapeXml(edit.value)}</v></c>`;
    if (strings) return `<c${r} t="s"><v>${addSharedString(strings, edit.value)}</v></c>`;
    return `<c${r} t="inlineStr"><is><t>${escapeXml(edit.value)}</t></is></c>`;
  }
  return `<c${r}>${formula}</c>`;
}

/** Sets one cell in a sheet's XML: the cell replaced where it is, or put in its row in column order. */
function setCell(xml: string, edit: Edit, strings: { xml: string } | null): string {
  const { row, column } = place(edit.cell);
  const existing = new RegExp(`<c r="${edit.cell}"(?=[\\s/>])([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  const found = existing.exec(xml);
  if (found) {
    const style = /\ss="\d+"/.exec(found[1])?.[0] ?? "";
    return xml.slice(0, found.index) + cellXml(edit, style, strings) + xml.slice(found.index + found[0].length);
  }
  const cell = cellXml(edit, "", strings);
  const rowMatch = new RegExp(`<row r="${row}"(?=[\\s>/])([^>]*?)(/>|>([\\s\\S]*?)</row>)`).exec(xml);
  if (rowMatch) {
    const open = `<row r="${row}"${rowMatch[1]}>`;
    const cells = rowMatch[3] ?? "";
    // before the first cell to its right
    const after = [...cells.matchAll(/<c r="([A-Z]+\d+)"/g)].find((other) => place(other[1]).column > column);
    const body = after ? cells.slice(0, after.index) + cell + cells.slice(after.index) : cells + cell;
    return xml.slice(0, rowMatch.index) + open + body + "</row>" + xml.slice(rowMatch.index + rowMatch[0].length);
  }
  const next = [...xml.matchAll(/<row r="(\d+)"/g)].find((other) => Number(other[1]) > row);
  const newRow = `<row r="${row}">${cell}</row>`;
  if (next) return xml.slice(0, next.index) + newRow + xml.slice(next.index);
  return xml.replace(/<sheetData\/>/, `<sheetData>${newRow}</sheetData>`).replace(/<\/sheetData>/, `${newRow}</sheetData>`);
}

/** The template with the cells typed, edited in its sheets' XML as Excel saves it; all else is kept byte for byte. */
export async function fillInPlace(bytes: Uint8Array, edits: readonly Edit[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await sheetParts(zip);
  const stringsFile = zip.file("xl/sharedStrings.xml");
  const strings = stringsFile ? { xml: await stringsFile.async("string") } : null;
  const sheets = new Map<string, string>();
  for (const edit of edits) {
    const part = parts.get(edit.sheet);
    if (part === undefined) throw new Error(`no sheet "${edit.sheet}" in the file`);
    const xml = sheets.get(part) ?? (await zip.file(part)!.async("string"));
    sheets.set(part, setCell(xml, edit, strings));
  }
  for (const [part, xml] of sheets) zip.file(part, xml);
  if (strings) zip.file("xl/sharedStrings.xml", strings.xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface MinimalSheet {
  name: string;
  state?: "visible" | "hidden" | "veryHidden";
  /** The sheetData's rows, as raw XML. */
  rowsXml: string;
  /** XML after the sheetData (merges, validations). */
  tailXml?: string;
}

/**
 * A workbook as minimal writers make it: no styles part, no shared strings (texts inline), no
 * theme, no document properties; the cells as given, e.g. formulas without cached values.
 */
export async function minimalXlsx(sheets: readonly MinimalSheet[], extraWorkbookXml = ""): Promise<Uint8Array> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("") +
      `</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>` +
      sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state && sheet.state !== "visible" ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${extraWorkbookXml}</workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `</Relationships>`,
  );
  sheets.forEach((sheet, i) => {
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheet.rowsXml}</sheetData>${sheet.tailXml ?? ""}</worksheet>`);
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
