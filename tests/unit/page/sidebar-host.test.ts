// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { mountSidebar } from '../../../utils/page/sidebar-host';

/** The host's closed shadow root, caught as it is attached (a page cannot reach it; the test can). */
function mount() {
  // happy-dom does not load frames and says so on the console for each: the address the frame gets is enough here
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((p: string) => `about:blank#${p}`);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  let root: ShadowRoot | undefined;
  const attach = HTMLElement.prototype.attachShadow;
  const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  const controller = new AbortController();
  const host = mountSidebar({ session: 's1', open: false, onOpenChange: () => undefined, signal: controller.signal });
  spy.mockRestore();
  return { host, root: root!, controller };
}

describe('mountSidebar', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
    document.querySelectorAll('backstory-sidebar').forEach((e) => e.remove());
  });

  it('loads the sidebar page 300 ms after mounting, hidden', () => {
    vi.useFakeTimers();
    const { root, controller } = mount();
    expect(root.querySelector('iframe')).toBeNull();
    vi.advanceTimersByTime(300);
    const frame = root.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('about:blank#/sidebar.html#session=s1');
    expect(frame?.getAttribute('aria-hidden')).toBe('true');
    controller.abort();
  });

  it('starts loading it at once when the reader points at the tab or focuses it', () => {
    for (const event of ['pointerenter', 'focus']) {
      vi.useFakeTimers();
      const { root, controller } = mount();
      root.querySelector('button')!.dispatchEvent(new Event(event));
      expect(root.querySelectorAll('iframe'), event).toHaveLength(1);
      vi.advanceTimersByTime(300);
      expect(root.querySelectorAll('iframe'), `${event}: one frame, not a second at 300 ms`).toHaveLength(1);
      controller.abort();
      vi.useRealTimers();
    }
  });
});
