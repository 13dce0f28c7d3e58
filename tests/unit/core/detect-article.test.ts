import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../utils/core/analyse-page';
import { urlNonArticleReason } from '../../../utils/core/detect-article';
import { extractArticle } from '../../../utils/core/extract-article';
import { page, parse } from './helpers';

describe('urlNonArticleReason', () => {
  it.each([
    ['https://www.dawn.com/', 'a front page'],
    ['https://www.dawn.com/pakistan', 'a section front'],
    ['https://tribune.com.pk/latest', 'a section front'],
    ['https://www.dawn.com/trends/pakistan-us-relations', 'a trend page'],
    ['https://apnews.com/hub/pakistan', 'a hub page'],
    ['https://www.thenews.com.pk/tags/terrorism', 'a tag page'],
    ['https://www.example.com/tag/pakistan-us-relations/page/2', 'a tag page'],
    ['https://www.example.com/?s=pakistan', 'a search page'],
    ['https://www.example.com/?page=2', 'a front page'],
    ['https://www.example.com/video/?id=4411', 'a video or media page'],
    ['https://www.example.com/archive/20240115/', 'an archive page'],
    ['https://www.example.org/archives/2012/12/index.php', 'an archive page'],
    ['https://www.example.org/archive/2012/12.html', 'an archive page'],
    ['https://www.example.org/archive/2019/01/31.html', 'an archive page'],
    ['https://www.example.org/archives/2012/12/page2.html', 'an archive page'],
    ['https://www.example.com/tag/pakistan-us-drone-strike-news/', 'a tag page'],
    ['https://www.example.com/tag/pakistan/amp', 'a tag page'],
    ['https://www.example.com/amp/', 'a front page'],
    ['https://www.example.com/amp/news', 'a section front'],
    ['https://www.example.com/amp/news/amp', 'a section front'],
    ['https://www.example.com/amp/tag/pakistan', 'a tag page'],
    ['https://www.example.org/archives/2012/12/amp', 'an archive page'],
    ['https://www.example.com/news?p=12', 'a section front'],
    ['https://www.example.com/pakistan/2024', 'a section front'],
    ['https://www.reuters.com/site-search/?query=pakistan', 'a search page'],
    ['https://www.dawn.com/news/video/123', 'a video or media page'],
    ['https://www.aljazeera.com/news/liveblog/', 'a live-blog index'],
    ['https://en.wikipedia.org/wiki/Pakistan%E2%80%93United_States_relations', 'an encyclopedia page'],
  ])('%s is %s', (url, reason) => expect(urlNonArticleReason(url)).toBe(reason));

  it.each([
    'https://www.dawn.com/news/1967488/pakistan-us-agree-to-enhance-collaboration',
    'https://tribune.com.pk/story/2533871/pakistan-us-agree',
    'https://www.thenews.com.pk/latest/1301188-us-approves',
    'https://www.voanews.com/a/some-story/7296345.html',
    'https://www.news18.com/world/us-pakistan-agree-9263412.html',
    'https://www.aljazeera.com/news/liveblog/2025/5/10/live-pakistan-india-tensions',
    'https://www.example.com/?p=94273',
    'https://www.example.com/archive/2006/07/2008410115636468691.html',
    'https://www.example.com/index.php?story_id=1201',
    'https://www.example.net/index.aspx?pid=164237',
    'https://www.example.com/south-asia/pakistan/7907',
    'https://www.example.com/international/archive/2011/05/in-life-and-in-death-a-story-in-many-words/238140/',
    'https://www.example.com/category/world/us-and-pakistan-agree-on-new-talks',
    'https://www.example.org/archives/2012/12/foreigners_reported.php',
    // the page's AMP version
    'https://www.example.org/archives/2008/09/report_us_helicopter.php/amp',
    'https://www.example.org/archives/2008/09/report_us_helicopter.php/amp/',
    'https://www.example.com/amp/news/2024/05/us-and-pakistan-agree-on-new-talks',
    'not a url',
  ])('%s may be an article', (url) => expect(urlNonArticleReason(url)).toBeUndefined());
});

