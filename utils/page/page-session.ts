/**
 * Everything Backstory does on a page after the cheap early exit: settings,
 * reading the page, one request (the background analyses what was read and
 * answers with the analysis and, when relevant, a sidebar session), sidebar,
 * highlights. Runs in the content script's isolated world, loaded only on
 * pages that pass `quickCheck`.
 */
import { readPage, unreadablePage, type PageText } from '../core/read-page';
import { ask } from '../messaging';
import { followHighlights } from './follow-highlights';
import { highlightEntities, type Highlighter } from './highlights';
import type { PageLife } from './page-life';
import { mountSidebar, type SidebarHost } from './sidebar-host';

export interface PageSession {
  toggle(): void;
  open(): void;
  close(): void;
  teardown(): void;
}

/** Reads the page; mounts the sidebar when the background finds it relevant (or when `force`, the reader asked). */
export async function startPageSession(life: PageLife, force: boolean): Promise<PageSession | undefined> {
  const host = location.hostname;
  const settings = await ask('page:settings', { host });
  if (settings.disabled && !force) return undefined;
  // Reading the page is the only part of the analysis that needs it; a task of its own.
  await yieldToPage();
  if (!life.alive) return undefined;
  let page: PageText;
  try {
    page = readPage(document, location.href);
  } catch {
    page = unreadablePage(location.href);
  }
  // Matching, scoring and the figures run in the background, with the dataset it holds.
  const { analysis, sidebar: reply } = await ask('page:analyse', { page, force });
  if (!reply || !life.alive) return undefined;
  const own = life.child();
  const sidebar: SidebarHost = mountSidebar({
    session: reply.session,
    open: reply.open || force,
    signal: own.signal,
    onOpenChange: (open) => void ask('site:open-state', { host, open }),
  });
  if (force) sidebar.open({ focus: true });
  let marks: Highlighter | undefined;
  own.onEnd(() => marks?.clear());
  if (reply.highlights) {
    await yieldToPage();
    if (!own.alive) return undefined;
    const skip = new Set(reply.states);
    marks = highlightEntities(document.querySelector('article') ?? document.body, analysis.entities.filter((e) => !skip.has(e.id)));
    if (marks) followHighlights(own, marks, sidebar);
  }
  return {
    toggle: () => sidebar.toggle(),
    open: () => sidebar.open({ focus: true, byReader: true }),
    close: () => sidebar.close({ byReader: true }),
    teardown: () => own.end(),
  };
}

/** Lets the page run between Backstory's steps, so none of them makes a long task. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
