import { it } from "vitest";
import { forecast } from "../core/forecast";
import { historicalProfile } from "../core/derivedProfiles";
import { priorYearTest } from "../core/backtest";
import { forecastLines } from "./floatForecast";
it("prof", () => {
  const lines = forecastLines(3000, 5, 2028);
  const t = (name: string, f: () => void) => { f(); const s = performance.now(); f(); console.log(name, ((performance.now() - s) / 3).toFixed(2), "µs/line"); };
  t("historicalProfile 2 rows", () => { for (const l of lines) historicalProfile(l.history.slice(0, 2)); });
  t("historicalProfile 3 rows", () => { for (const l of lines) historicalProfile(l.history); });
  t("priorYearTest", () => { for (const l of lines) priorYearTest(l.actuals, l.budget, l.history, undefined); });
  t("profile w history", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "profile", history: l.history }); });
  t("ets", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "ets", history: l.history }); });
  t("prioryear", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "prioryear", history: l.history }); });
  t("runrate", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "runrate" }); });
  t("budget", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "budget" }); });
  t("auto", () => { for (const l of lines) forecast(l.actuals, l.budget, { method: "auto", history: l.history }); });
});
