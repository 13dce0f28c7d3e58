/**
 * What the engine script does once injected into a page: the full cheap check,
 * one analysis per content (single-page sites that swap articles get a new
 * one), the sidebar session, and the background's requests (toggle, show,
 * hide, forget). The first-look content script calls `run` on load and after
 * in-page navigation.
 */
import { browser } from 'wxt/browser';
import { contentKey } from '../core/content-key';
import { quickCheck } from '../core/quick-check';
import { isEnvelope, type BackgroundToContent } from '../protocol';
import type { EngineHandle } from './engine-handle';
import { PageLife } from './page-life';
import { startPageSession, type PageSession } from './page-session';
import { watchAddress } from './watch-address';

export function createPageController(): EngineHandle {
  const life = new PageLife();
  let session: PageSession | undefined;
  let lastKey = '';
  let running: Promise<void> = Promise.resolve();
  const endSession = () => {
    session?.teardown();
    session = undefined;
  };

  async function runOnce(force: boolean) {
    if (!life.alive) return;
    if (!force && !quickCheck(document, location.href)) {
      // In-page navigation to something else (a front page, another topic): the sidebar leaves.
      endSession();
      lastKey = '';
      return;
    }
    const key = contentKey(document, location.href);
    if (key === lastKey && !force) return;
    lastKey = key;
    endSession();
    session = await startPageSession(life, force);
  }

  /** One run at a time: a navigation during an analysis waits for it. */
  const run = (force = false) => (running = running.then(() => runOnce(force)).catch(() => undefined));
  /** A reader's request waits for a run in progress, then applies to the session it made. */
  const afterRuns = (fn: () => void) => void running.then(fn);

  const handlers: { [K in keyof BackgroundToContent]: () => void } = {
    'sidebar:toggle': () => afterRuns(() => (session ? session.toggle() : void run(true))),
    'sidebar:show': () => afterRuns(() => (session ? session.open() : void run(true))),
    'sidebar:hide': () => afterRuns(() => session?.close()),
    'page:forget': () => afterRuns(endSession),
  };
  const onMessage = (m: unknown) => {
    if (!isEnvelope(m) || !(m.type in handlers)) return undefined;
    handlers[m.type as keyof BackgroundToContent]();
    return Promise.resolve({ ok: true, value: undefined });
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  life.onEnd(() => {
    try {
      browser.runtime.onMessage.removeListener(onMessage as never);
    } catch {
      /* the extension is gone */
    }
    endSession();
  });
  // Where no first-look script watches the address (a site outside the list, reached through the
  // toolbar button or the shortcut), the engine follows in-page navigation itself.
  if ((globalThis as unknown as { __backstoryFirstLook?: unknown }).__backstoryFirstLook !== true) {
    life.onEnd(watchAddress(() => life.alive && void run()));
  }
  return { run, alive: () => life.alive };
}
