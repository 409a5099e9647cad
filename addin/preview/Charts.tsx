// The preview workbook's native charts: what Excel would draw from a block, as a small SVG, with
// a value axis in the chart's number format and every category label whole (chartLayout.ts).
// Scaling values to pixels here is drawing, not budget arithmetic. As in Excel, an empty cell is a
// gap in a line (the months not booked yet), not a zero, and no bar in a column chart.

import { cellText } from "../../core";
import { parseBlock } from "../gateway/address";
import type { CellValue } from "../gateway/types";
import { chartLayout, FONT_SIZE, valueY } from "./chartLayout";
import type { PreviewChart, PreviewWorkbook } from "./previewGateway";

const COLORS = ["#217346", "#2b579a", "#b7472a", "#8764b8"];

interface Bar {
  series: number;
  category: number;
  from: number;
  to: number;
}

/** The bars: side by side from 0 (clustered), or each category's values stacked, the positive up and the negative down. */
function barsOf(values: (number | null)[][], stacked: boolean): Bar[] {
  const bars: Bar[] = [];
  const categories = values[0]?.length ?? 0;
  for (let i = 0; i < categories; i++) {
    let up = 0;
    let down = 0;
    values.forEach((series, s) => {
      const v = series[i];
      if (v === null) return;
      if (!stacked) bars.push({ series: s, category: i, from: 0, to: v });
      else if (v >= 0) bars.push({ series: s, category: i, from: up, to: (up += v) });
      else bars.push({ series: s, category: i, from: down, to: (down += v) });
    });
  }
  return bars;
}

function ChartView({ book, chart }: { book: PreviewWorkbook; chart: PreviewChart }) {
  const block = parseBlock(chart.range);
  if (!block) return null;
  const rows: CellValue[][] = [];
  for (let r = block.start.row; r <= block.end.row; r++) {
    const row = [];
    for (let c = block.start.column; c <= block.end.column; c++) row.push(book.value(chart.sheet, { row: r, column: c }));
    rows.push(row);
  }
  const [header, ...data] = rows;
  const series = header.slice(1).map((name, s) => ({
    name: cellText(name),
    values: data.map((row) => (typeof row[s + 1] === "number" ? (row[s + 1] as number) : null)),
  }));
  const stacked = chart.kind === "stackedColumn";
  const bars = chart.kind === "line" ? [] : barsOf(series.map((s) => s.values), stacked);
  const reach = chart.kind === "line" ? series.flatMap((s) => s.values.filter((v) => v !== null)) : bars.flatMap((b) => [b.from, b.to]);
  const layout = chartLayout(
    data.map((row) => cellText(row[0])),
    Math.min(0, ...reach),
    Math.max(0, ...reach),
    chart.valueFormat,
  );
  const { plot, step } = layout;
  const y = (v: number) => valueY(layout, v);
  const center = (i: number) => plot.left + step * (i + 0.5);
  const barWidth = stacked ? step * 0.7 : (step * 0.8) / Math.max(1, series.length);
  const barX = (b: Bar) => (stacked ? center(b.category) - barWidth / 2 : plot.left + step * b.category + step * 0.1 + barWidth * b.series);
  return (
    <figure className="chart" data-testid="chart" data-title={chart.title} data-anchor={chart.anchor}>
      <figcaption>{chart.title}</figcaption>
      <svg width={layout.width} height={layout.height} role="img" aria-label={chart.title}>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#e4e4e4" />
            <text className="tick" x={plot.left - 4} y={tick.y + FONT_SIZE * 0.35} fontSize={FONT_SIZE} textAnchor="end">
              {tick.text}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={y(0)} y2={y(0)} stroke="#999" />
        {chart.kind === "line"
          ? series.map((s, si) => (
              <polyline
                key={si}
                fill="none"
                stroke={COLORS[si % COLORS.length]}
                strokeWidth={2}
                points={s.values.flatMap((v, i) => (v === null ? [] : [`${center(i)},${y(v)}`])).join(" ")}
              />
            ))
          : bars.map((b) => (
              <rect
                key={`${b.series}-${b.category}`}
                x={barX(b)}
                width={barWidth}
                y={Math.min(y(b.from), y(b.to))}
                height={Math.abs(y(b.to) - y(b.from))}
                fill={COLORS[b.series % COLORS.length]}
              />
            ))}
        {layout.categories.map((label, i) => (
          <text
            key={i}
            className="category"
            x={label.x}
            y={label.y}
            fontSize={FONT_SIZE}
            textAnchor={label.angle === 0 ? "middle" : "end"}
            transform={label.angle === 0 ? undefined : `rotate(${label.angle} ${label.x} ${label.y})`}
          >
            {label.text}
          </text>
        ))}
      </svg>
      <ul className="legend">
        {series.map((s, si) => (
          <li key={si} style={{ color: COLORS[si % COLORS.length] }}>
            {s.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function Charts({ book, sheet }: { book: PreviewWorkbook; sheet: string }) {
  const charts = book.charts.filter((c) => c.sheet === sheet);
  if (charts.length === 0) return null;
  return (
    <div className="charts">
      {charts.map((chart) => (
        <ChartView key={chart.title} book={book} chart={chart} />
      ))}
    </div>
  );
}
