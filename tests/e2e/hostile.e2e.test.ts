/**
 * The sidebar on hostile pages, in real Chromium (MV3) and Firefox (MV2). Each
 * page is a seed article (seed-000, Dawn) with one hostility injected from
 * tests/e2e/pages/hostile/ (see tests/e2e/pages/README.md), served at its own
 * address on www.dawn.com: global CSS resets, !important fonts and a z-index
 * war over the right edge, prototype tampering, a strict CSP header, a script
 * that removes foreign nodes, a page that claims the <backstory-sidebar> tag
 * name; and a single-page site that swaps articles with history.pushState.
 *
 * For each: the page keeps working (its own button's click handler runs, its
 * text is there), exactly one <backstory-sidebar> appears and opens on the
 * article's headline, neither console shows an error, no request leaves for
 * a URL the test did not serve, and the page's own JavaScript cannot read the
 * sidebar (closed shadow root, cross-origin iframe).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectedBrowsers, type BrowserName } from './browsers.ts';
import { loadSeedFixtures, projectRoot } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import type { Route } from './server.ts';
import {
  SIDEBAR_SETTLE_MS,
  SIDEBAR_TIMEOUT_MS,
  UNRELATED_SETTLE_MS,
  assertNoProblems,
  assertNoUnexpectedRequests,
  clickSidebarButton,
  closePage,
  countSidebarElements,
  normaliseText,
  openFixture,
  openSidebarPanel,
  readSidebar,
  screenshot,
  sidebarFrame,
  sidebarPanelOpen,
  sleep,
  waitForPanel,
  waitForSidebarElement,
} from './helpers.ts';

const pagesDir = path.join(projectRoot, 'tests/e2e/pages');
const seeds = loadSeedFixtures();
const bySlug = (slug: string) => {
  const s = seeds.find((x) => x.slug === slug);
  if (!s) throw new Error(`seed fixture ${slug} is missing`);
  return s;
};
const BASE = bySlug('seed-000-dawn-security-border-management');

/** The h1 of a page's HTML, as text. */
function h1Of(html: string): string {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!m) throw new Error('no <h1> in the page');
  return m[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
}
const BASE_HEADLINE = h1Of(BASE.html);
/** How long a hostile page may keep the sidebar away or its tab covered (a plain page shows it within ~2 s). */
const HOSTILE_TIMEOUT_MS = process.env.E2E_SIDEBAR_TIMEOUT_MS ? SIDEBAR_TIMEOUT_MS : 8_000;

// ---------------------------------------------------------------------------
// Hostile pages

type Part = 'head-start' | 'head-end' | 'body-start' | 'body-end';

/** A recipe file split at its `<!--@part-->` markers. */
function readRecipe(file: string): Partial<Record<Part, string>> {
  const text = fs.readFileSync(path.join(pagesDir, 'hostile', file), 'utf8');
  const out: Partial<Record<Part, string>> = {};
  const re = /<!--@(head-start|head-end|body-start|body-end)-->/g;
  const marks = [...text.matchAll(re)];
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : text.length;
    const part = m[1] as Part;
    out[part] = (out[part] ?? '') + text.slice(m.index + m[0].length, end);
  });
  return out;
}

/** The seed page with each recipe's parts injected at their places. */
function buildHostile(html: string, recipes: string[]): string {
  const parts = recipes.map(readRecipe);
  const join = (p: Part) => parts.map((r) => r[p] ?? '').join('\n');
  const inject = (src: string, re: RegExp, where: 'after' | 'before', add: string) => {
    const m = re.exec(src);
    if (!m) throw new Error(`no ${re} in the base page`);
    const at = where === 'after' ? m.index + m[0].length : m.index;
    return src.slice(0, at) + add + src.slice(at);
  };
  let out = html;
  out = inject(out, /<head[^>]*>/i, 'after', join('head-start'));
  out = inject(out, /<\/head>/i, 'before', join('head-end'));
  out = inject(out, /<body[^>]*>/i, 'after', join('body-start'));
  out = inject(out, /<\/body>/i, 'before', join('body-end'));
  return out;
}

interface HostileCase {
  name: string;
  what: string;
  recipes: string[];
  headers?: Record<string, string>;
  /** Whether the page's own scripts may run (not under the strict CSP). */
  scripts: boolean;
}

