// The README's function reference keeps step with the functions: every function, English and
// Danish name, is documented.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import names from "../addin/functions/names-da.json";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README function reference", () => {
  it.each(Object.entries(names))("documents %s and its Danish name", (id, entry) => {
    expect(readme).toContain(`### \`BUDGET.${id}(`);
    expect(readme).toContain(`Danish \`BUDGET.${entry.name}\``);
  });
});

describe("README error tables", () => {
  it("name only #VALUE! and #N/A, the errors whose message Excel shows", () => {
    const codes = [...readme.matchAll(/`(#[A-Z0-9/!?]+)`/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect([...new Set(codes)].filter((code) => code !== "#VALUE!" && code !== "#N/A")).toEqual([]);
  });
});
