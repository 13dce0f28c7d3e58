/**
 * `<backstory-sidebar>`: the one element Backstory adds to a page. A closed
 * shadow root holds a small tab (collapsed) and an iframe of the extension's
 * sidebar page (open). The page cannot read the iframe (another origin), its
 * CSS cannot reach the shadow tree, and the host's own box is pinned with
 * inline !important styles against global resets. If the page removes the
 * element, it is put back.
 */
import { browser } from 'wxt/browser';

export const SIDEBAR_TAG = 'backstory-sidebar';
const WIDTH = 380;
const HOST_DECLARATIONS = [
  'position: fixed', 'top: 0', 'right: 0', 'bottom: 0', 'width: 0', 'height: 100vh',
  'z-index: 2147483647', 'display: block', 'visibility: visible', 'opacity: 1', 'transform: none', 'contain: style', 'filter: none', 'perspective: none',
  'margin: 0', 'padding: 0', 'border: 0', 'overflow: visible', 'pointer-events: none',
].map((d) => `${d} !important`).join('; ');
// Pinned twice: inline (beats the page's author styles) and in :host (beats `all: initial` and,
// being important in the shadow tree, the page's own !important rules).
const HOST_PIN = HOST_DECLARATIONS + ';';
const HOST_STYLE = `all: initial !important; ${HOST_DECLARATIONS}`;

const SHADOW_CSS = `
:host { all: initial !important; ${HOST_PIN} }
.tab { position: fixed; top: 40%; right: 0; pointer-events: auto; writing-mode: vertical-rl; font: 600 13px/1.2 system-ui, sans-serif;
  padding: 12px 6px; border: 1px solid #1d4ed8; border-right: 0; border-radius: 8px 0 0 8px; background: #1d4ed8; color: #fff; cursor: pointer; letter-spacing: .04em; }
.tab:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.panel { position: fixed; top: 0; right: 0; height: 100vh; height: 100dvh; width: min(${WIDTH}px, 100vw); border: 0; border-left: 1px solid rgba(0,0,0,.2);
  box-shadow: -4px 0 16px rgba(0,0,0,.12); background: Canvas; color-scheme: light dark; }
/* Closed: loaded and rendered but invisible, inert and click-through, so opening paints at once. */
.panel:not(.shown) { opacity: 0; pointer-events: none; box-shadow: none; }
.panel.shown { pointer-events: auto; }
.tab[hidden] { display: none; }
@media (prefers-reduced-motion: no-preference) { .panel.shown { animation: slide .16s ease-out; } }
.card { position: fixed; max-width: 320px; pointer-events: none; font: 13px/1.45 system-ui, sans-serif; background: #fff; color: #111827;
  border: 1px solid #d1d5db; border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
.card strong { display: block; margin-bottom: 2px; }
.card[hidden] { display: none; }
@media (prefers-color-scheme: dark) { .card { background: #1f2937; color: #f9fafb; border-color: #4b5563; } }
@keyframes slide { from { transform: translateX(24px); opacity: .6; } }
`;

export interface SidebarHost {
  open(opts?: { focus?: boolean; byReader?: boolean }): void;
  close(opts?: { byReader?: boolean }): void;
  toggle(): void;
  isOpen(): boolean;
  remove(): void;
  /** Shows a record's name and summary near a point (as text), or hides the card. */
  card(at?: { x: number; y: number; name: string; summary: string }): void;
}

export interface SidebarHostOptions {
  session: string;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Called with an abort signal tied to the content script's life. */
  signal: AbortSignal;
}

