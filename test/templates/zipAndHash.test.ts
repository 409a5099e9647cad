// zipFiles keeps Danish file names (UTF-8 with the flag that says so) and the bytes exactly;
// sha256Hex gives the standard digests through Web Crypto.

import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../addin/templates/sha256";
import { zipFiles } from "../../addin/templates/zip";
import { readDirectory } from "../../addin/templates/xlsxGuard";

describe("zipFiles", () => {
  const files = [
    { fileName: "2027 4101 Kardiologisk afd.xlsx", bytes: new Uint8Array([1, 2, 3]) },
    { fileName: "2027 4102 Øre-næse-hals, Århus.xlsx", bytes: new Uint8Array(10_000).fill(7) },
    { fileName: "2027 4103 Børne- og ungeafd. (æøå ÆØÅ).xlsx", bytes: new Uint8Array(0) },
  ];

  it("keeps every name and every byte", async () => {
    const zip = await JSZip.loadAsync(await zipFiles(files));
    expect(Object.keys(zip.files)).toEqual(files.map((file) => file.fileName));
    for (const file of files) expect(await zip.file(file.fileName)!.async("uint8array")).toEqual(file.bytes);
  });

  it("stores the Danish names as UTF-8 with the language encoding flag set", async () => {
    const bytes = await zipFiles(files);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // each local header: the flag at offset 6, the name after 30 bytes
    const names: [string, boolean][] = [];
    for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
      const flags = view.getUint16(at + 6, true);
      const nameLength = view.getUint16(at + 26, true);
      const extraLength = view.getUint16(at + 28, true);
      const compressed = view.getUint32(at + 18, true);
      names.push([new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)), (flags & 0x0800) !== 0]);
      at += 30 + nameLength + extraLength + compressed;
    }
    expect(names).toEqual([
      [files[0].fileName, false], // plain ASCII needs no flag
      [files[1].fileName, true],
      [files[2].fileName, true],
    ]);
    // and the central directory, which unzip tools read, agrees
    expect(readDirectory(bytes).map((entry) => entry.name)).toEqual(files.map((file) => file.fileName));
  });

  it("refuses two files of one name and a nameless file", async () => {
    await expect(zipFiles([files[0], files[0]])).rejects.toThrow('two files are named "2027 4101 Kardiologisk afd.xlsx"');
    await expect(zipFiles([{ fileName: " ", bytes: new Uint8Array() }])).rejects.toThrow("needs a name");
  });
});

describe("sha256Hex", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    // the UTF-8 bytes of "æøå" (c3 a6 c3 b8 c3 a5), as Node's own SHA-256 gives them
    ["æøå", "6c228cdba89548a1af198f33819536422fb01b66e51f761cf2ec38d1fb4178a6"],
  ])("the digest of %j", async (text, digest) => {
    expect(await sha256Hex(text)).toBe(digest);
  });
});
