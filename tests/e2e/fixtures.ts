/**
 * The pages the end-to-end tests serve: the seed fixtures
 * (tests/fixtures/pages/<slug>/source.html + expected.json) and the 130 real
 * pages of Mozilla Readability's test corpus (../shared/corpus/readability),
 * each at an http:// URL on a default news site so the content script runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNewsSite } from '../../utils/core/news-sites';
import type { Route } from './server.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the clone; BACKSTORY_SHARED overrides it. */
export const sharedDir = path.resolve(process.env.BACKSTORY_SHARED ?? path.resolve(projectRoot, '../shared'));
/** The seed fixture pages; E2E_SEED_PAGES overrides (for trying the harness on other pages). */
export const seedPagesDir = path.resolve(process.env.E2E_SEED_PAGES ?? path.join(projectRoot, 'tests/fixtures/pages'));
export const corpusDir = path.join(sharedDir, 'corpus/readability');

/**
 * Where corpus pages are served. Dawn is the most "on-topic" default site, so
 * the site signal is as strong as it gets and only the page's content can keep
 * the sidebar away. Hosts on the browsers' HSTS preload lists (theguardian.com,
 * bbc.com, nytimes.com, …) cannot be used: the browser upgrades them to https,
 * which the proxy refuses.
 */
export const CORPUS_ORIGIN = 'http://www.dawn.com';
/** Where a seed fixture without a "url" in expected.json is served. */
export const DEFAULT_FIXTURE_ORIGIN = 'http://www.dawn.com';

/**
 * A Content-Security-Policy for pages whose own scripts and subresources are
 * not under test (the saved corpus pages): the page runs no script and loads
 * nothing, so every request the proxy sees comes from the extension (content
 * scripts and extension pages are not bound by the page's CSP in either
 * browser), and no error in the console is the page's own.
 */
export const ISOLATING_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:";

export interface SeedExpected {
  /** The page's real URL; served over http:// at the same host and path. */
  url?: string;
  /** Whether Backstory should show its sidebar there. */
  relevant?: boolean;
  /** What article extraction should find, e.g. { headline, ... }. */
  article?: Record<string, unknown> | boolean | null;
  label?: string;
  [key: string]: unknown;
}

export interface SeedFixture {
  kind: 'seed';
  slug: string;
  /** The URL as written in expected.json (may be https://). */
  canonicalUrl: string;
  /** The URL the browser loads (http://, same host and path). */
  url: string;
  html: string;
  expected: SeedExpected;
  relevant: boolean;
  /** The headline the sidebar should show, when expected.json names one. */
  headline?: string;
}

export interface CorpusPage {
  kind: 'corpus';
  slug: string;
  url: string;
  html: string;
  /** Readability's own expected metadata (title, readerable, …). */
  metadata: Record<string, unknown>;
}

/** http:// form of a URL (the proxy refuses CONNECT, so https cannot be served). */
export function servedUrl(url: string): string {
  const u = new URL(url);
  if (u.protocol === 'https:') u.protocol = 'http:';
  if (u.protocol !== 'http:') throw new Error(`fixture URL must be http(s): ${url}`);
  u.hash = '';
  return u.href;
}

function headlineOf(expected: SeedExpected): string | undefined {
  const a = expected.article;
  if (a && typeof a === 'object') {
    for (const k of ['headline', 'title']) if (typeof a[k] === 'string' && a[k]) return a[k] as string;
  }
  for (const k of ['headline', 'title']) if (typeof expected[k] === 'string' && expected[k]) return expected[k] as string;
  return undefined;
}

/** Every seed fixture folder that has a source.html, sorted by slug. */
export function loadSeedFixtures(dir = seedPagesDir): SeedFixture[] {
  if (!fs.existsSync(dir)) return [];
  const out: SeedFixture[] = [];
  for (const slug of fs.readdirSync(dir).sort()) {
    const source = path.join(dir, slug, 'source.html');
    if (!fs.existsSync(source)) continue;
    const expectedPath = path.join(dir, slug, 'expected.json');
    const expected: SeedExpected = fs.existsSync(expectedPath) ? JSON.parse(fs.readFileSync(expectedPath, 'utf8')) : {};
    // Pages from sites outside the default list (Wikipedia, say) are served on a default news
    // site, so the content script runs and its judgement is what the test checks.
    const onNewsSite = expected.url ? !!findNewsSite(new URL(expected.url).hostname) : false;
    const canonicalUrl = expected.url && onNewsSite ? expected.url : `${DEFAULT_FIXTURE_ORIGIN}/e2e-fixture/${slug}`;
    out.push({
      kind: 'seed',
      slug,
      canonicalUrl,
      url: servedUrl(canonicalUrl),
      html: fs.readFileSync(source, 'utf8'),
      expected,
      relevant: expected.relevant === true,
      headline: headlineOf(expected),
    });
  }
  return out;
}

/** The corpus pages, sorted by slug. Throws with the path when the shared folder is missing. */
export function loadCorpus(dir = corpusDir): CorpusPage[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`The page corpus is missing: ${dir}. The shared folder must sit beside the project (../shared) or be named by BACKSTORY_SHARED.`);
  }
  return fs
    .readdirSync(dir)
    .sort()
    .filter((slug) => fs.existsSync(path.join(dir, slug, 'source.html')))
    .map((slug) => {
      const metaPath = path.join(dir, slug, 'expected-metadata.json');
      return {
        kind: 'corpus' as const,
        slug,
        url: `${CORPUS_ORIGIN}/e2e-corpus/${encodeURIComponent(slug)}`,
        html: fs.readFileSync(path.join(dir, slug, 'source.html'), 'utf8'),
        metadata: fs.existsSync(metaPath) ? JSON.parse(fs.readFileSync(metaPath, 'utf8')) : {},
      };
    });
}

/** Server routes for seed fixtures (served as they are) and corpus pages (served with {@link ISOLATING_CSP}). */
export function routesFor(pages: ReadonlyArray<SeedFixture | CorpusPage>): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const p of pages) {
    if (routes.has(p.url)) throw new Error(`two fixtures share the URL ${p.url}`);
    routes.set(p.url, p.kind === 'corpus' ? { body: p.html, headers: { 'content-security-policy': ISOLATING_CSP } } : { body: p.html });
  }
  return routes;
}

/**
 * An evenly spread sample of `n` items (all of them when n >= length), so a
 * short run still covers the alphabet of slugs rather than its first letters.
 */
export function spreadSample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return items.slice();
  if (n <= 0) return [];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]);
}
