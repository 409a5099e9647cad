// Which Office.js requirement sets the add-in's code uses. One TypeScript program over the
// production sources (addin/ without addin/preview/, which never runs in Excel, and core/) with
// the repository's compiler options; the type checker resolves every member access, call,
// constructor, type reference, object-literal property, destructured property and `load("...")`
// name to its declaration, and a declaration in the Office type definitions (@types/office-js,
// @types/custom-functions-runtime, @types/office-runtime) names its requirement set in its JSDoc:
// `[Api set: ExcelApi 1.4]` (the host APIs) or `**Requirement set**: {@link ... | SharedRuntime 1.1}`
// (the common APIs).
//
// How an annotation counts:
// - "ExcelApi 1.1 for getting the name; 1.4 for setting it": a read needs the version marked for
//   reading, a write the one marked for writing (`x.name = ...` writes, `x.name += ...` does both).
// - any other annotation naming several versions of a set ("ExcelApi 1.1 / 1.3", "1.1 for adding
//   a single row; 1.4 allows adding of multiple rows") counts at the highest version it names.
// - sets of other hosts are dropped: "SharedRuntime 1.1, Mailbox 1.10" is SharedRuntime 1.1 in
//   Excel; a member only other hosts have ("Mailbox 1.8") is a problem.
// - a common-API set without a version ("Selection") is version 1.1, the manifest's default.
// - a preview set ("ExcelApi BETA", "ExcelApi Preview for null `destinationRange`") or an
//   annotation naming no version is a problem too: production code uses released APIs only.
// - a member without an annotation (Excel.run, RequestContext.sync, ClientObject.isNullObject,
//   Office.onReady) belongs to no set of its own.

import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** One use of an Office.js member, for one requirement set. */
export interface ApiUse {
  /** fully qualified, e.g. "Excel.Range.getUsedRangeOrNullObject" */
  member: string;
  /** the requirement set, e.g. "ExcelApi" */
  set: string;
  /** e.g. "1.4" */
  version: string;
  /** repository-relative path and 1-based line, e.g. "addin/gateway/office.ts:132" */
  at: string;
}

export interface ApiScan {
  /** the files scanned, repository-relative */
  files: string[];
  uses: ApiUse[];
  /** uses that cannot be counted (a preview API, an annotation without a version), with where */
  problems: string[];
  /** Office.js members used that carry no annotation, e.g. "Excel.run" */
  unannotated: string[];
}

export interface Requirement {
  set: string;
  version: string;
}

export type Access = "read" | "write";

const OFFICE_TYPES = ["@types/office-js/", "@types/custom-functions-runtime/", "@types/office-runtime/"];

/** Requirement sets of hosts other than Excel. */
const OTHER_HOSTS = /^(Mailbox|Outlook|Word|PowerPoint|OneNote|Visio|Project)/;

/** The add-in's production sources, repository-relative: addin/ (not addin/preview/) and core/. */
export function productionSources(root: string = ROOT): string[] {
  const files: string[] = [];
  for (const dir of ["addin", "core"]) {
    for (const entry of readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })) {
      const file = `${dir}/${entry.split(path.sep).join("/")}`;
      if (file.startsWith("addin/preview/") || !/\.tsx?$/.test(file) || file.endsWith(".d.ts")) continue;
      files.push(file);
    }
  }
  return files.sort();
}

/** Orders versions numerically ("1.10" after "1.9"): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const READS = /\bfor (get|getting|reading)\b/i;
const WRITES = /\bfor (set|setting|writing)\b/i;
const PREVIEW = /\b(beta|preview)\b/i;
/** a version, and the word before it when that word can name a set ("Excel Api 1.3" names none) */
const VERSION = /(?:\b([A-Z][A-Za-z]*)\s+)?\b(\d+\.\d+)\b/g;

/**
 * The requirement sets that one `[Api set: ...]` text asks of a read or a write of the member,
 * or why the text cannot be counted.
 */
export function parseApiSet(text: string, access: Access): Requirement[] | string {
  if (PREVIEW.test(text)) return `preview API [Api set: ${text}]`;
  const found: (Requirement & { clause: string })[] = [];
  let set: string | undefined;
  for (const clause of text.split(/[;,]/)) {
    for (const [, word, version] of clause.matchAll(VERSION)) {
      if (word !== undefined && word !== "Api") set = word;
      if (set === undefined) return `no requirement set named [Api set: ${text}]`;
      found.push({ set, version, clause });
    }
  }
  if (found.length === 0) return `no version [Api set: ${text}]`;
  const marked = (clause: string) => READS.test(clause) || WRITES.test(clause);
  const wanted = access === "read" ? READS : WRITES;
  const chosen = found.some((f) => marked(f.clause)) ? found.filter((f) => !marked(f.clause) || wanted.test(f.clause)) : found;
  const highest = new Map<string, string>();
  for (const { set: name, version } of chosen) {
    if (OTHER_HOSTS.test(name)) continue;
    const before = highest.get(name);
    if (before === undefined || compareVersions(version, before) > 0) highest.set(name, version);
  }
  if (highest.size === 0) return `no requirement set of Excel [Api set: ${text}]`;
  return [...highest].map(([name, version]) => ({ set: name, version }));
}

