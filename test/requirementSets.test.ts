// manifest.xml declares the requirement sets of the Office.js APIs the add-in's code uses, each at
// exactly the highest version the code needs, as test/apiSets.ts derives them from the code and
// the Office type definitions. One set is declared besides: SharedRuntime 1.1, which the shared
// runtime (a manifest feature, not an API call) needs. The scanner's own rules are held here too,
// on the add-in's code and on test/fixtures/officeUses.ts.

import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { compareVersions, highestVersions, parseApiSet, ROOT, scanApiSets, type ApiScan, type ApiUse } from "./apiSets";

const FIXTURE = "test/fixtures/officeUses.ts";

/** Sets the manifest declares for what it is, not for an API call. */
const MANIFEST_ONLY: Record<string, string> = { SharedRuntime: "1.1" };

let scan: ApiScan;
let production: ApiUse[];

beforeAll(() => {
  scan = scanApiSets(ROOT, [FIXTURE]);
  production = scan.uses.filter((use) => !use.at.startsWith(`${FIXTURE}:`));
}, 120_000);

/** The requirement sets manifest.xml declares, name to MinVersion, in document order. */
function manifestSets(): [string, string][] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "Set" });
  const doc = parser.parse(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")) as {
    OfficeApp: { Requirements: { Sets: { Set: { Name: string; MinVersion: string }[] } } };
  };
  return doc.OfficeApp.Requirements.Sets.Set.map((s) => [s.Name, s.MinVersion]);
}

