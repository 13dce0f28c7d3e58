/**
 * The contract between the first-look content script and the engine script the
 * background injects on demand (entrypoints/engine.ts). Both run in the
 * extension's isolated world, so the handle is invisible to the page.
 */
export const ENGINE_KEY = '__backstoryEngine';

export interface EngineHandle {
  /** Runs the cheap check, then (once per content) the analysis and the sidebar. `force`: the reader asked. */
  run(force?: boolean): Promise<void>;
}

export function engineHandle(): EngineHandle | undefined {
  return (globalThis as unknown as Record<string, EngineHandle | undefined>)[ENGINE_KEY];
}
