import type { FigureCheck } from '../utils/core/analysis';
import type { Source } from '../utils/core/schema';
import { formatPeriod, formatValue } from './format';
import { SourceLinks } from './SourceLinks';
import { StatusBadge } from './StatusBadge';

const VERDICT: Record<string, string> = {
  confirmed: 'confirmed',
  disputed: 'disputed',
  false: 'false',
  unverifiable: 'unverifiable',
};

/** A figure written in another script ("45 کروڑ ڈالر") is also given as the sidebar writes amounts. */
const NON_LATIN = /[\u0600-\u06ff]/;

/** One figure the article quotes beside the dataset's reference values and any known claim. */
export interface FigureCheckCardProps {
  check: FigureCheck;
  sources: Readonly<Record<string, Source>>;
}

export function FigureCheckCard({ check, sources }: FigureCheckCardProps) {
  const { figure, status, references, claim, explanation } = check;
  // A percent-change or share figure is compared with a computed percentage, whatever the series' own unit.
  const { from, to } = figure.period ?? {};
  const period = from && to ? (from === to ? from : `${from}–${to}`) : from ? `from ${from}` : to ? `to ${to}` : '';
  return (
    <article class={`bs-check bs-check--${status}`}>
      <h3 class="bs-check__figure">
        <span class="bs-vh">The article says: </span>
        <q dir="auto">{figure.text}</q>
        {NON_LATIN.test(figure.text) ? <span class="bs-check__reading"> ({formatValue(figure.value, figure.unit)})</span> : null}
      </h3>
      <p class="bs-check__status">
        <StatusBadge status={status} differencePercent={check.differencePercent} />
        {figure.context || period ? (
          <span class="bs-check__context">
            {' '}
            {figure.context ? <bdi>{figure.context}</bdi> : null}
            {figure.context && period ? ', ' : ''}
            {period}
          </span>
        ) : null}
      </p>
      <p class="bs-check__explanation">{explanation}</p>
      {references.length > 0 ? (
        <ul class="bs-refs" aria-label="Reference values">
          {references.map((r, i) => (
            <li key={`${r.series.id}-${r.period}-${i}`} class="bs-ref">
              <span class="bs-ref__series">{r.series.name}</span>, {formatPeriod(r.period)}:{' '}
              <strong class="bs-ref__value">{formatValue(r.value, r.series.unit)}</strong>
              <SourceLinks ids={r.sources} sources={sources} />
            </li>
          ))}
        </ul>
      ) : null}
      {claim ? (
        <div class="bs-claim">
          <p>
            Repeats a circulating claim: <q>{claim.statement}</q> (verdict: {VERDICT[claim.verdict] ?? claim.verdict})
          </p>
          {claim.explanation !== explanation ? <p>{claim.explanation}</p> : null}
          <SourceLinks ids={claim.sources} sources={sources} label="Claim sources" />
        </div>
      ) : null}
    </article>
  );
}
