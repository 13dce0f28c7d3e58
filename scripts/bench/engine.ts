/**
 * Engine timings in a real Chromium page: the first look on irrelevant pages,
 * analysePage against Readability on relevant ones, and how analysePage grows
 * with article length and dictionary size.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { AliasEntry, Analysis } from '../../utils/core/analysis';
import type { PageTimes } from './page-entry';
import { scaledAliases, syntheticArticle, type BenchPage } from './inputs';
import type { BenchServer } from './server';
import { max, median, p90, verdict, type Row } from './stats';

export interface EngineContext {
  browser: Browser;
  server: BenchServer;
  bundle: string;
  aliases: AliasEntry[];
  reps: number;
  corpus: BenchPage[];
  seeds: BenchPage[];
  /** Labelled fixtures other than the seeds (hard negatives, non-articles, Urdu...). */
  others: BenchPage[];
  log(msg: string): void;
}

export interface EngineResult {
  rows: Row[];
  /** The seed page naming the most records, with its analysis (for the dataset lookups). */
  seedAnalysis?: { page: BenchPage; analysis: Analysis };
}

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

let served = 0;
async function open(ctx: EngineContext, page: Page, p: BenchPage): Promise<void> {
  const at = `${ctx.server.origin}/engine/${served++}/`;
  ctx.server.set(at, { body: p.html, headers: ISOLATION });
  try {
    // The DOM is complete at DOMContentLoaded; images and frames of saved pages only 404 here.
    await page.goto(at, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  } catch (e) {
    // A page whose load event never comes is still measurable once parsed.
    if (!/timeout/i.test(String(e))) throw e;
  }
  await page.addScriptTag({ content: ctx.bundle });
}

/** page.evaluate with a deadline (a page that hangs its main thread must not stall the run). */
export function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)))]).finally(() => clearTimeout(timer));
}

interface Tab {
  page: Page;
}

async function newTab(ctx: EngineContext): Promise<Page> {
  const page = await ctx.browser.newPage();
  await page.setBypassCSP(true);
  // Some saved pages call alert() (Readability's own test pages do): dismiss, or the page stops answering.
  page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
  return page;
}

/**
 * Untimed rounds of both blocks before a page's timed runs. In a fresh page
 * the first calls run while V8 is still compiling the hot functions: without
 * these rounds, the first two or three timed runs of a page took up to ten
 * times the later ones (analysePage more than Readability, having more of its
 * own JavaScript to compile), and a median of five runs followed the
 * warm-up. The first call on the page is timed on its own (the cold rows).
 */
const WARM_UP_ROUNDS = 3;

/**
 * Timed runs per page: BENCH_REPS, made even. The engine's block and
 * Readability's take turns going first, and the block that goes first after
 * a run's forced GC is the slower (20 runs each on the longest seed:
 * analysePage 1.52 ms first, 1.31 ms second; Readability 1.51 and 1.40 ms).
 * With an odd count the engine went first in one run more than Readability,
 * so its median was a "first" run and Readability's a "second" one; with an
 * even count each goes first equally often.
 */
const runsOf = (ctx: EngineContext) => ctx.reps + (ctx.reps % 2);

async function measurePages(ctx: EngineContext, tab: Tab, pages: BenchPage[], label: string, which: { warm?: boolean; gc?: boolean } = {}) {
  const out: Array<{ page: BenchPage; t: PageTimes }> = [];
  const skipped: string[] = [];
  for (const p of pages) {
    const page = tab.page;
    try {
      await open(ctx, page, p);
      const t = await withDeadline(page.evaluate(
        (url, aliases, reps, w) => (globalThis as unknown as { __bench: { measure: (...a: unknown[]) => PageTimes } }).__bench.measure(url, aliases, reps, w),
        p.url, ctx.aliases as never, runsOf(ctx), { ...which, warmUp: WARM_UP_ROUNDS },
      ), 60_000, 'measure');
      if (t.error) skipped.push(`${p.slug} (${t.error})`);
      else out.push({ page: p, t });
    } catch (e) {
      skipped.push(`${p.slug} (${String(e).split('\n')[0].slice(0, 120)})`);
      // The tab may be stuck: replace it.
      void page.close().catch(() => undefined);
      tab.page = await newTab(ctx);
    }
  }
  ctx.log(`  ${label}: ${out.length} pages measured${skipped.length ? `, ${skipped.length} skipped: ${skipped.join('; ')}` : ''}`);
  return { out, skipped };
}

