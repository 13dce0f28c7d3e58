/**
 * The contract between the first-look content script and the engine script the
 * background injects on demand (entrypoints/engine.ts). Both run in the
 * extension's isolated world, so the handle is invisible to the page.
 */
export const ENGINE_KEY = '__backstoryEngine';

export interface EngineHandle {
  /** Runs the cheap check, then (once per content) the analysis and the sidebar. `force`: the reader asked. */
  run(force?: boolean): Promise<void>;
  /** False once the extension that injected it is gone (updated, reloaded, removed). */
  alive(): boolean;
}

/** The engine's handle in this isolated world, if the engine is loaded (an element the page named so is not). */
export function engineHandle(): EngineHandle | undefined {
  const h = (globalThis as unknown as Record<string, Partial<EngineHandle> | undefined>)[ENGINE_KEY];
  return h && typeof h.run === 'function' && typeof h.alive === 'function' ? (h as EngineHandle) : undefined;
}
