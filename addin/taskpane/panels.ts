// The panels the task pane offers, in the order of their tabs. A panel is its plan module (a
// Planner: the table's columns, its fields, the plan and the write), its component (its fields
// and its preview inside PanelShell), its texts in i18n/en.ts and i18n/da.ts, and its entry here.

import { lazy, type ComponentType } from "react";
import { ForecastPanel } from "./ForecastPanel";
import type { Strings } from "./i18n";
import { PeriodizePanel } from "./PeriodizePanel";
import { RequirementPanel } from "./RequirementPanel";
import type { PanelProps } from "./usePanelWorkflow";

// central finance's panel is loaded when its tab is first opened, so the pane starts without it
const TemplatesPanel = lazy(() => import(/* webpackChunkName: "templatesPanel" */ "./TemplatesPanel").then((m) => ({ default: m.TemplatesPanel })));

export interface PanelEntry {
  /** Names the tab; its test id is `tab-${id}`. */
  id: string;
  tab: (t: Strings) => string;
  Component: ComponentType<PanelProps>;
}

export const PANELS: readonly PanelEntry[] = [
  { id: "periodize", tab: (t) => t.periodizeTab, Component: PeriodizePanel },
  { id: "requirement", tab: (t) => t.requirementTab, Component: RequirementPanel },
  { id: "forecast", tab: (t) => t.forecastTab, Component: ForecastPanel },
  { id: "templates", tab: (t) => t.templatesTab, Component: TemplatesPanel },
];
