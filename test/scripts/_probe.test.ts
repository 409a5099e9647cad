import { it } from "vitest";
import Decimal from "decimal.js";
import fc from "fast-check";
import { periodize } from "../../core";
import { toUnits } from "../../core/money";

function ref(n: bigint, w: bigint[]): bigint[] {
  const neg = n < 0n; const m = neg ? -n : n;
  const s = w.reduce((a, b) => a + b, 0n);
  const fl = w.map((x) => (m * x) / s);
  const rem = w.map((x, i) => m * x - fl[i] * s);
  let left = Number(m - fl.reduce((a, b) => a + b, 0n));
  const idx = w.map((_, i) => i).sort((a, b) => (rem[a] !== rem[b] ? (rem[b] > rem[a] ? 1 : -1) : w[a] !== w[b] ? (w[b] > w[a] ? 1 : -1) : a - b));
  for (const i of idx) { if (left-- <= 0) break; fl[i] += 1n; }
  return neg ? fl.map((x) => -x) : fl;
}
function scale(ws: number[]): bigint[] {
  const ds = ws.map((x) => new Decimal(x));
  const dp = Math.max(...ds.map((d) => d.decimalPlaces()));
  return ds.map((d) => BigInt(d.times(new Decimal(10).pow(dp)).toFixed(0)));
}
it("fuzz", () => {
  const units = [0.01, 1, 1000] as const;
  let bad = 0;
  fc.assert(fc.property(
    fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.integer({min:0,max:99}).map(x=>x/10)), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
    fc.constantFrom(...units),
    (a, w, unit) => {
      const N = BigInt(new Decimal(a).div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
      const got = toUnits(a, unit, { what: "x", whatDa: "x" });
      if (BigInt(got) !== N) { if (bad++ < 5) console.log("toUnits", a, unit, got, N); return; }
      const exp = ref(N, scale(w));
      const m = periodize(a, w, { unit });
      const mu = m.map((x) => BigInt(new Decimal(x).div(unit).toFixed(0)));
      if (mu.some((x, i) => x !== exp[i])) { if (bad++ < 5) console.log("per", a, w, unit, m, exp); }
    }), { numRuns: 20000 });
  // near-half amounts
  for (let i = 0; i < 200000; i++) {
    const unit = units[i % 3];
    const k = Math.floor(Math.random() * 1e9) * (Math.random() < 0.5 ? -1 : 1);
    const d = new Decimal(k).plus(0.5).times(unit);
    const a = d.toNumber() + (Math.random() - 0.5) * 1e-9 * Math.abs(d.toNumber());
    const N = BigInt(new Decimal(a).div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0));
    const got = toUnits(a, unit, { what: "x", whatDa: "x" });
    if (BigInt(got) !== N && bad++ < 10) console.log("half", a, unit, got, N);
  }
  console.log("bad", bad);
});