/** Mounts the sidebar host; the iframe (and so the sidebar's code) loads when first opened, when the reader points at or focuses the tab, or 300 ms after mounting. */
export function mountSidebar(opts: SidebarHostOptions): SidebarHost {
  const host = document.createElement(SIDEBAR_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SHADOW_CSS;
  const tab = document.createElement('button');
  tab.className = 'tab';
  tab.type = 'button';
  tab.textContent = 'Backstory';
  tab.setAttribute('aria-label', 'Open the Backstory sidebar');
  tab.setAttribute('aria-expanded', 'false');
  let frame: HTMLIFrameElement | undefined;
  let returnFocus: Element | null = null;
  let pushed = false;
  const card = document.createElement('div');
  card.className = 'card';
  card.hidden = true;
  card.setAttribute('role', 'tooltip');
  // Announced when it appears (keyboard readers reach it by focus or caret, not by pointing).
  card.setAttribute('aria-live', 'polite');
  root.append(style, tab, card);

  const ensureFrame = () => {
    if (frame) return frame;
    frame = document.createElement('iframe');
    frame.className = 'panel';
    setShown(frame, false);
    frame.title = 'Backstory sidebar';
    frame.setAttribute('allow', '');
    frame.src = browser.runtime.getURL(`/sidebar.html#session=${opts.session}`);
    root.append(frame);
    return frame;
  };
  // Loads it ahead of opening: a reader about to open it (pointer on the tab, or keyboard focus)
  // starts the load at once, not when the idle timer below fires.
  const preload = () => {
    if (!opts.signal.aborted) ensureFrame();
  };
  tab.addEventListener('pointerenter', preload, { once: true });
  tab.addEventListener('focus', preload, { once: true });

  const setShown = (f: HTMLIFrameElement, on: boolean) => {
    f.classList.toggle('shown', on);
    f.inert = !on;
    if (on) f.removeAttribute('aria-hidden');
    else f.setAttribute('aria-hidden', 'true');
  };

  const room = () => {
    // Wide screens: sit in the margin when the article leaves room, else make room on the reader's request.
    const article = document.querySelector('article, main, [role="main"]');
    const right = article?.getBoundingClientRect().right ?? window.innerWidth;
    return window.innerWidth - right >= WIDTH ? 'margin' : window.innerWidth >= 1000 ? 'push' : 'overlay';
  };
  const setPushed = (on: boolean) => {
    if (on === pushed) return;
    pushed = on;
    const s = document.documentElement.style;
    if (on) s.setProperty('margin-right', `${WIDTH}px`, 'important');
    else s.removeProperty('margin-right');
  };

  const api: SidebarHost = {
    isOpen: () => !!frame?.classList.contains('shown'),
    open({ focus = false, byReader = false } = {}) {
      const f = ensureFrame();
      setShown(f, true);
      tab.hidden = true;
      tab.setAttribute('aria-expanded', 'true');
      // Only a reader's action may shift the page: loading never makes it jump.
      if (byReader && room() === 'push') setPushed(true);
      if (focus) {
        // Focus comes back where it was, or to the tab when it was inside the sidebar itself.
        const active = document.activeElement;
        returnFocus = active && active !== host ? active : null;
        f.focus();
      }
      if (byReader) opts.onOpenChange(true);
    },
    close({ byReader = false } = {}) {
      if (frame) setShown(frame, false);
      tab.hidden = false;
      tab.setAttribute('aria-expanded', 'false');
      setPushed(false);
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected && returnFocus !== document.body) returnFocus.focus();
      else if (byReader) tab.focus();
      returnFocus = null;
      if (byReader) opts.onOpenChange(false);
    },
    toggle() {
      if (api.isOpen()) api.close({ byReader: true });
      else api.open({ focus: true, byReader: true });
    },
    card(at) {
      if (!at) {
        card.hidden = true;
        return;
      }
      const name = document.createElement('strong');
      name.textContent = at.name;
      const summary = document.createElement('span');
      summary.textContent = at.summary;
      card.replaceChildren(name, summary);
      card.style.left = `${Math.min(at.x + 12, window.innerWidth - 340)}px`;
      card.style.top = `${Math.min(at.y + 16, window.innerHeight - 120)}px`;
      card.hidden = false;
    },
    remove() {
      observer.disconnect();
      if (retry) clearTimeout(retry);
      setPushed(false);
      host.remove();
    },
  };

  tab.addEventListener('click', () => api.open({ focus: true, byReader: true }));
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && api.isOpen()) api.close({ byReader: true });
  });

  document.documentElement.append(host);
  // Put the host back if the page removes it: at once a few times, then at most once a second,
  // so a page that keeps removing it cannot pull Backstory into a busy fight.
  let reinserts = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let nested = false;
  const reinsert = () => {
    retry = undefined;
    if (host.isConnected || opts.signal.aborted) return;
    // After a burst of removals, try one level deeper, where removers of foreign nodes rarely look.
    const deeper = nested ? document.querySelector('main, article, body > *:not(script):not(style)') : null;
    (deeper ?? document.documentElement).append(host);
    observer.observe(host.parentNode ?? document.documentElement, { childList: true });
  };
  const observer = new MutationObserver(() => {
    if (host.isConnected || opts.signal.aborted) return;
    if (reinserts++ < 20) reinsert();
    else retry ??= setTimeout(() => {
      reinserts = 0;
      nested = true;
      reinsert();
    }, 1000);
  });
  observer.observe(document.documentElement, { childList: true });
  opts.signal.addEventListener('abort', () => api.remove());

  if (opts.open && room() !== 'push') api.open();
  // Load and render the sidebar page, invisible, once the page is idle, so opening it paints at once.
  else setTimeout(preload, 300);
  return api;
}