const CASES: HostileCase[] = [
  { name: 'css-reset', what: 'global CSS resets (* { all: unset !important }, div { display: none !important }, rules aimed at backstory-sidebar and iframes)', recipes: ['css-reset.html'], scripts: true },
  { name: 'z-index-war', what: '!important fonts and fixed overlays with z-index 2147483647 over the right edge', recipes: ['z-index-war.html'], scripts: true },
  { name: 'prototype-tamper', what: 'wrapped Array.prototype.map/filter, JSON.parse/stringify, attachShadow (forced open), appendChild & co., postMessage', recipes: ['prototype-tamper.html'], scripts: true },
  { name: 'strict-csp', what: "Content-Security-Policy: default-src 'none' (the page's own inline scripts and styles are blocked too)", recipes: [], headers: { 'content-security-policy': "default-src 'none'" }, scripts: false },
  { name: 'node-remover', what: 'a MutationObserver that removes every foreign element added to <html> or <body>', recipes: ['node-remover.html'], scripts: true },
  { name: 'custom-element-squat', what: 'the page defines its own custom element named backstory-sidebar that forces shadow roots open', recipes: ['custom-element-squat.html'], scripts: true },
  { name: 'wxt-start-replay', what: "the page replays WXT's content-script-started message as a DOM event with another messageId", recipes: ['wxt-start-replay.html'], scripts: true },
  { name: 'named-globals', what: 'elements named browser (with a runtime inside), __backstoryEngine and __backstoryFirstLook, which show through as globals', recipes: ['named-globals.html'], scripts: true },
];

const hostileUrl = (name: string) => `${BASE.url.replace(/\/$/, '')}-e2e-${name}`;

function hostileRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const c of CASES) {
    routes[hostileUrl(c.name)] = { body: buildHostile(BASE.html, [...c.recipes, 'page-owned.html']), headers: c.headers };
  }
  return routes;
}

interface Probe {
  hosts: number;
  shadowRoot: string;
  attachShadowAgain?: string;
  hostChildren?: number | string;
  iframesInDocument: number;
  frames: { index: number; document: string; href: string }[];
  capturedRoots: { host: string; iframes: number; text: string }[];
  hostStyle?: { position: string; zIndex: string; display: string };
}

/** What the page's own JavaScript can learn about the sidebar (runs in the page's main world). */
async function probeFromPage(page: Page): Promise<Probe> {
  return page.evaluate(() => {
    const out: Probe = { hosts: 0, shadowRoot: 'no host', iframesInDocument: document.querySelectorAll('iframe').length, frames: [], capturedRoots: [] };
    const host = document.querySelector('backstory-sidebar');
    if (host) {
      out.hosts = document.querySelectorAll('backstory-sidebar').length;
      out.shadowRoot = host.shadowRoot === null ? 'null' : 'READABLE';
      try {
        host.attachShadow({ mode: 'open' });
        out.attachShadowAgain = 'ALLOWED';
      } catch (e) {
        out.attachShadowAgain = `refused: ${(e as Error).name}`;
      }
      out.hostChildren = host.children.length;
      const cs = getComputedStyle(host);
      out.hostStyle = { position: cs.position, zIndex: cs.zIndex, display: cs.display };
    }
    for (let i = 0; i < window.frames.length; i++) {
      const f = { index: i, document: '', href: '' };
      try {
        const d = (window.frames[i] as Window).document;
        f.document = d ? `READABLE: ${String(d.body?.textContent ?? '').slice(0, 80)}` : 'none';
      } catch (e) {
        f.document = `blocked: ${(e as Error).name}`;
      }
      try {
        f.href = `READABLE: ${(window.frames[i] as Window).location.href}`;
      } catch (e) {
        f.href = `blocked: ${(e as Error).name}`;
      }
      out.frames.push(f);
    }
    const w = window as unknown as { __spy?: { roots: ShadowRoot[] }; __squat?: { shadow: ShadowRoot[] } };
    for (const r of [...(w.__spy?.roots ?? []), ...(w.__squat?.shadow ?? [])]) {
      out.capturedRoots.push({ host: r.host?.localName ?? '?', iframes: r.querySelectorAll('iframe').length, text: String(r.textContent ?? '').slice(0, 80) });
    }
    return out;
  });
}

/** The page cannot see into the sidebar: closed shadow root, no iframe in its DOM, cross-origin frames. */
function expectSealed(probe: Probe, context: string) {
  expect(probe.hosts, `${context}: one <backstory-sidebar>`).toBe(1);
  expect(probe.shadowRoot, `${context}: host.shadowRoot as the page sees it`).toBe('null');
  expect(probe.attachShadowAgain, `${context}: the page cannot attach its own shadow root to the host`).toMatch(/^refused/);
  expect(probe.iframesInDocument, `${context}: no iframe visible in the page's DOM`).toBe(0);
  for (const f of probe.frames) {
    expect(f.document, `${context}: window.frames[${f.index}].document`).toMatch(/^(blocked|none)/);
    expect(f.href, `${context}: window.frames[${f.index}].location.href`).toMatch(/^blocked/);
  }
  const leaked = probe.capturedRoots.filter((r) => r.host === 'backstory-sidebar');
  expect(leaked, `${context}: shadow roots of <backstory-sidebar> the page's own wrappers caught`).toEqual([]);
}

