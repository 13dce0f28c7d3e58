/**
 * The engine's early exit: is this page worth a full analysis? The content
 * script's first look (the address, the title, descriptive meta tags, the
 * first h1 and paragraphs name Pakistan) plus the address rules that say a
 * page is no single article (fronts, tag and search pages, video and
 * live-blog indexes, encyclopedias). No full-text walk, no extraction.
 */
import { urlNonArticleReason } from './detect-article';
import { firstLook } from './first-look';

/** True when the page might be a Pakistan–US article; false means stop here. Never throws. */
export function quickCheck(doc: Document, url: string): boolean {
  try {
    if (urlNonArticleReason(String(url ?? ''))) return false;
    return firstLook(doc, url);
  } catch {
    return false;
  }
}
