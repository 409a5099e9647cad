// The preview workbook's native charts: what Excel would draw from a block, as a small SVG.
// Scaling values to pixels here is drawing, not budget arithmetic. As in Excel, an empty cell is a
// gap in a line (the months not booked yet), not a zero.

import { cellText } from "../../core";
import { parseBlock } from "../gateway/address";
import type { CellValue } from "../gateway/types";
import type { PreviewChart, PreviewWorkbook } from "./previewGateway";

const WIDTH = 420;
const HEIGHT = 210;
const COLORS = ["#217346", "#2b579a", "#b7472a", "#8764b8"];

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
  const all = series.flatMap((s) => s.values.filter((v) => v !== null));
  const max = Math.max(0, ...all);
  const min = Math.min(0, ...all);
  const span = max - min || 1;
  const y = (v: number) => 20 + ((max - v) / span) * (HEIGHT - 80);
  const step = (WIDTH - 20) / Math.max(1, data.length);
  return (
    <figure className="chart" data-testid="chart" data-title={chart.title} data-anchor={chart.anchor}>
      <figcaption>{chart.title}</figcaption>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.title}>
        <line x1={10} x2={WIDTH - 10} y1={y(0)} y2={y(0)} stroke="#999" />
        {series.map((s, si) =>
          chart.kind === "line" ? (
            <polyline
              key={si}
              fill="none"
              stroke={COLORS[si % COLORS.length]}
              strokeWidth={2}
              points={s.values.flatMap((v, i) => (v === null ? [] : [`${10 + step * (i + 0.5)},${y(v)}`])).join(" ")}
            />
          ) : (
            s.values.map((v, i) => {
              if (v === null) return null;
              const w = (step * 0.8) / series.length;
              const x = 10 + step * i + step * 0.1 + w * si;
              return <rect key={`${si}-${i}`} x={x} width={w} y={Math.min(y(v), y(0))} height={Math.abs(y(v) - y(0))} fill={COLORS[si % COLORS.length]} />;
            })
          ),
        )}
        {data.map((row, i) => (
          <text
            key={i}
            x={10 + step * (i + 0.5)}
            y={HEIGHT - 28}
            fontSize={9}
            textAnchor="end"
            transform={`rotate(-45 ${10 + step * (i + 0.5)} ${HEIGHT - 28})`}
          >
            {cellText(row[0]).slice(0, 14)}
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
