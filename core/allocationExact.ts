// The exact reference path of an allocation, all in bigint: the water-filling walks the sorted
// breakpoints (where a unit leaves its floor or reaches its cap) until the clamped amounts reach
// the total, then the leftover units go to the largest remainders, ties to the larger key and then
// the earlier position. It decides every case the fast path cannot prove, and the fast path must
// give the same amounts.

import { FREE, HIGH, LOW, type AllocationProblem } from "./allocationProblem";

/** Counts in units for the non-exempt units, all in bigint: sorted breakpoints, then largest remainder. */
export function allocateBig(problem: AllocationProblem, bases: readonly bigint[], keys: readonly bigint[]): number[] {
  const n = keys.length;
  const { total, denom, minFactor, maxFactor } = problem;
  const target = total * denom;
  const lo = bases.map((b) => minFactor * b);
  const hi = maxFactor === null ? null : bases.map((b) => maxFactor * b);

  // Breakpoints of f(lambda) = sum clamp(lambda key, lo, hi): unit j leaves its floor at
  // lo_j / key_j and reaches its cap at hi_j / key_j. Between breakpoints f is
  // fixed + lambda x slope; walk them in order until f reaches the target.
  interface Event {
    j: number;
    at: bigint; // lambda = at / keys[j]
    cap: boolean;
  }
  const events: Event[] = [];
  for (let j = 0; j < n; j++) {
    events.push({ j, at: lo[j], cap: false });
    if (hi !== null) events.push({ j, at: hi[j], cap: true });
  }
  const order = (x: Event, y: Event): number => {
    const c = x.at * keys[y.j] - y.at * keys[x.j];
    if (c !== 0n) return c < 0n ? -1 : 1;
    return Number(x.cap) - Number(y.cap); // leave the floor before reaching the cap
  };
  events.sort(order);

  const status = new Uint8Array(n); // all at their floors at lambda = 0
  let fixed = lo.reduce((a, b) => a + b, 0n);
  let slope = 0n;
  // feasible, so fixed >= target means fixed === target: every unit at its floor
  for (let e = 0; e < events.length && fixed < target; ) {
    const { at, j } = events[e];
    const key = keys[j];
    // f at this breakpoint, with the status that holds just below it; once it reaches the
    // target, the solution lies on the piece below: lambda = (target - fixed) / slope
    if (fixed * key + at * slope >= target * key) break;
    // every event at the same lambda
    let g = e;
    while (g < events.length && events[g].at * key === at * keys[events[g].j]) {
      const ev = events[g];
      if (ev.cap) {
        status[ev.j] = HIGH;
        slope -= keys[ev.j];
        fixed += (hi as bigint[])[ev.j];
      } else {
        status[ev.j] = FREE;
        slope += keys[ev.j];
        fixed -= lo[ev.j];
      }
      g++;
    }
    e = g;
  }
  // without caps, past the last breakpoint every unit is free and f grows without bound

  // amounts in units: A_j / Q
  const rest = target - fixed;
  const Q = slope > 0n ? denom * slope : denom;
  const scaleFixed = slope > 0n ? slope : 1n;
  const amounts = Array.from(status, (s, j) => (s === FREE ? rest * keys[j] : (s === LOW ? lo[j] : (hi as bigint[])[j]) * scaleFixed));

  const counts = amounts.map((a) => a / Q);
  const rems = amounts.map((a, j) => a - counts[j] * Q);
  let left = Number(total - counts.reduce((a, b) => a + b, 0n));
  const ranked = Array.from({ length: n }, (_, j) => j).filter((j) => rems[j] > 0n);
  ranked.sort((x, y) => (rems[x] !== rems[y] ? (rems[x] > rems[y] ? -1 : 1) : keys[x] !== keys[y] ? (keys[x] > keys[y] ? -1 : 1) : x - y));
  for (const j of ranked) {
    if (left-- <= 0) break;
    counts[j] += 1n;
  }
  return counts.map(Number);
}
