// What every benchmark shares: deterministic inputs, honest timing (warm-up, then the exact and
// the naive side alternate so drift and garbage collection hit both alike, medians compared), and
// one table format with the bar and PASS/FAIL.

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Keeps results reachable so no run can be optimised away. */
export let sink: unknown;

/** One run's time in ms, its result kept reachable. */
export function time(run: () => unknown): number {
  const start = performance.now();
  sink = run();
  return performance.now() - start;
}

export interface Timing {
  /** Medians in ms. */
  exact: number;
  naive: number;
  /** Every run's time in ms, for the min-max. */
  exactRuns: number[];
  naiveRuns: number[];
}

/** Medians in ms of the exact and the naive side, after `warmup` runs of each; sides alternate. */
export function measure(exact: () => unknown, baseline: () => unknown, warmup: number, runs: number): Timing {
  for (let i = 0; i < warmup; i++) {
    time(exact);
    time(baseline);
  }
  const e: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      n.push(time(baseline));
      e.push(time(exact));
    } else {
      e.push(time(exact));
      n.push(time(baseline));
    }
  }
  return { exact: median(e), naive: median(n), exactRuns: e, naiveRuns: n };
}

/** "min-max" of run times. */
export const spread = (xs: readonly number[], digits = 1) => `${Math.min(...xs).toFixed(digits)}-${Math.max(...xs).toFixed(digits)}`;

/** A full collection (the bench project runs with --expose-gc). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("the benchmarks run with --expose-gc (vitest.config.ts)");
  gc();
}

/**
 * The peak heap in bytes while `run` runs, after a collection (the bench project runs with
 * --expose-gc): the run calls `sample` as it goes (say every 1,000 lines), and once more at its end.
 */
export function peakHeap(run: (sample: () => void) => unknown): number {
  collect();
  let peak = process.memoryUsage().heapUsed;
  const sample = () => {
    const used = process.memoryUsage().heapUsed;
    if (used > peak) peak = used;
  };
  sink = run(sample);
  sample();
  return peak;
}

export interface Row {
  scenario: string;
  exact: number;
  naive: number;
  bar?: number;
  /** Every run's time, printed as min-max next to the medians. */
  exactRuns?: number[];
  naiveRuns?: number[];
}

/**
 * Prints the results: scenario, both medians, the ratio, the bar and PASS/FAIL ("(info)" without a
 * bar). `sides` names the two columns when the baseline is not a naive float path.
 */
export function printTable(title: string, rows: Row[], digits: number, notes: string[] = [], sides: [string, string] = ["exact ms", "naive ms"]): void {
  const ranges = rows.some((r) => r.exactRuns !== undefined);
  const lines = rows.map((r) => {
    const ratio = r.exact / r.naive;
    return [
      r.scenario,
      r.exact.toFixed(digits),
      ...(ranges ? [r.exactRuns ? spread(r.exactRuns, digits) : "-"] : []),
      r.naive.toFixed(digits),
      ...(ranges ? [r.naiveRuns ? spread(r.naiveRuns, digits) : "-"] : []),
      ratio.toFixed(2),
      r.bar === undefined ? "-" : `<= ${r.bar}`,
      r.bar === undefined ? "(info)" : ratio <= r.bar ? "PASS" : "FAIL",
    ];
  });
  const head = ["scenario", ...(ranges ? [sides[0], "min-max", sides[1], "min-max"] : sides), "ratio", "bar", "result"];
  const widths = head.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const fmt = (cells: string[]) => cells.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join("  ");
  const text = [title, fmt(head), widths.map((w) => "-".repeat(w)).join("  "), ...lines.map(fmt), ...notes.map((n) => `  ${n}`)].join("\n");
  console.log(`\n${text}\n`);
}

/**
 * A collect's table: the medians of collecting the returns and of only parsing them (sides
 * alternated by the caller), with min-max of each, the time the templates took to build, and the bar.
 */
export function printCollectTable(title: string, scenario: string, collect: number[], parse: number[], buildMs: number, bar: number): number {
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}`;
  printTable(
    title,
    [{ scenario, exact: median(collect), naive: median(parse), bar }],
    0,
    [`collect min-max ${range(collect)} ms, parse min-max ${range(parse)} ms, ${collect.length} runs each, sides alternating`, `building the 60 templates: ${buildMs.toFixed(0)} ms (info)`],
    ["collect ms", "parse ms"],
  );
  return median(collect) / median(parse);
}
