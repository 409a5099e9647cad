// The action-plan register sheet on the preview workbook: the first collect's cells, formats,
// filter and mark; the rows read back as written (round trip, in either language); a later collect
// updating, adding and dropping measures with finance's note kept on its measure wherever its row
// moves; a person's text typed over a cell the panel wrote making the write ask; a measure's row
// that cannot be read, and returns of another year, stopping the write.

import { describe, expect, it } from "vitest";
import type { ActionPlanEntry, ActionRegisterRow } from "../../core/actionPlan";
import type { FollowUpReturn } from "../../core/followupTemplates/types";
import type { Language } from "../../core";
import {
  ACTION_MARK,
  actionRegisterWrite,
  loadActionRegister,
  prepareActionRegister,
  readActionRegister,
} from "../../addin/taskpane/actionRegister";
import { examineWrite } from "../../addin/taskpane/writeFlow";
import { sample, sheetCells, strings, writeUnasked } from "./templatesFixture";
import { measureEntry as entry } from "../fixtures/followUpTerms";

export const returned = (department: string, month: number, actions: ActionPlanEntry[], year = 2027): FollowUpReturn => ({
  department,
  departmentName: `Afd. ${department}`,
  parent: "Hospital Nord",
  year,
  month,
  fileName: `${department} ${month}.xlsx`,
  lines: [],
  actions,
});

const A1 = entry("4101-1", "4101");
const A2 = entry("4101-2", "4101", { decided: false, key: null, effect: -5_000.5, startMonth: 9, measure: "Færre vikarer" });
const B1 = entry("4102-1", "4102", { startMonth: 4, effect: 12_000, owner: "Oversygeplejerske" });
const MARCH = [returned("4101", 3, [A1, A2]), returned("4102", 3, [B1])];

async function collect(gateway: ReturnType<typeof sample>["gateway"], returns: FollowUpReturn[], language: Language = "da") {
  const plan = await prepareActionRegister(gateway, returns, strings(language), language);
  return { plan, prepared: actionRegisterWrite(plan) };
}

const row = (e: ActionPlanEntry, status: ActionRegisterRow["status"], firstMonth: number, asAt: number, note = ""): ActionRegisterRow => ({ ...e, status, firstMonth, asAt, note });

describe("the first collect of action plans", () => {
  it("writes the register: title, information, header, one row per measure with its effect still to come", async () => {
    const { gateway, book } = sample();
    const { plan, prepared } = await collect(gateway, MARCH);
    await writeUnasked(gateway, prepared);
    expect(prepared?.done).toBe("Handleplanregistret på Handleplaner har 3 tiltag: 3 nye, 0 udgået.");
    expect(sheetCells(book, "Handleplaner")).toEqual([
      ["Handleplaner 2027"],
      ["3 tiltag: 2 besluttet, 1 foreslået, 0 udgået · opgjort pr. udgangen af marts"],
      [],
      ["Id", "Afdeling", "Linje", "Tiltag", "Ansvarlig", "Besluttet", "Startmåned", "Effekt pr. måned", "Resterende effekt", "Status", "Først indberettet", "Opgjort pr. måned", "Økonomiafdelingens note"],
      // as at March: July-December of 25,000; September-December of -5,000.50; April-December of 12,000
      ["4101-1", "4101", "2210", "Tiltag 4101-1", "Afdelingsledelsen", "Ja", 7, 25_000, 150_000, "Besluttet", 3, 3],
      ["4101-2", "4101", "Hele afdelingen", "Færre vikarer", "Afdelingsledelsen", "Nej", 9, -5_000.5, -20_002, "Foreslået", 3, 3],
      ["4102-1", "4102", "2210", "Tiltag 4102-1", "Oversygeplejerske", "Ja", 4, 12_000, 108_000, "Besluttet", 3, 3],
    ]);
    expect(plan.rows).toEqual([row(A1, "decided", 3, 3), row(A2, "proposed", 3, 3), row(B1, "decided", 3, 3)]);
    expect(book.marks(ACTION_MARK)).toEqual([{ sheet: "Handleplaner", address: "A1:M7", comment: '{"year":2027,"month":3}' }]);
    expect([book.formatAt("Handleplaner", { row: 3, column: 9 }).bold, book.formatAt("Handleplaner", { row: 4, column: 0 }).bold, book.formatAt("Handleplaner", { row: 0, column: 0 }).bold]).toEqual([true, false, true]);
    expect([7, 8].map((column) => book.formatAt("Handleplaner", { row: 5, column }).numberFormat)).toEqual(["#,##0", "#,##0"]);
    // the AutoFilter over the header and the measures: the status among its columns
    expect(book.filters.get("Handleplaner")).toEqual({ sheet: "Handleplaner", start: { row: 3, column: 0 }, end: { row: 6, column: 12 } });
  });

  it.each(["da", "en"] as const)("reads back in %s the rows it wrote, by the mark", async (language) => {
    const { gateway } = sample();
    const { plan, prepared } = await collect(gateway, MARCH, language);
    await writeUnasked(gateway, prepared);
    expect(await loadActionRegister(gateway)).toEqual(plan.rows);
    expect(plan.rows).toHaveLength(3);
  });

  it("reads nothing without a mark, and the rows of a sheet read whole", async () => {
    const { gateway } = sample();
    expect(await loadActionRegister(gateway)).toEqual([]);
    const { prepared } = await collect(gateway, MARCH, "en");
    await writeUnasked(gateway, prepared);
    expect((await readActionRegister(await gateway.readUsed("Action plans"))).map((r) => [r.id, r.status, r.key])).toEqual([
      ["4101-1", "decided", "2210"],
      ["4101-2", "proposed", null],
      ["4102-1", "decided", "2210"],
    ]);
  });

  it("writes nothing for no returns on a new sheet", async () => {
    const { gateway } = sample();
    const { plan, prepared } = await collect(gateway, []);
    expect([plan.error, prepared]).toEqual([null, null]);
  });
});

