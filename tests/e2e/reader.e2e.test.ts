/**
 * What a reader does with the sidebar, in real Chromium (MV3) and Firefox
 * (MV2): on each seed article (tests/fixtures/pages/seed-*) the sidebar shows
 * the records the article names, a timeline and the figure checks the engine
 * computes for that page (the expectations come from the same engine run in
 * node on the same HTML with the build's own dataset.json, plus a few
 * hand-written must-haves); Esc, the close button and the tab; the keyboard
 * command; screenshots light/dark × narrow/wide; importing a dataset file in
 * the options page (a valid newer one, and a broken one); "Not about this
 * topic" and "Turn off on this site".
 *
 * Screenshots: tests/e2e/artifacts/<browser>-<seed>-open-<light|dark>-<narrow|wide>.png.
 * Firefox has no dark variant: WebDriver BiDi (Firefox 153) has no
 * prefers-color-scheme emulation and the harness cannot set Firefox prefs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectedBrowsers, type BrowserName } from './browsers.ts';
import { loadSeedFixtures, type SeedFixture } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import {
  SIDEBAR_SETTLE_MS,
  UNRELATED_SETTLE_MS,
  assertNoProblems,
  assertNoUnexpectedRequests,
  bundledDatasetVersion,
  clickSidebarButton,
  clickSidebarTab,
  closePage,
  countSidebarElements,
  dismissWithSidebarButton,
  emulateColorScheme,
  headlineMatches,
  openFixture,
  openSidebarPanel,
  pageHeadlines,
  readSidebar,
  readSidebarContent,
  screenshot,
  screenshotAfterSettle,
  sidebarFrame,
  sidebarPanelOpen,
  sleep,
  waitForPanel,
  waitForSidebarElement,
} from './helpers.ts';
import { aliasesFromDataset, analysePage } from '../../utils/core/analyse-page';
import { checkFigures } from '../../utils/core/check-figures';
import { validateDataset } from '../../utils/core/check-dataset';
import { datasetHash } from '../../utils/core/dataset-hash';
import { DatasetIndex, assembleSidebarData } from '../../utils/core/dataset-index';
import type { Dataset } from '../../utils/core/schema';
import { formatValue, statusLabel } from '../../components/format';

const seeds = loadSeedFixtures().filter((s) => /^seed-\d{3}-/.test(s.slug));
/** An Urdu article that quotes an amount in Urdu scale words. */
const urduFigures = loadSeedFixtures().find((s) => s.slug === 'urdu-military-aid')!;

/** Records each seed must show a card for, whatever else the engine finds (names as in the dataset). */
const MUST_NAME: Record<string, string[]> = {
  'seed-000-dawn-security-border-management': ['Mohsin Naqvi', 'Federal Investigation Agency', 'Tehrik-e-Taliban Pakistan'],
  'seed-001-tribune-border-security': ['Elizabeth Horst', 'Pakistan–US Counterterrorism Dialogue'],
  'seed-002-thenews-ct-dialogue': ['Pakistan–US Counterterrorism Dialogue', 'Balochistan Liberation Army'],
  'seed-003-voa-austin-munir-call': ['Lloyd J. Austin III', 'Asim Munir'],
  'seed-004-news18-ct-cooperation-cia': ['Central Intelligence Agency', 'Coalition Support Fund reimbursements to Pakistan'],
};
/** Figures the dataset knows to be false claims (components/format.ts words the status "known false claim"). */
const MUST_FLAG_FALSE: Record<string, RegExp[]> = {
  'seed-000-dawn-security-border-management': [/1,709\s*incidents/, /4,000\s*fatalities/],
};
const FALSE_WORDS = statusLabel('false');

/** Pages used by the tests that change state, each on its own host so nothing leaks into the others. */
const IMPORT_SEED = 'seed-003-voa-austin-munir-call';
const NOT_TOPIC_SEED = 'seed-002-thenews-ct-dialogue';
const DISABLE_SEED = 'seed-004-news18-ct-cooperation-cia';
const KEYS_SEED = 'seed-001-tribune-border-security';

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };

interface Expected {
  cards: string[];
  timeline: number;
  figures: { figure: string; status: string }[];
}

