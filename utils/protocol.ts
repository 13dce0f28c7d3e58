/**
 * Every message between Backstory's contexts, one map per direction. Each
 * entry is [request, response]; every answer is a Result because errors do
 * not cross the messaging boundary. All values are JSON-serialisable.
 */
import type { Analysis } from './core/analysis';
import type { PageText } from './core/read-page';
import type { HistoryEntry, SidebarData } from './core/sidebar-data';
import type { DatasetMeta } from './core/schema';
import type { SchemaIssue } from './core/schema';

export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** The reader's settings, kept in the reader's own store. */
export interface Settings {
  /** How sure the engine must be before the sidebar appears. */
  sensitivity: 'strict' | 'normal' | 'broad';
  highlights: boolean;
  /** How the sidebar first appears on a relevant article. */
  openMode: 'collapsed' | 'open';
  /** Hosts where the reader turned Backstory off. */
  disabledSites: string[];
  /** Extra sites the reader added (hostnames), with host permission granted. */
  addedSites: string[];
  /** Open (true) or closed (false) per host, as the reader last left it. */
  openBySite: Record<string, boolean>;
  /** Optional dataset update URL (a manifest.json), off when empty. */
  updateUrl: string;
  autoUpdate: boolean;
  /** The last update check (ISO time and what it said), kept so checks run at most daily. */
  lastUpdateCheck?: { at: string; result: string };
  /** Whether to record articles in the local reading history. */
  keepHistory: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 'normal',
  highlights: true,
  openMode: 'collapsed',
  disabledSites: [],
  addedSites: [],
  openBySite: {},
  updateUrl: '',
  autoUpdate: false,
  keepHistory: true,
};

export interface DatasetStatus {
  meta: DatasetMeta;
  origin: 'bundled' | 'imported' | 'update';
  importedAt: string;
  bundledVersion: string;
  lastUpdateCheck?: { at: string; result: string };
}

/** Content script → background. */
export interface ContentToBackground {
  /**
   * The page's first look found Pakistan: inject the engine script (entrypoints/engine.ts) into the
   * sender's frame, unless the address (`url`, the frame's at the time) is a front, tag, search or
   * video page, in which case nothing is injected.
   */
  'engine:load': [{ url: string }, void];
  /**
   * The page as the engine read it (readPage): the background matches, scores and checks it with the
   * dataset it holds, applies the reader's sensitivity and keeps the analysis for the popup. When it is
   * relevant, or `force` (the reader asked), it also opens a sidebar session and records the visit;
   * `sidebar` is null otherwise.
   */
  'page:analyse': [
    { page: PageText; force: boolean },
    { analysis: Analysis; sidebar: { session: string; open: boolean; highlights: boolean; /** Ids of the states (Pakistan, the United States…): too common to highlight. */ states: string[] } | null },
  ];
  /** Whether Backstory is off on this host. Cheap: answered from memory. */
  'page:settings': [{ host: string }, { disabled: boolean }];
  /** The reader opened or closed the sidebar on this host. */
  'site:open-state': [{ host: string; open: boolean }, void];
  /** Hover cards: a named record's one-line summary. */
  'record:summary': [{ id: string }, { name: string; summary: string; kind: string } | null];
}

/** Sidebar page (extension origin, in the page's iframe) → background. */
export interface SidebarToBackground {
  'sidebar:data': [{ session: string }, SidebarData];
  /** "Not about this topic": stored as local feedback; the sidebar closes. */
  'feedback:not-topic': [{ session: string }, void];
  /** "Turn off on this site". */
  'site:disable': [{ session: string }, void];
  'sidebar:close': [{ session: string }, void];
  'options:open': [void, void];
}

/** Popup → background. */
export interface PopupToBackground {
  'tab:status': [{ tabId: number }, { analysis: Analysis | null; disabled: boolean; host: string }];
  'tab:show-sidebar': [{ tabId: number }, void];
  'tab:analyse': [{ tabId: number }, void];
  'site:set-disabled': [{ host: string; disabled: boolean }, void];
}

/** Options page → background. */
export interface OptionsToBackground {
  'settings:get': [void, Settings];
  'settings:set': [Partial<Settings>, Settings];
  'dataset:status': [void, DatasetStatus];
  /** Import a dataset file's text: validated with the schema; a rejected file changes nothing. */
  'dataset:import': [{ text: string }, Result<DatasetStatus, SchemaIssue[]>];
  'dataset:export': [void, string];
  'dataset:revert': [void, DatasetStatus];
  'dataset:check-update': [void, { updated: boolean; message: string }];
  'history:list': [void, HistoryEntry[]];
  'history:export': [void, string];
  'history:clear': [void, void];
  'sites:added': [{ host: string }, Settings];
  'sites:removed': [{ host: string }, Settings];
}

/** Background → content script (per tab). */
export interface BackgroundToContent {
  'sidebar:toggle': [void, void];
  'sidebar:show': [void, void];
  'sidebar:hide': [void, void];
  'page:forget': [void, void];
}

export type ToBackground = ContentToBackground & SidebarToBackground & PopupToBackground & OptionsToBackground;

export type Req<M, K extends keyof M> = M[K] extends [infer Q, unknown] ? Q : never;
export type Res<M, K extends keyof M> = M[K] extends [unknown, infer R] ? R : never;

/** The wire format of one message. */
export interface Envelope<K extends string = string> {
  backstory: 1;
  type: K;
  payload: unknown;
}

export const envelope = <K extends string>(type: K, payload: unknown): Envelope<K> => ({ backstory: 1, type, payload });

export function isEnvelope(m: unknown): m is Envelope {
  return !!m && typeof m === 'object' && (m as Envelope).backstory === 1 && typeof (m as Envelope).type === 'string';
}
