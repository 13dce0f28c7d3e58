import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageSession } from '@/utils/page/page-session';
import { ENGINE_KEY, type EngineHandle } from '@/utils/page/engine-handle';

// Injected by the background into the content script's isolated world, only on
// pages that pass the content script's cheap check.
export default defineUnlistedScript(() => {
  const handle: EngineHandle = { startPageSession };
  (globalThis as unknown as Record<string, EngineHandle>)[ENGINE_KEY] = handle;
});
