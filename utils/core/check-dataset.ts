/**
 * Whole-dataset checks beyond the per-record schema: every referenced id
 * exists, ids are unique, aliases do not collide across records, dates are
 * not in the future. Used by `npm run dataset:check`, the build, and the
 * extension when a reader imports a file. Plain TypeScript.
 */
import { Dataset, KIND_NAMES, toIssues, type RecordKind, type SchemaIssue } from './schema';
import { normaliseAlias } from './normalise-alias';

type Records = Omit<Dataset, 'meta'>;

/** Where a record lives, for messages: `agreements/cis-moa`. */
const at = (kind: RecordKind, id: string) => `${kind}/${id}`;

export function checkReferences(data: Records, today: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const kindOf = new Map<string, RecordKind>();
  for (const kind of KIND_NAMES) {
    for (const r of data[kind]) {
      const prev = kindOf.get(r.id);
      if (prev) issues.push({ path: `${at(kind, r.id)}: id`, message: `duplicate id, also used by ${at(prev, r.id)}` });
      else kindOf.set(r.id, kind);
    }
  }
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const actorIds = new Set(data.actors.map((a) => a.id));
  const seriesIds = new Set(data.series.map((s) => s.id));

  const need = (kind: RecordKind, id: string, path: string, ref: string, pool: Set<string> | Map<string, unknown>, what: string) => {
    if (!pool.has(ref)) issues.push({ path: `${at(kind, id)}: ${path}`, message: `unknown ${what} "${ref}"` });
  };
  const future = (kind: RecordKind, id: string, path: string, date: string | undefined) => {
    if (date && date.localeCompare(today) > 0 && !today.startsWith(date))
      issues.push({ path: `${at(kind, id)}: ${path}`, message: `date ${date} is in the future` });
  };

  for (const kind of KIND_NAMES) {
    for (const r of data[kind] as Array<Record<string, unknown> & { id: string }>) {
      const srcs = (r.sources as string[] | undefined) ?? [];
      srcs.forEach((s, i) => need(kind, r.id, `sources[${i}]`, s, sourceIds, 'source'));
      ((r.related as string[] | undefined) ?? []).forEach((x, i) => need(kind, r.id, `related[${i}]`, x, kindOf, 'record'));
    }
  }
  for (const s of data.sources) {
    future('sources', s.id, 'published', s.published);
    future('sources', s.id, 'accessed', s.accessed);
  }
  for (const a of data.agreements) {
    a.parties.forEach((p, i) => need('agreements', a.id, `parties[${i}]`, p, actorIds, 'actor'));
    a.dates.forEach((d, i) => {
      future('agreements', a.id, `dates[${i}].date`, d.date);
      d.sources.forEach((s, j) => need('agreements', a.id, `dates[${i}].sources[${j}]`, s, sourceIds, 'source'));
    });
  }
  for (const e of data.events) {
    future('events', e.id, 'date', e.date);
    e.participants.forEach((p, i) => need('events', e.id, `participants[${i}]`, p, actorIds, 'actor'));
  }
  for (const a of data.actors) {
    a.roles.forEach((r, i) => {
      if (r.organisation) need('actors', a.id, `roles[${i}].organisation`, r.organisation, actorIds, 'actor');
      r.sources.forEach((s, j) => need('actors', a.id, `roles[${i}].sources[${j}]`, s, sourceIds, 'source'));
      future('actors', a.id, `roles[${i}].from`, r.from);
      if (r.from && r.to && r.to.localeCompare(r.from) < 0)
        issues.push({ path: `${at('actors', a.id)}: roles[${i}].to`, message: `ends (${r.to}) before it starts (${r.from})` });
    });
  }
  for (const s of data.series) {
    if (s.tracker) need('series', s.id, 'tracker', s.tracker, actorIds, 'actor');
    const seen = new Set<string>();
    s.values.forEach((v, i) => {
      if (seen.has(v.period)) issues.push({ path: `${at('series', s.id)}: values[${i}].period`, message: `period ${v.period} appears twice` });
      seen.add(v.period);
      v.sources.forEach((x, j) => need('series', s.id, `values[${i}].sources[${j}]`, x, sourceIds, 'source'));
    });
  }
  for (const c of data.claims) {
    if (c.reference) need('claims', c.id, 'reference.series', c.reference.series, seriesIds, 'series');
  }
  issues.push(...checkAliasCollisions(data));
  return issues;
}

/** Two different records may not share a normalised alias: the matcher could not tell them apart. */
export function checkAliasCollisions(data: Pick<Records, 'actors' | 'agreements' | 'events'>): SchemaIssue[] {
  const owner = new Map<string, string>();
  const issues: SchemaIssue[] = [];
  for (const kind of ['actors', 'agreements', 'events'] as const) {
    for (const r of data[kind]) {
      [r.name, ...r.aliases].forEach((alias, i) => {
        const key = normaliseAlias(alias);
        if (!key) return;
        const prev = owner.get(key);
        const me = at(kind, r.id);
        if (prev && prev !== me)
          issues.push({ path: `${me}: ${i === 0 ? 'name' : `aliases[${i - 1}]`}`, message: `alias "${alias}" is also an alias of ${prev}` });
        else owner.set(key, me);
      });
    }
  }
  return issues;
}

/** Validates a complete dataset bundle: schema first, then references. */
export function validateDataset(
  input: unknown,
  today: string,
): { ok: true; value: Dataset } | { ok: false; issues: SchemaIssue[] } {
  const parsed = Dataset.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = checkReferences(parsed.data, today);
  return issues.length ? { ok: false, issues } : { ok: true, value: parsed.data };
}
