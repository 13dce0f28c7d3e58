import type { Series, Source } from '../utils/core/schema';
import { groupSeries } from './chart-scale';
import { ChartLegend } from './ChartLegend';
import { capitalise, humanize } from './format';
import { SeriesChart } from './SeriesChart';
import { SeriesTable } from './SeriesTable';
import { SourceLinks } from './SourceLinks';

/** One chart per metric: series sharing a metric and unit (e.g. several trackers' attack counts) are drawn side by side. */
export interface ChartsProps {
  series: readonly Series[];
  sources: Readonly<Record<string, Source>>;
}

export function Charts({ series, sources }: ChartsProps) {
  const groups = groupSeries(series);
  if (groups.length === 0) return null;
  return (
    <ul class="bs-list bs-charts">
      {groups.map((g) => {
        const title = g.length === 1 ? g[0].name : `${capitalise(humanize(g[0].metric))}, ${g.length} sources compared`;
        return (
          <li key={g.map((s) => s.id).join('+')}>
            <figure class="bs-figure">
              <figcaption class="bs-figure__caption">{title}</figcaption>
              <SeriesChart series={g} title={title} />
              <ChartLegend series={g} />
              <details class="bs-more">
                <summary>Show the numbers</summary>
                <SeriesTable series={g} caption={title} />
                {g.map((s) => (
                  <p class="bs-note" key={s.id}>
                    {g.length > 1 ? <strong>{s.name}: </strong> : null}
                    {s.definition}
                  </p>
                ))}
              </details>
              <SourceLinks ids={g.flatMap((s) => s.sources)} sources={sources} />
            </figure>
          </li>
        );
      })}
    </ul>
  );
}

