import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import '@/components/pages.css';
import { ask } from '@/utils/messaging';

async function tabId(): Promise<number> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No active tab.');
  return tab.id;
}

render(
  <PopupApp
    load={async () => ask('tab:status', { tabId: await tabId() })}
    onShow={async () => ask('tab:show-sidebar', { tabId: await tabId() })}
    onAnalyse={async () => {
      await ask('tab:analyse', { tabId: await tabId() });
      window.close();
    }}
    onSetDisabled={async (disabled) => {
      const { host } = await ask('tab:status', { tabId: await tabId() });
      await ask('site:set-disabled', { host, disabled });
    }}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
