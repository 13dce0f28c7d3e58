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
 * Every key this service worker has written or removed, with its value
 * (REMOVED for a removal not yet in storage), so a read right after a write
 * (the sidebar asking for its data just after the page's analysis) needs no
 * storage round trip and an answer need not wait for the write. A key it has
 * not touched is read from storage.session, which holds the same for a
 * restarted worker.
 */
const memory = new Map<string, unknown>();
const REMOVED: unique symbol = Symbol('removed');
/** The storage writes and removals, one after another in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();
const enqueue = (op: () => Promise<unknown>): Promise<void> => {
  const next = queue.then(op);
  queue = next.catch(() => undefined);
  return next.then(() => undefined);
};

/** What this worker holds for the key: undefined when it has not touched it, `{ value: undefined }` after a removal. */
function held<T>(key: string): { value: T | undefined } | undefined {
  if (!memory.has(key)) return undefined;
  const v = memory.get(key);
  return { value: v === REMOVED ? undefined : (v as T) };
}

async function get<T>(key: string): Promise<T | undefined> {
  const h = held<T>(key);
  if (h) return h.value;
  const s = area();
  return s ? ((await s.get(key))[key] as T | undefined) : undefined;
}
/** Writes the entries: in memory at once, to storage in one call (the promise settles when stored). */
function set(entries: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(entries)) memory.set(key, value);
  const s = area();
  return s ? enqueue(() => s.set(entries)) : Promise.resolve();
}
function remove(key: string): Promise<void> {
  const s = area();
  if (!s) {
    memory.delete(key);
    return Promise.resolve();
  }
  memory.set(key, REMOVED);
  // once storage has the removal, and nothing was written to the key meanwhile, the marker is not needed
  return enqueue(() => s.remove(key)).finally(() => {
    if (memory.get(key) === REMOVED) memory.delete(key);
  });
}

export const tabState = (tabId: number) => get<TabState>(`tab:${tabId}`);

/**
 * Saves a tab's state. Reads in this worker see it at once; the promise
 * settles when storage.session has it too.
 */
export function saveTabState(state: TabState): Promise<void> {
  const key = `tab:${state.tabId}`;
  // a session the tab no longer holds (its page went off the topic, then a new one came) is dropped
  const old = held<TabState>(key)?.value?.session;
  if (old && old !== state.session) void remove(`session:${old}`).catch(() => undefined);
  const entries: Record<string, unknown> = { [key]: state };
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

/** Forgets a closed tab; when this worker holds its state, reads see it gone at once. */
export async function forgetTab(tabId: number): Promise<void> {
  const key = `tab:${tabId}`;
  const h = held<TabState>(key);
  const st = h ? h.value : await get<TabState>(key);
  await Promise.all([st?.session ? remove(`session:${st.session}`) : undefined, remove(key)]);
}

export function newSessionKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}
