/**
 * The dataset in memory, indexed for the queries the sidebar needs:
 * records by id and alias, agreements and events before a date, series by
 * metric, and the related-reading ranking. Plain TypeScript.
 */
import type { AliasEntry, Analysis, ExtractedFigure, FigureCheck } from './analysis';
import type { Actor, Agreement, Dataset, Event, Series, Source } from './schema';
import type { HistoryEntry, RelatedReading, SidebarData, TimelineItem } from './sidebar-data';
import { normaliseAlias } from './normalise-alias';
import { aliasesFromDataset } from './aliases-from-dataset';
import { compileAliases, type CompiledAliases } from './compile-aliases';

type Named = SidebarData['named'][number];


export class DatasetIndex {
  readonly byId = new Map<string, Named['record'] | Source | Series | Dataset['claims'][number]>();
  readonly kindOf = new Map<string, string>();
  readonly byAlias = new Map<string, string[]>();
  readonly seriesByMetric = new Map<string, Series[]>();
  readonly sources = new Map<string, Source>();
  readonly timeline: TimelineItem[];
  /** The matcher's dictionary as a list. */
  readonly aliases: AliasEntry[];
  private compiled?: CompiledAliases;
  /** Ids of the state actors: too general to make two articles related on their own. */
  readonly states: ReadonlySet<string>;

  constructor(readonly data: Dataset) {
    for (const kind of ['sources', 'agreements', 'events', 'actors', 'series', 'claims'] as const) {
      for (const r of data[kind]) {
        this.byId.set(r.id, r);
        this.kindOf.set(r.id, kind);
      }
    }
    for (const s of data.sources) this.sources.set(s.id, s);
    for (const kind of ['actors', 'agreements', 'events'] as const) {
      for (const r of data[kind]) {
        for (const alias of new Set([r.name, ...r.aliases])) {
          const key = normaliseAlias(alias);
          const ids = this.byAlias.get(key) ?? [];
          if (!ids.includes(r.id)) ids.push(r.id);
          this.byAlias.set(key, ids);
        }
      }
    }
    this.aliases = aliasesFromDataset(data);
    this.states = new Set(data.actors.filter((a) => a.type === 'state').map((a) => a.id));
    for (const s of data.series) this.seriesByMetric.set(s.metric, [...(this.seriesByMetric.get(s.metric) ?? []), s]);
    const items: TimelineItem[] = [];
    const unverified = (r: { verified?: boolean }) => (r.verified === false ? { unverified: true } : {});
    // An event that is an agreement's step on the same day (a dialogue round, a designation) is one
    // line: the event's, standing for both.
    const stepDates = new Map<string, Set<string>>();
    for (const a of data.agreements) stepDates.set(a.id, new Set(a.dates.map((d) => d.date)));
    const merged = new Set<string>();
    for (const e of data.events) {
      const also = e.related.filter((id) => stepDates.get(id)?.has(e.date));
      for (const id of also) merged.add(`${id}|${e.date}`);
      items.push({ date: e.date, id: e.id, kind: 'events', label: e.name, named: false, ...unverified(e), ...(also.length ? { also } : {}) });
    }
    for (const a of data.agreements)
      for (const d of a.dates) if (!merged.has(`${a.id}|${d.date}`)) items.push({ date: d.date, id: a.id, kind: 'agreements', label: a.name, step: d.event, named: false, ...unverified(a) });
    this.timeline = items.sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  }

  /** The matcher's dictionary compiled for the pages (compileAliases), built on first use. */
  get dictionary(): CompiledAliases {
    this.compiled ??= compileAliases(this.aliases);
    return this.compiled;
  }

  /** Ids of the records an alias names. */
  lookupAlias(alias: string): string[] {
    return this.byAlias.get(normaliseAlias(alias)) ?? [];
  }

  named(id: string): Named | undefined {
    const kind = this.kindOf.get(id);
    const record = this.byId.get(id);
    if (!record || (kind !== 'actors' && kind !== 'agreements' && kind !== 'events')) return undefined;
    return { kind, record } as Named;
  }

  /**
   * Timeline steps before `date` (all when undefined). Named records are all
   * kept; other milestones fill up to `limit`, the most recent first.
   */
  timelineBefore(date: string | undefined, namedIds: Set<string>, limit = 24): TimelineItem[] {
    const before = date ? this.timeline.filter((t) => t.date.localeCompare(date) < 0) : this.timeline;
    const marked = before.map((t) => ({ ...t, named: namedIds.has(t.id) || !!t.also?.some((id) => namedIds.has(id)) }));
    const named = marked.filter((t) => t.named);
    const others = marked.filter((t) => !t.named).slice(-Math.max(0, limit - named.length));
    return [...named, ...others].sort((a, b) => a.date.localeCompare(b.date) || a.label.localeCompare(b.label));
  }

