/**
 * What the benchmark runs on: the real corpus pages, the seed article pages
 * (the labelled fixtures when present, otherwise pages built from the seed
 * texts), synthetic long articles, synthetic alias dictionaries and
 * synthetic larger datasets. Deterministic: the same inputs every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AliasEntry, NamedKind } from '../../utils/core/analysis';
import type { Dataset } from '../../utils/core/schema';
import type { HistoryEntry } from '../../utils/core/sidebar-data';

export const root = path.resolve(import.meta.dirname, '../..');
export const shared = path.resolve(process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared'));

export interface BenchPage {
  slug: string;
  /** Where the page claims to live (passed to quickCheck/analysePage as the page URL). */
  url: string;
  html: string;
  bytes: number;
  source: 'corpus' | 'fixture' | 'seed-built' | 'synthetic';
}

/** The 130 Readability test pages (none is about the topic). */
export function corpusPages(): BenchPage[] {
  const dir = path.join(shared, 'corpus/readability');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((slug) => existsSync(path.join(dir, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const buf = readFileSync(path.join(dir, slug, 'source.html'));
      return { slug, url: `https://www.example-news.com/${slug}/`, html: buf.toString('utf8'), bytes: buf.length, source: 'corpus' as const };
    });
}

/** The labelled page fixtures (tests/fixtures/pages/<slug>/source.html + expected.json), written by the engine's tests. */
export function fixturePages(): Array<BenchPage & { label: string; relevant: boolean }> {
  const dir = path.join(root, 'tests/fixtures/pages');
  if (!existsSync(dir)) return [];
  const out: Array<BenchPage & { label: string; relevant: boolean }> = [];
  for (const slug of readdirSync(dir).sort()) {
    const src = path.join(dir, slug, 'source.html');
    const exp = path.join(dir, slug, 'expected.json');
    if (!existsSync(src) || !existsSync(exp)) continue;
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(readFileSync(exp, 'utf8'));
    } catch {
      continue;
    }
    const buf = readFileSync(src);
    const url = typeof expected.url === 'string' ? expected.url : `https://www.dawn.com/news/${slug}`;
    out.push({ slug, url, html: buf.toString('utf8'), bytes: buf.length, source: 'fixture', label: String(expected.label ?? ''), relevant: expected.relevant === true });
  }
  return out;
}

interface SeedText {
  name: string;
  headline: string;
  paragraphs: string[];
}

export function seedTexts(): SeedText[] {
  const dir = path.join(shared, 'seeds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      return { name: f.replace(/\.txt$/, ''), headline: lines[0] ?? f, paragraphs: lines.slice(1) };
    });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A realistic news page around a headline and paragraphs: chrome, Open Graph, JSON-LD, related links, comments. */
export function newsPage(o: { headline: string; paragraphs: string[]; url: string; published: string; site?: string }): string {
  const site = o.site ?? 'Dawn';
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: o.headline, datePublished: `${o.published}T09:00:00+05:00`, author: { '@type': 'Person', name: 'Staff Reporter' }, publisher: { '@type': 'Organization', name: site }, mainEntityOfPage: o.url };
  const nav = ['Home', 'Pakistan', 'World', 'Business', 'Sport', 'Opinion', 'Magazines', 'Videos', 'Tech'].map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const related = ['Cricket board names new selection committee', 'Rupee gains against dollar in interbank trade', 'Heatwave to grip Sindh this week, says PMD', 'Stocks close higher on budget hopes'].map((t, i) => `<li><a href="/news/${1000 + i}">${t}</a></li>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(o.headline)} - ${site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(o.headline)}">
<meta property="og:site_name" content="${site}"><meta property="og:url" content="${esc(o.url)}">
<meta property="article:published_time" content="${o.published}T09:00:00+05:00">
<link rel="canonical" href="${esc(o.url)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<style>body{font:17px/1.6 Georgia,serif;margin:0}header,footer{background:#0b3d2e;color:#fff;padding:8px 16px}nav ul{display:flex;gap:12px;list-style:none;margin:0;padding:0}nav a{color:#fff}main{display:flex;gap:32px;max-width:1100px;margin:24px auto}article{flex:1}aside{width:260px;font:14px/1.4 sans-serif}</style>
</head><body>
<header><a href="/" class="logo">${site}</a><nav><ul>${nav}</ul></nav></header>
<main><article class="story">
<h1 class="story__title">${esc(o.headline)}</h1>
<div class="story__byline">Staff Reporter · <time datetime="${o.published}">${o.published}</time></div>
<div class="story__content">
${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">WhatsApp</a></div>
</article>
<aside><h2>Most popular</h2><ol>${related}</ol><h2>Read also</h2><ul>${related}</ul></aside></main>
<section class="comments"><h2>Comments (2)</h2><div class="comment"><p>Good step, long overdue.</p></div><div class="comment"><p>Let us see if anything changes on the ground this time.</p></div></section>
<footer><p>© ${site}. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body></html>`;
}

