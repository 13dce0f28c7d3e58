import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import '@/components/pages.css';
import { ask } from '@/utils/messaging';
import { NEWS_SITES, matchPatternsFor } from '@/utils/core/news-sites';
import type { OptionsApi } from '@/components/options-api';

const api: OptionsApi = {
  getSettings: () => ask('settings:get', undefined),
  setSettings: (patch) => ask('settings:set', patch),
  datasetStatus: () => ask('dataset:status', undefined),
  importDataset: (text) => ask('dataset:import', { text }),
  exportDataset: () => ask('dataset:export', undefined),
  revertDataset: () => ask('dataset:revert', undefined),
  checkUpdate: () => ask('dataset:check-update', undefined),
  listHistory: () => ask('history:list', undefined),
  exportHistory: () => ask('history:export', undefined),
  clearHistory: () => ask('history:clear', undefined),
  async addSite(host) {
    const granted = await browser.permissions.request({ origins: matchPatternsFor(host) });
    if (!granted) throw new Error(`Permission for ${host} was not granted, so Backstory cannot run there.`);
    return ask('sites:added', { host });
  },
  async removeSite(host) {
    await browser.permissions.remove({ origins: matchPatternsFor(host) }).catch(() => false);
    return ask('sites:removed', { host });
  },
  defaultSites: NEWS_SITES.map(({ domain, name }) => ({ domain, name })),
};

render(<OptionsApp api={api} />, document.getElementById('app')!);
