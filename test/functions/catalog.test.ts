// One set of worksheet functions everywhere: Excel's bindings (functions.ts JSDoc), the catalog
// the preview engine registers, and the Danish names table name the same functions.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTIONS } from "../../addin/functions/catalog";
import names from "../../addin/functions/names-da.json";

const bindings = readFileSync(new URL("../../addin/functions/functions.ts", import.meta.url), "utf8");
const excelIds = [...bindings.matchAll(/@customfunction (\w+)/g)].map((m) => m[1]).sort();

describe("the worksheet functions", () => {
  it("are the same in Excel's bindings, the preview catalog and the Danish names", () => {
    const catalogIds = WORKSHEET_FUNCTIONS.map((fn) => fn.id).sort();
    expect(excelIds).toEqual(catalogIds);
    expect(Object.keys(names).sort()).toEqual(catalogIds);
  });

  it.each(WORKSHEET_FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s has as many arguments in Excel as in the catalog", (id, fn) => {
    const signature = new RegExp(`@customfunction ${id}\\b[\\s\\S]*?export function \\w+\\(([^)]*)\\)`).exec(bindings);
    expect(signature).not.toBeNull();
    const params = (signature as RegExpExecArray)[1].split(",").map((p) => p.trim());
    expect(params.length).toBe(fn.args.length);
    expect(params.filter((p) => !p.includes("?")).length).toBe(fn.required);
    expect(params.map((p) => (p.includes("[][]") ? "matrix" : "scalar"))).toEqual(fn.args);
  });
});