/** Open the sidebar, adding what the page did to it to the error when that fails. */
async function openSidebarOn(page: Page, h: Harness, context: string) {
  try {
    await waitForSidebarElement(page, HOSTILE_TIMEOUT_MS);
  } catch (e) {
    const removed = await page.evaluate(() => (window as unknown as { __removed?: string[] }).__removed ?? null).catch(() => null);
    throw new Error(`${context}: no <backstory-sidebar> in the page${removed ? ` (the page's remover took away: ${removed.join(', ')})` : ''}`, { cause: e });
  }
  try {
    return await openSidebarPanel(page, h.eb, HOSTILE_TIMEOUT_MS);
  } catch (e) {
    const probe = await probeFromPage(page).catch(() => undefined);
    const cover = await page
      .evaluate(() => {
        const w = document.documentElement.clientWidth;
        const hits = new Set<string>();
        for (let y = 0; y < innerHeight; y += 40) {
          const el = document.elementFromPoint(w - 10, y);
          if (el) hits.add(el.id ? `${el.localName}#${el.id}` : el.localName);
        }
        return [...hits];
      })
      .catch(() => []);
    throw new Error(
      `${context}: the sidebar's tab cannot be clicked: elements at the right edge are [${cover.join(', ')}]; ` +
        `the host's computed style is ${JSON.stringify(probe?.hostStyle)} (its inline style asks for position: fixed; z-index: 2147483647)`,
      { cause: e },
    );
  }
}

// ---------------------------------------------------------------------------
// A single-page site

const SPA = [
  { slug: 'cricket-pakistan-usa', url: 'http://www.dawn.com/news/1900001/usa-stun-pakistan-in-super-over-thriller-e2e-spa', relevant: false },
  { slug: 'seed-000-dawn-security-border-management', url: 'http://www.dawn.com/news/1900002/pakistan-us-agree-to-enhance-collaboration-e2e-spa', relevant: true },
  { slug: 'seed-002-thenews-ct-dialogue', url: 'http://www.dawn.com/news/1900003/renewed-efforts-in-us-pakistan-counterterrorism-talks-e2e-spa', relevant: true },
].map((a) => {
  const html = bySlug(a.slug).html;
  const m = /<article[\s\S]*?<\/article>/i.exec(html);
  if (!m) throw new Error(`no <article> in ${a.slug}`);
  return { ...a, article: m[0], headline: h1Of(html) };
});

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function spaPage(first: number): string {
  const shell = fs.readFileSync(path.join(pagesDir, 'spa/shell.html'), 'utf8');
  const templates = SPA.map((a) => `<template data-url="${escapeAttr(a.url)}" data-title="${escapeAttr(a.headline)}">${a.article}</template>`).join('\n');
  return shell
    .replaceAll('{{FIRST_TITLE}}', escapeAttr(SPA[first].headline))
    .replace('{{FIRST}}', SPA[first].article)
    .replace('{{TEMPLATES}}', templates)
    .replace('{{COUNT}}', String(SPA.length))
    .replace('{{FIRST_INDEX}}', String(first));
}

function spaRoutes(): Record<string, Route> {
  return Object.fromEntries(SPA.map((a, i) => [a.url, { body: spaPage(i) }]));
}

/** Wait until the page's sidebar shows `headline` (opening it when collapsed); returns what it shows. */
async function waitForSidebarHeadline(page: Page, h: Harness, headline: string, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      if (await countSidebarElements(page)) {
        const frame = await openSidebarPanel(page, h.eb, 2_000);
        last = (await readSidebar(frame, 2_000)).headline;
        if (normaliseText(last) === normaliseText(headline)) return last;
      }
    } catch {
      // a sidebar being replaced: try again
    }
    if (Date.now() > deadline) throw new Error(`the sidebar did not follow to ${JSON.stringify(headline)} within ${timeoutMs} ms (last shown: ${JSON.stringify(last)})`);
    await sleep(200);
  }
}

const maxSidebars = (page: Page) => page.evaluate(() => (window as unknown as { __maxSidebars: number }).__maxSidebars);

