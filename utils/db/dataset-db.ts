/**
 * The dataset's IndexedDB, in the extension's origin (background and
 * extension pages only). The `tables` store holds one value per table: each
 * record kind of RECORD_KINDS as one array sorted by id, `aliases` (every
 * normalised alias, sorted by alias then id) and `timeline` (every dated step,
 * sorted by date). Nothing reads single records from the database: the
 * background reads the whole dataset once and indexes it in memory, so a
 * handful of large values import and read back far faster than a row per
 * record. An import replaces every table in one transaction and writes the
 * completion marker last, so a failed or interrupted import leaves the
 * previous dataset in place. The reader's own data lives in a separate
 * database (reader-db.ts).
 *
 * Version 1 kept a store per kind (a row per record) plus `aliases` and
 * `timeline` rows; upgrading moves their contents into `tables` inside the
 * upgrade transaction, so a dataset imported by the reader or from an update
 * URL survives the upgrade.
 */
import { openDB, unwrap, type DBSchema, type IDBPDatabase } from 'idb';
import { KIND_NAMES, type Dataset, type DatasetMeta, type RecordKind } from '../core/schema';
import { normaliseAlias } from '../core/normalise-alias';
import type { DatasetStatus } from '../protocol';

export const DATASET_DB = 'backstory-dataset';
export const DATASET_DB_VERSION = 2;

interface AliasRow { norm: string; id: string; kind: 'actors' | 'agreements' | 'events'; alias: string }
interface TimelineRow { key: string; date: string; id: string; kind: 'agreements' | 'events'; step?: string }
interface MetaRow extends Omit<DatasetStatus, 'bundledVersion'> { key: 'current'; complete: true }

type TableName = RecordKind | 'aliases' | 'timeline';

export interface DatasetDB extends DBSchema {
  tables: { key: TableName; value: unknown[] };
  meta: { key: string; value: MetaRow };
}

const TABLES: readonly TableName[] = [...KIND_NAMES, 'aliases', 'timeline'];
const STORES = ['tables', 'meta'] as const;

