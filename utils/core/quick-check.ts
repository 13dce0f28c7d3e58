/**
 * The engine's early exit: is this page worth a full analysis? The content
 * script's first look (the address, the title or descriptive meta tags name
 * Pakistan, or the title or address an acronym that stands for it (ISI, TTP…),
 * or, on a Pakistani outlet, they name the United States; on an opinion piece or
 * a page without a description, the first h1 and paragraphs too)
 * plus the address rules that say a page is no single article (fronts, tag
 * and search pages, video and live-blog indexes, encyclopedias), which the
 * background applies before it injects the engine. No full-text walk, no
 * extraction.
 */
import { urlNonArticleReason } from './detect-article';
import { firstLook } from './first-look';

/**
 * True when the page might be a Pakistan–US article; false means stop here.
 * The first look comes first: on the many pages that fail it, the address
 * rules' patterns are never even compiled. Never throws.
 */
export function quickCheck(doc: Document, url: string): boolean {
  try {
    return firstLook(doc, url) && !urlNonArticleReason(String(url ?? ''));
  } catch {
    return false;
  }
}