async function clickPage(page: Page, selector: string) {
  await page.click(selector);
}

// ---------------------------------------------------------------------------

describe.each(selectedBrowsers())('%s', (browserName: BrowserName) => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness(browserName, { routes: { ...hostileRoutes(), ...spaRoutes() } });
  });

  afterAll(async () => {
    await h?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as [string, HostileCase]))('hostile page %s: the page works, the sidebar opens, the page cannot read it', async (name, c) => {
    const url = hostileUrl(name);
    const context = `${browserName} ${name} (${c.what})`;
    const opened = await openFixture(h.eb, h.server, url);
    const { page } = opened;
    try {
      // The page's own text is there.
      expect(await page.evaluate(() => document.body.textContent?.includes('Page-owned paragraph') ?? false), `${context}: the page's own text`).toBe(true);
      expect(await page.evaluate(() => document.body.textContent?.includes('Mohsin Naqvi') ?? false), `${context}: the article's text`).toBe(true);

      if (name === 'wxt-start-replay') {
        // The page replays the event as soon as the sidebar is there; give the content script time to react.
        await waitForSidebarElement(page, HOSTILE_TIMEOUT_MS).catch(() => undefined);
        await page.waitForFunction(() => (window as unknown as { __replay: { replayed: number } }).__replay.replayed > 0, { timeout: 5_000 }).catch(() => undefined);
        await sleep(1_000);
        const replay = await page.evaluate(() => (window as unknown as { __replay: { seen: string[]; replayed: number } }).__replay);
        expect(
          await countSidebarElements(page),
          `${context}: the sidebar survives a page's forged WXT event (the page saw ${JSON.stringify(replay.seen)} on its window and replayed it ${replay.replayed}× as a CustomEvent on document)`,
        ).toBe(1);
      }

      const frame = await openSidebarOn(page, h, context);
      const view = await readSidebar(frame);
      expect(normaliseText(view.headline), `${context}: the sidebar's headline`).toBe(normaliseText(BASE_HEADLINE));
      expect(await countSidebarElements(page), `${context}: exactly one <backstory-sidebar>`).toBe(1);

      // The page keeps working: its own click handler runs (unless its scripts are blocked by its own CSP).
      await clickPage(page, '#page-owned-button');
      const count = await page.$eval('#page-owned-count', (el) => el.textContent);
      if (c.scripts) {
        expect(count, `${context}: the page's own button handler ran`).toBe('1');
        expect(await page.$$eval('.page-owned-added', (els) => els.length), `${context}: the page's own node stayed`).toBe(1);
      } else {
        expect(count, `${context}: the page's inline script is blocked by its own CSP (sanity check)`).toBe('0');
      }

      // The page cannot read the sidebar.
      expectSealed(await probeFromPage(page), context);

      if (name === 'prototype-tamper') {
        const spy = await page.evaluate(() => {
          const s = (window as unknown as { __spy: { map: number; filter: number; parse: number; stringify: number; attachShadow: string[]; appended: string[]; posted: string[]; messages: string[]; leaks: string[] } }).__spy;
          return { ...s, selfTest: (window as unknown as { __pageSelfTest(): string }).__pageSelfTest() };
        });
        expect(spy.selfTest, `${context}: the page's own code still works with its wrappers`).toBe('4,6');
        expect(spy.attachShadow, `${context}: elements the page's attachShadow wrapper saw`).not.toContain('backstory-sidebar');
        expect(spy.appended.filter((a) => /BACKSTORY|IFRAME/i.test(a)), `${context}: sidebar nodes seen by the page's appendChild/append wrappers`).toEqual([]);
        // Window messages are checked in a test of their own (below).
        expect(spy.leaks.filter((l) => !l.startsWith('message from')), `${context}: extension data seen by the page's JSON/postMessage/createElement wrappers`).toEqual([]);
      }
      if (name === 'custom-element-squat') {
        const squat = await page.evaluate(() => {
          const s = (window as unknown as { __squat: { constructed: number; connected: number; shadow: ShadowRoot[] } }).__squat;
          return { constructed: s.constructed, connected: s.connected, shadows: s.shadow.length };
        });
        // The page's class may run for the element (the tag name is the page's), but must not get its shadow root.
        expect(squat.shadows, `${context}: shadow roots the page's own attachShadow override received`).toBe(0);
      }

      await sleep(SIDEBAR_SETTLE_MS);
      await screenshot(page, { browser: browserName, page: `hostile-${name}`, variant: 'open' });
      expect(await countSidebarElements(page), `${context}: still exactly one <backstory-sidebar>`).toBe(1);
      if (await sidebarPanelOpen(page)) {
        await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
        await waitForPanel(page, false);
      }
      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [url] }, `on ${name}`);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${name}`);
    } catch (e) {
      await screenshot(page, { browser: browserName, page: `hostile-${name}`, variant: 'failed' }).catch(() => undefined);
      throw e;
    } finally {
      await closePage(page);
    }
  });

  it('no message from the extension reaches the page\'s window (the page can tell that Backstory is installed)', async () => {
    const url = hostileUrl('prototype-tamper');
    const opened = await openFixture(h.eb, h.server, url);
    try {
      await waitForSidebarElement(opened.page);
      await sleep(500);
      const messages = await opened.page.evaluate(() => (window as unknown as { __spy: { messages: string[] } }).__spy.messages);
      expect(messages, "window 'message' events the page received (origin, data) while the content script ran").toEqual([]);
    } finally {
      await closePage(opened.page);
    }
  });

  it('single-page site: the sidebar follows pushState navigation (irrelevant → relevant → another relevant), never twice', async () => {
    const [a, b, c] = SPA;
    const opened = await openFixture(h.eb, h.server, a.url);
    const { page } = opened;
    try {
      await sleep(UNRELATED_SETTLE_MS);
      expect(await countSidebarElements(page), `no sidebar on the irrelevant first article (${a.slug})`).toBe(0);

      const clicked = Date.now();
      await clickPage(page, '#spa-next');
      expect(await page.evaluate(() => location.href)).toBe(b.url);
      await waitForSidebarElement(page);
      // The sidebar follows promptly: 400 ms after the address changes, plus the analysis.
      expect(Date.now() - clicked, 'ms from the pushState to the sidebar').toBeLessThan(4_000);
      expect(await waitForSidebarHeadline(page, h, b.headline)).toBeTruthy();
      expect(await countSidebarElements(page)).toBe(1);

      await clickPage(page, '#spa-next');
      expect(await page.evaluate(() => location.href)).toBe(c.url);
      expect(await waitForSidebarHeadline(page, h, c.headline)).toBeTruthy();
      await sleep(1_500);
      expect(await countSidebarElements(page), 'exactly one <backstory-sidebar> after the second swap').toBe(1);
      expect(await maxSidebars(page), 'never more than one <backstory-sidebar> at any time (sampled by the page every 20 ms and on every mutation)').toBe(1);
      expect(await page.$eval('#spa-index', (el) => el.textContent), "the site's own navigation still works").toBe('3');

      await screenshot(page, { browser: browserName, page: 'hostile-spa', variant: 'open' });
      if (await sidebarPanelOpen(page)) {
        await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
        await waitForPanel(page, false);
      }
      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [a.url] }, 'on the single-page site');
      assertNoProblems(h.eb.problems.since(opened.problemMark), 'on the single-page site');
    } catch (e) {
      await screenshot(page, { browser: browserName, page: 'hostile-spa', variant: 'failed' }).catch(() => undefined);
      throw e;
    } finally {
      await closePage(page);
    }
  });

  it('single-page site: the sidebar leaves when the next article is not about the topic', async () => {
    const [a, , c] = SPA;
    const opened = await openFixture(h.eb, h.server, c.url);
    const { page } = opened;
    try {
      await waitForSidebarHeadline(page, h, c.headline);
      await clickPage(page, '#spa-next'); // wraps around to the cricket story
      expect(await page.evaluate(() => location.href)).toBe(a.url);
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent?.trim())).toBe(a.headline);
      // The content script learns of the new address (Navigation API event, or a poll) and re-runs 400 ms later.
      const deadline = Date.now() + 5_000;
      while ((await countSidebarElements(page)) > 0 && Date.now() < deadline) await sleep(200);
      let shown = '';
      if (await countSidebarElements(page)) shown = (await readSidebar(await openSidebarPanel(page, h.eb, 2_000), 2_000).catch(() => ({ headline: '?' }))).headline;
      expect(
        await countSidebarElements(page),
        `no <backstory-sidebar> once the page shows "${a.headline}" (an article the content script judges irrelevant); the sidebar still shown is for ${JSON.stringify(shown)}`,
      ).toBe(0);
      assertNoProblems(h.eb.problems.since(opened.problemMark), 'on the single-page site');
    } finally {
      await closePage(page);
    }
  });

  it('made no request to any host or URL the tests did not serve, in the whole session', async () => {
    await sleep(300);
    assertNoUnexpectedRequests(h.server.requests(), { allowedUrls: h.servedUrls() }, `in the ${browserName} session`);
  });
});
