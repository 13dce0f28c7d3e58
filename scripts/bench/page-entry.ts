/**
 * Bundled (esbuild, IIFE) and injected into each benchmark page. Times the
 * engine against Mozilla Readability on the live document, with
 * performance.now(), so nothing crosses the CDP boundary while the clock runs.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analysePage, analyseText, aliasesFromDataset, compileAliases, contentKey, quickCheck, readPage, type CompiledAliases, type PageText } from '../../utils/core/analyse-page';
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
  cold: { firstLook: number; quickCheck: number; analysePage: number; readPage: number; analyseText: number; readability: number };
  firstLookBatched: number[];
  look: boolean;
  quickCheck: number[];
  /** Batched: a single call can be below performance.now()'s resolution. */
  quickCheckBatched: number[];
  contentKey: number[];
  /** With a fresh copy of the compiled dictionary each call (JSON.parse of its JSON text), so the page's automaton is built each time. */
  analysePage: number[];
  /** With the same dictionary object: the automaton built for the page's text is kept and reused. */
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

/**
 * The compiled dictionary as a new copy per call (JSON.parse of its JSON
 * text), so that every call builds its matcher: the worst case. The copies
 * are made outside the timed calls.
 */
function receiver(aliases: AliasEntry[]): () => CompiledAliases {
  const json = JSON.stringify(compileAliases(aliases));
  return () => JSON.parse(json) as CompiledAliases;
}

/** Runs the calls in turn, each run starting one further along: a then b on even runs, b then a on odd ones (three calls: abc, bca, cab). */
function inTurns(i: number, ...calls: Array<() => unknown>): void {
  for (let k = 0; k < calls.length; k++) calls[(i + k) % calls.length]();
}

