// Everything the Forecast report is made from, read from the workbook: the follow-up table, the
// prior years, the report sheet with its mark, the newest report elsewhere to carry explanations
// from (when the report sheet holds none), and what the departments' follow-up returns hold (their
// forecasts and the action-plan register, as the Templates panel's collect keeps them, read by
// the readers given); then the plan and the write it makes.

import type { ActionRegisterRow, Language } from "../../core";
import type { DepartmentForecast } from "../../core/followupTemplates/types";
import { withSheet } from "../gateway/address";
import { isFormula, type Mark, type WorkbookGateway } from "../gateway/types";
import { loadActionRegister } from "./actionRegister";
import { loadDepartmentForecasts } from "./departmentForecasts";
import { FORECAST_COLUMNS, forecastChoices, monthlyAdjustmentHeaders, type ForecastChoices, type ForecastForm } from "./forecastForm";
import { reportMonthOf } from "./forecastLines";
import { forecastSteps, planForecastWorking, type ForecastPlan } from "./forecastPlan";
import type { Strings } from "./i18n";
import type { Planner } from "./planner";
import { asMemory, memorySetting, newestReport, nextRun, readComment, REPORT_MARK } from "./reportMemory";
import { quietWork, type Work } from "./work";
import type { PreparedWrite } from "./writeFlow";

/** How the departments' forecasts and the action-plan register of a year are read from the workbook. */
export interface ReturnReaders {
  readDepartmentForecasts(gateway: WorkbookGateway, year: number): Promise<DepartmentForecast[]>;
  readActionRegister(gateway: WorkbookGateway, year: number): Promise<ActionRegisterRow[]>;
}

/** No returns read: the report without the departments' forecasts and action plans. */
export const NO_RETURN_READERS: ReturnReaders = {
  readDepartmentForecasts: () => Promise.resolve([]),
  readActionRegister: () => Promise.resolve([]),
};

export async function readForecast(
  gateway: WorkbookGateway,
  tableRef: string,
  historyRef: string,
  choices: ForecastChoices,
  t: Strings,
  language: Language,
  readers: ReturnReaders = NO_RETURN_READERS,
  work: Work = quietWork,
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
  const returns = { departments: await readers.readDepartmentForecasts(gateway, choices.year), actions: await readers.readActionRegister(gateway, choices.year) };
  // planned line by line as work: the progress counts the lines, and Cancel stops it between them
  return planForecastWorking(work, table, history, { used, mark, memory: mark === null ? null : await memory(mark) }, choices, t, language, carry, nextRun(marks), returns);
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

/** The panel's fields apart from the columns, and the range of prior years' actuals. */
export type ForecastFields = Omit<
  ForecastForm,
  "keyColumn" | "actualColumn" | "budgetColumn" | "adjustmentColumn" | "departmentColumn" | "departmentNameColumn" | "hospitalColumn" | "textColumn" | "capBaseColumn"
> & { historyRef: string };

/** The Forecast panel's planner, reading the departments' returns with `readers`. */
export function forecastPlannerWith(readers: ReturnReaders): Planner<typeof FORECAST_COLUMNS, ForecastFields, ForecastPlan> {
  return {
    columns: FORECAST_COLUMNS,
    initialForm: (t) => ({
      year: String(new Date().getFullYear()),
      month: 1,
      method: "profile",
      historyRef: "",
      adjustmentMonths: "one",
      materialAmount: "100000",
      materialRate: "5",
      capRate: "2",
      capShare: "100",
      unit: 1,
      reportSheet: t.defaultReportSheet,
      chartLine: null,
    }),
    // the report is first offered as at the last month booked, for the total; 12 adjustment columns when their headers name the months
    adopt: (form, table, columns) => ({
      ...form,
      month: reportMonthOf(table, columns.actual),
      chartLine: null,
      adjustmentMonths: monthlyAdjustmentHeaders(table, columns.adjustment),
    }),
    async plan({ gateway, t, language, work }, { table, columns, form }) {
      const { historyRef, ...fields } = form;
      const choices = forecastChoices(
        {
          ...fields,
          keyColumn: columns.key,
          actualColumn: columns.actual,
          budgetColumn: columns.budget,
          adjustmentColumn: columns.adjustment,
          departmentColumn: columns.department,
          departmentNameColumn: columns.departmentName,
          hospitalColumn: columns.hospital,
          textColumn: columns.text,
          capBaseColumn: columns.capBase,
        },
        t,
        language,
      );
      const plan = await readForecast(gateway, withSheet(table.sheet, table.address), historyRef, choices, t, language, readers, work);
      return { table: plan.table, plan };
    },
    write: forecastWrite,
  };
}

/** The kept sheets the Templates panel's collect writes: the department forecasts and the action-plan register. */
export const KEPT_RETURN_READERS: ReturnReaders = { readDepartmentForecasts: loadDepartmentForecasts, readActionRegister: loadActionRegister };

export const forecastPlanner = forecastPlannerWith(KEPT_RETURN_READERS);
