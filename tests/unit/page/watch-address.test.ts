// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_POLL_MS, POLL_MS, SETTLE_MS, watchAddress } from '../../../utils/page/watch-address';

const g = globalThis as unknown as { navigation?: unknown };

describe('watchAddress', () => {
  afterEach(() => {
    delete g.navigation;
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('without the Navigation API, notices a pushState within a poll and runs onSettled once, after the settle time', () => {
    vi.useFakeTimers();
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/2');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('with the Navigation API, compares on currententrychange (no wait for a poll) and stops listening when stopped', () => {
    vi.useFakeTimers();
    const nav = new EventTarget();
    g.navigation = nav;
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/3');
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    // an entry change that leaves the address as it was (a state update) is no navigation
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
    history.pushState(null, '', '/news/4');
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(2 * BACKUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, a change whose event never reaches it is still noticed by the slow poll', () => {
    vi.useFakeTimers();
    g.navigation = new EventTarget();
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/5');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(BACKUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not take a page element named "navigation" for the API', () => {
    vi.useFakeTimers();
    const el = document.createElement('div');
    g.navigation = el;
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/6');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });
});