/**
 * The requirement-set texts in a declaration's own JSDoc (the comment nearest to it), each in the
 * `[Api set: ...]` form: the common APIs' `{@link ... | SharedRuntime 1.1}` lines are rewritten
 * to it, a set without a version there as 1.1, and "Not in a set" is no set.
 */
export function apiSetTexts(declaration: ts.Node): string[] {
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const own = docs[docs.length - 1];
  if (own === undefined) return [];
  const text = own.getText().replace(/^\s*\*\s?/gm, " ");
  const texts = [...text.matchAll(/\[Api set:\s*([^\]]*)\]/g)].map((m) => m[1].replace(/\s+/g, " ").trim());
  const common = /\*\*Requirement sets?\*\*:((?:\s*-?\s*\{@link [^}|]*\|[^}]*\})+)/g;
  for (const [, list] of text.matchAll(common)) {
    for (const [, name] of list.matchAll(/\{@link [^}|]*\|\s*([^}]*?)\s*\}/g)) {
      if (/^not in a set$/i.test(name)) continue;
      texts.push(/\d+\.\d+/.test(name) || PREVIEW.test(name) ? name : `${name} 1.1`);
    }
  }
  return texts;
}

function isOfficeDeclaration(declaration: ts.Node): boolean {
  const file = declaration.getSourceFile().fileName.split(path.sep).join("/");
  return OFFICE_TYPES.some((dir) => file.includes(`/node_modules/${dir}`));
}

/** `x = ...` writes x; `x += ...`, `x++` read and write it; anything else reads it. */
function accessOf(node: ts.Node): Access[] {
  let target = node;
  while (ts.isParenthesizedExpression(target.parent) || ts.isNonNullExpression(target.parent)) target = target.parent;
  const parent = target.parent;
  if (ts.isBinaryExpression(parent) && parent.left === target) {
    const op = parent.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) return ["write"];
    if (op >= ts.SyntaxKind.FirstCompoundAssignment && op <= ts.SyntaxKind.LastCompoundAssignment) return ["read", "write"];
  }
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && parent.operand === target) {
    if (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken) return ["read", "write"];
  }
  return ["read"];
}

/** An identifier that names something by itself: not a member name, not a name being declared. */
function isStandaloneReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isQualifiedName(parent) && parent.right === node) || ts.isTypeReferenceNode(parent)) return false;
  if (ts.isPropertyAssignment(parent) || ts.isShorthandPropertyAssignment(parent) || ts.isBindingElement(parent)) return false;
  return ts.getNameOfDeclaration(parent as ts.Declaration) !== node;
}

/**
 * Scans the add-in's production sources, and `extraFiles` (repository-relative) in the same
 * program: one program, one pass.
 */
