// Several files in one .zip, for downloading every template at once. File names keep their
// letters (æ, ø, å): each name is stored as UTF-8 with the flag that says so, which Windows
// Explorer, macOS and unzip all honour.

import JSZip from "jszip";

export interface NamedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The files zipped, deflated, in the order given; two files of the same name are refused. */
export async function zipFiles(files: readonly NamedFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const seen = new Set<string>();
  for (const { fileName, bytes } of files) {
    if (fileName.trim() === "") throw new Error("a file in the zip needs a name");
    if (seen.has(fileName)) throw new Error(`two files are named "${fileName}"`);
    seen.add(fileName);
    zip.file(fileName, bytes, { binary: true });
  }
  // JSZip sets the UTF-8 flag on every name that is not plain ASCII when it encodes names as UTF-8
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}
