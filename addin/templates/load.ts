// The templates layer (ExcelJS and JSZip, some 400 KB) loads only when a panel first needs it, as
// its own chunk from the add-in's own origin, so the task pane starts without it.

/** The templates module, loaded on first use. */
export const loadTemplates = () => import(/* webpackChunkName: "templates" */ "./index");
