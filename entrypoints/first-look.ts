import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { firstLook } from '@/utils/core/first-look';
import { engineHandle } from '@/utils/page/engine-handle';
import { envelope } from '@/utils/protocol';

/**
 * The content script on the news sites (declared in wxt.config.ts): a first
 * look at the page, and nothing more unless it mentions Pakistan. Then the
 * background injects the engine (entrypoints/engine.ts), which does the rest.
 * Deliberately free of the WebExtension polyfill and of WXT's content-script
 * runtime: on the pages it stops at, its whole cost is this file.
 * Single-page sites: the address is compared once a second, and a changed one
 * gets a new look after the new content has had time to arrive.
 */
type Api = { runtime: { id?: string; sendMessage(m: unknown): Promise<unknown> } };

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api; __backstoryFirstLook?: boolean };
  if (g.__backstoryFirstLook) return;
  g.__backstoryFirstLook = true;
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api) return;

  let loading: Promise<unknown> | undefined;
  const look = () => {
    const engine = engineHandle();
    if (engine) return void engine.run();
    if (!firstLook(document, location.href)) return;
    loading ??= api.runtime.sendMessage(envelope('engine:load', undefined)).finally(() => (loading = undefined));
    loading.then(() => engineHandle()?.run(), () => undefined);
  };

  look();
  let href = location.href;
  const timer = setInterval(() => {
    if (api.runtime?.id == null) return clearInterval(timer); // the extension was updated or removed
    if (location.href === href) return;
    href = location.href;
    setTimeout(look, 400);
  }, 1000);
});
