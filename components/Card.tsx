import type { Source } from '../utils/core/schema';
import type { SidebarData } from '../utils/core/sidebar-data';
import { firstSentence, humanize } from './format';
import { KeyDates } from './KeyDates';
import { SourceLinks } from './SourceLinks';
import { UnverifiedBadge } from './UnverifiedBadge';

type NamedItem = SidebarData['named'][number];

const KIND_LABEL: Record<NamedItem['kind'], string> = {
  agreements: 'Agreement',
  actors: 'Actor',
  events: 'Event',
};

/** A card for one record the article names: name, type, one-line summary, key dates, sources. */
export interface CardProps {
  item: NamedItem;
  sources: Readonly<Record<string, Source>>;
  /** Names of known records by id (for role organisations). */
  names: Readonly<Record<string, string>>;
}

export function Card({ item, sources, names }: CardProps) {
  const r = item.record;
  const summary = firstSentence(r.summary);
  const meta = [KIND_LABEL[item.kind], humanize(r.type)];
  if (item.kind === 'agreements') meta.push(item.record.status);
  if (item.kind === 'actors') meta.push(item.record.country);
  return (
    <article class={`bs-card bs-card--${item.kind}`}>
      <h3 class="bs-card__name">{r.name}</h3>
      <p class="bs-card__meta">
        {meta.join(' · ')} <UnverifiedBadge verified={r.verified} />
      </p>
      <p class="bs-card__summary">{summary.text}</p>
      {summary.truncated ? (
        <details class="bs-more">
          <summary>
            Read more<span class="bs-vh"> about {r.name}</span>
          </summary>
          <p>{r.summary}</p>
        </details>
      ) : null}
      <KeyDates item={item} names={names} />
      <SourceLinks ids={r.sources} sources={sources} />
    </article>
  );
}
