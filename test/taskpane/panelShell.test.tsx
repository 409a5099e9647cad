// The panel shell as rendered (react-dom/server, no browser) for states of the workflow: before a
// table is chosen, with a table and its guessed columns, with a plan that has bad input, with a
// field not ready, after a write; and the task pane's tabs, one per panel of the registry.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { RangeData, WorkbookGateway } from "../../addin/gateway/types";
import { App } from "../../addin/taskpane/App";
import type { ColumnWants } from "../../addin/taskpane/columnGuess";
import { ColumnSelect } from "../../addin/taskpane/ColumnSelect";
import { forecastPlanner, type ForecastFields } from "../../addin/taskpane/forecastReport";
import { ForecastPanel } from "../../addin/taskpane/ForecastPanel";
import { en } from "../../addin/taskpane/i18n/en";
import { PanelShell, type PanelView } from "../../addin/taskpane/PanelShell";
import { PANELS } from "../../addin/taskpane/panels";
import { PeriodizePanel } from "../../addin/taskpane/PeriodizePanel";
import { periodizePlanner, type PeriodizeForm } from "../../addin/taskpane/periodizePlan";
import { RequirementPanel } from "../../addin/taskpane/RequirementPanel";
import { TemplatesPanel } from "../../addin/taskpane/TemplatesPanel";
import { chooseTable, initialColumns, type PanelPlan, type Planner } from "../../addin/taskpane/planner";
import type { PanelWorkflow } from "../../addin/taskpane/usePanelWorkflow";
import type { WorkProgress } from "../../addin/taskpane/work";

const nothing = async () => {};
/** The shell needs no workbook to render: nothing here is called. */
const gateway = {} as WorkbookGateway;

interface State<Form, Plan> {
  table?: RangeData | null;
  form?: Partial<Form>;
  plan?: Plan | null;
  busy?: boolean;
  status?: { intent: "success" | "error" | "info"; text: string } | null;
  canUndo?: boolean;
  progress?: WorkProgress | null;
}

/**
 * The workflow as the hook would hand it over in a state: the table taken as the hook takes it.
 * The shell reads only the planner's columns, so any plan will do for the plan shown.
 */
function workflowIn<W extends ColumnWants, Form extends object, Plan extends PanelPlan>(
  planner: Planner<W, Form, Plan>,
  state: State<Form, PanelPlan>,
): PanelWorkflow<W, Form, PanelPlan> {
  const form = { ...planner.initialForm(en), ...state.form };
  const chosen = state.table ? chooseTable(planner, state.table, form) : null;
  return {
    planner: planner as unknown as Planner<W, Form, PanelPlan>,
    gateway,
    t: en,
    language: "en",
    table: chosen?.table ?? null,
    columns: chosen?.columns ?? initialColumns(planner.columns),
    form: chosen?.form ?? form,
    plan: state.plan ?? null,
    busy: state.busy ?? false,
    status: state.status ?? null,
    guard: { busy: state.busy ?? false, status: state.status ?? null, setStatus: () => {}, guarded: nothing, progress: state.progress ?? null, cancel: () => {} },
    flow: {
      start: nothing,
      undo: nothing,
      canUndo: state.canUndo ?? false,
      question: null,
      asking: false,
      confirm: nothing,
      cancel: () => {},
      undoQuestion: null,
      askingUndo: false,
      confirmUndo: nothing,
      cancelUndo: () => {},
    },
    guarded: nothing,
    takeSelection: nothing,
    setColumn: () => {},
    change: () => {},
    preview: nothing,
    write: nothing,
  };
}

const FORECAST_VIEW: PanelView<typeof forecastPlanner.columns, ForecastFields> = {
  testIds: "fc-",
  hint: (t) => t.forecastHint,
  writeLabel: (t) => t.writeReport,
  columnTestId: (key) => `fc-column-${key}`,
};

const PERIODIZE_VIEW: PanelView<typeof periodizePlanner.columns, PeriodizeForm> = {
  testIds: "",
  hint: (t) => t.selectionHint,
  writeLabel: (t) => t.writeButton,
  columnTestId: (key) => `${key}-column`,
  columnShown: (key, form) => key !== "firstMonth" || form.task === "respread",
  countLines: true,
};

const render = (node: React.ReactNode) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** The opening tag of the element with the test id, or null. */
const tag = (html: string, testId: string) => new RegExp(`<[a-z]+ [^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? null;
/**
 * Whether a button is off. It is off as aria-disabled, never taken out of the tab order: a button
 * pressed from the keyboard that went off while its action runs would drop the focus to the page.
 */
const disabled = (html: string, testId: string) => {
  const opening = tag(html, testId) ?? "";
  if (/\sdisabled=""/.test(opening)) throw new Error(`${testId} is taken out of the tab order`);
  return /\saria-disabled="true"/.test(opening);
};
/** The text of a span or button with the test id (React's text separators taken out). */
const textOf = (html: string, testId: string) =>
  new RegExp(`data-testid="${testId}"[^>]*>(.*?)</(span|button)>`).exec(html.replace(/<!-- -->/g, ""))?.[1].replace(/<[^>]*>/g, "") ?? null;
/** The options of a column choice, and the one chosen. */
function choice(html: string, testId: string) {
  const select = new RegExp(`<select[^>]*data-testid="${testId}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? "";
  const options = [...select.matchAll(/<option value="([^"]*)"( selected="")?>([^<]*)<\/option>/g)];
  return { options: options.map((o) => o[3]), chosen: options.find((o) => o[2])?.[1] ?? null };
}

