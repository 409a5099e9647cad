// A file is checked before the workbook reader sees it, so that a bad file becomes a FileProblem
// and never a hang or an exhausted memory: the reader inflates every part whole and builds every
// row of every sheet, whatever the file claims.
//
// The rules: an empty file, an OLE compound file and anything that is not a zip package are told
// apart by their first bytes; the zip's central directory is read for the sizes its parts declare;
// then every part is inflated once, counting the bytes as they come, so a part whose header lies
// about its size is stopped at the limit all the same; and each sheet's rows are counted as its
// XML inflates, stopping at the first row past the limit.

import JSZip from "jszip";
import { FileProblem } from "./fileProblem";

export interface GuardLimits {
  /** The most the parts may expand to, all together. */
  maxExpandedBytes: number;
  /** The most rows a sheet may have: its last row's number. */
  maxRows: number;
  /** The most cells all sheets may hold together: each costs the reader some 300 bytes of memory. */
  maxCells: number;
}

/** The first bytes of an OLE compound file: what Excel saves an encrypted workbook as, and an old .xls. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
/** An .xlsx has a few dozen parts; a package of more is no workbook a department returns. */
const MAX_ENTRIES = 10_000;

/** No row tag is longer than this; a longer unfinished tag at a chunk's end is no row tag. */
const MAX_TAG = 4096;

interface DirectoryEntry {
  name: string;
  declaredSize: number;
}

const damaged = (what: string): FileProblem => new FileProblem("FILE_UNREADABLE", `the zip package is damaged: ${what}`);

/** The kind of file by its first bytes: throws for an empty file, an OLE file or anything not a zip. */
export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new FileProblem("FILE_EMPTY", "the file is empty");
  if (bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    throw new FileProblem("FILE_ENCRYPTED", "the file is an OLE compound file: a password-protected workbook or an old .xls");
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = bytes.length >= 4 ? view.getUint32(0, true) : 0;
  if (signature !== LOCAL_HEADER && signature !== END_OF_DIRECTORY) {
    throw new FileProblem("FILE_NOT_XLSX", "the file is not an .xlsx workbook (not a zip package)");
  }
}

/** The size an entry declares: its 32-bit field, or its zip64 extra field when that says 0xFFFFFFFF. */
function declaredSize(view: DataView, at: number, nameLength: number, extraLength: number): number {
  const size = view.getUint32(at + 24, true);
  if (size !== 0xffffffff) return size;
  let extra = at + 46 + nameLength;
  const end = extra + extraLength;
  while (extra + 4 <= end) {
    const id = view.getUint16(extra, true);
    const length = view.getUint16(extra + 2, true);
    // zip64's extra field lists the uncompressed size first when the header's field is full
    if (id === 0x0001 && length >= 8) return Number(view.getBigUint64(extra + 4, true));
    extra += 4 + length;
  }
  throw damaged("an entry's size is missing");
}

/** The entries of the central directory, with the sizes they declare. */
export function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // the end record is 22 bytes and a comment of at most 65,535
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged("it has no central directory (a truncated file?)");
  let count = view.getUint16(end + 10, true);
  let size = view.getUint32(end + 12, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw damaged("its zip64 directory is missing");
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_END) throw damaged("its zip64 directory is missing");
    count = Number(view.getBigUint64(record + 32, true));
    size = Number(view.getBigUint64(record + 40, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  if (offset + size > bytes.length) throw damaged("its central directory runs past the end (a truncated file?)");
  if (count > MAX_ENTRIES) throw new FileProblem("FILE_TOO_LARGE", `the package has ${count} parts; a workbook has far fewer`);
  const entries: DirectoryEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  const latin1 = new TextDecoder("latin1");
  for (let at = offset, index = 0; index < count; index++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_HEADER) throw damaged("its central directory is inconsistent");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength + extraLength > offset + size) throw damaged("its central directory is inconsistent");
    const name = (flags & 0x0800 ? utf8 : latin1).decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, declaredSize: declaredSize(view, at, nameLength, extraLength) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Counts a sheet's rows and cells as its XML arrives in pieces: the last row's number (by its r,
 * or its place when it has none) and the cells of all sheets together.
 */
export class SheetCounter {
  private carry = "";
  private last = 0;

  constructor(
    private readonly limits: GuardLimits,
    private readonly part: string,
    private readonly cells: { count: number },
  ) {}

  push(text: string): void {
    const combined = this.carry + text;
    const tags = /<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^<>]*)>/g;
    let consumed = 0;
    for (let match = tags.exec(combined); match; match = tags.exec(combined)) {
      consumed = tags.lastIndex;
      if (match[1] === "c") {
        if (++this.cells.count > this.limits.maxCells) {
          throw new FileProblem("FILE_TOO_LARGE", `the sheets hold more than ${this.limits.maxCells} cells`);
        }
        continue;
      }
      const number = /(?:^|\s)r\s*=\s*["'](\d+)["']/.exec(match[2]);
      this.last = number ? Number(number[1]) : this.last + 1;
      if (this.last > this.limits.maxRows) {
        throw new FileProblem("FILE_TOO_MANY_ROWS", `${this.part} has rows past row ${this.limits.maxRows}; at most ${this.limits.maxRows} are read`);
      }
    }
    // an unfinished tag at the end waits for the next piece
    const open = combined.lastIndexOf("<");
    const unfinished = open >= consumed && !combined.includes(">", open);
    this.carry = unfinished && combined.length - open <= MAX_TAG ? combined.slice(open) : "";
  }
}

