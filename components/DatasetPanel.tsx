import { useEffect, useState } from 'preact/hooks';
import type { DatasetStatus, Settings } from '@/utils/protocol';
import type { SchemaIssue } from '@/utils/core/schema';
import { download, type OptionsApi } from './options-api';

export interface DatasetPanelProps {
  api: OptionsApi;
  settings: Settings;
  onSettings(s: Settings): void;
}

/** The dataset in use: version, counts, import, export, revert and the optional update URL. */
export function DatasetPanel({ api, settings, onSettings }: DatasetPanelProps) {
  const [status, setStatus] = useState<DatasetStatus | undefined>();
  const [message, setMessage] = useState('');
  const [issues, setIssues] = useState<SchemaIssue[]>([]);
  const [url, setUrl] = useState(settings.updateUrl);
  useEffect(() => void api.datasetStatus().then(setStatus, (e: Error) => setMessage(e.message)), []);

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setIssues([]);
    const r = await api.importDataset(await file.text());
    if (r.ok) {
      setStatus(r.value);
      setMessage(`Imported ${file.name}: dataset ${r.value.meta.version}.`);
    } else {
      setIssues(r.error);
      setMessage(`${file.name} was refused (${r.error.length} problem${r.error.length === 1 ? '' : 's'}). The current dataset is unchanged.`);
    }
  };

  return (
    <section aria-labelledby="ds-h">
      <h2 id="ds-h">Dataset</h2>
      {status && (
        <dl class="bs-dl" data-testid="dataset-status">
          <dt>Version</dt><dd data-testid="options-dataset-version">{status.meta.version} ({status.origin}), released {status.meta.released}</dd>
          <dt>Records</dt><dd>{Object.entries(status.meta.counts).map(([k, n]) => `${n} ${k}`).join(', ')}</dd>
          <dt>Bundled with this version</dt><dd>{status.bundledVersion}</dd>
          <dt>Content hash</dt><dd><code>{status.meta.hash.slice(0, 23)}…</code></dd>
        </dl>
      )}
      <div class="bs-actions">
        <label class="bs-file">
          Import dataset file
          <input type="file" accept="application/json,.json" data-testid="import-file" onChange={onFile} />
        </label>
        <button type="button" onClick={async () => download(`backstory-dataset-${status?.meta.version ?? 'current'}.json`, await api.exportDataset())}>Export dataset</button>
        <button type="button" onClick={async () => {
          const s = await api.revertDataset();
          setStatus(s);
          setIssues([]);
          setMessage(`Reverted to the bundled dataset ${s.meta.version}.`);
        }}>Revert to bundled dataset</button>
      </div>
      {message && <p role="status" data-testid="dataset-message">{message}</p>}
      {issues.length > 0 && (
        <ul class="bs-issues" data-testid="dataset-issues">
          {issues.slice(0, 50).map((i, n) => <li key={n}><code>{i.path}</code>: {i.message}</li>)}
          {issues.length > 50 && <li>…and {issues.length - 50} more</li>}
        </ul>
      )}
      <h3>Updates from a URL</h3>
      <p class="bs-hint">Off unless you set one. Backstory fetches the manifest, checks the file's sha256 against it, and accepts only a newer version; anything else leaves your dataset as it is.</p>
      <form class="bs-row" onSubmit={async (e) => {
        e.preventDefault();
        onSettings(await api.setSettings({ updateUrl: url.trim() }));
        setMessage(url.trim() ? 'Update URL saved.' : 'Update URL removed.');
      }}>
        <label>Manifest URL <input type="url" value={url} placeholder="https://…/manifest.json" onInput={(e) => setUrl(e.currentTarget.value)} /></label>
        <button type="submit">Save</button>
      </form>
      <label class="bs-check">
        <input type="checkbox" checked={settings.autoUpdate} disabled={!settings.updateUrl} onChange={async (e) => onSettings(await api.setSettings({ autoUpdate: e.currentTarget.checked }))} />
        Check once a day
      </label>
      <button type="button" disabled={!settings.updateUrl} onClick={async () => {
        const r = await api.checkUpdate();
        setMessage(r.message);
        if (r.updated) setStatus(await api.datasetStatus());
      }}>Check now</button>
    </section>
  );
}
