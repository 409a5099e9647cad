// The raw XML of an .xlsx, parsed with fast-xml-parser, so a test sees what Excel will read: the
// parts by sheet name, the cells by address and the style a cell's s attribute points to.

import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

/** A parsed element: attributes by name, children by tag, text as "#text". */
export type Node = { [key: string]: string | Node | Node[] | undefined };

const LISTS = new Set(["sheet", "Relationship", "row", "c", "xf", "fill", "font", "numFmt", "col", "dataValidation", "conditionalFormatting", "cfRule", "dxf", "si", "border"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && LISTS.has(name),
});

export const list = (value: Node | Node[] | string | undefined): Node[] => (Array.isArray(value) ? value : value && typeof value === "object" ? [value] : []);
export const child = (node: Node | undefined, name: string): Node | undefined => {
  const value = node?.[name];
  return Array.isArray(value) ? value[0] : typeof value === "object" ? value : undefined;
};
export const attr = (node: Node | undefined, name: string): string | undefined => {
  const value = node?.[name];
  return typeof value === "string" ? value : undefined;
};
/** The text of a child element, with or without attributes of its own. */
export const textOf = (node: Node | undefined, name: string): string | undefined => {
  const value = node?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  const inner = first?.["#text"];
  return typeof inner === "string" ? inner : undefined;
};
/** Whether an element has a child of that name, even an empty one such as <b/>. */
export const has = (node: Node | undefined, name: string): boolean => node?.[name] !== undefined;

export interface Package {
  zip: JSZip;
  /** The raw XML of a part. */
  raw(part: string): Promise<string>;
  part(part: string): Promise<Node>;
  /** A sheet's part, parsed, by the sheet's name. */
  sheet(name: string): Promise<Node>;
  sheetRaw(name: string): Promise<string>;
  /** The cells of a parsed sheet by address. */
  cells(sheet: Node): Map<string, Node>;
  /** The cell format (xf), its fill colour, font and number format of a cell's s attribute. */
  style(cell: Node | undefined): Promise<{ xf: Node; fill?: string; font?: Node; numFmt: string }>;
}

const BUILT_IN_FORMATS: Record<string, string> = { "0": "General", "1": "0", "2": "0.00", "3": "#,##0", "4": "#,##0.00", "9": "0%", "10": "0.00%" };

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const raw = async (part: string): Promise<string> => {
    const file = zip.file(part);
    if (!file) throw new Error(`no part ${part}`);
    return file.async("string");
  };
  const part = async (name: string): Promise<Node> => parser.parse(await raw(name)) as Node;
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  const targets = new Map(list(child(rels, "Relationships")?.Relationship).map((rel) => [attr(rel, "Id"), attr(rel, "Target")]));
  const sheetPart = (name: string): string => {
    const sheet = list(child(child(workbook, "workbook"), "sheets")?.sheet).find((candidate) => attr(candidate, "name") === name);
    const target = targets.get(attr(sheet, "r:id"));
    if (!target) throw new Error(`no sheet ${name}`);
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  };
  const styles = child(await part("xl/styles.xml"), "styleSheet");
  return {
    zip,
    raw,
    part,
    sheet: (name) => part(sheetPart(name)),
    sheetRaw: (name) => raw(sheetPart(name)),
    cells: (sheet) => {
      const found = new Map<string, Node>();
      for (const row of list(child(child(sheet, "worksheet"), "sheetData")?.row)) {
        for (const cell of list(row.c)) found.set(attr(cell, "r") ?? "", cell);
      }
      return found;
    },
    style: async (cell) => {
      const xf = list(child(styles, "cellXfs")?.xf)[Number(attr(cell, "s") ?? 0)];
      const fill = child(child(list(child(styles, "fills")?.fill)[Number(attr(xf, "fillId") ?? 0)], "patternFill"), "fgColor");
      const font = list(child(styles, "fonts")?.font)[Number(attr(xf, "fontId") ?? 0)];
      const id = attr(xf, "numFmtId") ?? "0";
      const custom = list(child(styles, "numFmts")?.numFmt).find((format) => attr(format, "numFmtId") === id);
      return { xf, fill: attr(fill, "rgb"), font, numFmt: attr(custom, "formatCode") ?? BUILT_IN_FORMATS[id] ?? `#${id}` };
    },
  };
}
