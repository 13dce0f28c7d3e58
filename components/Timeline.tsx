import type { TimelineItem } from '../utils/core/sidebar-data';
import { formatDate, humanize, plural } from './format';
import { TimelineMarker } from './TimelineMarker';

/** The backstory in time: an SVG overview strip plus an ordered list, items the article names marked. */
export interface TimelineProps {
  items: readonly TimelineItem[];
}

const W = 320;
const H = 44;
const PAD = 12;

/** "2025-08-12" → 2025.61; "2025" → 2025. */
function toYear(date: string): number {
  const [y, m = '1', d = '1'] = date.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 366;
}

export function Timeline({ items }: TimelineProps) {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date));
  const first = sorted[0].date.slice(0, 4);
  const last = sorted[sorted.length - 1].date.slice(0, 4);
  const min = toYear(first);
  const max = Math.max(toYear(last) + 1, min + 1);
  const x = (date: string) => PAD + ((toYear(date) - min) / (max - min)) * (W - 2 * PAD);
  const namedCount = sorted.filter((i) => i.named).length;
  const overview =
    `Timeline overview: ${plural(sorted.length, 'point')} from ${first} to ${last}, ` +
    `${formatNumberWord(namedCount)} named in this article. The full list follows.`;

  return (
    <div class="bs-timeline">
      <svg class="bs-timeline__strip" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={overview} preserveAspectRatio="xMidYMid meet">
        <line x1={PAD} x2={W - PAD} y1={16} y2={16} class="bs-timeline__axis" />
        {sorted.map((i) => (
          <circle
            key={`${i.id}-${i.date}-${i.step ?? ''}`}
            cx={x(i.date)}
            cy={16}
            r={i.named ? 5 : 4}
            class={i.named ? 'bs-dot bs-dot--named' : 'bs-dot'}
          />
        ))}
        <text x={PAD} y={38} class="bs-timeline__year" text-anchor="start">
          {first}
        </text>
        {last !== first ? (
          <text x={W - PAD} y={38} class="bs-timeline__year" text-anchor="end">
            {last}
          </text>
        ) : null}
      </svg>
      <ul class="bs-legend" aria-label="Legend">
        <li>
          <TimelineMarker named /> Named in this article
        </li>
        <li>
          <TimelineMarker named={false} /> Background
        </li>
      </ul>
      <ol class="bs-timeline__list">
        {sorted.map((i) => (
          <li key={`${i.id}-${i.date}-${i.step ?? ''}`} class={i.named ? 'bs-timeline__item bs-timeline__item--named' : 'bs-timeline__item'}>
            <TimelineMarker named={i.named} />
            <div class="bs-timeline__text">
              <time dateTime={i.date} class="bs-timeline__date">
                {formatDate(i.date)}
              </time>{' '}
              <span class="bs-timeline__label">{i.label}</span>
              {i.step ? <span class="bs-timeline__step"> ({humanize(i.step)})</span> : null}
              {i.unverified ? <span class="bs-timeline__step"> (unverified)</span> : null}
              {i.named ? <span class="bs-tag">in this article</span> : null}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}

function formatNumberWord(n: number): string {
  return n === 0 ? 'none' : String(n);
}
