// Everything the Forecast report is made from, read from the workbook: the follow-up table, the
// prior years, the report sheet with its mark, and the newest report elsewhere to carry
// explanations from (when the report sheet holds none); then the plan and the write it makes.

import type { Language } from "../../core";
import type { WorkbookGateway } from "../gateway/types";
import { forecastSteps, planForecast, type ForecastChoices, type ForecastPlan } from "./forecastPlan";
import type { Strings } from "./i18n";
import { newestReport, nextRun, REPORT_MARK } from "./reportMemory";
import type { PreparedWrite } from "./writeFlow";

export async function readForecast(
  gateway: WorkbookGateway,
  tableRef: string,
  historyRef: string,
  choices: ForecastChoices,
  t: Strings,
  language: Language,
): Promise<ForecastPlan> {
  const table = await gateway.readRange(tableRef);
  const history = historyRef.trim() === "" ? null : await gateway.readRange(historyRef.trim());
  const marks = await gateway.findMarks(REPORT_MARK);
  const sheet = choices.reportSheet;
  const mark = marks.find((m) => m.sheet.toLowerCase() === sheet.toLowerCase()) ?? null;
  const used = await gateway.readUsed(sheet);
  const newest = mark === null ? newestReport(marks, sheet) : null;
  const carry = newest === null ? null : { mark: newest, used: await gateway.readUsed(newest.sheet) };
  return planForecast(table, history, { used, mark }, choices, t, language, carry, nextRun(marks));
}

/** The report as a write: its steps, the cells of the earlier report it may rewrite, the message. */
export function forecastWrite(plan: ForecastPlan, t: Strings): PreparedWrite {
  return {
    steps: forecastSteps(plan),
    owned: (sheet, row, column) => sheet.toLowerCase() === plan.sheet.toLowerCase() && plan.owned(row, column),
    done: t.forecastWritten(plan.sheet, plan.lines.length, plan.kept, plan.keptFrom),
  };
}
