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
/** Holds storage.session's next write back until the returned function is called. */
function holdNextWrite(): () => void {
  const area = session();
  const stored = area.set.bind(area);
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  vi.spyOn(area, 'set').mockImplementationOnce(async (items) => {
    await held;
    return stored(items);
  });
  return () => release();
}
const stored = async (key: string) => (await session().get(key))[key];

describe('tab sessions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('serves a saved state at once, before storage has it, and a restarted worker finds it in storage', async () => {
    const release = holdNextWrite();
    const w = await worker();
    const saving = w.saveTabState({ tabId: 3, analysis: analysis('A'), relevant: true, session: 's1' });
    // the write is held back: the state is read from this worker's memory
    expect((await w.sessionState('s1'))?.analysis.article.headline).toBe('A');
    expect(await stored('tab:3')).toBeUndefined();
    release();
    await saving;
    expect(await stored('tab:3')).toMatchObject({ relevant: true, session: 's1' });
    const restarted = await worker();
    expect((await restarted.sessionState('s1'))?.tabId).toBe(3);
  });

  it('forgets a closed tab while its save is still being written: reads see it gone at once, and storage ends without it', async () => {
    const release = holdNextWrite();
    const w = await worker();
    const saving = w.saveTabState({ tabId: 4, analysis: analysis('B'), relevant: true, session: 's2' });
    const forgetting = w.forgetTab(4);
    expect(await w.sessionState('s2')).toBeUndefined();
    expect(await w.tabState(4)).toBeUndefined();
    release();
    await Promise.all([saving, forgetting]);
    // the removal went to storage after the held write, not before it
    expect(await stored('tab:4')).toBeUndefined();
    expect(await stored('session:s2')).toBeUndefined();
    expect(await (await worker()).sessionState('s2')).toBeUndefined();
  });

  it('keeps serving the state when storage refuses it, reports the failure, and later writes still go through', async () => {
    vi.spyOn(session(), 'set').mockRejectedValueOnce(new Error('quota exceeded'));
    const w = await worker();
    await expect(w.saveTabState({ tabId: 5, analysis: analysis('C'), relevant: true, session: 's3' })).rejects.toThrow('quota exceeded');
    expect((await w.sessionState('s3'))?.analysis.article.headline).toBe('C');
    await w.saveTabState({ tabId: 6, analysis: analysis('D'), relevant: false });
    expect(await stored('tab:6')).toMatchObject({ tabId: 6, relevant: false });
  });

  it('drops the session key a tab no longer holds, in memory and in storage', async () => {
    const w = await worker();
    await w.saveTabState({ tabId: 7, analysis: analysis('E'), relevant: true, session: 'old' });
    // the page went off the topic (no session), then another article came with a new one
    await w.saveTabState({ tabId: 7, analysis: analysis('F'), relevant: false });
    await w.saveTabState({ tabId: 7, analysis: analysis('G'), relevant: true, session: 'new' });
    await w.forgetTab(99); // a storage round trip: the queued removal has landed
    expect(await w.sessionState('old')).toBeUndefined();
    expect(await stored('session:old')).toBeUndefined();
    expect((await w.sessionState('new'))?.analysis.article.headline).toBe('G');
  });

  it('reads a key this worker has not touched from storage (what an earlier worker left)', async () => {
    await session().set({ 'tab:8': { tabId: 8, analysis: analysis('H'), relevant: true, session: 's8' }, 'session:s8': 8 });
    const w = await worker();
    expect((await w.sessionState('s8'))?.analysis.article.headline).toBe('H');
  });
});
