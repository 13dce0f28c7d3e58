/** Shows a record's card while the pointer rests on one of its highlighted names. */
import type { PageLife } from './page-life';
import { ask } from '../messaging';
import type { Highlighter } from './highlights';
import type { SidebarHost } from './sidebar-host';

export function followHighlights(life: PageLife, marks: Highlighter, sidebar: SidebarHost): void {
  let pending = false;
  let shown: string | undefined;
  const cache = new Map<string, { name: string; summary: string } | null>();
  life.addEventListener(document, 'mousemove', (e) => {
    if (pending) return;
    pending = true;
    life.requestAnimationFrame(async () => {
      pending = false;
      const id = marks.idAt(e.clientX, e.clientY);
      if (id === shown) return;
      shown = id;
      if (!id) return sidebar.card();
      if (!cache.has(id)) cache.set(id, await ask('record:summary', { id }).catch(() => null));
      const rec = cache.get(id);
      if (rec && shown === id) sidebar.card({ x: e.clientX, y: e.clientY, ...rec });
    });
  }, { passive: true });
}