/** JSZip's streamed reading of an entry (its documented internalStream, which its typings leave out). */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

interface StreamedEntry {
  internalStream(type: "uint8array"): ChunkStream;
}

/** Inflates one entry piece by piece; `take` may throw to stop it there. */
function inflate(entry: JSZip.JSZipObject, take: (chunk: Uint8Array) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let stopped = false;
    const stream = (entry as unknown as StreamedEntry).internalStream("uint8array");
    const stop = (error: unknown): void => {
      if (stopped) return;
      stopped = true;
      stream.pause();
      reject(error instanceof FileProblem ? error : damaged(`${entry.name} cannot be inflated`));
    };
    stream
      .on("data", (chunk) => {
        if (stopped) return;
        try {
          take(chunk);
        } catch (error) {
          stop(error);
        }
      })
      .on("error", stop)
      .on("end", () => {
        if (!stopped) resolve();
      })
      .resume();
  });
}

const isSheetPart = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** A workbook's defined names, each of which ExcelJS spells out cell by cell (a whole column: a million). */
const DEFINED_NAMES = /<(?:[A-Za-z_][\w.-]*:)?definedNames\b(?:[^>]*\/>|[\s\S]*?<\/(?:[A-Za-z_][\w.-]*:)?definedNames>)/;

/**
 * Throws a FileProblem unless the bytes are a zip package of a workbook whose parts, inflated,
 * stay within the limits. Returns the bytes to give the workbook reader: the same bytes, or the
 * package again without its defined names (a ReadBook has no use for them).
 */
export async function guard(bytes: Uint8Array, limits: GuardLimits): Promise<Uint8Array> {
  sniff(bytes);
  const entries = readDirectory(bytes);
  const declared = entries.reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > limits.maxExpandedBytes) {
    throw new FileProblem("FILE_TOO_LARGE", `the parts declare ${declared} bytes; at most ${limits.maxExpandedBytes} are read`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged("its entries cannot be read");
  }
  const workbook = zip.file("xl/workbook.xml");
  if (zip.file("[Content_Types].xml") === null || workbook === null) {
    throw new FileProblem("FILE_NOT_XLSX", "the zip package holds no workbook (no xl/workbook.xml)");
  }
  let left = limits.maxExpandedBytes;
  const count = (chunk: Uint8Array): void => {
    left -= chunk.length;
    if (left < 0) throw new FileProblem("FILE_TOO_LARGE", `the parts expand beyond ${limits.maxExpandedBytes} bytes`);
  };
  const files = Object.values(zip.files).filter((file) => !file.dir);
  const cells = { count: 0 };
  // the sheets first: a sheet of too many rows is told as such, not as too large
  for (const file of files.filter((candidate) => isSheetPart(candidate.name))) {
    const counter = new SheetCounter(limits, file.name, cells);
    const decoder = new TextDecoder("utf-8");
    await inflate(file, (chunk) => {
      count(chunk);
      counter.push(decoder.decode(chunk, { stream: true }));
    });
  }
  let workbookXml = "";
  for (const file of files.filter((candidate) => !isSheetPart(candidate.name))) {
    const decoder = file === workbook ? new TextDecoder("utf-8") : null;
    await inflate(file, (chunk) => {
      count(chunk);
      if (decoder) workbookXml += decoder.decode(chunk, { stream: true });
    });
  }
  if (!DEFINED_NAMES.test(workbookXml)) return bytes;
  zip.file("xl/workbook.xml", workbookXml.replace(DEFINED_NAMES, ""));
  // the other parts keep their compressed bytes; only the workbook part is deflated anew
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
