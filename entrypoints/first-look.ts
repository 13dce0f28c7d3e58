import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstLook } from '@/utils/core/first-look';
import { engineHandle } from '@/utils/page/engine-handle';
import { envelope } from '@/utils/protocol';
import { extensionRuntime } from '@/utils/page/page-life';
import { watchAddress } from '@/utils/page/watch-address';

/**
 * The content script on the news sites (declared in wxt.config.ts): a first
 * look at the page (`firstLook`), and nothing more unless it mentions
 * Pakistan (or, on a Pakistani outlet, the United States). Then the background applies the address rules (no front, tag,
 * search or video page) and injects the engine (entrypoints/engine.ts), which
 * does the rest. Deliberately small and free of the WebExtension polyfill and
 * of WXT's content-script runtime: on the pages it stops at, its whole cost is
 * this file, and in a fresh page even unused code costs time to parse.
 * Single-page sites: a changed address gets a new look (utils/page/watch-address.ts).
 */
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { __backstoryFirstLook?: boolean };
  if (g.__backstoryFirstLook === true) return;
  g.__backstoryFirstLook = true;
  // The extension API is touched only on pages that pass the first look: its first use in a page
  // makes the browser set up its bindings, a cost the other pages should not pay.
  let loading: Promise<unknown> | undefined;
  const look = () => {
    const engine = engineHandle();
    if (engine?.alive()) return void engine.run();
    if (!firstLook(document, document.URL)) return;
    const rt = extensionRuntime();
    if (!rt) return;
    loading ??= rt.sendMessage(envelope('engine:load', { url: document.URL })).finally(() => (loading = undefined));
    loading.then(() => engineHandle()?.run(), () => undefined);
  };

  look();
  const stop = watchAddress(() => (extensionRuntime() ? look() : stop()));
});
