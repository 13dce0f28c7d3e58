/**
 * The contract between the small content script and the engine script the
 * background injects on demand (entrypoints/engine.ts). Both run in the
 * extension's isolated world, so the handle is invisible to the page.
 */
import type { startPageSession } from './page-session';

export const ENGINE_KEY = '__backstoryEngine';

export interface EngineHandle {
  startPageSession: typeof startPageSession;
}
