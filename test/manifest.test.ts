// Structural checks of manifest.xml that need no network: the Microsoft validation service is
// `npm run validate:online`. Element order follows the MS-OWEMXML schemas as summarised in
// "How to find the proper order of manifest elements" (Office add-ins docs).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000";
const RUNTIME_RESID = "Taskpane.Url";
const DANISH = "da-DK";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
};

// ---------------------------------------------------------------------------------------------
// A small element tree on top of fast-xml-parser's order-preserving output.

interface XmlNode {
  /** qualified name as written, e.g. "bt:Image" */
  name: string;
  /** name without prefix, e.g. "Image" */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
  /** slash-separated local names from the root, for messages */
  where: string;
}

type OrderedEntry = Record<string, unknown>;

function toNode(entry: OrderedEntry, parentWhere: string): XmlNode | undefined {
  const name = Object.keys(entry).find((key) => key !== ":@");
  if (name === undefined || name === "#text") return undefined;
  const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
  const where = `${parentWhere}/${local}`;
  const raw = (entry[name] ?? []) as OrderedEntry[];
  const attrs = Object.fromEntries(
    Object.entries((entry[":@"] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  const children = raw.map((e) => toNode(e, where)).filter((n): n is XmlNode => n !== undefined);
  const text = raw
    .filter((e) => "#text" in e)
    .map((e) => String(e["#text"]))
    .join("")
    .trim();
  return { name, local, attrs, children, text, where };
}

function parseManifest(xml: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(`manifest.xml is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    ignoreDeclaration: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const top = (parser.parse(xml) as OrderedEntry[])
    .map((e) => toNode(e, ""))
    .filter((n): n is XmlNode => n !== undefined);
  if (top.length !== 1) throw new Error(`expected one root element, found ${top.length}`);
  return top[0];
}

function all(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** The one child with this local name; fails loudly when there are none or several. */
function one(node: XmlNode, ...locals: string[]): XmlNode {
  let current = node;
  for (const local of locals) {
    const found = all(current, local);
    if (found.length !== 1) {
      throw new Error(`expected exactly one <${local}> in ${current.where}, found ${found.length}`);
    }
    current = found[0];
  }
  return current;
}

function* descendants(node: XmlNode): Generator<XmlNode> {
  for (const c of node.children) {
    yield c;
    yield* descendants(c);
  }
}

/** The last few steps of an element's path, short enough for a test title. */
function shortWhere(where: string, steps = 2): string {
  return where.split("/").slice(-steps).join("/");
}

function childNames(node: XmlNode): string[] {
  return node.children.map((c) => c.local);
}

function overrides(node: XmlNode): { locale: string; value: string }[] {
  return all(node, "Override").map((o) => ({ locale: o.attrs.Locale, value: o.attrs.Value }));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file}: IHDR is not first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Where a dev-server URL's file lives in the repository (assets/ is served as /assets/). */
function repoFileFor(url: string): string {
  const { pathname } = new URL(url);
  return path.join(ROOT, ...pathname.split("/").filter(Boolean));
}

// ---------------------------------------------------------------------------------------------

const xml = readFileSync(MANIFEST_PATH, "utf8");
const app = parseManifest(xml);
const versionOverrides = one(app, "VersionOverrides");
const host = one(versionOverrides, "Hosts", "Host");
const resources = one(versionOverrides, "Resources");
const customFunctions = one(host, "AllFormFactors", "ExtensionPoint");
const desktop = one(host, "DesktopFormFactor");
const ribbon = one(desktop, "ExtensionPoint");
const group = one(ribbon, "OfficeTab", "Group");
const button = one(group, "Control");

type Kind = "Images" | "Urls" | "ShortStrings" | "LongStrings";
const KINDS: Kind[] = ["Images", "Urls", "ShortStrings", "LongStrings"];

/** resource id -> resource element, per kind */
const ENTRY: Record<Kind, string> = { Images: "Image", Urls: "Url", ShortStrings: "String", LongStrings: "String" };
const resourceTable = new Map<Kind, Map<string, XmlNode>>(
  KINDS.map((kind) => [kind, new Map(all(one(resources, kind), ENTRY[kind]).map((r) => [r.attrs.id, r]))]),
);
const allResources = KINDS.flatMap((kind) =>
  [...resourceTable.get(kind)!.entries()].map(([id, node]) => ({ kind, id, node })),
);

/** Which kind of resource an element's resid must name, by the element's local name. */
const RESID_KIND: Record<string, Kind> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

const references = [...descendants(app)]
  .filter((n) => n.attrs.resid !== undefined)
  .map((n) => ({ where: shortWhere(n.where, 3), element: n.local, resid: n.attrs.resid }));

function resolve(kind: Kind, resid: string): XmlNode {
  const found = resourceTable.get(kind)!.get(resid);
  if (!found) throw new Error(`resid ${resid} is not among the ${kind} resources`);
  return found;
}

function urlOf(resid: string): string {
  return resolve("Urls", resid).attrs.DefaultValue;
}

function shortString(resid: string): XmlNode {
  return resolve("ShortStrings", resid);
}

function longString(resid: string): XmlNode {
  return resolve("LongStrings", resid);
}

// ---------------------------------------------------------------------------------------------

describe("manifest.xml: document", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("declares UTF-8", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it("is an OfficeApp of type TaskPaneApp", () => {
    expect(app.name).toBe("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  it.each([
    { attr: "xmlns", uri: NS.app },
    { attr: "xmlns:xsi", uri: NS.xsi },
    { attr: "xmlns:bt", uri: NS.bt },
    { attr: "xmlns:ov", uri: NS.ov },
  ])("binds $attr to $uri", ({ attr, uri }) => {
    expect(app.attrs[attr]).toBe(uri);
  });

  it("uses the bt: prefix for every basic-types element", () => {
    const btLocals = new Set(["Image", "Images", "Url", "Urls", "ShortStrings", "LongStrings", "String"]);
    for (const node of descendants(app)) {
      if (btLocals.has(node.local)) expect(node.name, node.where).toBe(`bt:${node.local}`);
    }
  });

  it.each([
    {
      where: "OfficeApp",
      node: () => app,
      order: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
        "HighResolutionIconUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"],
    },
    { where: "VersionOverrides", node: () => versionOverrides, order: ["Hosts", "Resources"] },
    { where: "VersionOverrides Host", node: () => host, order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"] },
    { where: "CustomFunctions extension point", node: () => customFunctions, order: ["Script", "Page", "Metadata", "Namespace"] },
    { where: "DesktopFormFactor", node: () => desktop, order: ["GetStarted", "FunctionFile", "ExtensionPoint"] },
    { where: "GetStarted", node: () => one(desktop, "GetStarted"), order: ["Title", "Description", "LearnMoreUrl"] },
    { where: "ribbon group", node: () => group, order: ["Label", "Icon", "Control"] },
    { where: "ribbon button", node: () => button, order: ["Label", "Supertip", "Icon", "Action"] },
    { where: "button action", node: () => one(button, "Action"), order: ["TaskpaneId", "SourceLocation"] },
    { where: "Resources", node: () => resources, order: ["Images", "Urls", "ShortStrings", "LongStrings"] },
  ])("$where has exactly the children $order, in schema order", ({ node, order }) => {
    expect(childNames(node())).toEqual(order);
  });
});

describe("manifest.xml: identity", () => {
  it("has a GUID Id", () => {
    expect(one(app, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
  });

  it.each([
    { element: "Version", value: "1.0.0.0" },
    { element: "ProviderName", value: "Budget" },
    { element: "DefaultLocale", value: "en-US" },
  ])("$element is exactly $value", ({ element, value }) => {
    const node = one(app, element);
    expect(node.text).toBe(value);
    expect(node.children).toEqual([]);
  });

  it.each([
    { element: "DisplayName", en: "Budget", da: "Budget", max: 125 },
    {
      element: "Description",
      en: "Periodise budgets, allocate productivity and savings requirements and project the year-end result in Excel.",
      da: "Periodisering, udmøntning af produktivitets- og sparekrav og forventet årsresultat i Excel.",
      max: 2000,
    },
  ])("$element is in English with a Danish override", ({ element, en, da, max }) => {
    const node = one(app, element);
    expect(node.attrs.DefaultValue).toBe(en);
    expect(overrides(node)).toEqual([{ locale: DANISH, value: da }]);
    expect(en.length).toBeLessThanOrEqual(max);
    expect(da.length).toBeLessThanOrEqual(max);
  });

  it.each([
    { element: "IconUrl", url: `${ORIGIN}/assets/icon-32.png` },
    { element: "HighResolutionIconUrl", url: `${ORIGIN}/assets/icon-64.png` },
  ])("$element is $url", ({ element, url }) => {
    expect(one(app, element).attrs.DefaultValue).toBe(url);
  });
});

describe("manifest.xml: host, requirements, permissions", () => {
  it("targets Excel (Workbook) only", () => {
    expect(all(one(app, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(host.attrs["xsi:type"]).toBe("Workbook");
  });

  // the API sets are what test/requirementSets.test.ts derives from the code; SharedRuntime 1.1 is
  // for the shared runtime itself
  it("requires SharedRuntime 1.1, CustomFunctionsRuntime and ExcelApi, in one Sets", () => {
    const sets = one(app, "Requirements", "Sets");
    expect(childNames(one(app, "Requirements"))).toEqual(["Sets"]);
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    expect(childNames(sets)).toEqual(["Set", "Set", "Set"]);
    expect(all(sets, "Set").map((s) => s.attrs.Name)).toEqual(["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"]);
    expect(all(sets, "Set")[0].attrs.MinVersion).toBe("1.1");
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(all(app, "Permissions").map((p) => p.text)).toEqual(["ReadWriteDocument"]);
  });

  it("opens the task pane page by default", () => {
    expect(one(app, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe(urlOf(RUNTIME_RESID));
    expect(urlOf(RUNTIME_RESID)).toBe(`${ORIGIN}/taskpane.html`);
  });
});

describe("manifest.xml: shared runtime", () => {
  it("uses VersionOverridesV1_0 in the task pane overrides namespace", () => {
    expect(versionOverrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
    expect(versionOverrides.attrs.xmlns).toBe(NS.ov);
  });

  it("declares one long-lived runtime on the task pane page", () => {
    const runtimes = all(one(host, "Runtimes"), "Runtime");
    expect(runtimes.map((r) => r.attrs)).toEqual([{ resid: RUNTIME_RESID, lifetime: "long" }]);
  });

  it.each([
    { what: "custom functions Page", node: () => one(customFunctions, "Page", "SourceLocation") },
    { what: "FunctionFile", node: () => one(desktop, "FunctionFile") },
    { what: "task pane button", node: () => one(button, "Action", "SourceLocation") },
  ])("$what runs in the shared runtime", ({ node }) => {
    expect(node().attrs.resid).toBe(RUNTIME_RESID);
  });
});

describe("manifest.xml: custom functions", () => {
  it("is a CustomFunctions extension point for all form factors", () => {
    expect(all(one(host, "AllFormFactors"), "ExtensionPoint")).toHaveLength(1);
    expect(customFunctions.attrs["xsi:type"]).toBe("CustomFunctions");
  });

  it("loads functions.js", () => {
    expect(urlOf(one(customFunctions, "Script", "SourceLocation").attrs.resid)).toBe(`${ORIGIN}/functions.js`);
  });

  it("loads functions.json, and functions-da.json for da-DK", () => {
    const metadata = resolve("Urls", one(customFunctions, "Metadata", "SourceLocation").attrs.resid);
    expect(metadata.attrs.DefaultValue).toBe(`${ORIGIN}/functions.json`);
    expect(overrides(metadata)).toEqual([{ locale: DANISH, value: `${ORIGIN}/functions-da.json` }]);
    expect(overrides(metadata)[0].value.endsWith("functions-da.json")).toBe(true);
  });

  it("uses the namespace BUDGET in every locale", () => {
    const namespace = shortString(one(customFunctions, "Namespace").attrs.resid);
    expect(namespace.attrs.DefaultValue).toBe("BUDGET");
    expect(overrides(namespace)).toEqual([]);
  });
});

describe("manifest.xml: ribbon", () => {
  it("puts a group on the Home tab of the primary command surface", () => {
    expect(all(desktop, "ExtensionPoint")).toHaveLength(1);
    expect(ribbon.attrs["xsi:type"]).toBe("PrimaryCommandSurface");
    expect(childNames(ribbon)).toEqual(["OfficeTab"]);
    expect(one(ribbon, "OfficeTab").attrs.id).toBe("TabHome");
    expect(all(one(ribbon, "OfficeTab"), "Group")).toHaveLength(1);
  });

  it("has one button that shows the task pane", () => {
    expect(all(group, "Control")).toHaveLength(1);
    expect(button.attrs["xsi:type"]).toBe("Button");
    const action = one(button, "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(one(action, "TaskpaneId").text).toBe("ButtonId1");
  });

  it("has unique control ids of at most 125 characters", () => {
    const ids = [group.attrs.id, button.attrs.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id.length).toBeGreaterThan(0);
      expect(id.length).toBeLessThanOrEqual(125);
    }
  });

  it.each([
    { what: "group", node: () => group },
    { what: "button", node: () => button },
  ])("$what has 16, 32 and 80 px icons", ({ node }) => {
    expect(all(one(node(), "Icon"), "Image").map((i) => i.attrs.size)).toEqual(["16", "32", "80"]);
  });

  it.each([
    { what: "button label", text: () => shortString(one(button, "Label").attrs.resid), en: "Budget", da: "Budget" },
    {
      what: "button tooltip",
      text: () => longString(one(button, "Supertip", "Description").attrs.resid),
      en: "Open the Budget task pane",
      da: "Åbn Budget-opgaveruden",
    },
  ])("$what reads $en / $da", ({ text, en, da }) => {
    expect(text().attrs.DefaultValue).toBe(en);
    expect(overrides(text())).toEqual([{ locale: DANISH, value: da }]);
  });
});

describe("manifest.xml: resources", () => {
  it("finds the resids to check", () => {
    expect(references.length).toBeGreaterThanOrEqual(20);
  });

  it.each(references)("$resid on $where resolves to the right kind of resource", ({ element, resid }) => {
    const kind = RESID_KIND[element];
    expect(kind, `no resource kind known for <${element}>`).toBeDefined();
    expect([...resourceTable.get(kind)!.keys()]).toContain(resid);
  });

  it("has unique resource ids of at most 32 characters", () => {
    const ids = allResources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length, id).toBeLessThanOrEqual(32);
  });

  it("uses every resource (64 px image: declared for hosts that ask for it)", () => {
    const used = new Set(references.map((r) => r.resid));
    const unused = allResources.map((r) => r.id).filter((id) => !used.has(id));
    expect(unused).toEqual(["Icon.64x64"]);
  });

  it.each(allResources.filter((r) => r.kind === "ShortStrings" || r.kind === "LongStrings"))(
    "$kind $id is 1 to the allowed length, with a Danish override unless it is the namespace",
    ({ kind, id, node }) => {
      const max = kind === "ShortStrings" ? 125 : 250;
      const values = [node.attrs.DefaultValue, ...overrides(node).map((o) => o.value)];
      for (const v of values) {
        expect(v.trim().length).toBeGreaterThan(0);
        expect(v.length).toBeLessThanOrEqual(max);
      }
      expect(overrides(node).map((o) => o.locale)).toEqual(id === "Functions.Namespace" ? [] : [DANISH]);
    },
  );

  it("only overrides for da-DK, once per element", () => {
    for (const node of descendants(app)) {
      const locales = overrides(node).map((o) => o.locale);
      expect(locales.every((l) => l === DANISH), node.where).toBe(true);
      expect(locales.length, node.where).toBeLessThanOrEqual(1);
    }
  });
});

describe("manifest.xml: URLs", () => {
  const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Image", "Url"]);
  const urls: { where: string; url: string }[] = [];
  for (const node of descendants(app)) {
    // URL-valued elements (resource definitions and top-level URLs) and their overrides.
    if (URL_ELEMENTS.has(node.local) && node.attrs.DefaultValue !== undefined) {
      const id = node.attrs.id === undefined ? "" : `#${node.attrs.id}`;
      urls.push({ where: `${shortWhere(node.where)}${id}`, url: node.attrs.DefaultValue });
    }
    if (node.local === "Override" && node.where.match(/\/(IconUrl|HighResolutionIconUrl|SourceLocation|Image|Url)\/Override$/)) {
      urls.push({ where: shortWhere(node.where, 3), url: node.attrs.Value });
    }
    if (node.local === "AppDomain") urls.push({ where: shortWhere(node.where), url: node.text });
  }
  // Anything else that looks like a URL, in any attribute or text (namespace names excepted).
  const seen = new Set(urls.map((u) => u.url));
  for (const node of [app, ...descendants(app)]) {
    const values = [
      ...Object.entries(node.attrs).filter(([attr]) => attr !== "xmlns" && !attr.startsWith("xmlns:")),
      ["text", node.text] as const,
    ];
    for (const [attr, value] of values) {
      if (/[a-z][a-z0-9+.-]*:\/\//i.test(value) && !seen.has(value)) {
        seen.add(value);
        urls.push({ where: `${shortWhere(node.where)}@${attr}`, url: value });
      }
    }
  }

  it("finds the URLs to check", () => {
    expect(urls.length).toBeGreaterThanOrEqual(12);
  });

  it.each(urls)("$url ($where) is https on the dev origin", ({ url }) => {
    const parsed = new URL(url);
    expect(parsed.protocol).toBe("https:");
    expect(parsed.origin).toBe(ORIGIN);
    expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  });
});

describe("manifest.xml: icons", () => {
  const images = resourceTable.get("Images")!;

  it.each([16, 32, 64, 80])("declares a %i px image whose file in assets/ is that size", (size) => {
    const url = `${ORIGIN}/assets/icon-${size}.png`;
    const declared = [...images.values()].filter((i) => i.attrs.DefaultValue === url);
    expect(declared).toHaveLength(1);
    const file = repoFileFor(url);
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  it.each(
    [...descendants(app)]
      .filter((n) => n.local === "Image" && n.attrs.size !== undefined)
      .map((n) => ({ owner: n.where.split("/").at(-3), size: Number(n.attrs.size), resid: n.attrs.resid })),
  )("$owner icon $resid at $size px is a $size px PNG", ({ size, resid }) => {
    expect(pngSize(repoFileFor(resolve("Images", resid).attrs.DefaultValue))).toEqual({ width: size, height: size });
  });

  it.each([
    { element: "IconUrl", size: 32 },
    { element: "HighResolutionIconUrl", size: 64 },
  ])("$element is a $size px PNG", ({ element, size }) => {
    expect(pngSize(repoFileFor(one(app, element).attrs.DefaultValue))).toEqual({ width: size, height: size });
  });

  it("has a 128 px icon in assets/ for catalogues", () => {
    expect(pngSize(path.join(ROOT, "assets", "icon-128.png"))).toEqual({ width: 128, height: 128 });
  });
});
