/**
 * Bundled (esbuild, IIFE) into a loopback page of its own, so IndexedDB is
 * Chromium's real one: times importing the dataset, building the in-memory
 * index, and every lookup the sidebar needs for one article.
 */
import { datasetDb, importDataset, readDataset, resetDatasetDbConnection } from '../../utils/db/dataset-db';
import { DatasetIndex, assembleSidebarData } from '../../utils/core/dataset-index';
import { checkFigures } from '../../utils/core/check-figures';
import type { Analysis } from '../../utils/core/analysis';
import type { Dataset } from '../../utils/core/schema';
import type { HistoryEntry } from '../../utils/core/sidebar-data';

const now = () => performance.now();
/** window.gc when Chromium runs with --expose-gc: collect before each timed step (not timed). */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export interface DatasetTimes {
  records: number;
  jsonBytes: number;
  parse: number;
  imports: number[];
  readBack: number;
  index: number;
  /** assembleSidebarData per call (batched over ≥ 20 ms). */
  lookups: number[];
  /** First assembleSidebarData call after the index was built. */
  lookupsFirst: number;
  named: number;
  timeline: number;
  figureChecks: number;
  series: number;
  related: number;
  error?: string;
}

async function run(url: string, analysis: Analysis, history: HistoryEntry[], reps: number): Promise<DatasetTimes> {
  const out: DatasetTimes = { records: 0, jsonBytes: 0, parse: NaN, imports: [], readBack: NaN, index: NaN, lookups: [], lookupsFirst: NaN, named: 0, timeline: 0, figureChecks: 0, series: 0, related: 0 };
  try {
    const text = await (await fetch(url, { cache: 'no-store' })).text();
    out.jsonBytes = text.length;
    let t0 = now();
    const data = JSON.parse(text) as Dataset;
    out.parse = now() - t0;
    out.records = (['sources', 'agreements', 'events', 'actors', 'series', 'claims'] as const).reduce((s, k) => s + (data[k]?.length ?? 0), 0);
    await datasetDb(); // open (and create) the database outside the timed imports
    for (let i = 0; i < reps; i++) {
      gc();
      t0 = now();
      await importDataset(data, 'bundled');
      out.imports.push(now() - t0);
    }
    gc();
    t0 = now();
    const stored = await readDataset();
    out.readBack = now() - t0;
    if (!stored) throw new Error('readDataset() found no complete dataset after importDataset');
    gc();
    t0 = now();
    const index = new DatasetIndex(data);
    out.index = now() - t0;
    const settings = { highlights: true };
    t0 = now();
    const first = assembleSidebarData(index, analysis, history, checkFigures, settings);
    out.lookupsFirst = now() - t0;
    out.named = first.named.length;
    out.timeline = first.timeline.length;
    out.figureChecks = first.figureChecks.length;
    out.series = first.series.length;
    out.related = first.related.length;
    for (let i = 0; i < reps; i++) {
      gc();
      let n = 0;
      t0 = now();
      let t = t0;
      do {
        assembleSidebarData(index, analysis, history, checkFigures, settings);
        n++;
        t = now();
      } while (t - t0 < 20 && n < 1000);
      out.lookups.push((t - t0) / n);
    }
  } catch (e) {
    out.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return out;
}

async function reset(): Promise<void> {
  const db = await datasetDb();
  db.close();
  resetDatasetDbConnection();
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('backstory-dataset');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

(globalThis as Record<string, unknown>).__benchDataset = { run, reset };