describe('article detection', () => {
  const body = ['Officials met on Tuesday in Islamabad to review the talks and agreed on a plan for the coming year.', 'Second paragraph with more words about the meeting.'];
  it('trusts JSON-LD NewsArticle, also inside @graph', () => {
    const a = analysePage(page({ headline: 'A headline for the story', paragraphs: body }), 'https://www.dawn.com/news/1/x', []);
    expect(a.article.isArticle).toBe(true);
    expect(a.article.articleSignals).toContain('JSON-LD NewsArticle');
    const g = parse(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"H"}]}</script></head><body><p>${body.join('</p><p>')}</p></body></html>`);
    expect(analysePage(g, 'https://x.org/a/1', []).article.articleSignals).toContain('JSON-LD ReportageNewsArticle');
  });

  it('takes a short declared story among many <article> teasers for an article, and a front of teasers for none', () => {
    const head = '<head><meta property="og:type" content="article"><meta property="article:published_time" content="2017-10-19T12:00:00Z"></head>';
    const teasers = Array.from({ length: 10 }, (_, i) => `<article><a href="/news/${i}/story">Related story number ${i}</a><p>A line of teaser text.</p></article>`).join('');
    // a front whose teasers carry summaries of running prose
    const summaries = Array.from({ length: 8 }, (_, i) => `<article><h3><a href="/news/${i}/story">Related story number ${i}</a></h3><p>A summary of the story in one sentence, long enough to read like running prose on the front page.</p></article>`).join('');
    const story = Array.from({ length: 9 }, (_, i) => `<p>Paragraph ${i} of a short wire story: officials said on Thursday that the family had been held for five years before troops freed them.</p>`).join('');
    const short = analysePage(parse(`<html>${head}<body><div class="story">${story}</div><aside>${teasers}</aside></body></html>`), 'https://www.example.com/news/3813633/story', []).article;
    expect(short.isArticle, short.articleSignals.join(', ')).toBe(true);
    // related-story teasers inside the story's own <article>
    const nested = analysePage(parse(`<html>${head}<body><article class="story">${story}${teasers.split('</article>').slice(0, 4).join('</article>')}</article></article><aside>${teasers}</aside></body></html>`), 'https://www.example.com/news/3813633/story', []).article;
    expect(nested.isArticle, nested.articleSignals.join(', ')).toBe(true);
    for (const body of [teasers, summaries]) {
      const front = analysePage(parse(`<html>${head}<body><main>${body}</main></body></html>`), 'https://www.example.com/news/3813633/story', []).article;
      expect(front.isArticle).toBe(false);
      expect(front.articleSignals.join(', ')).toContain('teasers and little running text');
    }
  });

  it('falls back to the page shape without metadata', () => {
    const long = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of a long piece of running text that goes on for a while, with enough words in it to look like an article body written by a person.</p>`).join('');
    expect(analysePage(parse(`<html><body><div>${long}</div></body></html>`), 'https://blog.example/post/1', []).article.isArticle).toBe(true);
    expect(analysePage(parse('<html><body><p>Short.</p></body></html>'), 'https://blog.example/post/1', []).article.isArticle).toBe(false);
  });

  describe('the story where real sites put it', () => {
    const head = '<head><meta property="og:type" content="article"><meta property="article:published_time" content="2019-11-20T06:00:00Z"></head>';
    const sentences = Array.from({ length: 6 }, (_, i) => `Sentence ${i} of the story says that the talks in Islamabad went on for a second day and ended with a joint statement.`);
    const read = (html: string, url = 'https://www.example.com/news/2019/11/20/story-1') => analysePage(parse(html), url, []).article;
    const words = (html: string) => {
      const doc = parse(html);
      return extractArticle(doc, 'https://www.example.com/news/2019/11/20/story-1').paragraphs;
    };

    it('reads a body field whose label is hidden (Drupal), and not a hidden element', () => {
      const html = `<html>${head}<body><article><h1>Talks end with a joint statement</h1><div class="field field-name-body field-label-hidden"><div class="field-items">${sentences.map((t) => `<p>${t}</p>`).join('')}</div></div><div class="hidden"><p>${'Text the page keeps out of sight for later. '.repeat(3)}</p></div></article></body></html>`;
      expect(words(html)).toEqual(sentences);
      expect(read(html).isArticle).toBe(true);
    });

    it('reads a layout named for a sidebar when it is also named for the story, and leaves a plain sidebar out', () => {
      const html = `<html>${head}<body><article class="l-main-content"><div class="l-sidebar-fixed l-article-body-segment"><div class="c-entry-content">${sentences.map((t) => `<p>${t}</p>`).join('')}</div></div><div class="sidebar-widget"><p>${'Most shared this week across the whole site. '.repeat(2)}</p></div></article></body></html>`;
      expect(words(html)).toEqual(sentences);
    });

    it('reads a story written in <div>s with line breaks, one paragraph per double break', () => {
      const tags = Array.from({ length: 40 }, (_, i) => `<a href="/tag/${i}">tag${i}</a>`).join('');
      const html = `<html>${head}<body><div class="tag-cloud-box">${tags}</div><div id="story"><h1>Talks end with a joint statement</h1><div class="text">${sentences.slice(0, 3).join(' ')}<br><br>${sentences.slice(3).join(' ')}<br><br><b>Islamabad:</b> ${sentences[0]}</div></div></body></html>`;
      const paragraphs = words(html);
      expect(paragraphs).toEqual([sentences.slice(0, 3).join(' '), sentences.slice(3).join(' '), `Islamabad: ${sentences[0]}`]);
      expect(read(html).isArticle).toBe(true);
    });

    it('does not walk the text blocks of a small page whose text is in its paragraphs, and still reads them where it is not', () => {
      const walks = (html: string) => {
        const doc = parse(html);
        let n = 0;
        const walker = doc.createTreeWalker.bind(doc);
        doc.createTreeWalker = ((...a: Parameters<Document['createTreeWalker']>) => (n++, walker(...a))) as Document['createTreeWalker'];
        const paragraphs = extractArticle(doc, 'https://www.example.com/news/2019/11/20/story-1').paragraphs;
        return { n, paragraphs };
      };
      // a short story (under 150 words), all of it in paragraphs: the blocks could not hold twice its words
      const inParagraphs = walks(`<html>${head}<body><article><h1>Talks end</h1>${sentences.slice(0, 4).map((t) => `<p>${t}</p>`).join('')}</article><footer>About us</footer></body></html>`);
      expect(inParagraphs.paragraphs).toEqual(sentences.slice(0, 4));
      expect(inParagraphs.n).toBe(0);
      // the same story with most of it in a <div>: walked, and read
      const inDivs = walks(`<html>${head}<body><article><h1>Talks end</h1><p>${sentences[0]}</p><div>${sentences.slice(1).join('<br><br>')}</div></article></body></html>`);
      expect(inDivs.n).toBe(1);
      expect(inDivs.paragraphs).toEqual(sentences);
    });

    it('does not take comments marked up as <article>s for teasers of a front', () => {
      // a short story (under 400 words) and more comments than it has paragraphs
      const story = [...sentences, ...sentences.slice(0, 2)];
      const comments = Array.from({ length: 12 }, (_, i) => `<article class="comment-body"><p>Reader comment number ${i}, which goes on about the game for a sentence or two, and then for one more sentence after that.</p></article>`).join('');
      const html = `<html>${head}<body><main><article class="post"><div class="entry-content">${story.map((t) => `<p>${t}</p>`).join('')}</div><ol class="comment-list">${comments}</ol></article></main></body></html>`;
      const a = read(html);
      expect(a.isArticle, a.articleSignals.join(', ')).toBe(true);
      expect(words(html)).toEqual(story);
    });
  });

  it('reads date, language, direction and site', () => {
    const doc = parse(`<html lang="ur-PK" dir="rtl"><head><meta property="og:site_name" content="جیو"><meta property="article:published_time" content="2025-08-12T23:30:00-05:00"></head><body><article><h1>سرخی یہاں ہے اور لمبی ہے</h1><p>پاکستان اور امریکہ</p></article></body></html>`);
    const a = analysePage(doc, 'https://urdu.geo.tv/latest/1', []).article;
    expect(a).toMatchObject({ lang: 'ur', dir: 'rtl', published: '2025-08-12', siteName: 'جیو' });
  });
});
