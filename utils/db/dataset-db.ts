/**
 * The dataset's IndexedDB, in the extension's origin (background and
 * extension pages only). Stores follow RECORD_KINDS; `aliases` indexes every
 * normalised alias, `timeline` every dated step. An import replaces all
 * dataset stores in one transaction and writes the completion marker last,
 * so a failed or interrupted import leaves the previous dataset in place.
 * The reader's own data lives in a separate database (reader-db.ts).
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import { KIND_NAMES, type Actor, type Agreement, type Claim, type Dataset, type DatasetMeta, type Event, type Series, type Source } from '../core/schema';
import { normaliseAlias } from '../core/normalise-alias';
import type { DatasetStatus } from '../protocol';

export const DATASET_DB = 'backstory-dataset';
export const DATASET_DB_VERSION = 1;

interface AliasRow { norm: string; id: string; kind: 'actors' | 'agreements' | 'events'; alias: string }
interface TimelineRow { key: string; date: string; id: string; kind: 'agreements' | 'events'; step?: string }
interface MetaRow extends Omit<DatasetStatus, 'bundledVersion'> { key: 'current'; complete: true }

export interface DatasetDB extends DBSchema {
  sources: { key: string; value: Source };
  agreements: { key: string; value: Agreement };
  events: { key: string; value: Event; indexes: { 'by-date': string } };
  actors: { key: string; value: Actor };
  series: { key: string; value: Series; indexes: { 'by-metric': string } };
  claims: { key: string; value: Claim };
  aliases: { key: [string, string]; value: AliasRow; indexes: { 'by-norm': string; 'by-id': string } };
  timeline: { key: string; value: TimelineRow; indexes: { 'by-date': string } };
  meta: { key: string; value: MetaRow };
}

const STORES = [...KIND_NAMES, 'aliases', 'timeline', 'meta'] as const;

let dbPromise: Promise<IDBPDatabase<DatasetDB>> | undefined;

/** One memoised connection; reopened if the browser closes it or another version takes over. */
export function datasetDb(name = DATASET_DB): Promise<IDBPDatabase<DatasetDB>> {
  dbPromise ??= openDB<DatasetDB>(name, DATASET_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        for (const k of ['sources', 'agreements', 'actors', 'claims'] as const) db.createObjectStore(k, { keyPath: 'id' });
        db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-date', 'date');
        db.createObjectStore('series', { keyPath: 'id' }).createIndex('by-metric', 'metric');
        const aliases = db.createObjectStore('aliases', { keyPath: ['norm', 'id'] });
        aliases.createIndex('by-norm', 'norm');
        aliases.createIndex('by-id', 'id');
        db.createObjectStore('timeline', { keyPath: 'key' }).createIndex('by-date', 'date');
        db.createObjectStore('meta', { keyPath: 'key' });
      }
    },
    blocked() {
      console.warn('Backstory: dataset database upgrade waits for another open tab of the extension');
    },
    blocking() {
      // A newer version of the extension wants to upgrade: let it.
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
  return dbPromise;
}

/** Test hook: forget the memoised connection. */
export function resetDatasetDbConnection(): void {
  dbPromise = undefined;
}

/** The dataset in use, or undefined when none was completely imported. */
export async function currentMeta(): Promise<MetaRow | undefined> {
  const db = await datasetDb();
  return db.get('meta', 'current');
}

/**
 * Replaces the dataset in one transaction. `beforeCommit` runs inside it
 * (tests use it to fail halfway). Nothing else is awaited in between.
 */
export async function importDataset(
  data: Dataset,
  origin: DatasetStatus['origin'],
  opts: { beforeMarker?: () => void } = {},
): Promise<MetaRow> {
  const db = await datasetDb();
  // Plain IndexedDB requests inside one transaction: no promise per record, nothing else awaited.
  const wrapped = db.transaction(STORES, 'readwrite');
  wrapped.done.catch(() => undefined);
  const tx = unwrap(wrapped);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The dataset import was aborted', 'AbortError'));
  });
  done.catch(() => undefined);
  try {
    const store = (name: (typeof STORES)[number]) => tx.objectStore(name);
    for (const s of STORES) store(s).clear();
    for (const k of KIND_NAMES) {
      const os = store(k);
      for (const r of data[k]) os.put(r);
    }
    const aliases = store('aliases');
    for (const k of ['actors', 'agreements', 'events'] as const) {
      for (const r of data[k]) {
        const seen = new Set<string>();
        for (const alias of [r.name, ...r.aliases]) {
          const norm = normaliseAlias(alias);
          if (!norm || seen.has(norm)) continue;
          seen.add(norm);
          aliases.put({ norm, id: r.id, kind: k, alias } satisfies AliasRow);
        }
      }
    }
    const timeline = store('timeline');
    for (const a of data.agreements)
      a.dates.forEach((d, i) => timeline.put({ key: `${d.date}|${a.id}|${i}`, date: d.date, id: a.id, kind: 'agreements', step: d.event } satisfies TimelineRow));
    for (const e of data.events) timeline.put({ key: `${e.date}|${e.id}`, date: e.date, id: e.id, kind: 'events' } satisfies TimelineRow);
    opts.beforeMarker?.();
    // The completion marker goes last: a dataset without it is never used.
    const marker: MetaRow = { key: 'current', complete: true, meta: data.meta, origin, importedAt: new Date().toISOString() };
    store('meta').put(marker);
    await done;
    return marker;
  } catch (e) {
    // Any failure, thrown now or by a request later, aborts the whole transaction: nothing was replaced.
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    throw e;
  }
}

/** The whole dataset as stored, for the in-memory index and for export. */
export async function readDataset(): Promise<Dataset | undefined> {
  const db = await datasetDb();
  const tx = db.transaction([...KIND_NAMES, 'meta'], 'readonly');
  const [meta, ...lists] = await Promise.all([tx.objectStore('meta').get('current'), ...KIND_NAMES.map((k) => tx.objectStore(k).getAll())]);
  if (!meta?.complete) return undefined;
  const out = { meta: meta.meta } as Dataset;
  KIND_NAMES.forEach((k, i) => ((out as Record<string, unknown>)[k] = lists[i]));
  return out;
}

/** Records whose alias normalises to `alias`. */
export async function findByAlias(alias: string): Promise<AliasRow[]> {
  const db = await datasetDb();
  return db.getAllFromIndex('aliases', 'by-norm', normaliseAlias(alias));
}

/** Timeline rows strictly before a date (YYYY-MM-DD). */
export async function timelineBefore(date: string): Promise<TimelineRow[]> {
  const db = await datasetDb();
  return db.getAllFromIndex('timeline', 'by-date', IDBKeyRange.upperBound(date, true));
}

export type { MetaRow, AliasRow, TimelineRow, DatasetMeta };
