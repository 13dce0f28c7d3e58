/**
 * The engine's entry point for one page: detect the article, extract it,
 * scan headline + body once for topic terms and dataset names, score the
 * topic and pull out the figures. Never throws: a broken page gives a
 * "not an article" analysis with the reason. Two halves: readPage (the only
 * part that needs the document, read-page.ts) and analyseText (the rest, on
 * plain data); the extension runs the first in the page and the second in
 * its background, and analysePage runs both at once.
 */
import type { Analysis } from './analysis';
import { extractFigures } from './extract-figures';
import { groupEntities, recordSides, scanText, type AliasDictionary } from './match-entities';
import { now, readPage, unreadablePage, type PageText } from './read-page';
import { scoreTopic, TOPIC_THRESHOLD } from './score-topic';

export { quickCheck } from './quick-check';
export { readPage, analysedText, type PageText } from './read-page';
export { contentKey } from './content-key';
export { aliasesFromDataset } from './aliases-from-dataset';
export { compileAliases, type CompiledAliases } from './compile-aliases';
export type { AliasDictionary } from './match-entities';

export interface AnalyseOptions {
  /** When to extract figures: only on relevant pages (default) or always. */
  figures?: 'relevant' | 'always' | 'never';
}

/**
 * Analyses a page; `aliases` is the compiled dictionary (compileAliases), or
 * a list from aliasesFromDataset (compiled on first use and kept per list).
 * readPage then analyseText, at once. Never throws.
 */
export function analysePage(doc: Document, url: string, aliases: AliasDictionary, opts: AnalyseOptions = {}): Analysis {
  const t0 = now();
  let read: PageText;
  try {
    read = readPage(doc, url);
  } catch (err) {
    return failed(String(url ?? ''), err, now() - t0);
  }
  return analyseText(read, aliases, opts);
}

/**
 * The analysis of a page's text as readPage took it: matching, scoring and
 * the figures. Needs no document: the extension runs it in its background,
 * where the dictionary lives, so that the page does only the reading. `ms`
 * adds the reading time. Never throws.
 */
export function analyseText(read: PageText, aliases: AliasDictionary, opts: AnalyseOptions = {}): Analysis {
  const t0 = now();
  const readMs = typeof read?.ms === 'number' && Number.isFinite(read.ms) ? read.ms : 0;
  try {
    const { article, text, zones } = read;
    if (typeof text !== 'string' || typeof article?.headline !== 'string' || typeof zones?.headlineEnd !== 'number' || typeof zones?.ledeEnd !== 'number') throw new Error('not a page text');
    const scan = scanText(text, aliases);
    const entities = groupEntities(text, scan.entities, zones);
    const topic = scoreTopic(text, scan.terms, entities, zones, recordSides(aliases), scan.entities);
    if (!article.isArticle && topic.relevant) {
      topic.relevant = false;
      topic.reasons.push(`not a single article (${article.articleSignals[article.articleSignals.length - 1] ?? 'no article signals'})`);
    }
    const want = opts.figures ?? 'relevant';
    const figures = want === 'always' || (want === 'relevant' && topic.relevant) ? extractFigures(text, { published: article.published }) : [];
    return { article, topic, entities, figures, ms: readMs + now() - t0 };
  } catch (err) {
    return failed(String(read?.article?.url ?? ''), err, readMs + now() - t0);
  }
}

function failed(url: string, err: unknown, ms: number): Analysis {
  const why = err instanceof Error ? err.message : 'unknown error';
  return {
    article: unreadablePage(url).article,
    topic: { relevant: false, score: 0, threshold: TOPIC_THRESHOLD, reasons: [`analysis failed: ${why.slice(0, 200)}`] },
    entities: [],
    figures: [],
    ms,
  };
}
