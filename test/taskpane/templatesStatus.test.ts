// The status sheet's layout read back (in either language, whichever wrote it), the days to the
// deadline, how the status moves on after a build and a collect, and the memory that tells the
// panel's own cells from a person's.

import { describe, expect, it } from "vitest";
import type { RegisterEntry } from "../../core/templates/types";
import type { CellValue, RangeData } from "../../addin/gateway/types";
import { asSheetMemory, cellsOver, intactRow, ownedBy, remember } from "../../addin/taskpane/sheetMemory";
import { dateShown, latestTemplates, readStatus, statusContent, type StatusBook } from "../../addin/taskpane/templateStatus";
import { afterBuild, afterCollect, earlierReturns } from "../../addin/taskpane/templateTracking";
import { strings } from "./templatesFixture";

const entry = (department: string, version: number, year = 2027): RegisterEntry => ({
  id: `${year}-${department}-v${version}`,
  kind: "budget",
  version,
  department,
  departmentName: `Afd. ${department}`,
  parent: "Hospital Nord",
  year,
  unit: 1,
  frame: 1_000_000,
  checksum: "0f".repeat(32),
  generated: "2026-09-01T08:15:00.000Z",
  deadline: "2026-09-15",
  fileName: `${year} ${department}.xlsx`,
});

/** What a sheet reads back as after the content was written from A1. */
function asSheet(rows: (string | number | boolean | null | object)[][]): RangeData {
  const values = rows.map((row) => row.map((v): CellValue => (v === "" || v === null || typeof v === "object" ? null : (v as CellValue))));
  return { sheet: "Status", address: "A1", row: 0, column: 0, values };
}

const BOOK: StatusBook = afterCollect(
  afterBuild({ register: [], rows: [], problems: [], history: [] }, [entry("4101", 1), entry("4102", 1)], strings("da")),
  {
    files: [
      { fileName: "a.xlsx", department: "4101", status: "accepted", problems: [] },
      { fileName: "b.xlsx", department: "4101", status: "remarks", problems: [{ code: "RETURN_JUSTIFICATION_MISSING", severity: "remark", sheet: "Budget 2027", cell: "J9", message: "mangler begrundelse" }] },
    ],
    consolidated: [],
    followUps: [],
  },
  "2026-09-10 14:32",
);

describe("the status sheet", () => {
  it.each([
    ["da", "en"],
    ["en", "da"],
  ] as const)("written in %s reads back the same in %s", (wrote, reads) => {
    const content = statusContent(BOOK, strings(wrote), wrote, new Date(2026, 8, 10), "2026-09-10 14:32");
    const read = readStatus(asSheet(content.rows), { row: 0, column: 0, rows: content.rows.length }, remember(content.rows), strings(reads));
    expect(read.damaged).toEqual([]);
    expect(read.register).toEqual(BOOK.register);
    expect(read.rows).toEqual(BOOK.rows);
    expect(read.problems).toEqual(BOOK.problems);
    expect(read.history).toEqual(BOOK.history);
  });

  it("reads a heading with a person's note typed beside it as the heading", () => {
    const content = statusContent(BOOK, strings("da"), "da", new Date(2026, 8, 10), "2026-09-10 14:32");
    const rows = content.rows.map((row) => [...row]);
    const heading = rows.findIndex((row) => row[0] === "Register over dannede skabeloner");
    rows[heading][1] = "tjek frister";
    const read = readStatus(asSheet(rows), { row: 0, column: 0, rows: rows.length }, remember(content.rows), strings("da"));
    expect([read.damaged, read.register]).toEqual([[], BOOK.register]);
  });

  it("after two files of one department: the later is its latest, the earlier in the history, both were accepted", () => {
    expect(BOOK.rows[0]).toEqual({
      department: "4101",
      departmentName: "Afd. 4101",
      parent: "Hospital Nord",
      version: 1,
      month: null,
      deadline: "2026-09-15",
      latest: { fileName: "b.xlsx", received: "2026-09-10 14:32", status: "remarks", errors: 0, remarks: 1 },
      consolidated: { fileName: "b.xlsx", received: "2026-09-10 14:32" },
    });
    expect(BOOK.history).toEqual([{ fileName: "a.xlsx", received: "2026-09-10 14:32", status: "accepted", errors: 0, remarks: 0, department: "4101", version: 1, replacedBy: "b.xlsx" }]);
    expect(earlierReturns(BOOK)).toEqual([{ department: "4101", fileName: "b.xlsx", received: "2026-09-10 14:32" }]);
  });

  it("a department built again is not returned until the new version comes back; its consolidated return stays", () => {
    const rebuilt = afterBuild(BOOK, [entry("4101", 2)], strings("en"));
    expect(rebuilt.rows.map((r) => [r.department, r.version, r.latest, r.consolidated])).toEqual([
      ["4101", 2, null, { fileName: "b.xlsx", received: "2026-09-10 14:32" }],
      ["4102", 1, null, null],
    ]);
    expect(rebuilt.history.at(-1)).toEqual({ fileName: "b.xlsx", received: "2026-09-10 14:32", status: "remarks", errors: 0, remarks: 1, department: "4101", version: 1, replacedBy: "version 2 sent" });
    expect(rebuilt.problems).toEqual([]);
  });

  it("shows the latest year's departments, each with its latest template", () => {
    expect(latestTemplates([entry("4101", 1, 2026), entry("4101", 1), entry("4102", 1), entry("4101", 3), entry("4101", 2)]).map((e) => e.id)).toEqual(["2027-4101-v3", "2027-4102-v1"]);
  });

  it("shows a department not returned with the days left to its deadline, negative once passed, and the deadline in the language's way", () => {
    const days = (today: Date) => statusContent(BOOK, strings("da"), "da", today, "").rows[6][6];
    expect([days(new Date(2026, 8, 1, 23, 59)), days(new Date(2026, 8, 15, 0, 1)), days(new Date(2026, 8, 20))]).toEqual([14, 0, -5]);
    // 4101 has returned: no days
    expect(statusContent(BOOK, strings("da"), "da", new Date(2026, 8, 1), "").rows[5][6]).toBe("");
    expect([dateShown("2026-09-15", "da"), dateShown("2026-09-15", "en")]).toEqual(["15.09.2026", "2026-09-15"]);
  });
});

