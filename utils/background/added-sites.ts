/**
 * Sites the reader added in the options page: the content script is
 * registered for them once their optional host permission is granted.
 */
import { browser } from 'wxt/browser';
import { matchPatternsFor } from '../core/news-sites';

const ID = 'backstory-added-sites';

export async function registerAddedSites(hosts: string[]): Promise<void> {
  const scripting = browser.scripting as typeof browser.scripting | undefined;
  if (!scripting?.registerContentScripts) return;
  const patterns = hosts.flatMap(matchPatternsFor);
  const granted = patterns.length ? await browser.permissions.contains({ origins: patterns }).catch(() => false) : false;
  const registered = await scripting.getRegisteredContentScripts({ ids: [ID] }).catch(() => []);
  if (registered.length) await scripting.unregisterContentScripts({ ids: [ID] });
  if (!patterns.length || !granted) return;
  await scripting.registerContentScripts([{ id: ID, matches: patterns, js: ['/first-look.js'], runAt: 'document_idle' }]);
}
