// What a department's new follow-up template starts from: its latest explanation per line, of the
// months before, or of the month itself when the template is sent again after the department
// returned it; a later month's, or an empty one, is never carried.

import { describe, expect, it } from "vitest";
import type { DepartmentForecast } from "../../core/followupTemplates/types";
import { earlierExplanations } from "../../addin/taskpane/followUpSend";

const kept = (department: string, month: number, key: string, explanation: string): DepartmentForecast => ({ department, month, key, explanation, yearEnd: 1000, projection: 1000 });

const FORECASTS = [
  kept("4101", 4, "1110", "Overtid i april"),
  kept("4101", 5, "1110", "Færre vikarer fra maj"),
  kept("4101", 6, "1110", "Overtid i juni"),
  kept("4101", 5, "2210", "Dyre behandlinger"),
  kept("4101", 6, "2210", "  "),
  kept("4102", 6, "1110", "Nye stillinger"),
  kept("4102", 7, "1110", "Juli-tal"),
];

describe("earlierExplanations", () => {
  it.each<[string, number, [string, string, string][]]>([
    ["May's template: May's, over April's", 5, [["4101", "1110", "Færre vikarer fra maj"], ["4101", "2210", "Dyre behandlinger"]]],
    ["June's template sent again after June's return: June's, over May's; an empty one leaves May's; July's never", 6, [["4101", "1110", "Overtid i juni"], ["4101", "2210", "Dyre behandlinger"], ["4102", "1110", "Nye stillinger"]]],
    ["April's: nothing later", 4, [["4101", "1110", "Overtid i april"]]],
    ["before any return: none", 3, []],
  ])("%s", (_, month, expected) => {
    expect(earlierExplanations(FORECASTS, month).map((e) => [e.department, e.key, e.explanation])).toEqual(expected);
  });
});