describe("the follow-up returns' status sheet", () => {
  const followUp = (department: string, version: number, month: number): RegisterEntry => ({ ...entry(department, version), id: `f-${department}-${month}`, kind: "followup", month });
  const book = afterBuild({ register: [], rows: [], problems: [], history: [] }, [followUp("4101", 1, 5), { ...followUp("4101", 2, 5), id: "f-4101-5b" }, followUp("4101", 1, 6), followUp("4102", 1, 5)], strings("da"));

  it.each(["da", "en"] as const)("keeps each template's month in the register and is titled by the latest month (%s)", (language) => {
    const content = statusContent(book, strings(language), language, new Date(2026, 8, 10), "2026-09-10 14:32");
    expect(content.rows[0][0]).toBe(language === "da" ? "Opfølgning 2027: status pr. juni" : "Follow-up returns 2027: status as at June");
    const read = readStatus(asSheet(content.rows), { row: 0, column: 0, rows: content.rows.length }, remember(content.rows), strings(language));
    expect(read.damaged).toEqual([]);
    expect(read.register).toEqual(book.register);
    // versions count per month: June's first template is later than May's second
    expect(read.rows.map((r) => [r.department, r.month, r.version])).toEqual([
      ["4101", 6, 1],
      ["4102", 5, 1],
    ]);
  });

  it("a department's May return goes to the earlier returns once its June template is built, and June's return is its latest", () => {
    const t = strings("da");
    const may = afterBuild({ register: [], rows: [], problems: [], history: [] }, [followUp("4101", 1, 5)], t);
    const returned = afterCollect(may, { files: [{ fileName: "maj.xlsx", department: "4101", status: "accepted", problems: [] }], consolidated: [], followUps: [] }, "2027-06-08 09:00");
    const june = afterBuild(returned, [followUp("4101", 1, 6)], t);
    // May's return counts for May only: June has none yet
    expect(june.rows).toEqual([{ department: "4101", departmentName: "Afd. 4101", parent: "Hospital Nord", version: 1, month: 6, deadline: "2026-09-15", latest: null, consolidated: null }]);
    expect(june.history).toEqual([{ department: "4101", fileName: "maj.xlsx", received: "2027-06-08 09:00", status: "accepted", errors: 0, remarks: 0, version: 1, replacedBy: "skabelonen for juni sendt" }]);
    // a late May file collected in June: listed with the earlier returns and its problems, not as June's return
    const late = afterCollect(
      june,
      { files: [{ fileName: "maj sen.xlsx", department: "4101", status: "remarks", month: 5, kind: "followup", problems: [{ code: "X", severity: "remark", message: "mangler forklaring" }] }], consolidated: [], followUps: [] },
      "2027-07-09 10:00",
    );
    expect(late.rows[0].latest).toBeNull();
    expect(late.rows[0].consolidated).toBeNull();
    expect(late.history.at(-1)).toEqual({ department: "4101", fileName: "maj sen.xlsx", received: "2027-07-09 10:00", status: "remarks", errors: 0, remarks: 1, version: null, replacedBy: "" });
    expect(late.problems).toEqual([{ department: "4101", fileName: "maj sen.xlsx", sheet: "", cell: "", severity: "remark", message: "mangler forklaring", code: "X" }]);
  });

  it.each([
    ["the Danish word", "Opfølgning", ["f-4101-5", "f-4101-5b", "f-4101-6", "f-4102-5"]],
    ["the English word", "Follow-up", ["f-4101-5", "f-4101-5b", "f-4101-6", "f-4102-5"]],
    ["the code an earlier register wrote", "followup", ["f-4101-5", "f-4101-5b", "f-4101-6", "f-4102-5"]],
    ["a word of neither", "opfølgning x", ["f-4101-5", "f-4101-5b", "f-4101-6"]],
  ] as const)("reads a register row's kind written as %s", (_case, word, ids) => {
    const content = statusContent(book, strings("da"), "da", new Date(2026, 8, 10), "2026-09-10 14:32");
    expect(content.rows.find((r) => r[0] === "f-4102-5")?.[1]).toBe("Opfølgning");
    const rows = content.rows.map((r) => (r[0] === "f-4102-5" ? r.map((v, i) => (i === 1 ? word : v)) : r));
    const read = readStatus(asSheet(rows), { row: 0, column: 0, rows: rows.length }, null, strings("da"));
    expect(read.register.map((e) => e.id)).toEqual(ids);
  });

  it("reads a follow-up entry without its month as none of the register's", () => {
    const content = statusContent(book, strings("da"), "da", new Date(2026, 8, 10), "2026-09-10 14:32");
    const rows = content.rows.map((r) => (r[0] === "f-4102-5" ? r.map((v, i) => (i === 13 ? "" : v)) : r));
    const read = readStatus(asSheet(rows), { row: 0, column: 0, rows: rows.length }, null, strings("da"));
    expect(read.register.map((e) => e.id)).toEqual(["f-4101-5", "f-4101-5b", "f-4101-6"]);
  });
});

