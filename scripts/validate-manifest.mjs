#!/usr/bin/env node
// Offline check of the add-in manifest (npm run validate). Needs no network and nothing beyond
// node_modules.
//   1. manifest.xml is well-formed XML (fast-xml-parser's XMLValidator, plus one root element and
//      no undefined entity references, which it lets through)
//   2. a few structural facts the add-in cannot load without; elements and attributes are matched
//      by local name, whatever their namespace prefix, and a fact about "the" element reads the
//      first one in document order
//   3. the committed icons are what scripts/make-icons.mjs draws
// The full structural check is test/manifest.test.ts; the Microsoft validation service is
// `npm run validate:online` (office-addin-manifest validate, needs internet).
//
//   node scripts/validate-manifest.mjs [manifest]    default manifest.xml; exit 0 ok, 1 failed, 2 no file

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifest = process.argv[2] ?? "manifest.xml";
let failures = 0;

const pass = (what) => console.log(`  ok    ${what}`);
const fail = (what) => {
  console.error(`  FAIL  ${what}`);
  failures += 1;
};

if (!existsSync(path.resolve(root, manifest))) {
  console.error(`validate-manifest: ${manifest} not found`);
  process.exit(2);
}
const xml = readFileSync(path.resolve(root, manifest), "utf8");

console.log(`Checking ${manifest}`);

// ---------------------------------------------------------------------------------------------
// The document as a tree: { local, attributes, content }, content in document order (text and
// elements). Entities are decoded here, in one pass, so "&amp;#104;" stays the text "&#104;".

const ENTITIES = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };
const undefinedEntities = new Set();

function decode(text) {
  return text.replace(/&([^;&\s]*);/g, (reference, name) => {
    if (name in ENTITIES) return ENTITIES[name];
    const code = /^#x[0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : /^#[0-9]+$/.test(name)
        ? Number(name.slice(1))
        : NaN;
    if (Number.isNaN(code)) {
      undefinedEntities.add(reference);
      return reference;
    }
    return String.fromCodePoint(code);
  });
}

const localName = (name) => name.slice(name.indexOf(":") + 1);
const isNamespaceDeclaration = (name) => name === "xmlns" || name.startsWith("xmlns:");

function toElement(entry) {
  const name = Object.keys(entry).find((key) => key !== ":@");
  if (name.startsWith("?")) return undefined; // the XML declaration, a processing instruction
  const attributes = Object.entries(entry[":@"] ?? {})
    .filter(([attribute]) => !isNamespaceDeclaration(attribute))
    // attribute-value normalization: a literal tab or line break reads as a space
    .map(([attribute, value]) => ({
      local: localName(attribute),
      name: attribute,
      value: decode(String(value).replace(/[\t\n\r]/g, " ")),
    }));
  const content = [];
  for (const child of entry[name]) {
    if ("#text" in child) content.push(decode(String(child["#text"])));
    else if ("#cdata" in child) content.push(child["#cdata"].map((text) => String(text["#text"])).join(""));
    else {
      const element = toElement(child);
      if (element) content.push(element);
    }
  }
  return { local: localName(name), attributes, content };
}

const valid = XMLValidator.validate(xml);
let top = [];
if (valid === true) {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    cdataPropName: "#cdata",
  });
  top = parser
    .parse(xml)
    .filter((entry) => !("#text" in entry))
    .map(toElement)
    .filter(Boolean);
}
if (valid !== true) {
  console.error(`${manifest}:${valid.err.line}:${valid.err.col ?? ""} ${valid.err.msg}`);
  fail("not well-formed XML (see the error above)");
} else if (top.length !== 1) {
  fail(`not well-formed XML (${top.length} root elements; one is needed)`);
} else if (undefinedEntities.size > 0) {
  fail(`not well-formed XML (undefined entity ${[...undefinedEntities].join(", ")})`);
}
if (failures > 0) {
  console.error(`validate-manifest: ${failures} check(s) failed`);
  process.exit(1);
}
pass("well-formed XML");

// ---------------------------------------------------------------------------------------------
// The facts.