/** What the sidebar should show on a page: the engine's own answer, in node, on the same HTML and dataset. */
function expectedFor(fixture: SeedFixture, data: Dataset): Expected {
  const doc = parseHTML(fixture.html).document as unknown as Document;
  const analysis = analysePage(doc, fixture.url, aliasesFromDataset(data));
  const sd = assembleSidebarData(new DatasetIndex(data), analysis, [], checkFigures, { highlights: true });
  return {
    cards: sd.named.map((n) => n.record.name),
    timeline: sd.timeline.length,
    figures: sd.figureChecks.map((c) => ({ figure: c.figure.text, status: statusLabel(c.status, c.differencePercent) })),
  };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const bySeed = (slug: string) => {
  const s = seeds.find((x) => x.slug === slug);
  if (!s) throw new Error(`seed fixture ${slug} is missing`);
  return s;
};

/** The dataset bundled in a build, as a reader's import would start from. */
function buildDataset(extensionDir: string): Dataset {
  return JSON.parse(fs.readFileSync(path.join(extensionDir, 'dataset.json'), 'utf8'));
}

function bumpMinor(v: string, by = 1): string {
  const [a, b] = v.split('.').map(Number);
  return `${a}.${b + by}.0`;
}

const NEW_ACTOR_ID = 'rustam-shah-mohmand';
const NEW_ACTOR_NAME = 'Rustam Shah Mohmand';
const NEW_SOURCE_ID = 'voa-austin-munir-call-2023';

/** A valid dataset, one minor version newer, with one new actor named in seed-003 (and its source). */
async function newerDataset(base: Dataset): Promise<Dataset> {
  const d: Dataset = structuredClone(base);
  d.sources.push({
    id: NEW_SOURCE_ID,
    publisher: 'Voice of America',
    title: 'US, Pakistan military chiefs discuss security after deadly mosque attacks',
    url: 'https://www.voanews.com/a/us-pakistan-army-chiefs-discuss-security-after-mosque-attacks/7296345.html',
    published: '2023-10-05',
    accessed: '2026-01-20',
    kind: 'secondary',
  });
  d.actors.push({
    id: NEW_ACTOR_ID,
    name: NEW_ACTOR_NAME,
    aliases: [],
    type: 'person',
    country: 'PK',
    roles: [{ title: 'Former ambassador to Afghanistan', sources: [NEW_SOURCE_ID] }],
    summary: 'Former Pakistani ambassador to Afghanistan, quoted as an analyst on Pakistan–Afghanistan security (a record added by the end-to-end tests).',
    sources: [NEW_SOURCE_ID],
  });
  d.meta = {
    ...d.meta,
    version: bumpMinor(base.meta.version),
    released: new Date().toISOString().slice(0, 10),
    counts: { ...d.meta.counts, sources: d.sources.length, actors: d.actors.length },
    changes: { added: [NEW_SOURCE_ID, NEW_ACTOR_ID], changed: [], removed: [] },
    hash: await datasetHash(d),
  };
  return d;
}

/** The newer dataset, another version up, with a date written as prose: path-precise refusal expected. */
function brokenDataset(newer: Dataset): { data: unknown; issue: string } {
  const d = structuredClone(newer) as Dataset & { agreements: { dates: { date: string }[] }[] };
  d.meta.version = bumpMinor(newer.meta.version);
  const i = Math.max(0, d.agreements.findIndex((a) => a.dates.length > 1));
  const j = d.agreements[i].dates.length > 1 ? 1 : 0;
  d.agreements[i].dates[j].date = 'Aug 2023';
  return { data: d, issue: `agreements[${i}].dates[${j}].date: expected YYYY-MM-DD, got "Aug 2023"` };
}

/**
 * The options page in a tab. Chromium: navigate to chrome-extension://<id>/options.html.
 * Firefox: WebDriver BiDi refuses to navigate to moz-extension:// ("Navigation to … is not
 * allowed in this context"), so open it as a reader would: the sidebar footer's "Options"
 * link (runtime.openOptionsPage(), open_in_tab), then pick up the new tab.
 */
async function openOptions(h: Harness, via: SeedFixture): Promise<Page> {
  const url = `${h.eb.extensionOrigin}/options.html`;
  let page: Page | undefined;
  if (h.name === 'chromium') {
    page = await h.eb.newPage();
    await page.goto(url, { waitUntil: 'load' });
  } else {
    const opened = await openFixture(h.eb, h.server, via);
    try {
      const frame = await openSidebarPanel(opened.page, h.eb);
      await readSidebar(frame);
      const before = new Set(await h.eb.browser.pages());
      const clicked = await frame.evaluate(() => {
        const a = Array.from(document.querySelectorAll('a, button')).find((x) => x.textContent?.trim() === 'Options') as HTMLElement | undefined;
        a?.click();
        return !!a;
      });
      if (!clicked) throw new Error('no "Options" link in the sidebar footer');
      // BiDi reports about:blank as the URL of moz-extension:// tabs: ask each new tab where it is.
      const deadline = Date.now() + 10_000;
      while (!page) {
        for (const p of await h.eb.browser.pages()) {
          if (before.has(p)) continue;
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(url)) page = p;
        }
        if (!page && Date.now() > deadline) throw new Error(`the sidebar's "Options" link opened no tab at ${url} within 10 s`);
        if (!page) await sleep(100);
      }
      await clickSidebarButton(frame, 'Close Backstory');
    } finally {
      await closePage(opened.page);
    }
  }
  await page.bringToFront();
  await page.waitForSelector('[data-testid="options-dataset-version"]', { timeout: 10_000 });
  return page;
}

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).catch(() => '');
}

