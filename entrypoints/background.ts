import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen, tellTab } from '@/utils/messaging';
import type { ToBackground } from '@/utils/protocol';
import { checkForUpdate, checkForUpdateIfDue, datasetIndex, datasetStatus, ensureDataset, exportDatasetText, importDatasetText, revertToBundled } from '@/utils/background/dataset-service';
import { forgetTab, newSessionKey, saveTabState, sessionState, tabState } from '@/utils/background/tab-sessions';
import { addFeedback, clearHistory, getSettings, historySharing, listHistory, recordVisit, setSettings } from '@/utils/db/reader-db';
import { assembleSidebarData } from '@/utils/core/dataset-index';
import { checkFigures } from '@/utils/core/check-figures';
import { registerAddedSites } from '@/utils/background/added-sites';
import { urlNonArticleReason } from '@/utils/core/detect-article';
import { analyseText } from '@/utils/core/analyse-page';
import { applySensitivity } from '@/utils/core/apply-sensitivity';

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
};

/**
 * Sends a request to the engine in a tab; a tab without it (a page the first
 * look let go, or a site outside the list, reached through activeTab) gets the
 * engine injected first. The engine then analyses the page as asked.
 */
async function tellEngine(tabId: number, type: 'sidebar:toggle' | 'sidebar:show'): Promise<void> {
  const reached = await tellTab(tabId, type, undefined).then(() => true, () => false);
  if (reached) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['/engine.js'] });
  await tellTab(tabId, type, undefined);
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void ensureDataset().catch((e) => console.error('Backstory: dataset import failed:', e)));
  browser.runtime.onStartup?.addListener(() => void ensureDataset().catch((e) => console.error('Backstory: dataset import failed:', e)));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch((e) => console.warn('Backstory: could not forget a closed tab:', e)));
  void getSettings()
    .then(async (s) => {
      void checkForUpdateIfDue().catch(() => undefined);
      await registerAddedSites(s.addedSites);
    })
    .catch((e) => console.warn('Backstory: could not restore added sites:', e));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await tellEngine(tab.id, 'sidebar:toggle').catch(() => undefined);
  });

  listen<ToBackground>({
    'engine:load': async ({ url }, sender) => {
      if (sender.tabId === undefined) throw new Error('not from a tab');
      if (urlNonArticleReason(String(url))) return;
      await browser.scripting.executeScript({ target: { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] }, files: ['/engine.js'] });
    },
    'page:settings': async ({ host }) => {
      const s = await getSettings();
      return { disabled: s.disabledSites.includes(host) };
    },
    'page:analyse': async ({ page, force }, sender) => {
      if (sender.tabId === undefined) throw new Error('not from a tab');
      // the tab's earlier state is read alongside the dataset and the settings, not after the analysis
      const [index, s, prev] = await Promise.all([datasetIndex(), getSettings(), tabState(sender.tabId)]);
      const analysis = applySensitivity(analyseText(page, index.dictionary), s.sensitivity);
      // The tab's state is readable here at once (the sidebar asks for it next); the answer does not wait for storage.
      const saved = (state: Parameters<typeof saveTabState>[0]) => void saveTabState(state).catch((e) => console.warn('Backstory: could not keep the tab state:', e));
      if (!analysis.topic.relevant && !force) {
        saved({ tabId: sender.tabId, analysis, relevant: false });
        return { analysis, sidebar: null };
      }
      void checkForUpdateIfDue().catch(() => undefined);
      const session = prev?.session ?? newSessionKey();
      saved({ tabId: sender.tabId, analysis, relevant: true, session });
      const host = hostOf(analysis.article.url);
      // The history entry is written after the answer: the page's tab does not wait for it.
      if (s.keepHistory && analysis.topic.relevant)
        void recordVisit({ url: analysis.article.url, headline: analysis.article.headline, site: analysis.article.siteName ?? host, seenAt: new Date().toISOString(), published: analysis.article.published, entityIds: analysis.entities.map((e) => e.id) })
          .catch((e) => console.warn('Backstory: could not record the visit:', e));
      const states = [...index.states];
      return { analysis, sidebar: { session, open: s.openBySite[host] ?? s.openMode === 'open', highlights: s.highlights, states } };
    },
    'site:open-state': async ({ host, open }) => {
      const s = await getSettings();
      await setSettings({ openBySite: { ...s.openBySite, [host]: open } });
    },
    'record:summary': async ({ id }) => {
      const index = await datasetIndex();
      const n = index.named(id);
      return n ? { name: n.record.name, summary: n.record.summary, kind: n.kind } : null;
    },
    'sidebar:data': async ({ session }) => {
      const st = await sessionState(session);
      if (!st) throw new Error('This sidebar has expired: reload the page.');
      const [index, s] = await Promise.all([datasetIndex(), getSettings()]);
      const ids = st.analysis.entities.map((e) => e.id);
      const history = await historySharing(ids, st.analysis.article.url);
      return assembleSidebarData(index, st.analysis, history, checkFigures, { highlights: s.highlights });
    },
    'feedback:not-topic': async ({ session }) => {
      const st = await sessionState(session);
      if (!st) return;
      const a = st.analysis;
      await addFeedback({ kind: 'not-topic', url: a.article.url, headline: a.article.headline, at: new Date().toISOString(), score: a.topic.score, reasons: a.topic.reasons });
      await tellTab(st.tabId, 'page:forget', undefined);
    },
    'site:disable': async ({ session }) => {
      const st = await sessionState(session);
      if (!st) return;
      const s = await getSettings();
      const host = hostOf(st.analysis.article.url);
      if (!s.disabledSites.includes(host)) await setSettings({ disabledSites: [...s.disabledSites, host] });
      await tellTab(st.tabId, 'page:forget', undefined);
    },
    'sidebar:close': async ({ session }) => {
      const st = await sessionState(session);
      if (st) await tellTab(st.tabId, 'sidebar:hide', undefined);
    },
    'options:open': async () => {
      await browser.runtime.openOptionsPage();
    },
    'tab:status': async ({ tabId }) => {
      const [tab, st, s] = await Promise.all([browser.tabs.get(tabId), tabState(tabId), getSettings()]);
      const host = hostOf(tab.url);
      return { analysis: st?.analysis ?? null, disabled: s.disabledSites.includes(host), host };
    },
    'tab:show-sidebar': ({ tabId }) => tellEngine(tabId, 'sidebar:show'),
    // activeTab: the reader asked for this tab, so the engine may run on any site.
    'tab:analyse': ({ tabId }) => tellEngine(tabId, 'sidebar:show'),
    'site:set-disabled': async ({ host, disabled }) => {
      const s = await getSettings();
      const rest = s.disabledSites.filter((h) => h !== host);
      await setSettings({ disabledSites: disabled ? [...rest, host] : rest });
    },
    'settings:get': () => getSettings(),
    'settings:set': async (patch) => {
      const next = await setSettings(patch);
      if (patch.addedSites) await registerAddedSites(next.addedSites);
      return next;
    },
    'dataset:status': () => datasetStatus(),
    'dataset:import': ({ text }) => importDatasetText(text),
    'dataset:export': () => exportDatasetText(),
    'dataset:revert': () => revertToBundled(),
    'dataset:check-update': () => checkForUpdate(),
    'history:list': () => listHistory(),
    'history:export': async () => JSON.stringify(await listHistory(), null, 2),
    'history:clear': () => clearHistory(),
    'sites:added': async ({ host }) => {
      const s = await getSettings();
      const next = await setSettings({ addedSites: [...new Set([...s.addedSites, host])] });
      await registerAddedSites(next.addedSites);
      return next;
    },
    'sites:removed': async ({ host }) => {
      const s = await getSettings();
      const next = await setSettings({ addedSites: s.addedSites.filter((h) => h !== host) });
      await registerAddedSites(next.addedSites);
      return next;
    },
  });
});
