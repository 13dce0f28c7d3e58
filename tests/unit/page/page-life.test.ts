import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PageLife } from '../../../utils/page/page-life';

// The runtime the isolated world sees: `browser` in Firefox, `chrome` in Chromium (WXT's test setup installs a fake `browser`).
const g = globalThis as unknown as { chrome?: { runtime?: { id?: string } }; browser?: unknown };
const fake = g.browser;
g.browser = undefined;

describe('PageLife', () => {
  afterEach(() => {
    delete g.chrome;
    vi.useRealTimers();
  });

  it('ends when the extension runtime disappears (update, reload, removal)', () => {
    g.chrome = { runtime: { id: 'abc' } };
    const life = new PageLife();
    const ended = vi.fn();
    life.onEnd(ended);
    expect(life.alive).toBe(true);
    g.chrome.runtime = {};
    expect(life.alive).toBe(false);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('runs timers only while alive', () => {
    vi.useFakeTimers();
    g.chrome = { runtime: { id: 'abc' } };
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
    g.chrome = { runtime: { id: 'abc' } };
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
