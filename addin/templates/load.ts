// The templates' code (ExcelJS with it) is loaded only when the Templates panel needs it, as a
// chunk of its own, so the task pane starts without it.

export const loadTemplates = () => import(/* webpackChunkName: "templates" */ "./index");
