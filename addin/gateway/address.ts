// A1 addresses: "Budget!B2:M21", "'Min side'!A1", "C7". Rows and columns are 0-based here.

export interface CellRef {
  row: number;
  column: number;
}

export interface BlockRef {
  /** The sheet name, or null when the address names none (the active sheet). */
  sheet: string | null;
  start: CellRef;
  end: CellRef;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellName(cell: CellRef): string {
  return `${columnName(cell.column)}${cell.row + 1}`;
}

function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

/** Splits "Sheet!A1:B2" into sheet and block; null when the text is no address. */
export function parseBlock(ref: string): BlockRef | null {
  const bang = ref.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    sheet = ref.slice(0, bang);
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (sheet === "") return null;
  }
  const [first, second, ...rest] = ref.slice(bang + 1).split(":");
  if (rest.length > 0 || first === undefined) return null;
  const start = parseCell(first);
  const end = second === undefined ? start : parseCell(second);
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

/** A sheet name as it must appear in a formula or address: quoted when it is not a plain word. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function blockAddress(start: CellRef, rows: number, columns: number): string {
  const end = { row: start.row + rows - 1, column: start.column + columns - 1 };
  return rows === 1 && columns === 1 ? cellName(start) : `${cellName(start)}:${cellName(end)}`;
}

export function withSheet(sheet: string | null, address: string): string {
  return sheet === null ? address : `${quoteSheet(sheet)}!${address}`;
}

/** "$B$2:$M$2": the block fixed, for a formula that is copied down. */
export function absoluteAddress(block: Pick<BlockRef, "start" | "end">): string {
  const fixed = (cell: CellRef) => `$${columnName(cell.column)}$${cell.row + 1}`;
  return `${fixed(block.start)}:${fixed(block.end)}`;
}
