import type { Source } from '../utils/core/schema';
import { httpsUrl } from './format';

/** The sources a record cites: "Publisher: Title", a new-tab link only when the URL is https. */
export interface SourceLinksProps {
  ids: readonly string[];
  sources: Readonly<Record<string, Source>>;
  /** Visible label before the list; "Sources" unless given. */
  label?: string;
}

export function SourceLinks({ ids, sources, label = 'Sources' }: SourceLinksProps) {
  const list = [...new Set(ids)].map((id) => sources[id]).filter((s): s is Source => !!s);
  if (list.length === 0) return null;
  return (
    <div class="bs-sources">
      <span class="bs-sources__label">{label}:</span>
      <ul class="bs-sources__list">
        {list.map((s) => {
          const href = httpsUrl(s.url);
          const text = (
            <>
              <span class="bs-sources__publisher">{s.publisher}</span>: {s.title}
            </>
          );
          return (
            <li key={s.id}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {text}
                  <span class="bs-vh"> (opens in a new tab)</span>
                </a>
              ) : (
                <span class="bs-sources__plain">{text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
