// SHA-256 of a text through Web Crypto, which both the browser and Node 20 provide as
// globalThis.crypto.subtle: no library, and the same digest in the task pane and the tests.

/** The lowercase hex SHA-256 of the text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) throw new Error("Web Crypto is not available (a page served over plain http other than localhost has none)");
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
