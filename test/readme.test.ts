// The README's function reference keeps step with the catalogue: every function is documented
// under its English and Danish name, with its arguments as the catalogue declares them.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTIONS } from "../addin/functions/catalog";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README function reference", () => {
  it.each(WORKSHEET_FUNCTIONS.map((fn) => [fn.id, fn] as const))("documents %s, its arguments and its Danish name", (id, fn) => {
    const args = fn.args.map((arg) => (arg.optional ? `[${arg.en.name}]` : arg.en.name)).join(", ");
    expect(readme).toContain(`### \`BUDGET.${id}(${args})\` – Danish \`BUDGET.${fn.da.name}\``);
  });
});

describe("README error tables", () => {
  it("name only #VALUE! and #N/A, the errors whose message Excel shows", () => {
    const codes = [...readme.matchAll(/`(#[A-Z0-9/!?]+)`/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    expect([...new Set(codes)].filter((code) => code !== "#VALUE!" && code !== "#N/A")).toEqual([]);
  });
});
