import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/protocol';
import type { OptionsApi } from './options-api';
import { SitesPanel } from './SitesPanel';
import { DatasetPanel } from './DatasetPanel';
import { HistoryPanel } from './HistoryPanel';

export interface OptionsAppProps {
  api: OptionsApi;
}

/** The options page: sites, reading preferences, the dataset and the reading history. */
export function OptionsApp({ api }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState('');
  useEffect(() => void api.getSettings().then(setSettings, (e: Error) => setError(e.message)), []);
  if (error) return <main class="bs-page"><p role="alert">{error}</p></main>;
  if (!settings) return <main class="bs-page"><p role="status">Loading…</p></main>;
  const set = async (patch: Partial<Settings>) => setSettings(await api.setSettings(patch));
  return (
    <main class="bs-page bs-options">
      <h1>Backstory options</h1>
      <section aria-labelledby="reading-h">
        <h2 id="reading-h">Reading</h2>
        <fieldset>
          <legend>Sensitivity</legend>
          {([['strict', 'Strict: only articles clearly about Pakistan–US security'], ['normal', 'Normal'], ['broad', 'Broad: also articles that touch the topic']] as const).map(([v, label]) => (
            <label class="bs-check" key={v}>
              <input type="radio" name="sensitivity" value={v} checked={settings.sensitivity === v} onChange={() => void set({ sensitivity: v })} /> {label}
            </label>
          ))}
        </fieldset>
        <label class="bs-check">
          <input type="checkbox" checked={settings.highlights} onChange={(e) => void set({ highlights: e.currentTarget.checked })} /> Highlight names in the article
        </label>
        <fieldset>
          <legend>On a relevant article, the sidebar starts</legend>
          <label class="bs-check"><input type="radio" name="open" checked={settings.openMode === 'collapsed'} onChange={() => void set({ openMode: 'collapsed', openBySite: {} })} /> collapsed to a tab</label>
          <label class="bs-check"><input type="radio" name="open" checked={settings.openMode === 'open'} onChange={() => void set({ openMode: 'open', openBySite: {} })} /> open</label>
        </fieldset>
      </section>
      <SitesPanel api={api} settings={settings} onSettings={setSettings} />
      <DatasetPanel api={api} settings={settings} onSettings={setSettings} />
      <HistoryPanel api={api} settings={settings} onSettings={setSettings} />
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy</h2>
        <p>Backstory reads articles inside your browser. No article text, history or setting leaves it; the only network request it can make is the dataset update you configure above.</p>
      </section>
    </main>
  );
}