  seriesFor(metric: string): Series[] {
    return this.seriesByMetric.get(metric) ?? [];
  }

  /** Series a set of checks or named records point to. */
  seriesTouched(checks: FigureCheck[], namedIds: Set<string>): Series[] {
    const ids = new Set<string>();
    for (const c of checks) {
      for (const r of c.references) ids.add(r.series.id);
      if (c.claim?.reference) ids.add(c.claim.reference.series);
    }
    for (const s of this.data.series) if (s.related.some((r) => namedIds.has(r))) ids.add(s.id);
    // Series that share a metric with a touched one sit side by side (e.g. two trackers).
    for (const id of [...ids]) {
      const s = this.byId.get(id) as Series | undefined;
      if (s) for (const t of this.seriesFor(s.metric)) ids.add(t.id);
    }
    return [...ids].map((id) => this.byId.get(id) as Series).filter(Boolean);
  }
}

/** Earlier articles sharing entities with this one, most related first: rarer shared ids weigh more. */
export function rankRelated(current: string[], history: HistoryEntry[], names: (id: string) => string, generic: ReadonlySet<string>, limit = 5): RelatedReading[] {
  const df = new Map<string, number>();
  for (const h of history) for (const id of new Set(h.entityIds)) df.set(id, (df.get(id) ?? 0) + 1);
  const mine = new Set(current);
  const n = history.length + 1;
  return history
    .map((entry) => {
      const shared = [...new Set(entry.entityIds)].filter((id) => mine.has(id));
      const specific = shared.filter((id) => !generic.has(id));
      const score = specific.reduce((s, id) => s + Math.log(1 + n / (df.get(id) ?? 1)), 0);
      specific.sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0));
      return { entry, shared: specific, sharedNames: specific.map(names), score };
    })
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.score - a.score || b.entry.seenAt.localeCompare(a.entry.seenAt))
    .slice(0, limit)
    .map(({ entry, shared, sharedNames }) => ({ entry, shared, sharedNames }));
}

/** Assembles what the sidebar renders for one analysed article. */
export function assembleSidebarData(
  index: DatasetIndex,
  analysis: Analysis,
  history: HistoryEntry[],
  checkFigures: (figures: readonly ExtractedFigure[], data: Dataset, opts: { published?: string }) => FigureCheck[],
  settings: SidebarData['settings'],
): SidebarData {
  const entities = [...analysis.entities].sort((a, b) => Number(b.inHeadline) - Number(a.inHeadline) || Number(b.inLede) - Number(a.inLede) || b.count - a.count);
  // The states (Pakistan, the United States…) are named by nearly every article: their cards come last.
  const named = entities.map((e) => index.named(e.id)).filter((x): x is Named => !!x);
  const isState = (n: Named) => n.kind === 'actors' && n.record.type === 'state';
  named.sort((a, b) => Number(isState(a)) - Number(isState(b)));
  const namedIds = new Set(named.map((n) => n.record.id));
  const figureChecks = checkFigures(analysis.figures, index.data, { published: analysis.article?.published });
  const series = index.seriesTouched(figureChecks, namedIds);
  const sources: Record<string, Source> = {};
  const cite = (ids: string[] | undefined) => ids?.forEach((id) => { const s = index.sources.get(id); if (s) sources[id] = s; });
  for (const n of named) {
    cite(n.record.sources);
    if (n.kind === 'agreements') n.record.dates.forEach((d) => cite(d.sources));
    if (n.kind === 'actors') n.record.roles.forEach((r) => cite(r.sources));
  }
  for (const c of figureChecks) {
    cite(c.claim?.sources);
    c.references.forEach((r) => cite(r.sources));
  }
  for (const s of series) { cite(s.sources); s.values.forEach((v) => cite(v.sources)); }
  const nameOf = (id: string) => (index.byId.get(id) as { name?: string } | undefined)?.name ?? id;
  return {
    analysis,
    named,
    timeline: index.timelineBefore(analysis.article.published, namedIds),
    figureChecks,
    series,
    sources,
    related: rankRelated([...namedIds], history.filter((h) => h.url !== analysis.article.url), nameOf, index.states),
    dataset: index.data.meta,
    settings,
  };
}

export type { Actor, Agreement, Event };
