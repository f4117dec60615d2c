// Billed and projected revenue by month as an SVG bar chart of our own: two bars a month,
// scaled to the largest month. Attributes only, no inline styles (CSP); the table beside it
// holds the same figures for screen readers and for copying.
import { formatUsd } from '@offerdesk/core';

export type RevenueBar = { month: string; billedCents: number; projectedCents: number };

const HEIGHT = 180;
const TOP = 12;
const BAR = 22;
const GAP = 14;
const LEFT = 104;
const MIN_WIDTH = 520;

function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  const names = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${names[Number(m) - 1] ?? m} ${year}`;
}

export function RevenueChart({ rows, label }: { rows: RevenueBar[]; label: string }) {
  const max = Math.max(1, ...rows.flatMap((r) => [r.billedCents, r.projectedCents]));
  const groupWidth = BAR * 2 + GAP * 2;
  const width = Math.max(MIN_WIDTH, LEFT + rows.length * groupWidth + GAP);
  const scale = (cents: number) => Math.round((cents / max) * (HEIGHT - TOP));
  // Gridlines at the largest month and at half of it (whole cents, no float dollars).
  const gridlines = [max, Math.floor(max / 2)].map((cents) => ({
    y: HEIGHT - scale(cents),
    label: formatUsd(cents),
  }));
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT + 28}`}
        role="img"
        aria-label={`${label}: the largest month is ${formatUsd(max)}; the table below lists every month`}
        preserveAspectRatio="xMinYMid meet"
      >
        {gridlines.map((g) => (
          <g key={g.y}>
            <line x1={LEFT - 4} x2={width} y1={g.y} y2={g.y} className="chart-grid" />
            <text x={LEFT - 8} y={g.y + 4} textAnchor="end" className="chart-label">
              {g.label}
            </text>
          </g>
        ))}
        <line x1={LEFT - 4} x2={width} y1={HEIGHT} y2={HEIGHT} className="chart-axis" />
        <text x={LEFT - 8} y={HEIGHT + 4} textAnchor="end" className="chart-label">
          $0
        </text>
        {rows.map((row, index) => {
          const x = LEFT + GAP + index * groupWidth;
          const billed = scale(row.billedCents);
          const projected = scale(row.projectedCents);
          return (
            <g key={row.month}>
              <rect x={x} y={HEIGHT - billed} width={BAR} height={billed} className="bar-billed">
                <title>{`${monthLabel(row.month)} billed ${formatUsd(row.billedCents)}`}</title>
              </rect>
              <rect
                x={x + BAR}
                y={HEIGHT - projected}
                width={BAR}
                height={projected}
                className="bar-projected"
              >
                <title>{`${monthLabel(row.month)} projected ${formatUsd(row.projectedCents)}`}</title>
              </rect>
              <text x={x + BAR} y={HEIGHT + 18} textAnchor="middle" className="chart-label">
                {monthLabel(row.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-billed">Billed</span>
        <span className="legend-projected">Projected</span>
        <span className="muted">Largest month: {formatUsd(max)}</span>
      </figcaption>
    </figure>
  );
}
