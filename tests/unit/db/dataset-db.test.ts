import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { KIND_NAMES, type Dataset } from '../../../utils/core/schema';
import { normaliseAlias } from '../../../utils/core/normalise-alias';
import { DATASET_DB, currentMeta, datasetDb, findByAlias, importDataset, readDataset, resetDatasetDbConnection, timelineBefore } from '../../../utils/db/dataset-db';
import { addFeedback, getSettings, listFeedback, listHistory, recordVisit, resetReaderDbConnection, setSettings } from '../../../utils/db/reader-db';
import { miniDataset } from '../../fixtures/dataset/mini-dataset';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDatasetDbConnection();
  resetReaderDbConnection();
});

async function seedReaderData() {
  await setSettings({ highlights: false, disabledSites: ['example.com'] });
  await recordVisit({ url: 'https://www.dawn.com/news/1', headline: 'A', seenAt: '2026-01-01T00:00:00Z', entityIds: ['ttp'] });
  await addFeedback({ kind: 'not-topic', url: 'https://x.com/a', headline: 'B', at: '2026-01-02T00:00:00Z', score: 3, reasons: [] });
  return { settings: await getSettings(), history: await listHistory(), feedback: await listFeedback() };
}

const bundled = (): Dataset => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../public/dataset.json'), 'utf8'));

const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });

/** The database as version 1 of the extension left it: a store per kind, alias and timeline rows, the marker (unless `complete` is false). */
async function writeVersion1(data: Dataset, origin: string, complete = true): Promise<void> {
  const open = indexedDB.open(DATASET_DB, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    for (const k of ['sources', 'agreements', 'actors', 'claims']) db.createObjectStore(k, { keyPath: 'id' });
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-date', 'date');
    db.createObjectStore('series', { keyPath: 'id' }).createIndex('by-metric', 'metric');
    const aliases = db.createObjectStore('aliases', { keyPath: ['norm', 'id'] });
    aliases.createIndex('by-norm', 'norm');
    aliases.createIndex('by-id', 'id');
    db.createObjectStore('timeline', { keyPath: 'key' }).createIndex('by-date', 'date');
    db.createObjectStore('meta', { keyPath: 'key' });
  };
  const db = await request(open);
  const tx = db.transaction([...KIND_NAMES, 'aliases', 'timeline', 'meta'], 'readwrite');
  for (const k of KIND_NAMES) for (const r of data[k]) tx.objectStore(k).put(r);
  for (const k of ['actors', 'agreements', 'events'] as const) {
    for (const r of data[k]) {
      const seen = new Set<string>();
      for (const alias of [r.name, ...r.aliases]) {
        const norm = normaliseAlias(alias);
        if (!norm || seen.has(norm)) continue;
        seen.add(norm);
        tx.objectStore('aliases').put({ norm, id: r.id, kind: k, alias });
      }
    }
  }
  for (const a of data.agreements) a.dates.forEach((d, i) => tx.objectStore('timeline').put({ key: `${d.date}|${a.id}|${i}`, date: d.date, id: a.id, kind: 'agreements', step: d.event }));
  for (const e of data.events) tx.objectStore('timeline').put({ key: `${e.date}|${e.id}`, date: e.date, id: e.id, kind: 'events' });
  if (complete) tx.objectStore('meta').put({ key: 'current', complete: true, meta: data.meta, origin, importedAt: '2026-01-01T00:00:00.000Z' });
  await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onabort = () => reject(tx.error); });
  db.close();
}

