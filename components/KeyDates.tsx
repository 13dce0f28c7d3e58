import type { SidebarData } from '../utils/core/sidebar-data';
import { capitalise, formatDate, humanize } from './format';

type NamedItem = SidebarData['named'][number];

/** A record's key dates: an agreement's dated steps, an event's date and place, an actor's roles. */
export interface KeyDatesProps {
  item: NamedItem;
  /** Names of known records by id, to name a role's organisation. */
  names: Readonly<Record<string, string>>;
}

export function KeyDates({ item, names }: KeyDatesProps) {
  if (item.kind === 'agreements') {
    const steps = [...item.record.dates].sort((a, b) => a.date.localeCompare(b.date));
    return (
      <ul class="bs-dates" aria-label="Key dates">
        {steps.map((s, i) => (
          <li key={i}>
            <span class="bs-dates__what">{capitalise(humanize(s.event))}</span>{' '}
            <time dateTime={s.date}>{formatDate(s.date)}</time>
          </li>
        ))}
      </ul>
    );
  }
  if (item.kind === 'events') {
    const { date, place } = item.record;
    return (
      <ul class="bs-dates" aria-label="Key dates">
        <li>
          <time dateTime={date}>{formatDate(date)}</time>
          {place ? <>, {place}</> : null}
        </li>
      </ul>
    );
  }
  const roles = item.record.roles;
  if (roles.length === 0) return null;
  return (
    <ul class="bs-dates" aria-label="Roles">
      {roles.map((r, i) => {
        const org = r.organisation ? names[r.organisation] : undefined;
        return (
          <li key={i}>
            {r.title}
            {org ? <>, {org}</> : null}
            {r.from || r.to ? (
              <>
                {' '}
                <span class="bs-dates__span">
                  ({r.from && r.to ? (
                    <>
                      <time dateTime={r.from}>{formatDate(r.from)}</time> – <time dateTime={r.to}>{formatDate(r.to)}</time>
                    </>
                  ) : r.from ? (
                    <>
                      since <time dateTime={r.from}>{formatDate(r.from)}</time>
                    </>
                  ) : (
                    <>
                      until <time dateTime={r.to}>{formatDate(r.to ?? '')}</time>
                    </>
                  )}
                  )
                </span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
