/**
 * The part of the analysis that reads the page: article detection and
 * extraction, and the text the rest of the analysis works on (headline and
 * body, with where the headline and the lede end). It is the only part that
 * needs the page's document; its result is plain data, so the matching, the
 * scoring and the figures (analyseText in analyse-page.ts) can run anywhere:
 * in the page, in node, or in the extension's background.
 */
import type { ArticleInfo } from './analysis';
import { detectArticle } from './detect-article';
import { countWords, extractArticle } from './extract-article';
import type { Zones } from './match-entities';

/** What readPage takes from a page. */
export interface PageText {
  article: ArticleInfo;
  /** headline + "\n\n" + the body's paragraphs, separated by "\n\n". */
  text: string;
  zones: Zones;
  /** Time spent reading the page (ms). */
  ms: number;
}

export const now = typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/** Reads a page: detection, extraction and the analysed text. May throw on a broken document (analysePage never does). */
export function readPage(doc: Document, url: string): PageText {
  const t0 = now();
  const address = String(url ?? '');
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
  return { article, text, zones, ms: now() - t0 };
}

/** The page text of a page whose document could not be read: no article, nothing to match. */
export function unreadablePage(url: string): PageText {
  return { article: { isArticle: false, articleSignals: ['the page could not be read'], url, headline: '', lang: 'und', dir: 'ltr', words: 0 }, text: '', zones: { headlineEnd: 0, ledeEnd: 0 }, ms: 0 };
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
