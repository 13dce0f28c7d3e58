/**
 * Helpers the end-to-end tests share: open a fixture page, find the sidebar's
 * extension iframe, read what it shows, take screenshots, and check the
 * request log and the captured errors.
 *
 * The content script sets nothing on the page for tests to read (pages are
 * hostile): tests rely on the DOM only: the `<backstory-sidebar>` element in
 * the page, and `data-testid` attributes inside the sidebar's iframe.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Frame, HTTPResponse, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';
import { describeProblems, type Problem } from './console.ts';
import { projectRoot, type CorpusPage, type SeedFixture } from './fixtures.ts';
import { describeRequests, unexpectedRequests, type FixtureServer, type RecordedRequest, type RequestCheckOptions } from './server.ts';

export const SIDEBAR_TAG = 'backstory-sidebar';
export const artifactsDir = path.resolve(process.env.E2E_ARTIFACTS ?? path.join(projectRoot, 'tests/e2e/artifacts'));

/** How long a relevant page may take to show the sidebar (E2E_SIDEBAR_TIMEOUT_MS). */
export const SIDEBAR_TIMEOUT_MS = Number(process.env.E2E_SIDEBAR_TIMEOUT_MS ?? 15_000);
/** How long a shown sidebar is watched for late errors before the test checks the console. */
export const SIDEBAR_SETTLE_MS = 700;
/** How long an unrelated article is watched for a sidebar after load. */
export const UNRELATED_SETTLE_MS = 1_500;
/** How long each corpus page is watched after its load event. */
export const CORPUS_SETTLE_MS = 300;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface OpenedPage {
  page: Page;
  url: string;
  response: HTTPResponse | null;
  /** Request-log position before the navigation (for {@link FixtureServer.requestsSince}). */
  requestMark: number;
  /** Problem-log position before the navigation. */
  problemMark: number;
}

type PageRef = SeedFixture | CorpusPage | string;
const urlOf = (p: PageRef) => (typeof p === 'string' ? p : p.url);

/**
 * Open a page in a new tab and wait for its load event. When the browser
 * upgrades the URL to https (a host on its HSTS preload list), the proxy sees a
 * CONNECT and the navigation fails: say so plainly.
 */
export async function openFixture(eb: ExtensionBrowser, server: FixtureServer, ref: PageRef, opts: { timeoutMs?: number } = {}): Promise<OpenedPage> {
  const url = urlOf(ref);
  if (!server.hasRoute(url)) throw new Error(`no fixture is served at ${url}`);
  const requestMark = server.mark();
  const problemMark = eb.problems.mark();
  const page = await eb.newPage();
  let response: HTTPResponse | null;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: opts.timeoutMs ?? 30_000 });
  } catch (e) {
    const host = new URL(url).hostname;
    const refused = server.requestsSince(requestMark).some((r) => r.method === 'CONNECT' && r.host === host);
    await page.close().catch(() => undefined);
    if (refused) {
      throw new Error(`${eb.name} upgraded ${url} to https (is ${host} on its HSTS preload list?). Serve the fixture on another news-site host.`, { cause: e });
    }
    throw e;
  }
  return { page, url, response, requestMark, problemMark };
}

/** Whether the page has the sidebar element now. */
export async function hasSidebarElement(page: Page): Promise<boolean> {
  return page.evaluate((tag) => document.getElementsByTagName(tag).length > 0, SIDEBAR_TAG);
}

/** How many sidebar elements the page has. */
export async function countSidebarElements(page: Page): Promise<number> {
  return page.evaluate((tag) => document.getElementsByTagName(tag).length, SIDEBAR_TAG);
}

/** Wait for `<backstory-sidebar>` to appear; throws after the timeout. */
export async function waitForSidebarElement(page: Page, timeoutMs = SIDEBAR_TIMEOUT_MS) {
  await page.waitForSelector(SIDEBAR_TAG, { timeout: timeoutMs });
}

async function frameHref(frame: Frame): Promise<string> {
  // In Firefox (BiDi) frame.url() stays about:blank for moz-extension:// iframes: ask the frame itself.
  const known = frame.url();
  if (known && known !== 'about:blank') return known;
  try {
    return await frame.evaluate(() => location.href);
  } catch {
    return known;
  }
}

/**
 * The sidebar's iframe (an extension page) inside the closed shadow root,
 * found among the page's frames by its chrome-extension:// / moz-extension://
 * URL. Waits up to `timeoutMs`.
 */
