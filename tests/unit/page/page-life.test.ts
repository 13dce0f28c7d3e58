import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { extensionRuntime, PageLife } from '../../../utils/page/page-life';
import { engineHandle } from '../../../utils/page/engine-handle';

// The runtime the isolated world sees: `browser` in Firefox, `chrome` in Chromium (WXT's test setup installs a fake `browser`).
const g = globalThis as unknown as { chrome?: { runtime?: { id?: string; sendMessage?: unknown } }; browser?: unknown };
const fake = g.browser;
g.browser = undefined;

describe('PageLife', () => {
  afterEach(() => {
    delete g.chrome;
    vi.useRealTimers();
  });

  it('ends when the extension runtime disappears (update, reload, removal)', () => {
    g.chrome = { runtime: { id: 'abc', sendMessage: async () => undefined } };
    const life = new PageLife();
    const ended = vi.fn();
    life.onEnd(ended);
    expect(life.alive).toBe(true);
    g.chrome!.runtime = { sendMessage: async () => undefined };
    expect(life.alive).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('runs timers only while alive', () => {
    vi.useFakeTimers();
    g.chrome = { runtime: { id: 'abc', sendMessage: async () => undefined } };
    const life = new PageLife();
    const tick = vi.fn();
    life.setInterval(tick, 100);
    vi.advanceTimersByTime(250);
    expect(tick).toHaveBeenCalledTimes(2);
    life.end();
    vi.advanceTimersByTime(500);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('a child ends with its parent, or on its own without ending the parent', () => {
    g.chrome = { runtime: { id: 'abc', sendMessage: async () => undefined } };
    const parent = new PageLife();
    const a = parent.child();
    const b = parent.child();
    a.end();
    expect(a.alive).toBe(false);
    expect(parent.alive).toBe(true);
    expect(b.alive).toBe(true);
    parent.end();
    expect(b.alive).toBe(false);
  });
});

afterAll(() => {
  g.browser = fake;
});

describe('extensionRuntime and engineHandle against page-named globals', () => {
  afterEach(() => {
    delete g.chrome;
    delete (globalThis as Record<string, unknown>).__backstoryEngine;
  });

  it('takes only an object with sendMessage and id for the runtime', () => {
    g.browser = { runtime: { id: 'form-element-id' } }; // what <form id="browser"><input name="runtime"></form> could show
    g.chrome = { runtime: { id: 'real', sendMessage: async () => undefined } };
    expect(extensionRuntime()?.id).toBe('real');
    g.chrome = undefined;
    expect(extensionRuntime()).toBeUndefined();
    g.browser = undefined;
  });

  it('does not take a page element named like the engine for the engine', () => {
    (globalThis as Record<string, unknown>).__backstoryEngine = { id: '__backstoryEngine', run: {} };
    expect(engineHandle()).toBeUndefined();
    (globalThis as Record<string, unknown>).__backstoryEngine = { run: async () => undefined, alive: () => true };
    expect(engineHandle()?.alive()).toBe(true);
  });
});
