// Standard budget templates end to end in Node: the master built into .xlsx templates, filled in
// as departments would with other software (SheetJS, and in place as Excel saves), collected back:
// statuses and every consolidated month.

import { beforeAll, describe, expect, it } from "vitest";
import { periodize } from "../../core";
import { buildTemplates, collectReturns, type BuildResult, type CollectReport } from "../../addin/templates";
import { MASTER, NOW, OPTIONS } from "../fixtures/templateMaster";
import { fillInPlace, fillWithSheetJS } from "./foreign";

type Edit = { sheet: string; cell: string; value?: number | string; formula?: string };
const S = "Budget 2027";

/** Department 4101 filled in within its frame, its material change justified. */
export const FILL_4101: Edit[] = [
  { sheet: S, cell: "F9", value: 51_000_000 },
  { sheet: S, cell: "H9", value: "Ny overenskomst pr. 1. april" },
  { sheet: S, cell: "F10", value: 6_600_000 },
  { sheet: S, cell: "G10", value: "Medicin, vintertop" },
  { sheet: S, cell: "F11", value: -2_400_000 },
];
/** Department 4102: an amount with øre at unit 1 kr, and a new line in the first free row. */
const FILL_4102: Edit[] = [
  { sheet: S, cell: "F9", value: 40_000_000 },
  { sheet: S, cell: "F10", value: 12_640_000.75 },
  { sheet: S, cell: "F11", value: 1_000_000 },
  { sheet: S, cell: "B12", value: "2290 Øvrig drift" },
  { sheet: S, cell: "C12", value: "Kurser og konferencer" },
  { sheet: S, cell: "F12", value: 250_000 },
  { sheet: S, cell: "G12", value: "arbejdsdage" },
];
const FILL_4201: Edit[] = [
  { sheet: S, cell: "F9", value: 57_900_000 },
  { sheet: S, cell: "H9", value: "Flere vagter" },
];

let built: BuildResult;
const file = (department: string) => {
  const f = built.files.find((x) => x.department === department);
  if (!f) throw new Error(department);
  return f;
};

beforeAll(async () => {
  built = await buildTemplates(MASTER, OPTIONS, { now: NOW });
});

describe("templates filled in by departments with other software and collected", () => {
  let report: CollectReport;
  beforeAll(async () => {
    report = await collectReturns(built.register, [
      { fileName: "4101 retur.xlsx", bytes: await fillWithSheetJS(file("4101").bytes, FILL_4101) },
      { fileName: "4102 retur.xlsx", bytes: await fillInPlace(file("4102").bytes, FILL_4102) },
      { fileName: "4201 retur.xlsx", bytes: await fillWithSheetJS(file("4201").bytes, FILL_4201) },
    ]);
  });

  it("builds one file per department, named as finance sends them, each in the register", () => {
    expect(built.files.map((f) => f.fileName)).toEqual(["2027 4101 Kardiologisk afd.xlsx", "2027 4102 Ortopædkirurgisk afd.xlsx", "2027 4201 Akutmodtagelsen.xlsx"]);
    expect(built.register.map((e) => [e.department, e.version, e.frame, e.generated, /^[0-9a-f]{64}$/.test(e.checksum)])).toEqual([
      ["4101", 1, 56_000_000, "2026-08-20T09:30:00.000Z", true],
      ["4102", 1, 54_000_000, "2026-08-20T09:30:00.000Z", true],
      ["4201", 1, 58_000_000, "2026-08-20T09:30:00.000Z", true],
    ]);
  });

  it("accepts the returns, with a remark where an amount was rounded to the unit", () => {
    expect(report.files.map((f) => [f.fileName, f.department, f.status, f.problems])).toEqual([
      ["4101 retur.xlsx", "4101", "accepted", []],
      [
        "4102 retur.xlsx",
        "4102",
        "remarks",
        [
          {
            code: "RETURN_ANNUAL_ROUNDED",
            severity: "remark",
            sheet: S,
            cell: "F10",
            message: "budgettet for linje 2220 Implantater (12.640.000,75) er taget afrundet til 12.640.001",
          },
        ],
      ],
      ["4201 retur.xlsx", "4201", "accepted", []],
    ]);
  });

  it("consolidates every line with its months computed by the core from the inputs", () => {
    const [salary, medicine] = MASTER.profiles ?? [];
    const y = { year: 2027, unit: 1 as const };
    expect(report.consolidated.map((l) => [l.department, l.key, l.account, l.annual, l.profile, l.months])).toEqual([
      ["4101", "1110 Løn", "1110 Løn", 51_000_000, "Løn med sommerferie", periodize(51_000_000, salary.weights, y)],
      ["4101", "2210 Medicin", "2210 Medicin", 6_600_000, "Medicin, vintertop", periodize(6_600_000, medicine.weights, y)],
      ["4101", "7110 Indtægter", "7110 Indtægter", -2_400_000, "lige", Array(12).fill(-200_000)],
      ["4102", "1110 Løn", "1110 Løn", 40_000_000, "arbejdsdage", periodize(40_000_000, "workdays", y)],
      ["4102", "2220 Implantater", "2220 Implantater", 12_640_001, "lige", [...Array(5).fill(1_053_334), ...Array(7).fill(1_053_333)]],
      ["4102", "2220 Implantater (2)", "2220 Implantater", 1_000_000, "lige", periodize(1_000_000, "equal", y)],
      ["4102", "+1", "2290 Øvrig drift", 250_000, "arbejdsdage", periodize(250_000, "workdays", y)],
      ["4201", "1110 Løn", "1110 Løn", 57_900_000, "kalenderdage", periodize(57_900_000, "days", y)],
    ]);
    for (const line of report.consolidated) expect(line.months.reduce((s, m) => s + m, 0)).toBe(line.annual);
    expect(report.consolidated.find((l) => l.key === "+1")?.text).toBe("Kurser og konferencer");
    expect(report.consolidated[0].justification).toBe("Ny overenskomst pr. 1. april");
  });
});