export async function sidebarFrame(page: Page, eb: ExtensionBrowser, timeoutMs = SIDEBAR_TIMEOUT_MS): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      if (f === page.mainFrame()) continue;
      const href = await frameHref(f);
      if (href.startsWith(eb.extensionOrigin + '/') && /sidebar/.test(href)) return f;
    }
    if (Date.now() > deadline) {
      const seen = await Promise.all(page.frames().map(frameHref));
      throw new Error(`no sidebar frame (${eb.extensionOrigin}/…sidebar…) within ${timeoutMs} ms; frames: ${seen.join(', ')}`);
    }
    await sleep(100);
  }
}

/**
 * Where the sidebar's collapsed tab is: a point at the right edge of the
 * viewport that hit-tests to `<backstory-sidebar>` (the closed shadow root
 * retargets hits on its tab to the host element). Undefined when none.
 */
export async function sidebarTabPoint(page: Page): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((tag) => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const h = window.innerHeight;
    for (let dx = 4; dx <= 40; dx += 6) {
      for (let y = 0; y < h; y += 8) {
        const el = document.elementFromPoint(w - dx, y);
        if (el && el.tagName.toLowerCase() === tag) return { x: w - dx, y: y + 4 };
      }
    }
    return undefined;
  }, SIDEBAR_TAG);
}

/**
 * The sidebar's iframe, opening the sidebar first as a reader would (a click
 * on its tab) when it is collapsed. By default the sidebar starts collapsed
 * and loads its iframe only when first opened.
 */
export async function openSidebar(page: Page, eb: ExtensionBrowser, timeoutMs = SIDEBAR_TIMEOUT_MS): Promise<Frame> {
  // The sidebar page may be loaded (hidden) before it is opened: open means it covers the right edge.
  const open = await page.evaluate((tag) => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    return document.elementFromPoint(w - 200, Math.floor(window.innerHeight / 2))?.tagName.toLowerCase() === tag;
  }, SIDEBAR_TAG);
  if (open) return sidebarFrame(page, eb, timeoutMs);
  const deadline = Date.now() + timeoutMs;
  let point: { x: number; y: number } | undefined;
  while (!(point = await sidebarTabPoint(page))) {
    if (Date.now() > deadline) throw new Error(`no sidebar tab to click at the right edge of the page within ${timeoutMs} ms`);
    await sleep(100);
  }
  await page.mouse.click(point.x, point.y);
  return sidebarFrame(page, eb, Math.max(1_000, deadline - Date.now()));
}

export interface SidebarView {
  headline: string;
  datasetVersion: string;
  /** `data-state` of the sidebar's root element, if it has one ('ready', 'error', …). */
  state?: string;
}

/**
 * Wait until the sidebar shows a non-empty `data-testid="headline"` and
 * `data-testid="dataset-version"`, and return their text. Fails fast with the
 * sidebar's own message when it renders an error.
 */
export async function readSidebar(frame: Frame, timeoutMs = SIDEBAR_TIMEOUT_MS): Promise<SidebarView> {
  const deadline = Date.now() + timeoutMs;
  let last: { headline: string; datasetVersion: string; state?: string; error?: string } | undefined;
  for (;;) {
    try {
      last = await frame.evaluate(() => {
        const text = (sel: string) => (document.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const root = document.querySelector<HTMLElement>('[data-state]');
        return {
          headline: text('[data-testid="headline"]'),
          datasetVersion: text('[data-testid="dataset-version"]'),
          state: root?.dataset.state,
          error: text('[role="alert"]') || undefined,
        };
      });
    } catch {
      // The frame may be navigating; try again.
    }
    if (last?.headline && last.datasetVersion) return { headline: last.headline, datasetVersion: last.datasetVersion, state: last.state };
    if (last?.state === 'error') throw new Error(`the sidebar shows an error: ${last.error ?? '(no message)'}`);
    if (Date.now() > deadline) throw new Error(`the sidebar did not show a headline and a dataset version within ${timeoutMs} ms (last seen: ${JSON.stringify(last)})`);
    await sleep(100);
  }
}

/** Text with typographic quotes, dashes and spacing made plain, for comparing headlines. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What a reader would call the page's headline: its h1s, og:title and title, as written. */
export async function pageHeadlines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const h of Array.from(document.querySelectorAll('h1'))) out.push(h.textContent ?? '');
    for (const sel of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) {
      const c = document.querySelector(sel)?.getAttribute('content');
      if (c) out.push(c);
    }
    out.push(document.title);
    return out.map((s) => s.trim()).filter(Boolean);
  });
}

