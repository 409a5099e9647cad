// The Forecast panel's follow-up returns, sent to the departments: its texts in English.

export const followUpSendEn = {
  heading: "Send follow-up returns to the departments",
  hint: "One template per department, as at the report's month: the calculated projection locked, the department's own year-end, explanations and action plan to fill in. The register is written to the follow-up status sheet first.",
  deadline: "Deadline",
  contact: "Contact",
  instructions: "Instructions for the departments",
  actionRows: "Empty rows for new measures",
  language: "The templates' language",
  build: "Build follow-up templates",
  nothingLeft: "As at December no month is left to forecast: choose an earlier month for follow-up returns.",
  sentDone: (departments: number, statusSheet: string) => `${departments === 1 ? "1 follow-up template" : `${departments} follow-up templates`} built; the register is written to ${statusSheet}. Send the files below.`,
  leftOut: (measures: number) => `${measures === 1 ? "1 open measure is" : `${measures} open measures are`} on a line no longer in the table and not carried into the templates; the action-plan register keeps them.`,
  zipName: (year: number, month: number) => `Follow-up ${year}-${String(month).padStart(2, "0")}.zip`,
  packHeading: "Quarterly pack",
  packHint: "As at the end of March, June and September (and on demand as at the end of any other month) a new sheet for the region: per department and hospital the budget, the actual to date, the three projected year-ends, the expected result and the carry-over, the material lines and the measures, with charts. A pack is written once and never rewritten.",
  packButton: "Write quarterly pack",
  packNeedsUnits: "The quarterly pack needs every line's department and hospital: choose the table's department and hospital columns.",
};
