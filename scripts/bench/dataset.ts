/**
 * Dataset timings in a real Chromium page (real IndexedDB): importing
 * public/dataset.json, building the in-memory index, and all the lookups the
 * sidebar needs for one article (assembleSidebarData), at ×1, ×10 and ×100
 * the dataset's size.
 */
import type { Browser } from 'puppeteer-core';
import type { Analysis } from '../../utils/core/analysis';
import type { Dataset } from '../../utils/core/schema';
import type { DatasetTimes } from './dataset-entry';
import { scaledDataset, syntheticHistory, type BenchPage } from './inputs';
import type { BenchServer } from './server';
import { median, p90, verdict, type Row } from './stats';

export interface DatasetContext {
  browser: Browser;
  server: BenchServer;
  bundle: string;
  data: Dataset;
  from: string;
  reps: number;
  seed?: { page: BenchPage; analysis: Analysis };
  log(msg: string): void;
}

const FACTORS = [1, 10, 100];

export async function runDataset(ctx: DatasetContext): Promise<Row[]> {
  const G = `Dataset in a Chromium page, real IndexedDB (median/p90 of ${ctx.reps} runs; ×10: ≤ 3, ×100: 1)`;
  const rows: Row[] = [];
  if (!ctx.seed) {
    return [{ group: G, name: 'dataset benchmark', n: 0, median: NaN, p90: NaN, target: '—', verdict: 'n/a', note: 'not measured: no seed article analysis (the engine phase did not run or failed)' }];
  }
  const { analysis, page: seedPage } = ctx.seed;
  const ids = analysis.entities.map((e) => e.id);
  const history = syntheticHistory(ctx.data, ids, 200);
  const htmlUrl = `${ctx.server.origin}/dataset/bench.html`;
  ctx.server.set(htmlUrl, '<!doctype html><meta charset="utf-8"><title>dataset bench</title><p>dataset bench</p>');
  const page = await ctx.browser.newPage();
  await page.goto(htmlUrl);
  await page.addScriptTag({ content: ctx.bundle });
  const results: Array<{ f: number; t: DatasetTimes }> = [];
  for (const f of FACTORS) {
    const data = scaledDataset(ctx.data, f);
    const url = `${ctx.server.origin}/dataset/x${f}.json`;
    ctx.server.set(url, { body: JSON.stringify(data), contentType: 'application/json' });
    await page.evaluate(() => (globalThis as unknown as { __benchDataset: { reset(): Promise<void> } }).__benchDataset.reset());
    const t = await page.evaluate(
      (u, a, h, reps) => (globalThis as unknown as { __benchDataset: { run: (...x: unknown[]) => Promise<DatasetTimes> } }).__benchDataset.run(u, a, h, reps),
      // Importing ×100 takes many seconds: fewer runs for the synthetic sizes keep the bench short.
      url, analysis as never, history as never, f === 1 ? ctx.reps : f === 10 ? Math.min(ctx.reps, 3) : 1,
    );
    ctx.log(`  dataset ×${f}: ${t.records} records, ${(t.jsonBytes / 1e6).toFixed(2)} MB${t.error ? `: ${t.error}` : ''}`);
    results.push({ f, t });
  }
  await page.close();

  const base = results[0]?.t;
  const growth = (f: number, v: number, b: number) => (f > 1 && Number.isFinite(b) && b > 0 ? ` (${(v / b).toFixed(1)}× the ×1 cost)` : '');
  for (const { f, t } of results) {
    if (t.error) {
      rows.push({ group: G, name: `dataset ×${f}`, n: 0, median: NaN, p90: NaN, target: '—', verdict: 'n/a', note: `not measured: ${t.error}` });
      continue;
    }
    const label = `×${f}, ${t.records} records`;
    const imp = median(t.imports);
    rows.push({
      group: G, name: `importDataset, ${label}`, n: t.imports.length, median: imp, p90: p90(t.imports),
      target: f === 1 ? '≤ 100 ms' : 'info', verdict: f === 1 ? verdict(p90(t.imports) <= 100) : 'info',
      note: f === 1
        ? `utils/db/dataset-db.ts importDataset(data) of ${ctx.from} (${(t.jsonBytes / 1024).toFixed(0)} KB of JSON): replace every table (each kind's records, the alias and timeline tables, one value each) and write the marker last, in one transaction; the database is opened beforehand.`
        : `Synthetic: every record cloned ${f - 1} times with suffixed ids, references and names${growth(f, imp, median(base!.imports))}.`,
    });
  }
  for (const { f, t } of results) {
    if (t.error) continue;
    const look = median(t.lookups);
    rows.push({
      group: G, name: `all lookups for one article, ×${f}`, n: t.lookups.length, median: look, p90: p90(t.lookups),
      target: f === 1 ? '≤ 5 ms' : 'info', verdict: f === 1 ? verdict(p90(t.lookups) <= 5) : 'info',
      note: f === 1
        ? `assembleSidebarData(index, analysis, history, checkFigures, settings) for ${seedPage.slug} (${analysis.entities.length} records named, ${analysis.figures.length} figures; ${t.named} named, ${t.timeline} timeline items, ${t.figureChecks} figure checks, ${t.series} series, ${t.related} related of a 200-article history); the DatasetIndex is built beforehand; each run averages calls over ≥ 20 ms. First call: ${t.lookupsFirst.toFixed(2)} ms.`
        : `Same article${growth(f, look, median(base!.lookups))}.`,
    });
  }
  for (const { f, t } of results) {
    if (t.error) continue;
    rows.push({ group: G, name: `new DatasetIndex(data), ×${f}`, n: 1, median: t.index, p90: t.index, target: 'info', verdict: 'info',
      note: f === 1 ? 'Built once when the background starts (or after an import), then reused for every article. Single run.' : undefined });
  }
  for (const { f, t } of results) {
    if (t.error) continue;
    rows.push({ group: G, name: `JSON.parse + read back from IndexedDB, ×${f}`, n: 1, median: t.parse + t.readBack, p90: t.parse + t.readBack, target: 'info', verdict: 'info',
      note: f === 1 ? `JSON.parse of the file (${t.parse.toFixed(2)} ms) plus readDataset() (${t.readBack.toFixed(2)} ms), what a background restart does before building the index. Single run.` : undefined });
  }
  return rows;
}
