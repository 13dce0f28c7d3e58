/**
 * Shows a record's card while the pointer rests on one of its highlighted
 * names, and for keyboard readers when focus lands on an element holding one
 * (a link, say) or the caret (caret browsing) enters one. Esc hides it.
 */
import type { PageLife } from './page-life';
import { ask } from '../messaging';
import type { Highlighter } from './highlights';
import type { SidebarHost } from './sidebar-host';

export function followHighlights(life: PageLife, marks: Highlighter, sidebar: SidebarHost): void {
  let pending = false;
  let shown: string | undefined;
  const cache = new Map<string, { name: string; summary: string } | null>();

  const show = async (id: string | undefined, x: number, y: number) => {
    if (id === shown) return;
    shown = id;
    if (!id) return sidebar.card();
    if (!cache.has(id)) cache.set(id, await ask('record:summary', { id }).catch(() => null));
    const rec = cache.get(id);
    if (rec && shown === id && life.alive) sidebar.card({ x, y, ...rec });
  };

  life.addEventListener(document, 'mousemove', (e) => {
    if (pending) return;
    pending = true;
    life.requestAnimationFrame(() => {
      pending = false;
      void show(marks.idAt(e.clientX, e.clientY), e.clientX, e.clientY);
    });
  }, { passive: true });

  // Keyboard: the card sits just below the name.
  const below = (hit: { id: string; rect: DOMRect } | undefined) => void show(hit?.id, hit ? hit.rect.left - 12 : 0, hit ? hit.rect.bottom - 12 : 0);
  life.addEventListener(document, 'focusin', (e) => {
    if (e.target instanceof Node && e.target !== document.body) below(marks.idWithin(e.target));
  });
  life.addEventListener(document, 'selectionchange', () => {
    const sel = document.getSelection();
    if (!sel || !sel.isCollapsed || !sel.focusNode || sel.focusNode.nodeType !== Node.TEXT_NODE) return;
    const hit = marks.idAtCaret(sel.focusNode, sel.focusOffset);
    if (hit || shown) below(hit);
  });
  life.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && shown) void show(undefined, 0, 0);
  });
}
