/**
 * With the built extension in headless Chromium, pages served at their real
 * news addresses through the bench proxy:
 * - memory: the page renderer's JS heap (content script included: it shares
 *   the page's V8 isolate) with and without the extension, after a forced GC;
 * - long tasks during load, with and without the extension;
 * - the sidebar: decision → tab inserted → tab painted (traced loads), then
 *   click on the tab → the sidebar iframe's first contentful paint and ready.
 */
import { parseHTML } from 'linkedom';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { launch, type BenchBrowser } from './browser';
import { INIT_SCRIPT, type BenchRecord } from './init-script';
import { root, type BenchPage } from './inputs';
import type { BenchServer } from './server';
import { fmt, max, median, p90, verdict, type Row } from './stats';

const fmtMs = (v: number) => (Number.isFinite(v) ? `${fmt(v)} ms` : 'nothing');
import { summariseTrace, type TraceSummary } from './trace';
import { firstLook, SURFACE_SELECTOR } from '../../utils/core/first-look';

export interface ExtensionContext {
  server: BenchServer;
  extensionDir: string;
  seeds: BenchPage[];
  corpus: BenchPage[];
  reps: number;
  log(msg: string): void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const num = (v: number | null | undefined) => (typeof v === 'number' ? v : NaN);

/** `npx wxt build` (Chrome MV3) unless BENCH_SKIP_BUILD / BENCH_EXTENSION_DIR say otherwise. */
export async function buildExtension(log: (m: string) => void): Promise<string> {
  if (process.env.BENCH_EXTENSION_DIR) return path.resolve(process.env.BENCH_EXTENSION_DIR);
  const dir = path.join(root, '.output/chrome-mv3');
  if (process.env.BENCH_SKIP_BUILD === '1') {
    if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`BENCH_SKIP_BUILD=1 but there is no build at ${dir}`);
    return dir;
  }
  log('extension: npx wxt build');
  const out: string[] = [];
  const code = await new Promise<number>((resolve) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    child.stdout.on('data', (d) => out.push(String(d)));
    child.stderr.on('data', (d) => out.push(String(d)));
    child.on('close', (c) => resolve(c ?? 1));
    child.on('error', (e) => {
      out.push(String(e));
      resolve(1);
    });
  });
  if (code !== 0 || !existsSync(path.join(dir, 'manifest.json'))) throw new Error(`npx wxt build failed (exit ${code}): ${out.join('').trim().split('\n').slice(-5).join(' | ')}`);
  return dir;
}

/** The same page at its real address over http (the proxy cannot serve https). */
const httpUrl = (u: string) => u.replace(/^https:/, 'http:');

interface Load {
  heapMB: number;
  longest: number;
  rec: BenchRecord;
}

async function newPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  await page.evaluateOnNewDocument(INIT_SCRIPT);
  const cdp = await page.createCDPSession();
  return { page, cdp };
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  return h.usedSize / (1024 * 1024);
}

const record = (page: Page) => page.evaluate(() => (window as unknown as { __benchRec: BenchRecord }).__benchRec);

/** One load in a fresh tab: wait for the sidebar tab (relevant, with extension) or a fixed settle time, then GC and read the heap. */
async function loadOnce(browser: Browser, url: string, waitForHost: boolean): Promise<Load> {
  const { page, cdp } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    if (waitForHost) await page.waitForFunction(() => (window as unknown as { __benchRec: BenchRecord }).__benchRec.painted !== null && !Number.isNaN((window as unknown as { __benchRec: BenchRecord }).__benchRec.painted), { timeout: 15_000 });
    await sleep(waitForHost ? 300 : 800);
    const rec = await record(page);
    const mb = await heapMB(cdp);
    return { heapMB: mb, longest: max(rec.longtasks.map((t) => t.duration)) || 0, rec };
  } finally {
    await page.close().catch(() => undefined);
  }
}

