import type { Series } from '../utils/core/schema';
import { labelIndexes, mergePeriods, niceMax, shortPeriod } from './chart-scale';
import { formatAxisValue, formatPeriod, formatValue } from './format';

/** A small SVG bar chart of one or more series sharing a unit (grouped bars), with a summary label. */
export interface SeriesChartProps {
  series: readonly Series[];
  /** Used in the chart's accessible name. */
  title: string;
}

const W = 320;
const H = 168;
const M = { top: 10, right: 6, bottom: 22, left: 46 };

export function SeriesChart({ series, title }: SeriesChartProps) {
  const periods = mergePeriods(series.map((s) => s.values.map((v) => v.period)));
  if (periods.length === 0) return null;
  const unit = series[0].unit;
  const all = series.flatMap((s) => s.values.map((v) => v.value));
  const top = niceMax(Math.max(0, ...all));
  const bottom = Math.min(0, ...all) < 0 ? -niceMax(-Math.min(...all)) : 0;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + ((top - v) / (top - bottom)) * plotH;
  const band = plotW / periods.length;
  const gap = Math.min(band * 0.2, 6);
  const barW = Math.max(1, (band - gap) / series.length);
  const ticks = bottom < 0 ? [bottom, 0, top] : [0, top / 2, top];
  const shown = new Set(labelIndexes(periods.length, 6));

  return (
    <svg class="bs-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={describe(series, title)}>
      {ticks.map((t) => (
        <g key={t}>
          <line class={t === 0 ? 'bs-chart__zero' : 'bs-chart__grid'} x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
          <text class="bs-chart__tick" x={M.left - 4} y={y(t) + 3} text-anchor="end">
            {formatAxisValue(t, unit)}
          </text>
        </g>
      ))}
      {periods.map((p, pi) =>
        series.map((s, si) => {
          const v = s.values.find((sv) => sv.period === p);
          if (!v) return null;
          const x = M.left + pi * band + gap / 2 + si * barW;
          const y0 = y(Math.max(0, v.value));
          const h = Math.abs(y(v.value) - y(0));
          return (
            <rect
              key={`${s.id}-${p}`}
              class={`bs-bar bs-series-${si % 4}${v.estimate ? ' bs-bar--estimate' : ''}`}
              x={x}
              y={y0}
              width={barW}
              height={Math.max(h, v.value === 0 ? 0 : 0.5)}
            />
          );
        }),
      )}
      {periods.map((p, pi) =>
        shown.has(pi) ? (
          <text key={p} class="bs-chart__tick" x={M.left + (pi + 0.5) * band} y={H - 6} text-anchor="middle">
            {shortPeriod(p)}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** "Bar chart: US aid…, FY2002 to FY2023. Highest: $2.1bn in FY2010. …" */
function describe(series: readonly Series[], title: string): string {
  const parts = [`Bar chart: ${title}.`];
  for (const s of series) {
    if (s.values.length === 0) continue;
    const vals = [...s.values].sort((a, b) => a.period.localeCompare(b.period));
    const hi = vals.reduce((m, v) => (v.value > m.value ? v : m), vals[0]);
    const range = vals.length > 1 ? `${formatPeriod(vals[0].period)} to ${formatPeriod(vals[vals.length - 1].period)}` : formatPeriod(vals[0].period);
    const who = series.length > 1 ? `${s.name}: ` : '';
    parts.push(`${who}${range}, highest ${formatValue(hi.value, s.unit)} in ${formatPeriod(hi.period)}.`);
  }
  parts.push('The numbers are in the table below.');
  return parts.join(' ');
}
