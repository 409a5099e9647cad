// Compares one language's texts with the other's: the same keys at every level, the same kind of
// value under each key, lists of the same length, and every text that takes values showing the
// same values in both languages (the catalogues' counterpart of "the same {placeholders}").

/** Sample values by parameter name, for the parameters that are not a plain number or text. */
const OBJECTS: Record<string, unknown> = {
  loss: { count: 311, numbers: 1, texts: 2, formulas: 3, others: 0, spilled: 0, examples: ["«ex1»", "«ex2»"] },
  f: { where: "«where»", rows: { written: 312, of: 313 }, reason: "«reason»", restoreFailed: "«restore»" },
  examples: ["«ex1»", "«ex2»"],
  sheets: ["«sheet1»", "«sheet2»"],
  returned: [2097, 2098],
  // a month may pick a month's name from a list, so it is one of the twelve
  month: 5,
  progress: { phase: "writing", done: 201, of: 202, cancellable: true },
  p: {
    month: "«month»",
    year: 2099,
    deadline: "«deadline»",
    contact: "«contact»",
    actionRows: 314,
    first: 7,
    freeRows: 315,
    rule: "«rule»",
  },
};

/** A function's parameter names, as its source declares them. */
function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = source.startsWith("(") ? source.slice(1, source.indexOf(")")) : source.slice(0, source.indexOf("=>"));
  return list
    .split(",")
    .map((p) => p.trim().replace(/[:=].*$/, "").trim())
    .filter((p) => p !== "");
}

/** The arguments a text function is called with: by name where the shape is known, else a number of its own (201, 202, ...). */
export function sampleArguments(fn: (...args: never[]) => unknown): unknown[] {
  return parameterNames(fn).map((name, i) => (name in OBJECTS ? OBJECTS[name] : 201 + i));
}

/** The sample values a text shows: every marker and every sample number that occurs in it. */
function shownMarkers(output: string): string[] {
  return [...new Set(output.match(/«[a-z0-9]+»|(?<![0-9])(20[1-9]|21[0-9]|31[1-5]|209[7-9])(?![0-9])/g) ?? [])].sort();
}

const kindOf = (value: unknown) => (Array.isArray(value) ? "list" : value === null ? "null" : typeof value);

/** Where the two languages' texts differ in shape, as "path: problem" lines; [] when they agree. */
export function parityProblems(english: unknown, danish: unknown, path = ""): string[] {
  const kind = kindOf(english);
  if (kind !== kindOf(danish)) return [`${path}: ${kind} in English, ${kindOf(danish)} in Danish`];
  if (kind === "list") {
    const [en, da] = [english as unknown[], danish as unknown[]];
    if (en.length !== da.length) return [`${path}: ${en.length} items in English, ${da.length} in Danish`];
    return en.flatMap((item, i) => parityProblems(item, da[i], `${path}[${i}]`));
  }
  if (kind === "object") {
    const [en, da] = [english as Record<string, unknown>, danish as Record<string, unknown>];
    const keys = [...new Set([...Object.keys(en), ...Object.keys(da)])].sort();
    return keys.flatMap((key) => {
      const at = path === "" ? key : `${path}.${key}`;
      if (!(key in en)) return [`${at}: only in Danish`];
      if (!(key in da)) return [`${at}: only in English`];
      return parityProblems(en[key], da[key], at);
    });
  }
  if (kind === "function") {
    const [en, da] = [english as (...args: unknown[]) => unknown, danish as (...args: unknown[]) => unknown];
    if (en.length !== da.length) return [`${path}: takes ${en.length} values in English, ${da.length} in Danish`];
    const args = sampleArguments(en);
    const [enOut, daOut] = [en(...args), da(...args)];
    const shapes = parityProblems(enOut, daOut, `${path}()`);
    if (shapes.length > 0) return shapes;
    const [enShown, daShown] = [shownMarkers(JSON.stringify(enOut)), shownMarkers(JSON.stringify(daOut))];
    return enShown.join(" ") === daShown.join(" ") ? [] : [`${path}: shows ${enShown.join(" ") || "nothing"} in English, ${daShown.join(" ") || "nothing"} in Danish`];
  }
  return [];
}

/** Every text in both languages that reads the same, by path: candidates for an untranslated text. */
export function sameInBoth(english: unknown, danish: unknown, path = ""): { path: string; text: string }[] {
  if (typeof english === "string") return english === danish ? [{ path, text: english }] : [];
  if (Array.isArray(english) && Array.isArray(danish)) return english.flatMap((item, i) => sameInBoth(item, danish[i], `${path}[${i}]`));
  if (typeof english === "function" && typeof danish === "function") {
    const args = sampleArguments(english as (...a: never[]) => unknown);
    return sameInBoth((english as (...a: unknown[]) => unknown)(...args), (danish as (...a: unknown[]) => unknown)(...args), `${path}()`);
  }
  if (typeof english === "object" && english !== null && typeof danish === "object" && danish !== null) {
    const da = danish as Record<string, unknown>;
    return Object.entries(english).flatMap(([key, value]) => (key in da ? sameInBoth(value, da[key], path === "" ? key : `${path}.${key}`) : []));
  }
  return [];
}
