// Bad files for the reader, made here so the tests stay small and fast: zip packages written
// byte by byte (so an entry can declare a size it does not have), parts deflated from a repeated
// piece as they stream (a 60 MB part or a million rows without holding them in memory).

import { crc32, createDeflateRaw } from "node:zlib";

export interface RawEntry {
  name: string;
  /** The deflated content. */
  deflated: Uint8Array;
  /** The size the headers declare. */
  declaredSize: number;
  crc: number;
}

/** A piece repeated `times` times after a head and before a tail, deflated as it streams; its CRC-32 and size too. */
export async function deflateRepeated(head: string, piece: string, times: number, tail: string): Promise<{ deflated: Uint8Array; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const perBlock = piece.length === 0 ? 1 : Math.max(1, Math.floor((1 << 20) / piece.length));
  const block = Buffer.from(piece.repeat(perBlock));
  let crc = crc32(head);
  let size = Buffer.byteLength(head);
  const write = (data: Buffer | string): Promise<void> => new Promise((resolve) => (deflate.write(data) ? resolve() : deflate.once("drain", resolve)));
  await write(head);
  for (let left = times; left > 0; left -= perBlock) {
    const part = left >= perBlock ? block : Buffer.from(piece.repeat(left));
    crc = crc32(part, crc);
    size += part.length;
    await write(part);
  }
  crc = crc32(tail, crc);
  size += Buffer.byteLength(tail);
  deflate.end(tail);
  await done;
  return { deflated: new Uint8Array(Buffer.concat(out)), size, crc };
}

/** A zip package of deflated entries whose headers say what they are told to, true or not. */
export function craftZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.deflated.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.deflated));
    centrals.push(central, name);
    offset += local.length + name.length + entry.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** An entry stored honestly, deflated whole (for the small parts). */
export async function honestEntry(name: string, text: string): Promise<RawEntry> {
  const { deflated, size, crc } = await deflateRepeated(text, "", 0, "");
  return { name, deflated, declaredSize: size, crc };
}
