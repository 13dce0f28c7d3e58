// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_POLL_MS, POLL_MS, SETTLE_MS, watchAddress } from '../../../utils/page/watch-address';

const g = globalThis as unknown as { navigation?: unknown; Navigation?: unknown };
/** The Navigation API's interface, as browsers that have it expose it (happy-dom has none). */
class Navigation extends EventTarget {}
const withApi = () => {
  g.Navigation = Navigation;
  const nav = new Navigation();
  g.navigation = nav;
  return nav;
};

describe('watchAddress', () => {
  afterEach(() => {
    delete g.navigation;
    delete g.Navigation;
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
    const nav = withApi();
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
    withApi();
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/5');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(BACKUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('runs once for a burst of changes, after the last', () => {
    vi.useFakeTimers();
    const nav = withApi();
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/7');
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(SETTLE_MS / 2);
    history.replaceState(null, '', '/news/7?ref=home');
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not run after it was stopped, even for a change it had seen', () => {
    vi.useFakeTimers();
    const nav = withApi();
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/8');
    nav.dispatchEvent(new Event('currententrychange'));
    stop();
    vi.advanceTimersByTime(SETTLE_MS + BACKUP_POLL_MS);
    expect(settled).not.toHaveBeenCalled();
  });

  it('takes neither an element nor another event target named "navigation" for the API', () => {
    vi.useFakeTimers();
    g.navigation = document.createElement('div');
    const settled = vi.fn();
    const stop = watchAddress(settled);
    history.pushState(null, '', '/news/6');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
    g.Navigation = Navigation;
    g.navigation = new EventTarget();
    const settled2 = vi.fn();
    const stop2 = watchAddress(settled2);
    history.pushState(null, '', '/news/9');
    // polled once a second, as without the API
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled2).toHaveBeenCalledTimes(1);
    stop2();
  });
});
