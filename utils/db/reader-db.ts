/**
 * The reader's own data — settings, reading history, feedback — in a
 * database of its own, so that no dataset import, update, revert or
 * migration can touch it. Extension origin only.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HistoryEntry } from '../core/sidebar-data';
import { DEFAULT_SETTINGS, type Settings } from '../protocol';

export const READER_DB = 'backstory-reader';

export interface Feedback {
  id?: number;
  url: string;
  headline: string;
  at: string;
  kind: 'not-topic';
  score: number;
  reasons: string[];
}

export interface ReaderDB extends DBSchema {
  settings: { key: string; value: { key: 'settings'; value: Settings } };
  history: { key: number; value: HistoryEntry; indexes: { 'by-url': string; 'by-seen': string; 'by-entity': string } };
  feedback: { key: number; value: Feedback };
}

let dbPromise: Promise<IDBPDatabase<ReaderDB>> | undefined;

export function readerDb(): Promise<IDBPDatabase<ReaderDB>> {
  dbPromise ??= openDB<ReaderDB>(READER_DB, 1, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('settings', { keyPath: 'key' });
        const h = db.createObjectStore('history', { keyPath: 'id', autoIncrement: true });
        h.createIndex('by-url', 'url', { unique: true });
        h.createIndex('by-seen', 'seenAt');
        h.createIndex('by-entity', 'entityIds', { multiEntry: true });
        db.createObjectStore('feedback', { keyPath: 'id', autoIncrement: true });
      }
    },
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
    terminated() {
      dbPromise = undefined;
    },
  });
  return dbPromise;
}

export function resetReaderDbConnection(): void {
  dbPromise = undefined;
}

export async function getSettings(): Promise<Settings> {
  const row = await (await readerDb()).get('settings', 'settings');
  return { ...DEFAULT_SETTINGS, ...row?.value };
}

export async function setSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = await readerDb();
  const tx = db.transaction('settings', 'readwrite');
  const row = await tx.store.get('settings');
  const next = { ...DEFAULT_SETTINGS, ...row?.value, ...patch };
  await tx.store.put({ key: 'settings', value: next });
  await tx.done;
  return next;
}

/** Records (or refreshes) an article in the reading history, keyed by URL. */
export async function recordVisit(entry: Omit<HistoryEntry, 'id'>): Promise<void> {
  const db = await readerDb();
  const tx = db.transaction('history', 'readwrite');
  const prev = await tx.store.index('by-url').get(entry.url);
  await tx.store.put(prev ? { ...entry, id: prev.id } : entry);
  await tx.done;
}

export async function listHistory(): Promise<HistoryEntry[]> {
  const all = await (await readerDb()).getAllFromIndex('history', 'by-seen');
  return all.reverse();
}

/** History entries naming any of the given ids (the current URL excluded). */
export async function historySharing(ids: string[], exceptUrl: string): Promise<HistoryEntry[]> {
  const db = await readerDb();
  const tx = db.transaction('history');
  const byId = new Map<number, HistoryEntry>();
  for (const id of ids) for (const e of await tx.store.index('by-entity').getAll(id)) if (e.url !== exceptUrl && e.id !== undefined) byId.set(e.id, e);
  await tx.done;
  return [...byId.values()];
}

export async function clearHistory(): Promise<void> {
  await (await readerDb()).clear('history');
}

export async function addFeedback(f: Omit<Feedback, 'id'>): Promise<void> {
  await (await readerDb()).add('feedback', f as Feedback);
}

export async function listFeedback(): Promise<Feedback[]> {
  return (await readerDb()).getAll('feedback');
}