const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => {
  const ka = key(a);
  const kb = key(b);
  // Code-unit order, as IndexedDB orders string keys.
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
const timelineOrder = (a: TimelineRow, b: TimelineRow) => byKey<TimelineRow>((r) => r.date)(a, b) || byKey<TimelineRow>((r) => r.key)(a, b);

let dbPromise: Promise<IDBPDatabase<DatasetDB>> | undefined;

/** One memoised connection; reopened if the browser closes it or another version takes over. */
export function datasetDb(name = DATASET_DB): Promise<IDBPDatabase<DatasetDB>> {
  dbPromise ??= openDB<DatasetDB>(name, DATASET_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) db.createObjectStore('meta', { keyPath: 'key' });
      if (oldVersion < 2) {
        db.createObjectStore('tables');
        if (oldVersion === 1) moveVersion1Rows(unwrap(db), unwrap(transaction));
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

/**
 * Version 1 → 2, inside the upgrade transaction: each old store's rows
 * (already in key order) become one value of `tables`, then the old store is
 * deleted. `meta` is kept as it was. Any failure aborts the upgrade and
 * leaves version 1 untouched.
 */
function moveVersion1Rows(db: IDBDatabase, tx: IDBTransaction): void {
  const tables = tx.objectStore('tables');
  for (const name of TABLES) {
    if (!db.objectStoreNames.contains(name)) continue;
    const req = tx.objectStore(name).getAll();
    req.onsuccess = () => {
      const rows = req.result as unknown[];
      tables.put(name === 'timeline' ? (rows as TimelineRow[]).sort(timelineOrder) : rows, name);
      db.deleteObjectStore(name);
    };
  }
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
 * A kind's records as a store keyed by id held them: one per id (the last
 * wins), in id order. A record without a string id cannot be stored.
 */
function recordTable(kind: RecordKind, records: ReadonlyArray<{ id: string }>): unknown[] {
  let sorted = true;
  for (let i = 0; i < records.length; i++) {
    const id = records[i]?.id as unknown;
    if (typeof id !== 'string') throw new DOMException(`${kind}[${i}] has no id`, 'DataError');
    if (i > 0 && !(records[i - 1].id < id)) sorted = false;
  }
  if (sorted) return records as unknown[];
  return [...new Map(records.map((r) => [r.id, r])).values()].sort(byKey((r) => r.id));
}

function aliasTable(data: Dataset): AliasRow[] {
  // Keyed as the rows of a store keyed by [norm, id] were: a later row with the same key replaces an earlier one.
  const rows = new Map<string, AliasRow>();
  for (const kind of ['actors', 'agreements', 'events'] as const) {
    for (const r of data[kind]) {
      const seen = new Set<string>();
      for (const alias of [r.name, ...r.aliases]) {
        const norm = normaliseAlias(alias);
        if (!norm || seen.has(norm)) continue;
        seen.add(norm);
        rows.set(`${norm}\u0000${r.id}`, { norm, id: r.id, kind, alias });
      }
    }
  }
  return [...rows.values()].sort((a, b) => byKey<AliasRow>((x) => x.norm)(a, b) || byKey<AliasRow>((x) => x.id)(a, b));
}

function timelineTable(data: Dataset): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const a of data.agreements)
    a.dates.forEach((d, i) => {
      const key = `${d.date}|${a.id}|${i}`;
      rows.set(key, { key, date: d.date, id: a.id, kind: 'agreements', step: d.event });
    });
  for (const e of data.events) {
    const key = `${e.date}|${e.id}`;
    rows.set(key, { key, date: e.date, id: e.id, kind: 'events' });
  }
  return [...rows.values()].sort(timelineOrder);
}

/**
 * Replaces the dataset in one transaction. `beforeMarker` runs inside it
 * (tests use it to fail halfway). Nothing else is awaited in between.
 */
export async function importDataset(
  data: Dataset,
  origin: DatasetStatus['origin'],
  opts: { beforeMarker?: () => void } = {},
): Promise<MetaRow> {
  const db = await datasetDb();
  // Plain IndexedDB requests inside one transaction: nothing else awaited.
  const wrapped = db.transaction(STORES, 'readwrite');
  wrapped.done.catch(() => undefined);
  const tx = unwrap(wrapped);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The dataset import was aborted', 'AbortError'));
  });
  done.catch(() => undefined);
  try {
    const tables = tx.objectStore('tables');
    const meta = tx.objectStore('meta');
    tables.clear();
    meta.clear();
    for (const k of KIND_NAMES) tables.put(recordTable(k, data[k]), k);
    tables.put(aliasTable(data), 'aliases');
    tables.put(timelineTable(data), 'timeline');
    opts.beforeMarker?.();
    // The completion marker goes last: a dataset without it is never used.
    const marker: MetaRow = { key: 'current', complete: true, meta: data.meta, origin, importedAt: new Date().toISOString() };
    meta.put(marker);
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
  const tx = db.transaction(STORES, 'readonly');
  const tables = tx.objectStore('tables');
  const [meta, ...lists] = await Promise.all([tx.objectStore('meta').get('current'), ...KIND_NAMES.map((k) => tables.get(k))]);
  if (!meta?.complete) return undefined;
  const out = { meta: meta.meta } as Dataset;
  KIND_NAMES.forEach((k, i) => ((out as Record<string, unknown>)[k] = lists[i] ?? []));
  return out;
}

async function readTable<T>(name: 'aliases' | 'timeline'): Promise<T[]> {
  const db = await datasetDb();
  return ((await db.get('tables', name)) ?? []) as T[];
}

/** Records whose alias normalises to `alias`, in id order. */
export async function findByAlias(alias: string): Promise<AliasRow[]> {
  const norm = normaliseAlias(alias);
  return (await readTable<AliasRow>('aliases')).filter((r) => r.norm === norm);
}

/** Timeline rows strictly before a date (YYYY-MM-DD), in date order. */
export async function timelineBefore(date: string): Promise<TimelineRow[]> {
  return (await readTable<TimelineRow>('timeline')).filter((r) => r.date < date);
}

export type { MetaRow, AliasRow, TimelineRow, DatasetMeta };
