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
    const id = setTimeout(() => this.alive && fn(), ms);
    this.onEnd(() => clearTimeout(id));
  }

  setInterval(fn: () => void, ms: number): void {
    const id = setInterval(() => this.alive && fn(), ms);
    this.onEnd(() => clearInterval(id));
  }

  requestAnimationFrame(fn: (t: number) => void): void {
    const id = requestAnimationFrame((t) => this.alive && fn(t));
    this.onEnd(() => cancelAnimationFrame(id));
  }

  addEventListener<K extends keyof DocumentEventMap>(target: Document, type: K, fn: (e: DocumentEventMap[K]) => void, opts?: AddEventListenerOptions): void;
  addEventListener<K extends keyof WindowEventMap>(target: Window, type: K, fn: (e: WindowEventMap[K]) => void, opts?: AddEventListenerOptions): void;
  addEventListener(target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions = {}): void {
    target.addEventListener(type, fn, { ...opts, signal: this.signal });
  }
}

/** The extension's runtime, as the isolated world sees it (Firefox: browser; Chrome: chrome). */
export function extensionRuntime(): { id?: string } | undefined {
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

function runtimeAlive(): boolean {
  try {
    return extensionRuntime()?.id != null;
  } catch {
    return false;
  }
}
