/**
 * The lifetime of Backstory's work on one page: timers, listeners and frames
 * registered here stop together when the extension is updated, reloaded or
 * removed (its runtime id disappears), or when the page code asks to stop.
 * Only Backstory's own scripts (the isolated world) can reach it: no event the
 * page can fire ends it.
 */
export class PageLife {
  private readonly controller = new AbortController();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** False once the extension is gone (or `end` was called). */
  get alive(): boolean {
    if (!this.controller.signal.aborted && !runtimeAlive()) this.end();
    return !this.controller.signal.aborted;
  }

  end(): void {
    this.controller.abort();
  }

  /** A shorter life inside this one: it ends with its parent, or earlier on its own. */
  child(): PageLife {
    const c = new PageLife();
    const off = this.onEnd(() => c.end());
    c.onEnd(off);
    return c;
  }

  onEnd(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(fn: () => void, ms: number): void {
    const id = setTimeout(() => {
      off();
      if (this.alive) fn();
    }, ms);
    const off = this.onEnd(() => clearTimeout(id));
  }

  setInterval(fn: () => void, ms: number): void {
    const id = setInterval(() => this.alive && fn(), ms);
    this.onEnd(() => clearInterval(id));
  }

  requestAnimationFrame(fn: (t: number) => void): void {
    const id = requestAnimationFrame((t) => {
      off();
      if (this.alive) fn(t);
    });
    const off = this.onEnd(() => cancelAnimationFrame(id));
  }

  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, opts?: AddEventListenerOptions): void;
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void, opts?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = {}): void {
    target.addEventListener(type, fn, { ...opts, signal: this.signal });
  }
}

export interface ExtensionRuntime {
  id: string;
  sendMessage(m: unknown): Promise<unknown>;
}

/**
 * The extension's runtime as the isolated world sees it (Firefox: `browser`, Chromium: `chrome`),
 * while the extension is there (no id once it was updated, reloaded or removed), checked to be the real API: elements with id="browser" or id="chrome" show through as globals
 * in the isolated world too, and a page must not be able to pass for the runtime.
 */
export function extensionRuntime(): ExtensionRuntime | undefined {
  const g = globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } };
  for (const api of [g.browser, g.chrome]) {
    const r = api?.runtime as Partial<ExtensionRuntime> | undefined;
    if (r && !(typeof Node !== 'undefined' && r instanceof Node) && typeof r.sendMessage === 'function' && r.id) return r as ExtensionRuntime;
  }
  return undefined;
}

/**
 * In Chromium, `browser` is no global of the isolated world, so an element with id="browser" (and a
 * named "runtime" inside it) would show through and pass the WebExtension polyfill's own check:
 * shadow it with an own `undefined` before the polyfill loads. Firefox's real `browser` stays.
 */
export function shadowPageBrowserGlobal(): void {
  const g = globalThis as unknown as { browser?: { runtime?: unknown } };
  const r = g.browser?.runtime as { sendMessage?: unknown } | undefined;
  if (g.browser !== undefined && !(r && !(typeof Node !== 'undefined' && r instanceof Node) && typeof r.sendMessage === 'function')) {
    Object.defineProperty(globalThis, 'browser', { value: undefined, writable: true, configurable: true });
  }
}

function runtimeAlive(): boolean {
  try {
    return !!extensionRuntime();
  } catch {
    return false;
  }
}