export function scanApiSets(root: string = ROOT, extraFiles: readonly string[] = []): ApiScan {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  if (config.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true }, configPath);
  const files = [...productionSources(root), ...extraFiles];
  const program = ts.createProgram({ rootNames: files.map((f) => path.join(root, f)), options });
  const checker = program.getTypeChecker();

  const uses: ApiUse[] = [];
  const problems: string[] = [];
  const unannotated = new Set<string>();
  const counted = new Set<string>();

  const whereOf = (node: ts.Node): string => {
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    return `${path.relative(root, file.fileName).split(path.sep).join("/")}:${line}`;
  };

  const resolve = (symbol: ts.Symbol | undefined): ts.Symbol | undefined =>
    symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  /** Counts the Office declarations among `declarations`, used at `at`, named by `symbol`. */
  const record = (at: ts.Node, declarations: readonly ts.Declaration[], symbol: ts.Symbol, access: Access[]): void => {
    const member = checker.getFullyQualifiedName(symbol);
    const where = whereOf(at);
    for (const declaration of declarations.filter(isOfficeDeclaration)) {
      const texts = apiSetTexts(declaration);
      if (texts.length === 0) unannotated.add(member);
      for (const text of texts) {
        for (const mode of access) {
          const sets = parseApiSet(text, mode);
          if (typeof sets === "string") {
            problems.push(`${member} at ${where}: ${sets}`);
            continue;
          }
          for (const { set, version } of sets) {
            const key = `${member} ${set} ${version} ${where}`;
            if (counted.has(key)) continue;
            counted.add(key);
            uses.push({ member, set, version, at: where });
          }
        }
      }
    }
  };

  const recordSymbol = (at: ts.Node, symbol: ts.Symbol | undefined, access: Access[] = ["read"]): void => {
    const target = resolve(symbol);
    if (target?.declarations !== undefined) record(at, target.declarations, target, access);
  };

  /** The property `name` of `type`, as `value.name` finds it on a value of that type. */
  const propertyOf = (type: ts.Type, name: string): ts.Symbol | undefined =>
    checker.getPropertyOfType(checker.getApparentType(checker.getNonNullableType(type)), name);

  /**
   * `load("address, format/font/bold")`, `load(["address", "values"])`, `load("items/name")`: each
   * property named, along its path.
   */
  const recordLoadNames = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const literals: ts.StringLiteralLike[] = [];
    for (const argument of call.arguments) {
      if (ts.isStringLiteralLike(argument)) literals.push(argument);
      else if (ts.isArrayLiteralExpression(argument)) literals.push(...argument.elements.filter(ts.isStringLiteralLike));
    }
    for (const literal of literals) {
      for (const loadPath of literal.text.split(",").map((p) => p.trim()).filter((p) => p !== "")) {
        let type = checker.getTypeAtLocation(receiver);
        for (const step of loadPath.split("/")) {
          const property = propertyOf(type, step);
          if (property === undefined) {
            problems.push(`load("${loadPath}") at ${whereOf(literal)}: ${checker.typeToString(type)} has no property "${step}"`);
            break;
          }
          recordSymbol(literal, property);
          // a collection's "items/name" goes on to the items' type
          type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, literal));
          if (checker.isArrayType(type)) type = type.getNumberIndexType() ?? type;
        }
      }
    }
  };

  const visitCall = (node: ts.CallExpression | ts.NewExpression): void => {
    const callee = node.expression;
    const calleeName = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
    const calleeSymbol = resolve(checker.getSymbolAtLocation(calleeName));
    // the overload the call resolves to, when it has an annotation of its own
    const declaration = checker.getResolvedSignature(node)?.declaration;
    const annotated = declaration !== undefined && !ts.isJSDocSignature(declaration) && apiSetTexts(declaration).length > 0;
    if (ts.isNewExpression(node)) {
      // `new X(...)` uses the class X (the callee, visited with the children) and its constructor
      if (annotated && calleeSymbol !== undefined) record(node, [declaration], calleeSymbol, ["read"]);
      ts.forEachChild(node, visit);
      return;
    }
    if (calleeSymbol !== undefined) {
      if (annotated) record(calleeName, [declaration], calleeSymbol, ["read"]);
      else recordSymbol(calleeName, calleeSymbol); // e.g. a property of function type
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === "load" && calleeSymbol.declarations?.some(isOfficeDeclaration)) {
        recordLoadNames(node, callee.expression);
      }
    }
    if (ts.isPropertyAccessExpression(callee)) visit(callee.expression);
    else if (!ts.isIdentifier(callee)) visit(callee);
    node.typeArguments?.forEach(visit);
    node.arguments.forEach(visit);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      visitCall(node);
      return;
    }
    if (ts.isPropertyAccessExpression(node)) {
      recordSymbol(node.name, checker.getSymbolAtLocation(node.name), accessOf(node));
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      const property = propertyOf(checker.getTypeAtLocation(node.expression), node.argumentExpression.text);
      recordSymbol(node.argumentExpression, property, accessOf(node));
    } else if (ts.isQualifiedName(node)) {
      recordSymbol(node.right, checker.getSymbolAtLocation(node.right));
    } else if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      recordSymbol(node.typeName, checker.getSymbolAtLocation(node.typeName));
    } else if (ts.isIdentifier(node) && isStandaloneReference(node)) {
      recordSymbol(node, checker.getSymbolAtLocation(node));
    } else if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node) || ts.isMethodDeclaration(node)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteralLike(node.name))
    ) {
      // an object literal where Office expects one of its types: `range.set({ values })`,
      // `load({ format: { font: { bold: true } } })`; a load option reads, any other property sets
      const contextual = checker.getContextualType(node.parent);
      if (contextual !== undefined) {
        const access: Access = /LoadOptions\b/.test(checker.typeToString(contextual)) ? "read" : "write";
        recordSymbol(node.name, propertyOf(contextual, node.name.text), [access]);
      }
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      // const { address } = range
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) || ts.isStringLiteralLike(key)) {
        recordSymbol(key, propertyOf(checker.getTypeAtLocation(node.parent), key.text));
      }
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const source = program.getSourceFile(path.join(root, file));
    if (source === undefined) throw new Error(`${file} is not in the program`);
    visit(source);
  }
  return { files, uses, problems, unannotated: [...unannotated].sort() };
}

/** The highest version of each set, with the uses that need it; sets in name order. */
export function highestVersions(uses: readonly ApiUse[]): Map<string, { version: string; uses: ApiUse[] }> {
  const highest = new Map<string, { version: string; uses: ApiUse[] }>();
  for (const use of uses) {
    const before = highest.get(use.set);
    const order = before === undefined ? 1 : compareVersions(use.version, before.version);
    if (before === undefined || order > 0) highest.set(use.set, { version: use.version, uses: [use] });
    else if (order === 0) before.uses.push(use);
  }
  return new Map([...highest].sort(([a], [b]) => a.localeCompare(b)));
}
