/** The Navigation API's object, where the browser has one (Chromium 102+, Firefox 147+). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** How often the address is compared without the Navigation API, and alongside it. */
export const POLL_MS = 1000;
export const BACKUP_POLL_MS = 5000;
/** How long after a change `onSettled` runs: the new content has had time to arrive. */
export const SETTLE_MS = 400;

/** The browser's Navigation object: without the API, an element or a frame named "navigation" shows through as a global, and is not it. */
function navigationObject(): NavigationLike | undefined {
  try {
    const g = globalThis as unknown as { navigation?: unknown; Navigation?: unknown };
    const Api = g.Navigation;
    return typeof Api === 'function' && g.navigation instanceof Api ? (g.navigation as NavigationLike) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * In-page navigation (pushState, replaceState, hash changes): `onSettled`
 * runs SETTLE_MS after the address changes. The address is
 * `document.URL`, which follows them as `location.href` does, without making
 * the browser set up `location` in a content script's world. Where the
 * browser has the Navigation API, its `currententrychange` event says when
 * to compare, and a slow poll backs it up (the page's own listener could stop
 * the event before it reaches Backstory's); elsewhere the address is compared
 * once a second. Changes that come in a burst (pushState then replaceState)
 * run it once, SETTLE_MS after the last. Returns the function that stops it.
 */
export function watchAddress(onSettled: () => void): () => void {
  let href = document.URL;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const compare = () => {
    if (document.URL === href) return;
    href = document.URL;
    clearTimeout(pending);
    pending = setTimeout(onSettled, SETTLE_MS);
  };
  const nav = navigationObject();
  if (nav) nav.addEventListener('currententrychange', compare);
  const id = setInterval(compare, nav ? BACKUP_POLL_MS : POLL_MS);
  return () => {
    clearInterval(id);
    clearTimeout(pending);
    nav?.removeEventListener('currententrychange', compare);
  };
}
