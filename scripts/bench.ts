/**
 * `npm run bench`: speed and memory of Backstory in real headless Chromium,
 * printed as one table (name, n, median, p90, target, result). It reports and
 * always exits 0; it is not a CI gate.
 *
 *   BENCH_REPS=5            runs per page/measurement (default 5; the engine phase rounds it up to even)
 *   BENCH_SKIP_BUILD=1      reuse .output/chrome-mv3 instead of running `npx wxt build`
 *   BENCH_EXTENSION_DIR=dir use this unpacked build (implies no build)
 *   BENCH_ONLY=engine,dataset,extension   run some phases only
 *   BENCH_CHROMIUM_PATH=... Chromium binary (default /usr/bin/chromium)
 *   BENCH_NO_GC=1           no forced GC between in-page timing blocks (faster, noisier)
 *   BENCH_NO_MINIFY=1       bundle the in-page engine unminified (function names in CPU profiles)
 *   BENCH_DEBUG=1           also log the pages with the highest analysePage / Readability ratios (each run), and keep traces in /tmp
 *
 * See scripts/bench/*.ts for each phase and what it measures.
 */
import path from 'node:path';
import type { AliasEntry } from '../utils/core/analysis';
import { aliasesFromDataset } from '../utils/core/aliases-from-dataset';
import { launch, type BenchBrowser } from './bench/browser';
import { bundle } from './bench/bundle';
import { runDataset } from './bench/dataset';
import { runEngine, type EngineResult } from './bench/engine';
import { buildExtension, runExtension } from './bench/extension';
import { corpusPages, fixturePages, loadDataset, seedPages } from './bench/inputs';
import { startBenchServer } from './bench/server';
import { bundleSizes } from './bench/sizes';
import { renderTable, type Row } from './bench/stats';

const started = Date.now();
const reps = Math.max(1, Number(process.env.BENCH_REPS ?? 5) || 5);
const only = new Set((process.env.BENCH_ONLY ?? 'engine,dataset,extension').split(',').map((s) => s.trim()));
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${msg}\n`);
const failedRow = (group: string, name: string, why: unknown): Row => ({
  group, name, n: 0, median: NaN, p90: NaN, target: '—', verdict: 'n/a', note: `not measured: ${String(why instanceof Error ? why.message : why).split('\n')[0].slice(0, 300)}`,
});

async function main() {
  const rows: Row[] = [];
  const server = await startBenchServer();
  const { data, from } = await loadDataset();
  const aliases: AliasEntry[] = aliasesFromDataset(data);
  const corpus = corpusPages();
  const fixtures = fixturePages();
  const seeds = seedPages();
  const others = fixtures.filter((f) => f.label !== 'seed');
  log(`dataset from ${from}: ${aliases.length} aliases; ${corpus.length} corpus pages, ${seeds.length} seed pages (${seeds[0]?.source ?? 'none'}), ${others.length} other fixtures; ${reps} runs each`);

  let engine: EngineResult | undefined;
  if (only.has('engine') || only.has('dataset')) {
    let plain: BenchBrowser | undefined;
    try {
      plain = await launch({ proxyPort: server.port, exposeGc: process.env.BENCH_NO_GC !== '1' });
      if (only.has('engine') || only.has('dataset')) {
        try {
          log('engine: bundling scripts/bench/page-entry.ts');
          const pageBundle = await bundle('scripts/bench/page-entry.ts');
          engine = await runEngine({ browser: plain.browser, server, bundle: pageBundle, aliases, reps, corpus, seeds, others, log });
          if (only.has('engine')) rows.push(...engine.rows);
        } catch (e) {
          rows.push(failedRow('Engine', 'engine benchmark', e));
        }
      }
      if (only.has('dataset')) {
        try {
          log('dataset: bundling scripts/bench/dataset-entry.ts');
          const dsBundle = await bundle('scripts/bench/dataset-entry.ts');
          rows.push(...(await runDataset({ browser: plain.browser, server, bundle: dsBundle, data, from, reps, seed: engine?.seedAnalysis, log })));
        } catch (e) {
          rows.push(failedRow('Dataset', 'dataset benchmark', e));
        }
      }
    } catch (e) {
      rows.push(failedRow('Engine', 'launching Chromium', e));
    } finally {
      await plain?.close();
    }
  }

  let sizes = '';
  if (only.has('extension')) {
    try {
      const extDir = await buildExtension(log);
      const b = bundleSizes(extDir);
      rows.push(...b.rows);
      sizes = b.table;
      rows.push(...(await runExtension({ server, extensionDir: extDir, seeds, corpus, reps, log })));
    } catch (e) {
      rows.push(failedRow('Extension', 'extension benchmarks (memory, long tasks, sidebar)', e));
    }
  }

  await server.close();
  console.log(`Backstory benchmark: headless ${path.basename(process.env.BENCH_CHROMIUM_PATH ?? 'chromium')}, ${reps} runs per measurement, dataset from ${from}`);
  console.log('median and p90 across pages (engine) or runs; p90 is nearest-rank, so with n ≤ 10 it is the largest value. "info"/"baseline" rows have no target.');
  console.log('');
  console.log(renderTable(rows));
  console.log('');
  if (sizes) console.log(`Entries of the Chrome build:\n${sizes}\n`);
  const failed = rows.filter((r) => r.verdict === 'FAIL').length;
  const missing = rows.filter((r) => r.verdict === 'n/a').length;
  console.log(`${rows.length} measurements: ${rows.filter((r) => r.verdict === 'pass').length} pass, ${failed} fail, ${missing} not measured; ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

main()
  .catch((e) => {
    console.error('bench: unexpected error:', e);
  })
  .finally(() => process.exit(0));
