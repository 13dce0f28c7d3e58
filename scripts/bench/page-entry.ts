/**
 * Bundled (esbuild, IIFE) and injected into each benchmark page. Times the
 * engine against Mozilla Readability on the live document, with
 * performance.now(), so nothing crosses the CDP boundary while the clock runs.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analysePage, aliasesFromDataset, contentKey, quickCheck } from '../../utils/core/analyse-page';
import { firstLook } from '../../utils/core/first-look';
import type { AliasEntry } from '../../utils/core/analysis';

const now = () => performance.now();
/** window.gc when Chromium runs with --expose-gc: collect before each block of timed calls (not timed). */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Time `fn` `reps` times; calls shorter than the clock's resolution are repeated in a batch and averaged. */
function timeIt(fn: () => unknown, minBatchMs = 0): number {
  if (minBatchMs <= 0) {
    const t0 = now();
    fn();
    return now() - t0;
  }
  let n = 0;
  const t0 = now();
  let t = t0;
  do {
    fn();
    n++;
    t = now();
  } while (t - t0 < minBatchMs && n < 10_000);
  return (t - t0) / n;
}

export interface PageTimes {
  /** First call on the page (fresh script, cold caches). */
  cold: { firstLook: number; quickCheck: number; analysePage: number; readability: number };
  firstLookBatched: number[];
  look: boolean;
  quickCheck: number[];
  /** Batched: a single call can be below performance.now()'s resolution. */
  quickCheckBatched: number[];
  contentKey: number[];
  /** With a new alias array each call, so the dictionary automaton is built each time (as in a fresh content script). */
  analysePage: number[];
  /** With the same alias array: the automaton is cached. */
  analysePageWarm: number[];
  readability: number[];
  readerable: number[];
  quick: boolean;
  relevant: boolean;
  isArticle: boolean;
  words: number;
  entities: number;
  figures: number;
  readabilityOk: boolean;
  readerableResult: boolean;
  engineMs: number;
  crossOriginIsolated: boolean;
  error?: string;
}

function measure(url: string, aliases: AliasEntry[], reps: number, which: { engine?: boolean; readability?: boolean; warm?: boolean; gc?: boolean } = {}): PageTimes {
  const collect = which.gc === false ? () => undefined : gc;
  const engine = which.engine ?? true;
  const readability = which.readability ?? true;
  const warm = which.warm ?? true;
  const out: PageTimes = {
    cold: { firstLook: NaN, quickCheck: NaN, analysePage: NaN, readability: NaN },
    firstLookBatched: [], look: false,
    quickCheck: [], quickCheckBatched: [], contentKey: [], analysePage: [], analysePageWarm: [], readability: [], readerable: [],
    quick: false, relevant: false, isArticle: false, words: 0, entities: 0, figures: 0, readabilityOk: false, readerableResult: false, engineMs: NaN,
    crossOriginIsolated: !!globalThis.crossOriginIsolated,
  };
  try {
    if (engine) {
      out.cold.firstLook = timeIt(() => (out.look = firstLook(document, url)));
      out.cold.quickCheck = timeIt(() => (out.quick = quickCheck(document, url)));
      out.cold.analysePage = timeIt(() => {
        const a = analysePage(document, url, aliases.slice());
        out.relevant = a.topic.relevant;
        out.isArticle = a.article.isArticle;
        out.words = a.article.words;
        out.entities = a.entities.length;
        out.figures = a.figures.length;
        out.engineMs = a.ms;
      });
    }
    if (readability) out.cold.readability = timeIt(() => (out.readabilityOk = !!new Readability(document.cloneNode(true) as Document).parse()));
    // Build (and cache) the automaton for `aliases` itself, untimed, so every warm run finds it.
    if (engine && warm) analysePage(document, url, aliases);
    // One forced GC before each block (not timed): a block's garbage is not billed to the next one's timings.
    for (let i = 0; i < reps; i++) {
      if (engine) {
        collect();
        out.firstLookBatched.push(timeIt(() => firstLook(document, url), 1));
        out.quickCheck.push(timeIt(() => quickCheck(document, url)));
        out.quickCheckBatched.push(timeIt(() => quickCheck(document, url), 1));
        if (warm) {
          out.contentKey.push(timeIt(() => contentKey(document, url), 1));
          out.analysePageWarm.push(timeIt(() => analysePage(document, url, aliases)));
        }
        out.analysePage.push(timeIt(() => analysePage(document, url, aliases.slice())));
      }
      if (readability) {
        collect();
        out.readerable.push(timeIt(() => (out.readerableResult = isProbablyReaderable(document))));
        out.readability.push(timeIt(() => new Readability(document.cloneNode(true) as Document).parse()));
      }
    }
  } catch (e) {
    out.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return out;
}

/**
 * analysePage on this page with several alias dictionaries: first call,
 * warm calls (same array) and fresh calls (a new array each time), with
 * Readability's parse of the same page timed in the same loop.
 */
function measureDictionaries(url: string, dictionaries: AliasEntry[][], reps: number) {
  // Untimed warm-up of both sides first, so the three sizes are compared with equally warm code
  // (otherwise the first block, ×1, pays the JIT's warm-up alone; the cold start has its own row).
  for (let i = 0; i < reps; i++) {
    if (dictionaries[0]) analysePage(document, url, dictionaries[0].slice());
    new Readability(document.cloneNode(true) as Document).parse();
  }
  return dictionaries.map((aliases) => {
    const list = aliases.slice();
    gc();
    const first = timeIt(() => analysePage(document, url, list));
    const warm: number[] = [];
    const fresh: number[] = [];
    const readability: number[] = [];
    let entities = 0;
    // Building a large automaton takes seconds: fewer runs for the largest dictionaries keep the bench short.
    const freshReps = aliases.length > 20_000 ? Math.min(reps, 2) : reps;
    for (let i = 0; i < reps; i++) {
      gc();
      warm.push(timeIt(() => (entities = analysePage(document, url, list).entities.length)));
      if (i < freshReps) {
        gc();
        fresh.push(timeIt(() => analysePage(document, url, aliases.slice())));
        gc();
        readability.push(timeIt(() => new Readability(document.cloneNode(true) as Document).parse()));
      }
    }
    return { size: aliases.length, first, warm, fresh, readability, entities };
  });
}

/** The analysis of this page (for the dataset benchmark). */
function analyse(url: string, aliases: AliasEntry[]) {
  return analysePage(document, url, aliases);
}

(globalThis as Record<string, unknown>).__bench = {
  quickCheck,
  analysePage,
  contentKey,
  aliasesFromDataset,
  Readability,
  isProbablyReaderable,
  measure,
  measureDictionaries,
  analyse,
};