describe("collecting again", () => {
  async function march() {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH)).prepared);
    return { gateway, book };
  }

  it("updates, adds and drops measures; finance's note stays with its measure wherever the row moves", async () => {
    const { gateway, book } = await march();
    book.type("Handleplaner", { row: 5, column: 12 }, "afventer MED-udvalget");
    book.type("Handleplaner", { row: 6, column: 12 }, "følges månedligt");
    // June: 4101 decides A2 and adds a measure that sorts before 4102's; A1 is no longer listed
    const june = [returned("4101", 6, [{ ...A2, decided: true }, entry("4101-3", "4101", { effect: 8_000, startMonth: 8 })])];
    const { plan, prepared } = await collect(gateway, june);
    await writeUnasked(gateway, prepared);
    expect(prepared?.done).toBe("Handleplanregistret på Handleplaner har 4 tiltag: 1 nye, 1 udgået.");
    expect(sheetCells(book, "Handleplaner").slice(1)).toEqual([
      ["4 tiltag: 3 besluttet, 0 foreslået, 1 udgået · opgjort pr. udgangen af juni"],
      [],
      ["Id", "Afdeling", "Linje", "Tiltag", "Ansvarlig", "Besluttet", "Startmåned", "Effekt pr. måned", "Resterende effekt", "Status", "Først indberettet", "Opgjort pr. måned", "Økonomiafdelingens note"],
      // a dropped measure has no effect to come
      ["4101-1", "4101", "2210", "Tiltag 4101-1", "Afdelingsledelsen", "Ja", 7, 25_000, null, "Udgået", 3, 3],
      ["4101-2", "4101", "Hele afdelingen", "Færre vikarer", "Afdelingsledelsen", "Ja", 9, -5_000.5, -20_002, "Besluttet", 3, 6, "afventer MED-udvalget"],
      ["4101-3", "4101", "2210", "Tiltag 4101-3", "Afdelingsledelsen", "Ja", 8, 8_000, 40_000, "Besluttet", 6, 6],
      // 4102 returned nothing for June: its measure stands, its effect to come now as at June
      ["4102-1", "4102", "2210", "Tiltag 4102-1", "Oversygeplejerske", "Ja", 4, 12_000, 72_000, "Besluttet", 3, 3, "følges månedligt"],
    ]);
    expect(await loadActionRegister(gateway)).toEqual(plan.rows);
    expect(book.marks(ACTION_MARK)).toEqual([{ sheet: "Handleplaner", address: "A1:M8", comment: '{"year":2027,"month":6}' }]);
  });

  it("reads rows a person sorted as the same measures, and rewrites them without asking", async () => {
    const { gateway, book } = await march();
    const cells = sheetCells(book, "Handleplaner");
    // sorted by the id, descending: 4102-1, 4101-2, 4101-1
    await gateway.writeRange("Handleplaner!A5", [cells[6], cells[5], cells[4]].map((line) => Array.from({ length: 13 }, (_, c) => (line[c] ?? "") as string | number)));
    const { prepared } = await collect(gateway, [returned("4102", 6, [{ ...B1, effect: 10_000 }])]);
    await writeUnasked(gateway, prepared);
    // the departments in the order the sheet now has them, each one's measures by month and id
    expect(sheetCells(book, "Handleplaner").slice(4).map((r) => [r[0], r[7], r[8], r[11]])).toEqual([
      ["4102-1", 10_000, 60_000, 6],
      ["4101-1", 25_000, 150_000, 3],
      ["4101-2", -5_000.5, -20_002, 3],
    ]);
  });

  it("asks before a person's text typed over a cell it wrote is overwritten: nothing typed is lost", async () => {
    const { gateway, book } = await march();
    book.type("Handleplaner", { row: 4, column: 3 }, "Tiltag aftalt med direktionen");
    const { prepared } = await collect(gateway, [returned("4101", 6, [{ ...A1, measure: "Omlagt vagtplan" }, A2])]);
    const examined = await examineWrite(gateway, prepared!);
    expect(examined.losses).toEqual([{ address: "Handleplaner!D5", held: "Tiltag aftalt med direktionen" }]);
  });

  it("keeps a person's text typed in a measure's cell when no return changes that measure: nothing to ask", async () => {
    const { gateway, book } = await march();
    book.type("Handleplaner", { row: 6, column: 4 }, "Ny oversygeplejerske");
    const { prepared } = await collect(gateway, [returned("4101", 6, [A1, A2])]);
    await writeUnasked(gateway, prepared);
    expect(sheetCells(book, "Handleplaner")[6][4]).toBe("Ny oversygeplejerske");
  });

  it.each([
    ["da", "Handleplaner", "Handleplaner", "tiltagets række kan ikke læses (en måned, effekten, status eller Besluttet er ikke, som registret skriver dem); ret den, eller fortryd ændringen"],
    ["en", "Action plans", "'Action plans'", "the measure's row cannot be read (a month, the effect, the status or Decided is not as the register writes them); put it right or undo the change"],
  ] as const)("stops at a measure's row that cannot be read, in %s", async (language, sheet, quoted, error) => {
    const { gateway, book } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH, language)).prepared);
    book.type(sheet, { row: 5, column: 7 }, "cirka 5000");
    const { plan, prepared } = await collect(gateway, [returned("4102", 6, [B1])], language);
    expect([plan.bad, prepared]).toEqual([[{ address: `${quoted}!A6`, label: "4101-2", error }], null]);
  });

  it.each([
    ["da", "Handleplaner er for 2027, men der er indsamlet returneringer for 2028; indsaml ét års returneringer ad gangen, på det års ark."],
    ["en", "Action plans is for 2027, but returns for 2028 were collected; collect one year's returns at a time, onto that year's sheet."],
  ] as const)("refuses returns of another year than the register's, in %s", async (language, error) => {
    const { gateway } = sample();
    await writeUnasked(gateway, (await collect(gateway, MARCH, language)).prepared);
    const { plan, prepared } = await collect(gateway, [returned("4101", 3, [A1], 2028)], language);
    expect([plan.error, prepared]).toEqual([error, null]);
  });

  it.each([
    ["da", "Handleplaner: rapportens måned skal være et helt tal fra 1 til 12; fik 13"],
    ["en", "Action plans: the report month must be a whole number from 1 to 12; got 13"],
  ] as const)("refuses a return's month that is none, in %s", async (language, error) => {
    const { gateway } = sample();
    const { plan } = await collect(gateway, [returned("4101", 13, [A1])], language);
    expect(plan.error).toBe(error);
  });
});
