import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/core/analysis';

export interface PopupStatus {
  analysis: Analysis | null;
  disabled: boolean;
  host: string;
}

export interface PopupAppProps {
  load(): Promise<PopupStatus>;
  onShow(): Promise<void>;
  onAnalyse(): Promise<void>;
  onSetDisabled(disabled: boolean): Promise<void>;
  onOpenOptions(): void;
}

/** The toolbar popup: this tab's status and the reader's actions on it. */
export function PopupApp({ load, onShow, onAnalyse, onSetDisabled, onOpenOptions }: PopupAppProps) {
  const [status, setStatus] = useState<PopupStatus | undefined>();
  const [error, setError] = useState('');
  const refresh = () => load().then(setStatus, (e: Error) => setError(e.message));
  useEffect(() => void refresh(), []);
  const act = (f: () => Promise<void>) => () => f().then(refresh, (e: Error) => setError(e.message));
  const a = status?.analysis;
  return (
    <main class="bs-page bs-popup">
      <h1>Backstory</h1>
      {!status && !error && <p role="status">Checking this tab…</p>}
      {error && <p role="alert" class="bs-error">{error}</p>}
      {status && (
        <>
          <p data-testid="popup-status" class={a?.topic.relevant ? 'bs-ok' : ''}>
            {status.disabled
              ? `Backstory is off on ${status.host}.`
              : !a
                ? 'Not analysed: this page is not a Pakistan–US security article on a followed site, or has not loaded yet.'
                : a.topic.relevant
                  ? `Relevant (score ${a.topic.score.toFixed(1)}).`
                  : `Not about Pakistan–US security (score ${a.topic.score.toFixed(1)} of ${a.topic.threshold}).`}
          </p>
          {a && a.topic.reasons.length > 0 && (
            <ul class="bs-reasons">{a.topic.reasons.slice(0, 3).map((r) => <li key={r}>{r}</li>)}</ul>
          )}
          <div class="bs-actions">
            {a?.topic.relevant && <button type="button" onClick={act(onShow)}>Show sidebar</button>}
            <button type="button" onClick={act(onAnalyse)}>Analyse this page</button>
            {status.host && (
              <button type="button" onClick={act(() => onSetDisabled(!status.disabled))}>
                {status.disabled ? `Turn on for ${status.host}` : 'Turn off on this site'}
              </button>
            )}
            <button type="button" class="bs-link" onClick={onOpenOptions}>Options</button>
          </div>
        </>
      )}
    </main>
  );
}
