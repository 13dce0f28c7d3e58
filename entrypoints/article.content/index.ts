import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { defaultMatchPatterns } from '@/utils/core/news-sites';
import { analysePage, contentKey, quickCheck } from '@/utils/core/analyse-page';
import { applySensitivity } from '@/utils/core/apply-sensitivity';
import { ask } from '@/utils/messaging';
import { isEnvelope, type BackgroundToContent } from '@/utils/protocol';
import type { AliasEntry } from '@/utils/core/analysis';
import { mountSidebar, type SidebarHost } from '@/utils/page/sidebar-host';
import { highlightEntities, type Highlighter } from '@/utils/page/highlights';
import { followHighlights } from '@/utils/page/follow-highlights';

export default defineContentScript({
  matches: defaultMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    let sidebar: SidebarHost | undefined;
    let marks: Highlighter | undefined;
    let lastKey = '';
    // One dictionary per page life: the engine caches its matcher per array.
    let dictionary: Promise<{ aliases: AliasEntry[]; states: string[] }> | undefined;
    const host = location.hostname;

    const teardown = () => {
      marks?.clear();
      sidebar?.remove();
      sidebar = marks = undefined;
    };

    /** Cheap exit → settings → dictionary → engine → one request → mount. */
    async function run(force = false) {
      if (!force && !quickCheck(document, location.href)) return;
      const key = contentKey(document, location.href);
      if (key === lastKey && !force) return;
      lastKey = key;
      const settings = await ask('page:settings', { host });
      if (settings.disabled && !force) return;
      dictionary ??= ask('matcher:get', undefined);
      const { aliases, states } = await dictionary.catch((e) => {
        dictionary = undefined;
        throw e;
      });
      const analysis = applySensitivity(analysePage(document, location.href, aliases), settings.sensitivity);
      if (!analysis.topic.relevant && !force) return void ask('page:irrelevant', { analysis });
      teardown();
      const reply = await ask('page:relevant', { analysis });
      const controller = new AbortController();
      ctx.onInvalidated(() => controller.abort());
      sidebar = mountSidebar({
        session: reply.session,
        open: reply.open || force,
        rtl: analysis.article.dir === 'rtl',
        signal: controller.signal,
        onOpenChange: (open) => void ask('site:open-state', { host, open }),
      });
      if (force) sidebar.open({ focus: true });
      if (reply.highlights) {
        const skip = new Set(states);
        marks = highlightEntities(document.querySelector('article') ?? document.body, analysis.entities.filter((e) => !skip.has(e.id)));
        if (marks) followHighlights(ctx, marks, sidebar);
      }
    }

    const safeRun = (force = false) => run(force).catch(() => undefined);
    void safeRun();
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void safeRun(), 400));

    const handlers: { [K in keyof BackgroundToContent]: () => void } = {
      'sidebar:toggle': () => (sidebar ? sidebar.toggle() : void safeRun(true)),
      'sidebar:show': () => (sidebar ? sidebar.open({ focus: true, byReader: true }) : void safeRun(true)),
      'sidebar:hide': () => sidebar?.close({ byReader: true }),
      'page:forget': teardown,
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
      teardown();
    });
  },
});
