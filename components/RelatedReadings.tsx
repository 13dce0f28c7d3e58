import type { RelatedReading } from '../utils/core/sidebar-data';
import { formatTimestamp, httpUrl } from './format';

/** Articles the reader saw before that name the same records: headline, site, date seen, shared names. */
export interface RelatedReadingsProps {
  related: readonly RelatedReading[];
}

export function RelatedReadings({ related }: RelatedReadingsProps) {
  if (related.length === 0) return null;
  return (
    <ul class="bs-list bs-related">
      {related.map(({ entry, sharedNames }, i) => {
        const href = httpUrl(entry.url);
        return (
          <li key={entry.id ?? `${entry.url}-${i}`} class="bs-related__item">
            <p class="bs-related__headline">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" dir="auto">
                  {entry.headline}
                  <span class="bs-vh"> (opens in a new tab)</span>
                </a>
              ) : (
                <span dir="auto">{entry.headline}</span>
              )}
            </p>
            <p class="bs-related__meta">
              {entry.site ? <>{entry.site} · </> : null}
              seen <time dateTime={entry.seenAt}>{formatTimestamp(entry.seenAt)}</time>
            </p>
            {sharedNames.length > 0 ? <p class="bs-related__shared">Also named: {sharedNames.join(', ')}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
