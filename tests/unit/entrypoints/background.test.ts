import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope } from '../../../utils/protocol';
import { resetDatasetDbConnection } from '../../../utils/db/dataset-db';
import { resetReaderDbConnection } from '../../../utils/db/reader-db';
import { analysedText, type PageText } from '../../../utils/core/read-page';

const bundledText = readFileSync(path.resolve(import.meta.dirname, '../../../public/dataset.json'), 'utf8');
const bundled = JSON.parse(bundledText);

async function send(type: string, payload: unknown, tabId?: number): Promise<any> {
  const results: any[] = await (fakeBrowser.runtime.onMessage as any).trigger(envelope(type, payload), tabId === undefined ? {} : { tab: { id: tabId } });
  return results.find((r) => !!r);
}

/** A page as the engine reads it in the page (readPage), with its text built the same way. */
function pageText(headline: string, paragraphs: string[]): PageText {
  return {
    article: { isArticle: true, articleSignals: ['JSON-LD NewsArticle'], url: 'https://www.dawn.com/news/1', headline, published: '2025-08-13', lang: 'en', dir: 'ltr', words: 120 },
    ...analysedText(headline, paragraphs),
    ms: 2,
  };
}
const relevantPage = pageText('Pakistan, US hold counterterrorism dialogue', [
  'ISLAMABAD: Pakistan and the United States held their counterterrorism dialogue on Tuesday, pledging deeper intelligence sharing against the TTP and border security cooperation.',
  'Officials discussed military aid and the threat from militant groups along the Afghan frontier.',
]);
const tradePage = pageText('Pakistan, US sign trade deal', ['Pakistan and the United States agreed to cut tariffs on textile exports and boost bilateral trade and investment.']);

