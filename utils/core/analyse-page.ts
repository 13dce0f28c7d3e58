/**
 * The engine's entry point for one page: detect the article, extract it,
 * scan headline + body once for topic terms and dataset names, score the
 * topic and pull out the figures. Never throws: a broken page gives a
 * "not an article" analysis with the reason.
 */
import type { Analysis, ArticleInfo } from './analysis';
import { detectArticle } from './detect-article';
import { countWords, extractArticle } from './extract-article';
import { extractFigures } from './extract-figures';
import { groupEntities, scanText, type AliasDictionary, type Zones } from './match-entities';
import { scoreTopic, TOPIC_THRESHOLD } from './score-topic';

export { quickCheck } from './quick-check';
export { contentKey } from './content-key';
export { aliasesFromDataset } from './aliases-from-dataset';
export { compileAliases, type CompiledAliases } from './compile-aliases';
export type { AliasDictionary } from './match-entities';

export interface AnalyseOptions {
  /** When to extract figures: only on relevant pages (default) or always. */
  figures?: 'relevant' | 'always' | 'never';
}

const now = typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/**
 * Gets the matching ready ahead of analysePage, so the work can run in a task
 * of its own: the topic vocabulary (prepared once per script), the folding
 * tables and, for a list, its compiled form. The aliases' automaton is built
 * by analysePage for the page's text, from the aliases the compiled
 * dictionary's index finds in it. Optional: analysePage does whatever is
 * missing. In a content script, e.g.
 *
 *   prepareScanner(dictionary);                       // task 1
 *   setTimeout(() => analysePage(document, location.href, dictionary)); // task 2
 *
 * Never throws.
 */
export function prepareScanner(aliases: AliasDictionary): void {
  try {
    scanText('Pakistan and the United States', aliases);
  } catch {
    /* analysePage will report it */
  }
}

/**
 * Analyses a page; `aliases` is the compiled dictionary (compileAliases), or
 * a list from aliasesFromDataset (compiled on first use and kept per list).
 */
export function analysePage(doc: Document, url: string, aliases: AliasDictionary, opts: AnalyseOptions = {}): Analysis {
  const steps = analysePageInSteps(doc, url, aliases, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * analysePage in three steps, so that a page can run between them: reading
 * the page (extraction and article detection), then matching and scoring the
 * text, then the figures. Each `next()` runs one step; the last returns the
 * analysis. The page is read only in the first step. `ms` counts the steps'
 * own time, not the time between them. Never throws.
 */
export function* analysePageInSteps(doc: Document, url: string, aliases: AliasDictionary, opts: AnalyseOptions = {}): Generator<void, Analysis, void> {
  const address = String(url ?? '');
  let ms = 0;
  let t0 = now();
  try {
    const page = extractArticle(doc, address);
    const decision = detectArticle(address, page);
    const { text, zones } = analysedText(page.headline, page.paragraphs);
    const article: ArticleInfo = {
      isArticle: decision.isArticle,
      articleSignals: decision.signals,
      url: address,
      headline: page.headline,
      published: page.published,
      siteName: page.siteName,
      lang: page.lang,
      dir: page.dir,
      words: page.words,
    };
    ms += now() - t0;
    yield;
    t0 = now();
    const scan = scanText(text, aliases);
    const entities = groupEntities(text, scan.entities, zones);
    const topic = scoreTopic(text, scan.terms, entities, zones);
    if (!decision.isArticle && topic.relevant) {
      topic.relevant = false;
      topic.reasons.push(`not a single article (${decision.signals[decision.signals.length - 1] ?? 'no article signals'})`);
    }
    const want = opts.figures ?? 'relevant';
    if (want === 'always' || (want === 'relevant' && topic.relevant)) {
      ms += now() - t0;
      yield;
      t0 = now();
      const figures = extractFigures(text, { published: page.published });
      return { article, topic, entities, figures, ms: ms + now() - t0 };
    }
    return { article, topic, entities, figures: [], ms: ms + now() - t0 };
  } catch (err) {
    return failed(address, err, ms + now() - t0);
  }
}

/** headline + "\n\n" + body, with where the headline and the lede end. */
export function analysedText(headline: string, paragraphs: string[]): { text: string; zones: Zones } {
  const body = paragraphs.join('\n\n');
  const text = headline + '\n\n' + body;
  let ledeEnd = headline.length + 2;
  let words = 0;
  for (let i = 0; i < paragraphs.length && i < 3 && words < 50; i++) {
    ledeEnd += paragraphs[i].length + (i > 0 ? 2 : 0);
    const w = countWords(paragraphs[i]);
    if (w >= 6) words += w;
  }
  return { text, zones: { headlineEnd: headline.length, ledeEnd } };
}

function failed(url: string, err: unknown, ms: number): Analysis {
  const why = err instanceof Error ? err.message : 'unknown error';
  return {
    article: { isArticle: false, articleSignals: ['the page could not be read'], url, headline: '', lang: 'und', dir: 'ltr', words: 0 },
    topic: { relevant: false, score: 0, threshold: TOPIC_THRESHOLD, reasons: [`analysis failed: ${why.slice(0, 200)}`] },
    entities: [],
    figures: [],
    ms,
  };
}
