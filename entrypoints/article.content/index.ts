import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { defaultMatchPatterns } from '@/utils/core/news-sites';
import { quickCheck } from '@/utils/core/quick-check';
import { contentKey } from '@/utils/core/content-key';
import { ask } from '@/utils/messaging';
import { isEnvelope, type BackgroundToContent } from '@/utils/protocol';
import { ENGINE_KEY, type EngineHandle } from '@/utils/page/engine-handle';
import type { PageSession } from '@/utils/page/page-session';

export default defineContentScript({
  matches: defaultMatchPatterns(),
  runAt: 'document_idle',
  // WXT would otherwise announce the script (and the extension's id) to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let session: PageSession | undefined;
    let lastKey = '';

    /** The engine and sidebar code, injected by the background the first time a page needs it. */
    async function engine(): Promise<EngineHandle> {
      const get = () => (globalThis as unknown as Record<string, EngineHandle | undefined>)[ENGINE_KEY];
      if (!get()) await ask('engine:load', undefined);
      const handle = get();
      if (!handle) throw new Error('the Backstory engine did not load');
      return handle;
    }

    /** Cheap exit → engine → analysis → sidebar. */
    async function run(force = false) {
      if (!force && !quickCheck(document, location.href)) return;
      const key = contentKey(document, location.href);
      if (key === lastKey && !force) return;
      lastKey = key;
      const start = (await engine()).startPageSession;
      session?.teardown();
      session = undefined;
      session = await start(ctx, force);
    }

    const safeRun = (force = false) => run(force).catch(() => undefined);
    void safeRun();
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void safeRun(), 400));

    const handlers: { [K in keyof BackgroundToContent]: () => void } = {
      'sidebar:toggle': () => (session ? session.toggle() : void safeRun(true)),
      'sidebar:show': () => (session ? session.open() : void safeRun(true)),
      'sidebar:hide': () => session?.close(),
      'page:forget': () => {
        session?.teardown();
        session = undefined;
      },
    };
    const onMessage = (m: unknown) => {
      if (isEnvelope(m) && m.type in handlers) {
        handlers[m.type as keyof BackgroundToContent]();
        return Promise.resolve({ ok: true, value: undefined });
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage as never);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage as never);
      session?.teardown();
    });
  },
});