interface SidebarTrial {
  trace?: TraceSummary;
  traceProblem?: string;
  insertToPaint: number;
  loadToInsert: number;
  clickToFcp: number;
  clickToReady: number;
  clickToShown: number;
  /** From the click to the sidebar iframe's time origin (negative: its document had started before the click). */
  clickToOrigin: number;
  frameHeapMB: number;
  /** Longest task the page's longtask observer saw in the same (traced) load. */
  observedLongest: number;
  problem?: string;
}

/**
 * Evaluated in the sidebar iframe (a string: see init-script.ts): its time
 * origin, first-contentful-paint and ready times, waiting up to 10 s for both.
 */
const FRAME_TIMES = String.raw`new Promise((resolve) => {
  let fcp = NaN;
  const ready = () => {
    if (window.__benchRec && !Number.isNaN(window.__benchRec.ready)) return window.__benchRec.ready;
    const app = document.getElementById('app');
    return app && app.dataset.state === 'ready' ? performance.now() : NaN;
  };
  const finish = (force) => {
    const r = ready();
    if (force || (!Number.isNaN(fcp) && !Number.isNaN(r))) { clearInterval(timer); resolve({ origin: performance.timeOrigin, fcp, ready: r }); }
  };
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') fcp = e.startTime;
    finish(false);
  }).observe({ type: 'paint', buffered: true });
  const timer = setInterval(() => finish(false), 5);
  setTimeout(() => finish(true), 10000);
})`;

/** Finds the tab button inside the closed shadow root (CDP pierces it) and returns its centre. */
async function tabCentre(cdp: CDPSession): Promise<{ x: number; y: number } | undefined> {
  type Node = { nodeId: number; localName?: string; children?: Node[]; shadowRoots?: Node[]; attributes?: string[] };
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: Node };
  const find = (n: Node, inHost: boolean): Node | undefined => {
    const here = inHost || n.localName === 'backstory-sidebar';
    if (here && n.localName === 'button') return n;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const f = find(c, here);
      if (f) return f;
    }
    return undefined;
  };
  const button = find(doc, false);
  if (!button) return undefined;
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
  const q = model.border;
  return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
}

/**
 * How long the pointer rests on the tab before the click in the measured
 * trials. A reader's pointer reaches the tab before the button is pressed;
 * the pause between the two is usually put at 200–250 ms (InstantClick's
 * premise), so 100 ms is on the short side.
 */
export const POINT_BEFORE_CLICK_MS = 100;

async function sidebarTrial(b: BenchBrowser, url: string, pointFirstMs = POINT_BEFORE_CLICK_MS): Promise<SidebarTrial> {
  const out: SidebarTrial = { observedLongest: NaN, insertToPaint: NaN, loadToInsert: NaN, clickToFcp: NaN, clickToReady: NaN, clickToShown: NaN, clickToOrigin: NaN, frameHeapMB: NaN };
  const { page, cdp } = await newPage(b.browser);
  try {
    // Light categories: task boundaries, script entry points, user-timing marks (the disabled-by-default ones slow the page down).
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
    let traced: Uint8Array | undefined;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      await page.waitForFunction(() => (window as unknown as { __benchRec: BenchRecord }).__benchRec.painted !== null && !Number.isNaN((window as unknown as { __benchRec: BenchRecord }).__benchRec.painted), { timeout: 15_000 });
      await sleep(200);
    } finally {
      traced = await page.tracing.stop();
    }
    if (traced && process.env.BENCH_DEBUG) (await import('node:fs')).writeFileSync(`/tmp/bench-trace-${Date.now()}.json`, traced);
    if (traced) {
      const s = summariseTrace(traced, b.extensionId!);
      if (typeof s === 'string') out.traceProblem = s;
      else out.trace = s;
    }
    const rec = await record(page);
    out.observedLongest = max(rec.longtasks.map((t) => t.duration)) || 0;
    out.insertToPaint = num(rec.painted) - num(rec.inserted);
    out.loadToInsert = num(rec.inserted) - num(rec.dcl);

    // Open the sidebar as a reader does: point at the tab, then click it (or, with pointFirstMs 0, click at once).
    const at = await tabCentre(cdp);
    if (!at) throw new Error('the sidebar tab button was not found in <backstory-sidebar>');
    const frameUrl = `chrome-extension://${b.extensionId}/sidebar.html`;
    const framePromise = page.waitForFrame((f) => f.url().startsWith(frameUrl), { timeout: 15_000 });
    if (pointFirstMs > 0) {
      await page.mouse.move(at.x, at.y);
      await sleep(pointFirstMs);
    }
    await page.mouse.click(at.x, at.y);
    const frame = await framePromise;
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const f = (await frame.evaluate(FRAME_TIMES)) as { origin: number; fcp: number; ready: number };
    const after = await record(page);
    const clickAbs = pageOrigin + num(after.click);
    out.clickToFcp = f.origin + f.fcp - clickAbs;
    out.clickToOrigin = f.origin - clickAbs;
    out.clickToReady = f.origin + f.ready - clickAbs;
    // Visible = the page's first frame after the click that shows the panel, and the panel's content painted.
    out.clickToShown = Math.max(pageOrigin + num(after.clickPainted), f.origin + f.fcp) - clickAbs;
    // The sidebar frame's own renderer (an extension process): its JS heap.
    const target = b.browser.targets().find((t) => t.url().startsWith(frameUrl));
    if (target) {
      const s = await target.createCDPSession();
      out.frameHeapMB = await heapMB(s).catch(() => NaN);
      await s.detach().catch(() => undefined);
    }
  } catch (e) {
    out.problem = String(e instanceof Error ? e.message : e).split('\n')[0].slice(0, 200);
  } finally {
    await page.close().catch(() => undefined);
  }
  return out;
}

