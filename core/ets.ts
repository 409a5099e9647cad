// The ets method's model: additive Holt-Winters, period 12, with fixed smoothing constants, in
// floating point (a model, not an exact identity; each forecast is rounded to the unit by the
// caller). Initial values from the first two seasons (mean1, mean2): trend (mean2 - mean1)/12,
// level at time -1 mean1 - 6.5 x trend, season i the average over both seasons of the month minus
// the linear trend line, so a linear trend plus a repeating pattern is recovered exactly.

/** The fixed smoothing constants of the ets method: level, trend, season. */
export const ETS_ALPHA = 0.3;
export const ETS_BETA = 0.1;
export const ETS_GAMMA = 0.2;

/** The h-step forecasts (level + h x trend + season), h = 1..horizon, of a series of 24 or more months. */
export function holtWinters(series: ArrayLike<number>, horizon: number): number[] {
  let sum1 = 0;
  let sum2 = 0;
  for (let i = 0; i < 12; i++) {
    sum1 += series[i];
    sum2 += series[i + 12];
  }
  const mean1 = sum1 / 12;
  const mean2 = sum2 / 12;
  let trend = (mean2 - mean1) / 12;
  let level = mean1 - 6.5 * trend;
  const season = new Array<number>(12);
  for (let i = 0; i < 12; i++) season[i] = (series[i] - (mean1 + (i - 5.5) * trend) + series[i + 12] - (mean2 + (i - 5.5) * trend)) / 2;
  const n = series.length;
  for (let t = 0; t < n; t++) {
    const s = season[t % 12];
    const next = ETS_ALPHA * (series[t] - s) + (1 - ETS_ALPHA) * (level + trend);
    trend = ETS_BETA * (next - level) + (1 - ETS_BETA) * trend;
    season[t % 12] = ETS_GAMMA * (series[t] - next) + (1 - ETS_GAMMA) * s;
    level = next;
  }
  const out = new Array<number>(horizon);
  for (let k = 0; k < horizon; k++) out[k] = level + (k + 1) * trend + season[(n + k) % 12];
  return out;
}
