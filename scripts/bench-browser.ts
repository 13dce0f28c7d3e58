/**
 * Skeleton of an in-browser benchmark: Chromium with Backstory loaded, each
 * page of the seed fixtures and the corpus opened in turn, and per page:
 *
 * - `sidebarMs`: navigation start → `<backstory-sidebar>` in the DOM (relevant pages), seen by a
 *   MutationObserver the benchmark itself adds to the page (the extension reports nothing);
 * - `scriptMs` / `taskMs`: the renderer's script and task time for the page (CDP Performance
 *   metrics), which includes the content script's work (same renderer, isolated world); run with
 *   `--baseline` to measure the same pages without the extension and subtract.
 *
 *   npx tsx scripts/bench-browser.ts [--no-build] [--baseline] [--pages N] [--json FILE]
 *
 * Coordinate with scripts/bench.ts (node-side timings) before relying on the numbers.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import puppeteer, { type Page } from 'puppeteer-core';
import { launchWithExtension, requireBrowser } from '../tests/e2e/browsers.ts';
import { loadCorpus, loadSeedFixtures, projectRoot, routesFor, spreadSample } from '../tests/e2e/fixtures.ts';
import { SIDEBAR_TAG, sleep } from '../tests/e2e/helpers.ts';
import { startFixtureServer } from '../tests/e2e/server.ts';

interface Row {
  slug: string;
  kind: 'seed' | 'corpus';
  bytes: number;
  loadMs: number;
  sidebarMs: number | null;
  scriptMs: number;
  taskMs: number;
}

async function metricsMs(page: Page) {
  const m = await page.metrics();
  return { scriptMs: (m.ScriptDuration ?? 0) * 1000, taskMs: (m.TaskDuration ?? 0) * 1000 };
}

async function main() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
      pages: { type: 'string' },
      json: { type: 'string' },
      settle: { type: 'string', default: '1000' },
    },
  });
  if (!values['no-build'] && !values.baseline) execFileSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  const seeds = loadSeedFixtures();
  const corpus = values.pages ? spreadSample(loadCorpus(), Number(values.pages)) : loadCorpus();
  const pages = [...seeds, ...corpus];
  const server = await startFixtureServer({ routes: routesFor(pages) });
  const settleMs = Number(values.settle);

  const browser = values.baseline
    ? await puppeteer.launch({
        executablePath: requireBrowser('chromium'),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', `--proxy-server=http://127.0.0.1:${server.port}`, '--disable-features=HttpsUpgrades'],
      })
    : undefined;
  const eb = values.baseline ? undefined : await launchWithExtension('chromium', { proxyPort: server.port });
  const rows: Row[] = [];
  try {
    for (const p of pages) {
      const page = eb ? await eb.newPage() : await browser!.newPage();
      await page.evaluateOnNewDocument((tag: string) => {
        new MutationObserver((_, obs) => {
          if (document.getElementsByTagName(tag).length) {
            (window as unknown as { __benchSidebarAt?: number }).__benchSidebarAt = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      }, SIDEBAR_TAG);
      const t0 = Date.now();
      try {
        await page.goto(p.url, { waitUntil: 'load' });
      } catch (e) {
        console.error(`skipped ${p.slug}: ${(e as Error).message}`);
        await page.close();
        continue;
      }
      const loadMs = Date.now() - t0;
      await sleep(settleMs);
      const sidebarAt = await page.evaluate(() => (window as unknown as { __benchSidebarAt?: number }).__benchSidebarAt ?? null);
      rows.push({ slug: p.slug, kind: p.kind, bytes: Buffer.byteLength(p.html), loadMs, sidebarMs: sidebarAt, ...(await metricsMs(page)) });
      await page.close();
    }
  } finally {
    await eb?.close();
    await browser?.close();
    await server.close();
  }

  const fmt = (n: number | null) => (n === null ? '-' : n.toFixed(0));
  console.log(['slug', 'kind', 'KB', 'load ms', 'sidebar ms', 'script ms', 'task ms'].join('\t'));
  for (const r of rows) console.log([r.slug, r.kind, (r.bytes / 1024).toFixed(0), r.loadMs, fmt(r.sidebarMs), fmt(r.scriptMs), fmt(r.taskMs)].join('\t'));
  const median = (xs: number[]) => (xs.length ? xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  console.log(`\nmedian script ms: ${median(rows.map((r) => r.scriptMs)).toFixed(1)}, median task ms: ${median(rows.map((r) => r.taskMs)).toFixed(1)}` +
    `, median time to sidebar: ${fmt(median(rows.flatMap((r) => (r.sidebarMs === null ? [] : [r.sidebarMs]))))} ms (${values.baseline ? 'baseline, no extension' : 'with Backstory'})`);
  if (values.json) fs.writeFileSync(values.json, JSON.stringify({ baseline: values.baseline, rows }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
