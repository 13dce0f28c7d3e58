import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentMeta, findByAlias, importDataset, readDataset, resetDatasetDbConnection, timelineBefore } from '../../../utils/db/dataset-db';
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

describe('reader store', () => {
  it('keeps one history entry per URL, newest first', async () => {
    await recordVisit({ url: 'https://a.com/1', headline: 'one', seenAt: '2026-01-01T00:00:00Z', entityIds: [] });
    await recordVisit({ url: 'https://a.com/2', headline: 'two', seenAt: '2026-01-02T00:00:00Z', entityIds: [] });
    await recordVisit({ url: 'https://a.com/1', headline: 'one again', seenAt: '2026-01-03T00:00:00Z', entityIds: [] });
    expect((await listHistory()).map((h) => h.headline)).toEqual(['one again', 'two']);
  });
});