/**
 * Whether the sidebar's headline is the page's: equal to an h1 or og:title,
 * or contained in one of them or the title (sites append " - Dawn" and the like).
 */
export function headlineMatches(shown: string, candidates: readonly string[]): boolean {
  const s = normaliseText(shown);
  if (!s) return false;
  return candidates.map(normaliseText).some((c) => c === s || c.includes(s));
}

/** The version of the dataset bundled in a build (`dataset.json` → meta.version), if there is one. */
export function bundledDatasetVersion(extensionDir: string): string | undefined {
  const file = path.join(extensionDir, 'dataset.json');
  if (!fs.existsSync(file)) return undefined;
  const v = JSON.parse(fs.readFileSync(file, 'utf8'))?.meta?.version;
  return typeof v === 'string' ? v : undefined;
}

/** A file name part: lower-case letters, digits and dashes. */
export function slugify(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'page';
}

/**
 * Save a full-viewport PNG to the artifacts folder as
 * `<browser>-<page>-<variant>.png`; returns its path.
 */
export async function screenshot(page: Page, name: { browser: string; page: string; variant?: string } | string): Promise<string> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const base = typeof name === 'string' ? slugify(name) : [name.browser, name.page, name.variant ?? 'page'].map(slugify).join('-');
  const file = path.join(artifactsDir, `${base}.png`);
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}

/** Throw, listing them, if any requests break the rules. */
export function assertNoUnexpectedRequests(requests: readonly RecordedRequest[], opts: RequestCheckOptions, context = '') {
  const bad = unexpectedRequests(requests, opts);
  if (bad.length) throw new Error(`unexpected requests${context ? ` ${context}` : ''}:\n${describeRequests(bad)}`);
}

/** Throw, listing them, if any errors were captured. */
export function assertNoProblems(problems: readonly Problem[], context = '') {
  if (problems.length) throw new Error(`errors in the console${context ? ` ${context}` : ''}:\n${describeProblems(problems)}`);
}

/** Close a tab, ignoring a browser that is already gone. */
export async function closePage(page: Page) {
  await page.close().catch(() => undefined);
}

// ---------------------------------------------------------------------------
// Helpers for the reader and hostile-page suites (reader.e2e.test.ts,
// hostile.e2e.test.ts).

/**
 * Whether the sidebar's panel is open, seen from the page as a reader would:
 * a point 150 px from the right edge, half-way down, hit-tests to
 * `<backstory-sidebar>` (the open iframe is 380 px wide; the collapsed tab is
 * a few pixels wide). Works for viewports wider than ~160 px.
 */
export async function sidebarPanelOpen(page: Page): Promise<boolean> {
  return page.evaluate((tag) => {
    const w = document.documentElement.clientWidth || window.innerWidth;
    const el = document.elementFromPoint(w - 150, Math.floor(window.innerHeight / 2));
    return !!el && el.tagName.toLowerCase() === tag;
  }, SIDEBAR_TAG);
}

