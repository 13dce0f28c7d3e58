/**
 * In-text highlights of matched names with the CSS Custom Highlight API,
 * which leaves the page's DOM untouched. Where the browser lacks it there
 * are no highlights (the sidebar lists the same names). A small card shows
 * a record's summary when the pointer rests on a highlighted name.
 */
import type { EntityMatch } from '../core/analysis';

const NAME = 'backstory-entity';
const MAX_RANGES = 400;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: Range[]) => unknown;

export interface Highlighter {
  /** The record id under a point, if a highlighted name is there. */
  idAt(x: number, y: number): string | undefined;
  /** The first highlighted name inside an element (e.g. a focused link), with where it is. */
  idWithin(el: Node): { id: string; rect: DOMRect } | undefined;
  /** The highlighted name under a caret position (caret browsing), with where it is. */
  idAtCaret(node: Node, offset: number): { id: string; rect: DOMRect } | undefined;
  clear(): void;
}

export function highlightEntities(root: Element, entities: EntityMatch[]): Highlighter | undefined {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || !Highlight) return undefined;

  const needles = new Map<string, string>();
  for (const e of entities) for (const a of e.aliases) if (a.length >= 2 && !needles.has(a)) needles.set(a, e.id);
  if (!needles.size) return undefined;
  const byLength = [...needles.keys()].sort((a, b) => b.length - a.length);

  const ranges: Array<{ range: Range; id: string }> = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('script,style,noscript,textarea,input,nav,footer,aside') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n && ranges.length < MAX_RANGES; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    if (text.length < 2) continue;
    const taken: Array<[number, number]> = [];
    for (const needle of byLength) {
      for (let i = text.indexOf(needle); i >= 0 && ranges.length < MAX_RANGES; i = text.indexOf(needle, i + needle.length)) {
        const end = i + needle.length;
        if (!isBoundary(text, i - 1) || !isBoundary(text, end)) continue;
        if (taken.some(([s, e]) => i < e && end > s)) continue;
        taken.push([i, end]);
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, end);
        ranges.push({ range, id: needles.get(needle)! });
      }
    }
  }
  if (!ranges.length) return undefined;
  registry.set(NAME, new Highlight(...ranges.map((r) => r.range)));
  const style = document.createElement('style');
  style.setAttribute('data-backstory', '');
  style.textContent = `::highlight(${NAME}) { background-color: rgba(250, 204, 21, .35); text-decoration: underline dotted rgba(29, 78, 216, .8); }`;
  (document.head ?? document.documentElement).append(style);

  return {
    idAt(x, y) {
      for (const r of ranges) {
        for (const rect of r.range.getClientRects()) if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return r.id;
      }
      return undefined;
    },
    idWithin(el) {
      for (const r of ranges) if (el.contains(r.range.startContainer)) return { id: r.id, rect: r.range.getBoundingClientRect() };
      return undefined;
    },
    idAtCaret(node, offset) {
      for (const r of ranges) {
        if (r.range.startContainer !== node) continue;
        if (offset >= r.range.startOffset && offset <= r.range.endOffset) return { id: r.id, rect: r.range.getBoundingClientRect() };
      }
      return undefined;
    },
    clear() {
      registry.delete(NAME);
      style.remove();
    },
  };
}

function isBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[i]);
}
