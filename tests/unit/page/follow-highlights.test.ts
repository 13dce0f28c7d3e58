// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ask = vi.fn(async (_type: string, p: { id: string }) => ({ name: `Name of ${p.id}`, summary: `Summary of ${p.id}`, kind: 'actors' }));
vi.mock('../../../utils/messaging', () => ({ ask: (type: string, p: { id: string }) => ask(type, p) }));

const { followHighlights } = await import('../../../utils/page/follow-highlights');
const { PageLife } = await import('../../../utils/page/page-life');
import type { Highlighter } from '../../../utils/page/highlights';
import type { SidebarHost } from '../../../utils/page/sidebar-host';

const rect = { left: 100, bottom: 200, top: 180, right: 150, width: 50, height: 20, x: 100, y: 180 } as DOMRect;

function setUp() {
  document.body.innerHTML = '<p>Talks with <a href="#" id="named">Mohsin Naqvi</a> and <a href="#" id="plain">others</a>.</p>';
  const named = document.getElementById('named')!;
  const text = named.firstChild!;
  const marks: Highlighter = {
    idAt: () => undefined,
    idWithin: (el) => (el.contains(text) ? { id: 'mohsin-naqvi', rect } : undefined),
    idAtCaret: (node, offset) => (node === text && offset <= 12 ? { id: 'mohsin-naqvi', rect } : undefined),
    clear: () => undefined,
  };
  const card = vi.fn<SidebarHost['card']>();
  const sidebar = { card } as unknown as SidebarHost;
  const life = new PageLife();
  return { named, text, marks, card, sidebar, life };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('followHighlights for keyboard readers', () => {
  beforeEach(() => {
    ask.mockClear();
    (globalThis as unknown as { chrome: unknown }).chrome = { runtime: { id: 'test' } };
  });
  afterEach(() => {
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
  });

  it('shows the card when focus lands on an element holding a highlighted name, as text below the name', async () => {
    const { named, marks, card, sidebar, life } = setUp();
    followHighlights(life, marks, sidebar);
    named.focus();
    named.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(ask).toHaveBeenCalledWith('record:summary', { id: 'mohsin-naqvi' });
    expect(card.mock.lastCall?.[0]).toMatchObject({ x: 88, y: 188, name: 'Name of mohsin-naqvi', summary: 'Summary of mohsin-naqvi' });
  });

  it('hides it when focus moves to an element without one, and on Escape', async () => {
    const { named, marks, card, sidebar, life } = setUp();
    followHighlights(life, marks, sidebar);
    named.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    document.getElementById('plain')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(card).toHaveBeenLastCalledWith();
    named.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(card.mock.lastCall?.[0]).toMatchObject({ name: 'Name of mohsin-naqvi' });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(card).toHaveBeenLastCalledWith();
  });

  it('follows the caret (caret browsing) into a highlighted name', async () => {
    const { text, marks, card, sidebar, life } = setUp();
    followHighlights(life, marks, sidebar);
    document.getSelection()!.collapse(text, 3);
    document.dispatchEvent(new Event('selectionchange'));
    await settle();
    expect(card.mock.lastCall?.[0]).toMatchObject({ name: 'Name of mohsin-naqvi' });
  });

  it('stops listening when its life ends', async () => {
    const { named, marks, card, sidebar, life } = setUp();
    followHighlights(life, marks, sidebar);
    life.end();
    named.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(card).not.toHaveBeenCalled();
    expect(ask).not.toHaveBeenCalled();
  });
});
