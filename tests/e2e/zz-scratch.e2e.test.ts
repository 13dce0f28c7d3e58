import { afterAll, beforeAll, describe, it } from 'vitest';
import { selectedBrowsers } from './browsers.ts';
import { loadSeedFixtures } from './fixtures.ts';
import { startHarness, type Harness } from './harness.ts';
import { openFixture, openSidebar, readSidebar, sleep, waitForSidebarElement, screenshot } from './helpers.ts';

const seeds = loadSeedFixtures().filter((s) => s.slug.startsWith('seed-000'));

describe.each(selectedBrowsers())('%s', (browserName) => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(browserName, { pages: seeds }); });
  afterAll(async () => { await h?.close(); });
  it('explore', async () => {
    const { page } = await openFixture(h.eb, h.server, seeds[0]);
    await waitForSidebarElement(page);
    if (browserName === 'firefox') {
      const conn = (h.eb.browser as any).connection;
      const ctx = (page as any).mainFrame()._id;
      for (const [m, p] of [
        ['emulation.setPrefersColorSchemeOverride', { colorScheme: 'dark', contexts: [ctx] }],
        ['emulation.setColorSchemeOverride', { colorScheme: 'dark', contexts: [ctx] }],
        ['emulation.setForcedColorsModeThemeOverride', { theme: 'dark', contexts: [ctx] }],
      ] as const) {
        try { console.log(m, JSON.stringify(await conn.send(m, p))); } catch (e) { console.log(m, 'ERR', String(e).slice(0, 200)); }
      }
      console.log('ctx', ctx, await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches));
    } else {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      console.log('dark?', await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches));
    }
    const frame = await openSidebar(page, h.eb);
    const v = await readSidebar(frame);
    console.log(v);
    console.log('frame dark?', await frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches));
    console.log('active', await page.evaluate(() => document.activeElement?.tagName));
    const text = await frame.evaluate(() => document.body.innerText);
    console.log(text.slice(0, 3000));
    await screenshot(page, { browser: browserName, page: 'scratch', variant: 'x' });
    // Esc
    await page.keyboard.press('Escape');
    await sleep(800);
    console.log('after esc frames', page.frames().length, await page.evaluate(() => document.activeElement?.tagName));
    await page.keyboard.down('Alt'); await page.keyboard.down('Shift'); await page.keyboard.press('KeyB'); await page.keyboard.up('Shift'); await page.keyboard.up('Alt');
    await sleep(1000);
    await screenshot(page, { browser: browserName, page: 'scratch', variant: 'y' });
    console.log(h.eb.problems.all());
  });
});
