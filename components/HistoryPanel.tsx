import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '@/utils/core/sidebar-data';
import type { Settings } from '@/utils/protocol';
import { download, type OptionsApi } from './options-api';

export interface HistoryPanelProps {
  api: OptionsApi;
  settings: Settings;
  onSettings(s: Settings): void;
}

const safeHref = (u: string) => (/^https?:\/\//i.test(u) ? u : undefined);

/** The reader's local history of articles where the sidebar appeared: view, export, clear. */
export function HistoryPanel({ api, settings, onSettings }: HistoryPanelProps) {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  useEffect(() => void api.listHistory().then(setEntries), []);
  return (
    <section aria-labelledby="hist-h">
      <h2 id="hist-h">Reading history</h2>
      <p class="bs-hint">Kept only in this browser, never sent anywhere. It powers “You read before”.</p>
      <label class="bs-check">
        <input type="checkbox" checked={settings.keepHistory} onChange={async (e) => onSettings(await api.setSettings({ keepHistory: e.currentTarget.checked }))} />
        Keep a reading history
      </label>
      <div class="bs-actions">
        <button type="button" disabled={!entries.length} onClick={async () => download('backstory-history.json', await api.exportHistory())}>Export history</button>
        <button type="button" disabled={!entries.length} onClick={async () => {
          if (!confirm(`Delete all ${entries.length} entries of your reading history?`)) return;
          await api.clearHistory();
          setEntries([]);
        }}>Clear history</button>
      </div>
      {entries.length === 0 ? <p>No articles yet.</p> : (
        <ol class="bs-history" data-testid="history-list">
          {entries.slice(0, 200).map((h) => (
            <li key={h.url}>
              {safeHref(h.url) ? <a href={safeHref(h.url)} target="_blank" rel="noopener noreferrer" dir="auto">{h.headline}</a> : <span dir="auto">{h.headline}</span>}
              <span class="bs-meta"> — {h.site ?? ''}, {h.seenAt.slice(0, 10)}, {h.entityIds.length} names</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
