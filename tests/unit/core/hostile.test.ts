/**
 * Hostile and broken pages: the engine must never throw or hang, and must
 * not depend on intrinsics a page could replace.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage, contentKey, quickCheck } from '../../../utils/core/analyse-page';
import { extractFigures } from '../../../utils/core/extract-figures';
import { matchEntities } from '../../../utils/core/match-entities';
import { fixtureAliases, fixturesDir, parse, projectRoot } from './helpers';

const url = 'https://www.dawn.com/news/1/x';
const run = (html: string, u = url) => {
  const doc = parse(html);
  const t0 = performance.now();
  const a = analysePage(doc, u, fixtureAliases, { figures: 'always' });
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(() => quickCheck(doc, u)).not.toThrow();
  expect(() => contentKey(doc, u)).not.toThrow();
  return a;
};

describe('hostile pages', () => {
  it.each([
    ['empty document', ''],
    ['empty body', '<html><head></head><body></body></html>'],
    ['frameset', '<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['malformed JSON-LD', '<script type="application/ld+json">{"@type": "NewsArticle", headline: </script><p>Pakistan and the US</p>'],
    ['JSON-LD with odd types', '<script type="application/ld+json">[null, 5, {"@type": {"x": 1}}, {"@graph": "no"}, {"@type": ["NewsArticle", 7], "headline": ["a", 2], "datePublished": 99}]</script>'],
    ['deep JSON-LD', `<script type="application/ld+json">${'{"@graph":['.repeat(5000)}${']}'.repeat(5000)}</script>`],
    ['base tag', '<html><head><base href="https://evil.example/"><link rel="canonical" href="/news/1/x"></head><body><p>Text</p></body></html>'],
    ['script and style only', '<script>while(true){}</script><style>p{}</style>'],
    ['svg and math', '<svg><text>Pakistan</text></svg><math><mi>x</mi></math>'],
    ['unclosed tags', '<div><p><b><i>Pakistan US <a href=x>counter-terrorism'],
    ['huge title', `<title>${'Pakistan - '.repeat(20000)}</title>`],
    ['long digit runs', `<p>${'1'.repeat(100000)} ${'1,'.repeat(30000)} $${'9'.repeat(5000)} percent</p>`],
    ['null bytes and lone surrogates', '<p>Pakistan\u0000 US \ud800 TTP \udfff</p>'],
  ])('%s', (_name, html) => {
    const a = run(html);
    expect(a.topic.relevant).toBe(false);
    expect(Number.isFinite(a.ms)).toBe(true);
  });

  it('handles 100k nodes and deep nesting in linear time', () => {
    const wide = `<html><body>${'<div><span>x</span><p>Some text here.</p></div>'.repeat(33000)}</body></html>`;
    const t0 = performance.now();
    expect(run(wide).article.isArticle).toBe(false);
    expect(performance.now() - t0).toBeLessThan(3000);
    const deep = `<html><body>${'<div><p>Deep text paragraph.</p>'.repeat(3000)}${'</div>'.repeat(3000)}</body></html>`;
    run(deep);
  });

  it('reads pages with no paragraphs (text in <div>s, read block by block) in bounded time', () => {
    const wide = `<html><body>${'<div><span>x</span><b>Some text here, not in a paragraph.</b><br></div>'.repeat(33000)}</body></html>`;
    const t0 = performance.now();
    expect(run(wide).article.isArticle).toBe(false);
    const nested = `<html><body><div>${'<span>'.repeat(3000)}${'Nested text without a paragraph. '.repeat(50)}${'</span>'.repeat(3000)}</div>${'<div>Line of text in a div of its own.<br><br></div>'.repeat(5000)}</body></html>`;
    expect(run(nested).article.isArticle).toBe(false);
    expect(performance.now() - t0).toBeLessThan(6000);
  });

  it('reads long runs of Urdu amounts in linear time', () => {
    const run = '1 ہزار '.repeat(40000);
    const t0 = performance.now();
    // the last five parts follow another scale word: part of a larger amount, left unread
    expect(extractFigures(`${run}ڈالر`)).toEqual([]);
    // and a number after another is the tail of one grouped by spaces ("10 000"), left unread too
    expect(extractFigures(`${run}x ${'۱۲ '.repeat(40000)}روپے`)).toEqual([]);
    expect(extractFigures(`${run}x ${'۱۲ '.repeat(40000)}، ۱۲ روپے`).length).toBe(1);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('reads Urdu counts in linear time on text without spaces', () => {
    const t0 = performance.now();
    expect(extractFigures(`${'5فوجی'.repeat(16000)} تنصیبات`)).toEqual([]);
    expect(extractFigures('2008حملے'.repeat(20000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('reads a text full of figures up to a bound, in bounded time', () => {
    const t0 = performance.now();
    expect(extractFigures('1 فیصد '.repeat(60000))).toHaveLength(300);
    expect(extractFigures('12% '.repeat(60000))).toHaveLength(300);
    expect(extractFigures('1a'.repeat(40000))).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('ignores a bad URL', () => {
    expect(run('<p>x</p>', 'not a url').article.url).toBe('not a url');
    expect(() => analysePage(parse('<p>x</p>'), undefined as never, undefined as never)).not.toThrow();
  });

  it('does not depend on intrinsics a page can replace', () => {
    const html = readFileSync(path.join(fixturesDir, 'seed-002-thenews-ct-dialogue/source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(fixturesDir, 'seed-002-thenews-ct-dialogue/expected.json'), 'utf8'));
    const before = analysePage(parse(html), expected.url, fixtureAliases);
    expect(before.topic.relevant).toBe(true);
    // Array.prototype.map cannot be replaced here: linkedom's own selector engine needs it
    // (in a browser querySelectorAll is native); the source check below covers our code.
    const names = ['filter', 'forEach', 'some', 'every', 'reduce', 'find'] as const;
    const saved = names.map((n) => Array.prototype[n]);
    const savedJson = { parse: JSON.parse, stringify: JSON.stringify };
    const boom = () => {
      throw new Error('replaced by the page');
    };
    const doc = parse(html);
    let after: ReturnType<typeof analysePage>;
    try {
      for (const n of names) Object.defineProperty(Array.prototype, n, { value: boom, configurable: true, writable: true });
      JSON.parse = boom;
      JSON.stringify = boom;
      after = analysePage(doc, expected.url, fixtureAliases);
    } finally {
      for (let i = 0; i < names.length; i++) Object.defineProperty(Array.prototype, names[i], { value: saved[i], configurable: true, writable: true });
      JSON.parse = savedJson.parse;
      JSON.stringify = savedJson.stringify;
    }
    expect(after!.topic.relevant).toBe(true);
    expect(after!.topic.score).toBe(before.topic.score);
    expect(after!.article.articleSignals).toEqual(before.article.articleSignals);
  });

  it('the page-side modules call no replaceable array helpers', () => {
    const pageSide = ['analyse-page', 'build-matcher', 'compile-aliases', 'content-key', 'detect-article', 'extract-article', 'extract-figures', 'joined-name', 'match-entities', 'normalise-text', 'quick-check', 'read-metadata', 'score-topic', 'text-grams'];
    for (const f of pageSide) {
      const src = readFileSync(path.join(projectRoot, 'utils/core', f + '.ts'), 'utf8');
      expect(src, f).not.toMatch(/\.(?:map|filter|forEach|some|every|reduce|find)\(/);
    }
  });
});

describe('hostile text', () => {
  it('matcher and figure extractor stay linear on pathological strings', () => {
    for (const s of ['a'.repeat(200000), 'US'.repeat(100000), '1'.repeat(200000), '$1,'.repeat(50000), 'from 2002 to '.repeat(10000), 'پاکستان'.repeat(30000)]) {
      const t0 = performance.now();
      matchEntities(s, fixtureAliases);
      extractFigures(s);
      expect(performance.now() - t0).toBeLessThan(3000);
    }
  });
});
