/**
 * What a reader sees, in real Chromium (MV3) and Firefox (MV2): the sidebar on
 * Pakistan–US security articles, with the detected headline and the dataset
 * version; no sidebar on an unrelated article or on any of the 130 real pages
 * of the corpus; no request to any host the test did not serve; and no error
 * in the page's or the extension's console.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURFACE_SELECTOR } from '../../utils/core/first-look.ts';
import { selectedBrowsers, type BrowserName } from './browsers.ts';
import { loadCorpus, loadSeedFixtures, spreadSample, type SeedFixture } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import {
  CORPUS_SETTLE_MS,
  SIDEBAR_SETTLE_MS,
  UNRELATED_SETTLE_MS,
  assertNoProblems,
  assertNoUnexpectedRequests,
  bundledDatasetVersion,
  closePage,
  countSidebarElements,
  headlineMatches,
  normaliseText,
  pageHeadlines,
  openFixture,
  readSidebar,
  screenshot,
  openSidebar,
  sleep,
  waitForSidebarElement,
} from './helpers.ts';

const seeds = loadSeedFixtures();
const relevantSeeds = seeds.filter((s) => s.relevant);
const unrelatedSeeds = seeds.filter((s) => !s.relevant);
const corpus = loadCorpus();

/** Corpus pages per browser: all by default; E2E_CORPUS_<BROWSER>=N tests an even sample of N. */
function corpusFor(browser: BrowserName) {
  const raw = process.env[`E2E_CORPUS_${browser.toUpperCase()}`];
  return raw === undefined || raw === 'all' ? corpus : spreadSample(corpus, Number(raw));
}


describe.each(selectedBrowsers())('%s', (browserName) => {
  let h: Harness;
  const pages = [...seeds, ...corpusFor(browserName)];

  beforeAll(async () => {
    h = await startHarness(browserName, { pages });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('has seed fixtures to test', () => {
    expect(relevantSeeds.length, 'tests/fixtures/pages/*/expected.json with "relevant": true').toBeGreaterThan(0);
  });

  it.each(relevantSeeds.map((s) => [s.slug, s] as [string, SeedFixture]))('shows the sidebar on %s', async (slug, fixture) => {
    const opened = await openFixture(h.eb, h.server, fixture);
    const { page } = opened;
    try {
      await waitForSidebarElement(page);
      const frame = await openSidebar(page, h.eb);
      const view = await readSidebar(frame);
      await sleep(SIDEBAR_SETTLE_MS);
      await screenshot(page, { browser: browserName, page: slug, variant: 'sidebar' });
      expect(await countSidebarElements(page), 'exactly one <backstory-sidebar>').toBe(1);
      if (fixture.headline) expect(normaliseText(view.headline)).toBe(normaliseText(fixture.headline));
      else {
        const candidates = await pageHeadlines(page);
        expect(headlineMatches(view.headline, candidates), `sidebar headline ${JSON.stringify(view.headline)} is the page's (${JSON.stringify(candidates)})`).toBe(true);
      }
      expect(view.datasetVersion).toMatch(/\d+\.\d+\.\d+/);
      const bundled = bundledDatasetVersion(h.eb.extensionDir);
      if (bundled) expect(view.datasetVersion, 'the bundled dataset version').toContain(bundled);
      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [fixture.url] }, `while showing ${slug}`);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${slug}`);
    } catch (e) {
      await screenshot(page, { browser: browserName, page: slug, variant: 'failed' }).catch(() => undefined);
      throw e;
    } finally {
      await closePage(page);
    }
  });

  it.each(unrelatedSeeds.map((s) => [s.slug, s] as [string, SeedFixture]))('shows no sidebar on the unrelated article %s', async (slug, fixture) => {
    const opened = await openFixture(h.eb, h.server, fixture);
    try {
      await sleep(UNRELATED_SETTLE_MS);
      await screenshot(opened.page, { browser: browserName, page: slug, variant: 'no-sidebar' });
      expect(await countSidebarElements(opened.page)).toBe(0);
      assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [fixture.url] }, `on ${slug}`);
      assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${slug}`);
    } finally {
      await closePage(opened.page);
    }
  });

  it("the first look's selector finds in this browser what it finds in the unit tests (fixtures and corpus)", async () => {
    // What the selector picks on a page: a meta tag naming Pakistan, the root of a page without a description, or nothing.
    const verdict = (d: Document) => {
      const hit = d.querySelector(SURFACE_SELECTOR);
      return hit === null ? 'none' : hit.localName === 'meta' ? 'meta' : 'no description';
    };
    const all = [...seeds, ...corpus];
    const expected = all.map((p) => verdict(parseHTML(p.html).document as unknown as Document));
    const page = await h.eb.browser.newPage();
    try {
      const got = await page.evaluate(
        (sel: string, htmls: string[]) =>
          htmls.map((html) => {
            const d = new DOMParser().parseFromString(html, 'text/html');
            const hit = d.querySelector(sel);
            return hit === null ? 'none' : hit.localName === 'meta' ? 'meta' : 'no description';
          }),
        SURFACE_SELECTOR,
        all.map((p) => p.html),
      );
      expect(Object.fromEntries(all.map((p, i) => [p.slug, got[i]]))).toEqual(Object.fromEntries(all.map((p, i) => [p.slug, expected[i]])));
      expect(new Set(got), 'all three outcomes occur').toEqual(new Set(['none', 'no description', 'meta']));
    } finally {
      await closePage(page);
    }
  });

  describe.skipIf(corpusFor(browserName).length === 0)('corpus of real pages (none is about Pakistan–US security)', () => {
    it.each(corpusFor(browserName).map((p) => [p.slug, p] as const))('shows no sidebar on %s', async (slug, p) => {
      const opened = await openFixture(h.eb, h.server, p);
      try {
        await sleep(CORPUS_SETTLE_MS);
        const n = await countSidebarElements(opened.page);
        if (n) await screenshot(opened.page, { browser: browserName, page: `corpus-${slug}`, variant: 'false-positive' });
        expect(n, `<backstory-sidebar> on ${p.url}`).toBe(0);
        assertNoUnexpectedRequests(h.server.requestsSince(opened.requestMark), { allowedUrls: [p.url] }, `on ${slug}`);
        assertNoProblems(h.eb.problems.since(opened.problemMark), `on ${slug}`);
      } finally {
        await closePage(opened.page);
      }
    });
  });

  it('made no request to any host or URL the tests did not serve, in the whole session', async () => {
    await sleep(500);
    assertNoUnexpectedRequests(h.server.requests(), { allowedUrls: h.servedUrls() }, `in the ${browserName} session`);
    assertNoProblems(h.eb.problems.all(), `in the ${browserName} session`);
  });
});