const FOLLOW_UP: RangeData = {
  sheet: "Opfølgning",
  address: "A1:AA9",
  row: 0,
  column: 0,
  values: [
    ["Nøgle", "Tekst", ...en.months.map((m) => `Forbrug ${m}`), ...en.months.map((m) => `Budget ${m}`), "Korrektion"],
    ...Array.from({ length: 8 }, (_, i) => [`L${i}`, "tekst", ...new Array<number>(24).fill(1), null]),
  ],
};

const BUDGET: RangeData = {
  sheet: "Budget",
  address: "A1:D17",
  row: 0,
  column: 0,
  values: [["Omkostningssted", "Konto", "Tekst", "Årsbudget 2026"], ...Array.from({ length: 16 }, (_, i) => [`41${i}`, "1110 Løn", "Løn", 1000 * (i + 1)])],
};

describe("PanelShell", () => {
  it("before a table: the hint and the button to take the selection, nothing else", () => {
    const html = render(<PanelShell workflow={workflowIn(forecastPlanner, {})} view={FORECAST_VIEW} preview={() => null} />);
    expect(html).toContain(en.forecastHint);
    expect(textOf(html, "fc-use-selection")).toBe("Use selected table");
    for (const testId of ["fc-table-address", "fc-column-key", "fc-preview", "fc-write", "fc-status", "fc-undo", "fc-bad-lines"]) expect(tag(html, testId), testId).toBeNull();
  });

  it("with a table: its address, the columns guessed, (none) only for a column that may be left out", () => {
    const html = render(<PanelShell workflow={workflowIn(forecastPlanner, { table: FOLLOW_UP })} view={FORECAST_VIEW} preview={() => null} />);
    expect(textOf(html, "fc-table-address")).toBe("Table: Opfølgning!A1:AA9");
    expect(["key", "actual", "budget", "adjustment"].map((key) => choice(html, `fc-column-${key}`).chosen)).toEqual(["0", "2", "14", "26"]);
    expect(choice(html, "fc-column-key").options).toHaveLength(27);
    expect(choice(html, "fc-column-adjustment").options[0]).toBe("(none)");
    expect(choice(html, "fc-column-key").options[0]).toBe("Nøgle");
    expect(html).toContain(">Line key column<");
    expect(html).toContain(">Known adjustments still to come (optional)<");
    expect([textOf(html, "fc-preview"), textOf(html, "fc-write")]).toEqual(["Preview", "Write report"]);
    expect([disabled(html, "fc-preview"), disabled(html, "fc-write")]).toEqual([false, false]);
  });

  it("counts the lines where the panel asks for it, and offers a column only while its task needs it", () => {
    const periodize = render(<PanelShell workflow={workflowIn(periodizePlanner, { table: BUDGET })} view={PERIODIZE_VIEW} preview={() => null} />);
    expect(textOf(periodize, "table-address")).toBe("Table: Budget!A1:D17 (16 lines)");
    expect(choice(periodize, "annual-column").chosen).toBe("3");
    expect(tag(periodize, "firstMonth-column")).toBeNull();
    const months: RangeData = { ...BUDGET, address: "A1:P17", values: BUDGET.values.map((row, r) => [...row, ...en.months.map((m) => (r === 0 ? `${m} 2026` : 1))]) };
    const respread = render(<PanelShell workflow={workflowIn(periodizePlanner, { table: months, form: { task: "respread" } })} view={PERIODIZE_VIEW} preview={() => null} />);
    expect([choice(respread, "annual-column").chosen, choice(respread, "firstMonth-column").chosen]).toEqual(["3", "4"]);
  });

  it.each<[string, State<ForecastFields, PanelPlan>, { preview: boolean; write: boolean }]>([
    ["a plan without bad input", { plan: { error: null, bad: [] } }, { preview: false, write: false }],
    ["a plan with a bad line", { plan: { error: null, bad: [{ address: "Opfølgning!A3", label: "L1", error: "The line key is blank" }] } }, { preview: false, write: true }],
    ["a plan with a problem", { plan: { error: "The table needs 12 actual and 12 budget month columns", bad: [] } }, { preview: false, write: true }],
    ["an action running", { busy: true }, { preview: true, write: true }],
  ])("%s: Preview and Write off as they must be", (_, state, off) => {
    const html = render(<PanelShell workflow={workflowIn(forecastPlanner, { table: FOLLOW_UP, ...state })} view={FORECAST_VIEW} preview={() => null} />);
    expect({ preview: disabled(html, "fc-preview"), write: disabled(html, "fc-write") }).toEqual(off);
  });

  it.each<[string, PanelPlan, boolean]>([
    ["a plan without a problem", { error: null, bad: [] }, true],
    ["a plan with bad lines", { error: null, bad: [{ address: "Opfølgning!A3", label: "L1", error: "The line key is blank" }] }, true],
    ["a plan with a problem with the whole input", { error: "The table needs 12 actual and 12 budget month columns", bad: [] }, false],
  ])("%s: its results shown: %s", (_, plan, shown) => {
    const html = render(
      <PanelShell workflow={workflowIn(forecastPlanner, { table: FOLLOW_UP, plan })} view={FORECAST_VIEW} preview={() => <span data-testid="fc-plan">results</span>} />,
    );
    expect(tag(html, "fc-plan") !== null).toBe(shown);
  });

  it("waits for a field that is not ready", () => {
    const html = render(<PanelShell workflow={workflowIn(periodizePlanner, { table: BUDGET })} view={PERIODIZE_VIEW} ready={false} preview={() => null} />);
    expect([disabled(html, "preview"), disabled(html, "write")]).toEqual([true, true]);
  });

  it("lists the bad lines by address, shows the status and the preview, and offers undo after a write", () => {
    const plan: PanelPlan = { error: null, bad: [{ address: "Opfølgning!A3", label: "L1", error: "The line key is blank" }] };
    const html = render(
      <PanelShell
        workflow={workflowIn(forecastPlanner, { table: FOLLOW_UP, plan, status: { intent: "success", text: "Report written to Forecast: 8 lines; 0 explanations kept." }, canUndo: true })}
        view={FORECAST_VIEW}
        preview={(shown) => <span data-testid="fc-plan">{shown.bad?.length} bad</span>}
      />,
    );
    expect(html.replace(/<!-- -->/g, "")).toMatch(/data-testid="fc-bad-lines".*<li><button [^>]*>Opfølgning!A3<\/button> \(L1\): The line key is blank<\/li>/);
    expect(html).toContain("Report written to Forecast: 8 lines; 0 explanations kept.");
    expect(tag(html, "fc-status")).not.toBeNull();
    expect(textOf(html, "fc-plan")).toBe("1 bad");
    expect(textOf(html, "fc-undo")).toBe("Undo last write");
  });
});

