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

/** Fake timers, a watcher and its callback; `go(path)` moves the page there, telling `nav` when given. */
function watching(nav?: EventTarget) {
  vi.useFakeTimers();
  const settled = vi.fn();
  const stop = watchAddress(settled);
  const go = (path: string, replace = false) => {
    if (replace) history.replaceState(null, '', path);
    else history.pushState(null, '', path);
    nav?.dispatchEvent(new Event('currententrychange'));
  };
  return { settled, stop, go };
}

describe('watchAddress', () => {
  afterEach(() => {
    delete g.navigation;
    delete g.Navigation;
    vi.useRealTimers();
    history.replaceState(null, '', '/');
  });

  it('without the Navigation API, notices a pushState within a poll and runs onSettled once, after the settle time', () => {
    const { settled, stop, go } = watching();
    go('/news/2');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10 * POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('with the Navigation API, compares on currententrychange (no wait for a poll) and stops listening when stopped', () => {
    const nav = withApi();
    const { settled, stop, go } = watching(nav);
    go('/news/3');
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    // an entry change that leaves the address as it was (a state update) is no navigation
    nav.dispatchEvent(new Event('currententrychange'));
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
    go('/news/4');
    vi.advanceTimersByTime(2 * BACKUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('with the Navigation API, a change whose event never reaches it is still noticed by the slow poll', () => {
    withApi();
    const { settled, stop, go } = watching();
    go('/news/5');
    vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(BACKUP_POLL_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('runs once for a burst of changes, after the last', () => {
    const { settled, stop, go } = watching(withApi());
    go('/news/7');
    vi.advanceTimersByTime(SETTLE_MS / 2);
    go('/news/7?ref=home', true);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not run after it was stopped, even for a change it had seen', () => {
    const { settled, stop, go } = watching(withApi());
    go('/news/8');
    stop();
    vi.advanceTimersByTime(SETTLE_MS + BACKUP_POLL_MS);
    expect(settled).not.toHaveBeenCalled();
  });

  it('takes neither an element nor another event target named "navigation" for the API', () => {
    for (const [i, impostor] of [() => document.createElement('div'), () => new EventTarget()].entries()) {
      g.Navigation = Navigation;
      g.navigation = impostor();
      const { settled, stop, go } = watching();
      go(`/news/impostor-${i}`);
      // polled once a second, as without the API
      vi.advanceTimersByTime(POLL_MS + SETTLE_MS);
      expect(settled).toHaveBeenCalledTimes(1);
      stop();
      vi.useRealTimers();
    }
  });
});
