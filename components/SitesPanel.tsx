import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/protocol';
import type { OptionsApi } from './options-api';

export interface SitesPanelProps {
  api: OptionsApi;
  settings: Settings;
  onSettings(s: Settings): void;
}

/** Parses what a reader types ("www.example.com", "https://example.com/x") into a hostname. */
export function parseHost(input: string): string | undefined {
  const t = input.trim().toLowerCase();
  if (!t) return undefined;
  try {
    const h = new URL(/^[a-z]+:\/\//.test(t) ? t : `https://${t}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h) ? h : undefined;
  } catch {
    return undefined;
  }
}

/** Default news sites, sites the reader added, and sites the reader turned off. */
export function SitesPanel({ api, settings, onSettings }: SitesPanelProps) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <form class="bs-row" onSubmit={async (e) => {
        e.preventDefault();
        const host = parseHost(input);
        if (!host) return setMessage('Enter a site such as example.com.');
        try {
          onSettings(await api.addSite(host));
          setInput('');
          setMessage(`Backstory now runs on ${host}.`);
        } catch (err) {
          setMessage(err instanceof Error ? err.message : String(err));
        }
      }}>
        <label>Add a site <input value={input} placeholder="example.com" onInput={(e) => setInput(e.currentTarget.value)} /></label>
        <button type="submit">Add</button>
      </form>
      {message && <p role="status">{message}</p>}
      {settings.addedSites.length > 0 && (
        <>
          <h3>Added by you</h3>
          <ul class="bs-chips">
            {settings.addedSites.map((h) => (
              <li key={h}>{h} <button type="button" aria-label={`Remove ${h}`} onClick={async () => onSettings(await api.removeSite(h))}>Remove</button></li>
            ))}
          </ul>
        </>
      )}
      {settings.disabledSites.length > 0 && (
        <>
          <h3>Turned off</h3>
          <ul class="bs-chips">
            {settings.disabledSites.map((h) => (
              <li key={h}>{h} <button type="button" aria-label={`Turn Backstory back on for ${h}`} onClick={async () => onSettings(await api.setSettings({ disabledSites: settings.disabledSites.filter((x) => x !== h) }))}>Turn on</button></li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>Default news sites ({api.defaultSites.length})</summary>
        <ul class="bs-columns">{api.defaultSites.map((s) => <li key={s.domain}>{s.name} <span class="bs-meta">{s.domain}</span></li>)}</ul>
      </details>
    </section>
  );
}
