// The custom functions metadata in the production build (npm run build) is what the catalogue
// declares: dist/functions.json and dist/functions-da.json, the files the manifest points at.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { functionsMetadata } from "../../addin/functions/metadata";

const DIST = path.resolve("dist");
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(DIST, file), "utf8"));

describe("the built custom functions metadata", () => {
  it.each([
    ["functions.json", "en"],
    ["functions-da.json", "da"],
  ] as const)("%s is the catalogue's, in %s", (file, language) => {
    expect(read(file)).toEqual(functionsMetadata(language));
  });

  it("is all the build writes beside the bundles: nothing of the step that made it", () => {
    expect(readdirSync(DIST).filter((file) => /\.(json|c?js)$/.test(file)).sort()).toEqual([
      "functions-da.json",
      "functions.js",
      "functions.json",
      "taskpane.js",
      // the templates' code, loaded when the Templates panel needs it, and the panel, when its tab is opened
      "templates.js",
      "templatesPanel.js",
    ]);
  });
});