describe('background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    resetDatasetDbConnection();
    resetReaderDbConnection();
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bundledText)));
    // APIs the fake browser does not implement: the background only registers listeners on them.
    Object.assign((fakeBrowser as any).commands.onCommand, { addListener: vi.fn() });
    Object.assign((fakeBrowser as any).scripting, { getRegisteredContentScripts: vi.fn(async () => []), registerContentScripts: vi.fn(), unregisterContentScripts: vi.fn() });
    vi.resetModules();
    const bg = (await import('../../../entrypoints/background')).default as unknown as { main(): void };
    bg.main();
  });

  it('analyses a page as read in the page, with the bundled dataset, and opens a sidebar session for a relevant one', async () => {
    const rel = await send('page:analyse', { page: relevantPage, force: false }, 7);
    expect(rel.ok).toBe(true);
    expect(rel.value.analysis.topic.relevant).toBe(true);
    expect(rel.value.analysis.entities.map((e: any) => e.id)).toContain('ttp');
    expect(rel.value.sidebar.states).toEqual(expect.arrayContaining(['pakistan', 'united-states']));
    const data = await send('sidebar:data', { session: rel.value.sidebar.session });
    expect(data.value.analysis.article.headline).toBe(relevantPage.article.headline);
    expect(data.value.named.map((n: any) => n.record.id)).toContain('ttp');
    expect(data.value.dataset.version).toBe(bundled.meta.version);
    const history = await send('history:list', undefined);
    expect(history.value.map((h: any) => h.url)).toEqual(['https://www.dawn.com/news/1']);
  });

  it('answers an irrelevant page with its analysis and no sidebar, records nothing, and opens one when the reader asks', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.dawn.com/news/1' });
    const r = await send('page:analyse', { page: tradePage, force: false }, tab.id);
    expect(r.value.analysis.topic.relevant).toBe(false);
    expect(r.value.sidebar).toBeNull();
    expect((await send('tab:status', { tabId: tab.id })).value.analysis.topic.relevant).toBe(false);
    const forced = await send('page:analyse', { page: tradePage, force: true }, tab.id);
    expect(typeof forced.value.sidebar.session).toBe('string');
    expect((await send('history:list', undefined)).value).toEqual([]);
  });

  it('keeps a tab\'s sidebar session across analyses of the same tab (a single-page site\'s next article)', async () => {
    const first = (await send('page:analyse', { page: relevantPage, force: false }, 11)).value.sidebar.session;
    const second = (await send('page:analyse', { page: relevantPage, force: false }, 11)).value.sidebar.session;
    expect(second).toBe(first);
    expect((await send('sidebar:data', { session: second })).ok).toBe(true);
    expect((await send('page:analyse', { page: relevantPage, force: false }, 12)).value.sidebar.session).not.toBe(first);
  });

  it('applies the reader\'s sensitivity', async () => {
    const normal = (await send('page:analyse', { page: relevantPage, force: false }, 9)).value.analysis.topic;
    await send('settings:set', { sensitivity: 'strict' });
    const strict = (await send('page:analyse', { page: relevantPage, force: false }, 9)).value.analysis.topic;
    expect(strict.threshold).toBeGreaterThan(normal.threshold);
  });

  it('refuses an unknown session with a clear error', async () => {
    const r = await send('sidebar:data', { session: 'nope' });
    expect(r).toEqual({ ok: false, error: 'This sidebar has expired: reload the page.' });
  });

  it('refuses a broken dataset file with paths and keeps serving the old one', async () => {
    await send('dataset:status', undefined);
    const broken = JSON.parse(bundledText);
    broken.meta.version = '9.0.0';
    broken.agreements[0].dates[0].date = 'Aug 2023';
    const r = await send('dataset:import', { text: JSON.stringify(broken) });
    expect(r.ok).toBe(true);
    expect(r.value.ok).toBe(false);
    expect(r.value.error[0]).toEqual({ path: 'agreements[0].dates[0].date', message: 'expected YYYY-MM-DD, got "Aug 2023"' });
    expect((await send('dataset:status', undefined)).value.meta.version).toBe(bundled.meta.version);
    const notJson = await send('dataset:import', { text: '{oops' });
    expect(notJson.value.error[0].path).toBe('(file)');
  });

  it('imports a valid newer file, then reverts to the bundled one, keeping settings and history', async () => {
    await send('settings:set', { highlights: false });
    await send('page:analyse', { page: relevantPage, force: false }, 3);
    const next = JSON.parse(bundledText);
    next.meta.version = '1.1.0';
    next.actors.push({ id: 'test-actor', name: 'Test Actor Unique', aliases: [], type: 'person', country: 'US', roles: [], summary: 'Added for a test.', sources: [next.sources[0].id] });
    const r = await send('dataset:import', { text: JSON.stringify(next) });
    expect(r.value.ok).toBe(true);
    expect(r.value.value.meta.version).toBe('1.1.0');
    expect((await send('record:summary', { id: 'test-actor' })).value.name).toBe('Test Actor Unique');
    const reverted = await send('dataset:revert', undefined);
    expect(reverted.value.meta.version).toBe(bundled.meta.version);
    expect((await send('record:summary', { id: 'test-actor' })).value).toBeNull();
    expect((await send('settings:get', undefined)).value.highlights).toBe(false);
    expect((await send('history:list', undefined)).value).toHaveLength(1);
  });

  it('refuses an update whose sha256 does not match its manifest, and keeps the dataset', async () => {
    await send('dataset:status', undefined);
    await send('settings:set', { updateUrl: 'https://updates.example.org/manifest.json' });
    const newer = JSON.parse(bundledText);
    newer.meta.version = '2.0.0';
    vi.stubGlobal('fetch', vi.fn(async (u: URL | string) => String(u).endsWith('manifest.json')
      ? new Response(JSON.stringify({ version: '2.0.0', released: '2026-11-21', sha256: '0'.repeat(64) }))
      : new Response(JSON.stringify(newer))));
    const r = await send('dataset:check-update', undefined);
    expect(r.value.updated).toBe(false);
    expect(r.value.message).toMatch(/^Update refused: the file's sha256 \([0-9a-f]{12}…\) does not match the manifest \(000000000000…\)\. The current dataset stays in place\.$/);
    expect((await send('dataset:status', undefined)).value.meta.version).toBe(bundled.meta.version);
  });
});

describe('daily update check', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    resetDatasetDbConnection();
    resetReaderDbConnection();
  });
  it('runs only when automatic updates are on and the last check is a day old', async () => {
    const { checkForUpdateIfDue } = await import('../../../utils/background/dataset-service');
    const { setSettings } = await import('../../../utils/db/reader-db');
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ version: '0.0.1', released: '2026-01-01', sha256: '0' })));
    vi.stubGlobal('fetch', fetchMock);
    const now = Date.parse('2026-11-21T12:00:00Z');
    await setSettings({ updateUrl: 'https://updates.example.org/manifest.json', autoUpdate: false });
    await checkForUpdateIfDue(now);
    expect(fetchMock).not.toHaveBeenCalled();
    await setSettings({ autoUpdate: true, lastUpdateCheck: { at: '2026-11-21T02:00:00Z', result: 'ok' } });
    await checkForUpdateIfDue(now);
    expect(fetchMock).not.toHaveBeenCalled();
    await setSettings({ lastUpdateCheck: { at: '2026-11-20T11:00:00Z', result: 'ok' } });
    await checkForUpdateIfDue(now).catch(() => undefined);
    expect(fetchMock).toHaveBeenCalledWith(new URL('https://updates.example.org/manifest.json'), expect.objectContaining({ credentials: 'omit' }));
  });
});