async function waitForText(page: Page, selector: string, test: (s: string) => boolean, what: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await textOf(page, selector);
    if (test(last)) return last;
    if (Date.now() > deadline) throw new Error(`${what}: ${selector} shows ${JSON.stringify(last)}`);
    await sleep(100);
  }
}

describe.each(selectedBrowsers())('%s', (browserName: BrowserName) => {
  let h: Harness;
  let data: Dataset;
  let tmp: string;
  /** Whether any seed page has been opened in this browser yet ("You read before" is empty on the first). */
  let visited = 0;

  beforeAll(async () => {
    h = await startHarness(browserName, { pages: [...seeds, urduFigures] });
    data = buildDataset(h.eb.extensionDir);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), `backstory-e2e-reader-${browserName}-`));
  });

  afterAll(async () => {
    await h?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('has the five seed articles', () => {
    expect(seeds.map((s) => s.slug)).toEqual(Object.keys(MUST_NAME));
    for (const s of seeds) expect(s.relevant, `${s.slug} is relevant`).toBe(true);
  });

  it.each(seeds.map((s) => [s.slug, s] as [string, SeedFixture]))('shows the backstory of %s (cards, timeline, figures; screenshots)', async (slug, fixture) => {
    const expected = expectedFor(fixture, data);
    const first = visited++ === 0;
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await page.setViewport(WIDE);
      await waitForSidebarElement(page);
      expect(await countSidebarElements(page), 'exactly one <backstory-sidebar>').toBe(1);
      const frame = await openSidebarPanel(page, h.eb);
      const view = await readSidebar(frame);
      expect(view.state).toBe('ready');
      const candidates = await pageHeadlines(page);
      expect(headlineMatches(view.headline, candidates), `headline ${JSON.stringify(view.headline)} is the page's`).toBe(true);
      const content = await readSidebarContent(frame);
      const titles = content.sections.map((s) => s.title);

      // Why this appeared, with the reader's two controls.
      expect(titles[0]).toBe('Why this appeared');
      const why = content.sections[0].text;
      expect(why).toContain('Not about this topic');
      expect(why).toContain('Turn off on this site');

      // In this article: every record the engine names, and the must-haves.
      expect(titles).toContain('In this article');
      for (const name of MUST_NAME[slug] ?? []) expect(content.cards, `a card for ${name}`).toContain(name);
      expect([...content.cards].sort(), 'the cards are the records the engine names on this page').toEqual([...expected.cards].sort());

      // Timeline: entries before the article's date.
      expect(expected.timeline, 'the dataset has timeline entries before this article').toBeGreaterThan(0);
      expect(titles).toContain('Timeline');
      expect(content.timeline.length).toBe(expected.timeline);

      // Figures check: each figure with its status in words.
      if (expected.figures.length) {
        expect(titles).toContain('Figures check');
        expect(content.figures.map((f) => `${clean(f.figure)} → ${f.status}`)).toEqual(expected.figures.map((f) => `${clean(f.figure)} → ${f.status}`));
        for (const f of content.figures) expect(f.status, `status of ${f.figure}`).toMatch(/^(matches|differs( by .*)?|disputed|known false claim|unverifiable|no reference)$/);
      } else {
        expect(titles).not.toContain('Figures check');
      }
      for (const re of MUST_FLAG_FALSE[slug] ?? []) {
        const hit = content.figures.find((f) => re.test(f.figure));
        expect(hit, `a figure check for ${re}`).toBeDefined();
        expect(hit!.status, `${hit!.figure} is a known false claim`).toBe(FALSE_WORDS);
        const figSection = content.sections.find((s) => s.title === 'Figures check')!;
        expect(figSection.text).toContain(`Status: ${FALSE_WORDS}`);
        expect(figSection.text).toContain('(verdict: false)');
      }

      // You read before: absent when there is nothing to show (the first page of a fresh profile).
      if (first) expect(titles).not.toContain('You read before');
      const related = content.sections.find((s) => s.title === 'You read before');
      if (related) expect(related.text.length).toBeGreaterThan(0);

      expect(view.datasetVersion).toBe(bundledDatasetVersion(h.eb.extensionDir));

      // Screenshots: wide, light then dark.
      await sleep(SIDEBAR_SETTLE_MS);
      await emulateColorScheme(page, 'light');
      await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: 'open-light-wide' });
      // Further down the sidebar: the figure checks (or the timeline when the article quotes no figure).
      const further = expected.figures.length ? '#bs-figures' : '#bs-timeline';
      const scrollTo = (sel: string) => frame.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), sel);
      await scrollTo(further);
      await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: `open-light-wide-${further.slice(4)}` });
      if (await emulateColorScheme(page, 'dark')) {
        // The emulation reaches the sidebar's out-of-process iframe a moment later.
        let dark = false;
        for (let i = 0; i < 30 && !dark; i++) {
          dark = await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
          if (!dark) await sleep(100);
        }
        expect(dark, 'the sidebar follows the dark scheme').toBe(true);
        await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: `open-dark-wide-${further.slice(4)}` });
        await scrollTo('h1');
        await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: 'open-dark-wide' });
        await emulateColorScheme(page, 'light');
      }
      await scrollTo('h1');

      // Narrow: close, resize, open again with the tab.
      await clickSidebarButton(frame, 'Close Backstory');
      await waitForPanel(page, false);
      await page.setViewport(NARROW);
      await clickSidebarTab(page);
      await waitForPanel(page, true);
      const again = await readSidebar(await sidebarFrame(page, h.eb));
      expect(again.headline).toBe(view.headline);
      await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: 'open-light-narrow' });
      if (await emulateColorScheme(page, 'dark')) {
        await screenshotAfterSettle(page, { browser: browserName, page: slug, variant: 'open-dark-narrow' });
      }
      // Leave the site's remembered state "closed" for later visits.
      await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
      await waitForPanel(page, false);

      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [fixture.url] }, `on ${slug}`);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${slug}`);
    } catch (e) {
      await screenshot(page, { browser: browserName, page: slug, variant: 'failed' }).catch(() => undefined);
      throw e;
    } finally {
      await closePage(page);
    }
  });

  it('reads an Urdu article\'s amount and count and shows them as the sidebar writes figures (screenshot)', async () => {
    const opened = await openFixture(h.eb, h.server, urduFigures);
    const { page } = opened;
    try {
      await page.setViewport(WIDE);
      await waitForSidebarElement(page);
      const frame = await openSidebarPanel(page, h.eb);
      expect((await readSidebar(frame)).state).toBe('ready');
      const content = await readSidebarContent(frame);
      expect(content.figures.map((f) => `${clean(f.figure)} → ${f.status}`)).toEqual(['30 کروڑ ڈالر → no reference', '80 ہزار سے زائد افراد → no reference']);
      const card = await frame.evaluate(() => document.querySelector('#bs-figures .bs-check')?.textContent ?? '');
      expect(card).toContain('($300m)');
      await frame.evaluate(() => document.querySelector('#bs-figures')?.scrollIntoView({ block: 'start' }));
      await screenshotAfterSettle(page, { browser: browserName, page: urduFigures.slug, variant: 'open-light-wide-figures' });
      await clickSidebarButton(frame, 'Close Backstory');
      await waitForPanel(page, false);
      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [urduFigures.url] }, `on ${urduFigures.slug}`);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${urduFigures.slug}`);
    } catch (e) {
      await screenshot(page, { browser: browserName, page: urduFigures.slug, variant: 'failed' }).catch(() => undefined);
      throw e;
    } finally {
      await closePage(page);
    }
  });

  it('figure checks show each reference value in its series\' unit (seed-000)', async () => {
    const fixture = bySeed('seed-000-dawn-security-border-management');
    const doc = parseHTML(fixture.html).document as unknown as Document;
    const analysis = analysePage(doc, fixture.url, aliasesFromDataset(data));
    const checks = checkFigures(analysis.figures, data);
    // What each reference should read: the series' value in the series' own unit (a count of attacks is not a percentage).
    const expectedRefs = checks.map((c) => ({
      figure: c.figure.text,
      refs: c.references.map((r) => `${r.series.name}: ${formatValue(r.value, r.series.unit)}`),
    }));
    expect(expectedRefs.some((c) => c.refs.length > 0), 'seed-000 has figure checks with reference values').toBe(true);
    const opened = await openFixture(h.eb, h.server, fixture);
    try {
      await waitForSidebarElement(opened.page);
      const frame = await openSidebarPanel(opened.page, h.eb);
      await readSidebar(frame);
      const shown = await frame.evaluate(() => {
        const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
        const section = document.getElementById('bs-figures');
        return Array.from(section?.querySelectorAll('li > article') ?? []).map((a) => ({
          figure: clean(a.querySelector('q')?.textContent),
          refs: Array.from(a.querySelectorAll('.bs-ref')).map((li) => `${clean(li.querySelector('.bs-ref__series')?.textContent)}: ${clean(li.querySelector('.bs-ref__value')?.textContent)}`),
        }));
      });
      const wrong = shown.flatMap((c, i) =>
        c.refs.flatMap((r, j) => (r === expectedRefs[i]?.refs[j] ? [] : [`"${c.figure}": shows "${r}", the dataset says "${expectedRefs[i]?.refs[j]}"`])),
      );
      expect(wrong, 'reference values shown in another unit than their series\' (components/FigureCheckCard.tsx refUnit)').toEqual([]);
      await clickSidebarButton(frame, 'Close Backstory');
      await waitForPanel(opened.page, false);
    } finally {
      await closePage(opened.page);
    }
  });

  it('closes with Esc and returns focus to the tab; the tab and the close button work', async () => {
    const fixture = bySeed(KEYS_SEED);
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await page.bringToFront();
      await waitForSidebarElement(page);
      if (await sidebarPanelOpen(page)) await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
      await waitForPanel(page, false);
      await clickSidebarTab(page);
      await waitForPanel(page, true);
      const frame = await sidebarFrame(page, h.eb);
      const view = await readSidebar(frame);
      // Opening from the tab moves keyboard focus into the sidebar: Esc typed now reaches the sidebar's document.
      await page.keyboard.press('Escape');
      await waitForPanel(page, false);
      await sleep(300);
      const focused = await page.evaluate(() => document.activeElement?.localName ?? null);
      // The panel is closed, so focus inside <backstory-sidebar> (retargeted) can only be on its tab.
      expect.soft(focused, 'after Esc, focus is back on the Backstory tab (document.activeElement is the <backstory-sidebar> host)').toBe('backstory-sidebar');

      await clickSidebarTab(page);
      await waitForPanel(page, true);
      expect((await readSidebar(await sidebarFrame(page, h.eb))).headline).toBe(view.headline);
      await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
      await waitForPanel(page, false);
      expect(await countSidebarElements(page)).toBe(1);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${fixture.slug}`);
    } finally {
      await closePage(page);
    }
  });

  it("keyboard readers get a highlighted name's card when the caret enters it; Esc hides it (compared on screen)", async () => {
    const fixture = bySeed('seed-000-dawn-security-border-management');
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await page.setViewport(WIDE);
      await waitForSidebarElement(page);
      await sleep(SIDEBAR_SETTLE_MS); // highlights are drawn after the tab
      if (await sidebarPanelOpen(page)) await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
      // Where "Mohsin Naqvi" is, brought to the middle of the viewport.
      const at = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n.nodeValue ?? '').indexOf('Mohsin Naqvi');
          if (i < 0) continue;
          n.parentElement!.scrollIntoView({ block: 'center' });
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 'Mohsin Naqvi'.length);
          const b = r.getBoundingClientRect();
          return { x: b.left, y: b.bottom };
        }
        return undefined;
      });
      expect(at, 'the page has "Mohsin Naqvi" in its text').toBeDefined();
      // The card opens just below the name: compare that strip of the screen.
      const clip = { x: Math.max(0, Math.round(at!.x)), y: Math.round(at!.y) + 6, width: 240, height: 34 };
      const strip = () => page.screenshot({ clip, encoding: 'base64' });
      await sleep(300);
      const before = await strip();
      await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n.nodeValue ?? '').indexOf('Mohsin Naqvi');
          if (i >= 0) return void document.getSelection()!.collapse(n, i + 3);
        }
      });
      let shown = before;
      for (let i = 0; i < 20 && shown === before; i++) {
        await sleep(150);
        shown = await strip();
      }
      await screenshot(page, { browser: browserName, page: fixture.slug, variant: 'caret-card' });
      expect(shown, 'the card appeared below the name').not.toBe(before);
      await page.keyboard.press('Escape');
      let after = shown;
      for (let i = 0; i < 20 && after !== before; i++) {
        await sleep(150);
        after = await strip();
      }
      expect(after, 'Esc hid the card').toBe(before);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${fixture.slug}`);
    } finally {
      await closePage(page);
    }
  });

  it('keyboard command Alt+Shift+B (reports whether a headless browser delivers it)', async ({ annotate }) => {
    const fixture = bySeed(KEYS_SEED);
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await waitForSidebarElement(page);
      if (await sidebarPanelOpen(page)) await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
      await waitForPanel(page, false);
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyB');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      let opens = false;
      try {
        await waitForPanel(page, true, 2_000);
        opens = true;
      } catch {
        opens = false;
      }
      const note = `${browserName}: Alt+Shift+B sent with page.keyboard ${opens ? 'opened' : 'did NOT open'} the sidebar (headless)`;
      console.info(note);
      await annotate(note);
      if (opens) {
        expect((await readSidebar(await sidebarFrame(page, h.eb))).headline.length).toBeGreaterThan(0);
        await clickSidebarButton(await sidebarFrame(page, h.eb), 'Close Backstory');
        await waitForPanel(page, false);
      }
      expect(await countSidebarElements(page)).toBe(1);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${fixture.slug}`);
    } finally {
      await closePage(page);
    }
  });

  it('imports a valid newer dataset from the options page; the sidebar uses it; a broken file is refused with path-precise errors', async () => {
    const fixture = bySeed(IMPORT_SEED);
    const bundled = data.meta.version;
    const newer = await newerDataset(data);
    const today = new Date().toISOString().slice(0, 10);
    const check = validateDataset(newer, today);
    expect(check.ok ? [] : check.issues, 'the newer test dataset passes the validator').toEqual([]);
    expect(expectedFor(fixture, newer).cards, `the engine names ${NEW_ACTOR_NAME} on ${fixture.slug} with the newer dataset`).toContain(NEW_ACTOR_NAME);
    expect(expectedFor(fixture, data).cards, `the bundled dataset does not know ${NEW_ACTOR_NAME}`).not.toContain(NEW_ACTOR_NAME);
    const broken = brokenDataset(newer);
    const validFile = path.join(tmp, `backstory-dataset-${newer.meta.version}.json`);
    const brokenFile = path.join(tmp, 'backstory-dataset-broken.json');
    fs.writeFileSync(validFile, JSON.stringify(newer, null, 2));
    fs.writeFileSync(brokenFile, JSON.stringify(broken.data, null, 2));
    const problemMark = h.eb.problems.mark();

    const options = await openOptions(h, bySeed(KEYS_SEED));
    try {
      expect(await textOf(options, '[data-testid="options-dataset-version"]')).toContain(bundled);

      // A valid newer file replaces the dataset.
      const input = (await options.waitForSelector('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement> | null;
      await input!.uploadFile(validFile);
      const msg = await waitForText(options, '[data-testid="dataset-message"]', (s) => s.length > 0, 'a message after the import');
      expect(msg).toContain(`dataset ${newer.meta.version}`);
      await waitForText(options, '[data-testid="options-dataset-version"]', (s) => s.startsWith(newer.meta.version), 'the new version in the options page');
      expect(await options.$('[data-testid="dataset-issues"]')).toBeNull();

      // A reloaded article uses it: the new record's card and the new version.
      let opened = await openFixture(h.eb, h.server, fixture);
      try {
        const view = await readSidebar(await openSidebarPanel(opened.page, h.eb));
        expect(view.datasetVersion).toBe(newer.meta.version);
        const content = await readSidebarContent(await sidebarFrame(opened.page, h.eb));
        expect(content.cards).toContain(NEW_ACTOR_NAME);
        await clickSidebarButton(await sidebarFrame(opened.page, h.eb), 'Close Backstory');
        await waitForPanel(opened.page, false);
      } finally {
        await closePage(opened.page);
      }

      // A broken file is refused with the field's path, and nothing changes.
      await options.bringToFront();
      const input2 = (await options.waitForSelector('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement> | null;
      await input2!.uploadFile(brokenFile);
      const refused = await waitForText(options, '[data-testid="dataset-message"]', (s) => /refused/.test(s), 'a refusal message');
      expect(refused).toContain('The current dataset is unchanged');
      const issues = await waitForText(options, '[data-testid="dataset-issues"]', (s) => s.length > 0, 'the list of problems');
      expect(issues).toContain(broken.issue);
      expect(await textOf(options, '[data-testid="options-dataset-version"]')).toMatch(new RegExp(`^${newer.meta.version.replace(/\./g, '\\.')}\\b`));

      opened = await openFixture(h.eb, h.server, fixture);
      try {
        const view = await readSidebar(await openSidebarPanel(opened.page, h.eb));
        expect(view.datasetVersion, 'the sidebar still shows the dataset in place before the broken import').toBe(newer.meta.version);
        await clickSidebarButton(await sidebarFrame(opened.page, h.eb), 'Close Backstory');
        await waitForPanel(opened.page, false);
      } finally {
        await closePage(opened.page);
      }

      // Back to the bundled dataset for the tests that follow.
      await options.bringToFront();
      await options.evaluate(() => {
        const b = Array.from(document.querySelectorAll('button')).find((x) => x.textContent?.trim() === 'Revert to bundled dataset');
        b?.click();
      });
      await waitForText(options, '[data-testid="options-dataset-version"]', (s) => s.startsWith(bundled), 'the bundled version after revert');
      assertNoProblems(h.eb.problems.since(problemMark), 'while importing datasets');
    } finally {
      await closePage(options);
    }
  });

  it('"Not about this topic" removes the sidebar from the page', async () => {
    const fixture = bySeed(NOT_TOPIC_SEED);
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await dismissWithSidebarButton(page, h.eb, 'Not about this topic');
      await sleep(1_000);
      expect(await countSidebarElements(page), 'the sidebar stays away').toBe(0);
      expect(await page.evaluate(() => document.documentElement.style.marginRight), 'the page is no longer pushed aside').toBe('');
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${fixture.slug}`);
    } finally {
      await closePage(page);
    }
  });

  it('"Turn off on this site" removes the sidebar, and it stays off after a reload', async () => {
    const fixture = bySeed(DISABLE_SEED);
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await dismissWithSidebarButton(page, h.eb, 'Turn off on this site');
      await page.reload({ waitUntil: 'load' });
      await sleep(UNRELATED_SETTLE_MS);
      expect(await countSidebarElements(page), `no <backstory-sidebar> on ${new URL(fixture.url).hostname} after reload`).toBe(0);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${fixture.slug}`);
    } finally {
      await closePage(page);
    }
    // Other sites are not affected.
    const other = await openFixture(h.eb, h.server, bySeed(KEYS_SEED));
    try {
      await waitForSidebarElement(other.page);
    } finally {
      await closePage(other.page);
    }
  });

  it('made no request to any host or URL the tests did not serve, and logged no error, in the whole session', async () => {
    await sleep(300);
    assertNoUnexpectedRequests(h.server.requests(), { allowedUrls: h.servedUrls() }, `in the ${browserName} session`);
    assertNoProblems(h.eb.problems.all(), `in the ${browserName} session`);
  });
});