const SEED_DATES = ['2026-01-20', '2025-06-10', '2025-08-14', '2023-10-02', '2025-05-05'];

/** The seed articles as pages: the labelled fixtures when a teammate has written them, else built here. */
export function seedPages(): BenchPage[] {
  const fixtures = fixturePages().filter((p) => p.label === 'seed');
  if (fixtures.length) return fixtures;
  return seedTexts().map((s, i) => {
    const url = `https://www.dawn.com/news/${1900000 + i}/${s.name.slice(0, 3)}`;
    const html = newsPage({ headline: s.headline, paragraphs: s.paragraphs, url, published: SEED_DATES[i % SEED_DATES.length] });
    return { slug: `seed-${s.name}`, url, html, bytes: Buffer.byteLength(html), source: 'seed-built' as const };
  });
}

/** A relevant article of about `words` words: the seed texts' paragraphs, cycled. */
export function syntheticArticle(words: number): BenchPage {
  const seeds = seedTexts();
  const pool = seeds.flatMap((s) => s.paragraphs.filter((p) => p.split(/\s+/).length >= 12));
  const headline = seeds[2]?.headline ?? 'US and Pakistan hold counter-terrorism dialogue in Islamabad';
  const paragraphs: string[] = [];
  let n = 0;
  for (let i = 0; n < words && pool.length; i++) {
    const p = pool[i % pool.length];
    paragraphs.push(p);
    n += p.split(/\s+/).length;
  }
  const url = `https://www.dawn.com/news/1999${words}/synthetic-${words}-words`;
  const html = newsPage({ headline, paragraphs, url, published: '2025-08-14' });
  return { slug: `synthetic-${words / 1000}k-words`, url, html, bytes: Buffer.byteLength(html), source: 'synthetic' };
}

/** mulberry32: a small deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'th', 'kr', 'dr', 'zh', 'vr', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ei'];
const CODAS = ['', '', 'n', 'r', 'l', 'th', 'x', 'sk', 'nd'];
const SUFFIXES = ['', '', '', ' Accord', ' Front', ' Council', ' Brigade', ' Initiative', ' Dialogue', ' Command'];

/** `count` unique made-up names (nothing a real article contains), as alias entries of synthetic records. */
export function syntheticAliases(count: number, seed = 7): AliasEntry[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const word = () => {
    let w = '';
    const syll = 2 + Math.floor(r() * 2);
    for (let i = 0; i < syll; i++) w += pick(ONSETS) + pick(VOWELS);
    w += pick(CODAS);
    return w[0].toUpperCase() + w.slice(1);
  };
  const kinds: NamedKind[] = ['actors', 'agreements', 'events'];
  const seen = new Set<string>();
  const out: AliasEntry[] = [];
  while (out.length < count) {
    const alias = (r() < 0.5 ? word() : `${word()} ${word()}`) + pick(SUFFIXES);
    if (seen.has(alias)) continue;
    seen.add(alias);
    out.push({ alias, id: `synthetic-${out.length}`, kind: kinds[out.length % 3] });
  }
  return out;
}

