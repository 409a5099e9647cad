// What the panel's profile choices become: the weights the plan periodises along (through the
// same BUDGET.PROFILE adapter Excel runs) and the formula text written in "live formulas" mode,
// which must give the same weights in a cell.

import { describe, expect, it } from "vitest";
import { createEngine } from "../../addin/preview/engine";
import { resolveProfile, type ProfileChoice } from "../../addin/taskpane/profileChoice";

const NO_RISE = Array(12).fill(0);

describe("resolveProfile", () => {
  it.each<[string, ProfileChoice, unknown[][] | null, string]>([
    ["equal", { kind: "builtin", name: "equal", workdayOptions: "" }, [["equal"]], '"equal"'],
    ["working days", { kind: "builtin", name: "workdays", workdayOptions: "" }, [["workdays"]], '"workdays"'],
    [
      "working days with grundlovsdag off",
      { kind: "builtin", name: "workdays", workdayOptions: "grundlovsdag" },
      [[21, 20, 22, 19, 19, 21, 23, 21, 22, 22, 21, 22]],
      'BUDGET.PROFILE("workdays",2026,"grundlovsdag")',
    ],
    ["a library row", { kind: "range", ref: "Profiler!B3:M3", weights: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]] }, [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], "Profiler!$B$3:$M$3"],
    ["quarterly payments", { kind: "payments", months: [1, 4, 7, 10] }, [[1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]], 'BUDGET.PROFILE("payments",2026,"1,4,7,10")'],
    [
      "salary +4 % from April, half a month extra in May",
      { kind: "salary", rises: [0, 0, 0, 0.04, ...NO_RISE.slice(4)], extras: [0, 0, 0, 0, 0.5, ...NO_RISE.slice(5)] },
      [[1, 1, 1, 1.04, 1.56, 1.04, 1.04, 1.04, 1.04, 1.04, 1.04, 1.04]],
      'BUDGET.PROFILE("salary",2026,{0,0,0,0.04,0,0,0,0,0,0,0,0;0,0,0,0,0.5,0,0,0,0,0,0,0})',
    ],
    ["history from a range", { kind: "historical", ref: "Hist!B2:M2", options: [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5]] }, [[0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.0625, 0.3125]], 'BUDGET.PROFILE("historical",2026,Hist!$B$2:$M$2)'],
    ["current shape", { kind: "current" }, null, ""],
  ])("%s", (_, choice, cells, formula) => {
    expect(resolveProfile(choice, 2026, "en")).toEqual({ cells, formula, error: null });
  });

  it("reports a profile that cannot be made, in the user's language", () => {
    const choice: ProfileChoice = { kind: "historical", ref: "Hist!B2:M2", options: [Array(12).fill(0)] };
    expect(resolveProfile(choice, 2026, "da").error).toBe(
      "historikken har intet år med en positiv total (tomme og negative måneder tæller som 0); angiv mindst ét år med forbrug over 0",
    );
  });

  it("writes formula text that gives the same weights in the preview engine", () => {
    const choice: ProfileChoice = { kind: "salary", rises: [0, 0, 0, 0.04, ...NO_RISE.slice(4)], extras: [0, 0, 0, 0, 0.5, ...NO_RISE.slice(5)] };
    const resolved = resolveProfile(choice, 2026, "en");
    const engine = createEngine({ S: [[`=${resolved.formula}`]] });
    expect([engine.getSheetValues(0)[0]]).toEqual(resolved.cells);
  });
});
