// The backtest's decimal arithmetic in BigInt: decimal.js's default, every result rounded to 20
// significant digits half up (away from zero on a tie), for positive quotients of whole numbers,
// their sums and their means. It gives exactly decimal.js's results (the tests hold it to them)
// at a fraction of the cost, for the backtest's mean absolute percentage errors, line by line.

/** A decimal c x 10^e, c >= 0 whole, of at most 20 significant digits. */
export interface Digits20 {
  c: bigint;
  e: number;
}

const DIGITS = 20;
const LOW = 10n ** BigInt(DIGITS - 1);
const HIGH = 10n ** BigInt(DIGITS);
const pow10 = (k: number): bigint => 10n ** BigInt(k);

export const ZERO20: Digits20 = { c: 0n, e: 0 };

/** n / d (n >= 0, d > 0 whole) rounded to 20 significant digits, half up. */
export function quotient20(n: bigint, d: bigint): Digits20 {
  if (n === 0n) return ZERO20;
  // k such that 10^19 <= n x 10^k / d < 10^20, from an estimate corrected by one step either way
  let k = DIGITS - 1 - Math.floor(Math.log10(Number(n)) - Math.log10(Number(d)));
  for (;;) {
    const num = k >= 0 ? n * pow10(k) : n;
    const den = k >= 0 ? d : d * pow10(-k);
    const q = num / den;
    if (q >= HIGH) k--;
    else if (q < LOW) k++;
    else return { c: 2n * (num - q * den) >= den ? q + 1n : q, e: -k };
  }
}

/** A whole number times 10^e rounded to 20 significant digits, half up. */
function round20(c: bigint, e: number): Digits20 {
  const length = c.toString().length;
  if (length <= DIGITS) return { c, e };
  const drop = pow10(length - DIGITS);
  const q = c / drop;
  return { c: 2n * (c - q * drop) >= drop ? q + 1n : q, e: e + length - DIGITS };
}

/** a + b rounded to 20 significant digits, half up. */
export function plus20(a: Digits20, b: Digits20): Digits20 {
  if (a.c === 0n) return b;
  if (b.c === 0n) return a;
  const e = Math.min(a.e, b.e);
  return round20(a.c * pow10(a.e - e) + b.c * pow10(b.e - e), e);
}

/** a / n for a whole n > 0, rounded to 20 significant digits, half up. */
export function dividedBy20(a: Digits20, n: number): Digits20 {
  const q = quotient20(a.c, BigInt(n));
  return q.c === 0n ? ZERO20 : { c: q.c, e: q.e + a.e };
}

/** Whether a < b. */
export function lessThan20(a: Digits20, b: Digits20): boolean {
  const e = Math.min(a.e, b.e);
  return a.c * pow10(a.e - e) < b.c * pow10(b.e - e);
}

/** The decimal as text ("1234e-5"), exact. */
export const text20 = (a: Digits20): string => `${a.c}e${a.e}`;

/** The number nearest the decimal, as decimal.js's toNumber() gives it. */
export const number20 = (a: Digits20): number => Number(text20(a));
