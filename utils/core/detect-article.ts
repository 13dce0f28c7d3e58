/**
 * Is this page one article? URL and host rules first (fronts, tag and topic
 * pages, search, video and live-blog indexes, encyclopedias are not), then
 * what the page declares (JSON-LD article types incl. @graph, og:type,
 * article:published_time, citation_*), then its shape, in the spirit of
 * Readability's isProbablyReaderable, measured on the extracted body.
 */
import type { ExtractedArticle } from './extract-article';

export interface ArticleDecision {
  isArticle: boolean;
  signals: string[];
}

const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'section', 'sections', 'search', 'author', 'authors',
  'archive', 'archives', 'trends', 'trending', 'keyword', 'keywords', 'subject', 'subjects', 'collection', 'collections', 'hub', 'label',
]);
const MEDIA_SEGMENTS = new Set(['video', 'videos', 'watch', 'tv', 'podcast', 'podcasts', 'gallery', 'galleries', 'photos', 'multimedia']);
const LIVE_SEGMENTS = new Set(['live', 'live-news', 'liveblog', 'live-blog', 'live-updates']);
const SECTION_WORDS =
  /^(?:news|latest|latest-news|latest-stories|pakistan|world|national|international|business|sport|sports|opinion|opinions|editorial|editorials|columns|blogs|politics|us|usa|asia|south-asia|middle-east|americas|home|index|front-page|frontpage|today|top-stories|breaking|breaking-news|newspaper|print|e-paper|epaper|urdu|english|en|ur|ar|fr|de|es|hi|zh|ja|ru|pt|it|(?:19|20)\d\d|\d{1,2})$/;
const ENCYCLOPEDIAS = /(?:^|\.)(?:wikipedia\.org|wikiwand\.com|britannica\.com|fandom\.com|wikia\.com|wiktionary\.org|everybodywiki\.com|infoplease\.com)$/;
const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'searchterm', 'keywords'];
/** Query parameters that carry one story's number on sites without paths (WordPress's ?p=94273, ?story_id=…). */
const STORY_PARAMS = ['p', 'pid', 'id', 'story', 'storyid', 'story_id', 'article', 'articleid', 'article_id', 'newsid', 'news_id', 'nid', 'postid', 'post_id'];
/** Listing words under which some sites file single stories (/archive/2011/05/<slug>/238140/, /category/world/<slug>). */
const FILING_SEGMENTS = new Set(['archive', 'archives', 'category', 'categories', 'section', 'sections']);
/** A segment that reads as a story's slug (five words or more) or number (five digits or more, not a YYYYMMDD date). */
function storySegment(segment: string): boolean {
  const s = segment.replace(/\.(?:html?|php|aspx?|cms)$/, '');
  if (/^\d{5,}$/.test(s)) return !/^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(s);
  let words = 0;
  for (const w of s.split(/[-_]+/)) if (w.length > 0) words++;
  return words >= 5;
}
/** Whether a segment after the i-th is a story's, or the address ends in a page file under a year. */
function storyAfter(segs: string[], i: number): boolean {
  for (let k = i + 1; k < segs.length; k++) if (storySegment(segs[k])) return true;
  // a dated page file: /archives/2012/12/foreigners_reported.php
  const last = segs[segs.length - 1];
  const page = /^(.+)\.(?:html?|php|aspx?|cms)$/.exec(last);
  if (!page || segs.length - i < 3 || !/[a-z]/.test(page[1]) || /^(?:index|default|home|archives?|page-?\d*)$/.test(page[1])) return false;
  for (let k = i + 1; k < segs.length - 1; k++) if (/^(?:19|20)\d\d$/.test(segs[k])) return true;
  return false;
}

