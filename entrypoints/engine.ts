import '@/utils/page/before-polyfill';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageController } from '@/utils/page/page-controller';
import { ENGINE_KEY, engineHandle } from '@/utils/page/engine-handle';

// Injected by the background into the isolated world of a page whose first look
// mentions Pakistan (or where the reader asked for Backstory): the engine, the
// sidebar host and the highlights. Injected at most once per page life.
export default defineUnlistedScript(() => {
  // A handle left by an engine whose extension was updated or reloaded is replaced.
  if (engineHandle()?.alive()) return;
  (globalThis as unknown as Record<string, unknown>)[ENGINE_KEY] = createPageController();
});