function measure(url: string, aliases: AliasEntry[], reps: number, which: { engine?: boolean; readability?: boolean; warm?: boolean; gc?: boolean; warmUp?: number } = {}): PageTimes {
  const warmUp = which.warmUp ?? 0;
  const collect = which.gc === false ? () => undefined : gc;
  const received = receiver(aliases);
  const kept = received();
  // every copy made up front, so no rep's timing follows the allocation of its copy
  const fresh: CompiledAliases[] = [];
  for (let i = 0; i <= reps + warmUp; i++) fresh.push(received());
  const engine = which.engine ?? true;
  const readability = which.readability ?? true;
  const warm = which.warm ?? true;
  const out: PageTimes = {
    cold: { firstLook: NaN, quickCheck: NaN, analysePage: NaN, readPage: NaN, analyseText: NaN, readability: NaN },
    firstLookBatched: [], look: false,
    quickCheck: [], quickCheckBatched: [], contentKey: [], analysePage: [], analysePageWarm: [], readability: [], readerable: [],
    quick: false, relevant: false, isArticle: false, words: 0, entities: 0, figures: 0, readabilityOk: false, readerableResult: false, engineMs: NaN,
    crossOriginIsolated: !!globalThis.crossOriginIsolated,
  };
  try {
    if (engine) {
      out.cold.firstLook = timeIt(() => (out.look = firstLook(document, url)));
      out.cold.quickCheck = timeIt(() => (out.quick = quickCheck(document, url)));
      // analysePage's first call is readPage then analyseText, timed apart: the extension runs the
      // first in the page and the second in its background.
      let read: PageText | undefined;
      out.cold.readPage = timeIt(() => (read = readPage(document, url)));
      out.cold.analyseText = timeIt(() => {
        const a = analyseText(read!, fresh[reps]);
        out.relevant = a.topic.relevant;
        out.isArticle = a.article.isArticle;
        out.words = a.article.words;
        out.entities = a.entities.length;
        out.figures = a.figures.length;
        out.engineMs = a.ms;
      });
      out.cold.analysePage = out.cold.readPage + out.cold.analyseText;
    }
    if (readability) out.cold.readability = timeIt(() => (out.readabilityOk = !!new Readability(document.cloneNode(true) as Document).parse()));
    // Build (and keep) the automaton for the kept dictionary, untimed, so every warm run finds it.
    if (engine && warm) analysePage(document, url, kept);
    // One forced GC before each block (not timed): a block's garbage is not billed to the next one's timings.
    // The two blocks take turns going first (the engine's on even runs, Readability's on odd ones): whatever
    // following the other block costs (its garbage, its compile jobs) falls on both alike.
    const engineBlock = (i: number) => {
      collect();
      out.firstLookBatched.push(timeIt(() => firstLook(document, url), 1));
      out.quickCheck.push(timeIt(() => quickCheck(document, url)));
      out.quickCheckBatched.push(timeIt(() => quickCheck(document, url), 1));
      if (warm) {
        out.contentKey.push(timeIt(() => contentKey(document, url), 1));
        out.analysePageWarm.push(timeIt(() => analysePage(document, url, kept)));
      }
      out.analysePage.push(timeIt(() => analysePage(document, url, fresh[i])));
    };
    const readabilityBlock = () => {
      collect();
      out.readerable.push(timeIt(() => (out.readerableResult = isProbablyReaderable(document))));
      out.readability.push(timeIt(() => new Readability(document.cloneNode(true) as Document).parse()));
    };
    // untimed rounds of both blocks first (their times are dropped): see WARM_UP_ROUNDS in engine.ts
    for (let i = 0; i < warmUp; i++) {
      if (engine) engineBlock(reps + 1 + i);
      if (readability) readabilityBlock();
    }
    // every timing list of `out` (its only arrays) emptied of the warm-up's times
    for (const v of Object.values(out)) if (Array.isArray(v)) v.length = 0;
    for (let i = 0; i < reps; i++)
      inTurns(
        i,
        () => engine && engineBlock(i),
        () => readability && readabilityBlock(),
      );
  } catch (e) {
    out.error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  return out;
}

/**
 * analysePage on this page with several alias dictionaries, each compiled
 * (compileAliases, timed once: the background's work per dataset version):
 * first call, warm calls (same dictionary object) and fresh calls (a new
 * copy each time, made untimed; the copy's
 * JSON.parse is timed on its own), with Readability's parse of the same
 * page timed in the same loop.
 */
function measureDictionaries(url: string, dictionaries: AliasEntry[][], reps: number) {
  // Untimed warm-up of both sides first, so the three sizes are compared with equally warm code
  // (otherwise the first block, ×1, pays the JIT's warm-up alone; the cold start has its own row).
  const warmUp = dictionaries[0] ? receiver(dictionaries[0]) : undefined;
  for (let i = 0; i < reps; i++) {
    if (warmUp) analysePage(document, url, warmUp());
    new Readability(document.cloneNode(true) as Document).parse();
  }
  return dictionaries.map((aliases) => {
    gc();
    let compiled: CompiledAliases | undefined;
    const compile = timeIt(() => (compiled = compileAliases(aliases)));
    const json = JSON.stringify(compiled);
    const kept = JSON.parse(json) as CompiledAliases;
    gc();
    const first = timeIt(() => analysePage(document, url, kept));
    // Each size has code paths of its own (a larger dictionary's index is read another way): they get
    // the same untimed warm-up as the rest, so the sizes compare equally warm code (the first call with
    // each size is reported on its own).
    for (let i = 0; i < reps; i++) analysePage(document, url, JSON.parse(json) as CompiledAliases);
    const warm: number[] = [];
    const fresh: number[] = [];
    const newText: number[] = [];
    // Another page's text for the kept dictionary (this page's text and a word): the matcher kept for the last text does not serve the next call.
    const other = readPage(document, url);
    other.text += ' x';
    const receive: number[] = [];
    const readability: number[] = [];
    let entities = 0;
    // One forced GC per run, then the copy's parse, then the fresh analysePage, Readability's parse and analysePage
    // with the kept dictionary on a new text, taking turns going first (the run's garbage falls on all alike): not a GC right before either timed call, which
    // slows the next call's first allocations (analysePage on this page: +40%, Readability: +10%, measured).
    for (let i = 0; i < reps; i++) {
      gc();
      let copy: CompiledAliases | undefined;
      receive.push(timeIt(() => (copy = JSON.parse(json) as CompiledAliases)));
      const analyse = () => fresh.push(timeIt(() => analysePage(document, url, copy!)));
      const parse = () => readability.push(timeIt(() => new Readability(document.cloneNode(true) as Document).parse()));
      const analyseNew = () => {
        analyseText(other, kept);
        newText.push(timeIt(() => analysePage(document, url, kept)));
      };
      inTurns(i, analyse, parse, analyseNew);
      warm.push(timeIt(() => (entities = analysePage(document, url, kept).entities.length)));
    }
    return { size: aliases.length, bytes: json.length, compile, first, warm, fresh, newText, receive, readability, entities };
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
