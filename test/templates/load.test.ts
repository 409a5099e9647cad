// The lazy entry point loads the templates module: its build and collect entry points.

import { expect, it } from "vitest";
import { loadTemplates } from "../../addin/templates/load";

it("loadTemplates gives the templates module", async () => {
  const templates = await loadTemplates();
  expect(typeof templates.buildTemplates).toBe("function");
  expect(typeof templates.collectReturns).toBe("function");
});