/** A traced load of an irrelevant page with the extension: the content script's own main-thread tasks. */
async function irrelevantTrace(b: BenchBrowser, url: string): Promise<TraceSummary | string> {
  const { page } = await newPage(b.browser);
  try {
    await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
    let traced: Uint8Array | undefined;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      await sleep(800);
    } finally {
      traced = await page.tracing.stop();
    }
    return traced ? summariseTrace(traced, b.extensionId!, { strict: true }) : 'no trace';
  } catch (e) {
    return String(e instanceof Error ? e.message : e).split('\n')[0];
  } finally {
    await page.close().catch(() => undefined);
  }
}

const EMPTY_SCRIPT = 'void 0;\n';
/** Baselines: scripts that read part of what the first look reads, without its logic (values combined only so that nothing is optimised away). */
const ADDRESS_TITLE_SCRIPT = `(() => { if (document.URL.length + document.title.length < 0) console.log(0); })();\n`;
const BARE_READ_SCRIPT = `(() => { if (document.URL.length + document.title.length < 0 || document.querySelector(${JSON.stringify(SURFACE_SELECTOR)})) console.log(0); })();\n`;

/** Stops the extension's service worker; the next message starts it again. */
async function stopServiceWorkers(b: BenchBrowser): Promise<void> {
  const cdp = await b.browser.target().createCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const t of targetInfos) if (t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`)) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await sleep(300);
}

/** Corpus pages used as irrelevant articles on a news site (served at www.reuters.com addresses, and at www.dawn.com for one row). */
const IRRELEVANT = ['guardian-1', 'nytimes-1', 'wapo-1', 'telegraph'];

export async function runExtension(ctx: ExtensionContext): Promise<Row[]> {
  const rows: Row[] = [];
  const irrelevant = ctx.corpus.filter((p) => IRRELEVANT.includes(p.slug));
  const relevant = ctx.seeds;
  const urls = new Map<BenchPage, string>();
  for (const p of irrelevant) urls.set(p, `http://www.reuters.com/world/bench/${p.slug}`);
  // The same pages on a Pakistani outlet, where naming the United States is enough for the first look to ask for the engine.
  const pakistani = new Map<BenchPage, string>();
  for (const p of irrelevant) pakistani.set(p, `http://www.dawn.com/news/bench/${p.slug}`);
  for (const [p, u] of pakistani) ctx.server.set(u, p.html);
  const engineOnPakistani = irrelevant.filter((p) => firstLook(parseHTML(p.html).document as unknown as Document, pakistani.get(p)!)).map((p) => p.slug);
  for (const p of relevant) urls.set(p, httpUrl(p.url));
  for (const [p, u] of urls) ctx.server.set(u, p.html);
  const trials = Math.max(1, Math.min(3, Math.floor(ctx.reps / 2)));

  let plain: BenchBrowser | undefined;
  let ext: BenchBrowser | undefined;
  const loads = { plain: new Map<BenchPage, Load[]>(), ext: new Map<BenchPage, Load[]>() };
  const sidebar: SidebarTrial[] = [];
  const coldClicks: SidebarTrial[] = [];
  const stoppedWorker: number[] = [];
  const irrelevantTraces: Array<TraceSummary | string> = [];
  const pakistaniTraces: Array<TraceSummary | string> = [];
  const floorTraces: Array<TraceSummary | string> = [];
  const readTraces: Array<TraceSummary | string> = [];
  const addressTraces: Array<TraceSummary | string> = [];
  try {
    plain = await launch({ proxyPort: ctx.server.port });
    ext = await launch({ proxyPort: ctx.server.port, extensionDir: ctx.extensionDir });
    ctx.log(`extension: loaded ${ctx.extensionDir} as ${ext.extensionId}`);
    // Warm-up: the first relevant page waits for the bundled dataset import; nothing of it is measured.
    if (relevant[0]) await loadOnce(ext.browser, urls.get(relevant[0])!, true).catch((e) => ctx.log(`  warm-up: ${String(e).split('\n')[0]}`));
    await loadOnce(plain.browser, urls.get(relevant[0] ?? irrelevant[0])!, false).catch(() => undefined);

    for (let t = 0; t < trials; t++) {
      for (const p of [...irrelevant, ...relevant]) {
        for (const [name, b] of [['plain', plain], ['ext', ext]] as const) {
          const waitForHost = name === 'ext' && relevant.includes(p);
          try {
            const l = await loadOnce(b.browser, urls.get(p)!, waitForHost);
            const m = loads[name];
            m.set(p, [...(m.get(p) ?? []), l]);
          } catch (e) {
            ctx.log(`  ${name} ${p.slug}: ${String(e).split('\n')[0]}`);
          }
        }
      }
    }
    ctx.log(`  memory and long tasks: ${trials} loads per page and condition`);
    for (let t = 0; t < trials; t++) for (const p of relevant) sidebar.push(await sidebarTrial(ext, urls.get(p)!));
    // The same number of loads clicked with no pointing first (the pointer jumps onto the tab and presses at once).
    for (let t = 0; t < trials; t++) for (const p of relevant) coldClicks.push(await sidebarTrial(ext, urls.get(p)!, 0));
    // The same pages with the service worker stopped before each load, as Chrome stops an idle one between articles.
    for (let t = 0; t < trials; t++)
      for (const p of relevant) {
        try {
          await stopServiceWorkers(ext);
          const l = await loadOnce(ext.browser, urls.get(p)!, true);
          stoppedWorker.push(num(l.rec.inserted) - num(l.rec.dcl));
        } catch (e) {
          ctx.log(`  stopped worker ${p.slug}: ${String(e).split('\n')[0]}`);
        }
      }
    // Irrelevant pages: the build, and the same build with baseline scripts in place of first-look.js (an empty one; one
    // that reads only the address and the title; one that also runs the first look's selector query), loads taking turns.
    const baselines = [[EMPTY_SCRIPT, floorTraces], [ADDRESS_TITLE_SCRIPT, addressTraces], [BARE_READ_SCRIPT, readTraces]] as const;
    const dirs: string[] = [];
    const floorBrowsers: BenchBrowser[] = [];
    try {
      for (const [code] of baselines) {
        const dir = mkdtempSync(path.join(os.tmpdir(), 'backstory-bench-floor-'));
        dirs.push(dir);
        cpSync(ctx.extensionDir, dir, { recursive: true });
        writeFileSync(path.join(dir, 'first-look.js'), code);
        floorBrowsers.push(await launch({ proxyPort: ctx.server.port, extensionDir: dir }));
      }
      const irrelevantTrials = trials * 4;
      ctx.log(`  irrelevant pages: ${irrelevantTrials} loads per page for the build and each baseline, taking turns`);
      for (let t = 0; t < irrelevantTrials; t++)
        for (const p of irrelevant) {
          irrelevantTraces.push(await irrelevantTrace(ext, urls.get(p)!));
          pakistaniTraces.push(await irrelevantTrace(ext, pakistani.get(p)!));
          for (let i = 0; i < baselines.length; i++) baselines[i][1].push(await irrelevantTrace(floorBrowsers[i], urls.get(p)!));
        }
    } finally {
      for (const fb of floorBrowsers) await fb.close().catch(() => undefined);
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
    if (process.env.BENCH_DEBUG) for (const s of [...sidebar, ...irrelevantTraces]) ctx.log(`  ${JSON.stringify(s)}`);
    ctx.log(`  sidebar: ${sidebar.length} traced loads${sidebar.some((s) => s.problem || s.traceProblem) ? ` (problems: ${[...new Set(sidebar.map((s) => s.problem ?? s.traceProblem).filter(Boolean))].join('; ')})` : ''}`);
  } finally {
    await plain?.close();
    await ext?.close();
  }

  // Memory: per page, median heap with − without.
  const G1 = `Memory: page renderer JS heap after GC (per-page median of ${trials} loads)`;
  const heap = (m: Map<BenchPage, Load[]>, p: BenchPage) => median((m.get(p) ?? []).map((l) => l.heapMB));
  const memRows = (label: string, pages: BenchPage[], target: string, limit?: number, note?: string) => {
    const without = pages.map((p) => heap(loads.plain, p));
    const withExt = pages.map((p) => heap(loads.ext, p));
    const extra = pages.map((p, i) => withExt[i] - without[i]).filter(Number.isFinite);
    rows.push({ group: G1, name: `${label}, without extension`, n: without.filter(Number.isFinite).length, median: median(without), p90: p90(without), unit: 'MB', target: 'baseline', verdict: 'info', note });
    rows.push({ group: G1, name: `${label}, with extension`, n: withExt.filter(Number.isFinite).length, median: median(withExt), p90: p90(withExt), unit: 'MB', target: 'info', verdict: 'info' });
    rows.push({ group: G1, name: `${label}, extra`, n: extra.length, median: median(extra), p90: p90(extra), unit: 'MB', target, verdict: limit === undefined ? 'info' : extra.length ? verdict(p90(extra) <= limit) : 'n/a' });
  };
  memRows('irrelevant article', irrelevant, '≤ 1 MB', 1,
    `Runtime.getHeapUsage().usedSize of the tab's renderer after two HeapProfiler.collectGarbage, ${irrelevant.map((p) => p.slug).join(', ')} from the corpus served at http://www.reuters.com/world/bench/… (the content script runs and stops after its first look); the content script's isolated world shares the page's V8 isolate, so it is counted; extra = with − without, per page.`);
  memRows('relevant article (tab shown)', relevant, 'info', undefined,
    `The ${relevant.length} seed pages at their own addresses, measured once the sidebar tab is painted (sidebar closed; its iframe, preloaded 300 ms later, runs in the extension's own process, not the page's).`);
  const frameHeaps = sidebar.map((s) => s.frameHeapMB).filter(Number.isFinite);
  rows.push({ group: G1, name: 'sidebar iframe, open (extension process)', n: frameHeaps.length, median: median(frameHeaps), p90: p90(frameHeaps), unit: 'MB', target: 'info', verdict: frameHeaps.length ? 'info' : 'n/a',
    note: 'The open sidebar\'s own renderer (chrome-extension:// origin, out of the page\'s process), same method.' });

  // Long tasks.
  const G2 = `Long tasks during load (longest per load; ${trials} loads per page)`;
  const longest = (m: Map<BenchPage, Load[]>, pages: BenchPage[]) => pages.flatMap((p) => (m.get(p) ?? []).map((l) => l.longest));
  for (const [label, pages] of [['irrelevant articles', irrelevant], ['relevant articles', relevant]] as const) {
    const a = longest(loads.plain, pages);
    const b = longest(loads.ext, pages);
    rows.push({ group: G2, name: `${label}, without extension`, n: a.length, median: median(a), p90: p90(a), target: 'baseline', verdict: 'info',
      note: label === 'irrelevant articles' ? "PerformanceObserver({type: 'longtask', buffered: true}) installed before the page's scripts; 0 = no task over 50 ms. The page's own tasks count too." : undefined });
    rows.push({ group: G2, name: `${label}, with extension`, n: b.length, median: median(b), p90: p90(b), target: 'info', verdict: 'info' });
  }
  const traces = sidebar.map((s) => s.trace).filter((t): t is TraceSummary => !!t);
  const ours = traces.map((t) => t.longest);
  const observed = sidebar.filter((s) => s.trace).map((s) => s.observedLongest);
  rows.push({ group: G2, name: 'longest Backstory task, relevant article', n: ours.length, median: median(ours), p90: p90(ours), target: '≤ 50 ms', verdict: ours.length ? verdict(max(ours) <= 50) : 'n/a',
    note: "From a performance trace of each seed page load (light categories: toplevel, devtools.timeline, blink.user_timing): the longest main-thread task running Backstory's JavaScript, a microtask checkpoint that follows a task counted with it (see scripts/bench/trace.ts for the attribution). Pass = no such task over 50 ms in any load. " +
      `In the same loads the page's longtask observer reported ${max(observed) > 0 ? `at most ${fmtMs(max(observed))}` : 'no long task at all'}: Chromium runs the promise continuation after an extension message reply as a microtask checkpoint outside a scheduler task, which the Long Tasks API apparently does not count, so the observer rows above can understate Backstory's tasks.` });
  const analysis = traces.map((t) => t.analysisTask);
  rows.push({ group: G2, name: '  of which: the longest before the tab', n: analysis.length, median: median(analysis), p90: p90(analysis), target: 'info', verdict: 'info',
    note: 'The longest Backstory task before the sidebar tab is inserted: the page read (readPage, cold code) or the evaluation of engine.js. The matching, scoring and figures run in the background, not on the page\'s main thread.' });
  const firstRel = traces.map((t) => t.firstRun);
  rows.push({ group: G2, name: '  and the content script\'s first run', n: firstRel.length, median: median(firstRel), p90: p90(firstRel), target: 'info', verdict: 'info',
    note: 'The task in which Chromium compiles and runs the content script (first-look.js) at document_idle: its first look at the page and the message that asks for the engine.' });
  const total = traces.map((t) => t.total);
  rows.push({ group: G2, name: 'Backstory main-thread time per relevant load', n: total.length, median: median(total), p90: p90(total), target: 'info', verdict: 'info' });
  // a traced load is its summary, or a string that says why it could not be read
  const traced = (ts: Array<TraceSummary | string>) => ts.filter((t): t is TraceSummary => typeof t !== 'string');
  const failures = (ts: Array<TraceSummary | string>) => [...new Set(ts.filter((t): t is string => typeof t === 'string'))];
  const irr = traced(irrelevantTraces);
  const irrProblems = failures(irrelevantTraces);
  const irrTotal = irr.map((t) => t.total);
  rows.push({ group: G2, name: 'content script main-thread time, irrelevant page', n: irrTotal.length, median: median(irrTotal), p90: p90(irrTotal), target: '≤ 1 ms p90', verdict: irrTotal.length ? verdict(p90(irrTotal) <= 1) : 'n/a',
    note: `Traced loads of the irrelevant articles above with the extension: every main-thread task that runs code of the content script, first-look.js (the page's own scripts excluded). This is Backstory's whole cost on a news page it does not analyse: the browser compiling and running the script (its size is in the bundle table), which reads the address and the title and runs one selector query that finds nothing unless a descriptive meta tag names Pakistan, the page is filed as opinion or analysis, or it has no description (in those two cases the first h1 and three paragraphs are read). The address rules run in the background, only for pages that name Pakistan. The engine is not loaded.${irrProblems.length ? ` Problems: ${irrProblems.join('; ')}` : ''}` });
  const onPakistani = traced(pakistaniTraces).map((t) => t.total);
  const pkProblems = failures(pakistaniTraces);
  rows.push({ group: G2, name: '  the same pages on a Pakistani outlet', n: onPakistani.length, median: median(onPakistani), p90: p90(onPakistani), target: 'info', verdict: onPakistani.length ? 'info' : 'n/a',
    note: `The same pages served at http://www.dawn.com/news/bench/…, loads taking turns with the row above. A Pakistani outlet's headlines leave Pakistan unsaid, so there the first look also takes the United States (title, address, or a second selector query): ${engineOnPakistani.length ? `${engineOnPakistani.join(' and ')} name${engineOnPakistani.length === 1 ? 's' : ''} it, so Backstory loads the engine on ${engineOnPakistani.length === 1 ? 'it' : 'them'} there and this row includes that work (the engine's own tasks and its messages)` : 'none of these pages names it'}.${pkProblems.length ? ` Problems: ${pkProblems.join('; ')}` : ''}` });
  const floor = traced(floorTraces).map((t) => t.total);
  rows.push({ group: G2, name: '  an empty content script, same pages', n: floor.length, median: median(floor), p90: p90(floor), target: 'baseline', verdict: floor.length ? 'info' : 'n/a',
    note: 'The same traced loads with first-look.js replaced by an empty script: what the browser charges for evaluating any content script in its isolated world (the world itself is created in an earlier task, not counted in either row).' });
  const addressOnly = traced(addressTraces).map((t) => t.total);
  rows.push({ group: G2, name: '  a script that reads only the address and title', n: addressOnly.length, median: median(addressOnly), p90: p90(addressOnly), target: 'baseline', verdict: addressOnly.length ? 'info' : 'n/a',
    note: 'The same traced loads with first-look.js replaced by a bare script that reads document.URL and document.title: the least a first look can read. In a fresh isolated world, the first touch of the page\'s document costs the browser more than the script\'s own logic.' });
  const bareRead = traced(readTraces).map((t) => t.total);
  rows.push({ group: G2, name: '  a script that only reads the same things', n: bareRead.length, median: median(bareRead), p90: p90(bareRead), target: 'baseline', verdict: bareRead.length ? 'info' : 'n/a',
    note: 'The same traced loads with first-look.js replaced by a bare script that reads what the first look reads on these pages (the address, the title, and its one selector query for descriptive meta tags naming Pakistan) and does nothing with it.' });
  const irrLongest = irr.map((t) => t.longest);
  rows.push({ group: G2, name: 'longest Backstory task, irrelevant article', n: irrLongest.length, median: median(irrLongest), p90: p90(irrLongest), target: '≤ 50 ms', verdict: irrLongest.length ? verdict(max(irrLongest) <= 50) : 'n/a' });

  // Sidebar.
  const G3 = 'Sidebar (with the extension, seed pages)';
  const d2i = traces.map((t) => t.decisionToInsert);
  const i2p = sidebar.map((s) => s.insertToPaint);
  const d2p = sidebar.map((s) => (s.trace ? s.trace.decisionToInsert + s.insertToPaint : NaN)).filter(Number.isFinite);
  rows.push({ group: G3, name: 'DOMContentLoaded → tab inserted', n: sidebar.length, median: median(sidebar.map((s) => s.loadToInsert)), p90: p90(sidebar.map((s) => s.loadToInsert)), target: 'info', verdict: 'info',
    note: 'From the page\'s DOMContentLoaded to <backstory-sidebar> in the DOM (MutationObserver in the page): document_idle injection, the first look, the engine injected, quickCheck, the settings message, the page read (readPage), the page:analyse message (the background matches, scores and writes the tab state), mounting.' });
  rows.push({ group: G3, name: '  the same, service worker stopped before the load', n: stoppedWorker.filter(Number.isFinite).length, median: median(stoppedWorker), p90: p90(stoppedWorker), target: 'info', verdict: stoppedWorker.some(Number.isFinite) ? 'info' : 'n/a',
    note: 'The background\'s service worker closed (CDP Target.closeTarget) before each load, as Chrome stops an idle one between articles: its start, the dataset index read from IndexedDB and the matching\'s first, cold run come on top.' });
  rows.push({ group: G3, name: 'decision → tab inserted', n: d2i.filter(Number.isFinite).length, median: median(d2i), p90: p90(d2i), target: 'info', verdict: 'info',
    note: 'From the end of that longest task (trace) to the insertion mark: when it is the page read, the page:analyse round trip (matching, scoring and figures in the background, tab state and history written) and mounting.' });
  rows.push({ group: G3, name: 'tab inserted → tab painted', n: i2p.filter(Number.isFinite).length, median: median(i2p), p90: p90(i2p), target: 'info', verdict: 'info',
    note: 'From insertion to the task after the next animation frame (the frame with the tab has been produced).' });
  rows.push({ group: G3, name: 'decision → tab painted', n: d2p.length, median: median(d2p), p90: p90(d2p), target: '≤ 50 ms', verdict: d2p.length ? verdict(p90(d2p) <= 50) : 'n/a' });
  const c2s = sidebar.map((s) => s.clickToShown).filter(Number.isFinite);
  const c2f = sidebar.map((s) => s.clickToFcp).filter(Number.isFinite);
  const c2r = sidebar.map((s) => s.clickToReady).filter(Number.isFinite);
  const problemsOf = (trials: SidebarTrial[]) => {
    const ps = [...new Set(trials.map((s) => s.problem).filter(Boolean))];
    return ps.length ? ` Problems: ${ps.join('; ')}` : '';
  };
  rows.push({ group: G3, name: `click on tab → open sidebar painted (pointer on the tab ${POINT_BEFORE_CLICK_MS} ms first)`, n: c2s.length, median: median(c2s), p90: p90(c2s), target: '≤ 50 ms', verdict: c2s.length ? verdict(p90(c2s) <= 50) : 'n/a',
    note: `The pointer moved onto the tab (found through the closed shadow root with CDP DOM.getDocument pierce), ${POINT_BEFORE_CLICK_MS} ms of rest, then a mouse click; from the click to the later of: the page's first frame after the click (the task after the next animation frame), and the sidebar iframe's first-contentful-paint entry, across the two documents' performance.timeOrigin. The iframe (sidebar.html: asks the background for the sidebar data, renders with Preact) starts loading, invisibly, when the pointer reaches the tab or it gets keyboard focus, or 300 ms after the tab appears, whichever comes first.${problemsOf(sidebar)}` });
  const cold = coldClicks.map((s) => s.clickToShown).filter(Number.isFinite);
  // the iframe's time origin after the click: its document was not yet loading when the reader clicked
  const coldLoaded = coldClicks.filter((s) => Number.isFinite(s.clickToOrigin) && s.clickToOrigin > 0).length;
  rows.push({ group: G3, name: '  the same, clicked with no pointing first', n: cold.length, median: median(cold), p90: p90(cold), target: 'info', verdict: cold.length ? 'info' : 'n/a',
    note: `The same trials with the click pressed the moment the pointer lands on the tab (as a quick click or a tap can), some 200 ms or more after the tab was painted (after the 200 ms wait, stopping the trace and finding the tab): the iframe may not have started loading yet (its 300 ms timer runs from mounting), and then the click waits for it. Cold: ${coldLoaded} of ${cold.length} clicks came before the iframe's document started.${problemsOf(coldClicks)}` });
  rows.push({ group: G3, name: '  sidebar first contentful paint, from the click', n: c2f.length, median: median(c2f), p90: p90(c2f), target: 'info', verdict: c2f.length ? 'info' : 'n/a',
    note: 'Negative: the sidebar page had painted (invisibly) before the click.' });
  rows.push({ group: G3, name: '  sidebar content ready, from the click', n: c2r.length, median: median(c2r), p90: p90(c2r), target: 'info', verdict: c2r.length ? 'info' : 'n/a',
    note: '#app[data-state=ready] (the data arrived and Preact rendered it), seen by a MutationObserver in the iframe; negative: ready before the click.' });
  return rows;
}
