/** What the options page needs from the background; injected so components test without a browser. */
import type { DatasetStatus, Result, Settings } from '@/utils/protocol';
import type { HistoryEntry } from '@/utils/core/sidebar-data';
import type { SchemaIssue } from '@/utils/core/schema';

export interface OptionsApi {
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  datasetStatus(): Promise<DatasetStatus>;
  importDataset(text: string): Promise<Result<DatasetStatus, SchemaIssue[]>>;
  exportDataset(): Promise<string>;
  revertDataset(): Promise<DatasetStatus>;
  checkUpdate(): Promise<{ updated: boolean; message: string }>;
  listHistory(): Promise<HistoryEntry[]>;
  exportHistory(): Promise<string>;
  clearHistory(): Promise<void>;
  /** Asks for host permission (must run in the click's user gesture) and registers the site. */
  addSite(host: string): Promise<Settings>;
  removeSite(host: string): Promise<Settings>;
  defaultSites: Array<{ domain: string; name: string }>;
}

/** Offers text as a file download. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
