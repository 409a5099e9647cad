// The quarterly pack's lines from the Forecast report's: per line its department and hospital,
// the three projected year-ends (the add-in's, the department's, after the decided measures), the
// expected result, the carry-over and both explanations, as the report has them.

import type { PackRequest } from "./quarterlyPack";
import type { ForecastPlan } from "./forecastPlan";
import type { Strings } from "./i18n";

/** The pack's request for the report's plan, or why there can be none (the report's problem, or lines without a department or hospital). */
export function packRequest(plan: ForecastPlan, t: Strings): PackRequest | string {
  if (plan.error !== null) return plan.error;
  if (plan.bad.length > 0) return `${plan.bad[0].address}: ${plan.bad[0].error}`;
  const c = plan.choices;
  if (c.departmentColumn === null || c.hospitalColumn === null || plan.lines.some((l) => l.department === "" || l.hospital === "")) return t.followUpSend.packNeedsUnits;
  return {
    year: plan.year,
    month: plan.month,
    capRate: c.capRate,
    capShare: c.capShare,
    lines: plan.lines.map((l) => ({
      department: l.department,
      departmentName: l.departmentName,
      hospital: l.hospital,
      key: l.key,
      text: l.text,
      budget: l.budget,
      actualToDate: l.actualToDate,
      projection: l.yearEnd,
      departmentProjection: l.departmentYearEnd,
      afterActions: l.actionsYearEnd,
      result: l.result,
      carryover: l.carryover,
      capBase: l.capBase,
      material: l.material,
      explanation: l.explanation,
      departmentExplanation: l.departmentExplanation,
    })),
  };
}
