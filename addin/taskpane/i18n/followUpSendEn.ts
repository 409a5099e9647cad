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
  planInfo: (departments: number, statusSheet: string) => `${departments === 1 ? "1 department" : `${departments} departments`}; the register is written to ${statusSheet}.`,
  carried: (measures: number, explanations: number) => `${measures === 1 ? "1 measure" : `${measures} measures`} and ${explanations === 1 ? "1 explanation" : `${explanations} explanations`} carried over`,
  nothingLeft: "As at December no month is left to forecast: choose an earlier month for follow-up returns.",
  sentDone: (departments: number, statusSheet: string) => `${departments === 1 ? "1 follow-up template" : `${departments} follow-up templates`} built; the register is written to ${statusSheet}. Send the files below.`,
  zipName: (year: number, month: number) => `Follow-up ${year}-${String(month).padStart(2, "0")}.zip`,
};