describe("ColumnSelect", () => {
  it.each<[string, RangeData["values"][number], string[]]>([
    ["texts and numbers", ["Konto", 2026, "Budget"], ["Konto", "2026", "Budget"]],
    ["an error value, by its code", [{ error: "#N/A" }, "Budget", { error: "#REF!" }], ["#N/A", "Budget", "#REF!"]],
    ["blank headers, by their place", [null, "Budget", "   "], ["#1", "Budget", "#3"]],
    ["text with spaces around it, trimmed", ["  Årsbudget ", "Budget", "Tekst"], ["Årsbudget", "Budget", "Tekst"]],
  ])("offers each column by its header: %s", (_, headers, options) => {
    const html = render(<ColumnSelect label="Annual budget column" headers={headers} value={1} onChange={() => {}} testId="annual-column" />);
    expect(choice(html, "annual-column")).toEqual({ options, chosen: "1" });
  });
});

describe("the task pane", () => {
  it("has a tab for every panel of the registry, in its order, and mounts only the first until another is opened", () => {
    const html = renderToStaticMarkup(<App gateway={gateway} language="en" />);
    expect(PANELS.map((p) => p.id)).toEqual(["periodize", "requirement", "forecast", "templates"]);
    const tabs = [...html.matchAll(/data-testid="(tab-[a-z]+)"/g)].map((m) => m[1]);
    expect(tabs).toEqual(["tab-periodize", "tab-requirement", "tab-forecast", "tab-templates"]);
    expect(PANELS.map((p) => p.tab(en))).toEqual(["Periodise", "Requirement", "Forecast", "Templates"]);
    expect(["use-selection", "req-use-selection", "fc-use-selection", "tp-use-selection"].map((testId) => html.includes(`data-testid="${testId}"`))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it.each([
    ["periodize", PeriodizePanel, "use-selection"],
    ["requirement", RequirementPanel, "req-use-selection"],
    ["forecast", ForecastPanel, "fc-use-selection"],
    ["templates", TemplatesPanel, "tp-use-selection"],
  ] as const)("the %s panel has its own test ids", (_id, Panel, testId) => {
    const html = renderToStaticMarkup(<Panel gateway={gateway} strings={en} language="en" />);
    expect(textOf(html, testId)).toBe("Use selected table");
  });

  it("speaks Danish in Danish", () => {
    const html = renderToStaticMarkup(<App gateway={gateway} language="da" />);
    expect(html.replace(/<!-- -->/g, "")).toContain(">Periodisér<");
    expect(html.replace(/<!-- -->/g, "")).toContain(">Skabeloner<");
  });
});
