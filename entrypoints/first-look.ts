import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { quickCheck } from '@/utils/core/quick-check';
import { engineHandle } from '@/utils/page/engine-handle';
import { envelope } from '@/utils/protocol';
import { extensionRuntime } from '@/utils/page/page-life';

/**
 * The content script on the news sites (declared in wxt.config.ts): a first
 * look at the page, and nothing more unless it mentions Pakistan and its
 * address is not a front, tag, search or video page (`quickCheck`). Then the
 * background injects the engine (entrypoints/engine.ts), which does the rest.
 * Deliberately free of the WebExtension polyfill and of WXT's content-script
 * runtime: on the pages it stops at, its whole cost is this file.
 * Single-page sites: the address is compared once a second, and a changed one
 * gets a new look after the new content has had time to arrive.
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { __backstoryFirstLook?: boolean };
  if (g.__backstoryFirstLook === true) return;
  g.__backstoryFirstLook = true;
  // The extension API is touched only on pages that pass the first look: its first use in a page
  // makes the browser set up its bindings, a cost the other pages should not pay.
  const runtime = () => {
    const r = extensionRuntime();
    return r?.id ? r : undefined; // no id: the extension was updated or removed
  };

  let loading: Promise<unknown> | undefined;
  const look = () => {
    const engine = engineHandle();
    if (engine?.alive()) return void engine.run();
    if (!quickCheck(document, location.href)) return;
    const rt = runtime();
    if (!rt) return;
    loading ??= rt.sendMessage(envelope('engine:load', undefined)).finally(() => (loading = undefined));
    loading.then(() => engineHandle()?.run(), () => undefined);
  };

  look();
  let href = location.href;
  const timer = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    if (!runtime()) return clearInterval(timer);
    setTimeout(look, 400);
  }, 1000);
});