/** The alias dictionary grown to `factor` × its size with made-up names. */
export function scaledAliases(base: AliasEntry[], factor: number): AliasEntry[] {
  return factor <= 1 ? base.slice() : [...base, ...syntheticAliases(base.length * (factor - 1))];
}

const KINDS = ['sources', 'agreements', 'events', 'actors', 'series', 'claims'] as const;

/**
 * The dataset × `factor`: every record cloned factor − 1 times, each clone's
 * id and every reference to another record suffixed (`-x3`), names and
 * aliases suffixed with a made-up word, so clones are self-consistent and
 * collide with nothing.
 */
export function scaledDataset(data: Dataset, factor: number): Dataset {
  if (factor <= 1) return data;
  const ids = new Set<string>();
  for (const k of KINDS) for (const r of data[k] as Array<{ id: string }>) ids.add(r.id);
  const tags = syntheticAliases(factor, 11).map((a) => a.alias.split(' ')[0]);
  const out = { ...data, meta: { ...data.meta, version: data.meta.version } } as Dataset;
  for (const k of KINDS) {
    const list = [...(data[k] as unknown[])];
    for (let c = 1; c < factor; c++) {
      const suffix = `-x${c}`;
      const tag = tags[c];
      const remap = (v: unknown, field?: string): unknown => {
        if (typeof v === 'string') {
          if (ids.has(v)) return v + suffix;
          if (field === 'name' || field === 'alias') return `${v} ${tag}`;
          return v;
        }
        if (Array.isArray(v)) return v.map((x) => remap(x, field === 'aliases' ? 'alias' : field));
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, remap(x, key)]));
        return v;
      };
      for (const r of data[k] as unknown[]) list.push(remap(r));
    }
    (out as unknown as Record<string, unknown>)[k] = list;
  }
  out.meta = { ...data.meta, counts: Object.fromEntries(KINDS.map((k) => [k, (out[k] as unknown[]).length])) as Dataset['meta']['counts'] };
  return out;
}

/** The bundled dataset: public/dataset.json, or (when not built yet) the YAML sources read in memory. */
export async function loadDataset(): Promise<{ data: Dataset; from: string }> {
  const file = path.join(root, 'public/dataset.json');
  if (existsSync(file)) return { data: JSON.parse(readFileSync(file, 'utf8')) as Dataset, from: 'public/dataset.json' };
  const { loadDatasetSources } = await import('../lib/load-dataset-sources');
  const { SCHEMA_VERSION } = await import('../../utils/core/schema');
  const loaded = loadDatasetSources(path.join(root, 'dataset'));
  const records = loaded.records;
  const data = {
    meta: {
      ...loaded.release,
      schemaVersion: SCHEMA_VERSION,
      counts: Object.fromEntries(KINDS.map((k) => [k, records[k].length])),
      hash: 'sha256:unbuilt',
    },
    ...records,
  } as unknown as Dataset;
  return { data, from: 'dataset/*.yaml (public/dataset.json not built)' };
}

/** A reader's local history of `n` articles naming records of the dataset (some shared with `current`). */
export function syntheticHistory(data: Dataset, current: string[], n = 200): HistoryEntry[] {
  const r = rng(3);
  const named = [...data.actors, ...data.agreements, ...data.events].map((x) => x.id);
  const pool = [...named, ...current, ...current];
  const out: HistoryEntry[] = [];
  for (let i = 0; i < n; i++) {
    const k = 2 + Math.floor(r() * 6);
    const ids = new Set<string>();
    for (let j = 0; j < k && pool.length; j++) ids.add(pool[Math.floor(r() * pool.length)]);
    const day = new Date(Date.UTC(2023, 0, 1) + i * 4 * 86400000).toISOString();
    out.push({ id: i + 1, url: `https://www.dawn.com/news/${1700000 + i}`, headline: `Earlier article ${i + 1}`, site: 'Dawn', seenAt: day, published: day.slice(0, 10), entityIds: [...ids] });
  }
  return out;
}