describe("the memory of what the panel wrote", () => {
  const rows = [
    ["Status", "Afdeling", "Navn"],
    ["Godkendt", "4101", "Kardiologi"],
    ["Afvist", "4102", "Ortopædi"],
  ];
  const memory = remember(rows);
  const sheet = (values: CellValue[][]): RangeData => ({ sheet: "S", address: "A1", row: 0, column: 0, values });

  it("owns its cells by their row's key wherever the row has moved, and nothing a person changed or added", () => {
    const now = sheet([
      ["Status", "Afdeling", "Navn"],
      ["Afvist", "4102", "Ortopædi"],
      ["Godkendt", "4101", "Kardiologi, ny leder"],
      ["note", "x", null],
    ]);
    const owned = ownedBy(memory, now, { row: 0, column: 0, rows: 4, columns: 3 });
    expect([0, 1, 2, 3].map((r) => [0, 1, 2].map((c) => owned(r, c)))).toEqual([
      [true, true, true],
      [true, true, true],
      [true, true, false],
      [false, false, true],
    ]);
    expect(intactRow(memory, ["Afvist", "4102", "Ortopædi"])).toBe(true);
    expect(intactRow(memory, ["Godkendt", "4101", "Kardiologi, ny leder"])).toBe(false);
  });

  it("reads a row remembered before the layout grew a column as intact while the new cells are blank", () => {
    expect(intactRow(memory, ["Afvist", "4102", "Ortopædi", null, ""])).toBe(true);
    expect(intactRow(memory, ["Afvist", "4102", "Ortopædi", "typed"])).toBe(false);
    expect(intactRow(memory, ["Afvist", "4102"])).toBe(false);
  });

  it("without a memory owns only blanks, and is read back only as a memory", () => {
    const owned = ownedBy(null, sheet([["a", null]]), { row: 0, column: 0, rows: 1, columns: 2 });
    expect([owned(0, 0), owned(0, 1)]).toEqual([false, true]);
    expect(asSheetMemory(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
    expect([asSheetMemory(null), asSheetMemory({ rows: { a: [1] } }), asSheetMemory("x")]).toEqual([null, null, null]);
  });

  it("writes over its own cells, clears what is left of its longer block, and leaves a person's", () => {
    const used = sheet([
      ["a", "b"],
      ["c", "mine"],
      ["d", "e"],
    ]);
    const owned = (row: number, column: number) => !(row === 1 && column === 1);
    expect(cellsOver([["A", ""]], 2, 3, used, { row: 0, column: 0 }, owned)).toEqual([
      ["A", ""],
      ["", null],
      ["", ""],
    ]);
  });
});
