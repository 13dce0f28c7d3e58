import type { Source } from '../utils/core/schema';
import type { SidebarData } from '../utils/core/sidebar-data';
import { Card } from './Card';

/** A card for each agreement, actor and event the article names, in order of prominence. */
export interface InThisArticleProps {
  named: SidebarData['named'];
  sources: Readonly<Record<string, Source>>;
}

export function InThisArticle({ named, sources }: InThisArticleProps) {
  if (named.length === 0) return null;
  const names: Record<string, string> = {};
  for (const n of named) names[n.record.id] = n.record.name;
  return (
    <ul class="bs-list bs-cards">
      {named.map((n) => (
        <li key={`${n.kind}:${n.record.id}`}>
          <Card item={n} sources={sources} names={names} />
        </li>
      ))}
    </ul>
  );
}
