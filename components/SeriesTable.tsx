import type { Series } from '../utils/core/schema';
import { mergePeriods } from './chart-scale';
import { formatPeriod, formatValue } from './format';

/** The numbers behind a chart as a table: a row per period, a column per series. */
export interface SeriesTableProps {
  series: readonly Series[];
  caption: string;
}

export function SeriesTable({ series, caption }: SeriesTableProps) {
  const periods = mergePeriods(series.map((s) => s.values.map((v) => v.period)));
  const hasEstimate = series.some((s) => s.values.some((v) => v.estimate));
  return (
    <div class="bs-table-wrap">
      <table class="bs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            {series.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <tr key={p}>
              <th scope="row">{formatPeriod(p)}</th>
              {series.map((s) => {
                const v = s.values.find((sv) => sv.period === p);
                return (
                  <td key={s.id}>
                    {v ? formatValue(v.value, s.unit) : '—'}
                    {v?.estimate ? ' (estimate)' : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hasEstimate ? <p class="bs-note">Estimates are drawn as lighter, outlined bars.</p> : null}
    </div>
  );
}