const elements = (node) => node.content.filter((item) => typeof item !== "string");
/** the children named local of every node, in document order */
const step = (nodes, local, where = () => true) =>
  nodes.flatMap((node) => elements(node).filter((child) => child.local === local && where(child)));
const descend = (nodes, ...locals) => locals.reduce((found, local) => step(found, local), nodes);
const attribute = (node, name) => node?.attributes.find((a) => a.name === name)?.value ?? "";
const withAttribute = (name, value) => (node) => attribute(node, name) === value;
/** the string value of a node: all its text, descendants' included */
const text = (node) => (node ? node.content.map((item) => (typeof item === "string" ? item : text(item))).join("") : "");
const normalizeSpace = (value) => value.replace(/[ \t\n\r]+/g, " ").trim();

const app = top.filter((node) => node.local === "OfficeApp");
const vo = step(app, "VersionOverrides");
const host = descend(vo, "Hosts", "Host");
const runtimes = descend(host, "Runtimes", "Runtime");
const id = text(step(app, "Id")[0]);

function expectEqual(what, actual, expected) {
  if (actual === expected) pass(what);
  else fail(`${what} (expected '${expected}', found '${actual}')`);
}

expectEqual(
  "root element is OfficeApp of type TaskPaneApp",
  app[0]?.attributes.find((a) => a.local === "type")?.value ?? "",
  "TaskPaneApp",
);
expectEqual("Id is a GUID", String(id.replace(/[0-9a-fA-F]/g, "") === "----" && id.length === 36), "true");
expectEqual("host is Workbook", attribute(descend(app, "Hosts", "Host")[0], "Name"), "Workbook");
const set = (name) => step(descend(app, "Requirements", "Sets"), "Set", withAttribute("Name", name))[0];
expectEqual("requires SharedRuntime 1.1", attribute(set("SharedRuntime"), "MinVersion"), "1.1");
// the versions of these two follow from the APIs the code calls: test/requirementSets.test.ts holds them
for (const name of ["CustomFunctionsRuntime", "ExcelApi"]) {
  expectEqual(`requires ${name} (a version)`, String(/^1\.\d+$/.test(attribute(set(name), "MinVersion"))), "true");
}
expectEqual("permissions are ReadWriteDocument", normalizeSpace(text(step(app, "Permissions")[0])), "ReadWriteDocument");
expectEqual(
  "one long-lived runtime on Taskpane.Url",
  `${runtimes.length} ${attribute(runtimes[0], "resid")} ${attribute(runtimes[0], "lifetime")}`,
  "1 Taskpane.Url long",
);
expectEqual(
  "custom functions page runs in the shared runtime",
  attribute(descend(host, "AllFormFactors", "ExtensionPoint", "Page", "SourceLocation")[0], "resid"),
  "Taskpane.Url",
);
expectEqual(
  "function file runs in the shared runtime",
  attribute(descend(host, "DesktopFormFactor", "FunctionFile")[0], "resid"),
  "Taskpane.Url",
);
expectEqual(
  "custom functions namespace is BUDGET",
  attribute(step(descend(vo, "Resources", "ShortStrings"), "String", withAttribute("id", "Functions.Namespace"))[0], "DefaultValue"),
  "BUDGET",
);
const all = (node) => [node, ...elements(node).flatMap(all)];
const plainHttp = top.flatMap(all).flatMap((node) => node.attributes.filter((a) => a.value.startsWith("http:")));
expectEqual("no plain-http URLs", String(plainHttp.length), "0");

const icons = spawnSync(process.execPath, [path.join(root, "scripts/make-icons.mjs"), "--check"], {
  stdio: "inherit",
});
if (icons.status === 0) pass("assets/icon-*.png match scripts/make-icons.mjs");
else fail("assets/icon-*.png are missing or stale (run node scripts/make-icons.mjs)");

if (failures > 0) {
  console.error(`validate-manifest: ${failures} check(s) failed`);
  process.exit(1);
}
console.log("validate-manifest: all checks passed (offline; run npm run validate:online for the Microsoft service)");
