import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '../../../utils/core/analysis';

type Sessions = typeof import('../../../utils/background/tab-sessions');
/** A fresh copy of the module: what a restarted service worker starts with (storage.session survives, memory does not). */
async function worker(): Promise<Sessions> {
  vi.resetModules();
  return import('../../../utils/background/tab-sessions');
}
const analysis = (headline: string) => ({ article: { headline } }) as unknown as Analysis;
const session = () => (fakeBrowser.storage as unknown as { session: typeof fakeBrowser.storage.local }).session;

describe('tab sessions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('serves a saved state at once, before storage has it, and a restarted worker finds it in storage', async () => {
    const area = session();
    let release!: () => void;
    const stored = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementationOnce(async (items) => {
      await new Promise<void>((r) => (release = r));
      return stored(items);
    });
    const w = await worker();
    const saving = w.saveTabState({ tabId: 3, analysis: analysis('A'), relevant: true, session: 's1' });
    // the write is held back: the state is read from this worker's memory
    expect((await w.sessionState('s1'))?.analysis.article.headline).toBe('A');
    expect(await area.get('tab:3')).toEqual({});
    release();
    await saving;
    expect(((await area.get('tab:3'))['tab:3'] as { relevant: boolean }).relevant).toBe(true);
    const restarted = await worker();
    expect((await restarted.sessionState('s1'))?.tabId).toBe(3);
  });

  it('forgets a closed tab in memory and in storage, in the order asked, even while its save is still being written', async () => {
    const w = await worker();
    const saving = w.saveTabState({ tabId: 4, analysis: analysis('B'), relevant: true, session: 's2' });
    const forgetting = w.forgetTab(4);
    await Promise.all([saving, forgetting]);
    expect(await w.sessionState('s2')).toBeUndefined();
    expect(await w.tabState(4)).toBeUndefined();
    expect(await session().get(['tab:4', 'session:s2'])).toEqual({});
    expect(await (await worker()).sessionState('s2')).toBeUndefined();
  });

  it('keeps serving the state when storage refuses it, and reports the failure to the caller', async () => {
    vi.spyOn(session(), 'set').mockRejectedValueOnce(new Error('quota exceeded'));
    const w = await worker();
    await expect(w.saveTabState({ tabId: 5, analysis: analysis('C'), relevant: true, session: 's3' })).rejects.toThrow('quota exceeded');
    expect((await w.sessionState('s3'))?.analysis.article.headline).toBe('C');
    // a later write goes through: one failure does not stop the queue
    await w.saveTabState({ tabId: 6, analysis: analysis('D'), relevant: false });
    expect(Object.keys(await session().get('tab:6'))).toEqual(['tab:6']);
  });

  it('a session key answers only for the tab that holds it now', async () => {
    const w = await worker();
    await w.saveTabState({ tabId: 7, analysis: analysis('E'), relevant: true, session: 'old' });
    await w.saveTabState({ tabId: 7, analysis: analysis('F'), relevant: true, session: 'new' });
    expect(await w.sessionState('old')).toBeUndefined();
    expect((await w.sessionState('new'))?.analysis.article.headline).toBe('F');
  });
});
