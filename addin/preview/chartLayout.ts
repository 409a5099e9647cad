// How the preview lays a chart out: the plot, the value axis's ticks and labels, and the category
// labels, every label whole and inside the chart, never cut. A category label stands level when
// every label fits its slot, else at 45 degrees; the chart grows down to hold the longest label,
// the plot moves right so that the first labels do not run off the left edge, and the chart grows
// wider so that slanted labels do not overlap. Text widths are estimated from the characters
// (a pure module has no font metrics), generously. Placing values in pixels is drawing, not
// budget arithmetic.

/** The labels' font size, in pixels. */
export const FONT_SIZE = 10;
/** An average character's width, generous for the preview's sans-serif. */
const CHAR_WIDTH = 0.62 * FONT_SIZE;
/** A glyph's height above and below the baseline. */
const ASCENT = 0.8 * FONT_SIZE;
const DESCENT = 0.25 * FONT_SIZE;
const MIN_WIDTH = 420;
const PLOT_TOP = 12;
const PLOT_HEIGHT = 130;
const MARGIN = 4;
/** The narrowest slot: slanted labels are this far apart across their slant, more than a line. */
const MIN_SLOT = 18;
const SLANT = Math.SQRT1_2;

const scale = (low: number, high: number, v: number): number => PLOT_TOP + ((high - v) / (high - low)) * PLOT_HEIGHT;

export const textWidth = (text: string): number => text.length * CHAR_WIDTH;

export interface CategoryLabel {
  text: string;
  /** The label's anchor: its centre (level) or its end (slanted). */
  x: number;
  y: number;
  angle: 0 | -45;
}

export interface Tick {
  value: number;
  text: string;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** A category's slot width; category i is centred at plot.left + step * (i + 0.5). */
  step: number;
  /** The value axis from its lowest tick to its highest. */
  low: number;
  high: number;
  ticks: Tick[];
  categories: CategoryLabel[];
}

/** A tick's label in the axis's number format: a percentage ("0.0%") or a plain number. */
export function tickText(value: number, format: string | undefined): string {
  const percent = format === undefined ? null : /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  return String(Number(value.toPrecision(12)));
}

/** Round ticks from 1, 2, 2.5 or 5 times a power of ten, at most about 5 of them, taking in `min` to `max` and 0. */
export function axisTicks(min: number, max: number): number[] {
  let low = Math.min(0, min);
  let high = Math.max(0, max);
  if (high === low) high = low + 1;
  const raw = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) as number;
  low = Math.floor(low / step + 1e-9) * step;
  high = Math.ceil(high / step - 1e-9) * step;
  const count = Math.round((high - low) / step);
  return Array.from({ length: count + 1 }, (_, k) => Number((low + k * step).toPrecision(12)));
}

/** The box a label takes on the chart (left, top, right, bottom), glyphs' ascent and descent included. */
export function labelBox(label: CategoryLabel): { left: number; top: number; right: number; bottom: number } {
  const w = textWidth(label.text);
  if (label.angle === 0) return { left: label.x - w / 2, top: label.y - ASCENT, right: label.x + w / 2, bottom: label.y + DESCENT };
  // slanted up to the right, ending at the anchor: it starts w·cos 45 left and w·sin 45 below it
  return {
    left: label.x - w * SLANT - ASCENT * SLANT,
    top: label.y - ASCENT * SLANT,
    right: label.x + DESCENT * SLANT,
    bottom: label.y + w * SLANT + DESCENT * SLANT,
  };
}

export function chartLayout(categories: readonly string[], min: number, max: number, valueFormat?: string): ChartLayout {
  const values = axisTicks(min, max);
  const texts = values.map((v) => tickText(v, valueFormat));
  const axisLeft = MARGIN + Math.max(...texts.map(textWidth)) + 6;
  const n = Math.max(1, categories.length);
  const widest = Math.max(0, ...categories.map(textWidth));
  const width = Math.max(MIN_WIDTH, Math.ceil(axisLeft + n * MIN_SLOT + MARGIN));
  const right = width - MARGIN;
  const level = categories.every((c) => textWidth(c) <= (right - axisLeft) / n - 4);
  // slanted: label i's left edge, x_i - (w_i + ascent)·cos 45, stays right of the margin, where
  // x_i = left + (right - left)(i + ½)/n; solved for the plot's left edge
  const left = level
    ? axisLeft
    : Math.max(
        axisLeft,
        ...categories.map((c, i) => {
          const share = (i + 0.5) / n;
          return ((textWidth(c) + ASCENT) * SLANT + MARGIN - right * share) / (1 - share);
        }),
      );
  const step = (right - left) / n;
  const bottom = PLOT_TOP + PLOT_HEIGHT;
  const band = level ? ASCENT + DESCENT + 6 : (widest + DESCENT) * SLANT + 6;
  const low = values[0];
  const high = values[values.length - 1];
  return {
    width,
    height: Math.ceil(bottom + band + MARGIN),
    plot: { left, top: PLOT_TOP, right, bottom },
    step,
    low,
    high,
    ticks: values.map((value, k) => ({ value, text: texts[k], y: scale(low, high, value) })),
    categories: categories.map((text, i) => {
      const x = left + step * (i + 0.5);
      return level ? { text, x, y: bottom + 4 + ASCENT, angle: 0 } : { text, x: x + FONT_SIZE * 0.3, y: bottom + 6, angle: -45 };
    }),
  };
}

/** Where a value stands on the plot, in pixels from the chart's top. */
export const valueY = (layout: ChartLayout, v: number): number => scale(layout.low, layout.high, v);