/** Each kind in id order, as stores keyed by id return them. */
function inIdOrder(data: Dataset): Dataset {
  const out = { ...data };
  for (const k of KIND_NAMES) (out as any)[k] = [...data[k]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

async function tables() {
  const db = await datasetDb();
  return { aliases: await db.get('tables', 'aliases'), timeline: await db.get('tables', 'timeline') };
}

describe('dataset store', () => {
  it('imports a dataset with its completion marker, alias and date indexes', async () => {
    await importDataset(miniDataset(), 'bundled');
    expect((await currentMeta())?.complete).toBe(true);
    expect((await readDataset())?.agreements.map((a) => a.id)).toEqual(['cis-moa']);
    expect((await findByAlias('tehreek-e-taliban  PAKISTAN')).map((r) => r.id)).toEqual(['ttp']);
    expect((await findByAlias('امریکہ')).map((r) => r.id)).toEqual(['united-states']);
    const before = await timelineBefore('2025-01-01');
    expect(before.map((t) => `${t.date} ${t.id} ${t.step}`)).toEqual(['2005-10 cis-moa signed', '2023-08-01 cis-moa renewed']);
  });

  it('a failure halfway through an import leaves the previous dataset intact', async () => {
    await importDataset(miniDataset('1.0.0'), 'bundled');
    const next = miniDataset('2.0.0');
    next.actors.push({ ...next.actors[0], id: 'new-actor', name: 'New actor', aliases: [] });
    await expect(importDataset(next, 'imported', { beforeMarker: () => { throw new Error('power cut'); } })).rejects.toThrow('power cut');
    const meta = await currentMeta();
    expect(meta?.meta.version).toBe('1.0.0');
    expect((await readDataset())?.actors.map((a) => a.id).sort()).toEqual(['pakistan', 'ttp', 'united-states']);
  });

  it('an import that fails inside IndexedDB (a record that cannot be stored) changes nothing', async () => {
    await importDataset(miniDataset('1.0.0'), 'bundled');
    const broken: any = miniDataset('2.0.0');
    broken.actors.push({ name: 'no id' });
    await expect(importDataset(broken, 'imported')).rejects.toBeTruthy();
    expect((await currentMeta())?.meta.version).toBe('1.0.0');
    expect((await readDataset())?.actors).toHaveLength(3);
  });

  it('an import with a value IndexedDB cannot clone changes nothing', async () => {
    await importDataset(miniDataset('1.0.0'), 'bundled');
    const broken: any = miniDataset('2.0.0');
    broken.claims[0].explanation = () => 'not data';
    await expect(importDataset(broken, 'imported')).rejects.toBeTruthy();
    expect((await currentMeta())?.meta.version).toBe('1.0.0');
    expect(await readDataset()).toEqual(inIdOrder(miniDataset('1.0.0')));
  });

  it('reads records back in id order, one per id, as stores keyed by id did', async () => {
    const data = miniDataset();
    data.actors.reverse();
    data.actors.push({ ...data.actors[0], summary: 'The later copy.' });
    await importDataset(data, 'bundled');
    const actors = (await readDataset())?.actors ?? [];
    expect(actors.map((a) => a.id)).toEqual(['pakistan', 'ttp', 'united-states']);
    expect(actors.find((a) => a.id === data.actors[0].id)?.summary).toBe('The later copy.');
  });

  it('imports, updates and reverts never touch the reader’s data', async () => {
    await importDataset(miniDataset('1.0.0'), 'bundled');
    const before = await seedReaderData();
    await importDataset(miniDataset('2.0.0'), 'imported');
    await importDataset(miniDataset('1.0.0'), 'bundled');
    await expect(importDataset(miniDataset('3.0.0'), 'update', { beforeMarker: () => { throw new Error('x'); } })).rejects.toThrow();
    expect(await getSettings()).toEqual(before.settings);
    expect(await listHistory()).toEqual(before.history);
    expect(await listFeedback()).toEqual(before.feedback);
  });

  it('upgrading from an older dataset and an older schema version keeps reader data', async () => {
    const old: any = miniDataset('0.9.0');
    old.meta.schemaVersion = 0;
    await importDataset(old, 'bundled');
    const before = await seedReaderData();
    resetDatasetDbConnection();
    await importDataset(miniDataset('1.0.0'), 'bundled');
    expect((await currentMeta())?.meta).toMatchObject({ version: '1.0.0', schemaVersion: 1 });
    expect(await listHistory()).toEqual(before.history);
    expect(await getSettings()).toEqual(before.settings);
  });
});

describe('upgrading the database from version 1 (a store per kind)', () => {
  it('keeps the stored dataset, its origin and the reader’s data, and drops the old stores', async () => {
    const old = miniDataset('1.5.0');
    await writeVersion1(old, 'imported');
    const before = await seedReaderData();
    expect(await currentMeta()).toMatchObject({ complete: true, origin: 'imported', importedAt: '2026-01-01T00:00:00.000Z', meta: { version: '1.5.0' } });
    expect([...(await datasetDb()).objectStoreNames]).toEqual(['meta', 'tables']);
    expect(await readDataset()).toEqual(inIdOrder(old));
    expect((await findByAlias('Pakistani TALIBAN')).map((r) => r.id)).toEqual(['ttp']);
    expect((await timelineBefore('2025-01-01')).map((t) => `${t.date} ${t.id} ${t.step}`)).toEqual(['2005-10 cis-moa signed', '2023-08-01 cis-moa renewed']);
    expect(await listHistory()).toEqual(before.history);
    expect(await getSettings()).toEqual(before.settings);
    await importDataset(miniDataset('2.0.0'), 'bundled');
    expect((await currentMeta())?.meta.version).toBe('2.0.0');
  });

  it('timeline rows stay in date order where a date key sorts after a more precise one', async () => {
    const data = miniDataset();
    data.events.push({ ...data.events[0], id: 'october-talks', name: 'October talks', date: '2005-10-15' });
    const expected = ['2005-10 cis-moa', '2005-10-15 october-talks', '2023-08-01 cis-moa'];
    await writeVersion1(data, 'bundled');
    expect((await timelineBefore('2025-01-01')).map((t) => `${t.date} ${t.id}`)).toEqual(expected);
    await importDataset(data, 'bundled');
    expect((await timelineBefore('2025-01-01')).map((t) => `${t.date} ${t.id}`)).toEqual(expected);
  });

  it('an interrupted version 1 import stays unused', async () => {
    await writeVersion1(miniDataset(), 'bundled', false);
    expect(await currentMeta()).toBeUndefined();
    expect(await readDataset()).toBeUndefined();
  });

  it('a fresh import stores the same dataset, alias and timeline rows, in the same order, as version 1 did (bundled dataset)', async () => {
    const data = bundled();
    await writeVersion1(data, 'bundled');
    const migrated = { dataset: await readDataset(), ...(await tables()) };
    expect(migrated.aliases?.length).toBeGreaterThan(300);
    await importDataset(data, 'bundled');
    expect({ dataset: await readDataset(), ...(await tables()) }).toEqual(migrated);
    expect(migrated.dataset).toEqual(inIdOrder(data));
  });
});

describe('reader store', () => {
  it('keeps one history entry per URL, newest first', async () => {
    await recordVisit({ url: 'https://a.com/1', headline: 'one', seenAt: '2026-01-01T00:00:00Z', entityIds: [] });
    await recordVisit({ url: 'https://a.com/2', headline: 'two', seenAt: '2026-01-02T00:00:00Z', entityIds: [] });
    await recordVisit({ url: 'https://a.com/1', headline: 'one again', seenAt: '2026-01-03T00:00:00Z', entityIds: [] });
    expect((await listHistory()).map((h) => h.headline)).toEqual(['one again', 'two']);
  });
});
