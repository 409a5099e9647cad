// Danish custom-functions metadata: localizeMetadata (scripts/functions-da.mjs) and the committed
// table of Danish names (addin/functions/names-da.json).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import namesDa from "../../addin/functions/names-da.json";

interface Parameter {
  name: string;
  description?: string;
  [key: string]: unknown;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: Parameter[];
  result?: object;
  [key: string]: unknown;
}
interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
interface DanishEntry {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
  result?: string;
}
type Localize = (metadata: Metadata, names: Record<string, DanishEntry>) => Metadata;

// scripts/ is plain JavaScript with JSDoc types and tsconfig has no allowJs, so a static import
// would be an implicit any (TS7016). The module is loaded by URL and given its JSDoc signature.
const moduleUrl = new URL("../../scripts/functions-da.mjs", import.meta.url).href;
const { localizeMetadata } = (await import(/* @vite-ignore */ moduleUrl)) as { localizeMetadata: Localize };

const ENGLISH: Metadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "PERIODIZE",
      name: "PERIODIZE",
      description: "Splits annual amounts into 12 months along a profile.",
      parameters: [
        { name: "annual", description: "Annual amount.", dimensionality: "matrix", type: "any" },
        { name: "unit", description: "Rounding unit.", optional: true, type: "any" },
      ],
      result: { dimensionality: "matrix" },
    },
    { id: "TODAY", name: "TODAY", description: "No parameters.", result: { type: "number" } },
  ],
};

const NAMES: Record<string, DanishEntry> = {
  PERIODIZE: {
    name: "PERIODISER",
    description: "Fordeler årsbeløb på 12 måneder.",
    parameters: {
      annual: { name: "årsbeløb", description: "Årsbeløb." },
      unit: { name: "enhed", description: "Afrundingsenhed." },
    },
    result: "12 måneder pr. linje.",
  },
  TODAY: { name: "IDAG", description: "Ingen parametre.", parameters: {} },
  UNUSED: { name: "UBRUGT", description: "Ikke i metadata.", parameters: {} },
};

describe("localizeMetadata", () => {
  it("replaces names, descriptions and parameter names and keeps everything else", () => {
    expect(localizeMetadata(ENGLISH, NAMES)).toEqual({
      allowCustomDataForDataTypeAny: true,
      functions: [
        {
          id: "PERIODIZE",
          name: "PERIODISER",
          description: "Fordeler årsbeløb på 12 måneder.",
          parameters: [
            { name: "årsbeløb", description: "Årsbeløb.", dimensionality: "matrix", type: "any" },
            { name: "enhed", description: "Afrundingsenhed.", optional: true, type: "any" },
          ],
          result: { dimensionality: "matrix" },
        },
        { id: "TODAY", name: "IDAG", description: "Ingen parametre.", parameters: [], result: { type: "number" } },
      ],
    });
  });

  it("leaves its input unchanged", () => {
    const before = JSON.stringify(ENGLISH);
    localizeMetadata(ENGLISH, NAMES);
    expect(JSON.stringify(ENGLISH)).toBe(before);
  });

  it.each<{ name: string; metadata: Metadata; names: Record<string, DanishEntry>; message: string }>([
    {
      name: "a function without a Danish entry",
      metadata: { functions: [{ id: "FORECAST", name: "FORECAST" }] },
      names: NAMES,
      message: "names-da.json has no Danish entry for FORECAST",
    },
    {
      name: "several functions without a Danish entry",
      metadata: {
        functions: [
          { id: "FORECAST", name: "FORECAST" },
          { id: "PERIODIZE", name: "PERIODIZE" },
          { id: "YEAREND", name: "YEAREND" },
        ],
      },
      names: NAMES,
      message: "names-da.json has no Danish entry for FORECAST, YEAREND",
    },
    {
      name: "a parameter without a Danish entry",
      metadata: {
        functions: [{ id: "PERIODIZE", name: "PERIODIZE", parameters: [{ name: "annual" }, { name: "profile" }] }],
      },
      names: NAMES,
      message: "names-da.json has no Danish entry for PERIODIZE parameter profile",
    },
    {
      name: "an empty table",
      metadata: ENGLISH,
      names: {},
      message: "names-da.json has no Danish entry for PERIODIZE, TODAY",
    },
  ])("throws for $name", ({ metadata, names, message }) => {
    let caught: unknown;
    try {
      localizeMetadata(metadata, names);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe(message);
  });
});

// --- the committed names-da.json against the functions in addin/functions/functions.ts ---------

/** Each @customfunction id in functions.ts with its @param names, in order. */
function declaredFunctions(): Record<string, string[]> {
  const source = readFileSync(new URL("../../addin/functions/functions.ts", import.meta.url), "utf8");
  const found: Record<string, string[]> = {};
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /@customfunction\s+([A-Z0-9_.]+)/.exec(block)?.[1];
    if (!id) continue;
    found[id] = [...block.matchAll(/@param\s+\[?([A-Za-z0-9_]+)/g)].map((m) => m[1]);
  }
  return found;
}

const table: Record<string, DanishEntry> = namesDa;
const nonEmpty = (value: unknown) => typeof value === "string" && value.trim().length > 0;

describe("names-da.json", () => {
  const declared = declaredFunctions();

  it("has an entry for exactly the functions declared in functions.ts", () => {
    expect(Object.keys(declared)).toContain("PERIODIZE");
    expect(Object.keys(table).sort()).toEqual(Object.keys(declared).sort());
  });

  it.each(Object.keys(table))("%s has a Danish name, description, result and every parameter", (id) => {
    const entry = table[id];
    expect({
      name: /^[A-Z][A-Z0-9._]*$/.test(entry.name),
      description: nonEmpty(entry.description),
      result: nonEmpty(entry.result),
      parameters: Object.keys(entry.parameters),
      parameterFields: Object.values(entry.parameters).every((p) => nonEmpty(p.name) && nonEmpty(p.description)),
    }).toEqual({ name: true, description: true, result: true, parameters: declared[id], parameterFields: true });
  });

  it("gives PERIODIZE its Danish names", () => {
    expect([table.PERIODIZE.name, Object.values(table.PERIODIZE.parameters).map((p) => p.name)]).toEqual([
      "PERIODISER",
      ["årsbeløb", "profil", "år", "enhed"],
    ]);
  });

  it("Danish names are unique", () => {
    const names = Object.values(table).map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("localises metadata shaped like the generator's output for the declared functions", () => {
    const metadata: Metadata = {
      functions: Object.entries(declared).map(([id, params]) => ({
        id,
        name: id,
        description: "English",
        parameters: params.map((name) => ({ name, description: "English", type: "any" })),
      })),
    };
    const localized = localizeMetadata(metadata, table);
    expect(localized.functions.map((f) => [f.id, f.name, (f.parameters ?? []).map((p) => p.name)])).toEqual(
      Object.keys(declared).map((id) => [id, table[id].name, Object.values(table[id].parameters).map((p) => p.name)]),
    );
  });
});
