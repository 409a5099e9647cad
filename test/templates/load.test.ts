// The lazy entry point loads the templates module itself: the same build and collect the panel
// and the tests call.

import { expect, it } from "vitest";
import * as templates from "../../addin/templates";
import { loadTemplates } from "../../addin/templates/load";

it("loadTemplates gives the templates module's own build and collect", async () => {
  const loaded = await loadTemplates();
  expect([loaded.buildTemplates, loaded.collectReturns]).toEqual([templates.buildTemplates, templates.collectReturns]);
  expect(loaded.buildTemplates).toBe(templates.buildTemplates);
});
