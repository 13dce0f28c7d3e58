/**
 * Everything Backstory does on a page after the cheap early exit: settings,
 * dictionary, engine, one request, sidebar, highlights. Runs in the content
 * script's isolated world, loaded only on pages that pass `quickCheck`.
 */
import { analysePageInSteps, prepareScanner } from '../core/analyse-page';
import type { Analysis } from '../core/analysis';
import { applySensitivity } from '../core/apply-sensitivity';
import type { CompiledAliases } from '../core/compile-aliases';
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

let matcherReply: Promise<{ dictionary: CompiledAliases; states: string[] }> | undefined;

/** Analyses the page; mounts the sidebar when it is relevant (or when `force`, the reader asked). */
export async function startPageSession(life: PageLife, force: boolean): Promise<PageSession | undefined> {
  const host = location.hostname;
  const settings = await ask('page:settings', { host });
  if (settings.disabled && !force) return undefined;
  // One dictionary per page life: the engine keeps the last text's matcher per dictionary.
  matcherReply ??= ask('matcher:get', undefined);
  const { dictionary, states } = await matcherReply.catch((e) => {
    matcherReply = undefined;
    throw e;
  });
  // Preparing the matcher, reading the page, matching and the figures are separate tasks, so none is a long one.
  await yieldToPage();
  prepareScanner(dictionary);
  const steps = analysePageInSteps(document, location.href, dictionary);
  let step: IteratorResult<void, Analysis>;
  do {
    await yieldToPage();
    if (!life.alive) return undefined;
    step = steps.next();
  } while (!step.done);
  const analysis = applySensitivity(step.value, settings.sensitivity);
  if (!analysis.topic.relevant && !force) {
    void ask('page:irrelevant', { analysis });
    return undefined;
  }
  const reply = await ask('page:relevant', { analysis });
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
    const skip = new Set(states);
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
