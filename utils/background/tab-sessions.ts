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
const memory = new Map<string, unknown>();

async function get<T>(key: string): Promise<T | undefined> {
  const s = area();
  if (!s) return memory.get(key) as T | undefined;
  return (await s.get(key))[key] as T | undefined;
}
/** Writes the entries in one storage call. */
async function set(entries: Record<string, unknown>): Promise<void> {
  const s = area();
  if (!s) for (const [key, value] of Object.entries(entries)) memory.set(key, value);
  else await s.set(entries);
}
async function remove(key: string): Promise<void> {
  const s = area();
  if (!s) memory.delete(key);
  else await s.remove(key);
}

export const tabState = (tabId: number) => get<TabState>(`tab:${tabId}`);

export async function saveTabState(state: TabState): Promise<void> {
  const entries: Record<string, unknown> = { [`tab:${state.tabId}`]: state };
  if (state.session) entries[`session:${state.session}`] = state.tabId;
  await set(entries);
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