/** Wait until the panel is open (true) or closed (false); throws after the timeout. */
export async function waitForPanel(page: Page, open: boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await sidebarPanelOpen(page)) !== open) {
    if (Date.now() > deadline) throw new Error(`the sidebar panel did not ${open ? 'open' : 'close'} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Click the collapsed tab (found by hit-testing the right edge); throws when there is none. */
export async function clickSidebarTab(page: Page, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let point: { x: number; y: number } | undefined;
  while (!(point = await sidebarTabPoint(page))) {
    if (Date.now() > deadline) throw new Error(`no sidebar tab to click within ${timeoutMs} ms`);
    await sleep(100);
  }
  await page.mouse.click(point.x, point.y);
}

export interface SidebarSection {
  /** The h2's text ("Why this appeared", …). */
  title: string;
  /** Whether the section's body is shown. */
  expanded: boolean;
  /** The body's text, whitespace collapsed. */
  text: string;
}

export interface FigureCheckView {
  /** The figure as quoted from the article. */
  figure: string;
  /** The status in words, as the badge shows it ("matches", "known false claim", …). */
  status: string;
}

export interface SidebarContent {
  sections: SidebarSection[];
  /** Names on the "In this article" cards, in order. */
  cards: string[];
  /** Entries of the timeline list. */
  timeline: string[];
  /** The figure checks, in order. */
  figures: FigureCheckView[];
}

/** What the sidebar shows, section by section (read from its iframe's DOM). */
export async function readSidebarContent(frame: Frame): Promise<SidebarContent> {
  return frame.evaluate(() => {
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const sections = Array.from(document.querySelectorAll('section')).map((s) => {
      const h = s.querySelector('h2');
      const body = s.querySelector<HTMLElement>('[id$="-body"]') ?? s;
      return { title: clean(h?.textContent), expanded: !body.hidden, text: clean(body.textContent) };
    });
    const section = (title: string) =>
      Array.from(document.querySelectorAll('section')).find((s) => clean(s.querySelector('h2')?.textContent) === title);
    const named = section('In this article');
    const cards = named ? Array.from(named.querySelectorAll('li > article h3')).map((h) => clean(h.textContent)) : [];
    const tl = section('Timeline');
    const timeline = tl ? Array.from(tl.querySelectorAll('ol > li')).map((li) => clean(li.textContent)) : [];
    const fig = section('Figures check');
    const figures = fig
      ? Array.from(fig.querySelectorAll('li > article')).map((a) => {
          const badge = a.querySelector('[class*="badge"]');
          let status = '';
          if (badge) {
            const copy = badge.cloneNode(true) as Element;
            copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
            status = clean(copy.textContent).replace(/^Status:\s*/, '');
          }
          return { figure: clean(a.querySelector('q')?.textContent), status };
        })
      : [];
    return { sections, cards, timeline, figures };
  });
}

/** Click a button inside the sidebar by its visible text or aria-label. */
export async function clickSidebarButton(frame: Frame, label: string): Promise<void> {
  const found = await frame.evaluate((label) => {
    const b = Array.from(document.querySelectorAll('button')).find(
      (x) => x.textContent?.replace(/\s+/g, ' ').trim() === label || x.getAttribute('aria-label') === label,
    );
    if (!b) return false;
    b.click();
    return true;
  }, label);
  if (!found) throw new Error(`no button "${label}" in the sidebar`);
}

/**
 * Emulate `prefers-color-scheme`. Chromium: CDP. Firefox: WebDriver BiDi has
 * no such command (Firefox 153 answers "unknown command" to
 * emulation.setPrefersColorSchemeOverride) and puppeteer's emulateMediaFeatures
 * needs CDP, so this returns false there.
 */
export async function emulateColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } catch {
    return false;
  }
  return page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
}

/** Save a screenshot of the viewport as `<browser>-<page>-<variant>.png` after a short settle (fonts, layout). */
export async function screenshotAfterSettle(page: Page, name: { browser: string; page: string; variant: string }, settleMs = 250): Promise<string> {
  await sleep(settleMs);
  return screenshot(page, name);
}

/**
 * Open the sidebar's panel as a reader does (a click on its tab, unless the
 * panel is already open) and return its iframe once the panel shows. Unlike
 * {@link openSidebar}, this does not take an already-loaded frame for an open
 * panel: the content script preloads the iframe hidden ~300 ms after mounting.
 */
export async function openSidebarPanel(page: Page, eb: ExtensionBrowser, timeoutMs = SIDEBAR_TIMEOUT_MS): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  if (!(await sidebarPanelOpen(page))) {
    await clickSidebarTab(page, Math.max(1_000, deadline - Date.now()));
    await waitForPanel(page, true, Math.max(1_000, Math.min(5_000, deadline - Date.now())));
  }
  return sidebarFrame(page, eb, Math.max(1_000, deadline - Date.now()));
}

/**
 * Open the sidebar's panel, press one of its buttons that take the sidebar
 * away ("Not about this topic", "Turn off on this site"), and wait until
 * <backstory-sidebar> has left the page.
 */
export async function dismissWithSidebarButton(page: Page, eb: ExtensionBrowser, label: string): Promise<void> {
  await waitForSidebarElement(page);
  const frame = await openSidebarPanel(page, eb);
  await readSidebar(frame);
  await clickSidebarButton(frame, label);
  await page.waitForFunction((tag) => document.getElementsByTagName(tag).length === 0, { timeout: 5_000 }, SIDEBAR_TAG);
}