/** The 1-based line of the one line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
  const found = lines.flatMap((line, index) => (line.includes(text) ? [index + 1] : []));
  if (found.length !== 1) throw new Error(`expected one line of ${file} with ${JSON.stringify(text)}, found ${found.length}`);
  return found[0];
}

function setsOf(member: string, uses: ApiUse[] = production): string[] {
  return [...new Set(uses.filter((u) => u.member === member).map((u) => `${u.set} ${u.version}`))].sort();
}

function usesAt(file: string, line: number): string[] {
  return scan.uses.filter((u) => u.at === `${file}:${line}`).map((u) => `${u.member} ${u.set} ${u.version}`);
}

const describeUse = (u: ApiUse) => `${u.member} (${u.at})`;

describe("manifest.xml requirement sets", () => {
  it("production code uses released APIs only, every one with an annotation that counts", () => {
    expect(scan.problems.filter((p) => !p.includes(`${FIXTURE}:`))).toEqual([]);
  });

  it("declares each set the code uses at exactly the highest version the code needs", () => {
    const declared = new Map(manifestSets());
    const mismatches: string[] = [];
    for (const [set, { version, uses }] of highestVersions(production)) {
      const minVersion = declared.get(set);
      const needing = uses.map(describeUse).join(", ");
      if (minVersion === undefined) {
        mismatches.push(`${set} is not declared; the code needs ${set} ${version}: ${needing}`);
      } else if (compareVersions(minVersion, version) < 0) {
        const above = production.filter((u) => u.set === set && compareVersions(u.version, minVersion) > 0);
        mismatches.push(`${set} is declared at ${minVersion}; these need a higher version: ${above.map((u) => `${describeUse(u)} ${u.version}`).join(", ")}`);
      } else if (compareVersions(minVersion, version) > 0 && MANIFEST_ONLY[set] === undefined) {
        mismatches.push(`${set} is declared at ${minVersion}, but the code needs no more than ${version}: ${needing}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("declares no set the code does not need, SharedRuntime 1.1 apart", () => {
    const needed = new Map([...highestVersions(production)].map(([set, { version }]) => [set, version]));
    const extra = manifestSets().filter(([set, version]) => !needed.has(set) && MANIFEST_ONLY[set] !== version);
    expect(extra).toEqual([]);
    for (const [set, version] of Object.entries(MANIFEST_ONLY)) {
      expect(manifestSets(), `${set} ${version} is declared for the shared runtime`).toContainEqual([set, version]);
    }
  });

  it("declares each set once", () => {
    const names = manifestSets().map(([set]) => set);
    expect(names).toEqual([...new Set(names)]);
  });
});

describe("requirement-set scanner: the add-in's code", () => {
  it("scans addin/ and core/, not the preview", () => {
    expect(scan.files).toContain("addin/gateway/office.ts");
    expect(scan.files).toContain("addin/functions/functions.ts");
    expect(scan.files).toContain("addin/taskpane/index.tsx");
    expect(scan.files).toContain("core/index.ts");
    expect(scan.files.filter((f) => f.startsWith("addin/preview/"))).toEqual([]);
  });

  it.each([
    // a class used through `new`: the class's annotation (its constructor has none)
    { member: "CustomFunctions.Error", sets: ["CustomFunctionsRuntime 1.2"] },
    // the type definitions mark every ErrorCode member 1.3
    { member: "CustomFunctions.ErrorCode.invalidValue", sets: ["CustomFunctionsRuntime 1.3"] },
    { member: "CustomFunctions.ErrorCode.notAvailable", sets: ["CustomFunctionsRuntime 1.3"] },
    { member: "Excel.Range.getSpillingToRangeOrNullObject", sets: ["ExcelApi 1.12"] },
    { member: "Excel.Workbook.getSelectedRanges", sets: ["ExcelApi 1.9"] },
    { member: "Excel.ConditionalFormatCollection.add", sets: ["ExcelApi 1.6"] },
    { member: "Excel.ConditionalFormatRule.formula", sets: ["ExcelApi 1.6"] },
    { member: "Excel.Worksheet.getUsedRangeOrNullObject", sets: ["ExcelApi 1.4"] },
    { member: "Excel.WorksheetCollection.getItemOrNullObject", sets: ["ExcelApi 1.4"] },
    { member: "Excel.ChartCollection.getItemOrNullObject", sets: ["ExcelApi 1.4"] },
    { member: "Excel.ChartAxis.numberFormat", sets: ["ExcelApi 1.8"] },
    { member: "Excel.Range.values", sets: ["ExcelApi 1.1"] },
    { member: "Excel.Range.formulas", sets: ["ExcelApi 1.1"] },
  ])("finds $member as $sets", ({ member, sets }) => {
    expect(setsOf(member)).toEqual(sets);
  });

  it("counts the properties a load() names", () => {
    const line = lineOf("addin/gateway/office.ts", 'range.load(["address", "rowIndex", "columnIndex", "values", "valueTypes"])');
    expect(usesAt("addin/gateway/office.ts", line).sort()).toEqual([
      "Excel.Range.address ExcelApi 1.1",
      "Excel.Range.columnIndex ExcelApi 1.1",
      "Excel.Range.rowIndex ExcelApi 1.1",
      "Excel.Range.valueTypes ExcelApi 1.1",
      "Excel.Range.values ExcelApi 1.1",
    ]);
  });

  it("counts an assignment to a property, along the chain it is reached by", () => {
    const line = lineOf("addin/gateway/office.ts", "added.custom.rule.formula = formula");
    expect(usesAt("addin/gateway/office.ts", line).sort()).toEqual([
      "Excel.ConditionalFormat.custom ExcelApi 1.6",
      "Excel.ConditionalFormatRule.formula ExcelApi 1.6",
      "Excel.CustomConditionalFormat.rule ExcelApi 1.6",
    ]);
  });

  it("counts the `new CustomFunctions.Error(...)` line as CustomFunctionsRuntime 1.2", () => {
    const line = lineOf("addin/functions/functions.ts", "new CustomFunctions.Error(");
    expect(usesAt("addin/functions/functions.ts", line)).toEqual(["CustomFunctions.Error CustomFunctionsRuntime 1.2"]);
  });

  it("knows the members that belong to no set", () => {
    expect(scan.unannotated).toEqual(expect.arrayContaining(["Excel.run", "OfficeExtension.ClientRequestContext.sync", "Office.onReady"]));
    expect(production.filter((u) => u.member === "Excel.run")).toEqual([]);
  });
});

describe("requirement-set scanner: every form of use", () => {
  it.each([
    { text: "range[\"values\"]", uses: ["Excel.Range.values ExcelApi 1.1"] },
    {
      text: 'range.load("format/font/bold")',
      uses: ["Excel.Range.format ExcelApi 1.1", "Excel.RangeFont.bold ExcelApi 1.1", "Excel.RangeFormat.font ExcelApi 1.1"],
    },
    {
      text: 'worksheets.load("items/name")',
      uses: ["Excel.Workbook.worksheets ExcelApi 1.1", "Excel.Worksheet.name ExcelApi 1.1"],
    },
    { text: "range.load({ rowIndex: true })", uses: ["Excel.Interfaces.RangeLoadOptions.rowIndex ExcelApi 1.1"] },
    { text: "range.set({ numberFormat", uses: ["Excel.Interfaces.RangeUpdateData.numberFormat ExcelApi 1.1"] },
    { text: "const { rowCount } = range", uses: ["Excel.Range.rowCount ExcelApi 1.1"] },
    { text: "const name = column.name", uses: ["Excel.TableColumn.name ExcelApi 1.1"] },
    { text: "column.name = `", uses: ["Excel.TableColumn.name ExcelApi 1.4"] },
    { text: "Office.addin.showAsTaskpane()", uses: ["Office.Addin.showAsTaskpane SharedRuntime 1.1"] },
  ])("$text: $uses", ({ text, uses }) => {
    expect(usesAt(FIXTURE, lineOf(FIXTURE, text)).sort()).toEqual(uses);
  });

  it("reports a preview API as a problem, not as a use", () => {
    const line = lineOf(FIXTURE, "range.autoFill(");
    expect(scan.problems.filter((p) => p.includes(`${FIXTURE}:`))).toEqual([
      `Excel.Range.autoFill at ${FIXTURE}:${line}: preview API [Api set: ExcelApi 1.9, ExcelApi Preview for null \`destinationRange\`]`,
    ]);
    expect(usesAt(FIXTURE, line)).toEqual([]);
  });
});

describe("requirement-set annotations", () => {
  it.each([
    { text: "ExcelApi 1.4", access: "read", sets: [{ set: "ExcelApi", version: "1.4" }] },
    { text: "CustomFunctionsRuntime 1.2", access: "write", sets: [{ set: "CustomFunctionsRuntime", version: "1.2" }] },
    { text: "ExcelApi 1.1 for getting the name; 1.4 for setting it.", access: "read", sets: [{ set: "ExcelApi", version: "1.1" }] },
    { text: "ExcelApi 1.1 for getting the name; 1.4 for setting it.", access: "write", sets: [{ set: "ExcelApi", version: "1.4" }] },
    { text: "ExcelApi 1.1 for reading visibility; 1.2 for setting it.", access: "write", sets: [{ set: "ExcelApi", version: "1.2" }] },
    { text: "ExcelApi 1.1 for get, 1.8 for set", access: "read", sets: [{ set: "ExcelApi", version: "1.1" }] },
    { text: "ExcelApi 1.1 for get, 1.8 for set", access: "write", sets: [{ set: "ExcelApi", version: "1.8" }] },
    {
      text: "ExcelApi 1.1 / 1.3.  Prior to ExcelApi 1.3, this parameter must be a string. Starting with Excel Api 1.3, this parameter may be a Range object or a string.",
      access: "read",
      sets: [{ set: "ExcelApi", version: "1.3" }],
    },
    { text: "ExcelApi 1.10 for string, 1.11 for CommentRichContent object", access: "read", sets: [{ set: "ExcelApi", version: "1.11" }] },
    { text: "SharedRuntime 1.1, Mailbox 1.10", access: "read", sets: [{ set: "SharedRuntime", version: "1.1" }] },
  ] as const)("[Api set: $text] for a $access is $sets", ({ text, access, sets }) => {
    expect(parseApiSet(text, access)).toEqual(sets);
  });

  it.each([
    { text: "ExcelApi BETA", problem: "preview API [Api set: ExcelApi BETA]" },
    { text: "ExcelApi 1.9, ExcelApi Preview for null `destinationRange`", problem: "preview API" },
    { text: " 1.1", problem: "no requirement set named" },
    { text: "ExcelApi", problem: "no version" },
    { text: "Mailbox 1.8", problem: "no requirement set of Excel" },
  ])("[Api set: $text] is a problem: $problem", ({ text, problem }) => {
    expect(parseApiSet(text, "read")).toContain(problem);
  });

  it("orders versions as numbers", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.6", "1.6")).toBe(0);
    expect(compareVersions("1.2", "1.12")).toBeLessThan(0);
  });
});
