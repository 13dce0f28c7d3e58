import { describe, expect, it } from 'vitest';
import { DatasetIndex, assembleSidebarData, rankRelated } from '../../../utils/core/dataset-index';
import type { Analysis } from '../../../utils/core/analysis';
import type { HistoryEntry } from '../../../utils/core/sidebar-data';
import { miniDataset } from '../../fixtures/dataset/mini-dataset';

const analysis = (published?: string): Analysis => ({
  article: { isArticle: true, articleSignals: [], url: 'https://www.dawn.com/news/2', headline: 'TTP and CIS-MOA', published, lang: 'en', dir: 'ltr', words: 400 },
  topic: { relevant: true, score: 8, threshold: 5, reasons: [] },
  entities: [
    { id: 'ttp', kind: 'actors', aliases: ['TTP'], count: 3, inHeadline: true, inLede: true, offsets: [] },
    { id: 'cis-moa', kind: 'agreements', aliases: ['CIS-MOA'], count: 1, inHeadline: false, inLede: false, offsets: [] },
  ],
  figures: [],
  ms: 1,
});

const entry = (url: string, ids: string[], seenAt = '2026-01-01T00:00:00Z'): HistoryEntry => ({ url, headline: url, seenAt, entityIds: ids });

describe('DatasetIndex', () => {
  const index = new DatasetIndex(miniDataset());
  it('finds records by any alias, normalised', () => {
    expect(index.lookupAlias('cismoa')).toEqual(['cis-moa']);
    expect(index.lookupAlias('PAKISTANI   taliban')).toEqual(['ttp']);
    expect(index.lookupAlias('nobody')).toEqual([]);
  });
  it('lists timeline steps strictly before a date, marking named ones', () => {
    const t = index.timelineBefore('2024-01-01', new Set(['cis-moa']));
    expect(t.map((x) => `${x.date} ${x.id} ${x.step ?? ''} ${x.named}`)).toEqual(['2005-10 cis-moa signed true', '2023-08-01 cis-moa renewed true']);
    expect(index.timelineBefore('2025-08-12', new Set()).map((x) => x.id)).not.toContain('ct-dialogue-2025');
  });
  it('marks timeline items of unverified records', () => {
    const d = miniDataset();
    d.events[0].verified = false;
    const t = new DatasetIndex(d).timelineBefore(undefined, new Set());
    expect(t.find((x) => x.id === 'ct-dialogue-2025')?.unverified).toBe(true);
    expect(t.find((x) => x.id === 'cis-moa')?.unverified).toBeUndefined();
  });
  it('shows an event that is an agreement step of the same day once, named when either is', () => {
    const d = miniDataset();
    d.agreements[0].dates.push({ date: '2025-08-12', event: 'held', sources: [] } as never);
    const idx = new DatasetIndex(d);
    const t = idx.timelineBefore(undefined, new Set(['cis-moa']));
    const sameDay = t.filter((x) => x.date === '2025-08-12');
    expect(sameDay.map((x) => [x.id, x.also, x.named])).toEqual([['ct-dialogue-2025', ['cis-moa'], true]]);
    expect(t.filter((x) => x.id === 'cis-moa').map((x) => x.step)).toEqual(['signed', 'renewed']);
    expect(idx.timelineBefore(undefined, new Set()).find((x) => x.date === '2025-08-12')?.named).toBe(false);
  });
  it('gives series by metric', () => {
    expect(index.seriesFor('terrorism-attacks').map((s) => s.id)).toEqual(['pips-attacks']);
  });
});

describe('rankRelated', () => {
  it('ranks by shared specific entities, ignoring the two states alone', () => {
    const history = [
      entry('https://a/1', ['pakistan', 'united-states']),
      entry('https://a/2', ['pakistan', 'ttp']),
      entry('https://a/3', ['ttp', 'cis-moa']),
    ];
    const r = rankRelated(['pakistan', 'united-states', 'ttp', 'cis-moa'], history, (id) => id.toUpperCase(), new Set(['pakistan', 'united-states']));
    expect(r.map((x) => x.entry.url)).toEqual(['https://a/3', 'https://a/2']);
    expect(r[0].sharedNames).toEqual(['CIS-MOA', 'TTP']);
  });
});

describe('assembleSidebarData', () => {
  it('puts headline entities first, cites every source used, and leaves out the current article', () => {
    const index = new DatasetIndex(miniDataset());
    const data = assembleSidebarData(index, analysis('2025-09-01'), [entry('https://www.dawn.com/news/2', ['ttp']), entry('https://x/1', ['ttp'])], () => [], { highlights: true });
    expect(data.named.map((n) => n.record.id)).toEqual(['ttp', 'cis-moa']);
    expect(Object.keys(data.sources)).toEqual(['state-cis-moa']);
    expect(data.related.map((r) => r.entry.url)).toEqual(['https://x/1']);
    expect(data.timeline.map((t) => t.id)).toContain('ct-dialogue-2025');
    expect(data.dataset.version).toBe('1.0.0');
  });
  it('lists the states after the specific records, even when the headline names them', () => {
    const index = new DatasetIndex(miniDataset());
    const a = analysis('2025-09-01');
    a.entities.unshift({ id: 'pakistan', kind: 'actors', aliases: ['Pakistan'], count: 9, inHeadline: true, inLede: true, offsets: [] });
    const data = assembleSidebarData(index, a, [], () => [], { highlights: true });
    expect(data.named.map((n) => n.record.id)).toEqual(['ttp', 'cis-moa', 'pakistan']);
  });
  it('gives the figure check the article\'s publication date', () => {
    const index = new DatasetIndex(miniDataset());
    const a = analysis('2025-09-01');
    const seen: unknown[] = [];
    assembleSidebarData(index, a, [], (_f, _d, opts) => (seen.push(opts.published), []), { highlights: true });
    expect(seen).toEqual([a.article.published]);
    expect(a.article.published).toBeTruthy();
  });
});