/** Why the URL alone says "not an article", or undefined. */
export function urlNonArticleReason(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (ENCYCLOPEDIAS.test(u.hostname.toLowerCase())) return 'an encyclopedia page';
  for (const p of SEARCH_PARAMS) if (u.searchParams.has(p)) return 'a search page';
  const segs: string[] = [];
  for (const s of u.pathname.toLowerCase().split('/')) if (s.length > 0) segs.push(s);
  // a page's AMP version ("…/story.php/amp", "/amp/news/2024/…") is judged as the page
  if (segs[segs.length - 1] === 'amp') segs.pop();
  if (segs[0] === 'amp') segs.shift();
  // a story's number in the query: then "/", "/index.php" or "/news" address one story, not a front
  let storyQuery = false;
  for (const p of STORY_PARAMS) if (/^\d{3,}$/.test(u.searchParams.get(p) ?? '')) storyQuery = true;
  if (segs.length === 0) return storyQuery ? undefined : 'a front page';
  const last = segs[segs.length - 1].replace(/\.(?:html?|php|aspx?)$/, '');
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    // "/archive/2011/05/in-life-and-in-death-bin-laden-divides/238140/" is one story filed under a listing word
    if (LISTING_SEGMENTS.has(s) && !(FILING_SEGMENTS.has(s) && storyAfter(segs, i))) {
      const word = s.replace(/s$/, '');
      return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word} page`;
    }
    if (MEDIA_SEGMENTS.has(s)) return 'a video or media page';
    if (LIVE_SEGMENTS.has(s) && segs.length - i <= 2 && !/\d{5,}/.test(segs.slice(i + 1).join('/'))) return 'a live-blog index';
  }
  let allSections = true;
  for (const s of segs) if (!SECTION_WORDS.test(s)) allSections = false;
  if (!storyQuery && (allSections || (segs.length <= 2 && (last === 'index' || last === 'default')))) return 'a section front';
  return undefined;
}

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|Article|BlogPosting|Report|ScholarlyArticle|TechArticle|SatiricalArticle)$/;
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|VideoGallery|ImageGallery|MediaGallery|LiveBlogPosting)$/;

/** The article decision with its evidence. */
export function detectArticle(url: string, page: ExtractedArticle): ArticleDecision {
  const signals: string[] = [];
  const urlReason = urlNonArticleReason(url);
  if (urlReason) return { isArticle: false, signals: [`the address is ${urlReason}`] };
  const { meta } = page;
  let declared = false;
  let listing = false;
  for (const t of meta.jsonLdTypes) {
    if (ARTICLE_TYPES.test(t) && !declared) {
      declared = true;
      signals.push(`JSON-LD ${t}`);
    } else if (LISTING_TYPES.test(t)) listing = true;
  }
  const ogType = (meta.meta.get('og:type') ?? '').toLowerCase();
  if (ogType === 'article') {
    declared = true;
    signals.push('og:type article');
  }
  if (meta.meta.has('article:published_time')) {
    declared = true;
    signals.push('article:published_time');
  }
  if (meta.meta.has('citation_title') || meta.meta.has('citation_publication_date')) {
    declared = true;
    signals.push('citation metadata');
  }
  if (meta.meta.has('mw:pageid') || /^mw/.test(meta.meta.get('generator') ?? '') || /MediaWiki/i.test(meta.meta.get('generator') ?? '')) {
    return { isArticle: false, signals: [...signals, 'a wiki page'] };
  }
  let long = 0;
  for (const p of page.paragraphs) if (p.length >= 80) long++;
  const shaped = long >= 3 && page.words >= 150 && page.linkDensity < 0.35;
  // many <article> teasers and little text: a front, unless the page declares itself an article and
  // its text is running prose outside them (a short wire story among 24 related-story teasers)
  const frontLike = page.teasers >= 6 && page.words < 400 && !(declared && shaped && page.teaserShare < 0.5);
  if (declared && page.words >= 20 && !frontLike && !(listing && !ARTICLE_TYPES.test(meta.jsonLdTypes[0] ?? ''))) {
    return { isArticle: true, signals };
  }
  if (listing) return { isArticle: false, signals: [...signals, 'declared as a listing page'] };
  if (frontLike) return { isArticle: false, signals: [...signals, `${page.teasers} teasers and little running text`] };
  if (ogType && ogType !== 'article') signals.push(`og:type ${ogType}`);
  if (shaped && !(ogType && ogType !== 'article' && page.words < 300)) {
    signals.push(`${long} paragraphs of running text`);
    return { isArticle: true, signals };
  }
  signals.push(page.words < 150 ? `only ${page.words} words of running text` : 'text is mostly links');
  return { isArticle: false, signals };
}
