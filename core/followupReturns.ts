// What the departments' follow-up returns bring to the Forecast report: each line's own
// expected year-end and explanation, as the department gave them for the report month.
//
// A line is matched by its key and, when the line names its department, that department: a
// return of another department for the same key is not this line's. A line that names no
// department takes the return for its key only when one department alone returned it, since two
// would leave the line's own unknown. Of two returns of the same department, the later collected (the
// later in the list) is the line's. Returns for other months count for nothing.

import type { DepartmentForecast } from "./followupTemplates/types";

/** The department's return for a line as at the month, or null without one. */
export function departmentProjection(
  forecasts: readonly DepartmentForecast[],
  month: number,
  line: { key: string; department: string | null },
): DepartmentForecast | null {
  const found = forecasts.filter((f) => f.month === month && f.key === line.key && (line.department === null || f.department === line.department));
  return new Set(found.map((f) => f.department)).size === 1 ? found[found.length - 1] : null;
}
