import type { Series } from '../utils/core/schema';

/** Which bar is which when a chart shows several series: swatch plus name, in left-to-right bar order. */
export interface ChartLegendProps {
  series: readonly Series[];
}

export function ChartLegend({ series }: ChartLegendProps) {
  if (series.length < 2) return null;
  return (
    <ol class="bs-legend bs-legend--chart" aria-label="Bars in each group, left to right">
      {series.map((s, i) => (
        <li key={s.id}>
          <svg class="bs-swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <rect class={`bs-bar bs-series-${i % 4}`} x="0" y="0" width="12" height="12" />
          </svg>{' '}
          {s.name}
        </li>
      ))}
    </ol>
  );
}
