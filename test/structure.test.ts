// The shape of the code base: no import cycles among the core's and the add-in's modules, no core
// module longer than a reader can hold (400 lines), and comments that state their rules rather
// than point at documents that are not in the repository.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "..");

/** Every file under a folder (relative to the repository root, with "/"), skipping dependencies. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir))) {
      if (name === "node_modules") continue;
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else found.push(path);
    }
  };
  if (existsSync(join(ROOT, folder))) walk(folder);
  return found.sort();
}

const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const isTypeScript = (path: string): boolean => /\.tsx?$/.test(path);

// --- (a) import cycles ----------------------------------------------------------------------------

/** A relative import resolved the way the bundler does: the file itself, .ts, .tsx, or the folder's index. */
function resolveImport(from: string, specifier: string): string | null {
  const base = relative(ROOT, resolve(ROOT, dirname(from), specifier)).split("\\").join("/");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (isTypeScript(candidate) && existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return null;
}

/** Each module's relative imports among the given files: import, import type, export ... from. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const inScope = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(read(file), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolveImport(file, specifier))
      .filter((target): target is string => target !== null && inScope.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle a depth-first search meets, each as the path that closes it ("a -> b -> a"). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    path.push(file);
    for (const target of graph.get(file) ?? []) {
      const seen = state.get(target);
      if (seen === "open") cycles.push([...path.slice(path.indexOf(target)), target].join(" -> "));
      else if (seen === undefined) visit(target);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("imports", () => {
  const modules = [...filesUnder("core"), ...filesUnder("addin")].filter(isTypeScript);

  it("finds the modules and their imports: export ... from, import type, a folder's index", () => {
    const graph = importGraph(modules);
    expect(graph.get("core/index.ts")).toContain("core/allocate.ts");
    expect(graph.get("core/allocate.ts")).toContain("core/allocationProblem.ts");
    // the add-in imports the core as "../../core", its folder's index
    expect([...graph].some(([file, targets]) => file.startsWith("addin/") && targets.includes("core/index.ts"))).toBe(true);
  });

  it("a cycle is found and printed", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(findCycles(graph)).toEqual(["a.ts -> b.ts -> c.ts -> a.ts"]);
  });

  it("no module in core/ and addin/ imports itself through others", () => {
    expect(findCycles(importGraph(modules))).toEqual([]);
  });
});

// --- (b) module length ----------------------------------------------------------------------------

const MAX_LINES = 400;

const lineCount = (text: string): number => text.split("\n").length - (text.endsWith("\n") ? 1 : 0);

describe("module length", () => {
  it(`every file in core/ has at most ${MAX_LINES} lines`, () => {
    const files = filesUnder("core");
    expect(files).toContain("core/allocate.ts");
    const long = files.filter((file) => lineCount(read(file)) > MAX_LINES);
    expect(long.map((file) => `${file}: ${lineCount(read(file))} lines`)).toEqual([]);
  });
});

// --- (c) comments that cite documents outside the repository ----------------------------------------

/** Citations of documents that are not in the repository; a comment states the rule instead. */
const CITATIONS: readonly RegExp[] = [/DESIGN\.md/i, /\bshared\//i, /\bseeds?\s*#?\d/i, /\bissues?\s*#?\d+/i];

const SCRIPT_KINDS: Record<string, ts.ScriptKind> = { ts: ts.ScriptKind.TS, tsx: ts.ScriptKind.TSX, js: ts.ScriptKind.JS, mjs: ts.ScriptKind.JS, cjs: ts.ScriptKind.JS, jsx: ts.ScriptKind.JSX };

/**
 * The comments of a source file. Code is parsed, so text in strings, templates and regular
 * expressions is never taken for a comment: every comment is trivia before some token, on that
 * token's line or the lines above it. Markup and styles by their comment syntax.
 */
function commentsOf(path: string, text: string): string[] {
  const extension = path.slice(path.lastIndexOf(".") + 1);
  if (extension === "css") return text.match(/\/\*[\s\S]*?\*\//g) ?? [];
  if (extension === "html") return text.match(/<!--[\s\S]*?-->/g) ?? [];
  const kind = SCRIPT_KINDS[extension];
  if (kind === undefined) return [];
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const found = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) found.set(range.pos, text.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return; // inside a comment
    const children = node.getChildren(source);
    if (children.length > 0) {
      children.forEach(visit);
      return;
    }
    collect(ts.getTrailingCommentRanges(text, node.pos));
    collect(ts.getLeadingCommentRanges(text, node.pos));
  };
  visit(source);
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, comment]) => comment);
}

const cites = (text: string): boolean => CITATIONS.some((pattern) => pattern.test(text));

/** "file: comment" for every comment that cites a document outside the repository. */
function citations(path: string, text: string): string[] {
  if (!cites(text)) return []; // only a file with such words anywhere is parsed for its comments
  return commentsOf(path, text)
    .filter(cites)
    .map((comment) => `${path}: ${comment.trim().split("\n")[0]}`);
}

describe("comments", () => {
  it("a citation in a comment is found, and the same words in code are not", () => {
    const sample = [
      "// the rule (DESIGN.md, rules of the numbers)",
      "/* as issue 4 asked */ const seed = 17;",
      "const text = 'issue 4'; // seeds 001 and 002",
      "// see ../shared/notes",
      "const random = (seed: number) => seed; // a fixed seed, so the run repeats",
      "const url = `${random(1)} see https://example.org/issue 4`, pattern = /\\bissue 4\\//;",
      "/** Closing a block: */ function f() {",
      "  return 1;",
      "  // issue 7, on its own line before the brace",
      "}",
    ].join("\n");
    expect(citations("x.ts", sample)).toEqual([
      "x.ts: // the rule (DESIGN.md, rules of the numbers)",
      "x.ts: /* as issue 4 asked */",
      "x.ts: // seeds 001 and 002",
      "x.ts: // see ../shared/notes",
      "x.ts: // issue 7, on its own line before the brace",
    ]);
    expect(citations("x.css", "/* issue 12 */ a { color: red }")).toEqual(["x.css: /* issue 12 */"]);
  });

  it("no comment in core/, addin/, bench/, test/ or scripts/ cites a document outside the repository", () => {
    const files = ["core", "addin", "bench", "test", "scripts"].flatMap(filesUnder);
    expect(files).toContain("test/structure.test.ts");
    expect(files.flatMap((file) => citations(file, read(file)))).toEqual([]);
  });
});