const per = (xs: Array<{ t: PageTimes }>, f: (t: PageTimes) => number[]) => xs.map((x) => median(f(x.t)));
/** A page's median analysePage time over its median Readability time. */
const ratioOf = (x: { t: PageTimes }) => median(x.t.analysePage) / median(x.t.readability);
const mk = (group: string, name: string, values: number[], target: string, ok?: boolean, note?: string): Row => ({
  group, name, n: values.length, median: median(values), p90: p90(values), target, verdict: ok === undefined ? 'info' : verdict(ok), note,
});

export async function runEngine(ctx: EngineContext): Promise<EngineResult> {
  const rows: Row[] = [];
  const tab: Tab = { page: await newTab(ctx) };
  const G1 = `Engine in the page (per-page median of ${runsOf(ctx)} runs; median/p90 across pages)`;

  // 130 pages: no forced GC between blocks (it doubles the time; the median across pages absorbs GC pauses).
  const corpus = await measurePages(ctx, tab, ctx.corpus, 'corpus', { warm: false, gc: false });
  const seeds = await measurePages(ctx, tab, ctx.seeds, 'seed pages');
  const others = await measurePages(ctx, tab, ctx.others, 'other labelled fixtures');
  const isolated = [...corpus.out, ...seeds.out].every((x) => x.t.crossOriginIsolated);

  // 1. Irrelevant pages: the content script's work is its first look; the engine comes only when that passes.
  const fl = per(corpus.out, (t) => t.firstLookBatched);
  const looked = corpus.out.filter((x) => x.t.look);
  rows.push(mk(G1, 'firstLook (content script), irrelevant corpus pages', fl, '≤ 1 ms p90', p90(fl) <= 1,
    `firstLook(document, url), the content script's whole work on a page, on the ${ctx.corpus.length} Readability test pages (none about the topic)${corpus.skipped.length ? `, ${corpus.skipped.length} skipped` : ''}; ` +
    `each run is a batch of calls over ≥ 1 ms, averaged (one call is below the clock's ${isolated ? '5 µs' : '100 µs'} resolution). ` +
    `${looked.length} of ${corpus.out.length} pages pass it (the background then injects the engine unless the address rules say front, tag or search page)${looked.length ? ` (${looked.map((x) => x.page.slug).join(', ')})` : ''}. The browser's whole cost for the content script, evaluation included, is the traced row under "Long tasks".`));
  const flCold = corpus.out.map((x) => x.t.cold.firstLook);
  rows.push(mk(G1, '  firstLook, first call on the page', flCold, 'info', undefined,
    'A single timed call, the first after the script was injected (the page\'s document and meta tags read for the first time).'));
  const qc = per(corpus.out, (t) => t.quickCheckBatched);
  const passed = corpus.out.filter((x) => x.t.quick);
  rows.push(mk(G1, 'quickCheck (engine), irrelevant corpus pages', qc, 'info', undefined,
    `quickCheck(document, url): the first look plus the address rules, run by the engine before it analyses. ${passed.length} of ${corpus.out.length} pages pass it${passed.length ? ` (${passed.map((x) => x.page.slug).join(', ')})` : ''}.`));
  const cost = corpus.out.map((x) => median(x.t.firstLookBatched) + (x.t.look ? median(x.t.quickCheckBatched) + (x.t.quick ? median(x.t.analysePage) : 0) : 0));
  rows.push(mk(G1, 'engine cost, irrelevant pages', cost, 'info', undefined,
    'firstLook, plus quickCheck where it passes, plus analysePage where that passes: the engine work done on an irrelevant page (messaging and script evaluation excluded).'));

  // 2. Relevant pages: analysePage against Readability on the same document.
  const aSeed = per(seeds.out, (t) => t.analysePage);
  const rSeed = per(seeds.out, (t) => t.readability);
  const relevantSeeds = seeds.out.filter((x) => x.t.relevant).length;
  const beats = (a: number[], r: number[]) => median(a) <= median(r) && p90(a) <= p90(r);
  rows.push(mk(G1, 'analysePage, seed articles (relevant)', aSeed, '≤ Readability', beats(aSeed, rSeed),
    `detect + extract + match + score + figures on the ${seeds.out.length} seed article pages (${relevantSeeds} judged relevant), with a new copy of the compiled dictionary on every call (JSON.parse of its JSON text, made outside the timed call), so the matcher is built each time: the worst case. The extension reads the page in the page and matches in its background, which keeps one dictionary per dataset version (next row).`));
  const aSeedWarm = per(seeds.out, (t) => t.analysePageWarm);
  rows.push(mk(G1, 'analysePage, seeds, dictionary cached', aSeedWarm, '≤ Readability', beats(aSeedWarm, rSeed),
    'Same, with the same dictionary object on every call: the matcher built for the page\'s text is kept per dictionary and reused, so this is the cost without building it.'));
  rows.push(mk(G1, 'Readability parse, seed articles', rSeed, 'baseline', undefined,
    'new Readability(document.cloneNode(true)).parse(), the clone included.'));
  rows.push(mk(G1, 'isProbablyReaderable, seed articles', per(seeds.out, (t) => t.readerable), 'info'));
  const ratio = seeds.out.map(ratioOf);
  rows.push({ ...mk(G1, 'analysePage / Readability, per seed page', ratio, '≤ 1.0×', max(ratio) <= 1), unit: '×' });

  const aCorp = per(corpus.out, (t) => t.analysePage);
  const rCorp = per(corpus.out, (t) => t.readability);
  rows.push(mk(G1, 'analysePage, all corpus pages', aCorp, '≤ Readability', beats(aCorp, rCorp),
    'The full engine forced on every corpus page (on most of them the content script stops at quickCheck): realistic page sizes from a few KB to several MB.'));
  rows.push(mk(G1, 'Readability parse, all corpus pages', rCorp, 'baseline'));
  rows.push(mk(G1, 'isProbablyReaderable, all corpus pages', per(corpus.out, (t) => t.readerable), 'info'));
  const ratioCorp = corpus.out.map(ratioOf);
  if (process.env.BENCH_DEBUG) {
    const r = (x: { t: PageTimes }) => ratioOf(x) || 0;
    ctx.log('  the 20 pages with the highest analysePage / Readability ratios, each run (ms):');
    for (const x of [...seeds.out, ...corpus.out].sort((a, b) => r(b) - r(a)).slice(0, 20))
      ctx.log(`  ${x.page.slug}: analysePage ${x.t.analysePage.map((v) => v.toFixed(2)).join(' ')} | Readability ${x.t.readability.map((v) => v.toFixed(2)).join(' ')}`);
  }
  rows.push({ ...mk(G1, 'analysePage / Readability, per corpus page', ratioCorp, '≤ 1.0×', p90(ratioCorp) <= 1,
    `Per page, the median of analysePage's runs over the median of Readability's. Each run has an engine block (the batched first look and quickCheck, then analysePage) and a Readability block (isProbablyReaderable, then the parse); the engine's block goes first on even runs and second on odd ones (${runsOf(ctx) / 2} and ${runsOf(ctx) / 2} of ${runsOf(ctx)}), so what following the other block costs (its garbage, its compile jobs) falls on both alike. Before the timed runs, ${WARM_UP_ROUNDS} untimed rounds of both blocks, so the runs time compiled code on both sides (the first call on the page has its own rows).`), unit: '×' });
  if (others.out.length) {
    const aOth = per(others.out, (t) => t.analysePage);
    const rOth = per(others.out, (t) => t.readability);
    rows.push(mk(G1, 'analysePage, other labelled fixtures', aOth, '≤ Readability', beats(aOth, rOth),
      `The ${others.out.length} other fixtures of tests/fixtures/pages (positives, hard negatives, non-article pages, Urdu).`));
    rows.push(mk(G1, 'Readability parse, other labelled fixtures', rOth, 'baseline'));
  }
  rows.push(mk(G1, 'analysePage, first call on the page (seeds)', seeds.out.map((x) => x.t.cold.analysePage), 'info', undefined,
    'The first analysePage call after injection, as its two halves timed one after the other: cold code and caches, as in a fresh script (the rows above compare the later, warmer calls).'));
  rows.push(mk(G1, '  of which readPage (the extension\'s work in the page)', seeds.out.map((x) => x.t.cold.readPage), 'info', undefined,
    'Detection and extraction, the first half of that first call: all the extension does in the page; it sends what it read to the background.'));
  rows.push(mk(G1, '  of which analyseText (in the extension\'s background)', seeds.out.map((x) => x.t.cold.analyseText), 'info', undefined,
    'Matching, scoring and figures, the second half: the extension runs it in its background (warm while the service worker lives), off the page\'s main thread.'));
  rows.push(mk(G1, '  Readability parse, first call on the page (seeds)', seeds.out.map((x) => x.t.cold.readability), 'info', undefined,
    'Readability\'s first parse on the same page, right after analysePage\'s first call: its code is as cold, the page\'s elements were read once before.'));

  // 3. Growth with article length.
  const G2 = `Growth (median/p90 of ${runsOf(ctx)} runs on one page)`;
  for (const words of [1000, 10_000, 50_000]) {
    const p = syntheticArticle(words);
    const r = await measurePages(ctx, tab, [p], p.slug);
    const t = r.out[0]?.t;
    if (!t) {
      rows.push({ group: G2, name: `analysePage, ${words / 1000}k-word article`, n: 0, median: NaN, p90: NaN, target: 'info', verdict: 'n/a', note: `not measured: ${r.skipped.join('; ')}` });
      continue;
    }
    rows.push(mk(G2, `analysePage, ${words / 1000}k-word article`, t.analysePage, '≤ Readability', median(t.analysePage) <= median(t.readability),
      words === 1000 ? 'Synthetic relevant articles: the seed texts cycled to ~1k, 10k and 50k words in the same news-page markup.' : undefined));
    rows.push(mk(G2, `Readability parse, ${words / 1000}k-word article`, t.readability, 'baseline'));
  }

  // 4. Growth with the dictionary (made-up names added to the dataset's aliases): calls of a few milliseconds on a
  // noisy machine, so more runs than elsewhere (medians of 6 moved by a quarter between runs of the benchmark).
  const DICTIONARY_RUNS = (c: EngineContext) => Math.max(runsOf(c), 20);
  const longest = [...ctx.seeds].sort((a, b) => b.bytes - a.bytes)[0];
  if (longest) {
    const dicts = [1, 10, 100].map((f) => scaledAliases(ctx.aliases, f));
    try {
      await open(ctx, tab.page, longest);
      type DictTimes = { size: number; bytes: number; compile: number; first: number; warm: number[]; fresh: number[]; newText: number[]; receive: number[]; readability: number[] };
      const res: DictTimes[] = await tab.page.evaluate(
        (url, ds, reps) => (globalThis as unknown as { __bench: { measureDictionaries: (...a: unknown[]) => DictTimes[] } }).__bench.measureDictionaries(url, ds, reps),
        longest.url, dicts as never, DICTIONARY_RUNS(ctx),
      );
      res.forEach((d, i) => {
        const f = [1, 10, 100][i];
        rows.push(mk(G2, `analysePage, dictionary ×${f} (${d.size} aliases)`, d.newText, '≤ Readability', median(d.newText) <= median(d.readability),
          i === 0
            ? `On the longest seed page (${longest.slug}); the dictionary grown with unique made-up names and compiled (compileAliases, as the background does once per dataset version). The extension's case: the background keeps one dictionary object per dataset version, and each new page's text gets its own matcher; the matcher of the last text is kept, so another text is analysed, untimed, before each timed call. Against Readability's parse of the same page, timed in the same loop (each run: one forced GC, then the calls taking turns going first), after untimed warm-up calls of both and of analysePage with each size (the cold first call with each size has its own row).`
            : undefined));
        rows.push(mk(G2, `  Readability parse, same page, ×${f} run`, d.readability, 'baseline'));
        rows.push(mk(G2, `  analysePage, a new copy of the dictionary each call, ×${f}`, d.fresh, 'info', undefined,
          i === 0 ? 'The worst case: on every call a new copy of the compiled dictionary (JSON.parse of its JSON text, made outside the timed call), so the matcher is built from objects the engine has never read. The extension does not do this: it keeps the dictionary for the life of the background.' : undefined));
        rows.push(mk(G2, `  analysePage, same dictionary every call, ×${f}`, d.warm, 'info', undefined,
          i === 0 ? 'The matcher built for the page\'s text is kept per dictionary object, so repeated calls on the same text reuse it.' : undefined));
        rows.push(mk(G2, `  parsing the dictionary's JSON (${Math.round(d.bytes / 1024)} K chars), ×${f}`, d.receive, 'info', undefined,
          i === 0 ? 'Parsing the compiled dictionary from its JSON text (not in the analysePage rows): what receiving it in a message would cost; the extension keeps it in the background.' : undefined));
        rows.push(mk(G2, `  analysePage, first call with the ×${f} dictionary`, [d.first], 'info', undefined,
          i === 0 ? 'The first call with each size, before that size\'s untimed warm-up calls: code only that size uses (the index read another way) is still cold.' : undefined));
        rows.push(mk(G2, `  compileAliases, ×${f} (background, once per dataset version)`, [d.compile], 'info'));
      });
    } catch (e) {
      rows.push({ group: G2, name: 'analysePage, dictionary ×1/×10/×100', n: 0, median: NaN, p90: NaN, target: 'info', verdict: 'n/a', note: `not measured: ${String(e).slice(0, 200)}` });
    }
  }

  // The seed analysis naming the most records, for the dataset lookups.
  let seedAnalysis: EngineResult['seedAnalysis'];
  const best = [...seeds.out].sort((a, b) => b.t.entities - a.t.entities || b.t.figures - a.t.figures)[0];
  if (best) {
    await open(ctx, tab.page, best.page);
    const analysis = await tab.page.evaluate(
      (url, aliases) => (globalThis as unknown as { __bench: { analyse: (...a: unknown[]) => Analysis } }).__bench.analyse(url, aliases),
      best.page.url, ctx.aliases as never,
    );
    seedAnalysis = { page: best.page, analysis };
  }
  await tab.page.close();
  return { rows, seedAnalysis };
}
