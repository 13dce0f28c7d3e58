/**
 * Injected into every benchmark page before its own scripts
 * (page.evaluateOnNewDocument). Plain JavaScript in a string: functions
 * written in TypeScript would pick up tsx's `__name` helper, which does not
 * exist in the page.
 *
 * Records in `window.__benchRec`:
 * - every long task (PerformanceObserver 'longtask', buffered);
 * - when `<backstory-sidebar>` is inserted (MutationObserver on <html>, from
 *   DOMContentLoaded on: the content script runs at document_idle, later) and
 *   when it has been painted (the task after the next animation frame);
 *   both as performance.mark()s too, so traces can line up with them;
 * - the click time (capture listener on window; the click on the tab inside
 *   the closed shadow root is retargeted to the host), and when the frame
 *   after it has been produced (the task after the next animation frame);
 * - in the sidebar's own frame (chrome-extension://), when #app becomes ready.
 */
export const INIT_SCRIPT = String.raw`(() => {
  const rec = (window.__benchRec = { longtasks: [], inserted: NaN, painted: NaN, click: NaN, clickPainted: NaN, dcl: NaN, load: NaN, ready: NaN });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  if (location.protocol === 'chrome-extension:') {
    const check = () => {
      const app = document.getElementById('app');
      if (app && app.dataset.state === 'ready' && Number.isNaN(rec.ready)) rec.ready = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
    return;
  }
  const onHost = () => {
    rec.inserted = performance.now();
    performance.mark('bench:host-inserted');
    requestAnimationFrame(() => setTimeout(() => {
      rec.painted = performance.now();
      performance.mark('bench:host-painted');
    }, 0));
  };
  const watch = (el) => new MutationObserver((muts) => {
    for (const m of muts) for (const n of m.addedNodes) if (n.nodeName === 'BACKSTORY-SIDEBAR' && Number.isNaN(rec.inserted)) onHost();
  }).observe(el, { childList: true });
  document.addEventListener('DOMContentLoaded', () => { rec.dcl = performance.now(); watch(document.documentElement); });
  addEventListener('load', () => { rec.load = performance.now(); });
  addEventListener('click', (e) => {
    if (!Number.isNaN(rec.click)) return;
    rec.click = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => { rec.clickPainted = performance.now(); }, 0));
  }, true);
})();`;

export interface BenchRecord {
  longtasks: Array<{ start: number; duration: number }>;
  inserted: number | null;
  painted: number | null;
  click: number | null;
  clickPainted: number | null;
  dcl: number | null;
  load: number | null;
  ready: number | null;
}
