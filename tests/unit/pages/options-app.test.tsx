// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { PopupApp } from '../../../components/PopupApp';
import { parseHost } from '../../../components/SitesPanel';
import type { OptionsApi } from '../../../components/options-api';
import { DEFAULT_SETTINGS, type DatasetStatus, type Settings } from '../../../utils/protocol';
import { axeViolations } from '../components/helpers';

afterEach(cleanup);

const status: DatasetStatus = {
  meta: { version: '1.0.0', released: '2026-11-21', schemaVersion: 1, counts: { sources: 1, agreements: 2, events: 3, actors: 4, series: 5, claims: 6 }, hash: `sha256-${'a'.repeat(64)}` },
  origin: 'bundled',
  importedAt: '2026-11-21T00:00:00Z',
  bundledVersion: '1.0.0',
};

function fakeApi(over: Partial<OptionsApi> = {}): OptionsApi {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  return {
    getSettings: async () => settings,
    setSettings: async (p) => (settings = { ...settings, ...p }),
    datasetStatus: async () => status,
    importDataset: async () => ({ ok: true, value: status }),
    exportDataset: async () => '{}',
    revertDataset: async () => status,
    checkUpdate: async () => ({ updated: false, message: 'No update URL is set.' }),
    listHistory: async () => [{ url: 'https://www.dawn.com/news/1', headline: 'Talks', seenAt: '2026-11-20T10:00:00Z', entityIds: ['ttp'] }],
    exportHistory: async () => '[]',
    clearHistory: async () => undefined,
    addSite: async (host) => (settings = { ...settings, addedSites: [...settings.addedSites, host] }),
    removeSite: async (host) => (settings = { ...settings, addedSites: settings.addedSites.filter((h) => h !== host) }),
    defaultSites: [{ domain: 'dawn.com', name: 'Dawn' }],
    ...over,
  };
}

describe('OptionsApp', () => {
  it('shows the dataset version and counts, and passes axe', async () => {
    const { container } = render(<OptionsApp api={fakeApi()} />);
    await screen.findByTestId('options-dataset-version');
    expect(screen.getByTestId('options-dataset-version').textContent).toContain('1.0.0 (bundled)');
    expect(container.textContent).toContain('4 actors');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('a refused import lists each problem with its path and says nothing changed', async () => {
    const importDataset = vi.fn(async () => ({ ok: false as const, error: [{ path: 'agreements[0].dates[1].date', message: 'expected YYYY-MM-DD, got "Aug 2023"' }] }));
    render(<OptionsApp api={fakeApi({ importDataset })} />);
    const input = (await screen.findByTestId('import-file')) as HTMLInputElement;
    const file = new File(['{"bad": true}'], 'broken.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('dataset-issues').textContent).toContain('agreements[0].dates[1].date: expected YYYY-MM-DD, got "Aug 2023"'));
    expect(screen.getByTestId('dataset-message').textContent).toBe('broken.json was refused (1 problem). The current dataset is unchanged.');
    expect(importDataset).toHaveBeenCalledWith('{"bad": true}');
  });

  it('adds a site typed as a URL', async () => {
    const api = fakeApi();
    const add = vi.spyOn(api, 'addSite');
    render(<OptionsApp api={api} />);
    const field = await screen.findByLabelText('Add a site');
    fireEvent.input(field, { target: { value: 'https://www.example.org/news' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(add).toHaveBeenCalledWith('example.org'));
    await screen.findByText('Backstory now runs on example.org.');
  });

  it('renders history headlines as text and links only http(s) URLs', async () => {
    const api = fakeApi({ listHistory: async () => [
      { url: 'javascript:alert(1)', headline: '<img src=x onerror=alert(1)>', seenAt: '2026-11-20T10:00:00Z', entityIds: [] },
    ] });
    const { container } = render(<OptionsApp api={api} />);
    await screen.findByTestId('history-list');
    expect(container.querySelector('[data-testid="history-list"] img')).toBeNull();
    expect(container.querySelector('[data-testid="history-list"] a')).toBeNull();
    expect(screen.getByTestId('history-list').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('parseHost', () => {
  it.each([
    ['example.com', 'example.com'],
    ['https://www.Example.com/path?q=1', 'example.com'],
    ['news.example.co.uk', 'news.example.co.uk'],
    ['not a host', undefined],
    ['localhost', undefined],
    ['', undefined],
  ])('%s → %s', (input, host) => expect(parseHost(input)).toBe(host));
});

describe('PopupApp', () => {
  const analysis = {
    article: { isArticle: true, articleSignals: [], url: 'https://www.dawn.com/news/1', headline: 'H', lang: 'en', dir: 'ltr' as const, words: 300 },
    topic: { relevant: true, score: 9.5, threshold: 5, reasons: ['headline names Pakistan and the United States', '9 counter-terrorism terms'] },
    entities: [], figures: [], ms: 2,
  };
  it('shows the status, reasons and actions, and passes axe', async () => {
    const onShow = vi.fn(async () => undefined);
    const { container } = render(<PopupApp load={async () => ({ analysis, disabled: false, host: 'www.dawn.com' })} onShow={onShow} onAnalyse={async () => undefined} onSetDisabled={async () => undefined} onOpenOptions={() => undefined} />);
    expect((await screen.findByTestId('popup-status')).textContent).toBe('Relevant (score 9.5).');
    expect(container.textContent).toContain('9 counter-terrorism terms');
    fireEvent.click(screen.getByText('Show sidebar'));
    await waitFor(() => expect(onShow).toHaveBeenCalled());
    expect(await axeViolations(container)).toEqual([]);
  });
  it('offers to turn a disabled site back on', async () => {
    render(<PopupApp load={async () => ({ analysis: null, disabled: true, host: 'www.dawn.com' })} onShow={async () => undefined} onAnalyse={async () => undefined} onSetDisabled={async () => undefined} onOpenOptions={() => undefined} />);
    expect((await screen.findByTestId('popup-status')).textContent).toBe('Backstory is off on www.dawn.com.');
    expect(screen.getByText('Turn on for www.dawn.com')).toBeTruthy();
  });
});
