// Everything the Forecast report is made from, read from the workbook: the follow-up table, the
// prior years, the report sheet with its mark, and the newest report elsewhere to carry
// explanations from (when the report sheet holds none); then the plan and the write it makes.

import type { Language } from "../../core";
import { isFormula, type Mark, type WorkbookGateway } from "../gateway/types";
import type { ForecastChoices } from "./forecastForm";
import { forecastSteps, planForecast, type ForecastPlan } from "./forecastPlan";
import type { Strings } from "./i18n";
import { asMemory, memorySetting, newestReport, nextRun, readComment, REPORT_MARK } from "./reportMemory";
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
  const memory = async (m: Mark) => asMemory(await gateway.readSetting(memorySetting(readComment(m.comment).run)));
  const newest = mark === null ? newestReport(marks, sheet) : null;
  const carry = newest === null ? null : { mark: newest, used: await gateway.readUsed(newest.sheet), memory: await memory(newest) };
  return planForecast(table, history, { used, mark, memory: mark === null ? null : await memory(mark) }, choices, t, language, carry, nextRun(marks));
}

/** The report as a write: its steps, the cells of the earlier report it may rewrite, the message. */
export function forecastWrite(plan: ForecastPlan, t: Strings): PreparedWrite {
  return {
    steps: forecastSteps(plan),
    // the report writes no formulas: a formula in it is a person's
    owned: (sheet, row, column, held) =>
      sheet.toLowerCase() === plan.sheet.toLowerCase() && !(isFormula(held) && held.formula.startsWith("=")) && plan.owned(row, column),
    done: t.forecastWritten(plan.sheet, plan.lines.length, plan.kept, plan.keptFrom),
  };
}
