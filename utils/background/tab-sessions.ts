/**
 * What the background remembers per tab: the last analysis (for the popup)
 * and the sidebar session key (for the sidebar iframe). Kept in
 * storage.session so an MV3 service-worker restart does not lose it, and
 * never written to disk.
 */
import { browser } from 'wxt/browser';
import type { Analysis } from '../core/analysis';

export interface TabState {
  tabId: number;
  analysis: Analysis;
  relevant: boolean;
  session?: string;
}

const area = () => (browser.storage as unknown as { session?: typeof browser.storage.local }).session;
/**
 * What this service worker has written or read, so a read right after a
 * write (the sidebar asking for its data just after the page's analysis)
 * needs no storage round trip and an answer need not wait for the write.
 * storage.session holds the same for a restarted worker.
 */
const memory = new Map<string, unknown>();
/** The storage writes and removals, one after another in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();
const enqueue = (op: () => Promise<unknown>): Promise<void> => {
  const next = queue.then(op);
  queue = next.catch(() => undefined);
  return next.then(() => undefined);
};

async function get<T>(key: string): Promise<T | undefined> {
  if (memory.has(key)) return memory.get(key) as T | undefined;
  const s = area();
  if (!s) return undefined;
  // what a restarted worker finds in storage, once the writes and removals asked for are done
  await queue;
  if (memory.has(key)) return memory.get(key) as T | undefined;
  return (await s.get(key))[key] as T | undefined;
}
/** Writes the entries: in memory at once, to storage in one call (the promise settles when stored). */
function set(entries: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(entries)) memory.set(key, value);
  const s = area();
  return s ? enqueue(() => s.set(entries)) : Promise.resolve();
}
function remove(key: string): Promise<void> {
  memory.delete(key);
  const s = area();
  return s ? enqueue(() => s.remove(key)) : Promise.resolve();
}

export const tabState = (tabId: number) => get<TabState>(`tab:${tabId}`);

/**
 * Saves a tab's state. Reads in this worker see it at once; the promise
 * settles when storage.session has it too.
 */
export function saveTabState(state: TabState): Promise<void> {
  const entries: Record<string, unknown> = { [`tab:${state.tabId}`]: state };
  if (state.session) entries[`session:${state.session}`] = state.tabId;
  return set(entries);
}

/** The tab a sidebar session belongs to, with its state. */
export async function sessionState(session: string): Promise<TabState | undefined> {
  const tabId = await get<number>(`session:${session}`);
  if (tabId === undefined) return undefined;
  const st = await tabState(tabId);
  return st?.session === session ? st : undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  const st = await tabState(tabId);
  if (st?.session) await remove(`session:${st.session}`);
  await remove(`tab:${tabId}`);
}

export function newSessionKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}
